"""Ingest: files and folders → parsed sources → chunks → the index, idempotently.

A file whose content is already recorded at that path is skipped without parsing. Chunks already
stored (same content, e.g. an article unchanged between two statute versions) are linked, not
embedded again. A file that cannot be read is skipped with a one-line reason; the rest still land.
"""
from __future__ import annotations

import ctypes
import hashlib
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

from kb.errors import BadSource
from kb.index import model_tokens
from kb.index.catalog import ALWAYS
from kb.index.chunking import Chunk, chunk_document, chunk_statute
from kb.index.embedding import embed_passages, real_embedder
from kb.index.lexical import release_tokenizer, tokenize
from kb.index.model_tokens import passage_tokens
from kb.index.store import Index
from kb.settings import Settings
from kb.sources.documents import is_sidecar, load_document
from kb.sources.manifest import load_manifest
from kb.sources.statutes import article_start, is_statute_text, parse_statute

#: Files never ingested: folder descriptions and metadata sidecars.
SKIPPED_NAMES = ("README.md",)
#: Bump when parsing or chunking of that kind of file changes, so unchanged files are re-chunked once.
PIPELINE_VERSION = {"statute": 7, "prose": 7}
#: Folder names that say what kind of source a prose file is, when nothing else does.
FOLDER_TYPES = {"news": "news", "guidance": "guidance", "cards": "card", "reports": "report"}


@dataclass
class FileOutcome:
    path: str
    status: str  # added | updated | unchanged | skipped | removed
    reason: str = ""
    chunks: int = 0
    embedded: int = 0
    #: What was read but not used (e.g. front matter that is not valid YAML); the file still landed.
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    files: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def embedded(self) -> int:
        return sum(f.embedded for f in self.files)

    def summary(self) -> str:
        removed = f", {self.count('removed')} removed" if self.count("removed") else ""
        return (f"{self.count('added')} added, {self.count('updated')} updated, {self.count('unchanged')} unchanged, "
                f"{self.count('skipped')} skipped{removed}; {self.embedded} chunks embedded")


@dataclass
class EmbeddingProgress:
    """How far the embedding pass of an ingest has got (chunks and characters) and how long it has taken."""

    done: int
    total: int
    chars_done: int
    chars_total: int
    elapsed_s: float

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the speed so far (by characters: the longest chunks go first, so it errs long)."""
        if not self.chars_done:
            return None
        return self.elapsed_s / self.chars_done * (self.chars_total - self.chars_done)


@dataclass
class TokenizingProgress:
    """How far an ingest has got in tokenizing its new chunks for the word index (Kiwi, before the embedding
    pass: about 2,600 chunks, several seconds, for the whole mirror)."""

    done: int
    total: int
    elapsed_s: float


#: While tokenizing, ``tokenizing`` hears of progress at most this often (and at the start and the end).
TOKENIZING_REPORT_S = 2.0


@dataclass
class _Pending:
    """What the files of one ingest bring: new chunks to embed (once, even when several files share
    them) and the catalog records that must wait until those chunks are stored."""

    chunks: dict[str, tuple[Chunk, list]] = field(default_factory=dict)  # chunk id → (chunk, intervals)
    records: list[Callable[[], None]] = field(default_factory=list)

    def add(self, chunks: list[Chunk], missing: set[str], intervals: list) -> int:
        new = [c for c in chunks if c.chunk_id in missing and c.chunk_id not in self.chunks]
        for chunk in new:
            self.chunks[chunk.chunk_id] = (chunk, intervals)
        return len(new)


def discover(paths: list[Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Files under the given paths (folders recursively, hidden entries ignored), and paths that do not
    exist or are not followed: a symbolic link inside a folder that leads out of it (a folder is taken
    as a boundary; a file named on the command line is read wherever it points)."""
    found, missing = [], []
    for path in paths:
        if path.is_dir():
            inside = path.resolve()
            for file in sorted(path.rglob("*")):
                rel = file.relative_to(path).parts
                if any(p.startswith(".") for p in rel) or not file.is_file() or not _wanted(file):
                    continue
                if file.is_symlink() and not file.resolve().is_relative_to(inside):
                    missing.append(FileOutcome(str(file), "skipped", "symbolic link that leads out of the folder;"
                                                                     " not followed"))
                    continue
                found.append(file)
        elif path.is_file():
            found.append(path)
        else:
            missing.append(FileOutcome(str(path), "skipped", "no such file or folder"))
    return found, missing


def _wanted(file: Path) -> bool:
    return file.name not in SKIPPED_NAMES and not is_sidecar(file)


class Ingestor:
    """Turns files into indexed chunks with one embedding model loaded once."""

    def __init__(self, settings: Settings, index: Index, embedder):
        self.settings = settings
        self.index = index
        self.embedder = embedder

    @cached_property
    def _manifest(self):
        """The project's list of laws, for each law's short name (a law it does not list keeps its title)."""
        return load_manifest()

    def ingest(self, paths: list[Path], overrides: dict | None = None,
               progress: Callable[[FileOutcome], None] | None = None,
               embedding: Callable[[EmbeddingProgress], None] | None = None,
               tokenizing: Callable[[TokenizingProgress], None] | None = None) -> IngestReport:
        """Read, chunk and index files. Every file is read and chunked first (``progress`` hears of each),
        then all new chunks are tokenized for the word index (``tokenizing`` hears how far, every few
        seconds) and embedded in one pass, longest first (``embedding`` hears of each group), and only then
        are the files recorded as ingested, so an interrupted run is finished by the next."""
        with self.index.writing():
            return self._ingest(paths, overrides, progress, embedding, tokenizing)

    def _ingest(self, paths: list[Path], overrides: dict | None, progress: Callable[[FileOutcome], None] | None,
                embedding: Callable[[EmbeddingProgress], None] | None,
                tokenizing: Callable[[TokenizingProgress], None] | None = None) -> IngestReport:
        files, report_missing = discover(paths)
        report = IngestReport(files=list(report_missing))
        for outcome in report_missing if progress else ():
            progress(outcome)
        touched_laws: set[str] = set()
        pending = _Pending()
        for file in files:
            outcome = self._ingest_file(file, overrides or {}, touched_laws, pending)
            report.files.append(outcome)
            if progress:
                progress(outcome)
        self._store(pending, embedding, tokenizing)
        with self.index.batch():  # one commit for every file's records, not two per file
            for record in pending.records:
                record()
        self.index.drop_unowned()  # chunks only earlier contents of the files held, now that all are recorded
        # Also the laws an earlier, interrupted ingest left pending (its versions recorded, dates not).
        for law_key in sorted(touched_laws | set(self.index.pending_laws())):
            self.index.refresh_validity(law_key)
        return report

    def _ingest_file(self, file: Path, overrides: dict, touched_laws: set[str], pending: _Pending) -> FileOutcome:
        path = str(file.resolve())
        try:
            size, limit = file.stat().st_size, int(self.settings.max_file_mb * 1024 * 1024)
            if size > limit:
                raise BadSource(f"file too large ({size / 2**20:.1f} MB; the limit is {self.settings.max_file_mb:g} MB)")
            data = file.read_bytes()
            statute = file.suffix.lower() == ".md" and is_statute_text(data[:4096].decode("utf-8", "ignore"))
            fingerprint = self._fingerprint(data, "statute" if statute else "prose")
            previous = self.index.source_fingerprint(path)
            if previous == fingerprint:
                return FileOutcome(path, "unchanged")
            # What an earlier content of the file held is replaced when the new one is recorded, so its
            # chunks that the new content still has are linked, not embedded again.
            if statute:
                outcome = self._ingest_statute(file, path, data, fingerprint, touched_laws, pending)
            else:
                outcome = self._ingest_document(file, path, fingerprint, overrides, touched_laws, pending)
            if previous is not None:
                outcome.status = "updated"
            return outcome
        except BadSource as exc:
            self._forget_unreadable(path, touched_laws)
            return FileOutcome(path, "skipped", str(exc).removeprefix(f"{file.name}: "))
        except OSError as exc:
            self._forget_unreadable(path, touched_laws)
            return FileOutcome(path, "skipped", f"cannot read: {exc.strerror or exc}")

    def _forget_unreadable(self, path: str, touched_laws: set[str]) -> None:
        """A recorded file that can no longer be read contributes nothing any more."""
        law = self.index.forget_path(path, drop=False)
        if law:
            touched_laws.add(law)

    def _fingerprint(self, data: bytes, kind: str) -> str:
        """The file's content hash plus everything that shapes its chunks (pipeline version, sizes)."""
        settings = self.settings
        return (f"{hashlib.sha256(data).hexdigest()}:v{PIPELINE_VERSION[kind]}-{settings.statute_max_chars}-"
                f"{settings.chunk_tokens}-{settings.chunk_overlap}")

    def _ingest_statute(self, file: Path, path: str, data: bytes, fingerprint: str,
                        touched_laws: set[str], pending: _Pending) -> FileOutcome:
        version = parse_statute(file, data)
        law = self._manifest.law(version.law_key)
        chunks = _unique(chunk_statute(version, self.settings.statute_max_chars, passage_tokens(self.settings),
                                       short_name=law.short_names[0] if law and law.short_names else ""))
        # New chunks start as "never in force"; refresh_validity dates them once all versions are linked.
        new = self.index.missing([c.chunk_id for c in chunks])  # one catalog query per file, not per chunk
        embedded = pending.add(chunks, new, intervals=[])
        starts = {article.label: article_start(version, article) for article in version.articles}

        def record() -> None:
            self.index.record_version(version, [(c.chunk_id, c.extra.get("article", ""),
                                                 starts.get(c.extra.get("article"))) for c in chunks])
            law = self.index.record_source(fingerprint, version.law_key, path, "statute", version.title,
                                           [c.chunk_id for c in chunks], version.version_id,
                                           {"effective": version.effective, "promulgated": version.promulgated})
            if law:
                touched_laws.add(law)
        pending.records.append(record)
        touched_laws.add(version.law_key)
        return FileOutcome(path, "added", chunks=len(chunks), embedded=embedded)

    def _ingest_document(self, file: Path, path: str, fingerprint: str, overrides: dict,
                         touched_laws: set[str], pending: _Pending) -> FileOutcome:
        folder_type = FOLDER_TYPES.get(file.parent.name.lower())
        document = load_document(file, overrides, defaults={"type": folder_type} if folder_type else None,
                                 max_bytes=int(self.settings.max_file_mb * 1024 * 1024))
        chunks = _unique(chunk_document(document, self.settings.chunk_tokens, self.settings.chunk_overlap))
        if not chunks:
            raise BadSource("no text to index")
        new = self.index.missing([c.chunk_id for c in chunks])
        embedded = pending.add(chunks, new, intervals=ALWAYS)

        def record() -> None:
            law = self.index.record_source(fingerprint, document.source_id, path, document.source_type,
                                           document.title, [c.chunk_id for c in chunks],
                                           meta={"date": document.date, "url": document.url})
            if law:  # a statute file that now reads as prose
                touched_laws.add(law)
        pending.records.append(record)
        return FileOutcome(path, "added", chunks=len(chunks), embedded=embedded,
                           warnings=list(document.metadata.get("warnings", [])))

    def _store(self, pending: _Pending, embedding: Callable[[EmbeddingProgress], None] | None,
               tokenizing: Callable[[TokenizingProgress], None] | None = None) -> None:
        """Embed every new chunk of the ingest in one pass, longest first, storing each group as it is done."""
        entries = list(pending.chunks.values())
        texts = [chunk.passage for chunk, _ in entries]
        if not texts:
            return
        # The chunking tokenizer, Kiwi and the model (about 290 MB, 470 MB and 1 GB, plus 300 MB of
        # activations) are used one after the other, so they are never resident together: chunking is done,
        # so its tokenizer goes; Kiwi tokenizes the new chunks and goes too before the model embeds them.
        # The price is Kiwi's reload (about 5 s) by whatever tokenizes next: the next source of a build,
        # or the app's next question after an ingest.
        model_tokens.release()
        return_freed_memory()
        tokens = _tokenize_all([chunk.text for chunk, _ in entries], tokenizing)
        release_tokenizer()
        return_freed_memory()
        progress = EmbeddingProgress(0, len(texts), 0, sum(map(len, texts)), 0.0)
        if embedding:
            embedding(progress)  # the pass begins: how much there is to embed
        # The model loads (the first pass of a process: about 10 s) before the pass is timed, so the pass's
        # seconds (a build's embed_s) are embedding and storing alone, like the model's own throughput.
        real_embedder(self.embedder)
        started = time.monotonic()
        batch = max(1, self.settings.embed_batch_size)
        for positions, vectors in embed_passages(self.embedder, texts, batch * 4, batch, return_freed_memory):
            part = [entries[i] for i in positions]
            self.index.add_chunks([c for c, _ in part], vectors, [tokens[i] for i in positions],
                                  [list(intervals) for _, intervals in part])
            # torch's activations change size with every batch (the texts get shorter), and glibc keeps the
            # freed ones resident: over the mirror's 2,586 statute chunks the build grew from 1.71 to 2.31 GB
            # (its peak) and gave 630 MB back only at the end of the pass. Handed back after each group, the
            # peak was 2.06 GB (spikes within a group of four batches), so it goes back after each batch too.
            return_freed_memory()
            progress.done += len(part)
            progress.chars_done += sum(len(texts[i]) for i in positions)
            progress.elapsed_s = time.monotonic() - started
            if embedding:
                embedding(progress)


def _tokenize_all(texts: list[str], tokenizing: Callable[[TokenizingProgress], None] | None) -> list[list[str]]:
    """Each text's word-index tokens, telling ``tokenizing`` how far at the start, every few seconds and at
    the end, so that a log is not silent through this step."""
    started = last = time.monotonic()
    progress = TokenizingProgress(0, len(texts), 0.0)
    if tokenizing:
        tokenizing(progress)
    tokens = []
    for text in texts:
        tokens.append(tokenize(text))
        now = time.monotonic()
        if tokenizing and (now - last >= TOKENIZING_REPORT_S or len(tokens) == len(texts)):
            last = now
            progress.done, progress.elapsed_s = len(tokens), now - started
            tokenizing(progress)
    return tokens


def return_freed_memory() -> None:
    """Give freed heap back to the system (glibc's malloc_trim): Kiwi let go returns only ~130 of its 470 MB
    without it, and torch's activations for the longest batches leave ~200 MB free but resident, which the
    build's later steps (the question router's calibration loads Kiwi again beside the model) would add to.
    Elsewhere, nothing."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _unique(chunks: list[Chunk]) -> list[Chunk]:
    seen: dict[str, Chunk] = {}
    for chunk in chunks:
        seen.setdefault(chunk.chunk_id, chunk)
    return list(seen.values())
