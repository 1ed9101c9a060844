"""`kb mcp`: the knowledge base as tools for an MCP-capable assistant, served on stdio with the official
`mcp` SDK.

The tools return what the command line prints with --json (one JSON text each), so an assistant reads
the same contract as any other tool: `ask` is `kb ask --json`, `history` is `kb history --json`, `gaps`
is `kb gaps --format json`. The transport is the process's own stdin and stdout: no port is opened.
Nothing is logged: logging is off in the whole process (an assistant often keeps a server's stderr in a
file, and a log line could echo what was asked), and the library itself never prints. An
error the command line would print as `kb: …` comes back as an MCP tool error with the same message.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict
from datetime import date
from typing import Callable

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

from kb.answer.answerer import PERSONAS
from kb.api import KnowledgeBase, check_date
from kb.errors import KBError

INSTRUCTIONS = (
    "An offline knowledge base on deepfake sexual crimes in South Korea: statutes in every version, ministry "
    "guidance and news. Every sentence of an `ask` answer is an exact quote of a stored source with a numbered "
    "citation (law, article, paragraph, the dates that wording was in force, URL); when the sources do not "
    "answer it abstains, and it refuses requests that would help make, find or spread sexual deepfakes. "
    "Dates are YYYY-MM-DD; `as_of` picks the law in force on that day. Information, not legal advice.")


async def _call(work: Callable[[], str]) -> str:
    """Run blocking knowledge-base work off the event loop; a failure the user can act on becomes a tool
    error with the command line's message (anything else stays a generic tool error, as the SDK does)."""
    try:
        return await anyio.to_thread.run_sync(work)
    except (KBError, ValueError) as exc:
        raise ToolError(str(exc)) from None


def build_server(knowledge: KnowledgeBase) -> MCPServer:
    from kb.cli import answer_json, history_json

    server = MCPServer("kb-deepfake", instructions=INSTRUCTIONS, log_level="CRITICAL")

    @server.tool(description="Answer a question about Korean law and help on deepfake sexual crimes, in Korean or "
                             "English, with exact quotes and numbered citations. Returns the `kb ask --json` object "
                             "(answer, citations with quote/url/effective_from/effective_to, abstained, refused). "
                             "persona: victim | staff | aide; as_of: YYYY-MM-DD (default: the date the question "
                             "implies, else today).")
    async def ask(question: str, persona: str | None = None, as_of: str | None = None) -> str:
        def work() -> str:
            if persona is not None and persona not in PERSONAS:
                raise KBError(f"persona must be one of {', '.join(PERSONAS)}, not {persona!r}")
            return answer_json(knowledge.ask(question, persona=persona, as_of=check_date(as_of) if as_of else None))
        return await _call(work)

    @server.tool(description="The wording of one article of a law as in force on a date (default today): text, the "
                             "dates that wording was in force, the versions that printed it, penalties, URL. law: "
                             "short name, title or English name (성폭력처벌법, 청소년성보호법); article: 14조의2, 제14조의2, 14-2.")
    async def article(law: str, article: str, as_of: str | None = None) -> str:
        return await _call(lambda: json.dumps(asdict(knowledge.article(law, article, as_of)), ensure_ascii=False))

    @server.tool(description="Every wording an article of a law has had, oldest first: the periods each was in "
                             "force, the versions, a word-level diff from the previous wording and penalty changes "
                             "(`kb history --json`).")
    async def history(law: str, article: str) -> str:
        return await _call(lambda: history_json(knowledge.history(law, article)))

    @server.tool(description="The conduct × material × victim matrix of provisions and gaps (what was not a crime) "
                             "on a date (`kb gaps --format json`); with compare_from and compare_to, only the cells "
                             "whose provisions or penalties changed between the two dates.")
    async def gaps(as_of: str | None = None, compare_from: str | None = None, compare_to: str | None = None) -> str:
        def work() -> str:
            from kb.law.gaps import compare, render

            knowledge.require_index()
            if compare_from or compare_to:
                if not (compare_from and compare_to):
                    raise KBError("give both compare_from and compare_to (two dates), or neither")
                first, second = check_date(compare_from), check_date(compare_to)
                changed = compare(knowledge.gaps(first), knowledge.gaps(second))
                return json.dumps({"from": first, "to": second, "changed": [
                    {"conduct": b.conduct, "material": b.material, "victim": b.victim,
                     "before": [asdict(e) for e in b.entries], "after": [asdict(e) for e in a.entries]}
                    for b, a in changed]}, ensure_ascii=False)
            day = check_date(as_of) if as_of else date.today().isoformat()
            return render(knowledge.gaps(day), day, "json")
        return await _call(work)

    @server.tool(description="Search the stored sources (hybrid dense + keyword search, as `ask` uses) and return "
                             "the best chunks with their text, source type, law, article, paragraph, in-force dates "
                             "and URL. source_types: statute, news, guidance, report, card, document; laws: text a "
                             "law key contains (성폭력범죄의처벌); as_of: the statute wording in force on that date.")
    async def search(query: str, k: int = 5, as_of: str | None = None, source_types: list[str] | None = None,
                     laws: list[str] | None = None) -> str:
        def work() -> str:
            if not 1 <= k <= 50:
                raise KBError(f"k must be a whole number from 1 to 50: {k!r}")
            result = knowledge.search(query, k, as_of, tuple(source_types or ()), tuple(laws or ()))
            results = [{"score": f.hit.score, **asdict(knowledge.citable(f.chunk, result.as_of)), "text": f.chunk.text}
                       for f in result.found]
            return json.dumps({"as_of": result.as_of, "results": results}, ensure_ascii=False)
        return await _call(work)

    return server


def serve(knowledge: KnowledgeBase) -> None:
    """Serve on this process's stdin and stdout until the client closes them, with logging off for the
    whole process (libraries such as bm25s set their own loggers' levels, which the SDK's does not cover)."""
    server = build_server(knowledge)
    logging.disable(logging.CRITICAL)
    server.run("stdio")
