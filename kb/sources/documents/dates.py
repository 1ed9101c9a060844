"""Dates in prose sources: ISO, Korean (2024년 8월 28일 (수)), English (Aug. 28, 2024) and compact forms."""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "(?P<month_name>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_KO_WEEKDAY = r"(?:\s*\(\s*[월화수목금토일](?:요일)?\s*\))?"
_TIME_TAIL = (r"(?:[\sT,]+(?:(?:오전|오후|am|pm|a\.m\.|p\.m\.)\s*)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
              r"\s*(?:z|[+-]\d{2}:?\d{2}|am|pm|a\.m\.|p\.m\.)?(?:\s*\(?(?:kst|utc|gmt)\)?)?)?")
_DATE_FORMS = (
    rf"(?P<y>\d{{4}})\s*[-./]\s*(?P<m>\d{{1,2}})\s*[-./]\s*(?P<d>\d{{1,2}})\.?{_KO_WEEKDAY}",
    rf"(?P<y>\d{{4}})\s*년\s*(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일{_KO_WEEKDAY}",
    rf"{_WEEKDAY}{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})",
    rf"{_WEEKDAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}})",
    r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})",
)
_DATE_RES = tuple(re.compile(form + _TIME_TAIL, re.IGNORECASE) for form in _DATE_FORMS)
_DATE_LINE_LABEL = re.compile(
    r"^(?:published|posted|updated|date|입력|수정|등록|기사\s*입력|발행일?|작성일)\s*[:：]?\s*", re.IGNORECASE)
_FILE_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_date(value) -> str | None:
    """`value` (a string, date or datetime) as YYYY-MM-DD, or None if it is not a whole date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    for regex in _DATE_RES:
        match = regex.fullmatch(text)
        if not match:
            continue
        parts = match.groupdict()
        month = _MONTHS[parts["month_name"].lower()] if parts.get("month_name") else int(parts["m"])
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"])).isoformat()
        except ValueError:
            return None
    return None


def date_of_line(line: str) -> str | None:
    """A date if the line is nothing but a (possibly labelled) date."""
    if len(line) > 60:
        return None
    return parse_date(_DATE_LINE_LABEL.sub("", line.strip()))


def date_from_file_name(name: str) -> str | None:
    """The first valid YYYY-MM-DD in a file name."""
    for match in _FILE_NAME_DATE.finditer(name):
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            continue
    return None
