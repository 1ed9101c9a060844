"""What `kb ingest`, `kb build` and `kb sync` show while they run: bars on a terminal, else a line every
few seconds (files read, chunks embedded, time left)."""
from __future__ import annotations

import sys
from pathlib import Path


class Progress:
    """What a long ingest shows while it runs. On a terminal: a bar of files read, then one of chunks
    embedded. Elsewhere (a log, `make run` in CI): a line at most every ``every_s`` seconds saying what is
    being done and, while embedding, how long is left, so a 10-minute build is never silent."""

    def __init__(self, verb: str, stream=None, every_s: float = 5.0, clock=None):
        import time

        from tqdm import tqdm

        self.verb, self.stream, self.every_s = verb, stream or sys.stderr, every_s
        self.clock = clock or time.monotonic
        self.terminal = self.stream.isatty()
        self._tqdm = tqdm
        self.files = tqdm(desc=verb, unit="file", file=self.stream, disable=not self.terminal)
        self.chunks = None
        self.counts: dict[str, int] = {}
        self._last_line = None  # when the last line was printed (not on a terminal)
        self._pass = None  # the EmbeddingProgress of the pass under way
        self._embedded_s = 0.0  # seconds spent embedding in the passes before it

    def _due(self) -> bool:
        now = self.clock()
        if self._last_line is None or now - self._last_line >= self.every_s:
            self._last_line = now
            return True
        return False

    def file(self, outcome) -> None:
        """One file read (and chunked): the bar moves, or a line says how many so far."""
        self.files.update(1)
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        if self.terminal:
            if outcome.status == "skipped":
                self.files.write(f"skipped {outcome.path}: {outcome.reason}", file=self.stream)
            for warning in outcome.warnings:
                self.files.write(f"warning {outcome.path}: {warning}", file=self.stream)
        elif self._due():  # skipped files and warnings are listed once, at the end, by _print_report
            counts = ", ".join(f"{n} {status}" for status, n in sorted(self.counts.items()))
            self._line(f"{self.verb}: read {sum(self.counts.values())} files ({counts}), "
                       f"last {Path(outcome.path).name}")

    def embedding(self, progress) -> None:
        """One group of chunks embedded: the bar moves, or a line says how far and how long is left."""
        if progress is not self._pass:  # each ingest (a build runs one per source folder) has its own pass
            self._close_chunks()
            self._embedded_s += self._pass.elapsed_s if self._pass else 0.0
            self._pass = progress
        if self.terminal:
            if self.chunks is None:
                self.chunks = self._tqdm(desc=f"{self.verb}: embedding", total=progress.total, unit="chunk",
                                         file=self.stream)
            self.chunks.update(progress.done - self.chunks.n)
            return
        if progress.done == 0:
            self._line(f"{self.verb}: embedding {progress.total:,} new chunks ({progress.chars_total:,} characters)")
            self._last_line = self.clock()
            return
        finished = progress.done >= progress.total
        if self._due() or finished:
            left = "" if finished or progress.eta_s is None else f", about {duration(progress.eta_s)} left"
            self._line(f"{self.verb}: embedded {progress.done:,} of {progress.total:,} new chunks "
                       f"({100 * progress.done // max(1, progress.total)}%) in {duration(progress.elapsed_s)}{left}")

    def tokenizing(self, progress) -> None:
        """Tokenizing the new chunks for the word index (before embedding them): a line at the start, every
        few seconds and at the end, on a terminal too (it has no bar: it takes seconds, not minutes)."""
        finished = progress.done >= progress.total
        if progress.done == 0:
            self._line(f"{self.verb}: tokenizing {progress.total:,} new chunks for the word index")
            self._last_line = self.clock()
        elif self._due() or finished:
            self._line(f"{self.verb}: tokenized {progress.done:,} of {progress.total:,} new chunks "
                       f"in {duration(progress.elapsed_s)}")

    @property
    def embed_s(self) -> float:
        """Seconds spent in embedding passes (the model's share of an ingest or build)."""
        return self._embedded_s + (self._pass.elapsed_s if self._pass else 0.0)

    def _line(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def _close_chunks(self) -> None:
        if self.chunks is not None:
            self.chunks.close()
            self.chunks = None

    def close(self) -> None:
        self.files.close()
        self._close_chunks()


def progress_for(kb, verb: str) -> Progress:
    """A display for one command, also told about the tokenizing and embedding passes of `kb`."""
    progress = Progress(verb)
    kb.on_embedding = progress.embedding
    kb.on_tokenizing = progress.tokenizing
    return progress


def duration(seconds: float) -> str:
    """Seconds as "42s" or "3m05s"."""
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"
