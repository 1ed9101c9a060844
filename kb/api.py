"""The library's front: one object that ingests, builds, answers and reports, loading models once.

    from kb.api import KnowledgeBase
    kb = KnowledgeBase()                 # settings from kb.toml / KB_* environment
    kb.build()                           # the project's corpus (+ the official-text mirror, if found)
    print(kb.ask("딥페이크 영상을 저장만 해도 처벌받나요?").answer)
"""
from __future__ import annotations

import hashlib
import json
import threading
import unicodedata
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kb.answer.answerer import MAX_QUESTION_CHARS, Answerer
from kb.answer.records import Answer
from kb.dependencies import require
from kb.errors import BadQuestion, IndexMissing, KBError
from kb.index.catalog import StatuteVersion, StoredChunk
from kb.index.ingest import EmbeddingProgress, FileOutcome, Ingestor, IngestReport, TokenizingProgress
from kb.index.store import Index
from kb.results import Article, ArticleInForce, FoundChunk, SearchResult, SourceReference
from kb.search.retrieval import Filters, Retriever
from kb.settings import REPO_ROOT, Settings, load_settings

if TYPE_CHECKING:
    from kb.law.history import ArticleHistory

#: The project's own knowledge cards, always part of the default index (the manifest and glossary
#: in corpus/ are configuration, not sources).
PROJECT_CARDS = REPO_ROOT / "corpus" / "cards"
#: Parts of an official-text mirror (laid out like ../shared/corpus) and the source type of each.
MIRROR_PARTS = (("statutes", None), ("news", "news"), ("GUIDANCE_SOURCES.md", "guidance"))


class KnowledgeBase:
    """Safe to share between threads (a web server's workers): answers and reads run side by side; only
    swapping in a new lexical index after an ingest waits for them and holds them off."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or load_settings()
        self._access = Access()
        #: Hears how far the embedding pass of each ingest has got (the command line prints it).
        self.on_embedding: Callable[[EmbeddingProgress], None] | None = None
        #: Hears how far tokenizing the new chunks for the word index has got (before the embedding pass).
        self.on_tokenizing: Callable[[TokenizingProgress], None] | None = None

    @cached_property
    def index(self) -> Index:
        return Index(self.settings)

    @cached_property
    def embedder(self):
        """The embedding model, loaded on first use (a build with nothing new to embed never loads it)."""
        from kb.index.embedding import LazyEmbedder, load_embedder, load_query_encoder, model_fingerprint

        return LazyEmbedder(lambda: load_embedder(self.settings),
                            vector_cache=(model_fingerprint(self.settings), self.settings.example_cache_dir),
                            load_queries=lambda: load_query_encoder(self.settings))

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.index, self.embedder)

    @cached_property
    def answerer(self) -> Answerer:
        return Answerer(self.retriever)

    def ingest(self, paths: list[Path], overrides: dict | None = None,
               progress: Callable[[FileOutcome], None] | None = None) -> IngestReport:
        report = Ingestor(self.settings, self.index, self.embedder).ingest(paths, overrides, progress,
                                                                           self.on_embedding, self.on_tokenizing)
        if "retriever" in self.__dict__:
            with self._access.writing():
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
        from kb.sources.manifest import load_manifest
        from kb.sources.sync import sync_from_folder, sync_from_url

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
        """(Re)build the default index; unchanged files cost nothing. Holds the data home's write lock
        throughout, so a second writer is refused rather than interleaved."""
        report = IngestReport()
        with self.index.writing():
            self._tokenize_banks()
            for path, kind in self.default_sources():
                if path.exists():
                    part = self.ingest([path], {"type": kind} if kind else None, progress)
                    report.files.extend(part.files)
                report.files += self.prune(path)
            # and files recorded from anywhere else that are gone (a copy from a checkout since moved or deleted)
            report.files += self.prune(Path("/"))
        stamp = self._examples_stamp()
        if not self._examples_cached(stamp):  # embedded and calibrated at build time, not on the first question
            self.answerer.gate.model  # noqa: B018  (the safety gate's example embeddings are cached)
            self.answerer.router.calibration  # noqa: B018  (the question banks' embeddings and calibration)
            self.answerer.examples  # noqa: B018  (the intent examples' embeddings, see kb.index.embedding.query_vectors)
            self.answerer.context.card_line_vectors()  # the English card lines' embeddings
            self._record_examples(stamp)
        return report

    #: What the caches of the safety gate and the question router are computed from, besides the data.
    _EXAMPLE_CODE = ("kb/answer/answerer.py", "kb/answer/context.py", "kb/answer/routing.py", "kb/answer/safety_gate.py", "kb/index/embedding.py", "kb/index/lexical.py")

    def _examples_stamp(self) -> str:
        """A digest of everything the example caches (the safety gate's and the question banks'
        embeddings, the router's calibration) are computed from: the model, the cache folder, the
        examples and banks, the indexed chunks and the code that builds them. While it is unchanged and
        the cache files are there, a build need not load the model (about 15 s) to warm them again."""
        from kb.index.embedding import model_fingerprint
        from kb.answer.routing import BANKS_DIR
        from kb.answer.safety_gate import SAFETY_DIR
        from kb.settings import PACKAGE_DIR

        digest = hashlib.sha256(f"{model_fingerprint(self.settings)}|{self.settings.example_cache_dir}".encode())
        digest.update("\n".join(self.index.lexical_corpus(with_tokens=False)[0]).encode())
        files = [PACKAGE_DIR.parent / name for name in self._EXAMPLE_CODE]  # the code, installed or checked out
        files += [path for folder in (BANKS_DIR, SAFETY_DIR) for path in sorted(folder.rglob("*")) if path.is_file()]
        files.append(REPO_ROOT / "corpus" / "intent_examples.tsv")
        for path in files:
            digest.update(f"\n{path.name}\n".encode() + (path.read_bytes() if path.is_file() else b""))
        return digest.hexdigest()

    def _tokenize_banks(self) -> None:
        """The question banks' word-index tokens, before any model is loaded (read from the example cache
        when they are there), then Kiwi let go: warming the router at the end of a build then needs no
        Kiwi (about 470 MB) beside the model, which was the build's peak of memory."""
        from kb.index.lexical import release_tokenizer, tokenize_all
        from kb.answer.routing import load_banks

        tokenize_all([q for bank in load_banks() for q in (*bank.ko, *bank.en)], self.settings.example_cache_dir)
        release_tokenizer()

    def _examples_cached(self, stamp: str) -> bool:
        """True when the last build warmed the example caches from the same inputs and its files remain."""
        try:
            record = json.loads((self.settings.index_dir / "examples.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        cache = self.settings.example_cache_dir
        return record.get("stamp") == stamp and all((cache / name).is_file() for name in record.get("files", []))

    def _record_examples(self, stamp: str) -> None:
        cache = self.settings.example_cache_dir
        files = sorted(p.name for p in cache.iterdir() if p.is_file()) if cache.is_dir() else []
        path = self.settings.index_dir / "examples.json"
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps({"stamp": stamp, "files": files}), encoding="utf-8")
        partial.replace(path)

    def prune(self, root: Path) -> list[FileOutcome]:
        """Forget sources recorded under ``root`` whose files are gone (a deleted card, a removed version)."""
        removed = []
        with self.index.writing():
            for path in self.index.paths_under(root):
                if not Path(path).exists():
                    law = self.index.forget_path(path)
                    if law:
                        self.index.refresh_validity(law)
                    removed.append(FileOutcome(path, "removed"))
        if removed and "retriever" in self.__dict__:
            with self._access.writing():
                self.retriever.reload()
        return removed

    def ask(self, question: str, persona: str | None = None, as_of: str | None = None, k: int | None = None,
            qid: str | None = None, source_types: tuple[str, ...] = (), laws: tuple[str, ...] = (),
            targeted: bool = False) -> Answer:
        check_question(question)
        self.require_index()
        # the answerer gives the filters the answer's date: the one asked, else the one the question implies
        filters = Filters(source_types=tuple(source_types), laws=tuple(laws)) if source_types or laws else None
        with self._access.reading():
            return self.answerer.ask(question, persona=persona, as_of=as_of, k=k, qid=qid, filters=filters,
                                     targeted=targeted)

    def require_index(self) -> None:
        if self.index.collection.count() == 0:
            raise IndexMissing(f"the index in {self.settings.index_dir} is empty: run `kb build` (or `kb ingest PATH`) first")

    def start_loading_model(self):
        """Start loading the embedding model in a background thread (once) and return that thread; None
        when there is no index to answer from (nothing to load a model for) or nothing to load."""
        preload = getattr(self.embedder, "preload", None)  # a stand-in embedder in tests has nothing to load
        built = (self.settings.index_dir / "catalog.sqlite").is_file()
        return preload() if preload is not None and built else None

    def warm_up(self) -> None:
        """Load the model, the lexical index and the embedded intent examples now rather than on the
        first question.

        The model (importing torch and sentence-transformers, reading the weights) is most of a cold
        start, so it loads in a background thread while this one opens the index, loads Kiwi and the
        word index, loads the safety gate and reads the router's banks and the intent examples, whose
        vectors (and the banks' tokens) the build cached. Each part is loaded by one thread, so nothing
        is loaded twice; a cache that is missing or stale is computed here, waiting for the model."""
        loading = self.start_loading_model()
        self.require_index()
        with self._access.reading():
            from kb.index.lexical import tokenize

            tokenize("딥페이크")  # loads Kiwi (seconds), which every question's word search needs
            self.answerer.gate.model  # noqa: B018  (trains the safety gate from its cached example embeddings)
            self.answerer.router.calibration  # noqa: B018  (loads the question banks' cached embeddings)
            self.answerer.router.content  # noqa: B018  (the cards' stored chunk vectors, from the catalog)
            self.answerer.examples  # noqa: B018  (the labelled questions' vectors: cached by the build)
            if loading is not None:
                loading.join()
            self.retriever.query_vector("딥페이크")

    # ---- reading the stored sources ---------------------------------------------------------------
    def chunk(self, chunk_id: str) -> StoredChunk | None:
        with self._access.reading():
            return self.index.get(chunk_id)

    def statute_versions(self, law_key: str | None = None) -> list[StatuteVersion]:
        """Indexed statute versions (one law, or all), oldest promulgation first."""
        with self._access.reading():
            return self.index.versions(law_key)

    def statute_articles(self, version_id: str) -> list[Article]:
        """Every article of one indexed statute version, in the order of its text."""
        with self._access.reading():
            rows = self.index.version_articles(version_id)
            version = self.index.version(version_id)
        law_key = version.law_key if version else ""
        return [Article(law_key, version_id, article, chunks[0].record.article_title,
                        _article_text(chunks), [c.chunk_id for c in chunks]) for article, chunks in rows]

    def search_statutes(self, query: str, k: int = 10, as_of: str | None = None) -> list[StoredChunk]:
        """The statute chunks in force on ``as_of`` (default today) that best match a query."""
        self.require_index()
        filters = Filters(source_types=("statute",), **({"as_of": as_of} if as_of else {}))
        with self._access.reading():
            hits = self.retriever.search(query, k, filters)
            return [c for c in (self.index.get(h.chunk_id) for h in hits) if c is not None]

    def search(self, query: str, k: int | None = None, as_of: str | None = None, source_types: tuple[str, ...] = (),
               laws: tuple[str, ...] = ()) -> SearchResult:
        """The best chunks for a query with why each was found, and the date searched: the hybrid search of
        an answer, dated as `kb ask` dates it (see answer_date) and filtered the same way."""
        self.require_index()
        as_of = answer_date(query, as_of)
        filters = Filters(as_of=as_of, source_types=tuple(source_types), laws=tuple(laws))
        with self._access.reading():
            hits = self.retriever.search(query, k, filters)
            return SearchResult(as_of, [FoundChunk(h, c) for h, c in ((h, self.index.get(h.chunk_id)) for h in hits)
                                        if c is not None])

    def citable(self, chunk: StoredChunk, as_of: str) -> SourceReference:
        """What a reader needs to cite a chunk: its source, law, article and paragraph, the dates its
        wording was in force around ``as_of`` (for a statute; the publication date otherwise) and its URL —
        the version's own page when that wording is no longer in force, as in an answer's citations."""
        from kb.sources.statutes import OPEN_END, covers

        record = chunk.record
        article = record.article if record.source_type == "statute" else ""
        locator = record.locator
        effective_from, effective_to, url = record.date or None, None, record.url
        if record.source_type == "statute":
            span = covers(chunk.intervals, as_of) or (chunk.intervals[-1] if chunk.intervals else None)
            if span:
                effective_from, effective_to = span[0], None if span[1] == OPEN_END else span[1]
            if effective_to is not None:
                with self._access.reading():
                    versions = [v for v in self.index.chunk_versions(chunk.chunk_id) if v.effective <= effective_from]
                url = (versions[-1].version_url if versions else "") or url
        paragraph = locator[len(article):].strip() if article and locator.startswith(article) else ""
        return SourceReference(chunk.chunk_id, record.source_id, record.source_type, record.title, record.law_key,
                               article, paragraph, locator, effective_from, effective_to, url, record.language, as_of)

    def as_retriever(self, similarity_top_k: int | None = None, as_of: str | None = None,
                     source_types: tuple[str, ...] = (), laws: tuple[str, ...] = ()):
        """This knowledge base's search as a llama-index ``BaseRetriever``: see kb.llama."""
        require("llama_index.core", "llama-index-core", "The llama-index retriever")
        from kb.llama import KnowledgeRetriever

        return KnowledgeRetriever(self, similarity_top_k, check_date(as_of) if as_of else None, tuple(source_types),
                                  tuple(laws))

    def as_query_engine(self, persona: str | None = None, as_of: str | None = None,
                        similarity_top_k: int | None = None, source_types: tuple[str, ...] = (),
                        laws: tuple[str, ...] = ()):
        """This knowledge base's verified answers as a llama-index query engine: see kb.llama."""
        require("llama_index.core", "llama-index-core", "The llama-index query engine")
        from kb.llama import KnowledgeQueryEngine

        return KnowledgeQueryEngine(knowledge=self, persona=persona, as_of=check_date(as_of) if as_of else None,
                                    similarity_top_k=similarity_top_k,
                                    source_types=tuple(source_types), laws=tuple(laws))

    def history(self, law: str, article: str) -> ArticleHistory:
        """Every wording of an article, oldest first: see kb.law.history."""
        from kb.law.history import article_history
        from kb.sources.manifest import load_manifest

        with self._access.reading():
            return article_history(self.index, load_manifest(), law, article)

    def article(self, law: str, article: str, as_of: str | None = None) -> ArticleInForce:
        """The wording of an article in force on ``as_of`` (default today): one wording of `history`."""
        as_of = check_date(as_of) if as_of else date.today().isoformat()
        history = self.history(law, article)
        key, label, wordings = history.law, history.article, history.wordings
        if not wordings:
            raise KBError(f"{label} of {key} is not in the index (see `kb history` for the articles it holds)")
        current = next((w for w in wordings for start, end in w.periods if start <= as_of < (end or "9999-12-31")),
                       None)
        with self._access.reading():
            versions = [v for v in self.index.versions(key) if v.effective <= as_of]
        version = versions[-1] if versions else None
        found = ArticleInForce(key, version.title if version else key, label, as_of, current is not None,
                               periods=[period for w in wordings for period in w.periods])
        if current is not None:
            start, end = next((s, e) for s, e in current.periods if s <= as_of < (e or "9999-12-31"))
            found.text, found.effective_from, found.effective_to = current.text, start, end
            found.versions, found.penalties = list(current.versions), dict(current.penalties)
            if version:  # a wording no longer in force is linked to its own version's page
                found.url = (version.version_url if end is not None else "") or version.url
        return found

    def gaps(self, as_of: str):
        """The conduct × material × victim matrix on a date: see kb.law.gaps."""
        from kb.law.gaps import matrix
        from kb.sources.manifest import load_manifest

        with self._access.reading():
            return matrix(self.index, load_manifest(), as_of)

    def coverage(self, as_of: str | None = None):
        """Every provision and service people ask about, with the cards or statute engine that answer it
        and the eval items that test it: see kb.evaluation.coverage."""
        from kb.evaluation.coverage import coverage
        from kb.evaluation.scorer import load_items
        from kb.sources.cards import load_card
        from kb.sources.manifest import load_manifest

        cards = [load_card(path) for path in sorted(PROJECT_CARDS.glob("*.md"))]
        return coverage(self, load_manifest(), cards, load_items(), as_of)

    def stats(self) -> dict:
        with self._access.reading():
            return self.index.stats()


#: Longer than this, a "question" is a pasted document: it is refused before any model sees it (up to
#: here, the answer path reads the first MAX_QUESTION_CHARS characters).
MAX_QUESTION_INPUT = 20_000


def check_question(question: str) -> None:
    """Raise BadQuestion, with a polite message in Korean and English, for input no answer can come from:
    a pasted document (over MAX_QUESTION_INPUT characters), or nothing but control characters, symbols
    and emoji (no letter or digit)."""
    question = question or ""
    if len(question) > MAX_QUESTION_INPUT:
        raise BadQuestion(
            f"The question is too long ({len(question):,} characters): please ask again in at most "
            f"{MAX_QUESTION_CHARS:,} characters.",
            f"질문이 너무 깁니다({len(question):,}자). {MAX_QUESTION_CHARS:,}자 이내로 줄여서 다시 물어봐 주세요.")
    if not any(unicodedata.category(ch)[0] in "LN" for ch in question):
        raise BadQuestion("The question has no words in it: please ask in words, in Korean or English.",
                          "질문에 글자가 없습니다. 한국어나 영어 문장으로 물어봐 주세요.")


def answer_date(question: str, as_of: str | None = None) -> str:
    """The date a search or answer for ``question`` is about, decided as the answerer decides it: the
    one asked, else the one the question's words imply ("2020년 6월 당시"), else today."""
    from kb.answer.understanding import implied_date

    return check_date(as_of) if as_of else implied_date(question) or date.today().isoformat()


def check_date(text: str) -> str:
    """An ISO date (YYYY-MM-DD), or KBError with the message the command line gives for one that is not."""
    try:
        return date.fromisoformat(text).isoformat()
    except (TypeError, ValueError):
        raise KBError(f"not a date (YYYY-MM-DD): {text!r}") from None


class Access:
    """Many readers at once, or one writer alone (reentrant for the writer's thread, which may also read).
    Answers are readers: the catalog connection (SQLite in serialised mode), Chroma and the model serve
    several threads; per-answer state lives in each thread."""

    def __init__(self):
        self._changed = threading.Condition()
        self._readers = 0
        self._writer: int | None = None
        self._depth = 0

    @contextmanager
    def reading(self):
        me = threading.get_ident()
        with self._changed:
            inside_write = self._writer == me
            if not inside_write:
                while self._writer is not None:
                    self._changed.wait()
                self._readers += 1
        try:
            yield
        finally:
            if not inside_write:
                with self._changed:
                    self._readers -= 1
                    if not self._readers:
                        self._changed.notify_all()

    @contextmanager
    def writing(self):
        me = threading.get_ident()
        with self._changed:
            if self._writer == me:
                self._depth += 1
            else:
                while self._writer is not None or self._readers:
                    self._changed.wait()
                self._writer, self._depth = me, 1
        try:
            yield
        finally:
            with self._changed:
                self._depth -= 1
                if not self._depth:
                    self._writer = None
                    self._changed.notify_all()


def _article_text(chunks: list[StoredChunk]) -> str:
    """An article's text from its chunks: the first whole, the rest without their repeated heading."""
    first, rest = chunks[0], chunks[1:]
    return "\n".join([first.text] + [c.text[c.record.body_start:] for c in rest])
