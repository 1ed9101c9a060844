"""Which language a text is in ("ko" or "en"), and language names as metadata writes them."""
from __future__ import annotations

import re

#: Share of Hangul among letters (Hangul + Latin) from which a text counts as Korean.
KOREAN_HANGUL_RATIO = 0.25

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z]")
_LANGUAGE_NAMES = {"ko": "ko", "kor": "ko", "korean": "ko", "한국어": "ko", "국문": "ko",
                   "en": "en", "eng": "en", "english": "en", "영어": "en", "영문": "en"}


def detect_language(text: str, sample_chars: int = 200_000) -> str | None:
    """"ko" or "en" by the share of Hangul among letters; None when the text has no letters."""
    sample = text[:sample_chars]
    hangul = len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    if hangul + latin == 0:
        return None
    return "ko" if hangul / (hangul + latin) >= KOREAN_HANGUL_RATIO else "en"


def language_code(value) -> str | None:
    """"ko"/"en" for a declared language ("Korean", "ko-KR", "영문" …), None if unknown."""
    text = str(value).strip().lower()
    return _LANGUAGE_NAMES.get(text) or _LANGUAGE_NAMES.get(re.split(r"[-_]", text)[0])
