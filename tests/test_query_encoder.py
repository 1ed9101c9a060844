"""The light query encoder gives llama-index's (sentence-transformers') query vectors, bit for bit, in
this process and through its worker process."""
import json
import os
import shutil
import signal
import subprocess
import sys
import threading

import numpy as np
import pytest

from kb.index.embedding import LazyEmbedder, embed_queries, load_embedder, load_query_encoder
from kb.errors import ModelUnavailable
from kb.index.query_encoder import reproducible_folder, thin_query_encoder
from kb.index.query_worker import QueryWorker
from kb.settings import REPO_ROOT, load_settings


@pytest.fixture(scope="module")
def both(e5_model_dir, tmp_path_factory):
    settings = load_settings(env={}, home=str(tmp_path_factory.mktemp("qe")), embed_model=str(e5_model_dir))
    worker = load_query_encoder(settings)
    yield settings, load_embedder(settings), worker, thin_query_encoder(str(e5_model_dir), settings.query_prefix)
    worker.close()


def _questions() -> list[str]:
    rows = [json.loads(line) for line in (REPO_ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    # every 5th eval question, both languages, and edge cases: one character, and one over 512 tokens (cut)
    return [row["question"] for row in rows[::5]] + ["x", "딥페이크", "불법 촬영물 " * 400]


def test_query_vectors_equal_sentence_transformers(both):
    settings, full, worker, thin = both
    assert worker is not None and thin is not None
    worst = 0.0
    for text in _questions():
        expected = np.asarray(full.get_query_embedding(text), dtype=np.float64)
        for got in (thin.get_query_embedding(text), worker.get_query_embedding(text)):
            worst = max(worst, float(np.abs(expected - np.asarray(got, dtype=np.float64)).max()))
        ids = full._model.preprocess([settings.query_prefix + text])["input_ids"][0].tolist()
        assert ids == thin._tokenizer.encode(settings.query_prefix + text).ids, text
    assert worst < 1e-6  # measured: 0.0 on the whole eval set (the same operations in the same order)


def test_the_lazy_embedder_answers_queries_without_the_full_model(both, e5_model_dir):
    settings, full, _, _ = both
    loads = []

    def load_full():
        loads.append("full")
        return full
    lazy = LazyEmbedder(load_full, load_queries=lambda: load_query_encoder(settings))
    lazy.preload().join()
    question = "학교에서 딥페이크 피해를 입었어요"
    threads = [threading.Thread(target=lazy.get_query_embedding, args=(question,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert lazy.get_query_embedding(question) == full.get_query_embedding(question)
    assert embed_queries(lazy, [question]) == [full.get_query_embedding(question)]  # the gate's one-question call
    assert loads == [] and lazy.loaded
    # a batch (padding) or a passage needs the full embedder: it loads, and then serves queries too
    assert np.allclose(embed_queries(lazy, [question, "x"]), embed_queries(full, [question, "x"]))
    assert loads == ["full"] and lazy._query_encoder() is None


def test_a_worker_that_dies_hands_over_to_the_full_embedder(both):
    settings, full, _, _ = both
    lazy = LazyEmbedder(lambda: full, load_queries=lambda: load_query_encoder(settings))
    question = "딥페이크 피해 신고는 어디에 하나요?"
    expected = full.get_query_embedding(question)
    assert lazy.get_query_embedding(question) == expected and lazy._model is None
    worker = lazy._queries
    os.kill(worker.pid, signal.SIGKILL)
    worker._process.wait(timeout=30)
    with pytest.raises(ModelUnavailable):
        worker.get_query_embedding(question)
    assert lazy.get_query_embedding(question) == expected and lazy._model is full and lazy._queries is None


def test_a_worker_that_cannot_load_reports_why(tmp_path):
    worker = QueryWorker(tmp_path / "no-model-here", "query: ", 512)
    with pytest.raises(ModelUnavailable, match="query encoder failed"):
        worker.get_query_embedding("x")
    worker.close()
    assert worker._process.returncode == 0  # it ended when its stdin closed


def test_folders_it_cannot_reproduce_fall_back_to_the_full_embedder(e5_model_dir, tmp_path):
    assert reproducible_folder(e5_model_dir) is not None
    for change in ("cls", "no-prompt", "extra-module"):
        folder = tmp_path / change
        shutil.copytree(e5_model_dir, folder, ignore=shutil.ignore_patterns("model.safetensors"))
        pooling = folder / "1_Pooling" / "config.json"
        if change == "cls":
            config = json.loads(pooling.read_text()) | {"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False}
            pooling.write_text(json.dumps(config))
        elif change == "no-prompt":
            pooling.write_text(json.dumps(json.loads(pooling.read_text()) | {"include_prompt": False}))
        else:
            modules = json.loads((folder / "modules.json").read_text())
            modules.append({"idx": 3, "name": "3", "path": "3_Dense", "type": "sentence_transformers.models.Dense"})
            (folder / "modules.json").write_text(json.dumps(modules))
        assert reproducible_folder(folder) is None and thin_query_encoder(str(folder), "query: ") is None
    assert thin_query_encoder("intfloat/multilingual-e5-small", "query: ") is None  # a hub name, not a folder
    lazy = LazyEmbedder(lambda: "the full embedder", load_queries=lambda: None)
    assert lazy._query_encoder() is None


def test_the_worker_opens_no_connection_and_leaves_no_process(e5_model_dir, tmp_path):
    """The worker is a process of its own, outside the `kb serve` audit of tests/test_offline.py: it is
    watched here for any connection or name lookup, loopback included, while it loads and embeds."""
    log = tmp_path / "network.log"
    watch = ("import runpy, sys\n"
             f"log = open({str(log)!r}, 'a', buffering=1)\n"
             "sys.addaudithook(lambda event, args: log.write(f'{event} {args}\\n')\n"
             "                 if event in ('socket.connect', 'socket.getaddrinfo') else None)\n"
             "runpy.run_module('kb.index.query_worker', run_name='__main__', alter_sys=True)\n")
    worker = QueryWorker(e5_model_dir, "query: ", 512, launcher=(sys.executable, "-c", watch))
    assert len(worker.get_query_embedding("딥페이크 신고 방법")) == 384
    worker.close()
    assert worker._process.returncode == 0 and log.read_text() == ""
