"""`kb bench`: one measured run of what people wait for, on this machine, as one JSON object.

A full build of the default index (the project's cards plus an official-text mirror) into a fresh data
home, a second build with nothing changed, warm answers over the eval set's questions, a new `kb ask`
process, `kb serve` until its first answer through the HTTP API, peak memory and index size, the raw
throughput of the embedding model on the same texts (the floor a build is compared with), and
llama-index's default pipeline beside this project on a smaller corpus that holds several versions of
one law. Builds, the cold answer and the server run as separate `kb` processes, as a person runs them;
warm answers and the model's own throughput are measured in this process.

The corpus, the data home and the questions are parameters, so a test can run the whole bench on a
tiny corpus.
"""
from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kb.errors import KBError
from kb.settings import Settings

#: The law whose versions the baseline corpus holds (with the news and the project's cards), and which
#: versions (around the two dates its deepfake offence changed); the same subset the tests use.
BASELINE_LAW = "성폭력범죄의처벌등에관한특례법__법률"
BASELINE_VERSIONS = ("@2020-05-19", "@2024-01-16", "@2024-10-16", "")
#: How many chunk texts the model's raw throughput is measured on (a random sample: same lengths).
MODEL_SAMPLE = 600
TOP_K = 5
#: Starts a command and records the command's own peak memory in the file named first. On Linux a
#: process's ru_maxrss includes the memory of the process that started it (exec keeps the high-water mark
#: of the image it replaces), so a `kb ask` started by a bench holding the model reported the bench's
#: memory; this small interpreter forks the command instead, and its wait4 sees the command alone.
_LAUNCHER = ("import os, sys, time\n"
             "pid = os.fork()\n"
             "if pid == 0:\n"
             "    os.execv(sys.executable, [sys.executable, *sys.argv[2:]])\n"
             "peaks = {}\n"
             "def sample(p):\n"  # VmHWM of the command and of every process under it (the query worker)
             "    try:\n"
             "        status = open(f'/proc/{p}/status').read().split('VmHWM:')[1].split()[0]\n"
             "        peaks[p] = max(peaks.get(p, 0), int(status))\n"
             "        for task in os.listdir(f'/proc/{p}/task'):\n"
             "            for child in open(f'/proc/{p}/task/{task}/children').read().split():\n"
             "                sample(int(child))\n"
             "    except (OSError, IndexError, ValueError):\n"
             "        pass\n"
             "while True:\n"
             "    done, status, usage = os.wait4(pid, os.WNOHANG)\n"
             "    if done:\n"
             "        break\n"
             "    sample(pid)\n"
             "    time.sleep(0.02)\n"
             "others = sum(kb for p, kb in peaks.items() if p != pid)\n"
             "open(sys.argv[1], 'w').write(str(max(usage.ru_maxrss, peaks.get(pid, 0)) + others))\n"
             "sys.exit(os.waitstatus_to_exitcode(status))\n")


@dataclass
class Run:
    """One `kb` process: how long it took, its peak memory, what it printed."""

    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    returncode: int

    def last_json(self) -> dict:
        lines = [line for line in self.stdout.splitlines() if line.strip().startswith("{")]
        if not lines:
            raise KBError(f"`kb` printed no JSON (exit {self.returncode}): {self.stderr.strip()[-500:]}")
        return json.loads(lines[-1])


@dataclass
class Bench:
    """What to measure: ``corpus`` is a mirror laid out like ../shared/corpus; ``home`` the fresh data
    home (a new folder, or one an earlier bench made: it is emptied first); ``questions`` the warm and
    cold questions; ``baseline_corpus`` the folder llama-index and this project both index (None: no
    baseline)."""

    settings: Settings
    corpus: Path
    home: Path
    questions: list[str]
    baseline_corpus: Path | None = None
    model_sample: int = MODEL_SAMPLE
    #: Where the scale curve's table and plot go (kb.evaluation.scale); None: no scale curve.
    scale_report: Path | None = None
    scale_factors: tuple[int, ...] = (1, 10, 100)
    log: Callable[[str], None] = field(default=lambda message: None)

    # ---- the parts -------------------------------------------------------------------------------
    def run(self) -> dict:
        """Every measure, as the JSON object `kb bench --json` prints."""
        from kb.index.embedding import ensure_model

        if not self.questions:
            raise KBError("kb bench needs at least one question")
        self.model = ensure_model(self.settings)  # built once, before any timing
        marker = self.home / ".kb-bench"
        if self.home.exists() and any(self.home.iterdir()) and not marker.exists():
            raise KBError(f"{self.home} is not empty and not an earlier bench's home: give a new folder")
        shutil.rmtree(self.home, ignore_errors=True)
        self.home.mkdir(parents=True)
        marker.write_text("a data home `kb bench` made and may empty\n")
        env = self._env(self.home / "default", self.corpus)

        self.log("building the default index into a fresh data home")
        build = self._kb(env, "build", "--json")
        built = build.last_json()
        self.log(f"built in {build.seconds:.1f} s; building again with nothing changed")
        rebuild = self._kb(env, "build", "--json")
        rebuild.last_json()
        knowledge = self._knowledge(self.home / "default", self.corpus)
        texts = [knowledge.index.get(chunk_id).passage for chunk_id in knowledge.index.lexical_corpus(False)[0]]
        tokens, over_limit = self._count_tokens(texts)
        embed_s = float(built.get("embed_s") or 0.0)

        self.log(f"{len(texts)} chunks, {tokens} model tokens; answering {len(self.questions)} questions warm")
        warm = self._warm(knowledge)
        self.log("a new `kb ask` process")
        cold = self._kb(env, "ask", self.questions[0])
        self.log("`kb serve` until its first answer")
        serve_s, serve_rss = self._serve_first_answer(env)
        self.log(f"the model's own throughput on {min(len(texts), self.model_sample)} of the chunks")
        model_tps = self._model_throughput(knowledge, texts)

        result = {
            "build_s": round(build.seconds, 1),
            "chunks": len(texts),
            "tokens": tokens,
            "tokens_per_s": round(tokens / embed_s, 1) if embed_s else None,
            "embed_s": round(embed_s, 1),
            "chunks_over_model_limit": over_limit,
            "rebuild_s": round(rebuild.seconds, 2),
            **warm,
            "cold_ask_s": round(cold.seconds, 2),
            "serve_first_answer_s": round(serve_s, 2),
            "peak_rss_mb": round(max(build.peak_rss_mb, rebuild.peak_rss_mb, cold.peak_rss_mb, serve_rss), 1),
            "peak_rss_mb_by_step": {"build": round(build.peak_rss_mb, 1), "rebuild": round(rebuild.peak_rss_mb, 1),
                                    "cold_ask": round(cold.peak_rss_mb, 1), "serve": round(serve_rss, 1)},
            "index_mb": round(_folder_mb(self.home / "default" / "index"), 1),
            "model_tokens_per_s": round(model_tps, 1),
            "questions": len(self.questions),
            "corpus": str(self.corpus),
        }
        result["baseline"], result["kb_same_corpus"] = (self._compare(knowledge.embedder) if self.baseline_corpus
                                                        else (None, None))
        if self.scale_report is not None:
            from kb.evaluation.scale import measure_scale

            self.log("the scale curve")
            result["scale"] = measure_scale(knowledge, self.questions, self.scale_report, self.home / "scale",
                                            self.scale_factors, tokens_per_s=result["tokens_per_s"] or model_tps,
                                            log=self.log)
        return result

    def _compare(self, embedder) -> tuple[dict, dict]:
        """llama-index's default pipeline and this project, each building and answering on the same files in
        this process, with the same embedding model object already loaded (neither pays for start-up)."""
        from kb.index.embedding import real_embedder

        assert self.baseline_corpus is not None
        self.log(f"this project on the baseline corpus {self.baseline_corpus}")
        ours = self._knowledge(self.home / "same", "")
        ours.__dict__["embedder"] = embedder
        started = time.perf_counter()
        report = ours.ingest([self.baseline_corpus])
        build_s = time.perf_counter() - started
        same = {"build_s": round(build_s, 1), "chunks": report.embedded,
                **_pick(self._warm(ours), ("ask_p50_ms", "ask_p95_ms", "retrieval_p50_ms", "retrieval_p95_ms"))}
        self.log("llama-index's default pipeline on the same files")
        return self._llamaindex(real_embedder(embedder)), same

    # ---- measuring ---------------------------------------------------------------------------------
    def _env(self, home: Path, mirror: Path | str) -> dict:
        env = {key: value for key, value in os.environ.items() if not key.startswith("KB_")}
        env.update({"KB_HOME": str(home), "KB_MIRROR": str(mirror), "KB_EMBED_MODEL": self.model,
                    "KB_EXAMPLE_CACHE": str(self.settings.example_cache_dir)})
        return env

    def _knowledge(self, home: Path, mirror: Path | str):
        from kb.api import KnowledgeBase

        return KnowledgeBase(dataclasses.replace(self.settings, home=home, mirror=str(mirror), embed_model=self.model,
                                                 example_cache=str(self.settings.example_cache_dir)))

    def _kb(self, env: dict, *args: str) -> Run:
        """Run `kb ARGS` as a new process; its wall time and peak resident memory (its own and its query worker's: see _LAUNCHER;
        the wall time includes the launcher's start, a few tens of milliseconds)."""
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
                tempfile.TemporaryDirectory() as scratch:
            peak = Path(scratch) / "maxrss"
            started = time.perf_counter()
            process = subprocess.Popen([sys.executable, "-c", _LAUNCHER, str(peak), "-m", "kb.cli", *args], env=env,
                                       stdout=out, stderr=err, stdin=subprocess.DEVNULL, text=True,
                                       cwd=self.home)  # no kb.toml there
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0), err.seek(0)
            maxrss = int(peak.read_text()) if peak.exists() else usage.ru_maxrss
            run = Run(seconds, maxrss / 1024, out.read(), err.read(), process.returncode)
        if run.returncode != 0:
            raise KBError(f"`kb {' '.join(args[:2])}` failed (exit {run.returncode}): {run.stderr.strip()[-800:]}")
        return run

    def _count_tokens(self, texts: list[str]) -> tuple[int, int]:
        """Tokens the model reads for these passages (its own tokenizer, its prompt, cut at its limit),
        and how many passages are longer than the limit."""
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(self.model)
        limit = min(int(getattr(tokenizer, "model_max_length", 512) or 512), 512)
        tokenizer.model_max_length = 1 << 30  # count past the limit without a warning per long passage
        lengths = [len(ids) for ids in tokenizer([self.settings.passage_prefix + t for t in texts])["input_ids"]]
        return sum(min(n, limit) for n in lengths), sum(1 for n in lengths if n > limit)

    def _warm(self, knowledge) -> dict:
        """Answer every question once the models are loaded: whole answers, and retrieval apart."""
        knowledge.warm_up()
        knowledge.ask(self.questions[0])
        totals, retrieval = [], []
        for question in self.questions:
            started = time.perf_counter()
            answer = knowledge.ask(question)
            totals.append((time.perf_counter() - started) * 1000)
            timings = answer.timings_ms or {}
            retrieval.append(float(timings.get("dense_ms", 0.0)) + float(timings.get("lexical_ms", 0.0)))
        answering = [max(0.0, total - found) for total, found in zip(totals, retrieval)]
        return {"ask_p50_ms": _percentile(totals, 50), "ask_p95_ms": _percentile(totals, 95),
                "retrieval_p50_ms": _percentile(retrieval, 50), "retrieval_p95_ms": _percentile(retrieval, 95),
                "answer_p50_ms": _percentile(answering, 50), "answer_p95_ms": _percentile(answering, 95)}

    def _serve_first_answer(self, env: dict) -> tuple[float, float]:
        """Seconds from starting `kb serve` until its HTTP API gives a first answer, and its peak memory."""
        from app.loadtest import ask  # the bench measures the app from outside, as a browser would

        port = _free_port()
        with tempfile.TemporaryFile("w+") as log:
            started = time.perf_counter()
            process = subprocess.Popen([sys.executable, "-m", "kb.cli", "serve", "--host", "127.0.0.1",
                                        "--port", str(port)], env=env, stdout=log, stderr=log,
                                       stdin=subprocess.DEVNULL, cwd=self.home)
            try:
                deadline = started + 600
                while True:
                    if process.poll() is not None:
                        log.seek(0)
                        raise KBError(f"`kb serve` stopped (exit {process.returncode}): {log.read()[-800:]}")
                    try:
                        ask(f"http://127.0.0.1:{port}", self.questions[0], "policy", timeout=300)
                        break
                    except OSError:  # not listening yet
                        if time.perf_counter() > deadline:
                            raise KBError("`kb serve` gave no answer within 10 minutes") from None
                        time.sleep(0.2)
                seconds = time.perf_counter() - started
            finally:
                peak = _peak_mb(process.pid, children=True)  # its own high-water mark and its query worker's
                # (wait4's would include this bench's memory)
                process.terminate()
                try:
                    _, _, usage = os.wait4(process.pid, 0)
                except ChildProcessError:
                    usage = None
                process.returncode = 0
        return seconds, (peak if peak is not None else usage.ru_maxrss / 1024 if usage else 0.0)

    def _model_throughput(self, knowledge, texts: list[str]) -> float:
        """Tokens a second of sentence-transformers alone, on a random sample of the same passages: the
        model's sorted batches with nothing else around them."""
        from kb.index.embedding import real_embedder

        sample = random.Random(13).sample(texts, min(len(texts), self.model_sample))
        tokens, _ = self._count_tokens(sample)
        model = real_embedder(knowledge.embedder)._model  # the SentenceTransformer inside llama-index's wrapper
        started = time.perf_counter()
        model.encode([self.settings.passage_prefix + t for t in sample], batch_size=self.settings.embed_batch_size,
                     normalize_embeddings=True)
        return tokens / (time.perf_counter() - started)

    def _llamaindex(self, embedder) -> dict:
        """llama-index's default pipeline on the baseline corpus: SimpleDirectoryReader, the default
        SentenceSplitter, a VectorStoreIndex on Chroma, ``embedder`` (llama-index's HuggingFaceEmbedding
        of the same model, with e5's prompts); its answers are its top chunks (without an LLM it composes
        nothing), so its latency is retrieval alone."""
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from llama_index.core import Settings as LlamaSettings
        from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
        from llama_index.vector_stores.chroma import ChromaVectorStore

        assert self.baseline_corpus is not None
        LlamaSettings.llm = None
        started = time.perf_counter()
        client = chromadb.PersistentClient(path=str(self.home / "llamaindex"),
                                           settings=ChromaSettings(anonymized_telemetry=False))
        store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("baseline"))
        files = sorted(str(p) for p in self.baseline_corpus.rglob("*") if p.is_file() and p.name != "README.md")
        documents = SimpleDirectoryReader(input_files=files).load_data()
        index = VectorStoreIndex.from_documents(documents, storage_context=StorageContext.from_defaults(
            vector_store=store), embed_model=embedder)
        build_s = time.perf_counter() - started
        retriever = index.as_retriever(similarity_top_k=TOP_K)
        retriever.retrieve(self.questions[0])
        times = []
        for question in self.questions:
            began = time.perf_counter()
            retriever.retrieve(question)
            times.append((time.perf_counter() - began) * 1000)
        return {"build_s": round(build_s, 1), "ask_p50_ms": _percentile(times, 50),
                "ask_p95_ms": _percentile(times, 95), "nodes": len(store.client.get()["ids"])}


# ---- helpers -----------------------------------------------------------------------------------------
def default_questions(split: str = "dev") -> list[str]:
    """The eval set's questions of one split."""
    from kb.evaluation.scorer import load_items

    return [item.question for item in load_items(split=split)]


def baseline_corpus(mirror: Path, into: Path, cards: Path | None = None) -> Path | None:
    """A folder with several versions of one law, the mirror's news and the project's knowledge cards
    (every index of this project has them), copied from ``mirror`` and ``cards``."""
    from kb.api import PROJECT_CARDS

    statutes = [mirror / "statutes" / f"{BASELINE_LAW}{suffix}.md" for suffix in BASELINE_VERSIONS]
    if not all(path.is_file() for path in statutes):
        return None
    (into / "statutes").mkdir(parents=True, exist_ok=True)
    for path in statutes:
        shutil.copyfile(path, into / "statutes" / path.name)
    if (mirror / "news").is_dir():
        (into / "news").mkdir(exist_ok=True)
        for path in sorted((mirror / "news").glob("*.txt")):
            shutil.copyfile(path, into / "news" / path.name)
    shutil.copytree(cards or PROJECT_CARDS, into / "cards", dirs_exist_ok=True)
    return into


def _percentile(values: list[float], q: int) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 1)


def _pick(values: dict, keys: tuple[str, ...]) -> dict:
    return {key: values[key] for key in keys}


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20 if folder.exists() else 0.0


def _peak_mb(pid: int, children: bool = False) -> float | None:
    """A running process's peak resident memory (VmHWM, Linux), with ``children`` plus its children's
    (the query worker's: each one's peak, so an upper bound of their peak together), or None where it
    cannot be read."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        own = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024
    except (OSError, StopIteration, ValueError):
        return None
    if not children:
        return own
    below = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            below += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return own + sum(_peak_mb(child, children=True) or 0.0 for child in below)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
