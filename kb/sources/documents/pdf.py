"""PDF files: one located page ("p. N") per PDF page with a text layer, read with pypdf; a broken page
is skipped with a warning, an encrypted, empty, corrupt or image-only file is refused with a reason."""
from __future__ import annotations

import io
import logging
import re
import warnings
from contextlib import contextmanager

from kb.errors import BadSource
from kb.sources.documents.decoding import clean_line, normalise_text
from kb.sources.documents.model import Page, Parsed, one_line, title_from_line


class _CollectLog(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        try:
            self.messages.append(" ".join(record.getMessage().split()))
        except Exception:  # a malformed log record must not break loading
            pass


@contextmanager
def _quiet_pypdf():
    """Collect pypdf's log warnings (otherwise printed to stderr) instead of printing them."""
    logger = logging.getLogger("pypdf")
    handler = _CollectLog()
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield handler.messages
    finally:
        logger.removeHandler(handler)


def parse_pdf(raw: bytes) -> Parsed:
    """The pages and document info of one PDF."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    page_texts: list[tuple[int, str]] = []
    extra: dict = {}
    warnings_: list[str] = []
    with _quiet_pypdf() as log:
        try:
            reader = PdfReader(io.BytesIO(raw), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except DependencyError:
                    raise BadSource("encrypted PDF (its cipher needs the 'cryptography' package)") from None
                if not opened:
                    raise BadSource("encrypted PDF (needs a password)")
            count = len(reader.pages)
            if count == 0:
                raise BadSource("PDF has no pages")
            failures = 0
            for number, page in enumerate(reader.pages, start=1):
                try:
                    page_texts.append((number, page.extract_text() or ""))
                except (BadSource, FileNotDecryptedError):
                    raise
                except Exception as exc:  # one broken page: keep the others
                    failures += 1
                    warnings_.append(f"p. {number}: text extraction failed ({one_line(exc)})")
            if failures == count:
                raise BadSource("corrupt PDF: text extraction failed on every page")
            title = author = ""
            try:
                info = reader.metadata
                if info is not None:
                    title = str(info.title or "").strip()
                    author = str(info.author or "").strip()
                    created = info.creation_date
                    if created is not None:
                        extra["pdf_created"] = created.date().isoformat()
            except Exception as exc:
                warnings_.append(f"PDF metadata unreadable ({one_line(exc)})")
        except BadSource:
            raise
        except FileNotDecryptedError:
            raise BadSource("encrypted PDF (needs a password)") from None
        except Exception as exc:  # pypdf raises many kinds of errors on broken files
            if b"%%EOF" not in raw[-2048:]:
                raise BadSource(f"corrupt PDF (truncated: no end-of-file marker): {one_line(exc)}") from None
            raise BadSource(f"corrupt PDF: {one_line(exc)}") from None
    if author:
        extra["author"] = author
    pages = []
    for number, text in page_texts:
        lines = [clean_line(line) for line in normalise_text(text).split("\n")]
        body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        if body:
            pages.append(Page(f"p. {number}", body))
    if not pages:
        raise BadSource("no text layer (a scanned or image-only PDF: run OCR on it first)")
    warnings_.extend(dict.fromkeys(log[:20]))
    if not title:
        title = title_from_line(pages[0].text.split("\n", 1)[0])
    parsed = Parsed(pages=pages, fmt="pdf", title=title, extra=extra)
    parsed.warnings = warnings_
    return parsed
