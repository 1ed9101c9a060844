"""Turn the library's answers and sources into page content that document text cannot break out of.

Every piece of text that comes from a source, a user or an answer is escaped here (HTML entities,
then Markdown punctuation for chat messages); the only markup on the page is the markup written in
this module. Citation markers "[n]" become links to the source panel entries ``#src-<answer>-<n>``.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from app.texts import TEXT
from kb.answer import Answer
from kb.gaps import CONDUCTS, MATERIALS, VICTIMS, Cell
from kb.history import Wording
from kb.index import StoredChunk
from kb.safety import CONTACTS

_CITATION = re.compile(r"\[(\d{1,3})\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$^])")
_LIST_PREFIX = re.compile(r"^(\s*)(- |\d{1,2}\. )")


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
                label = ("출처 " if lang == "ko" else "source ") + str(n)
                parts.append(f'<a href="#src-{turn}-{n}" class="cite" aria-label="{label}">[{n}]</a>')
            else:
                parts.append(escape_markdown(m.group(0)))
            last = m.end()
        parts.append(escape_markdown(line[last:]))
        lines.append(prefix + "".join(parts))
    return "\n".join(lines)


def user_markdown(question: str) -> str:
    return escape_markdown(question)


def highlighted(text: str, quote: str) -> str:
    """The chunk text, escaped, with the first occurrence of ``quote`` wrapped in <mark>."""
    at = text.find(quote) if quote else -1
    if at < 0:
        return html.escape(text)
    return (html.escape(text[:at]) + "<mark>" + html.escape(quote) + "</mark>"
            + html.escape(text[at + len(quote):]))


def _period(start: str | None, end: str | None, lang: str) -> str:
    t = TEXT[lang]
    if not start:
        return ""
    return f"{t['in_force']} {start} ~ {end or t['now']}"


def sources_html(answer: Answer, chunks: dict[str, StoredChunk], turn: int, lang: str, question: str) -> str:
    """One answer's citations as a list of collapsible entries, the cited span highlighted in each."""
    t = TEXT[lang]
    if not answer.citations:
        return ""
    items = []
    for c in answer.citations:
        chunk = chunks.get(c.chunk_id)
        body = highlighted(chunk.text, c.quote) if chunk else f"<mark>{html.escape(c.quote)}</mark>"
        if c.source_type == "statute":
            when = _period(c.effective_from, c.effective_to, lang)
        else:
            when = c.effective_from or ""
        url = _safe_url(c.url)
        link = (f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">'
                f"{html.escape(t['official'] if c.source_type == 'statute' else url)}</a>") if url else ""
        origin = html.escape(t["card"]) if c.source_type == "card" else html.escape(c.source_type)
        text_lang = "ko" if chunk is None or chunk.record.get("language") != "en" else "en"
        own = (f'<div class="src-text" lang="{text_lang}">{body}</div>'
               f'<p class="src-meta">{origin}' + (f" · {link}" if link else "") + "</p>")
        if c.primary:  # a card line: the law it rests on comes first, the card after it
            law = c.primary[0]
            law_chunk = chunks.get(law["chunk_id"])
            law_body = highlighted(law_chunk.text, law["quote"]) if law_chunk else \
                f"<mark>{html.escape(law['quote'])}</mark>"
            law_url = _safe_url(law["url"])
            law_link = (f' · <a href="{html.escape(law_url, quote=True)}" target="_blank" rel="noopener noreferrer">'
                        f"{html.escape(t['official'])}</a>") if law_url else ""
            law_when = _period(law["effective_from"], law["effective_to"], lang)
            summary = (f'<strong>{html.escape(law["title"])}</strong> {html.escape(law["locator"])}'
                       + (f' <span class="src-when">· {html.escape(law_when)}</span>' if law_when else ""))
            content = (f'<div class="src-text" lang="ko">{law_body}</div><p class="src-meta">{html.escape(t["law"])}'
                       f"{law_link}</p>"
                       f'<p class="src-card">{origin}: {html.escape(c.title)}</p>' + own)
        else:
            summary = (f'<strong>{html.escape(c.title)}</strong> {html.escape(c.locator)}'
                       + (f' <span class="src-when">· {html.escape(when)}</span>' if when else ""))
            content = own
        items.append(
            f'<details class="src" id="src-{turn}-{c.n}">'
            f'<summary><span class="src-n">[{c.n}]</span> {summary}</summary>{content}</details>')
    return (f'<section class="answer-sources" aria-label="{html.escape(t["sources"])}">'
            f'<p class="src-q">{html.escape(question[:160])}</p>' + "".join(items) + "</section>")


def help_html(lang: str) -> str:
    """The always-visible help box: the four services, each a tap-to-call link."""
    t = TEXT[lang]
    rows = []
    for contact in CONTACTS:
        tel = "tel:" + contact.number.replace("-", "")
        row = (f'<li><a class="help-tel" href="{tel}">{html.escape(contact.number)}</a> '
               f"{html.escape(getattr(contact, lang))}")
        if contact.site:
            host = urlsplit(contact.site).netloc
            row += f' · <a href="{html.escape(contact.site, quote=True)}" target="_blank" rel="noopener noreferrer">{html.escape(host)}</a>'
        rows.append(row + "</li>")
    return (f'<aside class="help-box" role="complementary" aria-label="{html.escape(t["help_title"])}">'
            f'<strong>{html.escape(t["help_title"])}</strong><ul>{"".join(rows)}</ul>'
            f'<p class="not-advice">{html.escape(t["not_advice"])}</p></aside>')


def article_html(title: str, article: str, heading: str, text: str, version: dict, lang: str,
                 mark: str = "") -> str:
    t = TEXT[lang]
    url = _safe_url(version.get("version_url") or version.get("url") or "")
    link = (f' · <a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">'
            f"{html.escape(t['official'])}</a>") if url else ""
    return (f'<article class="law-article"><h3>{html.escape(title)} {html.escape(article)}'
            + (f" ({html.escape(heading)})" if heading else "") + "</h3>"
            f'<p class="src-meta">{html.escape(version.get("kind", ""))} 제{html.escape(str(version.get("promulgation_no", "")))}호 · '
            f'공포 {html.escape(version.get("promulgated", ""))} · {html.escape(t["in_force"])} '
            f'{html.escape(version.get("effective", ""))}{link}</p>'
            f'<div class="src-text" lang="ko">{highlighted(text, mark)}</div></article>')


def search_results_html(chunks: list[StoredChunk], lang: str) -> str:
    if not chunks:
        return "<p>" + ("찾은 조문이 없습니다." if lang == "ko" else "No article matched.") + "</p>"
    items = []
    for chunk in chunks:
        record = chunk.record
        when = ", ".join(_period(s, None if e.startswith("9999") else e, lang) for s, e in chunk.intervals)
        items.append(f'<details class="src"><summary><strong>{html.escape(record.get("title", ""))}</strong> '
                     f'{html.escape(record.get("locator", ""))} <span class="src-when">· {html.escape(when)}</span>'
                     f'</summary><div class="src-text" lang="ko">{html.escape(chunk.text)}</div></details>')
    return "".join(items)


def gaps_html(cells: list[Cell], as_of: str, lang: str) -> str:
    """The conduct × material × victim matrix as an accessible table; gaps are marked, not left blank."""
    lookup = {(c.conduct, c.material, c.victim): c for c in cells}
    columns = [(m, v) for m in MATERIALS for v in VICTIMS]
    victim = {"adult": "성인" if lang == "ko" else "adult", "minor": "아동·청소년" if lang == "ko" else "minor"}
    caption = (f"{as_of} 현재 처벌 조항 (빈 칸 = 공백)" if lang == "ko"
               else f"Provisions in force on {as_of} (GAP = no provision)")
    head = "".join(f'<th scope="col">{html.escape(MATERIALS[m])}<br>{victim[v]}</th>' for m, v in columns)
    rows = []
    for conduct, (label, _) in CONDUCTS.items():
        cells_html = []
        for m, v in columns:
            cell = lookup.get((conduct, m, v))
            if cell is None or not cell.applicable:
                cells_html.append('<td class="na">n/a</td>')
            elif not cell.entries:
                cells_html.append('<td class="gap"><strong>' + ("공백" if lang == "ko" else "GAP") + "</strong></td>")
            else:
                entries = "<br>".join(
                    f"{html.escape(e.law)} {html.escape(e.locator)}: "
                    f"{html.escape(e.penalty_ko if lang == 'ko' else e.penalty_en)} "
                    f"({'since ' if lang == 'en' else ''}{html.escape(e.since)}{'~' if lang == 'ko' else ''})"
                    + (f" — {html.escape(e.condition)}" if e.condition else "") for e in cell.entries)
                cells_html.append(f"<td>{entries}</td>")
        rows.append(f'<tr><th scope="row">{html.escape(label)}</th>{"".join(cells_html)}</tr>')
    return (f'<div class="table-wrap"><table class="gaps"><caption>{html.escape(caption)}</caption>'
            f'<thead><tr><th scope="col"></th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def _diff_html(diff: str) -> str:
    out, last = [], 0
    for m in _DIFF.finditer(diff):
        out.append(html.escape(diff[last:m.start()]))
        out.append(f"<del>{html.escape(m.group(1))}</del>" if m.group(1) is not None
                   else f"<ins>{html.escape(m.group(2))}</ins>")
        last = m.end()
    out.append(html.escape(diff[last:]))
    return "".join(out)


def history_html(title: str, article: str, wordings: list[Wording], lang: str) -> str:
    if not wordings:
        return "<p>" + ("이 조문의 기록이 없습니다." if lang == "ko" else "No wording of this article is indexed.") + "</p>"
    parts = [f"<h3>{html.escape(title)} {html.escape(article)}: "
             + (f"{len(wordings)}개 문언" if lang == "ko" else f"{len(wordings)} wording(s)") + "</h3>"]
    for n, w in enumerate(wordings, 1):
        periods = ", ".join(_period(s, e, lang) for s, e in w.periods)
        penalties = "".join(f"<li>{html.escape(label)} {html.escape(p[lang])}</li>" for label, p in w.penalties.items())
        changes = "".join(f"<li>{html.escape(c)}</li>" for c in w.penalty_changes)
        parts.append(
            f'<details class="src"{" open" if n == len(wordings) else ""}><summary><strong>{n}.</strong> '
            f"{html.escape(periods)}</summary>"
            f'<p class="src-meta">{html.escape("; ".join(w.versions))}</p>'
            + (f"<ul>{penalties}</ul>" if penalties else "")
            + (f'<p>{"형량 변화" if lang == "ko" else "Penalty changes"}:</p><ul>{changes}</ul>' if changes else "")
            + (f'<pre class="diff">{_diff_html(w.diff)}</pre>' if w.diff else "")
            + f'<div class="src-text" lang="ko">{html.escape(w.text)}</div></details>')
    return "".join(parts)
