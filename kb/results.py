"""What the public API (`kb.api.KnowledgeBase`) returns besides answers (`kb.answer.records.Answer`) and
stored chunks and versions (`kb.index.catalog`): an article of a version, an article in force on a date,
what a search found, and what a reader needs to cite a chunk. The MCP server and the llama-index adapter
turn them into JSON and metadata with ``dataclasses.asdict``."""
from __future__ import annotations

from dataclasses import dataclass, field

from kb.index.catalog import StoredChunk
from kb.search.retrieval import Hit


@dataclass
class Article:
    """One article of one statute version, as stored."""

    law_key: str
    version_id: str
    article: str
    title: str  # the article's heading, e.g. 허위영상물 등의 반포등
    text: str
    chunk_ids: list[str]


@dataclass
class ArticleInForce:
    """The wording of an article in force on a date, with the dates it was in force, the versions that printed
    it, its penalties and URL (`KnowledgeBase.article`, the MCP article tool). ``in_force`` is false (and
    ``text`` empty) when the article was not law on that date; ``periods`` then says when it was."""

    law: str  # the law key
    title: str
    article: str  # "제14조의2"
    as_of: str
    in_force: bool
    text: str = ""
    effective_from: str | None = None
    effective_to: str | None = None
    versions: list[str] = field(default_factory=list)  # "법률 제20459호 (공포 …, 시행 …)"
    penalties: dict[str, dict[str, str]] = field(default_factory=dict)  # "①" → {"ko": …, "en": …}
    url: str = ""
    periods: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass
class FoundChunk:
    """A chunk a search found, with why (`Hit`: its dense and word ranks and fused score)."""

    hit: Hit
    chunk: StoredChunk


@dataclass
class SearchResult:
    """What `KnowledgeBase.search` found, and the date it searched the law as of."""

    as_of: str
    found: list[FoundChunk]


@dataclass
class SourceReference:
    """What a reader needs to cite a chunk (`KnowledgeBase.citable`)."""

    chunk_id: str
    source_id: str
    source_type: str
    title: str
    law: str
    article: str
    paragraph: str
    locator: str
    effective_from: str | None
    effective_to: str | None
    url: str
    language: str
    as_of: str
