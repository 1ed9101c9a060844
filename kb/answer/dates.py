"""The day a question points at: a day, a month or a year it names, before or in it ("before October 2024",
"2024년 3월 1일", "on 1 March 2024"), and whether a year it names is when the law changed."""
from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS_EN = {m: i for i, m in enumerate(("january february march april may june july august september october "
                                          "november december").split(), 1)}


#: A year or a month named alone ("in 2023", "2024년 8월에", "in August 2024"): for a question about the law it is
#: when the conduct happened; for one about figures it is the period counted, and implies no date of the law.
_PERIOD_KINDS = {"year", "at", "at_en"}
#: ... and beside a word of change ("how much did the sentence go up in 2024", "2024년에 바뀐 법", "what changed in
#: October 2024") it is when the law changed: the question is about the law's history, not about a day of it.
_CHANGE = (r"(?:go(?:es)?|went|gone|going)\s+up|(?:rais|increas|chang|amend|strengthen|toughen|tighten|revis|introduc)\w*|"
           r"rose|risen|added|reformed")
CHANGED_IN = re.compile(
    r"\b(?:" + _CHANGE + r")\s+(?:\w+\s+){0,2}?(?:in|on|during|since)\s+(?:\w+\s+)?(?:\d{1,2}\s+)?20\d\d|"
    r"20\d\d\s*년\S*\s*(?:\d{1,2}\s*월\S*\s*)?(?:\S+\s+)?(?:개정|바뀌|바뀐|바꾼|달라|올랐|오른|올라|상향|강화|신설|생긴|생겼)", re.I)


def implied_date(text: str, years: bool = True) -> str | None:
    """The day a question points at: "2024년 10월 이전" / "before October 2024" → the day before that month.
    A past year or month alone ("in 2023", "2023년에", "in August 2024") names its middle when ``years``
    (a question about the law; see ``_PERIOD_KINDS``)."""
    lowered = text.lower()
    patterns = [
        (r"(20\d\d)\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일", "day"),
        (r"(20\d\d)\s*년\s*(\d{1,2})\s*월\s*초", "early"),
        (r"(20\d\d)\s*년\s*(\d{1,2})\s*월\s*(?:(?:법\s*)?(?:개정|시행)\s*)?(이전|전(?![가-힣])|전에|까지)", "before"),
        (r"(20\d\d)\s*년\s*(\d{1,2})\s*월\s*(당시|에|기준)", "at"),
        # a day written out: "on 1 March 2024", "as of September 30, 2024", "2024-10-15"; "before" it, the day before
        (r"(before\s+)?(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(_MONTHS_EN) + r"),?\s+(20\d\d)", "day_en"),
        (r"(before\s+)?(" + "|".join(_MONTHS_EN) + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d)", "day_en_us"),
        (r"(before\s+)?(?<!\d)(20\d\d)-(\d{2})-(\d{2})(?!\d)", "day_iso"),
        (r"before\s+(?:the\s+)?(" + "|".join(_MONTHS_EN) + r")\s+(20\d\d)", "before_en"),
        (r"(in|as of|during)\s+(" + "|".join(_MONTHS_EN) + r")\s+(20\d\d)", "at_en"),
        (r"(20\d\d)\s*년\s*(이전|전|까지)", "before_year"),
        (r"before\s+(20\d\d)", "before_year_en"),
        (r"(20\d\d)\s*년도?\s*(에|당시|기준|때)", "year"),
        (r"\b(?:in|during|as of|back in)\s+(20\d\d)\b(?!\s*[-–]\s*\d)", "year"),
    ]
    for pattern, kind in patterns:
        m = re.search(pattern, lowered)
        if not m or (kind in _PERIOD_KINDS and not years):
            continue
        try:
            return _day(kind, m)
        except ValueError:  # "2024년 13월 45일" names no day: the question implies no date by it
            continue
    return None


#: The groups of the year, the month and the day in each English way of writing a day.
_DAY_ORDER = {"day_en": (4, 3, 2), "day_en_us": (4, 2, 3), "day_iso": (2, 3, 4)}


def _day(kind: str, m: re.Match) -> str:
    """The day one matched pattern of ``implied_date`` names (ValueError for an impossible one)."""
    if kind == "day":
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    if kind in _DAY_ORDER:  # a day written out in English; "before" it names the day before
        year, month, day = (m.group(i) for i in _DAY_ORDER[kind])
        month = int(month) if month.isdigit() else _MONTHS_EN[month]
        return (date(int(year), month, int(day)) - timedelta(days=1 if m.group(1) else 0)).isoformat()
    if kind == "early":
        return date(int(m.group(1)), int(m.group(2)), 1).isoformat()
    if kind == "before":
        return (date(int(m.group(1)), int(m.group(2)), 1) - timedelta(days=1)).isoformat()
    if kind == "at":
        return date(int(m.group(1)), int(m.group(2)), 15).isoformat()
    if kind == "before_en":
        return (date(int(m.group(2)), _MONTHS_EN[m.group(1)], 1) - timedelta(days=1)).isoformat()
    if kind == "at_en":
        return date(int(m.group(3)), _MONTHS_EN[m.group(2)], 15).isoformat()
    if kind == "year":  # a past year's middle (like a month's 15th); this year or a later one names no past date
        if int(m.group(1)) >= date.today().year:
            raise ValueError("not a past year")
        return date(int(m.group(1)), 7, 1).isoformat()
    return (date(int(m.group(1)), 1, 1) - timedelta(days=1)).isoformat()
