"""How an answer's lines are found: from the routed card (cards), from the law's provisions — penalties,
how they read before, gaps (statutes) — and from the sentences retrieval found (extracts)."""
