"""Search: find the chunks that answer a question — dense and BM25 retrieval fused, with filters by source
type, law and date (`retrieval`; the BM25 index is `kb.index.lexical`), English questions widened with the
glossary's Korean terms (`glossary`)."""
