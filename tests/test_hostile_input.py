"""Hostile and broken files in one ingest run: each bad file is skipped with a one-line reason naming it,
every good file in the same run still lands, and the index stays consistent (catalog and vectors agree).

The files are made here, at run time: PDFs by pypdf and Pillow, text in several encodings, a 50 MB file,
duplicates, broken front matter, a statute whose article headings are malformed, a link out of the folder.
"""
import io
import json
import re
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from conftest import shared_or_skip
from test_documents import encrypted, pdf_bytes

from kb.cli import main
from kb.index.store import Index

GOOD_TEXT = "디지털 성범죄 피해자는 1366이나 디지털성범죄피해자지원센터(02-735-8994)에서 삭제 지원을 받을 수 있습니다."
GOOD_PDF_TEXT = "Victims of digital sex crimes can ask the support centre for deletion help.\nCall 1366 at any time."


def _pdf_without_pages() -> bytes:
    from pypdf import PdfWriter

    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


def _pdf_of_an_image() -> bytes:
    """A one-page PDF holding only a picture (as a scanner makes): no text layer."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 30, 30)).save(buffer, "PDF")
    return buffer.getvalue()


def _statute_with_malformed_headings() -> str:
    real = (shared_or_skip() / "statutes" / "스토킹범죄의처벌등에관한법률__법률.md").read_text(encoding="utf-8")
    return re.sub(r"^#####\s*제(\d+)조", r"##### 第\1條", real, flags=re.M)  # no heading reads 제N조


#: file name → (bytes, expected status, words the reason must contain)
def hostile_files() -> dict[str, tuple[bytes, str, str]]:
    good_pdf = pdf_bytes([GOOD_PDF_TEXT])
    random_bytes = np.random.default_rng(14).integers(0, 256, 8192, dtype=np.uint8).tobytes()
    return {
        "corrupt.pdf": (b"%PDF-1.7\n" + random_bytes[:2000] + b"\n%%EOF\n", "skipped", "corrupt PDF"),
        "truncated.pdf": (good_pdf[: len(good_pdf) // 2], "skipped", "truncated"),
        "encrypted.pdf": (encrypted(good_pdf, "secret"), "skipped", "encrypted PDF"),
        "zero-pages.pdf": (_pdf_without_pages(), "skipped", "no pages"),
        "scanned.pdf": (_pdf_of_an_image(), "skipped", "no text layer"),
        "random.txt": (random_bytes, "skipped", "not text"),
        "empty.txt": (b"", "skipped", "empty file"),
        "good.pdf": (good_pdf, "added", ""),
        "cp949.txt": (("학교 통신문: " + GOOD_TEXT).encode("cp949"), "added", ""),
        "utf16-bom.txt": (("가정 통신문: " + GOOD_TEXT).encode("utf-16"), "added", ""),
        "utf16-no-bom.txt": (("상담 안내: " + GOOD_TEXT + " Help is free.").encode("utf-16-le"), "added", ""),
        "notes.md": (f"# 지원 안내\n\n{GOOD_TEXT}\n".encode(), "added", ""),
        "notes-copy.md": (f"# 지원 안내\n\n{GOOD_TEXT}\n".encode(), "added", ""),  # the same bytes, another name
        "broken-front-matter.md": (f"---\ntitle: [unclosed\ndate: 2024-13-45\n---\n# 안내문\n\n{GOOD_TEXT} 학교에 알리세요.\n"
                                   .encode(), "added", ""),
        "스토킹범죄의처벌등에관한법률__법률.md": (_statute_with_malformed_headings().encode(), "skipped",
                                        "no articles found"),
    }


def make_inbox(root: Path) -> Path:
    inbox = root / "inbox"
    inbox.mkdir()
    for name, (data, _, _) in hostile_files().items():
        (inbox / name).write_bytes(data)
    (root / "private.txt").write_text("개인 메모: 폴더 밖의 파일입니다. " * 5, encoding="utf-8")
    (inbox / "link-out.txt").symlink_to(root / "private.txt")
    return inbox


def assert_consistent(index: Index) -> None:
    """Every chunk in the catalog has its vector and no vector lacks its chunk; every recorded source's
    chunks are stored."""
    catalog = {cid for (cid,) in index.db.execute("SELECT chunk_id FROM chunks")}
    vectors = set(index.collection.get(include=[])["ids"])
    assert catalog == vectors and catalog
    for source_id, count in index.db.execute("SELECT source_id, chunks FROM sources WHERE source_type != 'statute'"):
        stored = index.db.execute("SELECT COUNT(*) FROM chunks WHERE source_id=?", (source_id,)).fetchone()[0]
        assert stored == count, source_id


def test_bad_files_are_skipped_with_a_reason_and_the_good_ones_land(ingestor, tmp_path):
    inbox = make_inbox(tmp_path)
    report = ingestor.ingest([inbox])
    outcomes = {Path(f.path).name: f for f in report.files}
    for name, (_, status, words) in hostile_files().items():
        outcome = outcomes[name]
        assert outcome.status == status, (name, outcome)
        if status == "skipped":
            assert words in outcome.reason and "\n" not in outcome.reason and len(outcome.reason) < 200, outcome
    assert outcomes["link-out.txt"].status == "skipped"
    assert "leads out of the folder" in outcomes["link-out.txt"].reason
    assert outcomes["broken-front-matter.md"].warnings == ["front matter is not valid YAML; ignored"]
    pair = sorted(outcomes[name].embedded for name in ("notes.md", "notes-copy.md"))
    assert pair[0] == 0 < pair[1]  # whichever came second found its chunks already stored
    recorded = {Path(p).name for (p,) in ingestor.index.db.execute("SELECT path FROM sources")}
    assert recorded == {name for name, (_, status, _) in hostile_files().items() if status == "added"}
    assert_consistent(ingestor.index)

    again = ingestor.ingest([inbox])  # nothing new: the good files are unchanged, the bad still skipped
    assert again.embedded == 0
    assert {f.status for f in again.files} == {"unchanged", "skipped"}
    assert_consistent(ingestor.index)


def test_removing_one_of_two_duplicate_files_keeps_the_text_the_other_holds(ingestor, tmp_path):
    inbox = tmp_path / "dups"
    inbox.mkdir()
    for name in ("a.txt", "b.txt"):
        (inbox / name).write_text(GOOD_TEXT, encoding="utf-8")
    ingestor.ingest([inbox])
    chunks = ingestor.index.stats()["chunks"]
    (inbox / "a.txt").unlink()
    ingestor.index.forget_path(str((inbox / "a.txt").resolve()))
    assert ingestor.index.stats()["chunks"] == chunks
    assert_consistent(ingestor.index)


def test_a_fifty_megabyte_file_is_refused_by_its_size_without_being_read(ingestor, tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    with open(folder / "huge.txt", "wb") as out:
        line = (GOOD_TEXT + "\n\n").encode("utf-8")
        for _ in range(50 * 2**20 // len(line) + 1):
            out.write(line)
    assert (folder / "huge.txt").stat().st_size >= 50 * 2**20
    tracemalloc.start()
    try:
        report = ingestor.ingest([folder])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    outcome = report.files[0]
    assert outcome.status == "skipped" and "too large (50.0 MB; the limit is 20 MB)" in outcome.reason
    assert peak < 2 * 2**20, f"{peak / 2**20:.1f} MB allocated to refuse a 50 MB file"


def test_the_command_line_names_each_bad_file_on_one_line(tmp_path, monkeypatch, capsys, e5_model_dir):
    inbox = make_inbox(tmp_path)
    monkeypatch.setenv("KB_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("KB_EMBED_MODEL", str(e5_model_dir))
    monkeypatch.setenv("KB_EXAMPLE_CACHE", str(e5_model_dir.parent / "cache"))
    monkeypatch.setenv("KB_MIRROR", "")
    assert main(["ingest", str(inbox)]) == 0  # some files landed
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    for name, (_, status, words) in hostile_files().items():
        named = [line for line in lines if line.startswith("skipped ") and f"/{name}: " in line]
        assert len(named) == (status == "skipped"), (name, lines)
        if named:
            assert words in named[0]
    assert any(line.startswith("warning ") and "broken-front-matter.md: front matter" in line for line in lines)
    assert re.match(r"^7 added, 0 updated, 0 unchanged, 9 skipped; \d+ chunks embedded$", captured.out.strip())

    assert main(["ingest", "--json", str(inbox)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(set(f) >= {"path", "status", "reason", "chunks", "embedded", "warnings"} for f in data["files"])
