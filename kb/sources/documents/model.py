"""What a loaded prose source is: a `Document` of located `Page`s, and what each format's parser returns."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

SOURCE_TYPES = ("news", "guidance", "report", "card", "document")
LANGUAGES = ("ko", "en")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: A title inferred from a first line is cut to this many characters.
MAX_INFERRED_TITLE = 150


@dataclass
class Page:
    """A located piece of a document."""

    locator: str  # "p. 3" for PDF pages, "para 5" for the 5th paragraph, "" if N/A
    text: str


@dataclass
class Document:
    source_id: str
    path: str
    content_hash: str  # sha256 (hex) of the raw bytes
    source_type: str  # one of SOURCE_TYPES
    title: str
    date: str  # YYYY-MM-DD or ""
    url: str
    language: str  # "ko" | "en"
    issuer: str
    pages: list[Page] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        """All page texts, separated by blank lines."""
        return "\n\n".join(page.text for page in self.pages)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Parsed:
    """What a format-specific parser (text, markdown, html, pdf) hands to the common metadata step."""

    pages: list[Page]
    fmt: str
    title: str = ""
    date: str = ""
    url: str = ""
    issuer: str = ""
    language: str = ""
    extra: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def one_line(exc: BaseException) -> str:
    """An exception as one short line for a user-facing reason."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def title_from_line(line: str) -> str:
    """A title made from a document's first line, cut at a word near MAX_INFERRED_TITLE characters."""
    line = line.strip()
    if len(line) <= MAX_INFERRED_TITLE:
        return line
    cut = line[:MAX_INFERRED_TITLE].rsplit(" ", 1)[0]
    return (cut if len(cut) > MAX_INFERRED_TITLE // 2 else line[:MAX_INFERRED_TITLE]).rstrip(" ,;:") + "…"
