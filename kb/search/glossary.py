"""The bilingual glossary (`corpus/glossary.tsv`): English ↔ Korean legal and everyday terms.

Used to expand an English question with the Korean statute terms the lexical (BM25) index can
match, and to label Korean terms in English text.

A word with several senses in the statutes has one row per sense: the row ``committee`` is its usual
sense, and a row ``committee [teacher|educational activit]`` the sense it takes when one of the cue words
in brackets (a word or the start of one) occurs anywhere in the question. A word with cued rows only and
no cue in the question brings no Korean term.
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
    cues: tuple[str, ...] = ()  # this sense holds when one of these words occurs in the question

    def cued_by(self, text: str) -> bool:
        return any(re.search(r"(?<![a-z])" + re.escape(cue), text) for cue in self.cues)


def inflections(english: str) -> tuple[str, ...]:
    """The past and -ing forms of a term's last word, for a term that ends in a letter other than y: "delete" ->
    "deleted", "deleting"; "leak" -> "leaked", "leaking". A doubled consonant ("banned") is left to its own row."""
    if not re.search(r"[a-xz]$", english):
        return ()
    if english.endswith("e"):
        return english + "d", english[:-1] + "ing"
    return english + "ed", english + "ing"


def parse_english(cell: str) -> tuple[str, tuple[str, ...]]:
    """A row's English term and its sense's cue words: ``"leak [secret|identity]"`` -> ``("leak", ("secret",
    "identity"))``."""
    match = re.fullmatch(r"(.+?)\s*\[([^\]]*)\]", cell.strip().lower())
    if not match:
        return cell.strip().lower(), ()
    return match.group(1), tuple(cue.strip() for cue in match.group(2).split("|") if cue.strip())


class Glossary:
    def __init__(self, terms: list[Term]):
        self.terms = terms
        # a row's own wording wins over another row's inflected form ("posting" is its own row, not "post" + ing)
        self._form_of = {form: term.en for term in reversed(terms) for form in inflections(term.en)}
        self._form_of.update({term.en: term.en for term in terms})
        by_length = sorted(self._form_of, key=lambda form: -len(form))
        self._pattern = re.compile(
            r"(?<![a-z])(" + "|".join(re.escape(form) for form in by_length) + r")(?:e?s)?(?![a-z])") if terms else None
        self._by_en: dict[str, list[Term]] = {}
        for term in terms:  # the cued senses first, the usual sense last
            self._by_en.setdefault(term.en, []).append(term)
        for senses in self._by_en.values():
            senses.sort(key=lambda t: not t.cues)
        self._by_ko = {}
        for term in terms:
            self._by_ko.setdefault(term.ko[0], term)
        self._korean_longest_first = sorted((k for k in self._by_ko if len(k) >= 2), key=len, reverse=True)

    def __len__(self) -> int:
        return len(self.terms)

    def matches(self, text: str) -> list[Term]:
        """Glossary terms found in an English text, longest first, without overlaps; a term's last word may take a
        plural or third-person ending ("emergency measures", "leaks"), or -ed or -ing ("deleted", "deleting", "leaking";
        `inflections`), without its own row. A word with several
        senses takes the first whose cue words the text holds, else its usual sense (see the module's note)."""
        if not self._pattern:
            return []
        text = text.lower()
        found = []
        for match in self._pattern.finditer(text):
            senses = self._by_en[self._form_of[match.group(1)]]
            sense = next((t for t in senses if t.cues and t.cued_by(text)), None) or \
                next((t for t in senses if not t.cues), None)
            if sense:
                found.append(sense)
        return found

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
    terms = []
    for row in rows:
        if row.get("en") and row.get("ko"):
            english, cues = parse_english(row["en"])
            terms.append(Term(english, tuple(k.strip() for k in row["ko"].split(";") if k.strip()),
                              (row.get("note") or "").strip(), cues))
    return Glossary(terms)


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return load_glossary()
