"""Search: find the chunks that answer a question — dense and BM25 retrieval fused, with filters by source
type, law and date (`retrieval`), Kiwi tokens and BM25 (`lexical`), English questions widened with the
glossary's Korean terms (`glossary`)."""
