"""Answers: extractive, every sentence tied to a numbered citation that quotes its chunk exactly.

No generative model: the answer is made of the retrieved sources' own sentences, chosen by how much
of the question they cover, in the question's language where the sources allow. Before output every
quote is checked to be an exact span of its stored chunk; a citation that fails is dropped.
"""
from __future__ import annotations

import hashlib
import re
import time
from dataclasses import asdict, dataclass, field
from datetime import date

from kb.documents import detect_language as detect_text_language
from kb.index import Index, StoredChunk
from kb.lexical import tokenize
from kb.retrieval import Filters, Hit, Retriever
from kb.safety import ABSTAIN, HELP, NOT_ADVICE, REFUSAL, check_request
from kb.statutes import OPEN_END, covers

PERSONAS = ("victim", "staff", "aide")
MAX_QUESTION_CHARS = 2000


@dataclass
class Citation:
    n: int
    chunk_id: str
    source_id: str
    source_type: str
    title: str
    locator: str
    quote: str
    url: str
    effective_from: str | None
    effective_to: str | None


@dataclass
class Answer:
    id: str
    question: str
    language: str
    persona: str
    as_of: str
    answer: str
    citations: list[Citation] = field(default_factory=list)
    abstained: bool = False
    refused: bool = False
    timings_ms: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def detect_language(text: str) -> str:
    """'ko' or 'en' for a question or sentence (English when there are no letters at all)."""
    return detect_text_language(text) or "en"


def question_id(question: str) -> str:
    return "q-" + hashlib.sha256(question.encode("utf-8")).hexdigest()[:12]


@dataclass
class _Unit:
    """A candidate sentence: where it sits in which chunk, and how well it answers."""

    hit_rank: int
    chunk: StoredChunk
    start: int
    text: str
    score: float = 0.0


def _sentences(line: str) -> list[tuple[int, str]]:
    """Sentences of one line with their offsets; never split inside parentheses or quotes."""
    found, depth, begin = [], 0, 0
    for i, char in enumerate(line):
        if char in "(「『“[":
            depth += 1
        elif char in ")」』”]" and depth:
            depth -= 1
        elif char in ".?!" and depth == 0 and i + 1 < len(line) and line[i + 1] == " " and i > 0 \
                and not line[i - 1].isdigit():
            found.append((begin, line[begin:i + 1]))
            begin = i + 2
    found.append((begin, line[begin:]))
    return found


def split_units(chunk: StoredChunk) -> list[tuple[int, str]]:
    """Citable units of a chunk's body as (offset in chunk text, text).

    A statute's unit is a line — a paragraph (항) or an item (호) — quoted whole with its amendment
    tag; prose is split into sentences.
    """
    units: list[tuple[int, str]] = []
    body_start = chunk.record.get("body_start", 0)
    statute = chunk.record.get("source_type") == "statute"
    offset = body_start
    for line in chunk.text[body_start:].split("\n"):
        pieces = [(0, line)] if statute else _sentences(line)
        for at, piece in pieces:
            stripped = piece.strip()
            if stripped:
                units.append((offset + at + len(piece) - len(piece.lstrip()), stripped))
        offset += len(line) + 1
    return units


class Answerer:
    """Answers questions from one index; models and lexical index are loaded once."""

    def __init__(self, retriever: Retriever):
        self.retriever = retriever
        self.index: Index = retriever.index
        self.settings = retriever.settings

    def ask(self, question: str, persona: str | None = None, as_of: str | None = None, k: int | None = None,
            qid: str | None = None, filters: Filters | None = None) -> Answer:
        started = time.perf_counter()
        question = " ".join((question or "").split())
        if not question:
            raise ValueError("the question is empty")
        if len(question) > MAX_QUESTION_CHARS:
            question = question[:MAX_QUESTION_CHARS]
        as_of = as_of or date.today().isoformat()
        language = detect_language(question)
        persona = persona if persona in PERSONAS else "victim"
        result = Answer(qid or question_id(question), question, language, persona, as_of, "")
        timings: dict = {}
        filters = filters or Filters(as_of=as_of)

        if check_request(question):
            result.refused = True
            evidence = self.retriever.search("허위영상물 편집 반포 소지 시청 처벌 징역", 3,
                                             Filters(as_of=as_of, source_types=("statute",)))
            citations = self._cite([u for u in self._units(evidence, "허위영상물 편집 반포 소지 시청 징역", "ko")][:1],
                                   as_of)
            result.citations = citations
            quoted = "".join(f"\n- {c.quote} [{c.n}]" for c in citations)
            result.answer = f"{REFUSAL[language]}{quoted}\n\n{HELP[language]}"
        else:
            hits = self.retriever.search(question, k, filters, timings)
            if not self._relevant(hits, question):
                result.abstained = True
                result.answer = f"{ABSTAIN[language]}\n\n{HELP[language]}"
            else:
                units = self._select(self._units(hits, question, language))
                result.citations = self._cite(units, as_of)
                if not result.citations:
                    result.abstained = True
                    result.answer = f"{ABSTAIN[language]}\n\n{HELP[language]}"
                else:
                    result.answer = self._compose(result, language, persona)
        timings["total_ms"] = round((time.perf_counter() - started) * 1000, 1)
        result.timings_ms = timings
        return result

    # ---- relevance -----------------------------------------------------------------------------
    def _relevant(self, hits: list[Hit], question: str) -> bool:
        """Whether retrieval found anything that bears on the question.

        Relevant when the best dense similarity clears ``min_relevance``, or comes close to it while one
        of the top chunks holds at least ``min_coverage`` of the question's words (IDF-weighted).
        """
        if not hits:
            return False
        best_dense = max((h.dense for h in hits if h.dense is not None), default=0.0)
        if best_dense >= self.settings.min_relevance:
            return True
        if best_dense < self.settings.min_relevance - self.settings.relevance_margin:
            return False
        return max(self._coverage(question, self.index.get(h.chunk_id).text) for h in hits[:3]) \
            >= self.settings.min_coverage

    def _coverage(self, question: str, text: str) -> float:
        idf = self.retriever.lexical.idf
        wanted = set(tokenize(question))
        total = sum(idf(t) for t in wanted)
        return sum(idf(t) for t in wanted & set(tokenize(text))) / total if total else 0.0

    # ---- sentence selection ----------------------------------------------------------------------
    def _units(self, hits: list[Hit], question: str, language: str) -> list[_Unit]:
        query_tokens = set(tokenize(question))
        idf = self.retriever.lexical.idf
        weight = sum(idf(t) for t in query_tokens) or 1.0
        units: list[_Unit] = []
        for rank, hit in enumerate(hits):
            chunk = self.index.get(hit.chunk_id)
            if chunk is None:
                continue
            prior = 1.0 / (1 + rank)
            for start, sentence in split_units(chunk):
                tokens = set(tokenize(sentence))
                overlap = sum(idf(t) for t in query_tokens & tokens) / weight
                same_language = detect_language(sentence) == language
                score = 0.6 * overlap + 0.3 * prior + (0.1 if same_language else 0.0)
                if len(sentence) < 12:
                    score *= 0.5
                units.append(_Unit(rank, chunk, start, sentence, score))
        return units

    def _select(self, units: list[_Unit], limit: int = 4) -> list[_Unit]:
        """Best sentences, one copy of each wording, at most two per chunk, in reading order."""
        if not units:
            return []
        best = max(u.score for u in units)
        chosen: list[_Unit] = []
        seen: set[str] = set()
        per_chunk: dict[str, int] = {}
        for unit in sorted(units, key=lambda u: -u.score):
            key = re.sub(r"\s+|<[^>]+>", "", unit.text)
            if unit.score < 0.5 * best or key in seen or per_chunk.get(unit.chunk.chunk_id, 0) >= 2:
                continue
            seen.add(key)
            per_chunk[unit.chunk.chunk_id] = per_chunk.get(unit.chunk.chunk_id, 0) + 1
            chosen.append(unit)
            if len(chosen) == limit:
                break
        return sorted(chosen, key=lambda u: (u.hit_rank, u.start))

    # ---- citations -----------------------------------------------------------------------------
    def _cite(self, units: list[_Unit], as_of: str) -> list[Citation]:
        citations: list[Citation] = []
        for unit in units:
            stored = self.index.get(unit.chunk.chunk_id)
            if stored is None or stored.text[unit.start:unit.start + len(unit.text)] != unit.text:
                continue  # not an exact span of the stored chunk: never shown
            record = stored.record
            locator = next((label for label, s, e in record.get("spans", []) if s <= unit.start < e),
                           record["locator"])
            url, effective_from, effective_to = record.get("url", ""), record.get("date") or None, None
            if record["source_type"] == "statute":
                span = covers(stored.intervals, as_of) or (stored.intervals[-1] if stored.intervals else None)
                if span:
                    effective_from, effective_to = span[0], None if span[1] == OPEN_END else span[1]
                version = self._version_in_force(stored.chunk_id, as_of)
                if version and effective_to is not None:
                    url = version["version_url"] or url
            citations.append(Citation(len(citations) + 1, stored.chunk_id, record["source_id"],
                                      record["source_type"], record["title"], locator, unit.text, url,
                                      effective_from, effective_to))
        return citations

    def _version_in_force(self, chunk_id: str, as_of: str) -> dict | None:
        versions = [v for v in self.index.chunk_versions(chunk_id) if v["effective"] <= as_of]
        return max(versions, key=lambda v: (v["promulgated"], v["promulgation_no"]), default=None)

    # ---- composition ---------------------------------------------------------------------------
    def _compose(self, result: Answer, language: str, persona: str) -> str:
        if language == "ko":
            intro = f"{result.as_of} 기준으로 제 자료에서 찾은 근거입니다:"
        else:
            intro = f"What my sources say (as of {result.as_of}; Korean originals are quoted where no English source exists):"
        lines = [intro]
        for citation in result.citations:
            where = f"{citation.title} {citation.locator}".strip()
            lines.append(f"- {citation.quote} [{citation.n}] ({where})")
        parts = ["\n".join(lines), f"{NOT_ADVICE[language]} {HELP[language]}"]
        if persona == "victim":
            parts.reverse()
        return "\n\n".join(parts)

