"""Knowledge cards: the project's own bilingual summaries, each resting on named sources.

A card is a Markdown file in ``corpus/cards/`` with YAML front matter::

    id: penalty-deepfake-possession
    title_ko: …            title_en: …
    topics: [penalty, deepfake]
    personas: [victim, staff, aide]
    sources:
      - {law: 성폭력범죄의처벌등에관한특례법/법률, article: 제14조의2, paragraph: 4, version: 2024-10-16}
      - {report: hankyoreh-2024-08-29-ktu-survey}
      - {guidance: A4}

and two sections, ``## 한국어`` and ``## English``. ``version`` is the 시행일자 of the statute version
the fact was checked against (the mirror file ``NAME__KIND@DATE.md``) or ``current``. A source
resolves to the text it names in an official-text mirror laid out like ../shared/corpus, so every
number, date and article in a card can be checked against what it cites.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kb.errors import BadSource
from kb.law.vocabulary import paragraph_label
from kb.sources.statutes import CIRCLED, parse_statute

PERSONAS = ("victim", "staff", "aide")
_SECTION = re.compile(r"^##\s+(한국어|English)\s*$", re.M)


def _safe_load(text: str):
    """YAML's safe subset, parsed by libyaml when PyYAML was built with it (ten times faster: the 175
    question banks load in a tenth of a second instead of one), else by the pure-Python parser."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass
class Card:
    id: str
    title_ko: str
    title_en: str
    topics: list[str]
    personas: list[str]
    sources: list[dict]
    korean: str
    english: str
    path: Path
    meta: dict = field(default_factory=dict)


def load_card(path: Path) -> Card:
    """Read a card; BadSource names what is missing or malformed."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise BadSource(f"{path.name}: no front matter")
    head, body = text[4:].split("\n---\n", 1)
    meta = _safe_load(head) or {}
    missing = [k for k in ("id", "title_ko", "title_en", "topics", "personas", "sources") if not meta.get(k)]
    if missing:
        raise BadSource(f"{path.name}: front matter lacks {', '.join(missing)}")
    sections = dict.fromkeys(("한국어", "English"), "")
    parts = _SECTION.split(body)
    for name, content in zip(parts[1::2], parts[2::2]):
        sections[name] = content.strip()
    if not sections["한국어"] or not sections["English"]:
        raise BadSource(f"{path.name}: needs both '## 한국어' and '## English' sections")
    return Card(str(meta["id"]), meta["title_ko"], meta["title_en"], list(meta["topics"]), list(meta["personas"]),
                list(meta["sources"]), sections["한국어"], sections["English"], path, meta)


def statute_file(mirror: Path, law: str, version: str) -> Path:
    """The mirror file of ``law`` ("NAME/KIND") for a version ("current" or its 시행일자)."""
    name, kind = law.split("/", 1)
    suffix = "" if str(version) == "current" else f"@{version}"
    return mirror / "statutes" / f"{name}__{kind}{suffix}.md"


def source_text(source: dict, mirror: Path) -> str:
    """The text a card source names: a statute article or paragraph, a guidance section, a news report."""
    if "law" in source:
        path = statute_file(mirror, source["law"], source.get("version", "current"))
        if not path.is_file():
            raise BadSource(f"no statute file {path.name} for {source['law']} version {source.get('version')}")
        statute = parse_statute(path)
        article = statute.article(str(source["article"]))
        if article is None:
            raise BadSource(f"{source['article']} does not exist in {path.name}")
        dates = f"{statute.effective} {statute.promulgated}"
        if "paragraph" in source:
            number = int(source["paragraph"])
            paragraph = next((p for p in article.provisions if p.number == number), None)
            if paragraph is None:
                raise BadSource(f"{article.label} has no paragraph {CIRCLED[number - 1]} in {path.name}")
            return f"{paragraph_label(article.label, number)} {article.title} {paragraph.text} {dates}"
        return f"{article.label} {article.title} {article.body} {dates}"
    if "guidance" in source:
        text = (mirror / "GUIDANCE_SOURCES.md").read_text(encoding="utf-8")
        match = re.search(rf"^### {re.escape(str(source['guidance']))}\. .*?(?=^##)", text, re.M | re.S)
        if not match:
            raise BadSource(f"no guidance section {source['guidance']}")
        return match.group(0)
    if "report" in source:
        path = mirror / "news" / f"{source['report']}.txt"
        if not path.is_file():
            raise BadSource(f"no news report {path.name}")
        return path.read_text(encoding="utf-8")
    raise BadSource(f"unknown source kind: {source}")


@dataclass
class QuestionBank:
    """Ways people really ask what one card answers, per language (``corpus/banks/<card-id>.yaml``)."""

    card: str
    ko: list[str]
    en: list[str]
    path: Path


def load_bank(path: Path) -> QuestionBank:
    """Read a question bank; BadSource names what is missing or malformed."""
    data = _safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not data.get("card"):
        raise BadSource(f"{path.name}: a question bank needs 'card', 'ko' and 'en'")
    questions = {}
    for language in ("ko", "en"):
        values = data.get(language) or []
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise BadSource(f"{path.name}: '{language}' must be a list of questions")
        questions[language] = [" ".join(v.split()) for v in values]
    return QuestionBank(str(data["card"]), questions["ko"], questions["en"], path)

