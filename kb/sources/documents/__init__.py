"""Loaders for prose sources (plain text, Markdown, HTML, PDF) into located pages.

`load_document(path)` reads one file and returns a `Document` whose `pages` are located
pieces of text: "p. N" for PDF pages, "para N" for paragraphs of text, Markdown and HTML.

One module per format (`text`, `markdown`, `html`, `pdf`), and the parts they share: `model` (the
records), `decoding` (bytes to text), `boilerplate` (page furniture), `dates`, `language`,
`metadata` (front matter and sidecars) and `loader` (which ties them together).

Metadata comes from four layers, each winning over the one before it:
inference from the text  <  YAML front matter  <  sidecar file  <  caller overrides.
A sidecar is `<file>.meta.json` / `<file>.meta.yaml` next to the file (the stem form,
`<stem>.meta.json`, is accepted too).

Web captures carry page furniture ("top of page", "본문 바로가기", share buttons, cookie
banners, ...). Short lines that consist only of such furniture are dropped; the table
`BOILERPLATE_RULES` lists what counts. Real sentences that merely mention a word
like "share" or "comments" are kept, because every rule must match the *whole* line.

Every file that cannot be used raises `BadSource` with a one-line, user-facing reason.
The package never prints; warnings about a file go into `Document.metadata["warnings"]`.
"""
from kb.sources.documents.boilerplate import BOILERPLATE_RULES, BoilerplateRule
from kb.sources.documents.dates import parse_date
from kb.sources.documents.language import detect_language
from kb.sources.documents.loader import load_document
from kb.sources.documents.metadata import is_sidecar, sidecar_paths
from kb.sources.documents.model import DEFAULT_MAX_BYTES, LANGUAGES, SOURCE_TYPES, Document, Page

__all__ = [
    "BOILERPLATE_RULES", "DEFAULT_MAX_BYTES", "Document", "LANGUAGES", "Page", "SOURCE_TYPES",
    "BoilerplateRule", "detect_language", "is_sidecar", "load_document", "parse_date", "sidecar_paths",
]
