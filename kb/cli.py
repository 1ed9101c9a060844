"""`kb` command line: a thin layer over kb.api (the library never prints; this module does)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING
from datetime import date
from pathlib import Path

from kb.answer.answerer import PERSONAS
from kb.answer.records import Answer
from kb.cli_progress import Progress as _Progress
from kb.cli_progress import progress_for as _progress
from kb.errors import BadQuestion, KBError

if TYPE_CHECKING:
    from kb.law.history import ArticleHistory

EXIT_USAGE = 2


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 50:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 50: {text!r}")
    return value


def _add_source_commands(sub) -> None:
    """ingest, build, sync: what goes into the index."""
    ingest = sub.add_parser("ingest", help="add files or folders (statutes, PDF, HTML, text, Markdown)")
    ingest.set_defaults(handler=_ingest)
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--type", choices=["news", "guidance", "report", "card", "document"],
                        help="source type for prose files")
    ingest.add_argument("--title")
    ingest.add_argument("--date", type=_iso_date)
    ingest.add_argument("--url")
    ingest.add_argument("--lang", choices=["ko", "en"])
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")

    build = sub.add_parser("build", help="build the default index: corpus/ plus the official-text mirror")
    build.set_defaults(handler=_build)
    build.add_argument("--json", action="store_true")

    sync = sub.add_parser("sync", help="fetch the official texts the manifest lists, then ingest them")
    sync.set_defaults(handler=_sync)
    sync.add_argument("--from", dest="origin", metavar="DIR|URL",
                      help="a folder laid out like ../shared/corpus, or a legalize-kr style http(s) base")
    sync.add_argument("--json", action="store_true")


def _add_question_commands(sub) -> None:
    """ask, eval, history, gaps, coverage: what the index answers."""
    ask = sub.add_parser("ask", help="answer a question with citations")
    ask.set_defaults(handler=_ask)
    ask.add_argument("question", nargs="?")
    ask.add_argument("--batch", type=Path, metavar="FILE.jsonl", help="questions, one JSON object per line")
    ask.add_argument("--json", action="store_true", help="print one JSON object (per question)")
    ask.add_argument("--as-of", type=_iso_date, help="answer with the law in force on this date (default today)")
    ask.add_argument("--persona", choices=PERSONAS)
    ask.add_argument("--k", type=_positive, help="number of chunks to retrieve")
    ask.add_argument("--type", dest="source_types", action="append", default=[],
                     choices=["statute", "news", "guidance", "report", "card", "document"],
                     help="only search this source type (repeatable)")
    ask.add_argument("--law", dest="laws", action="append", default=[],
                     help="only search laws whose key contains this text (repeatable)")

    evaluate = sub.add_parser("eval", help="score this system and baselines on the eval set")
    evaluate.set_defaults(handler=_evaluate)
    evaluate.add_argument("--set", dest="eval_set", type=Path, help="eval questions (default eval/questions.jsonl)")
    evaluate.add_argument("--systems", default="kb,kb-no-glossary,bm25-whitespace,dense-minilm,llamaindex-default",
                          help="comma-separated system names")
    evaluate.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    evaluate.add_argument("--out", type=Path,
                          help="report folder (default eval/reports; ./kb-eval-reports in an installed copy)")
    evaluate.add_argument("--json", action="store_true", help="print the measures as JSON")

    history = sub.add_parser("history", help="every wording of an article, with dates, changes and penalties")
    history.set_defaults(handler=_history)
    history.add_argument("law", help="law name: 성폭력처벌법, 'sexual violence punishment act', or its full title")
    history.add_argument("article", help="article: 14조의2, 제14조의2, 14-2")
    history.add_argument("--json", action="store_true")

    gaps = sub.add_parser("gaps", help="conduct × material × victim matrix of provisions and gaps")
    gaps.set_defaults(handler=_gaps)
    gaps.add_argument("--as-of", type=_iso_date, help="date (default today)")
    gaps.add_argument("--compare", nargs=2, type=_iso_date, metavar=("DATE1", "DATE2"),
                      help="show only the cells that changed between two dates")
    gaps.add_argument("--format", choices=["md", "csv", "json"], default="md")

    cover = sub.add_parser("coverage", help="every provision and service people ask about: answered? tested?")
    cover.set_defaults(handler=_coverage)
    cover.add_argument("--as-of", type=_iso_date, help="the law in force on this date (default today)")
    cover.add_argument("--format", choices=["md", "csv", "json"], default="md")


def _add_service_commands(sub) -> None:
    """serve, bench, mcp, stats: running and measuring it."""
    serve = sub.add_parser("serve", help="start the web app (Gradio) on this machine")
    serve.set_defaults(handler=_serve)
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, help="port (default 7860)")

    bench = sub.add_parser("bench", help="measure build, rebuild, answers, start-up and memory on this machine")
    bench.set_defaults(handler=_bench)
    bench.add_argument("--json", action="store_true", help="end with one JSON object of every measure")
    bench.add_argument("--corpus", type=Path, help="official-text mirror to build from (default: the configured one)")
    bench.add_argument("--home", type=Path,
                       help="new folder to build into (or an earlier bench's, emptied first; default a temp folder)")
    bench.add_argument("--split", choices=["dev", "test", "all"], default="dev", help="eval questions to answer")
    bench.add_argument("--questions", type=int, metavar="N", help="answer only the first N questions")
    bench.add_argument("--no-baseline", action="store_true", help="skip llama-index's pipeline on the small corpus")
    bench.add_argument("--scale", action="store_true",
                       help="also grow the built index 1x, 10x, 100x and measure each size, embedded and on a Chroma server")
    bench.add_argument("--scale-only", action="store_true",
                       help="only the scale curve, grown from the configured data home's index (no build)")
    bench.add_argument("--scale-factors", default="1,10,100", help="sizes of the scale curve (default 1,10,100)")
    bench.add_argument("--tokens-per-s", type=float,
                       help="with --scale-only: a build's measured embedding throughput, for the derived build times"
                            " (default: timed on a sample of the passages now)")
    bench.add_argument("--report", type=Path, default=Path("kb-bench-report"),
                       help="folder for the scale table and plot (default ./kb-bench-report)")

    mcp = sub.add_parser("mcp", help="serve the knowledge base to an MCP-capable assistant over stdio")
    mcp.set_defaults(handler=_mcp)

    stats = sub.add_parser("stats", help="what is indexed")
    stats.set_defaults(handler=_stats)
    stats.add_argument("--json", action="store_true")


def _parser() -> argparse.ArgumentParser:
    """Every subcommand with its options and the handler that runs it (`handler(kb, args) -> exit code`)."""
    parser = argparse.ArgumentParser(prog="kb", description="Offline knowledge base on deepfake sexual crimes in Korea.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_source_commands(sub)
    _add_question_commands(sub)
    _add_service_commands(sub)
    return parser


def _print_report(report, as_json: bool, progress: _Progress | None = None) -> None:
    if as_json:
        extra = {"embed_s": round(progress.embed_s, 2)} if progress else {}
        print(json.dumps({"summary": report.summary(), "files": [vars(f) for f in report.files], **extra},
                         ensure_ascii=False))
        return
    if not sys.stderr.isatty():
        for outcome in report.files:
            if outcome.status == "skipped":
                print(f"skipped {outcome.path}: {outcome.reason}", file=sys.stderr)
            for warning in outcome.warnings:
                print(f"warning {outcome.path}: {warning}", file=sys.stderr)
    print(report.summary())


def answer_json(answer: Answer) -> str:
    """The `kb ask --json` contract of one answer (also what `kb mcp`'s ask tool returns)."""
    return json.dumps(answer.to_dict(), ensure_ascii=False)


def history_json(history: ArticleHistory) -> str:
    """`kb history --json` (also what `kb mcp`'s history tool returns)."""
    return json.dumps(history.to_dict(), ensure_ascii=False)


def _print_answer(answer: Answer, as_json: bool) -> None:
    if as_json:
        print(answer_json(answer))
        return
    print(answer.answer)
    if answer.citations:
        print()
        shown: set[str] = set()
        for c in answer.citations:
            when = ""
            if c.effective_from:
                when = f" [{c.effective_from}~{c.effective_to or ''}]"
            print(f"[{c.n}] {c.title} {c.locator}{when} {c.url}".rstrip())
            for law in c.primary:  # the law a card line rests on, once
                if law["chunk_id"] + law["locator"] in shown:
                    continue
                shown.add(law["chunk_id"] + law["locator"])
                span = f" [{law['effective_from'] or ''}~{law['effective_to'] or ''}]" if law["effective_from"] else ""
                print(f"    ↳ {law['title']} {law['locator']}{span} {law['url']}".rstrip())
    if answer.notice:
        print(f"\n{answer.notice}")


def _read_batch(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KBError(f"cannot read batch file {path}: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KBError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not str(item.get("question", "")).strip():
            raise KBError(f"{path}:{number}: needs a non-empty \"question\"")
        yield item


def _evaluate(kb, args) -> int:
    from kb.dependencies import require
    from kb.evaluation import report
    from kb.evaluation.baselines import build_systems
    from kb.evaluation.scorer import DEFAULT_SET, load_items, run, run_gates
    from kb.answer.safety_gate import evaluation_gates, load_requests
    from kb.settings import PACKAGE_DIR, REPO_ROOT

    require("matplotlib", "matplotlib", "kb eval (the report's chart)", "eval")
    items = load_items(args.eval_set or DEFAULT_SET, args.split)
    if not items:
        raise KBError(f"no eval items in split {args.split!r}")
    names = tuple(n.strip() for n in args.systems.split(",") if n.strip())
    systems = build_systems(kb, names)
    results = run(systems, items)
    requests = load_requests(("dev", "test") if args.split == "all" else (args.split,))
    safety = run_gates(evaluation_gates(kb.answerer.gate), requests)
    # an installed copy keeps its reports in the working folder, not inside the installed package
    default_out = REPO_ROOT / "eval" / "reports" if REPO_ROOT != PACKAGE_DIR else Path("kb-eval-reports")
    path = report.write(results, args.split, args.out or default_out, safety)
    if args.json:
        print(json.dumps(report.to_json(results, args.split, safety), ensure_ascii=False))
    else:
        print(report.table({name: m["all"] for name, m in report.measures(results).items()}))
        print(report.gate_table({name: m["all"] for name, m in report.gate_json(safety)["gates"].items()}))
        print(f"report: {path}")
    return 0


def _bench(kb, args) -> int:
    import tempfile

    from kb.dependencies import require
    from kb.errors import MissingDependency
    from kb.evaluation.bench import Bench, baseline_corpus, default_questions

    # the eval extra's packages are named before anything is built, not as a traceback after the build
    if args.scale or args.scale_only:
        require("matplotlib", "matplotlib", "kb bench --scale (its plot)", "eval")
    if not (args.no_baseline or args.scale_only):
        try:
            require("llama_index.vector_stores.chroma", "llama-index-vector-stores-chroma",
                    "kb bench's llama-index baseline", "eval")
        except MissingDependency as exc:
            raise MissingDependency(f"{exc}; or leave it out: --no-baseline") from None
    log = lambda message: print(f"bench: {message}", file=sys.stderr, flush=True)  # noqa: E731
    factors = tuple(int(f) for f in args.scale_factors.split(",") if f.strip())
    if args.scale_only:
        from kb.evaluation.scale import measure_scale

        kb.require_index()
        questions = default_questions(args.split)[:args.questions]
        with tempfile.TemporaryDirectory(prefix="kb-scale-") as scratch:
            result = {"scale": measure_scale(kb, questions, args.report, args.home or Path(scratch), factors,
                                             tokens_per_s=args.tokens_per_s, log=log)}
        print(json.dumps(result, ensure_ascii=False) if args.json else Path(result["scale"]["table"]).read_text())
        return 0
    corpus = args.corpus or (Path(kb.settings.mirror) if kb.settings.mirror else None)
    if corpus is None or not corpus.is_dir():
        raise KBError("kb bench needs an official-text mirror: give --corpus DIR or set KB_MIRROR")
    questions = default_questions(args.split)[:args.questions]
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as scratch:
        baseline = None if args.no_baseline else baseline_corpus(corpus, Path(scratch) / "baseline")
        bench = Bench(kb.settings, corpus, args.home or Path(scratch) / "home", questions, baseline, log=log,
                      scale_report=args.report if args.scale else None, scale_factors=factors)
        result = bench.run()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return 0


def _print_coverage(kb, args) -> None:
    import csv

    from kb.evaluation.coverage import markdown
    from kb.sources.manifest import load_manifest

    kb.require_index()
    rows = kb.coverage(args.as_of)
    if args.format == "json":
        print(json.dumps([r.to_dict() for r in rows], ensure_ascii=False))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["kind", "law", "article", "topic", "sets", "answered_by", "eval_items"])
        for r in rows:
            writer.writerow([r.kind, r.law, r.article, r.topic, " ".join(r.sets), " ".join(r.answered_by),
                             " ".join(r.eval_items)])
    else:
        manifest = load_manifest()

        def short(key: str) -> str:
            law = manifest.law(key)
            return law.short_names[0] if law and law.short_names else key
        print(markdown(rows, short))


def _ingest(kb, args) -> int:
    overrides = {k: v for k, v in {"type": args.type, "title": args.title, "date": args.date,
                                   "url": args.url, "lang": args.lang}.items() if v}
    progress = _progress(kb, "ingest")
    report = kb.ingest(args.paths, overrides, progress.file)
    progress.close()
    _print_report(report, args.json, progress)
    return 0 if report.count("skipped") < len(report.files) or not report.files else 1


def _build(kb, args) -> int:
    progress = _progress(kb, "build")
    report = kb.build(progress.file)
    progress.close()
    _print_report(report, args.json, progress)
    return 0


def _sync(kb, args) -> int:
    progress = _progress(kb, "sync")
    fetched, report = kb.sync(args.origin, progress.file)
    progress.close()
    for name, reason in fetched.failed:
        print(f"not fetched {name}: {reason}", file=sys.stderr)
    if args.json:
        print(json.dumps({"fetched": vars(fetched), "ingest": report.summary()}, ensure_ascii=False))
    else:
        print(f"sync: {fetched.summary()}; ingest: {report.summary()}")
    return 0 if not fetched.failed else 1


def _history(kb, args) -> int:
    from kb.law.history import to_markdown
    from kb.sources.manifest import load_manifest

    history = kb.history(args.law, args.article)
    if args.json:
        print(history_json(history))
    else:
        law = load_manifest().law(history.law)
        print(to_markdown(law.title if law else history.law, history.article, history.wordings))
    return 0 if history.wordings else 1


def _gaps(kb, args) -> int:
    from kb.law.gaps import compare, render

    if args.compare:
        first, second = (kb.gaps(day) for day in args.compare)
        for before, after in compare(first, second):
            print(f"{before.conduct} × {before.material} × {before.victim}:")
            print(f"  {args.compare[0]}: " + ("; ".join(f"{e.law} {e.locator} {e.penalty_ko}" for e in before.entries) or "GAP"))
            print(f"  {args.compare[1]}: " + ("; ".join(f"{e.law} {e.locator} {e.penalty_ko}" for e in after.entries) or "GAP"))
        return 0
    day = args.as_of or date.today().isoformat()
    print(render(kb.gaps(day), day, args.format))
    return 0


def _coverage(kb, args) -> int:
    _print_coverage(kb, args)
    return 0


def _serve(kb, args) -> int:
    kb.start_loading_model()  # beside importing the web app (gradio) and building its page
    from app.ui import serve

    host = args.host or kb.settings.serve_host
    port = args.port or kb.settings.serve_port
    print(f"kb: starting the web app on http://{host}:{port} (Ctrl+C stops it)", file=sys.stderr)
    serve(kb, host, port)
    return 0


def _mcp(kb, args) -> int:
    from kb.dependencies import require

    require("mcp.server.mcpserver", "mcp", "kb mcp")
    from kb.mcp_server import serve as serve_mcp

    serve_mcp(kb)
    return 0


def _stats(kb, args) -> int:
    stats = kb.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return 0
    print(f"data home: {stats['home']}")
    print(f"sources: {stats['sources']}")
    print(f"statute versions: {stats['statute_versions']} in {len(stats['laws'])} laws")
    for law in stats["laws"]:
        print(f"  {law['title']}: {law['versions']} versions, "
              f"{law['first_effective']} … {law['last_effective']}")
    print(f"chunks: {stats['chunks']} {stats['chunks_by_type']} "
          f"(statute chunks without version dedup: {stats['statute_chunks_without_dedup']})")
    return 0


def _ask(kb, args) -> int:
    if bool(args.question) == bool(args.batch):
        print("kb ask: give either a QUESTION or --batch FILE.jsonl", file=sys.stderr)
        return EXIT_USAGE
    options = dict(k=args.k, source_types=tuple(args.source_types), laws=tuple(args.laws))
    if args.question:
        from kb.api import check_question

        check_question(args.question)  # refused before any model loads
    kb.warm_up()  # the model loads beside the index, Kiwi and the router, not after them
    if args.question:
        _print_answer(kb.ask(args.question, persona=args.persona, as_of=args.as_of, **options), args.json)
        return 0
    unusable = 0
    for number, item in enumerate(_read_batch(args.batch), 1):
        try:
            answer = kb.ask(str(item["question"]), persona=item.get("persona") or args.persona,
                            as_of=item.get("as_of") or args.as_of, qid=item.get("id"), **options)
        except BadQuestion as exc:  # one unusable question is reported; the others are still answered
            unusable += 1
            print(f"kb: {args.batch}: question {item.get('id') or number}: {exc}", file=sys.stderr)
            continue
        _print_answer(answer, args.json)
        sys.stdout.flush()
    return 1 if unusable else 0


def main(argv: list[str] | None = None) -> int:
    """Run one `kb` command; the exit code: 0 done, 1 failed (a reason on stderr), 2 a usage error."""
    args = _parser().parse_args(argv)
    from kb.api import KnowledgeBase  # heavy imports only after the arguments are known to be valid

    try:
        code = args.handler(KnowledgeBase(), args)
    except KBError as exc:
        print(f"kb: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"kb: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if argv is None and args.handler is _ask:  # this process's own command line, and a command that only reads
        _exit_at_once(code)
    return code


def _exit_at_once(code: int) -> None:
    """End the process now that the answers are printed, without Python's teardown.

    Freeing torch, Kiwi, scikit-learn and Chroma module by module and object by object took 4 to 5 s
    after a `kb ask` had printed its answer (measured, under load), and the shell waits for it. `kb ask`
    writes nothing (Chroma, the catalog and the caches are only read), so only the output streams and
    the log handlers need flushing first."""
    import logging
    import os

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be written anyway
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
