"""Start-up work: what a command loads, and when (the embedding model only when something needs it)."""
import threading

import pytest
from fakes import HashEmbedder

from kb.api import KnowledgeBase
from kb.index.embedding import LazyEmbedder, embed_passages, real_embedder
from kb.settings import load_settings


def _knowledge(tmp_path) -> KnowledgeBase:
    settings = load_settings(env={}, home=str(tmp_path / "home"), mirror="", example_cache=str(tmp_path / "cache"))
    knowledge = KnowledgeBase(settings)
    knowledge.__dict__["embedder"] = LazyEmbedder(HashEmbedder)
    return knowledge


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A data home with the project's cards built once (a stand-in embedder), and its example cache."""
    root = tmp_path_factory.mktemp("startup")
    first = _knowledge(root)
    report = first.build()
    assert report.count("added") > 10 and first.embedder.loaded
    assert first._examples_cached(first._examples_stamp())  # the gate's examples and the banks are warm
    return root


def test_a_build_with_nothing_new_loads_no_model_and_trains_nothing(built):
    again = _knowledge(built)
    report = again.build()
    assert report.count("added") == 0 and report.count("unchanged") > 10
    assert not again.embedder.loaded
    assert "answerer" not in again.__dict__  # neither the safety gate nor the router was built


def test_a_build_warms_the_example_caches_when_they_are_missing(built):
    for cached in (built / "cache").iterdir():
        cached.unlink()
    again = _knowledge(built)
    again.build()
    assert again.embedder.loaded and again._examples_cached(again._examples_stamp())


def test_the_lazy_embedder_loads_once_however_many_threads_ask():
    loads = []

    def load():
        loads.append(1)
        return HashEmbedder()
    lazy = LazyEmbedder(load)
    assert not lazy.loaded
    threads = [threading.Thread(target=lazy.get_query_embedding, args=("딥페이크",)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loads == [1] and isinstance(real_embedder(lazy), HashEmbedder)


def test_passages_are_embedded_longest_first_in_groups():
    embedder, reference = HashEmbedder(), HashEmbedder()
    asked: list[list[str]] = []
    original = embedder.get_text_embedding_batch

    def spy(texts, **kwargs):
        asked.append(list(texts))
        return original(texts)
    embedder.get_text_embedding_batch = spy
    texts = ["짧다", "조금 더 긴 문장입니다", "가", "이것이 이 묶음에서 가장 긴 문장입니다 정말로", "중간 길이"]
    groups = list(embed_passages(embedder, texts, group=2))
    assert [len(positions) for positions, _ in groups] == [2, 2, 1]
    assert [t for batch in asked for t in batch] == sorted(texts, key=len, reverse=True)
    expected = reference.get_text_embedding_batch(texts)
    assert all(vector == expected[i] for positions, vectors in groups for i, vector in zip(positions, vectors))


def test_kb_ask_imports_no_web_app_plotting_or_baseline_code(built_kb, monkeypatch):
    """A question from the command line loads what answering needs, not gradio, matplotlib, the
    llama-index baselines, the MCP SDK or the llama-index adapters (each costs seconds of start-up); its
    question vectors come from the light query encoder's own process, so this one imports neither torch
    nor sentence-transformers nor llama-index."""
    from test_cli import run_kb

    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")  # python -X importtime: every import on stderr
    result = run_kb(built_kb[0].settings, "ask", "딥페이크 영상을 저장만 해도 처벌받나요?")
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert {"kb.answer.answerer", "kb.index.query_worker"} <= imported  # the trace is there
    unwanted = {name for name in imported
                if name.split(".")[0] in ("gradio", "matplotlib", "mcp", "sentence_transformers", "torch",
                                          "transformers") or name.startswith(
                    ("llama_index.", "kb.evaluation.baselines", "app.", "kb.llama", "kb.mcp_server"))}
    assert not unwanted
