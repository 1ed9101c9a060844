"""Stand-ins for the embedding model in tests that exercise ingest and the store, not retrieval quality."""
import hashlib

import numpy as np


class HashEmbedder:
    """Deterministic unit vectors from each text's hash: the same text gives the same vector, instantly.

    ``calls`` counts batches, so a test can interrupt or pace an ingest."""

    dim = 16

    def __init__(self):
        self.calls = 0

    def _vector(self, text: str) -> list[float]:
        seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
        vector = np.random.default_rng(seed).standard_normal(self.dim)
        return (vector / np.linalg.norm(vector)).tolist()

    def get_text_embedding_batch(self, texts, **kwargs):
        self.calls += 1
        return [self._vector(t) for t in texts]

    def get_query_embedding(self, text):
        return self._vector(text)
