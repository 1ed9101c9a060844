"""After any sequence of edits, copies, moves and deletions, the index holds exactly the chunks of the files
there now: the same chunk ids as a fresh build of the same folder, in the catalog and in Chroma alike.

A document held at two paths (the same front-matter id) used to keep the chunks of its older text once one
copy changed, since chunks were owned by the document's id rather than by the files holding them."""
import os
import shutil
import sqlite3

from conftest import shared_or_skip
from fakes import HashEmbedder

from kb.index.ingest import Ingestor
from kb.index.store import Index
from kb.settings import load_settings


def card(source_id: str, topic: str, paragraphs: int = 5) -> str:
    body = "\n\n".join(f"{topic}에 관한 안내 {n}번째 문단입니다. 신고와 상담 절차를 차례로 설명합니다. " * 12
                       for n in range(paragraphs))
    return f"---\nid: {source_id}\ntitle: {topic}\n---\n# {topic}\n\n{body}\n"


def stored_ids(index: Index) -> set[str]:
    """The catalog's chunk ids, checked to be exactly Chroma's, and every file's chunks to be stored."""
    catalog = {cid for (cid,) in index.db.execute("SELECT chunk_id FROM chunks")}
    assert catalog == set(index.collection.get(include=[])["ids"])
    held = {cid for (cid,) in index.db.execute("SELECT chunk_id FROM source_chunks")}
    assert held == catalog
    return catalog


def fresh_ids(folder, home) -> set[str]:
    index = Index(load_settings(env={}, home=str(home), mirror=""))
    try:
        Ingestor(index.settings, index, HashEmbedder()).ingest([folder])
        return stored_ids(index)
    finally:
        index.close()


def rebuild(ingestor: Ingestor, folder) -> None:
    """What `kb build` does for one of its folders: ingest it, then forget the recorded files that are gone."""
    ingestor.ingest([folder])
    for path in ingestor.index.paths_under(folder):
        if not os.path.exists(path):
            law = ingestor.index.forget_path(path)
            if law:
                ingestor.index.refresh_validity(law)


def test_copies_edits_moves_and_deletions_leave_the_chunks_a_fresh_build_gives(ingestor, tmp_path):
    folder = tmp_path / "cards"
    (folder / "copy").mkdir(parents=True)
    (folder / "a.md").write_text(card("card-a", "딥페이크 신고"), encoding="utf-8")
    (folder / "b.md").write_text(card("card-b", "피해 지원"), encoding="utf-8")
    steps = [
        ("build", lambda: None),
        ("copy a to a second path", lambda: shutil.copy(folder / "a.md", folder / "copy" / "a.md")),
        ("edit the copy", lambda: (folder / "copy" / "a.md").write_text(card("card-a", "삭제 지원"), encoding="utf-8")),
        ("edit the first", lambda: (folder / "a.md").write_text(card("card-a", "증거 보존", 4), encoding="utf-8")),
        ("delete the copy", lambda: (folder / "copy" / "a.md").unlink()),
        ("move b", lambda: (folder / "b.md").rename(folder / "copy" / "b.md")),
        ("copy b back, then empty the moved one", lambda: (shutil.copy(folder / "copy" / "b.md", folder / "b.md"),
                                                           (folder / "copy" / "b.md").write_text("", encoding="utf-8"))),
    ]
    for number, (step, change) in enumerate(steps):
        change()
        rebuild(ingestor, folder)
        assert stored_ids(ingestor.index) == fresh_ids(folder, tmp_path / f"fresh{number}"), step


def test_a_statute_version_replaced_or_deleted_takes_its_own_chunks_with_it(ingestor, tmp_path):
    versions = sorted((shared_or_skip() / "statutes").glob("스토킹범죄의처벌등에관한법률__법률@*.md"))
    folder = tmp_path / "statutes"
    folder.mkdir()
    shutil.copy(versions[0], folder / "law.md")
    steps = [
        ("build", lambda: None),
        ("copy it", lambda: shutil.copy(folder / "law.md", folder / "law-copy.md")),
        ("the copy becomes a later version", lambda: shutil.copy(versions[1], folder / "law-copy.md")),
        ("delete the first", lambda: (folder / "law.md").unlink()),
    ]
    for number, (step, change) in enumerate(steps):
        change()
        rebuild(ingestor, folder)
        assert stored_ids(ingestor.index) == fresh_ids(folder, tmp_path / f"fresh{number}"), step
    assert ingestor.index.db.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 1  # the copy's only


def test_a_catalog_with_stale_chunks_from_before_is_cleaned_by_the_next_ingest(tmp_path):
    """A catalog written before chunks were owned per file (schema 3) may hold a document's older chunks
    beside its current ones when the document sits at two paths; the migration has both files read again."""
    folder = tmp_path / "cards"
    (folder / "copy").mkdir(parents=True)
    (folder / "a.md").write_text(card("card-a", "딥페이크 신고"), encoding="utf-8")
    shutil.copy(folder / "a.md", folder / "copy" / "a.md")
    settings = load_settings(env={}, home=str(tmp_path / "home"), mirror="")
    index = Index(settings)
    Ingestor(settings, index, HashEmbedder()).ingest([folder])
    clean = stored_ids(index)
    # Write what the old code left: a chunk of the document's older text, with its vector, owned by its id.
    index.collection.upsert(ids=["stale"], embeddings=[HashEmbedder()._vector("old")], documents=["old"],
                            metadatas=[{"source_id": "card-a", "source_type": "card"}])
    index.db.execute("INSERT INTO chunks SELECT 'stale', source_id, 'old', record, tokens, intervals FROM chunks LIMIT 1")
    index.db.executescript("DROP TABLE source_chunks; DROP TABLE unowned_chunks; PRAGMA user_version = 3;")
    index.db.commit()
    index.close()

    index = Index(settings)  # migrates
    assert {s for (s,) in index.db.execute("SELECT content_hash FROM sources")} == {""}
    report = Ingestor(settings, index, HashEmbedder()).ingest([folder])
    assert report.embedded == 0 and {f.status for f in report.files} == {"updated"}
    assert stored_ids(index) == clean
    index.close()


def test_a_chunk_no_file_holds_is_dropped_even_when_the_ingest_that_freed_it_was_killed(ingestor, tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "a.md").write_text(card("card-a", "딥페이크 신고"), encoding="utf-8")
    ingestor.ingest([folder])
    (folder / "a.md").write_text(card("card-a", "삭제 지원"), encoding="utf-8")
    real = ingestor.index.drop_unowned
    ingestor.index.drop_unowned = lambda: 0  # killed after recording the new text, before dropping the old
    ingestor.ingest([folder])
    ingestor.index.drop_unowned = real
    db = sqlite3.connect(ingestor.settings.index_dir / "catalog.sqlite")
    assert db.execute("SELECT COUNT(*) FROM unowned_chunks").fetchone()[0] > 0  # the queue survived
    (folder / "b.md").write_text(card("card-b", "피해 지원"), encoding="utf-8")
    ingestor.ingest([folder])  # any later ingest finishes the job
    assert stored_ids(ingestor.index) == fresh_ids(folder, tmp_path / "fresh")


def test_kb_build_forgets_files_recorded_from_a_checkout_that_is_gone(tmp_path, monkeypatch):
    """The shared test index held every card twice, once from a checkout that no longer existed: a build
    prunes its own folders, and also every recorded file that is gone, wherever it was."""
    from kb.api import KnowledgeBase

    cards, old = tmp_path / "checkout" / "cards", tmp_path / "old-checkout" / "cards"
    for folder in (cards, old):
        folder.mkdir(parents=True)
        (folder / "a.md").write_text(card("card-a", "딥페이크 신고"), encoding="utf-8")
    (old / "a.md").write_text(card("card-a", "예전 문구"), encoding="utf-8")  # the old checkout's older text
    knowledge = KnowledgeBase(load_settings(env={}, home=str(tmp_path / "home"), mirror=""))
    knowledge.__dict__["embedder"] = HashEmbedder()
    monkeypatch.setattr(knowledge, "default_sources", lambda: [(cards, "card")])
    monkeypatch.setattr(knowledge, "_examples_cached", lambda stamp: True)  # no model to warm the caches with
    knowledge.ingest([old])
    knowledge.build()
    shutil.rmtree(old.parent)
    report = knowledge.build()
    assert [f.path for f in report.files if f.status == "removed"] == [str((old / "a.md").resolve())]
    assert stored_ids(knowledge.index) == fresh_ids(cards, tmp_path / "fresh")


def test_a_long_paragraph_reads_back_in_its_order_after_an_edit_re_embeds_one_of_its_chunks(ingestor, tmp_path):
    """Chunks of one paragraph share its number; the ones an edit re-embeds are stored last, yet a card's chunks
    come back in the order of its text (a step list read back out of order skipped a step)."""
    folder = tmp_path / "cards"
    folder.mkdir()

    def write(verb_of_step_20: str) -> None:
        steps = " ".join(f"{n}단계: 증거를 {verb_of_step_20 if n == 20 else '저장하고'} 신고 기관에 연락한 뒤 삭제 지원을 "
                         f"요청합니다." for n in range(1, 80))
        text = f"---\nid: card-steps\ntitle: 절차\n---\n# 절차\n\n{steps}\n"
        (folder / "steps.md").write_text(text, encoding="utf-8")

    def bodies() -> list[str]:
        return [c.text[c.record.body_start:] for c in ingestor.index.source_chunks("card-steps")]

    write("저장하고")
    ingestor.ingest([folder])
    before = bodies()
    assert len(before) >= 4
    write("보관하고")  # the same length: only the chunk holding step 20 changes; the others are kept as stored
    ingestor.ingest([folder])
    after = bodies()
    changed = [n for n, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == len(before) and len(changed) == 1 and 0 < changed[0] < len(after) - 1
    assert "20단계: 증거를 보관하고" in after[changed[0]]
