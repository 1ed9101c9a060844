"""Hybrid retrieval: dense vectors from Chroma plus BM25 over Korean morphemes, fused by reciprocal rank.

Filters apply to both sides before fusion: source type, law, and ``as_of`` — a statute chunk is a
candidate only if the version containing it was in force on that date. Other sources (news,
guidance, cards, documents) are not dated out.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from kb.index.lexical import LexicalIndex
from kb.index.store import Index
from kb.index.vectors import date_int
from kb.search.glossary import Glossary, default_glossary
from kb.sources.documents import detect_language
from kb.sources.statutes import covers


@dataclass
class Filters:
    as_of: str = field(default_factory=lambda: date.today().isoformat())
    source_types: tuple[str, ...] = ()
    laws: tuple[str, ...] = ()  # law keys, or a substring of one ("성폭력범죄의처벌")
    include_deleted: bool = False

    def accepts(self, source_type: str, law_key: str, deleted: bool, intervals) -> bool:
        if self.source_types and source_type not in self.source_types:
            return False
        if self.laws and not any(name in law_key for name in self.laws):
            return False
        if deleted and not self.include_deleted:
            return False
        return source_type != "statute" or covers(intervals, self.as_of) is not None

    def mask(self, fields: "FilterFields", coarse: bool = False) -> np.ndarray:
        """``accepts`` for every chunk at once. ``coarse`` checks what Chroma's metadata can (source type,
        deleted, and the date between a chunk's first and last day in force), as ``chroma_where`` does."""
        day = date_int(self.as_of)
        allowed = (fields.valid_from <= day) & (day < fields.valid_to)
        if self.source_types:
            allowed &= np.isin(fields.source_type, list(self.source_types))
        if not self.include_deleted:
            allowed &= ~fields.deleted
        if coarse:
            return allowed
        if self.laws:
            codes = [code for code, key in enumerate(fields.law_keys) if any(name in key for name in self.laws)]
            allowed &= np.isin(fields.law, codes)
        in_force = np.zeros(len(allowed), dtype=bool)  # a statute chunk: one of its intervals holds the day
        in_force[fields.span_chunk[(fields.span_from <= day) & (day < fields.span_to)]] = True
        return allowed & (in_force | ~fields.statute)

    def chroma_where(self) -> dict:
        day = date_int(self.as_of)
        clauses: list[dict] = [{"valid_from": {"$lte": day}}, {"valid_to": {"$gt": day}}]
        if self.source_types:
            clauses.append({"source_type": {"$in": list(self.source_types)}})
        if not self.include_deleted:
            clauses.append({"deleted": False})
        return {"$and": clauses}


class FilterFields:
    """The fields retrieval filters on, for every chunk of the catalog in its order, as arrays: a filter is
    then a few vector operations, not a Python loop over the chunks (15% of a search at 33,000 chunks)."""

    def __init__(self, filters: list[dict]):
        self.size = len(filters)
        self.source_type = np.array([f["source_type"] for f in filters], dtype=object)
        self.statute = self.source_type == "statute"
        self.law_keys = sorted({f["law_key"] for f in filters})
        codes = {key: code for code, key in enumerate(self.law_keys)}
        self.law = np.array([codes[f["law_key"]] for f in filters], dtype=np.int32)
        self.deleted = np.array([bool(f["deleted"]) for f in filters], dtype=bool)
        spans = [(position, date_int(start), date_int(end))
                 for position, f in enumerate(filters) for start, end in f["intervals"]]
        self.span_chunk, self.span_from, self.span_to = (np.array(column, dtype=np.int64) for column in
                                                         (zip(*spans) if spans else ((), (), ())))
        # What Chroma's metadata holds (kb.index.vectors.validity): the first day in force and the last day's end.
        self.valid_from = np.array([date_int(f["intervals"][0][0]) if f["intervals"] else 0 for f in filters],
                                   dtype=np.int64)
        self.valid_to = np.array([date_int(f["intervals"][-1][1]) if f["intervals"] else 0 for f in filters],
                                 dtype=np.int64)


@dataclass
class Hit:
    """One retrieved chunk with the evidence of why."""

    chunk_id: str
    score: float  # fused reciprocal-rank score
    dense: float | None = None  # cosine similarity to the question, when the dense side found it
    lexical: float | None = None  # BM25 score, when the lexical side found it
    dense_rank: int | None = None
    lexical_rank: int | None = None


class Retriever:
    """Searches one index with one embedding model; load once, query many times."""

    def __init__(self, index: Index, embedder, glossary: Glossary | None = None, expand_english: bool | None = None):
        self.index = index
        self.settings = index.settings
        self.embedder = embedder
        self.glossary = default_glossary() if glossary is None else glossary
        self.expand_english = self.settings.expand_english if expand_english is None else expand_english
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()
        self._vectors_lock = threading.Lock()
        self.reload()

    def query_vector(self, query: str) -> list[float]:
        """The query's embedding. One answer embeds its question several times over (routing, the intent
        examples, the search, the card's closest bank questions), so the 16 texts used last are kept, the
        least recently used going first. Web users' threads read at once, hence the lock."""
        with self._vectors_lock:
            if query in self._vectors:
                self._vectors.move_to_end(query)
                return self._vectors[query]
        vector = self.embedder.get_query_embedding(query)
        with self._vectors_lock:
            self._vectors[query] = vector
            while len(self._vectors) > 16:
                self._vectors.popitem(last=False)
        return vector

    def lexical_query(self, query: str) -> str:
        """The BM25 query: an English question gains the Korean statute terms of its glossary phrases."""
        if self.expand_english and (detect_language(query) or "en") == "en":
            return self.glossary.expand(query)
        return query

    def reload(self) -> None:
        """Load the lexical index of the chunks in the catalog (after an ingest): the BM25 index saved
        beside the catalog when it holds the same chunks, else one built from the stored tokens and saved."""
        ids, _, self._filters = self.index.lexical_corpus(with_tokens=False)

        def tokens() -> list[list[str]]:
            stored = dict(zip(*self.index.lexical_corpus()[:2]))
            return [stored.get(chunk_id, []) for chunk_id in ids]
        self.lexical = LexicalIndex.cached(self.settings.index_dir / "bm25", ids, tokens)
        self._fields = FilterFields(self._filters)
        self._position = {chunk_id: position for position, chunk_id in enumerate(ids)}

    def _allowed(self, filters: Filters) -> np.ndarray:
        return filters.mask(self._fields)

    #: Chroma is asked for this many times the candidates the filter is expected to let through, and again
    #: for four times as many when fewer passed; past this share of the collection it filters itself. A wide
    #: margin also widens the HNSW search: at 4, over 725 eval questions × 3 filters, the result matched the
    #: exact nearest neighbours more often than Chroma's filtered query did (1.5 matched them less often).
    DENSE_MARGIN = 4.0
    CHROMA_FILTERS_ABOVE = 0.25

    def dense(self, query: str, filters: Filters, limit: int) -> list[tuple[str, float]]:
        """The ``limit`` nearest chunks that pass the filter's coarse part (what Chroma's metadata holds),
        then those that pass all of it (law, and a statute's exact days in force).

        Chroma's own ``where`` filter costs most of a search at scale (81% at 33,000 chunks), so Chroma is
        asked for nearest neighbours without it, over a margin, and the catalog's arrays filter them; the
        result is the same. A filter that lets few chunks through (a handful of news reports) would need
        most of the collection that way, so Chroma filters those itself."""
        total = self.index.collection.count()
        if total == 0:
            return []
        vector = self.query_vector(query)
        coarse, passing = filters.mask(self._fields, coarse=True), filters.mask(self._fields)
        expected = max(int(coarse.sum()), 1) / max(self._fields.size, 1)
        wanted = min(total, int(limit / expected * self.DENSE_MARGIN) + 10)
        while True:
            if wanted > total * self.CHROMA_FILTERS_ABOVE and wanted < total:
                result = self.index.collection.query(query_embeddings=[vector], n_results=limit,
                                                     where=filters.chroma_where(), include=["distances"])
                found = list(zip(result["ids"][0], result["distances"][0]))
                break
            result = self.index.collection.query(query_embeddings=[vector], n_results=wanted, include=["distances"])
            nearest = list(zip(result["ids"][0], result["distances"][0]))
            # a vector whose chunk this catalog does not hold (left by an ingest killed between the two writes,
            # or added to a shared Chroma server after this worker's catalog copy was made) is passed over
            found = [(chunk_id, distance) for chunk_id, distance in nearest
                     if chunk_id in self._position and coarse[self._position[chunk_id]]][:limit]
            if len(found) >= limit or len(nearest) < wanted or wanted >= total:
                break
            wanted = min(total, wanted * 4)
        return [(chunk_id, 1.0 - float(distance)) for chunk_id, distance in found
                if chunk_id in self._position and passing[self._position[chunk_id]]]

    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               timings: dict | None = None) -> list[Hit]:
        """The top ``k`` chunks for a question, best first (for an English question, see `_statute_quota`)."""
        filters = filters or Filters()
        k = k or self.settings.top_k
        limit = max(self.settings.candidates, k)
        started = time.perf_counter()
        lexical_query = self.lexical_query(query)
        dense = self.dense(self._statute_meaning(query, lexical_query, filters), filters, limit)
        after_dense = time.perf_counter()
        hits = self._fuse(dense, self.lexical.search(lexical_query, limit, self._allowed(filters)))
        ranked = sorted(hits.values(), key=lambda h: -h.score)[:k]
        quota = self._statute_quota(query, filters, k) - sum(self._is_statute(h) for h in ranked)
        if quota > 0:
            statutes = replace(filters, source_types=("statute",))
            apart = self._fuse(self.dense(self._statute_meaning(query, lexical_query, statutes), statutes, limit),
                               self.lexical.search(lexical_query, limit, self._allowed(statutes)))
            taken = {h.chunk_id for h in ranked}
            best = [replace(h, score=hits[h.chunk_id].score if h.chunk_id in hits else 0.0)
                    for h in sorted(apart.values(), key=lambda h: -h.score) if h.chunk_id not in taken][:quota]
            # the last hits that are not statutes make room (when the top k is full), the others keep their order;
            # never the chunk closest to the question in meaning: whether anything bears on it is read from that
            crowded = max(0, len(ranked) + len(best) - k)
            closest = max(ranked, key=lambda h: h.dense if h.dense is not None else -1.0).chunk_id if ranked else None
            yielding = [h.chunk_id for h in ranked if not self._is_statute(h) and h.chunk_id != closest][-crowded:] \
                if crowded else []
            ranked = [h for h in ranked if h.chunk_id not in yielding] + best
        if timings is not None:
            timings["dense_ms"] = round((after_dense - started) * 1000, 1)
            timings["lexical_ms"] = round((time.perf_counter() - after_dense) * 1000, 1)
        return ranked

    def _fuse(self, dense: list[tuple[str, float]], lexical: list[tuple[str, float]]) -> dict[str, Hit]:
        """Reciprocal-rank fusion of a dense and a lexical ranking."""
        hits: dict[str, Hit] = {}
        for rank, (chunk_id, similarity) in enumerate(dense, 1):
            hit = hits.setdefault(chunk_id, Hit(chunk_id, 0.0))
            hit.dense, hit.dense_rank = similarity, rank
            hit.score += 1.0 / (self.settings.rrf_k + rank)
        for rank, (chunk_id, bm25) in enumerate(lexical, 1):
            hit = hits.setdefault(chunk_id, Hit(chunk_id, 0.0))
            hit.lexical, hit.lexical_rank = bm25, rank
            hit.score += 1.0 / (self.settings.rrf_k + rank)
        return hits

    def _statute_meaning(self, query: str, lexical_query: str, filters: Filters) -> str:
        """What the dense side embeds for a search over the statutes alone: an English question with the Korean
        statute terms its glossary phrases name (``lexical_query``), when ``statute_dense_expanded``. The
        statutes are Korean only; the English words alone leave the article that uses those terms far down
        the model's ranking (own probes: the article asked about in the 40 nearest statute chunks for 33 of 40
        English detail questions, 37 of 40 with the terms)."""
        if self.settings.statute_dense_expanded and filters.source_types == ("statute",):
            return lexical_query
        return query

    def _is_statute(self, hit: Hit) -> bool:
        position = self._position.get(hit.chunk_id)
        return position is not None and bool(self._fields.statute[position])

    def _statute_quota(self, query: str, filters: Filters, k: int) -> int:
        """How many of an English question's top ``k`` are kept for statute chunks (``statute_share_en``),
        when its search admits statutes and other sources. The statutes are Korean only: the English words
        of such a question, and its meaning to the model, rank the bilingual cards above every article, so
        without room kept its best articles are never among them; a Korean question's two sides weigh the
        article and the card alike. The kept places go to the best of the question's statute ranking (the
        same two sides over the statutes alone), after the other hits, which keep their order."""
        share = self.settings.statute_share_en
        if not share or filters.source_types == ("statute",) or \
                (filters.source_types and "statute" not in filters.source_types):
            return 0
        return int(k * share + 0.5) if (detect_language(query) or "en") == "en" else 0
