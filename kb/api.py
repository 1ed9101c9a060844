"""The library's front: one object that ingests, builds, answers and reports, loading models once.

    from kb.api import KnowledgeBase
    kb = KnowledgeBase()                 # settings from kb.toml / KB_* environment
    kb.build()                           # the project's corpus (+ the official-text mirror, if found)
    print(kb.ask("딥페이크 영상을 저장만 해도 처벌받나요?").answer)
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Callable

from kb.answer import Answer, Answerer
from kb.errors import IndexMissing, KBError
from kb.index import Index
from kb.ingest import FileOutcome, IngestReport, Ingestor
from kb.retrieval import Filters, Retriever
from kb.settings import REPO_ROOT, Settings, load_settings

#: The project's own knowledge cards, always part of the default index (the manifest and glossary
#: in corpus/ are configuration, not sources).
PROJECT_CARDS = REPO_ROOT / "corpus" / "cards"
#: Parts of an official-text mirror (laid out like ../shared/corpus) and the source type of each.
MIRROR_PARTS = (("statutes", None), ("news", "news"), ("GUIDANCE_SOURCES.md", "guidance"))


class KnowledgeBase:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or load_settings()

    @cached_property
    def index(self) -> Index:
        return Index(self.settings)

    @cached_property
    def embedder(self):
        from kb.embedding import load_embedder

        return load_embedder(self.settings)

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.index, self.embedder)

    @cached_property
    def answerer(self) -> Answerer:
        return Answerer(self.retriever)

    def ingest(self, paths: list[Path], overrides: dict | None = None,
               progress: Callable[[FileOutcome], None] | None = None) -> IngestReport:
        report = Ingestor(self.settings, self.index, self.embedder).ingest(paths, overrides, progress)
        if "retriever" in self.__dict__:
            self.retriever.reload()
        return report

    @property
    def synced_mirror(self) -> Path:
        """Where `kb sync` keeps the official texts it fetched."""
        return self.settings.home / "mirror"

    def default_sources(self) -> list[tuple[Path, str | None]]:
        """What `kb build` ingests: the project's cards, then the parts of the mirror that exist
        (the configured mirror folder, else what `kb sync` fetched)."""
        sources: list[tuple[Path, str | None]] = [(PROJECT_CARDS, "card")]
        mirror = Path(self.settings.mirror) if self.settings.mirror else self.synced_mirror
        if mirror.is_dir():
            sources += [(mirror / part, kind) for part, kind in MIRROR_PARTS if (mirror / part).exists()]
        return sources

    def sync(self, origin: str | None = None, progress: Callable[[FileOutcome], None] | None = None):
        """Fetch what the manifest lists from a mirror folder or a legalize-kr URL, then ingest it."""
        from kb.manifest import load_manifest
        from kb.sync import sync_from_folder, sync_from_url

        origin = origin or self.settings.mirror
        if not origin:
            raise KBError("nothing to sync from: give --from DIR|URL or set KB_MIRROR")
        manifest = load_manifest()
        if origin.startswith(("http://", "https://")):
            fetched = sync_from_url(manifest, origin, self.synced_mirror, int(self.settings.max_file_mb * 2**20))
        else:
            fetched = sync_from_folder(manifest, Path(origin), self.synced_mirror)
        report = IngestReport()
        for part, kind in MIRROR_PARTS:
            if (self.synced_mirror / part).exists():
                report.files += self.ingest([self.synced_mirror / part], {"type": kind} if kind else None,
                                            progress).files
        return fetched, report

    def build(self, progress: Callable[[FileOutcome], None] | None = None) -> IngestReport:
        """(Re)build the default index; unchanged files cost nothing."""
        report = IngestReport()
        for path, kind in self.default_sources():
            if path.exists():
                part = self.ingest([path], {"type": kind} if kind else None, progress)
                report.files.extend(part.files)
            report.files += self.prune(path)
        return report

    def prune(self, root: Path) -> list[FileOutcome]:
        """Forget sources recorded under ``root`` whose files are gone (a deleted card, a removed version)."""
        removed = []
        for path in self.index.paths_under(root):
            if not Path(path).exists():
                law = self.index.forget_path(path)
                if law:
                    self.index.refresh_validity(law)
                removed.append(FileOutcome(path, "removed"))
        if removed and "retriever" in self.__dict__:
            self.retriever.reload()
        return removed

    def ask(self, question: str, persona: str | None = None, as_of: str | None = None, k: int | None = None,
            qid: str | None = None, source_types: tuple[str, ...] = (), laws: tuple[str, ...] = ()) -> Answer:
        if self.index.collection.count() == 0:
            raise IndexMissing(f"the index in {self.settings.index_dir} is empty: run `kb build` (or `kb ingest PATH`) first")
        filters = None
        if source_types or laws:
            filters = Filters(source_types=tuple(source_types), laws=tuple(laws))
            if as_of:
                filters.as_of = as_of
        return self.answerer.ask(question, persona=persona, as_of=as_of, k=k, qid=qid, filters=filters)

    def stats(self) -> dict:
        return self.index.stats()
