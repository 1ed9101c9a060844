"""`kb mcp`, driven by the official SDK's own stdio client: `kb mcp` runs as a subprocess over the test
index; every tool is called once in one session (the module fixture), then each test reads its result."""
import json
import os
import sys

import anyio
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client
from test_cli import FIELDS

from kb.cli import history_json
from kb.errors import KBError

QUESTION = "딥페이크 영상을 저장만 해도 처벌받나요?"
#: A question with a word found nowhere else, to look for on disk and in the server's stderr afterwards.
MARKED = "zebraquokka7731 딥페이크 합성물을 친구에게 보내면 처벌되나요?"

#: `kb mcp` under an audit hook that reports a name looked up, a connection to any IP address, and a bind
#: to one that is not loopback (urllib3 binds ::1 port 0 once to learn whether IPv6 works; nothing is sent).
SERVER = """
import ipaddress, sys
def loopback(host):
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
def watch(event, args):
    if event == "socket.getaddrinfo" and args[0] and not loopback(args[0]) or event == "socket.connect" and isinstance(
            args[1], tuple) or event == "socket.bind" and isinstance(args[1], tuple) and not loopback(args[1][0]):
        sys.stderr.write(f"NETWORK {event} {args!r}\\n")
sys.addaudithook(watch)
from kb.cli import main
sys.exit(main(["mcp"]))
"""

CALLS = {
    "ask": ("ask", {"question": QUESTION, "persona": "aide", "as_of": "2024-11-01"}),
    "marked": ("ask", {"question": MARKED}),
    "article_2024": ("article", {"law": "성폭력처벌법", "article": "14조의2", "as_of": "2024-11-01"}),
    "article_2020": ("article", {"law": "성폭력처벌법", "article": "제14조의2", "as_of": "2020-06-01"}),
    "history": ("history", {"law": "성폭력처벌법", "article": "14-2"}),
    "gaps": ("gaps", {"as_of": "2024-11-01"}),
    "gaps_compare": ("gaps", {"compare_from": "2020-06-01", "compare_to": "2024-11-01"}),
    "search": ("search", {"query": "허위영상물 반포", "k": 3, "as_of": "2021-01-01", "source_types": ["statute"],
                          "laws": ["성폭력"]}),
    "no_words": ("ask", {"question": "🙂🙂🙂"}),
    "unknown_law": ("article", {"law": "없는법률", "article": "1조"}),
    "bad_date": ("gaps", {"as_of": "2024-13-40"}),
    "bad_persona": ("ask", {"question": QUESTION, "persona": "judge"}),
}


@pytest.fixture(scope="module")
def served(built_kb, tmp_path_factory):
    knowledge, _ = built_kb
    scratch = tmp_path_factory.mktemp("mcp")
    for name in ("home", "tmp", "cwd"):
        (scratch / name).mkdir()
    settings = knowledge.settings
    env = {"KB_HOME": str(settings.home), "KB_EMBED_MODEL": settings.embed_model,
           "KB_EXAMPLE_CACHE": str(settings.example_cache_dir), "KB_MIRROR": "", "HOME": str(scratch / "home"),
           "TMPDIR": str(scratch / "tmp"), "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    parameters = StdioServerParameters(command=sys.executable, args=["-c", SERVER], env=env, cwd=str(scratch / "cwd"))

    async def session():
        with open(scratch / "stderr.txt", "w", encoding="utf-8") as errlog:
            async with Client(stdio_client(parameters, errlog=errlog)) as client:
                tools = await client.list_tools()
                results = {key: await client.call_tool(tool, arguments) for key, (tool, arguments) in CALLS.items()}
        return tools, results
    tools, results = anyio.run(session)
    return {"tools": {tool.name for tool in tools.tools}, "results": results, "scratch": scratch,
            "stderr": (scratch / "stderr.txt").read_text(encoding="utf-8")}


def _json(served, key: str):
    result = served["results"][key]
    assert not result.is_error, result.content[0].text
    return json.loads(result.content[0].text)


def _error(served, key: str) -> str:
    result = served["results"][key]
    assert result.is_error
    return result.content[0].text


def test_the_server_offers_the_five_tools(served):
    assert served["tools"] == {"ask", "article", "history", "gaps", "search"}


def test_ask_returns_the_kb_ask_json_contract(served, built_kb):
    knowledge, _ = built_kb
    data = _json(served, "ask")
    assert set(data) == FIELDS
    expected = knowledge.ask(QUESTION, persona="aide", as_of="2024-11-01").to_dict()
    assert {**data, "timings_ms": None} == {**expected, "timings_ms": None}
    assert data["citations"] and not data["abstained"] and data["as_of"] == "2024-11-01"


def test_article_gives_the_wording_in_force_on_the_date_with_its_dates_and_url(served):
    now = _json(served, "article_2024")
    assert now["in_force"] and now["article"] == "제14조의2" and now["as_of"] == "2024-11-01"
    assert (now["effective_from"], now["effective_to"]) == ("2024-10-16", None) and "소지" in now["text"]
    assert now["url"].startswith("https://www.law.go.kr/") and now["penalties"]["④"]["ko"].startswith("3년 이하")
    before = _json(served, "article_2020")  # the deepfake offence came into force on 2020-06-25
    assert not before["in_force"] and before["text"] == "" and before["periods"][0][0] == "2020-06-25"


def test_history_is_kb_history_json(served, built_kb):
    knowledge, _ = built_kb
    assert _json(served, "history") == json.loads(history_json(knowledge.history("성폭력처벌법", "14조의2")))
    assert len(_json(served, "history")["wordings"]) >= 2


def test_gaps_on_a_date_and_between_two(served, built_kb):
    from kb.law.gaps import compare, render

    knowledge, _ = built_kb
    assert _json(served, "gaps") == json.loads(render(knowledge.gaps("2024-11-01"), "2024-11-01", "json"))
    changed = _json(served, "gaps_compare")
    expected = compare(knowledge.gaps("2020-06-01"), knowledge.gaps("2024-11-01"))
    assert changed["from"] == "2020-06-01" and len(changed["changed"]) == len(expected) > 0
    deepfake = [c for c in changed["changed"] if c["material"] == "deepfake" and c["conduct"] == "possess"]
    assert deepfake and not deepfake[0]["before"] and deepfake[0]["after"]  # possession became a crime


def test_search_applies_the_filters_and_the_date(served):
    data = _json(served, "search")
    assert data["as_of"] == "2021-01-01" and 0 < len(data["results"]) <= 3
    for result in data["results"]:
        assert result["source_type"] == "statute" and "성폭력" in result["law"]
        assert result["effective_from"] <= "2021-01-01" < (result["effective_to"] or "9999-12-31")
        assert result["text"] and result["url"].startswith("https://")


def test_errors_come_back_as_tool_errors_with_the_command_lines_messages(served, built_kb):
    knowledge, _ = built_kb
    with pytest.raises(KBError) as no_words:
        knowledge.ask("🙂🙂🙂")
    assert str(no_words.value) in _error(served, "no_words")
    with pytest.raises(ValueError) as unknown:
        knowledge.history("없는법률", "1조")
    assert str(unknown.value) in _error(served, "unknown_law")
    assert "not a date (YYYY-MM-DD): '2024-13-40'" in _error(served, "bad_date")
    assert "persona must be one of victim, staff, aide" in _error(served, "bad_persona")


def test_nothing_is_logged_written_or_sent(served, built_kb):
    """No line of stderr (where an assistant's log of the server comes from), no file under the server's
    home, temp or working folder and no changed file of the data home holds what was asked; no name was
    looked up and no IP address connected to or bound."""
    assert _json(served, "marked")["question"] == MARKED
    assert "zebraquokka7731" not in served["stderr"] and "NETWORK" not in served["stderr"]
    assert not any(p.is_file() for p in (served["scratch"] / "cwd").rglob("*"))
    roots = [served["scratch"] / "home", served["scratch"] / "tmp", built_kb[0].settings.home]
    for path in (p for root in roots for p in root.rglob("*") if p.is_file()):
        assert b"zebraquokka7731" not in path.read_bytes(), path
