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


class RecordingEmbedder:
    """The stand-in embedder, keeping every passage it was given."""

    def __init__(self, embedder):
        self.embedder, self.passages = embedder, []

    def get_text_embedding_batch(self, texts, **kwargs):
        self.passages.extend(texts)
        return self.embedder.get_text_embedding_batch(texts, **kwargs)


def test_the_model_reads_a_law_by_its_short_name_and_citations_keep_the_title(ingestor):
    statute = shared_or_skip() / "statutes" / "성폭력범죄의처벌등에관한특례법__법률.md"
    recording = ingestor.embedder = RecordingEmbedder(ingestor.embedder)
    ingestor.ingest([statute])
    assert recording.passages and all(p.startswith("「성폭력처벌법」 ") for p in recording.passages)
    stored = [ingestor.index.get(chunk_id) for chunk_id in ingestor.index.lexical_corpus(False)[0]]
    assert stored and all(c.text.startswith("「성폭력범죄의 처벌 등에 관한 특례법」 ") for c in stored)
    assert sorted(c.passage for c in stored) == sorted(recording.passages)


def test_kiwi_and_the_chunking_tokenizer_are_let_go_before_the_model_embeds(ingestor):
    """Kiwi (~470 MB), the chunking tokenizer (~290 MB) and the model (~1 GB) are used one after the other
    in an ingest and never sit in its memory together."""
    from fakes import HashEmbedder

    from kb.index import model_tokens
    from kb.index.embedding import LazyEmbedder
    from kb.index.lexical import _kiwi

    statutes = sorted((shared_or_skip() / "statutes").glob("스토킹범죄의처벌등에관한법률__법률*.md"))
    resident_when_embedding = []

    class Watching(HashEmbedder):
        def get_text_embedding_batch(self, texts, **kwargs):
            resident_when_embedding.append((_kiwi.cache_info().currsize, model_tokens._load.cache_info().currsize))
            return super().get_text_embedding_batch(texts, **kwargs)
    ingestor.embedder = LazyEmbedder(Watching)
    assert ingestor.ingest(statutes[:1]).embedded > 0
    assert ingestor.ingest(statutes[1:2]).embedded > 0  # the model loaded already
    assert resident_when_embedding and set(resident_when_embedding) == {(0, 0)}
    stored = ingestor.index.lexical_corpus()[1]
    assert stored and all(stored)  # every chunk still has its lexical tokens


def test_tokenizing_the_new_chunks_reports_how_far_it_got(ingestor, tmp_path, monkeypatch):
    """Kiwi tokenizes every new chunk before the embedding pass (seconds for the mirror): a listener hears
    of it at the start, every few seconds and at the end."""
    from kb.index import ingest

    text = tmp_path / "notes.txt"
    text.write_text("\n\n".join(f"학교폭력 신고 절차 안내 문단 {n}번입니다. " * 40 for n in range(12)), encoding="utf-8")
    monkeypatch.setattr(ingest, "TOKENIZING_REPORT_S", 0.0)  # every chunk, so the steps can be counted
    heard = []
    report = ingestor.ingest([text], tokenizing=lambda p: heard.append((p.done, p.total, p.elapsed_s)))
    total = report.files[0].embedded
    assert total > 3
    assert [done for done, _, _ in heard] == list(range(total + 1))
    assert {t for _, t, _ in heard} == {total}
    assert [s for _, _, s in heard] == sorted(s for _, _, s in heard)


def _notes(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"note{n}.txt").write_text(f"상담 기록 {n}번: 딥페이크 피해 신고 절차를 안내했습니다. " * 20, encoding="utf-8")


def test_an_ingest_records_its_files_in_one_transaction_not_one_per_file(ingestor, tmp_path):
    """A commit costs about 5.5 ms on this machine's disk; a full build recorded two per file."""
    _notes(tmp_path / "notes", 8)
    statements = []
    ingestor.index.db.set_trace_callback(statements.append)
    report = ingestor.ingest([tmp_path / "notes"])
    ingestor.index.db.set_trace_callback(None)
    assert report.count("added") == 8
    # the chunks stored (one embedding group), the eight files recorded, the freed chunks dropped
    assert statements.count("COMMIT") == 3, [s for s in statements if s in ("BEGIN ", "COMMIT")]


def test_a_failure_while_recording_records_none_of_the_files(ingestor, tmp_path):
    import pytest

    _notes(tmp_path / "notes", 4)
    real, calls = ingestor.index.record_source, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(*args, **kwargs)
    ingestor.index.record_source = failing
    with pytest.raises(OSError):
        ingestor.ingest([tmp_path / "notes"])
    assert ingestor.index.db.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 0
    ingestor.index.record_source = real
    assert ingestor.ingest([tmp_path / "notes"]).embedded == 0  # the stored chunks are linked by the re-run
    assert ingestor.index.db.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 4


def test_freed_memory_goes_back_after_every_group_the_pass_stores(ingestor, monkeypatch):
    """glibc keeps the activations torch frees resident, and their sizes change with every batch: a build
    grew by 600 MB over the mirror's statutes until the pass ended. The heap is handed back after each
    group of embedded chunks is stored, not once at the end."""
    from kb.index import ingest

    statute = shared_or_skip() / "statutes" / "성폭력범죄의처벌등에관한특례법__법률.md"
    events = []
    real_add = ingestor.index.add_chunks

    def add_chunks(chunks, *args, **kwargs):
        events.append("stored")
        return real_add(chunks, *args, **kwargs)
    monkeypatch.setattr(ingestor.index, "add_chunks", add_chunks)
    monkeypatch.setattr(ingest, "return_freed_memory", lambda: events.append("trimmed"))
    assert ingestor.ingest([statute]).embedded > ingestor.settings.embed_batch_size * 4  # several groups
    groups = events.count("stored")
    assert groups >= 2
    after = [events[i + 1] if i + 1 < len(events) else None for i, e in enumerate(events) if e == "stored"]
    assert after == ["trimmed"] * groups


def test_an_articles_chunks_follow_the_catalog_whoever_changes_it(ingestor):
    """`article_chunks` keeps each law's article -> chunk ids between lookups; a change by this connection
    or a commit by another process's connection is seen at the next lookup."""
    import sqlite3

    statute = shared_or_skip() / "statutes" / "성폭력범죄의처벌등에관한특례법__법률.md"
    ingestor.ingest([statute])
    index = ingestor.index
    law, article = index.db.execute(
        "SELECT source_id, json_extract(record, '$.extra.article') AS a FROM chunks WHERE a IS NOT NULL "
        "GROUP BY source_id, a ORDER BY count(*) DESC, a LIMIT 1").fetchone()  # an article of several chunks

    def direct(article):
        return [r[0] for r in index.db.execute("SELECT chunk_id FROM chunks WHERE source_id=? AND "
                                               "json_extract(record, '$.extra.article')=?", (law, article))]
    for label in (article, "제2조", "제999조"):
        assert [c.chunk_id for c in index.article_chunks(law, label)] == direct(label)
    assert index.article_chunks(law, None) == []
    first, *rest = direct(article)
    assert rest
    other = sqlite3.connect(ingestor.settings.index_dir / "catalog.sqlite")  # another process's connection
    other.execute("UPDATE chunks SET record=json_set(record, '$.extra.article', '제2조') WHERE chunk_id=?", (first,))
    other.commit()
    other.close()
    assert [c.chunk_id for c in index.article_chunks(law, article)] == rest
    moved = rest[0]
    index.db.execute("UPDATE chunks SET record=json_set(record, '$.extra.article', '제2조') WHERE chunk_id=?", (moved,))
    assert moved not in [c.chunk_id for c in index.article_chunks(law, article)]
    assert moved in [c.chunk_id for c in index.article_chunks(law, "제2조")]


def test_the_pass_asks_for_each_batch_on_its_own_and_hands_memory_back_after_it():
    """With a batch size, each group's texts go to the model in consecutive slices of that size (the batches
    a whole group's call makes), in the same longest-first order, and ``after_batch`` runs after each."""
    from fakes import HashEmbedder

    from kb.index.embedding import embed_passages

    texts = [f"문장 {'가' * (n % 37)} {n}" for n in range(70)]
    calls, after = [], []

    class Recording(HashEmbedder):
        def get_text_embedding_batch(self, batch, **kwargs):
            calls.append(list(batch))
            return super().get_text_embedding_batch(batch, **kwargs)
    whole = list(embed_passages(HashEmbedder(), texts, group=32))
    sliced = list(embed_passages(Recording(), texts, group=32, batch=8, after_batch=lambda: after.append(1)))
    assert [p for p, _ in sliced] == [p for p, _ in whole] and [v for _, v in sliced] == [v for _, v in whole]
    order = [i for p, _ in whole for i in p]
    assert [len(c) for c in calls] == [8, 8, 8, 8, 8, 8, 8, 8, 6] and len(after) == len(calls)
    assert [t for c in calls for t in c] == [texts[i] for i in order]
