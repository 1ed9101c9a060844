"""The vectors: a Chroma collection of chunk embeddings, with flat metadata to filter on (source type, law,
``valid_from``/``valid_to`` as YYYYMMDD integers). Embedded in the data home, or a Chroma server."""
from __future__ import annotations

from pathlib import Path

from kb.errors import KBError
from kb.settings import Settings


def date_int(iso: str) -> int:
    """A day as Chroma's metadata filters compare it: 2024-10-16 -> 20241016."""
    return int(iso.replace("-", ""))


def validity(intervals: list[tuple[str, str]]) -> dict:
    """The filter metadata of a chunk in force during ``intervals``: its first day and its last day's end."""
    if not intervals:  # never in force (e.g. a version superseded before it took effect)
        return {"valid_from": 0, "valid_to": 0}
    return {"valid_from": date_int(intervals[0][0]), "valid_to": date_int(intervals[-1][1])}


def open_collection(settings: Settings, root: Path):
    """The Chroma client and the chunk collection: a folder under ``root``, or the configured server."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_mode == "http":
        client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                     ssl=settings.chroma_ssl, settings=chroma_settings)
    else:
        client = chromadb.PersistentClient(path=str(root / "chroma"), settings=chroma_settings)
    try:
        return client, client.get_or_create_collection(settings.collection, embedding_function=None,
                                                       metadata={"hnsw:space": "cosine"})
    except Exception as exc:  # chromadb raises plain ValueError/ConnectionError variants
        raise KBError(f"cannot open Chroma collection {settings.collection!r}: {exc}") from None
