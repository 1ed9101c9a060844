"""What a new process reads from disk instead of computing (the question banks' tokens, the intent
examples' vectors), that a stale cache is never read, and that the model loads beside the rest of the
start-up work rather than before it (a stand-in embedder)."""
import threading
import time

import numpy as np
import pytest
from fakes import HashEmbedder

import kb.index.lexical as lexical
from kb.api import KnowledgeBase
from kb.errors import IndexMissing
from kb.index.embedding import LazyEmbedder, query_vectors
from kb.settings import load_settings

TEXTS = ["딥페이크 영상을 저장만 해도 처벌받나요?", "Is it a crime to share a deepfake?", "제14조의2 처벌"]


def _refuse_tokenizing(monkeypatch):
    def refuse(text):
        raise AssertionError(f"tokenized {text!r} again although its tokens were cached")
    monkeypatch.setattr(lexical, "tokenize", refuse)


def test_tokens_are_read_back_for_the_same_texts(tmp_path, monkeypatch):
    expected = [lexical.tokenize(text) for text in TEXTS]
    assert lexical.tokenize_all(TEXTS, tmp_path) == expected
    assert len(list(tmp_path.glob("tokens-*.json"))) == 1
    _refuse_tokenizing(monkeypatch)
    assert lexical.tokenize_all(TEXTS, tmp_path) == expected


def test_stale_tokens_are_not_read(tmp_path, monkeypatch):
    lexical.tokenize_all(TEXTS, tmp_path)
    calls = []
    original = lexical.tokenize
    monkeypatch.setattr(lexical, "tokenize", lambda text: calls.append(text) or original(text))
    assert lexical.tokenize_all(TEXTS[:2], tmp_path) == [original(t) for t in TEXTS[:2]]  # other texts
    assert calls == TEXTS[:2]
    monkeypatch.setattr(lexical, "tokenizer_fingerprint", lambda: "another Kiwi or another rule")
    lexical.tokenize_all(TEXTS, tmp_path)
    assert calls == TEXTS[:2] + TEXTS  # same texts, another tokenizer: tokenized again
    assert len(list(tmp_path.glob("tokens-*.json"))) == 3


def test_damaged_or_foreign_token_files_are_tokenized_again(tmp_path):
    expected = lexical.tokenize_all(TEXTS, tmp_path)
    cached = next(tmp_path.glob("tokens-*.json"))
    cached.write_text('{"key": "someone else", "tokens": [["x"], ["y"], ["z"]]}', encoding="utf-8")
    assert lexical.tokenize_all(TEXTS, tmp_path) == expected
    cached.write_text("not json", encoding="utf-8")
    assert lexical.tokenize_all(TEXTS, tmp_path) == expected


def test_the_tokenizer_fingerprint_follows_this_module_and_kiwi():
    assert lexical.tokenizer_fingerprint() == lexical.tokenizer_fingerprint()
    assert len(lexical.tokenizer_fingerprint()) == 64


class CountingEmbedder(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.queries = 0

    def get_query_embedding(self, text):
        self.queries += 1
        return super().get_query_embedding(text)


def test_query_vectors_are_cached_per_model_and_equal_one_by_one(tmp_path):
    first = CountingEmbedder()
    vectors = query_vectors(LazyEmbedder(lambda: first, vector_cache=("model a", tmp_path)), TEXTS)
    assert first.queries == len(TEXTS)
    assert np.array_equal(np.asarray(vectors, dtype=np.float32),
                          np.asarray([HashEmbedder().get_query_embedding(t) for t in TEXTS], dtype=np.float32))
    second = CountingEmbedder()
    lazy = LazyEmbedder(lambda: second, vector_cache=("model a", tmp_path))
    assert np.array_equal(query_vectors(lazy, TEXTS), np.asarray(vectors, dtype=np.float32))
    assert second.queries == 0 and not lazy.loaded  # read from disk: the model was not even loaded
    query_vectors(LazyEmbedder(lambda: second, vector_cache=("model b", tmp_path)), TEXTS)
    assert second.queries == len(TEXTS)  # another model: embedded again, not read from model a's file
    query_vectors(LazyEmbedder(lambda: second, vector_cache=("model a", tmp_path)), TEXTS[:2])
    assert second.queries == len(TEXTS) + 2  # other texts: embedded again


def test_without_a_cache_every_text_is_embedded():
    embedder = CountingEmbedder()
    query_vectors(embedder, TEXTS)
    query_vectors(LazyEmbedder(lambda: embedder), TEXTS)
    assert embedder.queries == 2 * len(TEXTS)


def _knowledge(root, load) -> KnowledgeBase:
    settings = load_settings(env={}, home=str(root / "home"), mirror="", example_cache=str(root / "cache"))
    knowledge = KnowledgeBase(settings)
    knowledge.__dict__["embedder"] = LazyEmbedder(load, vector_cache=("fake", settings.example_cache_dir))
    return knowledge


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The project's cards built once with a stand-in embedder; the build warms every example cache."""
    root = tmp_path_factory.mktemp("startup-caches")
    _knowledge(root, HashEmbedder).build()
    return root


def _wait_for(condition, what: str, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.01)


def test_warm_up_loads_everything_else_while_the_model_loads(built):
    """While the model is still loading, warm_up opens the index, loads the gate, the router and the
    intent examples from the build's caches; then it waits for the model and returns with all loaded."""
    release = threading.Event()
    loading = []

    def slow_load():
        loading.append(threading.current_thread().name)
        assert release.wait(120), "the test never released the model"
        return HashEmbedder()
    knowledge = _knowledge(built, slow_load)
    warming = threading.Thread(target=knowledge.warm_up)
    warming.start()
    _wait_for(lambda: "answerer" in knowledge.__dict__ and "examples" in knowledge.answerer.__dict__,
              "the intent examples")
    answerer = knowledge.answerer
    assert {"gate", "router"} <= set(answerer.__dict__) and answerer.router._calibration is not None
    assert loading == ["kb-model-load"] and not knowledge.embedder.loaded and warming.is_alive()
    release.set()
    warming.join(120)
    assert not warming.is_alive() and knowledge.embedder.loaded
    answer = knowledge.ask("딥페이크 영상을 저장만 해도 처벌받나요?")
    assert answer.answer


def test_warm_up_on_an_empty_data_home_loads_no_model(tmp_path):
    def load():
        raise AssertionError("loaded a model for an empty data home")
    knowledge = _knowledge(tmp_path, load)
    with pytest.raises(IndexMissing):
        knowledge.warm_up()
    assert not knowledge.embedder.loaded


def test_texts_tokenized_together_are_tokenized_again_without_kiwi(tmp_path, monkeypatch):
    """The router's calibration tokenizes every bank question again: after the banks' tokens are read
    from the cache, Kiwi is not needed for them (so a build never holds it beside the model there)."""
    expected = lexical.tokenize_all(TEXTS, tmp_path)
    monkeypatch.setattr(lexical, "_known", {})  # a new process

    def no_kiwi():
        raise AssertionError("Kiwi was loaded for a text whose tokens were known")
    monkeypatch.setattr(lexical, "_kiwi", no_kiwi)
    assert lexical.tokenize_all(TEXTS, tmp_path) == expected
    assert [lexical.tokenize(text) for text in TEXTS] == expected
    with pytest.raises(AssertionError, match="Kiwi was loaded"):
        lexical.tokenize("처음 보는 문장")
