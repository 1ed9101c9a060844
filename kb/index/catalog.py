"""The catalog: a SQLite file of what the index holds, beside the vectors (`kb.index.vectors`).

It knows every source file by content hash (so re-ingesting is free), every statute version with the
dates that order it, which versions contain which chunk, each chunk's text, lexical tokens and the date
intervals during which it was law. This module holds its schema, as numbered migration steps recorded in
``PRAGMA user_version``, and the chunk record read back from it; `kb.index.store.Index` reads and writes it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, fields
from pathlib import Path

from kb.errors import KBError
from kb.index.chunking import passage
from kb.sources.statutes import OPEN_END

ALWAYS = [("0000-01-01", OPEN_END)]

# sources.content_hash holds the file's sha256 plus the pipeline version that chunked it.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source_id TEXT NOT NULL, source_type TEXT,
    title TEXT, version_id TEXT, meta TEXT, chunks INTEGER, ingested_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS versions (
    version_id TEXT PRIMARY KEY, law_key TEXT NOT NULL, title TEXT, kind TEXT, effective TEXT,
    promulgated TEXT, promulgation_no INTEGER, url TEXT, version_url TEXT, path TEXT);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, source_id TEXT NOT NULL, text TEXT NOT NULL, record TEXT NOT NULL,
    tokens TEXT NOT NULL, intervals TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chunk_versions (
    chunk_id TEXT NOT NULL, version_id TEXT NOT NULL, article TEXT NOT NULL DEFAULT '', starts TEXT,
    PRIMARY KEY (chunk_id, version_id));
CREATE INDEX IF NOT EXISTS chunks_by_source ON chunks(source_id);
CREATE INDEX IF NOT EXISTS versions_by_law ON versions(law_key);
"""


def _add_delay_columns(db: sqlite3.Connection) -> None:
    """chunk_versions learns each chunk's article and the day a 부칙 delays it to (catalogs written before
    부칙 delays were tracked lack both)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(chunk_versions)")}
    if "article" not in columns:
        db.execute("ALTER TABLE chunk_versions ADD COLUMN article TEXT NOT NULL DEFAULT ''")
    if "starts" not in columns:
        db.execute("ALTER TABLE chunk_versions ADD COLUMN starts TEXT")


def _add_pending_validity(db: sqlite3.Connection) -> None:
    """Laws whose in-force dates must be recomputed: written with a version, cleared once its dates are,
    so an ingest killed in between is finished by the next one."""
    db.execute("CREATE TABLE IF NOT EXISTS pending_validity (law_key TEXT PRIMARY KEY)")
    # An older catalog may hold a version whose dates were never computed (an ingest killed before the
    # end); recomputing every law once is cheap and makes sure.
    db.execute("INSERT OR IGNORE INTO pending_validity SELECT DISTINCT law_key FROM versions")


def _add_source_chunks(db: sqlite3.Connection) -> None:
    """Which chunks each recorded file holds. Chunks used to be owned by their source id, so a document held
    at two paths (a copy, a card reachable by two paths) kept the chunks of its older text after one copy
    changed. Statute files get their version's chunks; prose files their source's, which for a document
    held at several paths may include chunks of an older text: those files are read again by the next
    ingest (their recorded hash is cleared; unchanged chunks are linked, not embedded). Chunks no file
    holds are queued for the next writer to delete, from the catalog and from Chroma."""
    db.execute("CREATE TABLE IF NOT EXISTS source_chunks (path TEXT NOT NULL, chunk_id TEXT NOT NULL,"
               " PRIMARY KEY (path, chunk_id))")
    db.execute("CREATE INDEX IF NOT EXISTS source_chunks_by_chunk ON source_chunks(chunk_id)")
    db.execute("CREATE TABLE IF NOT EXISTS unowned_chunks (chunk_id TEXT PRIMARY KEY)")
    db.execute("INSERT OR IGNORE INTO source_chunks SELECT s.path, cv.chunk_id FROM sources s"
               " JOIN chunk_versions cv ON cv.version_id = s.version_id WHERE COALESCE(s.version_id, '') != ''")
    db.execute("INSERT OR IGNORE INTO source_chunks SELECT s.path, c.chunk_id FROM sources s"
               " JOIN chunks c ON c.source_id = s.source_id WHERE COALESCE(s.version_id, '') = ''")
    db.execute("UPDATE sources SET content_hash = '' WHERE COALESCE(version_id, '') = '' AND source_id IN"
               " (SELECT source_id FROM sources WHERE COALESCE(version_id, '') = '' GROUP BY source_id"
               "  HAVING COUNT(*) > 1)")
    db.execute("INSERT OR IGNORE INTO unowned_chunks SELECT chunk_id FROM chunks"
               " WHERE chunk_id NOT IN (SELECT chunk_id FROM source_chunks)")


#: The catalog's schema, as numbered steps; `PRAGMA user_version` records how many were applied. A step
#: must be safe on a catalog written before versioning (user_version 0), whose tables may exist already.
MIGRATIONS = (
    lambda db: db.executescript(_SCHEMA),
    _add_delay_columns,
    _add_pending_validity,
    _add_source_chunks,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection, path: Path | str = "catalog") -> int:
    """Bring a catalog forward to SCHEMA_VERSION, each step in its own transaction; return the version
    found. A catalog from a newer kb is refused rather than written with an older schema."""
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise KBError(f"{path}: catalog schema {found} was written by a newer kb (this one knows up to "
                      f"{SCHEMA_VERSION}); upgrade kb or rebuild the index")
    for number in range(found, SCHEMA_VERSION):
        try:
            with db:
                MIGRATIONS[number](db)
                db.execute(f"PRAGMA user_version = {number + 1}")
        except sqlite3.OperationalError as exc:  # e.g. a read-only copy of an older catalog
            raise KBError(f"{path}: cannot bring the catalog from schema {number} to {SCHEMA_VERSION} ({exc}); "
                          f"open it once where it is writable (kb stats), then copy it") from None
    return found


@dataclass(frozen=True)
class StatuteVersion:
    """One indexed version of a law (a row of ``versions``): its identity, the dates that order it and
    where it is published."""

    version_id: str  # the law key and the version's date, as the catalog keys it
    law_key: str  # "성폭력범죄의처벌등에관한특례법/법률"
    title: str
    kind: str  # 법률, 대통령령 …
    effective: str  # 시행일자
    promulgated: str  # 공포일자
    promulgation_no: int | None
    url: str  # the law's page
    version_url: str  # this version's own page
    path: str  # the file it was read from


def version_in_force(versions: list[StatuteVersion], as_of: str) -> StatuteVersion | None:
    """The version of one law in force on ``as_of``: among those in effect, the one promulgated last."""
    started = [v for v in versions if v.effective <= as_of]
    return max(started, key=lambda v: (v.promulgated, int(v.promulgation_no or 0)), default=None)


@dataclass(frozen=True)
class ChunkRecord:
    """What the catalog keeps about a chunk besides its text (`Chunk.record`, read back typed): its source,
    where it sits in it, and for a statute the article it belongs to. A field a catalog row lacks takes its
    default; the source-specific rest (a card's file, a statute's amendment marks) stays in ``extra``."""

    source_id: str = ""
    source_type: str = ""  # statute | news | guidance | card | report | document
    title: str = ""
    locator: str = ""  # "제14조의2 제4항", "p. 3"
    language: str = ""
    url: str = ""
    date: str = ""  # publication date for prose; blank for statutes (their dates are per version)
    law_key: str = ""
    deleted: bool = False
    body_start: int = 0  # offset in the text where the body starts, after the heading line
    spans: tuple[tuple[str, int, int], ...] = ()  # (locator, start, end) of each paragraph in the text
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict) -> ChunkRecord:
        """A catalog row's record, as `Chunk.record` wrote it (keys it does not know are ignored)."""
        values = {k: v for k, v in data.items() if k in _RECORD_FIELDS}
        values["spans"] = tuple(tuple(span) for span in data.get("spans", ()))
        return cls(**values)

    @property
    def article(self) -> str:
        """A statute chunk's article ("제14조의2"); blank for any other source."""
        return self.extra.get("article", "")

    @property
    def article_title(self) -> str:
        """A statute article's heading ("허위영상물 등의 반포등")."""
        return self.extra.get("article_title", "")

    @property
    def short_name(self) -> str:
        """A statute's short name (성폭력처벌법), as the embedding model reads it."""
        return self.extra.get("short_name", "")


_RECORD_FIELDS = frozenset(f.name for f in fields(ChunkRecord))


@dataclass
class StoredChunk:
    """A chunk as read back from the catalog."""

    chunk_id: str
    text: str
    record: ChunkRecord
    intervals: list[tuple[str, str]]

    @property
    def passage(self) -> str:
        """What the embedding model read for this chunk (`Chunk.passage`)."""
        return passage(self.text, self.record.title, self.record.short_name)

