"""Ingest and ask open no connection to any host but loopback (checked with a Python audit hook)."""
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
