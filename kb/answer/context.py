"""What the answer's steps share: the index and its searches, the law manifest and glossary, the cards' law,
and what one answer keeps while it is composed. One object, passed explicitly, so that a strategy module
reads what it needs without holding the whole `Answerer`."""
from __future__ import annotations

import math
import threading
from pathlib import Path

import numpy as np

from kb.answer.records import Unit
from kb.answer.units import LIST_ITEM, detect_language, plain
from kb.errors import BadSource
from kb.index.embedding import cached_vectors, embed_queries, model_fingerprint
from kb.index.lexical import tokenize
from kb.index.store import Index
from kb.law.provisions import wording_intervals, wording_since
from kb.search.retrieval import Retriever
from kb.sources.cards import Card, load_card
from kb.sources.manifest import load_manifest


class AnswerContext:
    """The retriever, its index and settings, the laws' manifest and the glossary, with the caches an
    answer reads more than once."""

    def __init__(self, retriever: Retriever):
        self.retriever = retriever
        self.index: Index = retriever.index
        self.settings = retriever.settings
        self.laws = load_manifest()
        self.glossary = retriever.glossary
        self._card_sources: dict[str, list[dict]] = {}
        self._cards: dict[str, Card | None] = {}
        self._resting: dict[tuple[str, str], int] | None = None  # (law, article) → cards resting on it
        #: What one answer keeps while it is composed (the law its card lines rest on), per thread: web
        #: users' answers run side by side.
        self.answering = threading.local()
        self._line_vectors: dict[str, np.ndarray] | None = None
        self._line_vectors_lock = threading.Lock()

    def begin(self, question: str, understanding=None) -> None:
        """Start one answer: its caches (`kept`) are kept for that answer only (an ingest may change what is in force),
        with the question and what was understood of it."""
        self.answering.__dict__.clear()
        self.answering.primary = {}
        self.answering.asked, self.answering.question, self.answering.lines = {}, question, {}
        self.answering.understanding = understanding

    def kept(self, name: str) -> dict:
        """This thread's answer's cache called ``name``."""
        return self.answering.__dict__.setdefault(name, {})

    def coverage(self, question: str, text: str, collection: int = 0) -> float:
        """How much of the question's words (IDF-weighted) ``text`` holds, 0–1; ``collection`` as in
        `LexicalIndex.idf`."""
        lexical = self.retriever.lexical
        wanted = set(tokenize(question))
        total = math.fsum(lexical.idf(t, collection) for t in wanted)
        return math.fsum(lexical.idf(t, collection) for t in wanted & set(tokenize(text))) / total if total else 0.0

    def card_law(self, card: str) -> list[dict]:
        """The statute sources a card names (law, article, paragraph), in the card's order, an older wording of
        an article after it: a card names the wording in force first ("제14조의3, version 2024-10-16") and the
        one it replaced after ("version 2024-01-16")."""
        if card not in self._card_sources:
            sources = self._card(card).sources if self._card(card) else []
            laws = [s for s in sources if "law" in s and "article" in s]
            self._card_sources[card] = sorted(laws, key=lambda s: _superseded(s, laws))
        return self._card_sources[card]

    def cards_resting_on(self, law: str, article: str) -> int:
        """How many of the index's cards name ``article`` of ``law`` among their sources: the field's own articles
        (the Sexual Violence Punishment Act's 제14조의3, not the Teachers' Status Act's article of that number)."""
        if self._resting is None:
            counts: dict[tuple[str, str], int] = {}
            for card in self.index.source_ids("card"):
                for source in {(s["law"], str(s["article"])) for s in self.card_law(card)}:
                    counts[source] = counts.get(source, 0) + 1
            self._resting = counts
        return self._resting.get((law, article), 0)

    def card_subject(self, card: str) -> dict | None:
        """The statute source a card names first, in its own order: the provision the card is about (a card on the
        deepfake article's history names its first wording first; `card_law` puts that wording after the threats
        article in force today)."""
        sources = self._card(card).sources if self._card(card) else []
        return next((s for s in sources if "law" in s and "article" in s), None)

    def card_reports_first(self, card: str) -> bool:
        """Whether a card rests first on reports (figures from a survey or the news), not on a law."""
        sources = self._card(card).sources if self._card(card) else []
        return bool(sources) and "report" in sources[0]

    def card_title(self, card: str, language: str) -> str:
        """A card's title question in the language ("" when the card cannot be read)."""
        read = self._card(card)
        return (read.title_en if language == "en" else read.title_ko) if read else ""

    def card_topics(self, card: str) -> list[str]:
        """The topics a card's front matter names ("teacher-victim", "under-13", …)."""
        return self._card(card).topics if self._card(card) else []

    def _card(self, card: str) -> Card | None:
        """A card as its stored file reads (read once; None when it is not in the index or cannot be read)."""
        if card not in self._cards:
            path = self.index.source_path(card)
            try:
                self._cards[card] = load_card(Path(path)) if path else None
            except (OSError, BadSource):
                self._cards[card] = None
        return self._cards[card]

    def card_lines(self, card: str) -> list[Unit]:
        """Every body line of a card once, in the card's order, each placed in its stored chunk (read once
        per answer: choosing the points and citing each of them both need them)."""
        cache = self.kept("lines")
        if card not in cache:
            cache[card] = self._read_card_lines(card)
        return cache[card]

    def _read_card_lines(self, card: str) -> list[Unit]:
        units: list[Unit] = []
        seen: set[str] = set()
        for chunk in self.index.source_chunks(card):
            offset = chunk.record.body_start
            for line in chunk.text[offset:].split("\n"):
                text = line.strip()
                if text and text not in seen:
                    seen.add(text)
                    units.append(Unit(0, chunk, offset + len(line) - len(line.lstrip()), text, 1.0))
                offset += len(line) + 1
        # chunks overlap, and a chunk may start or end inside a line: that piece is the start or the end of a
        # line the next or previous chunk holds whole (81 such pieces in 57 cards), and is no line of its own
        whole = [u.text for u in units]
        return [u for u in units if not any(len(other) > len(u.text) and (other.startswith(u.text) or
                                                                          other.endswith(u.text)) for other in whole)]

    def line_similarity(self, question_vector, line: str) -> float | None:
        """Cosine similarity of a question and an English card line (None for a line without a vector)."""
        vector = self.card_line_vectors().get(line)
        return None if vector is None else float(vector @ np.asarray(question_vector, dtype=np.float32))

    def card_line_vectors(self) -> dict[str, np.ndarray]:
        """The embedding of every English card line, by its text. English questions and card lines share
        few word forms with the Korean-tuned word index (a question says "if nobody complains", the line
        "without a request"), so their meaning helps choose a card's points. Embedded as queries, once for the
        whole index, at build time, and cached with the model's fingerprint and the lines' text."""
        with self._line_vectors_lock:
            if self._line_vectors is None:
                lines = sorted({u.text for card in self.index.source_ids("card") for u in self._read_card_lines(card)
                                if detect_language(u.text) == "en"})
                shown = [plain(LIST_ITEM.sub("", line, count=1)) for line in lines]
                embedder = self.retriever.embedder
                vectors = cached_vectors(lambda texts: embed_queries(embedder, texts), model_fingerprint(self.settings),
                                         shown, self.settings.example_cache_dir, "lines") if lines else []
                self._line_vectors = dict(zip(lines, np.asarray(vectors, dtype=np.float32)))
            return self._line_vectors

    def wording_since(self, unit: Unit, as_of: str) -> str:
        """Since when this exact paragraph wording has been in force (across versions that kept it)."""
        return wording_since(self.index, unit.chunk, unit.text, as_of)

    def wording_intervals(self, unit: Unit) -> list[tuple[str, str]]:
        return wording_intervals(self.index, unit.chunk, unit.text)


def _version(source: dict) -> str:
    version = str(source.get("version", "current"))
    return "9999-12-31" if version == "current" else version


def _superseded(source: dict, sources: list[dict]) -> bool:
    """Whether a card names a later wording of the same article than ``source``'s."""
    return any(other["law"] == source["law"] and str(other["article"]) == str(source["article"])
               and _version(other) > _version(source) for other in sources)
