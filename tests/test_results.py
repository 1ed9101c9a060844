"""What the public API returns is typed: statute versions, articles, an article in force, stored chunks, what
a search found and a chunk's citation are dataclasses, and a version's law is read from the catalog, not
taken apart from its id."""
from dataclasses import asdict

from kb.index.catalog import ChunkRecord, StatuteVersion
from kb.results import Article, ArticleInForce, FoundChunk, SearchResult, SourceReference

SEXUAL_CRIMES = "성폭력범죄의처벌등에관한특례법/법률"


def test_versions_articles_and_chunks_are_typed(built_kb):
    knowledge, _ = built_kb
    versions = knowledge.statute_versions(SEXUAL_CRIMES)
    assert versions and all(isinstance(v, StatuteVersion) and v.law_key == SEXUAL_CRIMES for v in versions)
    assert [v.promulgated for v in versions] == sorted(v.promulgated for v in versions)
    articles = knowledge.statute_articles(versions[-1].version_id)
    assert articles and all(isinstance(a, Article) and a.law_key == SEXUAL_CRIMES for a in articles)
    assert knowledge.statute_articles("no such version") == []
    deepfake = next(a for a in articles if a.article == "제14조의2")
    chunk = knowledge.chunk(deepfake.chunk_ids[0])
    assert isinstance(chunk.record, ChunkRecord)
    assert (chunk.record.source_type, chunk.record.article, chunk.record.law_key) == ("statute", "제14조의2", SEXUAL_CRIMES)
    assert chunk.record.article_title == deepfake.title and chunk.text[chunk.record.body_start:].strip()
    assert all(chunk.text[start:end] for _, start, end in chunk.record.spans)


def test_an_article_in_force_a_search_and_a_citation_are_typed(built_kb):
    knowledge, _ = built_kb
    found = knowledge.article("성폭력처벌법", "14조의2", "2024-10-16")
    assert isinstance(found, ArticleInForce) and found.in_force and found.law == SEXUAL_CRIMES
    assert found.effective_from == "2024-10-16" and found.versions and "①" in found.penalties
    before = knowledge.article("성폭력처벌법", "14조의2", "2019-01-01")
    assert not before.in_force and before.text == "" and before.periods
    result = knowledge.search("허위영상물 소지 처벌", 3, "2024-10-16", ("statute",))
    assert isinstance(result, SearchResult) and result.as_of == "2024-10-16" and result.found
    assert all(isinstance(f, FoundChunk) and f.chunk.chunk_id == f.hit.chunk_id for f in result.found)
    reference = knowledge.citable(result.found[0].chunk, result.as_of)
    assert isinstance(reference, SourceReference) and reference.law == SEXUAL_CRIMES
    assert asdict(reference)["article"] == reference.article and reference.locator.startswith(reference.article)
