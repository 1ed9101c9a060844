"""Plain text files: paragraphs from lines, blank-line separated or one paragraph per line."""
from __future__ import annotations

from kb.sources.documents.boilerplate import Cleaner
from kb.sources.documents.decoding import clean_line
from kb.sources.documents.metadata import front_matter
from kb.sources.documents.model import Page, Parsed


def paragraphs_from_lines(lines: list[str], cleaner: Cleaner, blank_separated: bool | None) -> list[str]:
    """Paragraphs from lines ("" = blank). blank_separated None: decide from the text itself."""
    kept: list[str] = []
    for raw in lines:
        line = clean_line(raw)
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
        elif cleaner.keep(line):
            kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    if blank_separated is None:
        blank_separated = "" in kept
    if not blank_separated:
        return kept
    paragraphs, current = [], []
    for line in kept + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return paragraphs


def parse_text(text: str, cleaner: Cleaner, warnings_: list[str]) -> tuple[Parsed, dict]:
    """(the paragraphs, the front matter) of a plain text file; a blank line ends a paragraph when the
    text has any, else every line is one."""
    front, body = front_matter(text, warnings_)
    paragraphs = paragraphs_from_lines(body.split("\n"), cleaner, blank_separated=None)
    return Parsed(pages=[Page("", p) for p in paragraphs], fmt="text", title=""), front
