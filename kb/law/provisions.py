"""Statute provisions as stored in the index: which paragraphs of an article were law on a date, and since when.

Shared by the answer engine (penalty answers) and the gap matrix, so both read the law the same way.
"""
from __future__ import annotations

from dataclasses import dataclass

from kb.index.catalog import StoredChunk
from kb.index.store import Index
from kb.sources.statutes import covers, merge_intervals


@dataclass(frozen=True)
class Provision:
    """One line (paragraph or item) of a stored statute chunk."""

    chunk: StoredChunk
    start: int  # offset of the line in the chunk text
    text: str

    @property
    def label(self) -> str:
        """The paragraph it belongs to ("제14조의2 제4항"), or the chunk's locator."""
        record = self.chunk.record
        return next((label for label, s, e in record.spans if s <= self.start < e), record.locator)


def lines(chunk: StoredChunk) -> list[tuple[int, str]]:
    """The body lines of a statute chunk with their offsets (a line is a paragraph or an item)."""
    out, offset = [], chunk.record.body_start
    for line in chunk.text[offset:].split("\n"):
        if line.strip():
            out.append((offset + len(line) - len(line.lstrip()), line.strip()))
        offset += len(line) + 1
    return out


def in_force(index: Index, law: str, article: str, as_of: str) -> list[Provision]:
    """Every line of an article as it read on ``as_of`` (empty if the article was not law then)."""
    return [Provision(chunk, start, text) for chunk in index.article_chunks(law, article)
            if covers(chunk.intervals, as_of) for start, text in lines(chunk)]


def wording_intervals(index: Index, chunk: StoredChunk, text: str) -> list[tuple[str, str]]:
    """When this exact line was law: across every version of its article that kept the wording."""
    record = chunk.record
    if record.source_type != "statute":
        return list(chunk.intervals)
    spans = [iv for other in index.article_chunks(record.source_id, record.article)
             if text in other.text for iv in other.intervals]
    return merge_intervals(spans or list(chunk.intervals))


def wording_since(index: Index, chunk: StoredChunk, text: str, as_of: str) -> str:
    return (covers(wording_intervals(index, chunk, text), as_of) or ("", ""))[0]
