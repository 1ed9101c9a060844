"""Hybrid retrieval: dense vectors from Chroma plus BM25 over Korean morphemes, fused by reciprocal rank.

Filters apply to both sides before fusion: source type, law, and ``as_of`` — a statute chunk is a
candidate only if the version containing it was in force on that date. Other sources (news,
guidance, cards, documents) are not dated out.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from kb.documents import detect_language
from kb.glossary import Glossary, default_glossary
from kb.index import Index, date_int
from kb.lexical import LexicalIndex
from kb.statutes import covers


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

    def chroma_where(self) -> dict:
        day = date_int(self.as_of)
        clauses: list[dict] = [{"valid_from": {"$lte": day}}, {"valid_to": {"$gt": day}}]
        if self.source_types:
            clauses.append({"source_type": {"$in": list(self.source_types)}})
        if not self.include_deleted:
            clauses.append({"deleted": False})
        return {"$and": clauses}


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
        self._vectors: dict[str, list[float]] = {}
        self.reload()

    def query_vector(self, query: str) -> list[float]:
        """The query's embedding; the last few are kept, since one answer searches the same text several times."""
        if query not in self._vectors:
            if len(self._vectors) >= 16:
                self._vectors.pop(next(iter(self._vectors)))
            self._vectors[query] = self.embedder.get_query_embedding(query)
        return self._vectors[query]

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
        self._known = set(ids)

    def _allowed(self, filters: Filters) -> np.ndarray:
        return np.array([filters.accepts(f["source_type"], f["law_key"], f["deleted"], f["intervals"])
                         for f in self._filters], dtype=bool)

    def dense(self, query: str, filters: Filters, limit: int) -> list[tuple[str, float]]:
        if self.index.collection.count() == 0:
            return []
        vector = self.query_vector(query)
        result = self.index.collection.query(query_embeddings=[vector], n_results=limit,
                                             where=filters.chroma_where(), include=["metadatas", "distances"])
        hits = []
        for chunk_id, meta, distance in zip(result["ids"][0], result["metadatas"][0], result["distances"][0]):
            if chunk_id not in self._known:
                # a vector whose chunk this catalog does not hold: left by an ingest killed between the two
                # writes, or added to a shared Chroma server after this worker's catalog copy was made
                continue
            if filters.laws and not any(name in meta.get("law_key", "") for name in filters.laws):
                continue
            if meta.get("source_type") == "statute":  # exact interval check beyond the min/max range
                stored = self.index.get(chunk_id)
                if stored is None or covers(stored.intervals, filters.as_of) is None:
                    continue
            hits.append((chunk_id, 1.0 - float(distance)))
        return hits

    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               timings: dict | None = None) -> list[Hit]:
        """The top ``k`` chunks for a question, best first."""
        filters = filters or Filters()
        k = k or self.settings.top_k
        limit = max(self.settings.candidates, k)
        started = time.perf_counter()
        dense = self.dense(query, filters, limit)
        after_dense = time.perf_counter()
        lexical = self.lexical.search(self.lexical_query(query), limit, self._allowed(filters))
        hits: dict[str, Hit] = {}
        for rank, (chunk_id, similarity) in enumerate(dense, 1):
            hit = hits.setdefault(chunk_id, Hit(chunk_id, 0.0))
            hit.dense, hit.dense_rank = similarity, rank
            hit.score += 1.0 / (self.settings.rrf_k + rank)
        for rank, (chunk_id, bm25) in enumerate(lexical, 1):
            hit = hits.setdefault(chunk_id, Hit(chunk_id, 0.0))
            hit.lexical, hit.lexical_rank = bm25, rank
            hit.score += 1.0 / (self.settings.rrf_k + rank)
        ranked = sorted(hits.values(), key=lambda h: -h.score)[:k]
        if timings is not None:
            timings["dense_ms"] = round((after_dense - started) * 1000, 1)
            timings["lexical_ms"] = round((time.perf_counter() - after_dense) * 1000, 1)
        return ranked
