"""Index: sources cut into chunks (`chunking`), embedded (`embedding`, the built-in model's weights in
`e5_weights`, token counts in `model_tokens`), tokenized for BM25 (`lexical`: Kiwi tokens, and the BM25
index built from them) and stored by `ingest` in the SQLite catalog (`catalog`) and the Chroma vectors
(`vectors`), which `store.Index` keeps in step."""
