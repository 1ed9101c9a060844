"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one as some Windows tools
save it), then CP949 (a superset of EUC-KR: every byte sequence EUC-KR decodes, CP949 decodes too);
and the cleaning every format's lines get (NFC, no control or invisible characters, single spaces)."""
from __future__ import annotations

import codecs
import re
import unicodedata

from kb.errors import BadSource

#: Share of control characters above which decoded bytes are judged binary junk.
MAX_CONTROL_RATIO = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark (some Windows tools), else None. Such text has its
    NUL bytes (the high byte of every ASCII character) all on one side of each byte pair; binary data
    has them anywhere."""
    if len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    for codec, nuls, stray in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls and stray == 0:
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                return None
            if len(_CONTROL.findall(text)) <= MAX_CONTROL_RATIO * len(text):
                return text
    return None


_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]+")


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding name) or BadSource. UTF-8 (BOM or not), UTF-16 with a BOM, then CP949."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise BadSource("not text: broken UTF-16") from None
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is None:
            raise BadSource("binary data, not text (contains NUL bytes)")
        return utf16, "utf-16"
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text, encoding = raw.decode("cp949"), "cp949"
        except UnicodeDecodeError:
            raise BadSource(f"not text: neither UTF-8 nor CP949/EUC-KR "
                            f"(bad byte at offset {utf8_error.start})") from None
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise BadSource(f"binary data, not text ({controls / len(text):.0%} control characters)")
    return text, encoding


def clean_line(line: str) -> str:
    """One line without invisible characters, runs of spaces as one space, trimmed."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def normalise_text(text: str) -> str:
    """Unix line ends, NFC (Korean from macOS arrives decomposed), no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)
