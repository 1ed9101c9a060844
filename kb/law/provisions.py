"""Statute provisions as stored in the index: which paragraphs of an article were law on a date, and since when.

Shared by the answer engine (penalty answers) and the gap matrix, so both read the law the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.index.catalog import StoredChunk
from kb.index.store import Index
from kb.sources.statutes import covers, merge_intervals

#: Words in a statute paragraph that show which conduct it punishes.
CONDUCT_TERMS = {
    "make": ("편집", "합성", "가공", "제작"),
    "distribute": ("반포", "배포", "유포", "제공", "전시", "상영"),
    "sell": ("영리", "판매"),
    "possess": ("소지", "구입", "저장"),
    "view": ("시청",),
    "threaten": ("협박",),
    "coerce": ("강요", "권리행사를 방해"),
    "attempt": ("미수범",),
    "habitual": ("상습",),
    "confiscate": ("몰수", "추징"),
}
#: Articles that hold a conduct for every material: attempts and confiscation of proceeds.
CONDUCT_ARTICLES = {
    "attempt": (("성폭력범죄의처벌등에관한특례법/법률", "제15조"),),
    "confiscate": (("성폭력범죄의처벌등에관한특례법/법률", "제15조의3"),),
}
MATERIAL_TERMS = {"deepfake": ("허위영상물", "편집물"), "filmed": ("카메라", "촬영한 자"),
                  "csam": ("아동ㆍ청소년성착취물", "아동ㆍ청소년이용음란물")}
#: The article that punishes each kind of material, and the one on threats and coercion with it.
MATERIAL_ARTICLES = {
    "deepfake": (("성폭력범죄의처벌등에관한특례법/법률", "제14조의2"),),
    "filmed": (("성폭력범죄의처벌등에관한특례법/법률", "제14조"),),
    "csam": (("아동ㆍ청소년의성보호에관한법률/법률", "제11조"),),
}
THREAT_ARTICLES = {
    "deepfake": (("성폭력범죄의처벌등에관한특례법/법률", "제14조의3"),),
    "filmed": (("성폭력범죄의처벌등에관한특례법/법률", "제14조의3"),),
    "csam": (("아동ㆍ청소년의성보호에관한법률/법률", "제11조의2"),),
}
#: A clause that imposes a punishment (not one that merely mentions a sentence as a condition).
PRESCRIBES = re.compile(r"처한다|가중한다|처벌한다|몰수|추징")


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
        return next((label for label, s, e in record.get("spans", []) if s <= self.start < e), record["locator"])


def lines(chunk: StoredChunk) -> list[tuple[int, str]]:
    """The body lines of a statute chunk with their offsets (a line is a paragraph or an item)."""
    out, offset = [], chunk.record.get("body_start", 0)
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
    if record["source_type"] != "statute":
        return list(chunk.intervals)
    spans = [iv for other in index.article_chunks(record["source_id"], record["extra"].get("article", ""))
             if text in other.text for iv in other.intervals]
    return merge_intervals(spans or list(chunk.intervals))


def wording_since(index: Index, chunk: StoredChunk, text: str, as_of: str) -> str:
    return (covers(wording_intervals(index, chunk, text), as_of) or ("", ""))[0]
