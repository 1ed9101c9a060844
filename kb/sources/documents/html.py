"""HTML pages (web captures): the text of block elements as paragraphs, without navigation, headers,
footers, forms, hidden elements and page furniture; title, date, URL, site and language from the head."""
from __future__ import annotations

import re
import warnings

from kb.sources.documents.boilerplate import Cleaner
from kb.sources.documents.dates import parse_date
from kb.sources.documents.decoding import clean_line
from kb.sources.documents.language import language_code
from kb.sources.documents.model import Page, Parsed


_HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript",
              "template", "svg", "iframe", "button", "select", "dialog")
_HTML_DROP_ROLES = ("navigation", "banner", "contentinfo", "search", "dialog", "alertdialog")
_HTML_BLOCKS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "thead", "tbody",
    "div", "section", "article", "main", "pre", "dd", "dt", "dl", "ul", "ol", "figure", "figcaption",
    "caption", "address", "hr", "body", "html", "details", "summary",
})
_HTML_CELLS = frozenset({"td", "th"})
_HTML_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date",
                   "pubdate", "publishdate", "dc.date", "dcterms.date", "article:modified_time")


def _drop_non_content(soup) -> None:
    """Remove navigation, headers, footers, forms, scripts and hidden elements from the tree."""
    for tag in soup.find_all(_HTML_DROP):
        if tag.name == "header" and tag.find_parent("article") is not None:
            continue  # an article's own header holds its headline
        tag.decompose()
    for tag in soup.find_all(attrs={"role": True}):
        if not tag.decomposed and str(tag.get("role")).lower() in _HTML_DROP_ROLES:
            tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and (tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true"):
            tag.decompose()


def _text_blocks(soup) -> list[list[str]]:
    """The cleaned lines of each block element of the body, in document order (cells joined by " | ")."""
    from bs4.element import NavigableString, PreformattedString, Tag

    blocks: list[list[str]] = []
    buffer: list[str] = []

    def flush():
        lines = [clean_line(piece) for piece in "".join(buffer).split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append(lines)
        buffer.clear()

    body = soup.body or soup
    stack: list[tuple[object, bool]] = [(body, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if isinstance(node, PreformattedString):  # comments, doctype, CDATA
            continue
        if isinstance(node, NavigableString):
            buffer.append(re.sub(r"\s+", " ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            buffer.append("\n")
            continue
        if node.name == "pre":
            flush()
            buffer.append(node.get_text())
            flush()
            continue
        if node.name in _HTML_CELLS:
            if "".join(buffer).strip():
                buffer.append(" | ")
        elif node.name in _HTML_BLOCKS:
            flush()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.children)))
    flush()
    return blocks


def parse_html(text: str, cleaner: Cleaner) -> Parsed:
    """The paragraphs and head metadata of one HTML page."""
    from bs4 import BeautifulSoup

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "html.parser")

    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and isinstance(tag.get("content"), str) and key not in meta:
            meta[key] = tag["content"].strip()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    title = title or meta.get("og:title", "")
    date = next((d for d in (parse_date(meta.get(k, "")) for k in _HTML_DATE_META) if d), "")
    canonical = soup.find("link", rel="canonical")
    url = meta.get("og:url", "") or (canonical.get("href", "") if canonical else "")
    root = soup.find("html")
    language = language_code(root.get("lang", "")) if root and root.get("lang") else ""

    _drop_non_content(soup)
    blocks = _text_blocks(soup)

    paragraphs = []
    for lines in blocks:
        kept = [line for line in lines if cleaner.keep(line)]
        if kept:
            paragraphs.append("\n".join(kept))
    if not title:
        first_h1 = soup.find("h1")
        title = first_h1.get_text(" ", strip=True) if first_h1 else ""
    extra = {key: meta[key] for key in ("description", "author") if meta.get(key)}
    return Parsed(pages=[Page("", p) for p in paragraphs], fmt="html", title=title, date=date,
                   url=url, issuer=meta.get("og:site_name", ""), language=language or "", extra=extra)
