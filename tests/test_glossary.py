"""corpus/glossary.tsv: the English <-> Korean term list used to expand English questions for the
Korean BM25 index and to label Korean legal terms in English answers."""
import re
from pathlib import Path

import pytest

GLOSSARY = Path(__file__).resolve().parents[1] / "corpus" / "glossary.tsv"
STATUTES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "statutes"
HEADER = ["en", "ko", "note"]
MIN_ENTRIES = 150
MIN_STATUTE_SHARE = 0.90


def _rows() -> list[list[str]]:
    text = GLOSSARY.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff"), "glossary.tsv must be UTF-8 without a byte-order mark"
    lines = text.splitlines()
    assert lines and lines[0].split("\t") == HEADER, f"header must be {HEADER!r}, got {lines[:1]!r}"
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == 3, f"line {number}: expected 3 tab-separated columns, got {len(cells)}: {line!r}"
        rows.append(cells)
    return rows


def _first_term(ko: str) -> str:
    return ko.split(";")[0].strip()


def _squash(text: str) -> str:
    return "".join(text.split())


def test_parses_with_header_and_three_columns():
    rows = _rows()
    assert len(rows) >= MIN_ENTRIES, f"only {len(rows)} entries (need at least {MIN_ENTRIES})"


def test_en_keys_unique_lowercase_and_trimmed():
    seen: dict[str, int] = {}
    for number, (en, _, _) in enumerate(_rows(), start=2):
        assert en, f"line {number}: empty en"
        assert en == en.strip() and en == en.lower(), f"line {number}: en must be trimmed lower case: {en!r}"
        assert en not in seen, f"line {number}: duplicate en {en!r} (first on line {seen[en]})"
        seen[en] = number


def test_ko_cells_non_empty():
    for number, (en, ko, _) in enumerate(_rows(), start=2):
        parts = ko.split(";")
        assert ko.strip() and all(p.strip() for p in parts), f"line {number} ({en}): empty ko term in {ko!r}"
        # The statutes write the interpunct as U+318D (e.g. 아동ㆍ청소년), never as a Latin middle dot.
        assert not re.search("[\u00b7\u2027\u30fb\uff65]", ko), f"line {number} ({en}): use ㆍ (U+318D) in {ko!r}"


def test_notes_carry_no_penalty_figures_or_dates():
    for number, (en, _, note) in enumerate(_rows(), start=2):
        assert not re.search(r"\d\s*(years?|months?|won|만원|억원|년|개월)", note, re.I), \
            f"line {number} ({en}): penalty figure in note {note!r}"
        assert not re.search(r"\b(19|20)\d\d\b", note), f"line {number} ({en}): date in note {note!r}"


def test_first_terms_occur_in_current_statutes():
    if not STATUTES.is_dir():
        pytest.skip(f"statute mirror not found at {STATUTES} (clone ../shared beside the repo to run this check)")
    current = [p for p in sorted(STATUTES.glob("*.md")) if "@" not in p.name and p.name != "README.md"]
    if not current:
        pytest.skip(f"no current-version statute files (NAME__법률.md) in {STATUTES}")
    corpus = _squash("".join(p.read_text(encoding="utf-8") for p in current))
    rows = _rows()
    missing = [(en, _first_term(ko)) for en, ko, _ in rows if _squash(_first_term(ko)) not in corpus]
    share = 1 - len(missing) / len(rows)
    assert share >= MIN_STATUTE_SHARE, (
        f"only {share:.1%} of first Korean terms occur in the current statutes; missing: {missing}")
