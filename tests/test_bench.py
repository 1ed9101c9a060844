"""`kb bench` on a tiny corpus: every measure the issue names is there, and each is a sane number."""
import dataclasses
import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import shared_or_skip

from kb.errors import KBError
from kb.evaluation.bench import Bench, baseline_corpus

LAW = "스토킹범죄의처벌등에관한법률"
KEYS = {"build_s", "chunks", "tokens", "tokens_per_s", "embed_s", "rebuild_s", "ask_p50_ms", "ask_p95_ms",
        "retrieval_p50_ms", "retrieval_p95_ms", "answer_p50_ms", "answer_p95_ms", "cold_ask_s",
        "serve_first_answer_s", "peak_rss_mb", "index_mb", "model_tokens_per_s", "baseline", "kb_same_corpus"}


@pytest.fixture(scope="module")
def tiny_baseline(tiny_mirror, tmp_path_factory):
    """The tiny mirror's law and news with three of the project's cards: what both pipelines index."""
    from kb.api import PROJECT_CARDS

    root = tmp_path_factory.mktemp("tiny-baseline")
    shutil.copytree(tiny_mirror, root, dirs_exist_ok=True)
    (root / "cards").mkdir()
    for card in sorted(PROJECT_CARDS.glob("*.md"))[:3]:
        shutil.copyfile(card, root / "cards" / card.name)
    return root


@pytest.fixture(scope="module")
def tiny_mirror(tmp_path_factory):
    """A mirror with every version of one short law and one news report."""
    shared = shared_or_skip()
    root = tmp_path_factory.mktemp("tiny-mirror")
    (root / "statutes").mkdir()
    for path in sorted((shared / "statutes").glob(f"{LAW}__*.md")):
        shutil.copyfile(path, root / "statutes" / path.name)
    (root / "news").mkdir()
    news = sorted((shared / "news").glob("*.txt"))[0]
    shutil.copyfile(news, root / "news" / news.name)
    return root


@pytest.mark.slow
def test_a_bench_of_a_tiny_corpus_reports_every_measure(settings_factory, tiny_mirror, tiny_baseline, tmp_path):
    settings = settings_factory()
    cache = tmp_path / "example-cache"  # the bench's builds may add to it; the shared one stays as it is
    shutil.copytree(settings.example_cache_dir, cache)
    bench = Bench(dataclasses.replace(settings, example_cache=str(cache)), tiny_mirror, tmp_path / "bench-home",
                  ["스토킹 범죄의 처벌은?", "딥페이크 영상을 저장만 해도 처벌받나요?", "What is the penalty for stalking?"],
                  baseline_corpus=tiny_baseline, model_sample=40)
    result = json.loads(json.dumps(bench.run()))  # one JSON object
    assert KEYS <= set(result)
    assert result["chunks"] > 50 and result["tokens"] > result["chunks"] * 20  # the project's cards and the law
    assert 0 < result["embed_s"] < result["build_s"]
    assert result["tokens_per_s"] == pytest.approx(result["tokens"] / result["embed_s"], rel=0.01)
    assert 0 < result["rebuild_s"] < result["build_s"]
    assert 0 < result["ask_p50_ms"] <= result["ask_p95_ms"]
    assert 0 < result["retrieval_p50_ms"] <= result["ask_p95_ms"] and result["answer_p50_ms"] > 0
    assert 0 < result["cold_ask_s"] < 600 and 0 < result["serve_first_answer_s"] < 600
    assert 200 < result["peak_rss_mb"] < 24 * 1024 and result["index_mb"] > 0.1
    assert result["model_tokens_per_s"] > 0
    for side in ("baseline", "kb_same_corpus"):
        assert result[side]["build_s"] > 0 and 0 < result[side]["ask_p50_ms"] <= result[side]["ask_p95_ms"]
    assert result["baseline"]["nodes"] > 0 and result["kb_same_corpus"]["chunks"] > 0
    assert result["peak_rss_mb"] == max(result["peak_rss_mb_by_step"].values())


def test_a_bench_never_empties_a_folder_it_did_not_make(settings_factory, tmp_path):
    home = tmp_path / "someones-data"
    home.mkdir()
    (home / "precious.txt").write_text("keep")
    with pytest.raises(KBError, match="not empty"):
        Bench(settings_factory(), tmp_path, home, ["질문"]).run()
    assert (home / "precious.txt").read_text() == "keep"


def test_the_baseline_corpus_holds_several_versions_of_one_law_and_the_cards(tmp_path):
    from kb.api import PROJECT_CARDS

    corpus = baseline_corpus(shared_or_skip(), tmp_path / "baseline")
    assert corpus is not None and len(list((corpus / "statutes").glob("*.md"))) == 4
    assert len(list((corpus / "cards").glob("*.md"))) == len(list(PROJECT_CARDS.glob("*.md")))


def test_a_process_the_bench_starts_is_charged_its_own_memory_not_the_bench(settings_factory, tmp_path):
    """On Linux a child's ru_maxrss starts from its parent's memory; a bench holding the model must not
    pass its own memory off as a `kb` process's."""
    home = tmp_path / "bench-home"
    home.mkdir()
    bench = Bench(settings_factory(), tmp_path, home, ["질문"])
    held = bytearray(600 * 1024 * 1024)
    held[::4096] = b"\x01" * len(held[::4096])  # resident, not only reserved
    run = bench._kb(dict(os.environ), "--help")
    assert run.returncode == 0 and "bench" in run.stdout
    assert 5 < run.peak_rss_mb < 300
    del held


def test_a_command_is_charged_the_memory_of_the_processes_it_starts(tmp_path):
    """`kb ask` and `kb serve` embed questions in a worker process: its memory counts with theirs."""
    from kb.evaluation.bench import _LAUNCHER

    child = ("import subprocess, sys\n"
             "held = bytearray(300 * 2**20); held[::4096] = b'\\x01' * len(held[::4096])\n"
             "subprocess.run([sys.executable, '-c', \"held = bytearray(200 * 2**20); held[::4096] = "
             "b'\\\\x01' * len(held[::4096]); import time; time.sleep(0.5)\"], check=True)\n")
    peak = tmp_path / "maxrss"
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, str(peak), "-c", child], timeout=120)
    assert done.returncode == 0
    assert 500 < int(peak.read_text()) / 1024 < 800  # 300 + 200 MB and two interpreters, not the larger alone
