"""What an answer is made of: its lines (claims), the exact span of a stored chunk each rests on (units),
the numbered citations and the answer itself, as the `kb ask --json` contract gives them."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from kb.index.catalog import StoredChunk


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
    #: For a line backed by a knowledge card: the law the card rests on, as in force on the answer's date —
    #: [{chunk_id, source_id, title, locator, quote, url, effective_from, effective_to}], each quote an exact
    #: span of a stored statute chunk. Empty for a statute, guidance or news citation.
    primary: list[dict] = field(default_factory=list)


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
    #: Why a request was refused: {"category": make|find|spread|sell|evade|identify|extort|groom,
    #: "layer": rule|model, "score": the model's probability}; None when answered.
    refusal: dict | None = None
    #: What the answer is not (legal advice); interfaces show it once, apart from the answer.
    notice: str = ""
    #: The knowledge card the question was routed to by its question bank: {"card", "confidence",
    #: "runner_up"}; None when no card was confident enough (the answer is then drawn from retrieval).
    route: dict | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def question_id(question: str) -> str:
    return "q-" + hashlib.sha256(question.encode("utf-8")).hexdigest()[:12]


@dataclass
class Unit:
    """A candidate sentence: where it sits in which chunk, and how well it answers."""

    hit_rank: int
    chunk: StoredChunk
    start: int
    text: str
    score: float = 0.0


@dataclass
class Claim:
    """One line of an answer: what it says, and the exact span of a stored chunk it rests on."""

    text: str
    unit: Unit
    kind: str = "quote"  # direct | quote | penalty | history | note | step
