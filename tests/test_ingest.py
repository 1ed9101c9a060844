"""Ingest on its own (a stand-in embedder, a real Chroma and SQLite): what each file costs the catalog."""
from conftest import shared_or_skip


class CountingIndex:
    """The real index, counting how often ingest asks it which chunks are missing."""

    def __init__(self, index):
        self.index, self.missing_calls = index, 0

    def missing(self, chunk_ids):
        self.missing_calls += 1
        return self.index.missing(chunk_ids)

    def __getattr__(self, name):
        return getattr(self.index, name)


def test_a_statute_file_asks_the_catalog_for_missing_chunks_once(ingestor):
    statute = shared_or_skip() / "statutes" / "성폭력범죄의처벌등에관한특례법__법률.md"
    counting = CountingIndex(ingestor.index)
    ingestor.index = counting
    report = ingestor.ingest([statute])
    assert report.files[0].status == "added" and report.files[0].chunks > 20
    assert counting.missing_calls == 1  # not once per chunk (quadratic in the file's chunks)


def test_a_prose_file_asks_the_catalog_for_missing_chunks_once(ingestor, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("\n\n".join(f"학교폭력 신고 절차 안내 문단 {n}번입니다. " * 40 for n in range(12)), encoding="utf-8")
    counting = CountingIndex(ingestor.index)
    ingestor.index = counting
    report = ingestor.ingest([text])
    assert report.files[0].status == "added" and report.files[0].chunks > 3
    assert counting.missing_calls == 1
