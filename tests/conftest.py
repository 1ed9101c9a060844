"""Shared fixtures. The real e5 model is built once per machine into a cache folder."""
import os
from pathlib import Path

import pytest

import kb  # noqa: F401  (sets the offline environment before any Hugging Face import)
from kb.index.embedding import BUILTIN_DIRNAME, build_e5_model


@pytest.fixture(scope="session")
def e5_model_dir() -> Path:
    """The built-in multilingual-e5-small folder, built once into $KB_TEST_MODELS (or /tmp/kb-test-models)."""
    cache = Path(os.environ.get("KB_TEST_MODELS") or "/tmp/kb-test-models")
    return build_e5_model(cache / BUILTIN_DIRNAME)


SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
#: Versions of 성폭력처벌법 around the two dates the deepfake offence changed (2020-06-25, 2024-10-16).
SUBSET_VERSIONS = ("@2020-05-19", "@2024-01-16", "@2024-10-16", "")


def shared_or_skip() -> Path:
    if not (SHARED / "statutes").is_dir():
        pytest.skip(f"official-text mirror not found at {SHARED} (clone with ../shared beside the repo)")
    return SHARED


@pytest.fixture(scope="session")
def subset_dir(tmp_path_factory) -> Path:
    """A small mirror: four versions of 성폭력처벌법 and the four news reports, copied at run time."""
    shared = shared_or_skip()
    root = tmp_path_factory.mktemp("mirror")
    (root / "statutes").mkdir()
    for suffix in SUBSET_VERSIONS:
        name = f"성폭력범죄의처벌등에관한특례법__법률{suffix}.md"
        (root / "statutes" / name).write_bytes((shared / "statutes" / name).read_bytes())
    (root / "news").mkdir()
    for news in (shared / "news").glob("*.txt"):
        (root / "news" / news.name).write_bytes(news.read_bytes())
    return root


@pytest.fixture(scope="session")
def settings_factory(e5_model_dir, tmp_path_factory):
    """Settings for a fresh data home that uses the already-built model."""
    from kb.settings import load_settings

    def make(**overrides):
        home = tmp_path_factory.mktemp("kbhome")
        return load_settings(env={}, home=str(home), embed_model=str(e5_model_dir),
                             example_cache=str(e5_model_dir.parent / "cache"), **overrides)
    return make


@pytest.fixture(scope="session")
def built_kb(settings_factory, subset_dir):
    """A knowledge base with the subset ingested once for the whole session (read-only for tests)."""
    from kb.api import KnowledgeBase

    knowledge = KnowledgeBase(settings_factory())
    report = knowledge.ingest([subset_dir])
    assert report.count("skipped") == 0, report.files
    return knowledge, report


@pytest.fixture(scope="session")
def full_kb(e5_model_dir):
    """The default index (project cards + the whole official-text mirror), built once into
    $KB_TEST_FULL_HOME (default /tmp/kb-test-full) and reused; the first build takes ~13 minutes."""
    from kb.api import KnowledgeBase
    from kb.settings import load_settings

    mirror = shared_or_skip()
    home = Path(os.environ.get("KB_TEST_FULL_HOME") or "/tmp/kb-test-full")
    knowledge = KnowledgeBase(load_settings(env={}, home=str(home), embed_model=str(e5_model_dir), mirror=str(mirror),
                                            example_cache=str(e5_model_dir.parent / "cache")))
    report = knowledge.build()
    assert report.count("skipped") == 0, [f for f in report.files if f.status == "skipped"]
    return knowledge


REPO_ROOT = Path(__file__).resolve().parents[1]
#: Screenshots and measured numbers from the app tests (kept out of git).
TEST_OUTPUT = REPO_ROOT / "test-output"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def app_server(full_kb, e5_model_dir, tmp_path_factory):
    """`kb serve` in its own process on 127.0.0.1 over the full index, with a private HOME and temp
    folder so the tests can check that nothing typed is written anywhere. Yields a dict with the
    URL and measured start-up times; stops the server afterwards."""
    import json
    import subprocess
    import sys
    import time
    import urllib.request

    from app.loadtest import ask

    scratch = tmp_path_factory.mktemp("serve")
    for name in ("home", "tmp"):
        (scratch / name).mkdir()
    port = _free_port()
    env = {**os.environ, "KB_HOME": str(full_kb.settings.home), "KB_EMBED_MODEL": str(e5_model_dir),
           "KB_EXAMPLE_CACHE": str(full_kb.settings.example_cache_dir),
           "KB_MIRROR": str(full_kb.settings.mirror), "KB_SERVE_PORT": str(port), "HOME": str(scratch / "home"),
           "TMPDIR": str(scratch / "tmp"), "GRADIO_TEMP_DIR": str(scratch / "tmp" / "gradio"),
           "KB_EXIT_URL": "https://www.google.com/search?q=weather"}
    log = open(scratch / "server.log", "wb")
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "kb.cli", "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            if process.poll() is not None:
                raise AssertionError("kb serve exited: " + (scratch / "server.log").read_text(errors="replace")[-2000:])
            try:
                urllib.request.urlopen(url + "/gradio_api/info", timeout=2)
                break
            except OSError:
                if time.monotonic() - started > 300:
                    raise AssertionError("kb serve did not start within 300 s") from None
                time.sleep(0.5)
        listening = time.monotonic() - started
        ask(url, "딥페이크 영상을 시청만 해도 처벌받나요?", "policy")
        first_answer = time.monotonic() - started
        TEST_OUTPUT.mkdir(exist_ok=True)
        (TEST_OUTPUT / "serve.json").write_text(json.dumps(
            {"listening_s": round(listening, 1), "first_answer_s": round(first_answer, 1)}))
        yield {"url": url, "scratch": scratch, "home": full_kb.settings.home, "exit_url": env["KB_EXIT_URL"],
               "listening_s": listening, "first_answer_s": first_answer, "process": process}
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def ingestor(tmp_path):
    """An ingestor over a fresh data home with a stand-in embedder (a real Chroma and SQLite)."""
    from fakes import HashEmbedder

    from kb.index.ingest import Ingestor
    from kb.index.store import Index
    from kb.settings import load_settings

    settings = load_settings(env={}, home=str(tmp_path / "home"), mirror="")
    index = Index(settings)
    yield Ingestor(settings, index, HashEmbedder())
    index.close()
