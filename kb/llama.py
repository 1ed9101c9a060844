"""The knowledge base as llama-index components, for code that is built on llama-index.

`KnowledgeRetriever` is a `BaseRetriever` over this project's hybrid search (dense + BM25, fused by
rank), with the same source-type, law and as-of filters `kb ask` uses; `KnowledgeQueryEngine` is a
query engine whose response is the verified, cited answer of `KnowledgeBase.ask` — no language model
writes it. Both only call `kb.api.KnowledgeBase`; this module is imported only when one is asked for,
so `kb` itself never pays for llama-index's query machinery.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from llama_index.core.base.response.schema import Response
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

#: Metadata that says how a node was found, not what it is: kept out of the text an LLM or embedder sees.
_SEARCH_KEYS = ["chunk_id", "dense", "lexical", "as_of"]


def _node(metadata: dict, text: str) -> TextNode:
    return TextNode(id_=metadata["chunk_id"], text=text, metadata=metadata,
                    excluded_embed_metadata_keys=list(_SEARCH_KEYS), excluded_llm_metadata_keys=list(_SEARCH_KEYS))


class KnowledgeRetriever(BaseRetriever):
    """The ``similarity_top_k`` best chunks for a query, each a `NodeWithScore` whose score is the fused
    reciprocal-rank score (the dense cosine and the BM25 score are in its metadata).

    The date is decided as `kb ask` decides it: ``as_of`` if given, else the date the query's words
    imply ("2020년 6월 당시"), else today; a statute chunk is returned only if its wording was in force
    then."""

    def __init__(self, knowledge, similarity_top_k: int | None = None, as_of: str | None = None,
                 source_types: tuple[str, ...] = (), laws: tuple[str, ...] = (), **kwargs):
        super().__init__(**kwargs)
        self.knowledge = knowledge
        self.similarity_top_k = similarity_top_k
        self.as_of = as_of
        self.source_types = tuple(source_types)
        self.laws = tuple(laws)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        result = self.knowledge.search(query_bundle.query_str, self.similarity_top_k, self.as_of,
                                       self.source_types, self.laws)
        nodes = []
        for found in result.found:
            metadata = asdict(self.knowledge.citable(found.chunk, result.as_of)) | {"dense": found.hit.dense,
                                                                                   "lexical": found.hit.lexical}
            nodes.append(NodeWithScore(node=_node(metadata, found.chunk.text), score=found.hit.score))
        return nodes


class KnowledgeQueryEngine(CustomQueryEngine):
    """``query(question)`` → a `Response` whose ``response`` is `KnowledgeBase.ask`'s verified answer
    text, whose ``source_nodes`` are the cited chunks in citation order (metadata: the citation number
    ``n``, the exact ``quote``, the dates and URL of the citation, and for a card line the ``primary``
    law it rests on), and whose ``metadata`` is the whole answer as in `kb ask --json`."""

    knowledge: Any
    persona: str | None = None
    as_of: str | None = None
    similarity_top_k: int | None = None
    source_types: tuple[str, ...] = ()
    laws: tuple[str, ...] = ()

    def custom_query(self, query_str: str) -> Response:
        answer = self.knowledge.ask(query_str, persona=self.persona, as_of=self.as_of, k=self.similarity_top_k,
                                    source_types=self.source_types, laws=self.laws)
        nodes = []
        for citation in answer.citations:
            chunk = self.knowledge.chunk(citation.chunk_id)
            metadata = asdict(self.knowledge.citable(chunk, answer.as_of)) if chunk else {"chunk_id": citation.chunk_id}
            # the citation's own fields win: its dates are those of the quoted line, not the whole chunk
            metadata |= {"n": citation.n, "quote": citation.quote, "title": citation.title,
                         "locator": citation.locator, "url": citation.url, "effective_from": citation.effective_from,
                         "effective_to": citation.effective_to, "primary": citation.primary}
            nodes.append(NodeWithScore(node=_node(metadata, chunk.text if chunk else citation.quote), score=None))
        return Response(response=answer.answer, source_nodes=nodes, metadata=answer.to_dict())
