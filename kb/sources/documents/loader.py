"""`load_document`: one prose file (text, Markdown, HTML, PDF) into a `Document` of located pages.

Reading the bytes, choosing the format's parser, numbering paragraphs ("para N"; PDF pages stay
"p. N"), and layering the metadata: inference from the text  <  YAML front matter  <  sidecar file
<  caller overrides, each winning over the one before it.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from kb.errors import BadSource
from kb.sources.documents.boilerplate import Cleaner
from kb.sources.documents.dates import date_from_file_name, date_of_line, parse_date
from kb.sources.documents.decoding import decode, normalise_text
from kb.sources.documents.html import parse_html
from kb.sources.documents.language import detect_language, language_code
from kb.sources.documents.markdown import parse_markdown
from kb.sources.documents.metadata import jsonable, read_sidecar, split_fields
from kb.sources.documents.model import (DEFAULT_MAX_BYTES, SOURCE_TYPES, Document, Page, Parsed, one_line,
                                title_from_line)
from kb.sources.documents.pdf import parse_pdf
from kb.sources.documents.text import parse_text

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
#: At most this many removed lines are listed in metadata["boilerplate_removed"].
MAX_REMOVED_LISTED = 100


def _take_leading_date(paragraphs: list[str]) -> tuple[str, list[str]]:
    """A date from a date-only line among the first paragraphs, and the paragraphs without it."""
    for index, paragraph in enumerate(paragraphs[:5]):
        lines = paragraph.split("\n")
        for line_index, line in enumerate(lines[:2]):
            date = date_of_line(line)
            if date:
                rest = "\n".join(lines[:line_index] + lines[line_index + 1:])
                return date, paragraphs[:index] + ([rest] if rest else []) + paragraphs[index + 1:]
    return "", paragraphs


def _drop_repeated_headline(paragraphs: list[str], title: str, cleaner: Cleaner) -> list[str]:
    """Web captures repeat the headline (image captions, sticky bars); keep its first occurrence."""
    headlines = {h for h in (title.strip(), paragraphs[0] if paragraphs else "") if 0 < len(h) <= 200}
    kept, seen = [], set()
    for paragraph in paragraphs:
        if paragraph in headlines:
            if paragraph in seen:
                cleaner.removed.append({"rule": "repeated headline", "text": paragraph})
                continue
            seen.add(paragraph)
        kept.append(paragraph)
    return kept


def _human_size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KB"


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        if not path.exists():
            raise BadSource("file not found")
        if not path.is_file():
            raise BadSource("not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise BadSource(f"file too large: {_human_size(size)} (limit {_human_size(max_bytes)})")
        raw = path.read_bytes()
    except OSError as exc:
        raise BadSource(f"cannot read file ({exc.strerror or one_line(exc)})") from None
    if len(raw) > max_bytes:  # grew while we looked
        raise BadSource(f"file too large: {_human_size(len(raw))} (limit {_human_size(max_bytes)})")
    if not raw.strip():
        raise BadSource("empty file")
    return raw


def _format_of(path: Path, raw: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "unknown"


def _parse(path: Path, raw: bytes, fmt: str, cleaner: Cleaner, warnings_: list[str]) -> tuple[Parsed, dict, str]:
    """(what the format's parser found, the front matter, the text encoding ("" for PDF))."""
    if fmt == "pdf":
        return parse_pdf(raw), {}, ""
    try:
        text, encoding = decode(raw)
    except BadSource:
        if fmt == "unknown":
            kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
            raise BadSource(f"unsupported file type {kind}") from None
        raise
    text = normalise_text(text)
    if not text.strip():
        raise BadSource("empty file")
    if fmt == "html":
        return parse_html(text, cleaner), {}, encoding
    parse = parse_markdown if fmt == "markdown" else parse_text
    parsed, front = parse(text, cleaner, warnings_)
    return parsed, front, encoding


def _located_pages(parsed: Parsed, fmt: str, cleaner: Cleaner) -> tuple[list[Page], str, str]:
    """(the pages with their locators, the title and the date the text suggests)."""
    if fmt == "pdf":
        return parsed.pages, parsed.title, parsed.date
    leading_date, paragraphs = _take_leading_date([page.text for page in parsed.pages])
    if not paragraphs:
        raise BadSource("no text left after removing page boilerplate")
    title = parsed.title or title_from_line(paragraphs[0].split("\n", 1)[0])
    paragraphs = _drop_repeated_headline(paragraphs, title, cleaner)
    return [Page(f"para {n}", text) for n, text in enumerate(paragraphs, start=1)], title, parsed.date or leading_date


def _declared(layers: tuple[dict, ...], extra: dict) -> tuple[dict, dict]:
    """(the known fields the layers declare, later layers winning; every other field, merged into `extra`)."""
    declared: dict = {}
    extra = dict(extra)
    for layer in layers:
        known, others = split_fields(layer)
        declared.update(known)
        extra.update(others)
    if "title" not in declared and (extra.get("title_ko") or extra.get("title_en")):
        # bilingual knowledge cards carry one title per language
        declared["title"] = " / ".join(str(extra[k]) for k in ("title_ko", "title_en") if extra.get(k))
    return declared, extra


def _fields(declared: dict, guesses: dict, full_text: str, parsed_language: str,
            warnings_: list[str]) -> tuple[dict, list[str]]:
    """(title, url, issuer, date, source_type, language: declared when given, else guessed; which were guessed)."""
    inferred: list[str] = []

    def pick(name: str) -> str:
        if name in declared:
            return " ".join(str(declared[name]).split())
        if guesses[name]:
            inferred.append(name)
        return guesses[name]

    chosen = {name: pick(name) for name in ("title", "url", "issuer")}
    if "date" in declared:
        chosen["date"] = parse_date(declared["date"]) or ""
        if not chosen["date"]:
            warnings_.append(f"date {str(declared['date'])[:40]!r} is not a date I can read; left empty")
    else:
        chosen["date"] = pick("date")

    chosen["source_type"] = "document"
    if "type" in declared:
        wanted = str(declared["type"]).strip().lower()
        if wanted in SOURCE_TYPES:
            chosen["source_type"] = wanted
        else:
            warnings_.append(f"unknown source type {wanted[:40]!r}; using 'document' "
                             f"(expected one of {', '.join(SOURCE_TYPES)})")

    language = ""
    if "language" in declared:
        language = language_code(declared["language"]) or ""
        if not language:
            warnings_.append(f"unknown language {str(declared['language'])[:20]!r}; detected from the text")
    if not language:
        detected = detect_language(full_text)
        language = detected or parsed_language or "en"
        if detected is None and not parsed_language:
            warnings_.append("no letters to detect the language from; assumed 'en'")
        inferred.append("language")
    chosen["language"] = language
    return chosen, inferred


def load_document(path: Path, overrides: dict | None = None, *, defaults: dict | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load one prose source. Raises BadSource with a one-line reason if the file cannot be used.

    `overrides` (type, title, date, url, lang/language, issuer, id) win over the sidecar, which
    wins over front matter, which wins over what is inferred from the text and the file name.
    """
    path = Path(path)
    raw = _read(path, max_bytes)
    content_hash = hashlib.sha256(raw).hexdigest()
    fmt = _format_of(path, raw)
    warnings_: list[str] = []
    cleaner = Cleaner()
    parsed, front, encoding = _parse(path, raw, fmt, cleaner, warnings_)
    warnings_.extend(parsed.warnings)

    pages, inferred_title, inferred_date = _located_pages(parsed, fmt, cleaner)
    inferred_date = inferred_date or date_from_file_name(path.name) or ""
    full_text = "\n".join(page.text for page in pages)

    sidecar, sidecar_name = read_sidecar(path)
    declared, extra = _declared((defaults or {}, front, sidecar, overrides or {}), parsed.extra)
    guesses = {"title": inferred_title, "url": parsed.url, "issuer": parsed.issuer or cleaner.copyright_owner,
               "date": inferred_date}
    fields, inferred = _fields(declared, guesses, full_text, parsed.language, warnings_)
    source_id = " ".join(str(declared.get("id", "")).split()) or f"doc-{content_hash[:16]}"

    metadata = dict(extra)
    declared_warnings = metadata.pop("warnings", None)
    metadata["format"] = parsed.fmt
    metadata["warnings"] = (declared_warnings if isinstance(declared_warnings, list) else []) + warnings_
    metadata["inferred"] = inferred
    if encoding:
        metadata["encoding"] = encoding
    if sidecar_name:
        metadata["sidecar"] = sidecar_name
    if cleaner.removed:
        metadata["boilerplate_removed"] = cleaner.removed[:MAX_REMOVED_LISTED]
        metadata["boilerplate_removed_count"] = len(cleaner.removed)

    return Document(source_id=source_id, path=str(path), content_hash=content_hash, pages=pages,
                    metadata=jsonable(metadata), **fields)
