"""Index: sources cut into chunks (`chunking`), embedded (`embedding`, the built-in model's weights in
`e5_weights`, token counts in `model_tokens`) and stored by `ingest` in the SQLite catalog (`catalog`) and
the Chroma vectors (`vectors`), which `store.Index` keeps in step."""
