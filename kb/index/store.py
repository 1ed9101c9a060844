"""The index: the SQLite catalog (`kb.index.catalog`) and the Chroma vectors (`kb.index.vectors`),
written and read together by `Index`.

Writes are ordered so that an interrupted ingest leaves a usable index: chunks are stored before
the source that owns them is recorded, so a re-run finishes the job without re-embedding.

A chunk belongs to the files that hold it (``source_chunks``: a copy of a file, or two statute versions
that share an unchanged article, hold the same chunk). A chunk is deleted when the last file holding it
is forgotten or changed, so the catalog and Chroma hold exactly the chunks of the recorded files.
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from kb.errors import IndexBusy, IndexMissing
from kb.index.catalog import ALWAYS, ChunkRecord, StatuteVersion, StoredChunk, migrate
from kb.index.chunking import Chunk, dumps
from kb.index.vectors import open_collection, validity
from kb.settings import Settings
from kb.sources.statutes import VersionStamp, in_force_intervals, merge_intervals


@contextmanager
def _creating(root: Path, fresh: bool):
    """Two processes that open a data home with no store yet (two `kb ingest` started together) would both
    create the catalog's tables and Chroma's, and the second fails ("table collections already exists"):
    creation is serialised by a file lock. An existing store is opened without it (it may be read-only)."""
    if not fresh:
        yield
        return
    with open(root / "create.lock", "a", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        yield


#: The catalog's columns of a statute version, in `StatuteVersion`'s order.
_VERSION_COLUMNS = ",".join(f.name for f in fields(StatuteVersion))


class Index:
    """Open (or create) the index under ``settings.index_dir``."""

    def __init__(self, settings: Settings, create: bool = True):
        self.settings = settings
        root = settings.index_dir
        if not create and not (root / "catalog.sqlite").exists():
            raise IndexMissing(f"no index in {root}: run `kb build` or `kb ingest PATH` first")
        root.mkdir(parents=True, exist_ok=True)
        self._writer = threading.RLock()  # one writer thread in this process …
        self._write_lock, self._write_depth = None, 0  # … and one writer process per data home (a file lock)
        self._batch_depth = 0  # inside `batch`: catalog writes commit together at its end
        #: law key -> (the catalog's change stamp, article label -> its chunk ids): see `article_chunks`
        self._articles: dict[str, tuple[tuple[int, int], dict]] = {}
        with _creating(root, fresh=not (root / "catalog.sqlite").exists() or
                       (settings.chroma_mode != "http" and not (root / "chroma").exists())):
            self.db = sqlite3.connect(root / "catalog.sqlite", check_same_thread=False)
            migrate(self.db, root / "catalog.sqlite")
            self.client, self.collection = open_collection(settings, root)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self):
        """One catalog transaction, or a part of the `batch` under way, which commits once at its end."""
        if self._batch_depth:
            yield
            return
        with self.db:
            yield

    @contextmanager
    def batch(self):
        """Many catalog writes in one transaction, rolled back whole on an error. An ingest records its
        files in one: a commit costs about 5.5 ms on this machine's disk, and a full build recorded two per
        file (about 1,500)."""
        self._batch_depth += 1
        try:
            if self._batch_depth == 1:
                with self.db:
                    yield
            else:
                yield
        finally:
            self._batch_depth -= 1

    @contextmanager
    def writing(self):
        """Hold the data home's write lock while changing the index (reentrant). Two processes writing one
        store at once could interleave their catalog and vector writes, so a second writer is refused with
        IndexBusy, naming the process that holds the lock; readers never wait. The kernel drops the lock
        when its holder dies, even by kill -9, so a crash never leaves the data home locked."""
        with self._writer:
            if self._write_depth == 0:
                handle = open(self.settings.index_dir / "write.lock", "a+", encoding="utf-8")
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    handle.seek(0)
                    holder = handle.read().strip()
                    handle.close()
                    raise IndexBusy(f"another kb process{f' (pid {holder})' if holder else ''} is writing to "
                                    f"{self.settings.index_dir}: run this again when it has finished") from None
                handle.seek(0)
                handle.truncate()
                handle.write(str(os.getpid()))
                handle.flush()
                self._write_lock = handle
            self._write_depth += 1
            try:
                yield
            finally:
                self._write_depth -= 1
                if self._write_depth == 0:
                    self._write_lock.truncate(0)
                    self._write_lock.close()  # closing the file releases the lock
                    self._write_lock = None

    # ---- sources -------------------------------------------------------------------------------
    def source_fingerprint(self, path: str) -> str | None:
        """What the file at ``path`` held when it was ingested (content hash and pipeline version)."""
        row = self.db.execute("SELECT content_hash FROM sources WHERE path=?", (path,)).fetchone()
        return row[0] if row else None

    def record_source(self, fingerprint: str, source_id: str, path: str, source_type: str, title: str,
                      chunk_ids: list[str], version_id: str = "", meta: dict | None = None) -> str | None:
        """Record what the file at ``path`` holds now: its chunks (stored already) replace the ones an earlier
        content of it held, which are queued for `drop_unowned` in case no other file holds them. Return the
        law key whose in-force dates must be recomputed because a version of it is gone, if any."""
        with self._transaction():
            law = self._release(path, keep_version=version_id)
            self.db.execute(
                "INSERT OR REPLACE INTO sources (path, content_hash, source_id, source_type, title, version_id,"
                " meta, chunks) VALUES (?,?,?,?,?,?,?,?)",
                (path, fingerprint, source_id, source_type, title, version_id, dumps(meta or {}), len(chunk_ids)))
            self.db.executemany("INSERT OR IGNORE INTO source_chunks (path, chunk_id) VALUES (?,?)",
                                [(path, cid) for cid in chunk_ids])
        return law

    def paths_under(self, root: Path) -> list[str]:
        """Recorded source paths inside a folder (or equal to a file path)."""
        prefix = str(root.resolve())
        return [p for (p,) in self.db.execute("SELECT path FROM sources")
                if p == prefix or p.startswith(prefix.rstrip("/") + "/")]

    def forget_path(self, path: str, drop: bool = True) -> str | None:
        """Forget the file at ``path`` (gone, or no longer readable); return the law key whose in-force dates
        must be recomputed, if any. Its chunks that no other file holds are deleted, unless ``drop`` is
        false: an ingest drops them once at its end, after every file it read is recorded, since another
        file of the same ingest may hold them."""
        with self._transaction():
            law = self._release(path)
        if drop:
            self.drop_unowned()
        return law

    def _release(self, path: str, keep_version: str = "") -> str | None:
        """Inside a transaction: remove the file's record and its chunk membership, queue its chunks for
        `drop_unowned`, and drop its statute version if no other file holds it (unless it is
        ``keep_version``, which the file holds again)."""
        row = self.db.execute("SELECT source_id, version_id FROM sources WHERE path=?", (path,)).fetchone()
        if not row:
            return None
        source_id, version_id = row
        self.db.execute("INSERT OR IGNORE INTO unowned_chunks SELECT chunk_id FROM source_chunks WHERE path=?", (path,))
        self.db.execute("DELETE FROM source_chunks WHERE path=?", (path,))
        self.db.execute("DELETE FROM sources WHERE path=?", (path,))
        if not version_id or version_id == keep_version:
            return None
        if not self.db.execute("SELECT 1 FROM sources WHERE version_id=?", (version_id,)).fetchone():
            self.db.execute("DELETE FROM chunk_versions WHERE version_id=?", (version_id,))
            self.db.execute("DELETE FROM versions WHERE version_id=?", (version_id,))
            self.db.execute("INSERT OR IGNORE INTO pending_validity VALUES (?)", (source_id,))
        return source_id

    def drop_unowned(self) -> int:
        """Delete the queued chunks that no recorded file holds any more, from Chroma and then the catalog, so
        that both hold exactly the chunks of the files recorded. The queue is cleared in the same transaction
        as the catalog rows, so a run killed in between is finished by the next. Return how many went."""
        ids = [cid for (cid,) in self.db.execute(
            "SELECT chunk_id FROM unowned_chunks WHERE chunk_id NOT IN (SELECT chunk_id FROM source_chunks)")]
        for i in range(0, len(ids), 500):
            self.collection.delete(ids=ids[i:i + 500])
        with self._transaction():
            self.db.executemany("DELETE FROM chunks WHERE chunk_id=?", [(i,) for i in ids])
            self.db.executemany("DELETE FROM chunk_versions WHERE chunk_id=?", [(i,) for i in ids])
            self.db.execute("DELETE FROM unowned_chunks")
        return len(ids)

    # ---- chunks --------------------------------------------------------------------------------
    def missing(self, chunk_ids: list[str]) -> set[str]:
        """Those of ``chunk_ids`` not stored yet."""
        found: set[str] = set()
        for i in range(0, len(chunk_ids), 500):
            batch = chunk_ids[i:i + 500]
            marks = ",".join("?" * len(batch))
            found.update(r[0] for r in self.db.execute(f"SELECT chunk_id FROM chunks WHERE chunk_id IN ({marks})", batch))
        return set(chunk_ids) - found

    def add_chunks(self, chunks: list[Chunk], embeddings: list[list[float]], tokens: list[list[str]],
                   intervals: list[list[tuple[str, str]]] | None = None) -> None:
        """Store new chunks: vectors and filter metadata in Chroma, text and tokens in the catalog."""
        if not chunks:
            return
        intervals = intervals or [ALWAYS for _ in chunks]
        metadatas = [{**c.metadata(), **validity(iv)} for c, iv in zip(chunks, intervals)]
        self.collection.upsert(ids=[c.chunk_id for c in chunks], embeddings=embeddings,
                               documents=[c.text for c in chunks], metadatas=metadatas)
        with self._transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO chunks (chunk_id, source_id, text, record, tokens, intervals)"
                " VALUES (?,?,?,?,?,?)",
                [(c.chunk_id, c.source_id, c.text, dumps(c.record()), json.dumps(t, ensure_ascii=False), json.dumps(iv))
                 for c, t, iv in zip(chunks, tokens, intervals)])

    def get(self, chunk_id: str) -> StoredChunk | None:
        row = self.db.execute("SELECT chunk_id, text, record, intervals FROM chunks WHERE chunk_id=?",
                              (chunk_id,)).fetchone()
        if not row:
            return None
        return StoredChunk(row[0], row[1], ChunkRecord.from_dict(json.loads(row[2])),
                           [tuple(x) for x in json.loads(row[3])])

    def article_chunks(self, law_key: str, article: str) -> list[StoredChunk]:
        """Every stored chunk (any version) of one article of one law.

        An answer asks for about 15 articles, and each lookup read and parsed the record of every chunk of
        the law (thousands, over all its versions): 4 ms each, a tenth of a warm answer. The chunk ids of
        each article of a law are kept (`_articles`) until the catalog changes: this connection's own
        writes (``total_changes``) or another connection's commits (SQLite's ``data_version``)."""
        if article is None:
            return []
        stamp = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes)
        known = self._articles.get(law_key)
        if known is None or known[0] != stamp:
            by_article: dict = {}
            for chunk_id, label in self.db.execute(
                    "SELECT chunk_id, json_extract(record, '$.extra.article') FROM chunks WHERE source_id=?",
                    (law_key,)):
                by_article.setdefault(label, []).append(chunk_id)
            known = self._articles[law_key] = (stamp, by_article)
        return [chunk for chunk in map(self.get, known[1].get(article, ())) if chunk is not None]

    def source_path(self, source_id: str) -> str | None:
        """The file a source was last ingested from."""
        rows = self.db.execute("SELECT path FROM sources WHERE source_id=? ORDER BY ingested_at DESC",
                               (source_id,)).fetchall()
        return next((r[0] for r in rows if Path(r[0]).exists()), rows[0][0] if rows else None)

    def source_ids(self, source_type: str) -> list[str]:
        """The ids of the stored sources of one type ("card", "statute", …)."""
        rows = self.db.execute("SELECT DISTINCT source_id FROM chunks WHERE json_extract(record, '$.source_type')=?",
                               (source_type,)).fetchall()
        return sorted(r[0] for r in rows)

    def source_chunks(self, source_id: str) -> list[StoredChunk]:
        """Every stored chunk of one prose source, in the order of its text: by paragraph ("para 3–4"), and
        chunks of one long paragraph in the order its file was recorded with them (``source_chunks`` rows are
        written in the text's order), not in the order they were embedded: an edit re-embeds only the chunks
        it changed, which then come last in the catalog."""
        rows = self.db.execute("SELECT c.chunk_id, MIN(sc.rowid) FROM chunks c LEFT JOIN source_chunks sc"
                               " ON sc.chunk_id = c.chunk_id WHERE c.source_id=? GROUP BY c.chunk_id",
                               (source_id,)).fetchall()
        position = {chunk_id: place if place is not None else 0 for chunk_id, place in rows}
        chunks = [self.get(chunk_id) for chunk_id, _ in rows]

        def in_text(chunk: StoredChunk) -> tuple[int, int]:
            found = re.search(r"\d+", chunk.record.locator)
            return (int(found.group()) if found else 0, position[chunk.chunk_id])
        return sorted(chunks, key=in_text)

    def version_articles(self, version_id: str) -> list[tuple[str, list[StoredChunk]]]:
        """The articles of one statute version in the order of its text, each with its chunks."""
        articles: dict[str, list[StoredChunk]] = {}
        for chunk_id, article in self.db.execute(
                "SELECT chunk_id, article FROM chunk_versions WHERE version_id=? ORDER BY rowid", (version_id,)):
            chunk = self.get(chunk_id)
            if chunk is not None:
                articles.setdefault(article, []).append(chunk)
        return list(articles.items())

    def texts(self) -> list[str]:
        """Every stored chunk's text."""
        return [text for (text,) in self.db.execute("SELECT text FROM chunks")]

    def lexical_corpus(self, with_tokens: bool = True) -> tuple[list[str], list[list[str]], list[dict]]:
        """All chunk ids with their tokens (none without ``with_tokens``: a saved BM25 index has them) and
        the fields retrieval filters on."""
        ids, tokens, filters = [], [], []
        for chunk_id, record, toks, intervals in self.db.execute(
                f"SELECT chunk_id, record, {'tokens' if with_tokens else 'NULL'}, intervals FROM chunks"
                " ORDER BY chunk_id"):
            rec = json.loads(record)
            ids.append(chunk_id)
            if with_tokens:
                tokens.append(json.loads(toks))
            filters.append({"source_type": rec["source_type"], "law_key": rec["law_key"],
                            "deleted": rec["deleted"], "intervals": [tuple(x) for x in json.loads(intervals)]})
        return ids, tokens, filters

    # ---- statute versions ----------------------------------------------------------------------
    def record_version(self, version, members: list[tuple[str, str, str | None]]) -> None:
        """Record a statute version and its chunks as (chunk id, article, day a 부칙 delays it to or None)."""
        with self._transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO versions (version_id, law_key, title, kind, effective, promulgated,"
                " promulgation_no, url, version_url, path) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (version.version_id, version.law_key, version.title, version.kind, version.effective,
                 version.promulgated, version.promulgation_no, version.url, version.version_url, version.path))
            self.db.execute("DELETE FROM chunk_versions WHERE version_id=?", (version.version_id,))
            self.db.executemany("INSERT OR IGNORE INTO chunk_versions (chunk_id, version_id, article, starts)"
                                " VALUES (?,?,?,?)", [(cid, version.version_id, article, starts)
                                                      for cid, article, starts in members])
            self.db.execute("INSERT OR IGNORE INTO pending_validity VALUES (?)", (version.law_key,))

    def pending_laws(self) -> list[str]:
        """Laws whose in-force dates are not yet recomputed since a version of them was added or removed."""
        return [k for (k,) in self.db.execute("SELECT law_key FROM pending_validity ORDER BY law_key")]

    def versions(self, law_key: str | None = None) -> list[StatuteVersion]:
        sql = f"SELECT {_VERSION_COLUMNS} FROM versions"
        rows = self.db.execute(sql + (" WHERE law_key=?" if law_key else "") + " ORDER BY law_key, promulgated,"
                               " promulgation_no", (law_key,) if law_key else ()).fetchall()
        return [StatuteVersion(*r) for r in rows]

    def version(self, version_id: str) -> StatuteVersion | None:
        """One indexed statute version by its id (None if it is not indexed)."""
        row = self.db.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE version_id=?", (version_id,)).fetchone()
        return StatuteVersion(*row) if row else None

    def refresh_validity(self, law_key: str) -> None:
        """Recompute when each chunk of a law was in force, from all its known versions.

        A version applies from the day it is the version in force (see ``in_force_intervals``); an
        article whose 부칙 delays it applies from that later day, and until then the article's
        previous wording stays in force. An article a 부칙 brings in early (before the version's
        시행일자) applies from that day, and ends the previous wording's period there.
        """
        stamps = [VersionStamp(v.version_id, v.effective, v.promulgated, v.promulgation_no)
                  for v in self.versions(law_key)]
        timeline = sorted((start, end, version) for version, spans in in_force_intervals(stamps).items()
                          for start, end in spans)
        members: dict[str, dict[str, tuple[list[str], str | None]]] = {}
        for chunk_id, version_id, article, starts in self.db.execute(
                "SELECT cv.chunk_id, cv.version_id, cv.article, cv.starts FROM chunk_versions cv"
                " JOIN versions v USING (version_id) WHERE v.law_key=?", (law_key,)):
            ids, delay = members.setdefault(version_id, {}).get(article, ([], None))
            members[version_id][article] = (ids + [chunk_id], max(filter(None, (delay, starts)), default=None))
        spans: dict[str, list] = {cid: [] for (cid,) in self.db.execute(
            "SELECT chunk_id FROM chunks WHERE source_id=?", (law_key,))}
        applied: dict[str, list[str]] = {}  # article → chunks of the wording in force
        seen: set[str] = set()
        for start, end, version_id in timeline:
            articles = members.get(version_id, {})
            first_segment = version_id not in seen
            seen.add(version_id)
            for article in set(applied) - set(articles):
                del applied[article]  # the article is gone from this version
            for article, (ids, delay) in articles.items():
                if delay and delay < start and first_segment:  # a 부칙 brings this wording in early
                    for cid in applied.get(article, []):
                        if cid not in ids:
                            spans[cid] = [(s, min(e, delay)) for s, e in spans.get(cid, []) if s < delay]
                    for cid in ids:
                        spans.setdefault(cid, []).append((delay, start))
                switch = max(start, min(delay, end)) if delay else start
                if switch > start and applied.get(article):
                    for cid in applied[article]:
                        spans.setdefault(cid, []).append((start, switch))
                if switch < end:
                    for cid in ids:
                        spans.setdefault(cid, []).append((switch, end))
                    applied[article] = ids
        changed = []
        for chunk_id, pieces in spans.items():
            merged = merge_intervals(pieces)
            row = self.db.execute("SELECT intervals FROM chunks WHERE chunk_id=?", (chunk_id,)).fetchone()
            if row and json.loads(row[0]) != [list(x) for x in merged]:
                changed.append((chunk_id, merged))
        for i in range(0, len(changed), 500):
            batch = changed[i:i + 500]
            self.collection.update(ids=[c for c, _ in batch], metadatas=[validity(m) for _, m in batch])
        with self._transaction():
            self.db.executemany("UPDATE chunks SET intervals=? WHERE chunk_id=?",
                                [(json.dumps(m), c) for c, m in changed])
            self.db.execute("DELETE FROM pending_validity WHERE law_key=?", (law_key,))

    def chunk_versions(self, chunk_id: str) -> list[StatuteVersion]:
        ids = {r[0] for r in self.db.execute("SELECT version_id FROM chunk_versions WHERE chunk_id=?", (chunk_id,))}
        return [v for v in self.versions() if v.version_id in ids]

    def source_vectors(self, source_type: str) -> tuple[list[str], list]:
        """The stored embeddings of every chunk of one source type: (the source id of each, the vectors)."""
        got = self.collection.get(where={"source_type": source_type}, include=["embeddings", "metadatas"])
        return [m.get("source_id", "") for m in got["metadatas"]], got["embeddings"]

    # ---- reporting -----------------------------------------------------------------------------
    def stats(self) -> dict:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        by_type = dict(self.db.execute("SELECT source_type, COUNT(*) FROM sources GROUP BY source_type").fetchall())
        chunk_types = dict(self.db.execute(
            "SELECT json_extract(record, '$.source_type'), COUNT(*) FROM chunks GROUP BY 1").fetchall())
        laws = self.db.execute("SELECT law_key, title, COUNT(*), MIN(effective), MAX(effective) FROM versions"
                               " GROUP BY law_key ORDER BY law_key").fetchall()
        return {
            "home": str(self.settings.home),
            "sources": by_type,
            "laws": [{"law_key": k, "title": t, "versions": n, "first_effective": a, "last_effective": b}
                     for k, t, n, a, b in laws],
            "statute_versions": one("SELECT COUNT(*) FROM versions"),
            "chunks": one("SELECT COUNT(*) FROM chunks"),
            "chunks_by_type": chunk_types,
            "vectors": self.collection.count(),
            # Without version dedup every version would store its own copy of every article.
            "statute_chunks_without_dedup": one("SELECT COUNT(*) FROM chunk_versions"),
        }
