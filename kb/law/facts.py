"""Checkable facts in a text: numbers, amounts, durations, dates, phone numbers and article references.

Each fact is reduced to a canonical string so that a Korean statute and an English sentence can be
compared: "5천만원" and "KRW 50 million" are both ``amount:50000000``; "7년" and "7 years" are both
``duration:7y``; "2024.10.16", "2024-10-16",
"2024년 10월 16일" and "16 October 2024" are all ``date:2024-10-16``; "제14조의2" and "Article 14-2"
are both ``article:14조의2``. A text supports a claim when every fact of the claim is among the
facts of the text. The source side also yields every bare number it contains, so a plain "3" in a
claim matches a "3년" in the statute.
"""
from __future__ import annotations

import re

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH_NAMES = "|".join(list(_MONTHS) + [m[:3] for m in _MONTHS])
_EN_UNITS = {"billion": 10**9, "million": 10**6, "thousand": 10**3}

_PHONE = re.compile(r"(?<![\d-])(\d{2,4}-\d{3,4}-\d{4})(?![\d-])")
_DATE_DOTTED = re.compile(r"(?<!\d)(19\d\d|20\d\d)[.\-/]\s?(\d{1,2})[.\-/]\s?(\d{1,2})(?!\d)")
_DATE_KO = re.compile(r"(19\d\d|20\d\d)\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_DATE_EN_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_MONTH_NAMES})\.?,?\s+(19\d\d|20\d\d)", re.I)
_DATE_EN_MDY = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(19\d\d|20\d\d)", re.I)
_ARTICLE_KO = re.compile(r"제\s*(\d+)\s*조(?:\s*의\s*(\d+))?")
_ARTICLE_EN = re.compile(r"\bArt(?:icle|\.)?s?\s+(\d+)(?:-(\d+)|\s*bis)?", re.I)
#: A sum in Korean digits and units, read whole: "5천만원", "1천500만원" (15 million, not 500만), "1억 5천만원", "5백만원",
#: "20만 원", "10,000원". Thousands and hundreds count inside the 만 (10^4) group when one follows.
KOREAN_WON = (r"(?<![\d.,])(?=\d)(?:(\d+(?:\.\d+)?)\s*억\s*)?(?:(\d+)\s*천\s*)?(?:(\d+)\s*백\s*)?"
              r"(\d+(?:,\d{3})*(?:\.\d+)?)?\s*(만)?\s*원")
_AMOUNT_KO = re.compile(KOREAN_WON)
#: A sum in bare digits is one only when 원 follows them at once and ends the word or takes a particle ("10,000원을").
_BARE_WON = re.compile(r"[\d,.]+원(?![가-힣])|[\d,.]+원(?=이상|이하|미만|을|의|이|은|으로|에|과|와|도|까지|부터|씩|짜리|가량|정도)")
_AMOUNT_EN = re.compile(r"(?:KRW|₩)\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*(billion|million|thousand)?|"
                        r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(billion|million|thousand)?\s*(?:won|KRW)\b", re.I)
_SCALED = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(billion|million|thousand)\b", re.I)
# "N월"/"N일" are calendar days and months ("12월", "28일") unless a period follows ("14일 이내").
_DURATION_KO = re.compile(r"(?<![\d.])(\d{1,3})\s*(년|개월|시간|일)(?=\s*(?:이내|간|동안|이\s*경과|안에|전까지)|(?<!일))")
_DURATION_EN = re.compile(r"(?<![\d.])(\d{1,3})[\s-]*(years?|months?|days?|hours?)\b", re.I)
_UNIT = {"년": "y", "개월": "m", "월": "m", "일": "d", "시간": "h", "year": "y", "month": "m", "day": "d", "hour": "h"}
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _number(text: str) -> str:
    """Canonical form of a written number: no thousands separators, no trailing ".0"."""
    value = text.replace(",", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value


def korean_won(text: str) -> int | None:
    """The won a Korean sum states ("1천500만원" -> 15000000), or None when ``text`` holds none."""
    m = _AMOUNT_KO.search(text)
    return _korean_sum(m) if m else None


def _korean_sum(m: re.Match) -> int:
    """The won of an ``_AMOUNT_KO`` match: 억, then 천 and 백 and the digits, times 만 when it follows."""
    hundred_millions, thousands, hundreds, rest, man = m.groups()
    group = int(thousands or 0) * 1000 + int(hundreds or 0) * 100 + float((rest or "0").replace(",", ""))
    return int(round(float(hundred_millions or 0) * 10**8 + group * (10**4 if man else 1)))


def _scaled(number: str, unit: str, table: dict) -> str:
    value = float(number.replace(",", "")) * table[unit.lower()]
    return str(int(round(value)))


def facts(text: str, *, source: bool = False) -> set[str]:
    """Canonical facts of a text. With ``source=True`` every bare number is added too (for matching)."""
    found: set[str] = set()
    consumed: list[tuple[int, int]] = []

    def take(match: re.Match, fact: str) -> None:
        found.add(fact)
        consumed.append(match.span())

    for m in _PHONE.finditer(text):
        take(m, f"phone:{m.group(1)}")
    for pattern, order in ((_DATE_DOTTED, (1, 2, 3)), (_DATE_KO, (1, 2, 3))):
        for m in pattern.finditer(text):
            y, mo, d = (int(m.group(i)) for i in order)
            if 1 <= mo <= 12 and 1 <= d <= 31:
                take(m, f"date:{y:04d}-{mo:02d}-{d:02d}")
    for m in _DATE_EN_DMY.finditer(text):
        month = _MONTHS.get(m.group(2).lower()) or _MONTHS[next(k for k in _MONTHS if k.startswith(m.group(2).lower()[:3]))]
        take(m, f"date:{int(m.group(3)):04d}-{month:02d}-{int(m.group(1)):02d}")
    for m in _DATE_EN_MDY.finditer(text):
        month = _MONTHS.get(m.group(1).lower()) or _MONTHS[next(k for k in _MONTHS if k.startswith(m.group(1).lower()[:3]))]
        take(m, f"date:{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}")
    for m in _ARTICLE_KO.finditer(text):
        take(m, f"article:{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else ""))
    for m in _ARTICLE_EN.finditer(text):
        take(m, f"article:{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else ""))
    for m in _AMOUNT_KO.finditer(text):
        if not any(m.groups()[:3]) and not m.group(5) and not _BARE_WON.match(text, m.start()):
            continue  # "1366 원스톱", "3원칙": digits before a word that starts with 원 are no sum
        take(m, f"amount:{_korean_sum(m)}")
    for m in _AMOUNT_EN.finditer(text):
        number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        take(m, f"amount:{_scaled(number, unit, _EN_UNITS) if unit else _number(number)}")
    for pattern in (_DURATION_KO, _DURATION_EN):  # "3년", "3 years": a length of time, not just a number
        for m in pattern.finditer(text):
            if not _inside(m.span(), consumed):
                take(m, f"duration:{int(m.group(1))}{_UNIT[m.group(2).lower().rstrip('s')]}")
    for m in _SCALED.finditer(text):
        if not _inside(m.span(), consumed):
            take(m, f"number:{_scaled(m.group(1), m.group(2), _EN_UNITS)}")
    for m in _NUMBER.finditer(text):
        if source or not _inside(m.span(), consumed):
            found.add(f"number:{_number(m.group(0))}")
    if source:  # a source's amount or date also vouches for the numbers written inside it
        found.update(f"number:{_CIRCLED.index(c) + 1}" for c in text if c in _CIRCLED)
        for fact in list(found):
            kind, _, value = fact.partition(":")
            if kind in ("amount", "number") and value.isdigit():
                found.add(f"number:{value}")
            if kind == "date":
                found.update(f"number:{int(part)}" for part in value.split("-"))
    return found


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def unsupported(claim: str, *sources: str) -> set[str]:
    """Facts of ``claim`` that none of the ``sources`` contains."""
    supported: set[str] = set()
    for text in sources:
        supported |= facts(text, source=True)
    return facts(claim) - supported
