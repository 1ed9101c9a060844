"""Retrieval's filters as arrays, and the dense search that filters Chroma's nearest neighbours with them
instead of Chroma's own `where`: both must give what the one-chunk-at-a-time definitions give."""
import itertools
import shutil

import pytest
from conftest import shared_or_skip
from fakes import HashEmbedder

from kb.search.retrieval import Filters, Retriever
from kb.sources.statutes import covers

DAYS = ("2019-01-01", "2021-10-21", "2022-06-01", "2023-07-11", "2024-01-01", "2026-11-29")
KINDS = ((), ("statute",), ("card",), ("news", "card"), ("guidance",))
LAWS = ((), ("스토킹",), ("성폭력범죄의처벌",), ("없는법",))


@pytest.fixture
def retriever(ingestor, tmp_path):
    """A small index: every version of two laws, and a few prose documents of three kinds."""
    statutes = shared_or_skip() / "statutes"
    folder = tmp_path / "corpus"
    (folder / "statutes").mkdir(parents=True)
    for pattern in ("스토킹범죄의처벌등에관한법률__법률*.md", "성폭력범죄의처벌등에관한특례법__법률@*.md"):
        for file in sorted(statutes.glob(pattern))[:3]:
            shutil.copy(file, folder / "statutes" / file.name)
    for kind, topics in {"cards": ("신고", "삭제 지원"), "news": ("보도",), "guidance": ("지침",)}.items():
        (folder / kind).mkdir()
        for topic in topics:
            text = "\n\n".join(f"{topic} 안내 {n}번째 문단입니다. 딥페이크 피해 신고와 상담 절차. " * 10 for n in range(4))
            (folder / kind / f"{topic}.md").write_text(f"# {topic}\n\n{text}\n", encoding="utf-8")
    ingestor.ingest([folder])
    return Retriever(ingestor.index, HashEmbedder(), expand_english=False)


def every_filter():
    for day, kinds, laws, deleted in itertools.product(DAYS, KINDS, LAWS, (False, True)):
        yield Filters(as_of=day, source_types=kinds, laws=laws, include_deleted=deleted)


def test_the_array_filter_accepts_exactly_the_chunks_the_one_chunk_filter_does(retriever):
    fields = retriever._filters
    assert {f["source_type"] for f in fields} >= {"statute", "card", "news", "guidance"}
    for filters in every_filter():
        expected = [filters.accepts(f["source_type"], f["law_key"], f["deleted"], f["intervals"]) for f in fields]
        assert retriever._allowed(filters).tolist() == expected, filters


def where_search(retriever, query, filters, limit):
    """Dense search as it was: Chroma's `where` on the metadata, then the law and the exact days in force."""
    result = retriever.index.collection.query(query_embeddings=[retriever.query_vector(query)], n_results=limit,
                                              where=filters.chroma_where(), include=["metadatas", "distances"])
    hits = []
    for chunk_id, meta, distance in zip(result["ids"][0], result["metadatas"][0], result["distances"][0]):
        if filters.laws and not any(name in meta.get("law_key", "") for name in filters.laws):
            continue
        if meta.get("source_type") == "statute":
            stored = retriever.index.get(chunk_id)
            if stored is None or covers(stored.intervals, filters.as_of) is None:
                continue
        hits.append((chunk_id, 1.0 - float(distance)))
    return hits


@pytest.mark.parametrize("margin", [Retriever.DENSE_MARGIN, 0.05])  # 0.05: Chroma is asked again for more
def test_dense_search_without_chromas_filter_finds_what_the_filtered_search_found(retriever, margin):
    retriever.DENSE_MARGIN = margin
    queries = ("스토킹 처벌", "딥페이크 피해 신고", "삭제 지원 절차", "보도")
    compared = 0
    for query, filters in itertools.product(queries, every_filter()):
        for limit in (5, 40):
            got = retriever.dense(query, filters, limit)
            expected = where_search(retriever, query, filters, limit)
            assert [c for c, _ in got] == [c for c, _ in expected], (query, filters, limit)
            assert [s for _, s in got] == pytest.approx([s for _, s in expected], abs=1e-5)
            compared += bool(expected)
    assert compared > 100
