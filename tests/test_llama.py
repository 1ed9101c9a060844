"""The knowledge base as llama-index components: a retriever dated as `kb ask` dates, and a query
engine whose response is the verified answer; the README's llama-index examples run here."""
import re

import pytest
from llama_index.core.base.base_query_engine import BaseQueryEngine
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore

from conftest import REPO_ROOT
from kb.answer.understanding import implied_date
from kb.errors import KBError
from kb.search.retrieval import Filters
from kb.sources.statutes import OPEN_END, covers

DEEPFAKE = "허위영상물을 편집하거나 반포하면 어떻게 처벌되나요?"
LAW = "성폭력범죄의처벌등에관한특례법/법률"


def test_the_retriever_is_a_llama_index_retriever_with_citable_metadata(built_kb):
    knowledge, _ = built_kb
    retriever = knowledge.as_retriever(similarity_top_k=4, as_of="2024-11-01", source_types=("statute",))
    assert isinstance(retriever, BaseRetriever)
    nodes = retriever.retrieve(DEEPFAKE)
    assert len(nodes) == 4 and all(isinstance(n, NodeWithScore) for n in nodes)
    assert [n.score for n in nodes] == sorted((n.score for n in nodes), reverse=True)
    for hit in nodes:
        m = hit.node.metadata
        stored = knowledge.chunk(m["chunk_id"])
        assert hit.node.get_content() == stored.text and hit.node.node_id == stored.chunk_id
        assert m["source_type"] == "statute" and m["law"] == LAW and m["title"] == "성폭력범죄의 처벌 등에 관한 특례법"
        assert m["article"] and m["locator"] == f"{m['article']} {m['paragraph']}".strip()  # 제N조, or a 부칙
        assert m["url"].startswith("https://www.law.go.kr/")
        span = covers(stored.intervals, "2024-11-01")
        assert (m["effective_from"], m["effective_to"] or OPEN_END) == span
    assert "제14조의2" in {n.node.metadata["article"] for n in nodes}


def test_the_retriever_returns_what_kb_ask_searches(built_kb):
    """Same chunks, same order, same scores as the answerer's own search with the same filters."""
    knowledge, _ = built_kb
    nodes = knowledge.as_retriever(similarity_top_k=5, as_of="2024-11-01", laws=("성폭력",)).retrieve(DEEPFAKE)
    hits = knowledge.retriever.search(DEEPFAKE, 5, Filters(as_of="2024-11-01", laws=("성폭력",)))
    assert [(n.node.node_id, n.score) for n in nodes] == [(h.chunk_id, h.score) for h in hits]


def test_a_statute_is_returned_only_in_the_wording_in_force_on_the_date(built_kb):
    """제14조의2 (the deepfake offence) did not exist on 2020-06-01; on 2024-11-01 its 2024-10-16 wording
    (with the possession clause ④) is the one in force."""
    knowledge, _ = built_kb
    before = knowledge.as_retriever(similarity_top_k=10, as_of="2020-06-01", source_types=("statute",))
    assert all(n.node.metadata["article"] != "제14조의2" for n in before.retrieve(DEEPFAKE))
    after = knowledge.as_retriever(similarity_top_k=10, as_of="2024-11-01", source_types=("statute",))
    offence = [n for n in after.retrieve(DEEPFAKE) if n.node.metadata["article"] == "제14조의2"]
    assert offence and all(n.node.metadata["effective_from"] >= "2024-10-16" for n in offence)
    assert any("소지" in n.node.get_content() for n in offence)


def test_without_a_date_the_retriever_takes_the_one_the_question_implies_as_kb_ask_does(built_kb):
    knowledge, _ = built_kb
    question = "2020년 6월 1일 당시 허위영상물 반포는 처벌됐나요?"
    assert implied_date(question) == "2020-06-01"
    nodes = knowledge.as_retriever(similarity_top_k=6, source_types=("statute",)).retrieve(question)
    assert nodes and {n.node.metadata["as_of"] for n in nodes} == {knowledge.ask(question).as_of} == {"2020-06-01"}
    assert all(n.node.metadata["article"] != "제14조의2" for n in nodes)


def test_a_date_that_is_not_a_date_is_refused_with_a_clear_message(built_kb):
    with pytest.raises(KBError, match="not a date"):
        built_kb[0].as_retriever(as_of="2024-13-40")
    with pytest.raises(KBError, match="not a date"):
        built_kb[0].as_query_engine(as_of="yesterday")


def test_the_query_engine_answers_with_the_verified_answer_and_its_cited_chunks(built_kb):
    knowledge, _ = built_kb
    question = "딥페이크 영상을 저장만 해도 처벌받나요?"
    engine = knowledge.as_query_engine(persona="aide", as_of="2024-11-01")
    assert isinstance(engine, BaseQueryEngine)
    response = engine.query(question)
    answer = knowledge.ask(question, persona="aide", as_of="2024-11-01")
    assert response.response == answer.answer and not answer.abstained
    assert response.metadata == {**answer.to_dict(), "timings_ms": response.metadata["timings_ms"]}
    assert [s.node.metadata["n"] for s in response.source_nodes] == [c.n for c in answer.citations]
    for source, citation in zip(response.source_nodes, answer.citations):
        m = source.node.metadata
        assert m["quote"] == citation.quote and citation.quote in source.node.get_content()
        assert (m["chunk_id"], m["locator"], m["url"], m["effective_from"]) == \
               (citation.chunk_id, citation.locator, citation.url, citation.effective_from)
        assert f"[{citation.n}]" in response.response


def _readme_blocks(heading: str) -> list[str]:
    """The ```python blocks of one README section (up to the next heading of the same or a higher level;
    a `#` line inside a code block is a comment, not a heading)."""
    level = len(heading.split(" ")[0])
    blocks, inside, fence = [], False, None
    for line in (REPO_ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if fence is not None:
            if line.startswith("```"):
                if inside and fence == "python":
                    blocks.append("\n".join(body))
                fence = None
            else:
                body.append(line)
        elif line.startswith("```"):
            fence, body = line[3:].strip(), []
        elif line == heading:
            inside = True
        elif inside and re.match(rf"#{{1,{level}}} ", line):
            break
    return blocks


def test_the_readme_llama_index_examples_run(built_kb, monkeypatch, tmp_path, capsys):
    knowledge, _ = built_kb
    settings = knowledge.settings
    blocks = _readme_blocks("### llama-index")
    assert blocks
    for name, value in {"KB_HOME": settings.home, "KB_EMBED_MODEL": settings.embed_model,
                        "KB_EXAMPLE_CACHE": settings.example_cache_dir, "KB_MIRROR": ""}.items():
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("KB_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)  # no kb.toml of the checkout
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "제14조의2" in printed and "[1]" in printed and "https://www.law.go.kr/" in printed
