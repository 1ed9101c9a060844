"""Markdown files: headings become their own paragraphs (the first one the title), inline markup is
removed, fenced code is kept as it is, link reference definitions and HTML comments are dropped."""
from __future__ import annotations

import re

from kb.sources.documents.boilerplate import Cleaner
from kb.sources.documents.metadata import front_matter
from kb.sources.documents.model import Page, Parsed
from kb.sources.documents.text import paragraphs_from_lines

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_ATX = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_MD_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"^\s{0,3}>\s?"), ""),
)


def _markdown_lines(text: str) -> tuple[list[str], str]:
    """Lines with headings set apart by blank lines and inline markup removed; first heading."""
    out: list[str] = []
    first_heading = ""
    in_fence = False

    def heading(value: str):
        nonlocal first_heading
        value = _strip_inline_markdown(value).strip()
        if value:
            first_heading = first_heading or value
            out.extend(["", value, ""])

    for raw in _HTML_COMMENT.sub("", text).split("\n"):
        if _MD_FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(raw)
            continue
        atx = _MD_ATX.match(raw)
        if atx:
            heading(atx.group(1) or "")
            continue
        setext = _MD_SETEXT.match(raw)
        if setext and out and out[-1].strip() and (len(out) < 2 or not out[-2].strip()):
            previous = out.pop()
            heading(previous)
            continue
        if _MD_REF_DEF.match(raw):
            continue
        out.append(_strip_inline_markdown(raw))
    return out, first_heading


def _strip_inline_markdown(line: str) -> str:
    for regex, replacement in _MD_INLINE:
        line = regex.sub(replacement, line)
    return line


def parse_markdown(text: str, cleaner: Cleaner, warnings_: list[str]) -> tuple[Parsed, dict]:
    """(the paragraphs and first heading, the front matter) of a Markdown file."""
    front, body = front_matter(text, warnings_)
    lines, title = _markdown_lines(body)
    paragraphs = paragraphs_from_lines(lines, cleaner, blank_separated=True)
    return Parsed(pages=[Page("", p) for p in paragraphs], fmt="markdown", title=title), front
