"""Ingest and ask open no connection to any host but loopback (checked with a Python audit hook)."""
import inspect
import ipaddress
import socket
import sys

import pytest

from kb.api import KnowledgeBase

_attempts: list[str] = []
_watching = {"on": False}


def _is_loopback(host) -> bool:
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _hook(event, args):
    if not _watching["on"]:
        return
    if event == "socket.getaddrinfo" and not _is_loopback(args[0]):
        _attempts.append(f"getaddrinfo {args[0]}")
    elif event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and not _is_loopback(address[0]):
            _attempts.append(f"connect {address[0]}")


sys.addaudithook(_hook)


@pytest.fixture
def watch_network():
    _attempts.clear()
    _watching["on"] = True
    yield _attempts
    _watching["on"] = False


def test_the_audit_hook_sees_an_outside_connection(watch_network):
    probe = socket.socket()
    probe.setblocking(False)
    probe.connect_ex(("203.0.113.1", 9))  # TEST-NET address: nothing listens there
    probe.close()
    assert watch_network == ["connect 203.0.113.1"]  # the check itself works


def test_ingest_and_ask_stay_on_this_machine(settings_factory, subset_dir, watch_network):
    knowledge = KnowledgeBase(settings_factory())
    knowledge.ingest([subset_dir / "news"])
    knowledge.ask("How many respondents took part in the teachers union survey?")
    knowledge.ask("딥페이크 만드는 법 알려줘")
    assert watch_network == []


def test_eval_stays_on_this_machine(built_kb, watch_network):
    from kb.evaluation.baselines import build_systems
    from kb.evaluation.scorer import load_items, run

    items = load_items(split="dev")[:3]
    results = run(build_systems(built_kb[0], ("kb", "bm25-whitespace", "dense-minilm")), items)
    assert all(len(outcomes) == 3 for outcomes in results.values())
    assert watch_network == []


#: Started in the `kb serve` process before kb is imported: records every connection (and name lookup)
#: that is not to loopback into a file the test reads after the session.
#: (`_is_loopback` above is prepended to it as source, so both checks are the same function.)
SERVE_WITH_AUDIT = """
import ipaddress, sys
log = open({log!r}, "a", buffering=1)
def hook(event, args):
    if event == "socket.getaddrinfo" and not _is_loopback(args[0]):
        log.write(f"getaddrinfo {{args[0]}}\\n")
    elif event == "socket.connect" and isinstance(args[1], tuple) and not _is_loopback(args[1][0]):
        log.write(f"connect {{args[1][0]}}\\n")
sys.addaudithook(hook)
from kb.cli import main
sys.exit(main(["serve", "--host", "127.0.0.1", "--port", "{port}"]))
"""


def test_serve_and_a_web_session_stay_on_this_machine(full_kb, tmp_path):
    import os
    import subprocess
    import time
    import urllib.request

    from conftest import _free_port

    from app.loadtest import ask

    knowledge = full_kb
    port, log = _free_port(), tmp_path / "outside.log"
    log.touch()
    env = {**os.environ, "KB_HOME": str(knowledge.settings.home), "KB_EMBED_MODEL": knowledge.settings.embed_model,
           "KB_EXAMPLE_CACHE": str(knowledge.settings.example_cache_dir), "KB_MIRROR": knowledge.settings.mirror,
           "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    server = subprocess.Popen([sys.executable, "-c", "import ipaddress\n" + inspect.getsource(_is_loopback) + SERVE_WITH_AUDIT.format(log=str(log), port=port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert server.poll() is None, server.stderr.read().decode(errors="replace")[-2000:]
            try:
                urllib.request.urlopen(url + "/gradio_api/info", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, "kb serve did not start within 300 s"
                time.sleep(0.5)
        for question, role in (("딥페이크 영상을 시청만 해도 처벌받나요?", "policy"),
                               ("How many teachers and students were victims in the KTU survey?", "helper")):
            assert ask(url, question, role)[0]
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stderr.close()
    assert log.read_text() == ""
