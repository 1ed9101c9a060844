"""Turn the library's answers and sources into page content that document text cannot break out of.

HTML panels come from the Jinja2 templates in ``app/templates`` with autoescaping on: every value a
template prints is escaped unless it is `Markup` built here from escaped parts (a marked quote, a diff),
so a forgotten escape cannot happen. Chat messages are Markdown: their text is escaped here (HTML
entities, then Markdown punctuation). Citation markers "[n]" become links to the source panel entries
``#src-<answer>-<n>``.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from app.texts import TEXT
from kb.answer.records import Answer
from kb.answer.refusals import CONTACTS
from kb.index.catalog import StatuteVersion, StoredChunk
from kb.law.gaps import Cell
from kb.law.history import Wording
from kb.law.vocabulary import MATERIALS, MATRIX_ROWS, VICTIMS

_CITATION = re.compile(r"\[(\d{1,3})\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$^])")
_LIST_PREFIX = re.compile(r"^(\s*)(- |\d{1,2}\. )")
_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")

_TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                         autoescape=select_autoescape(default=True, default_for_string=True),
                         trim_blocks=True, lstrip_blocks=True)


def _page(template: str, **values) -> str:
    return _TEMPLATES.get_template(template).render(**values)


def escape_markdown(text: str) -> str:
    """Text that renders literally in Markdown: no tags, no emphasis, no links, no maths."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))  # an entity's "#" must not be escaped


def _safe_url(url: str) -> str:
    return url if urlsplit(url).scheme in ("http", "https") else ""


def answer_markdown(answer: Answer, turn: int, lang: str) -> str:
    """The answer as chat Markdown: each line escaped, list bullets kept, "[n]" linked to its source."""
    known = {c.n for c in answer.citations}
    lines = []
    for line in answer.answer.split("\n"):
        prefix = ""
        match = _LIST_PREFIX.match(line)
        if match:
            prefix, line = match.group(1) + match.group(2), line[match.end():]
        parts, last = [], 0
        for m in _CITATION.finditer(line):
            parts.append(escape_markdown(line[last:m.start()]))
            n = int(m.group(1))
            if n in known:
                label = TEXT[lang]["cite_label"].format(n=n)
                parts.append(f'<a href="#src-{turn}-{n}" class="cite" aria-label="{label}">[{n}]</a>')
            else:
                parts.append(escape_markdown(m.group(0)))
            last = m.end()
        parts.append(escape_markdown(line[last:]))
        lines.append(prefix + "".join(parts))
    return "\n".join(lines)


def user_markdown(question: str) -> str:
    return escape_markdown(question)


def highlighted(text: str, quote: str) -> Markup:
    """The chunk text, escaped, with the first occurrence of ``quote`` wrapped in <mark>."""
    at = text.find(quote) if quote else -1
    if at < 0:
        return Markup.escape(text)
    return Markup("{}<mark>{}</mark>{}").format(text[:at], quote, text[at + len(quote):])


def _marked(quote: str) -> Markup:
    return Markup("<mark>{}</mark>").format(quote)


def _period(start: str | None, end: str | None, lang: str) -> str:
    t = TEXT[lang]
    if not start:
        return ""
    return f"{t['in_force']} {start} ~ {end or t['now']}"


def _source_entry(c, chunks: dict[str, StoredChunk], lang: str) -> dict:
    """What the template shows for one citation (and, for a card line, the law it rests on)."""
    t = TEXT[lang]
    chunk = chunks.get(c.chunk_id)
    url = _safe_url(c.url)
    entry = {
        "n": c.n, "title": c.title, "locator": c.locator, "url": url,
        "when": _period(c.effective_from, c.effective_to, lang) if c.source_type == "statute" else (c.effective_from or ""),
        "body": highlighted(chunk.text, c.quote) if chunk else _marked(c.quote),
        "link_label": t["official"] if c.source_type == "statute" else url,
        "origin": t["card"] if c.source_type == "card" else c.source_type,
        "text_lang": "ko" if chunk is None or chunk.record.language != "en" else "en",
        "law": None, "card_title": c.title,
    }
    if c.primary:  # a card line: the law it rests on comes first, the card after it
        law = c.primary[0]
        law_chunk = chunks.get(law["chunk_id"])
        entry.update(title=law["title"], locator=law["locator"],
                     when=_period(law["effective_from"], law["effective_to"], lang),
                     law={"body": highlighted(law_chunk.text, law["quote"]) if law_chunk else _marked(law["quote"]),
                          "url": _safe_url(law["url"])})
    return entry


def sources_html(answer: Answer, chunks: dict[str, StoredChunk], turn: int, lang: str, question: str) -> str:
    """One answer's citations as a list of collapsible entries, the cited span highlighted in each."""
    if not answer.citations:
        return ""
    return _page("sources.html", t=TEXT[lang], turn=turn, question=question[:160],
                 entries=[_source_entry(c, chunks, lang) for c in answer.citations])


def help_html(lang: str) -> str:
    """The always-visible help box: the four services, each a tap-to-call link."""
    contacts = [{"tel": c.number.replace("-", ""), "number": c.number, "label": getattr(c, lang), "site": c.site,
                 "host": urlsplit(c.site).netloc if c.site else ""} for c in CONTACTS]
    return _page("help.html", t=TEXT[lang], contacts=contacts)


def message_html(text: str) -> str:
    """A one-line message in a panel."""
    return _page("message.html", text=text)


def article_html(title: str, article: str, heading: str, text: str, version: StatuteVersion | None, lang: str,
                 mark: str = "") -> str:
    """An article of one version (``version`` None when it is not indexed: no numbers, no link)."""
    if version is None:
        numbers, url = {"kind": "", "promulgation_no": "", "promulgated": "", "effective": ""}, ""
    else:
        numbers = {"kind": version.kind, "promulgation_no": str(version.promulgation_no),
                   "promulgated": version.promulgated, "effective": version.effective}
        url = version.version_url or version.url or ""
    return _page("article.html", t=TEXT[lang], title=title, article=article, heading=heading, v=numbers,
                 url=_safe_url(url), body=highlighted(text, mark))


def search_results_html(chunks: list[StoredChunk], lang: str) -> str:
    items = [{"title": chunk.record.title, "locator": chunk.record.locator, "text": chunk.text,
              "when": ", ".join(_period(s, None if e.startswith("9999") else e, lang) for s, e in chunk.intervals)}
             for chunk in chunks]
    return _page("search_results.html", items=items, empty=TEXT[lang]["no_match"])


def _gap_entry(e, lang: str) -> str:
    penalty = e.penalty_ko if lang == "ko" else e.penalty_en
    since = TEXT[lang]["since"].format(day=e.since)
    return f"{e.law} {e.locator}: {penalty} ({since})" + (f" — {e.condition}" if e.condition else "")


def gaps_html(cells: list[Cell], as_of: str, lang: str) -> str:
    """The conduct × material × victim matrix as an accessible table; gaps are marked, not left blank.
    A cell is None (not applicable), [] (a gap) or the provisions that apply."""
    lookup = {(c.conduct, c.material, c.victim): c for c in cells}
    columns = [(m, v) for m in MATERIALS for v in VICTIMS]
    t = TEXT[lang]
    rows = []
    for conduct, matrix_row in MATRIX_ROWS.items():
        row = []
        for m, v in columns:
            cell = lookup.get((conduct, m, v))
            row.append(None if cell is None or not cell.applicable else [_gap_entry(e, lang) for e in cell.entries])
        rows.append({"label": matrix_row.label, "cells": row})
    return _page("gaps.html", caption=t["gaps_caption"].format(as_of=as_of), rows=rows, gap=t["gap"],
                 columns=[(MATERIALS[m].label, t[v]) for m, v in columns])


def _diff_html(diff: str) -> Markup:
    out, last = [], 0
    for m in _DIFF.finditer(diff):
        out.append(Markup.escape(diff[last:m.start()]))
        out.append(Markup("<del>{}</del>").format(m.group(1)) if m.group(1) is not None
                   else Markup("<ins>{}</ins>").format(m.group(2)))
        last = m.end()
    out.append(Markup.escape(diff[last:]))
    return Markup("").join(out)


def history_html(title: str, article: str, wordings: list[Wording], lang: str) -> str:
    shown = [{"periods": ", ".join(_period(s, e, lang) for s, e in w.periods), "versions": "; ".join(w.versions),
              "penalties": [(label, p[lang]) for label, p in w.penalties.items()], "changes": w.penalty_changes,
              "diff": _diff_html(w.diff) if w.diff else "", "text": w.text} for w in wordings]
    return _page("history.html", title=title, article=article, wordings=shown,
                 count=TEXT[lang]["wordings"].format(n=len(wordings)), changes_label=TEXT[lang]["penalty_changes"],
                 empty=TEXT[lang]["no_history"])
