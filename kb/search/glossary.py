"""The bilingual glossary (`corpus/glossary.tsv`): English ↔ Korean legal and everyday terms.

Used to expand an English question with the Korean statute terms the lexical (BM25) index can
match, and to label Korean terms in English text.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kb.settings import REPO_ROOT

DEFAULT_GLOSSARY = REPO_ROOT / "corpus" / "glossary.tsv"


@dataclass(frozen=True)
class Term:
    en: str
    ko: tuple[str, ...]  # the statute term first, then everyday synonyms
    note: str = ""


class Glossary:
    def __init__(self, terms: list[Term]):
        self.terms = terms
        by_length = sorted(terms, key=lambda t: -len(t.en))
        self._pattern = re.compile(
            r"(?<![a-z])(" + "|".join(re.escape(t.en) for t in by_length) + r")(?:e?s)?(?![a-z])") if terms else None
        self._by_en = {t.en: t for t in terms}
        self._by_ko = {}
        for term in terms:
            self._by_ko.setdefault(term.ko[0], term)
        self._korean_longest_first = sorted((k for k in self._by_ko if len(k) >= 2), key=len, reverse=True)

    def __len__(self) -> int:
        return len(self.terms)

    def matches(self, text: str) -> list[Term]:
        """Glossary terms found in an English text, longest first, without overlaps; a term's last word may take a
        plural or third-person ending ("emergency measures", "leaks") without its own row."""
        if not self._pattern:
            return []
        return [self._by_en[m.group(1)] for m in self._pattern.finditer(text.lower())]

    def expand(self, question: str) -> str:
        """The question followed by the Korean terms of the English phrases it contains."""
        korean = [ko for term in self.matches(question) for ko in term.ko]
        return question if not korean else question + " " + " ".join(dict.fromkeys(korean))

    def korean_terms_in(self, text: str) -> list[tuple[str, Term]]:
        """Statute terms of the glossary found in a Korean text, longest first, each with its English term."""
        found = []
        for korean in self._korean_longest_first:
            if korean in text and not any(korean in k for k, _ in found):
                found.append((korean, self._by_ko[korean]))
        return found


def load_glossary(path: Path = DEFAULT_GLOSSARY) -> Glossary:
    if not path.is_file():
        return Glossary([])
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return Glossary([Term(row["en"].strip().lower(), tuple(k.strip() for k in row["ko"].split(";") if k.strip()),
                          (row.get("note") or "").strip())
                     for row in rows if row.get("en") and row.get("ko")])


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return load_glossary()
