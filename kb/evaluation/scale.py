"""The scale curve of `kb bench --scale`: how build time, search latency and memory grow with the corpus.

The corpus is grown synthetically from a built index: every chunk is stored ``factor`` times, each copy
under its own id with the same text and tokens and the chunk's real vector perturbed (Gaussian noise of
``NOISE`` per dimension, renormalised), so the stores, the BM25 index and the vector search hold and
search ``factor`` × as much as the real corpus does. Each size is measured in a fresh process, once with
the embedded Chroma store and once with a Chroma server (`chroma run` on 127.0.0.1), for its own peak
memory:
- measured: storing every chunk and vector (catalog, Chroma, the BM25 index built and saved), search
  latency over the questions (dense + BM25 + fusion, the query vectors computed beforehand), peak memory
  of the process, and of the server in server mode;
- derived: the embedding time of that many chunks, from the tokens of the real corpus and the model's
  throughput measured on this machine. Embedding 100 × the default corpus would take about 13 hours here,
  so it is computed, never run, and the table says so.
"""
from __future__ import annotations

import dataclasses
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from kb.dependencies import require
from kb.errors import KBError
from kb.evaluation.bench import _folder_mb, _free_port, _peak_mb
from kb.settings import Settings

FACTORS = (1, 10, 100)
MODES = ("embedded", "server")
#: Standard deviation of the noise added to each copy's vector, per dimension (cosine to the original ~0.98).
NOISE = 0.01
#: Chunks stored per write (Chroma's and SQLite's), as an ingest's embedding groups are.
BATCH = 1000


@dataclass
class ScalePoint:
    factor: int
    mode: str
    chunks: int
    store_s: float  # measured: catalog + Chroma writes
    lexical_s: float  # measured: the BM25 index built from the stored tokens and saved
    embed_s: float  # derived: tokens × factor / the model's tokens per second
    search_p50_ms: float
    search_p95_ms: float
    peak_rss_mb: float  # measured: the process that stored and searched
    server_rss_mb: float | None  # measured: the Chroma server's peak (server mode)
    index_mb: float

    @property
    def build_s(self) -> float:
        """Measured storing and indexing plus the derived embedding time."""
        return round(self.store_s + self.lexical_s + self.embed_s, 1)


@dataclass
class ScaleCurve:
    """``settings`` names the data home whose index is the 1× corpus; ``queries`` maps each question to its
    query vector; ``tokens`` is the model tokens the corpus's chunks hold and ``tokens_per_s`` the model's
    measured throughput (for the derived embedding time); ``work`` a scratch folder."""

    settings: Settings
    queries: dict[str, list[float]]
    tokens: int
    tokens_per_s: float
    work: Path
    factors: tuple[int, ...] = FACTORS
    modes: tuple[str, ...] = MODES
    log: Callable[[str], None] = field(default=lambda message: None)

    def run(self) -> list[ScalePoint]:
        from kb.index.store import Index

        if not self.queries:
            raise KBError("the scale curve needs at least one question")
        if "server" in self.modes and not _chroma_command().exists():
            raise KBError(f"no `chroma` command beside {sys.executable}: the server mode cannot be measured")
        self.work.mkdir(parents=True, exist_ok=True)
        base = self.work / "base"
        count = export_base(Index(self.settings, create=False), base)
        np.save(base / "queries.npy", np.asarray(list(self.queries.values()), dtype=np.float32))
        (base / "questions.json").write_text(json.dumps(list(self.queries), ensure_ascii=False), encoding="utf-8")
        points = []
        for mode in self.modes:
            for factor in self.factors:
                self.log(f"scale {factor}× ({count * factor:,} chunks), {mode} store")
                points.append(self._measure(base, factor, mode))
                with open(self.work / "points.jsonl", "a", encoding="utf-8") as done:  # kept if a later size fails
                    done.write(json.dumps(dataclasses.asdict(points[-1])) + "\n")
                self.log(f"  {json.dumps(dataclasses.asdict(points[-1]))}")
        return points

    def _measure(self, base: Path, factor: int, mode: str) -> ScalePoint:
        home = self.work / f"{mode}-{factor}"
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        server = ChromaServer(home / "chroma-server") if mode == "server" else None
        try:
            url = server.start() if server else ""
            spec = {"base": str(base), "home": str(home), "factor": factor, "chroma_url": url,
                    "settings": {k: getattr(self.settings, k) for k in ("top_k", "candidates", "rrf_k", "collection")}}
            run = subprocess.run([sys.executable, "-m", "kb.evaluation.scale", json.dumps(spec)], capture_output=True, text=True,
                                 stdin=subprocess.DEVNULL, cwd=home)
            if run.returncode != 0:
                raise KBError(f"scale worker {factor}× {mode} failed: {run.stderr.strip()[-800:]}")
            measured = json.loads(run.stdout.strip().splitlines()[-1])
            server_rss = server.peak_rss_mb() if server else None
        finally:
            if server:
                server.stop()
        return ScalePoint(factor=factor, mode=mode, embed_s=round(self.tokens * factor / self.tokens_per_s, 1),
                          server_rss_mb=server_rss, index_mb=round(_folder_mb(home), 1), **measured)


def measure_scale(knowledge, questions: list[str], report: Path, work: Path, factors: tuple[int, ...] = FACTORS,
                  modes: tuple[str, ...] = MODES, tokens_per_s: float | None = None, sample: int = 200,
                  log: Callable[[str], None] = lambda message: None) -> dict:
    """The scale curve grown from ``knowledge``'s index, written to ``report``; its JSON. Without
    ``tokens_per_s`` (a build's measured throughput), the embedding pipeline is timed on a random sample of
    the corpus's passages."""
    import random

    from kb.index.embedding import embed_queries
    from kb.index.model_tokens import passage_tokens

    counter = passage_tokens(knowledge.settings)
    ids = knowledge.index.lexical_corpus(with_tokens=False)[0]
    passages = [knowledge.index.get(chunk_id).text for chunk_id in ids]
    tokens = sum(min(n, counter.limit) for n in counter.count(passages))
    if not tokens_per_s:
        chosen = random.Random(13).sample(passages, min(sample, len(passages)))
        log(f"timing the embedding of {len(chosen)} passages")
        started = time.perf_counter()
        knowledge.embedder.get_text_embedding_batch(chosen)
        tokens_per_s = sum(min(n, counter.limit) for n in counter.count(chosen)) / (time.perf_counter() - started)
    queries = dict(zip(questions, embed_queries(knowledge.embedder, questions)))
    points = ScaleCurve(knowledge.settings, queries, tokens, tokens_per_s, work, factors, modes, log).run()
    return {"tokens": tokens, **write_report(points, tokens_per_s, report)}


# ---- the 1× corpus, exported once --------------------------------------------------------------------

def export_base(index, folder: Path) -> int:
    """Every chunk of ``index`` (record, tokens, validity) as JSON lines and its vector as .npy; the count."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = index.db.execute("SELECT chunk_id, text, record, tokens, intervals FROM chunks ORDER BY chunk_id").fetchall()
    if not rows:
        raise KBError(f"the index in {index.settings.index_dir} holds no chunks to grow")
    ids = [row[0] for row in rows]
    vectors = {}
    for start in range(0, len(ids), BATCH):
        got = index.collection.get(ids=ids[start:start + BATCH], include=["embeddings"])
        vectors.update(zip(got["ids"], got["embeddings"]))
    missing = [chunk_id for chunk_id in ids if chunk_id not in vectors]
    if missing:
        raise KBError(f"{len(missing)} chunks of the catalog have no vector (e.g. {missing[0]})")
    np.save(folder / "vectors.npy", np.asarray([vectors[chunk_id] for chunk_id in ids], dtype=np.float32))
    with open(folder / "chunks.jsonl", "w", encoding="utf-8") as out:
        for chunk_id, text, record, tokens, intervals in rows:
            out.write(json.dumps([chunk_id, text, record, tokens, intervals], ensure_ascii=False) + "\n")
    return len(rows)


# ---- one size, in its own process -------------------------------------------------------------------

class _KnownQueries:
    """Stands in for the embedding model in the worker: the questions' vectors were computed beforehand."""

    def __init__(self, questions: list[str], vectors: np.ndarray):
        self.vectors = {q: v.tolist() for q, v in zip(questions, vectors)}

    def get_query_embedding(self, query: str) -> list[float]:
        return self.vectors[query]


def _grown(base: Path, factor: int):
    """Batches of (chunks, vectors, tokens, intervals): the base corpus ``factor`` times over."""
    from kb.index.chunking import Chunk

    rows = [json.loads(line) for line in (base / "chunks.jsonl").read_text(encoding="utf-8").splitlines()]
    vectors = np.load(base / "vectors.npy")
    rng = np.random.default_rng(0)
    fields = ("source_id", "source_type", "title", "locator", "language", "url", "date", "body_start")
    for copy in range(factor):
        for start in range(0, len(rows), BATCH):
            part = rows[start:start + BATCH]
            chunks, tokens, intervals = [], [], []
            for chunk_id, text, record, toks, iv in part:
                rec = json.loads(record)
                chunks.append(Chunk(chunk_id=chunk_id if copy == 0 else f"{chunk_id}~{copy}", text=text,
                                    spans=[tuple(s) for s in rec["spans"]], extra=rec["extra"],
                                    **{name: rec[name] for name in fields}))
                tokens.append(json.loads(toks))
                intervals.append([tuple(x) for x in json.loads(iv)])
            block = vectors[start:start + len(part)]
            if copy:
                block = block + rng.normal(0.0, NOISE, block.shape).astype(np.float32)
                block /= np.linalg.norm(block, axis=1, keepdims=True)
            yield chunks, block.tolist(), tokens, intervals


def _worker(spec: dict) -> dict:
    """Store the grown corpus in a fresh data home, build its BM25 index, search it; what each took."""
    from kb.index.store import Index
    from kb.search.retrieval import Retriever
    from kb.settings import load_settings

    settings = load_settings(env={}, home=spec["home"], mirror="", chroma_url=spec["chroma_url"], **spec["settings"])
    base = Path(spec["base"])
    started = time.perf_counter()
    index = Index(settings)
    chunks = 0
    with index.writing():
        for part, vectors, tokens, intervals in _grown(base, spec["factor"]):
            index.add_chunks(part, vectors, tokens, intervals)
            chunks += len(part)
    stored = time.perf_counter()
    questions = json.loads((base / "questions.json").read_text(encoding="utf-8"))
    retriever = Retriever(index, _KnownQueries(questions, np.load(base / "queries.npy")))
    indexed = time.perf_counter()
    retriever.search(questions[0])  # the first search loads Kiwi for the query's words: start-up, not latency
    latencies = []
    for question in questions:
        begun = time.perf_counter()
        hits = retriever.search(question)
        latencies.append((time.perf_counter() - begun) * 1000)
        if not hits:
            raise KBError(f"no hit for {question!r} in the grown corpus")
    return {"chunks": chunks, "store_s": round(stored - started, 2), "lexical_s": round(indexed - stored, 2),
            "search_p50_ms": round(statistics.median(latencies), 1),
            "search_p95_ms": round(float(np.percentile(latencies, 95)), 1),
            "peak_rss_mb": _own_peak_mb()}


def _own_peak_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: Linux carries into it the memory of
    the process that started this one (a bench with the model loaded), so it reads VmHWM where it can."""
    peak = _peak_mb(os.getpid())
    return round(peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


# ---- the Chroma server -------------------------------------------------------------------------------

def _chroma_command() -> Path:
    return Path(sys.executable).parent / "chroma"


class ChromaServer:
    """`chroma run` on 127.0.0.1 and a free port (kept across restarts), in its own process; start() waits
    until it answers its heartbeat. Used by the scale curve and by the server-mode tests."""

    def __init__(self, path: Path):
        self.path, self.process = path, None
        self.log = path.parent / "chroma.log"
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        url = self.url
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen([str(_chroma_command()), "run", "--host", "127.0.0.1", "--port", str(self.port),
                                             "--path", str(self.path)], stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
        deadline = time.monotonic() + 120
        while True:  # until it answers its heartbeat
            if self.process.poll() is not None:
                raise KBError("chroma run exited: " + self.log.read_text(errors="replace")[-800:])
            try:
                urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=2)
                return url
            except OSError:
                if time.monotonic() > deadline:
                    raise KBError("chroma run did not answer within 120 s") from None
                time.sleep(0.2)

    def peak_rss_mb(self) -> float | None:
        """The server's peak resident memory so far (Linux /proc), or None where that is not readable."""
        peak = _peak_mb(self.process.pid)
        return round(peak, 1) if peak is not None else None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# ---- the report --------------------------------------------------------------------------------------

def table(points: list[ScalePoint], tokens_per_s: float) -> str:
    """The scale table in Markdown, saying which columns are measured and which derived."""
    lines = [
        "| size | store | chunks | store + BM25 (s, measured) | embedding (s, derived) | build (s) | "
        "search p50 / p95 (ms, measured) | peak memory (MB, measured) | Chroma server (MB, measured) | on disk (MB) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for p in points:
        server = f"{p.server_rss_mb:,.0f}" if p.server_rss_mb is not None else "—"
        lines.append(f"| {p.factor}× | {p.mode} | {p.chunks:,} | {p.store_s + p.lexical_s:,.1f} | {p.embed_s:,.0f} | "
                     f"{p.build_s:,.0f} | {p.search_p50_ms:.1f} / {p.search_p95_ms:.1f} | {p.peak_rss_mb:,.0f} | "
                     f"{server} | {p.index_mb:,.0f} |")
    lines.append("")
    lines.append(f"Embedding is derived from the model's measured {tokens_per_s:,.0f} tokens/s on this machine; "
                 "everything else is measured. Each copy of a chunk has the chunk's text and tokens and its "
                 f"vector perturbed (σ = {NOISE} per dimension).")
    return "\n".join(lines)


def plot(points: list[ScalePoint], path: Path) -> Path:
    """A PNG of build time, search latency and memory against corpus size, one line per store."""
    require("matplotlib", "matplotlib", "kb bench --scale (the plot)", "eval")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, 3, figsize=(13, 4))
    panels = (("build time (s)", lambda p: p.build_s, lambda p: p.store_s + p.lexical_s),
              ("search latency p95 (ms)", lambda p: p.search_p95_ms, None),
              ("peak memory (MB)", lambda p: p.peak_rss_mb + (p.server_rss_mb or 0), None))
    for axis, (title, value, measured) in zip(axes, panels):
        for mode in dict.fromkeys(p.mode for p in points):
            mine = sorted((p for p in points if p.mode == mode), key=lambda p: p.chunks)
            sizes = [p.chunks for p in mine]
            axis.plot(sizes, [value(p) for p in mine], marker="o", label=f"{mode}" + (" (with derived embedding)"
                                                                                   if measured else ""))
            if measured:
                axis.plot(sizes, [measured(p) for p in mine], marker="x", linestyle="--",
                          label=f"{mode}, storing only (measured)")
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("chunks")
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend(fontsize=7)
    axes[2].set_title("peak memory (MB)\n(server mode: process + Chroma server)", fontsize=10)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def write_report(points: list[ScalePoint], tokens_per_s: float, folder: Path) -> dict:
    """scale.md, scale.png and scale.json in ``folder``; the JSON the bench reports."""
    folder.mkdir(parents=True, exist_ok=True)
    text = table(points, tokens_per_s)
    (folder / "scale.md").write_text("# kb bench: scale curve\n\n" + text + "\n\n![scale curve](scale.png)\n",
                                     encoding="utf-8")
    png = plot(points, folder / "scale.png")
    rows = [{**dataclasses.asdict(p), "build_s": p.build_s} for p in points]
    result = {"tokens_per_s": round(tokens_per_s, 1), "noise": NOISE, "rows": rows, "table": str(folder / "scale.md"),
              "plot": str(png), "derived": ["embed_s", "build_s"]}
    (folder / "scale.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return result


if __name__ == "__main__":
    print(json.dumps(_worker(json.loads(sys.argv[1]))))
