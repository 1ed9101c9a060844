"""Korean statutes in the legalize-kr Markdown layout: parsing and the version in force on a date.

A file holds one version (법령MST) of one law document: YAML front matter (제목, 법령MST, 공포일자,
공포번호, 시행일자, 출처 …), articles as ``##### 제N조(의M) (제목)``, paragraphs (항) as ``**①**``,
items (호) as ``  1\\.``, amendment tags ``<개정 …>`` / ``<신설 …>``, deletions ``삭제 <…>`` and a
``## 부칙`` (addenda) section. Two file-name layouts are understood: the mirror's
``NAME__KIND@YYYY-MM-DD.md`` (older versions) / ``NAME__KIND.md`` (newest), and a legalize-kr checkout's
``kr/NAME/KIND.md``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from kb.errors import BadSource
from kb.law.vocabulary import article_key, paragraph_key

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
OPEN_END = "9999-12-31"

_ARTICLE = re.compile(r"^#{5}\s*제(\d+)조(?:의(\d+))?\s*(?:\((.*)\))?\s*$")
_PARAGRAPH = re.compile(r"^\*\*([" + CIRCLED + r"])\*\*\s*")
_ITEM = re.compile(r"^(\s*)(\d+(?:의\d+)?|[가-하])\\\.\s*")
_CHAPTER = re.compile(r"^#{2,4}\s+(.+?)\s*$")
_TAG = re.compile(r"<(개정|신설)\s+([0-9.,\s]+)>")
_TAG_DATE = re.compile(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})")
_ADDENDUM = re.compile(r"^부칙(?:\(([^)]*)\))?\s*<([^>]+)>\s*$")
_DELETED = re.compile(r"^삭제\s*<[^>]*>\s*$")
_FILE_VERSION = re.compile(r"^(?P<name>.+?)__(?P<kind>[^@]+?)(?:@(?P<date>\d{4}-\d{2}-\d{2})(?:_(?P<no>\d+))?)?$")


@dataclass(frozen=True)
class Provision:
    """One paragraph (항) of an article, with its items (호); ``number`` is 0 for unnumbered text."""

    number: int
    text: str

    @property
    def label(self) -> str:
        return paragraph_key(self.number) if self.number else ""


@dataclass(frozen=True)
class Article:
    """One article (조) of one statute version."""

    label: str  # "제14조의2"
    title: str  # "허위영상물 등의 반포등"
    chapter: str
    provisions: tuple[Provision, ...]
    deleted: bool = False

    @property
    def heading(self) -> str:
        return f"{self.label}({self.title})" if self.title else self.label

    @property
    def body(self) -> str:
        return "\n".join(p.text for p in self.provisions)

    @property
    def amended(self) -> list[str]:
        return tag_dates(self.body, "개정")

    @property
    def added(self) -> list[str]:
        return tag_dates(self.body, "신설")


@dataclass(frozen=True)
class Addendum:
    """One 부칙 block, e.g. ``부칙 <제20459호,2024.10.16>``."""

    label: str
    text: str


@dataclass(frozen=True)
class StatuteVersion:
    """One version of one law document, with the front-matter facts that date it."""

    law_key: str  # "성폭력범죄의처벌등에관한특례법/법률": stable across versions
    title: str
    kind: str  # 법률 | 대통령령 (시행령) | …
    mst: str
    promulgated: str  # 공포일자, ISO
    promulgation_no: int  # 공포번호
    effective: str  # 시행일자, ISO
    url: str
    ministries: tuple[str, ...]
    path: str
    content_hash: str
    articles: tuple[Article, ...] = field(repr=False)
    addenda: tuple[Addendum, ...] = field(repr=False)

    @property
    def version_id(self) -> str:
        return f"{self.law_key}@{self.effective}#{self.promulgation_no}"

    @property
    def version_url(self) -> str:
        """law.go.kr page of this exact version: ``…/법령/NAME/(공포번호,공포일자)``."""
        if not self.url:
            return ""
        return f"{self.url}/({self.promulgation_no},{self.promulgated.replace('-', '')})"

    def article(self, label: str) -> Article | None:
        return next((a for a in self.articles if a.label == label), None)


def tag_dates(text: str, kind: str) -> list[str]:
    """ISO dates of the ``<개정 …>`` or ``<신설 …>`` tags in a text, in order, without repeats."""
    found: list[str] = []
    for tag_kind, dates in _TAG.findall(text):
        if tag_kind != kind:
            continue
        for y, m, d in _TAG_DATE.findall(dates):
            iso = f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
            if iso not in found:
                found.append(iso)
    return found


def is_statute_text(text: str) -> bool:
    """True when a Markdown text has legalize-kr statute front matter."""
    if not text.startswith("---"):
        return False
    head = text[: text.find("\n---", 3) + 1] if "\n---" in text[3:] else ""
    return "법령MST:" in head and "시행일자:" in head


def _iso(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    return ""


def law_key_for(path: Path, title: str, kind: str) -> str:
    """A stable key for the law document a file is a version of."""
    match = _FILE_VERSION.match(path.stem)
    if match:
        return f"{match['name']}/{match['kind']}"
    if path.parent.name and path.stem in ("법률", "시행령", "시행규칙", "대통령령"):
        return f"{path.parent.name}/{path.stem}"
    return f"{title.replace(' ', '')}/{kind}"


def _split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    if not text.startswith("---"):
        raise BadSource(f"{path.name}: no front matter, not a legalize-kr statute file")
    end = text.find("\n---", 3)
    if end < 0:
        raise BadSource(f"{path.name}: front matter is not closed")
    try:
        meta = yaml.safe_load(text[3:end]) or {}
    except yaml.YAMLError as exc:
        raise BadSource(f"{path.name}: front matter is not valid YAML ({str(exc).splitlines()[0]})") from None
    body_start = text.find("\n", end + 4)
    return meta, text[body_start + 1 if body_start >= 0 else len(text):]


def _clean_line(line: str) -> str:
    """Official-text line without the converter's Markdown escapes (``**①**`` → ``①``, ``1\\.`` → ``1.``)."""
    line = _PARAGRAPH.sub(lambda m: m.group(1) + " ", line)
    line = _ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}. ", line)
    return line.rstrip()


def _parse_article(match: re.Match, lines: list[str], chapter: str) -> Article:
    label = article_key(match.group(1), match.group(2))
    provisions: list[Provision] = []
    number, buffer = 0, []
    for raw in lines:
        if not raw.strip():
            continue
        para = _PARAGRAPH.match(raw)
        if para:
            if buffer:
                provisions.append(Provision(number, "\n".join(buffer)))
            number, buffer = CIRCLED.index(para.group(1)) + 1, []
        buffer.append(_clean_line(raw))
    if buffer:
        provisions.append(Provision(number, "\n".join(buffer)))
    deleted = len(provisions) == 1 and bool(_DELETED.match(provisions[0].text.strip()))
    return Article(label, (match.group(3) or "").strip(), chapter, tuple(provisions), deleted)


def _parse_addenda(lines: list[str]) -> list[Addendum]:
    addenda: list[Addendum] = []
    label, buffer = None, []
    for raw in lines:
        match = _ADDENDUM.match(raw.strip())
        if match:
            if label and buffer:
                addenda.append(Addendum(label, "\n".join(buffer)))
            name = f"({match.group(1)})" if match.group(1) else ""
            label, buffer = f"부칙{name} <{match.group(2).strip()}>", []
        elif raw.strip() and label:
            buffer.append(raw.strip())
    if label and buffer:
        addenda.append(Addendum(label, "\n".join(buffer)))
    return addenda


def parse_statute(path: Path, data: bytes | None = None) -> StatuteVersion:
    """Parse one statute version file; raise BadSource with a one-line reason when it is not one."""
    data = path.read_bytes() if data is None else data
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadSource(f"{path.name}: statute file is not UTF-8") from None
    meta, body = _split_front_matter(text, path)
    title = str(meta.get("제목") or "").strip()
    effective, promulgated = _iso(meta.get("시행일자")), _iso(meta.get("공포일자"))
    if not title or not effective:
        raise BadSource(f"{path.name}: front matter lacks 제목 or 시행일자")
    kind = str(meta.get("법령구분") or "").strip()
    try:
        number = int(str(meta.get("공포번호") or "0").strip() or 0)
    except ValueError:
        number = 0

    articles: list[Article] = []
    chapter, current, current_lines = "", None, []
    addenda_lines: list[str] | None = None
    for line in body.splitlines():
        if addenda_lines is not None:
            addenda_lines.append(line)
            continue
        article = _ARTICLE.match(line)
        heading = None if article else _CHAPTER.match(line)
        if article or heading:
            if current:
                articles.append(_parse_article(current, current_lines, chapter))
                current, current_lines = None, []
        if article:
            current = article
        elif heading:
            name = heading.group(1)
            if line.startswith("## ") and name.replace(" ", "").startswith("부칙"):
                addenda_lines = []
            elif not line.startswith("# "):
                chapter = name
        elif current:
            current_lines.append(line)
    if current:
        articles.append(_parse_article(current, current_lines, chapter))
    if not articles:
        raise BadSource(f"{path.name}: no articles found (expected '##### 제N조' headings)")

    return StatuteVersion(
        law_key=law_key_for(path, title, kind),
        title=title,
        kind=kind,
        mst=str(meta.get("법령MST") or ""),
        promulgated=promulgated or effective,
        promulgation_no=number,
        effective=effective,
        url=str(meta.get("출처") or ""),
        ministries=tuple(str(m) for m in (meta.get("소관부처") or [])),
        path=str(path),
        content_hash=hashlib.sha256(data).hexdigest(),
        articles=tuple(articles),
        addenda=tuple(_parse_addenda(addenda_lines or [])),
    )


@dataclass(frozen=True)
class VersionStamp:
    """The facts that order versions of one law: enough to compute when each was in force."""

    version_id: str
    effective: str
    promulgated: str
    promulgation_no: int


def in_force_intervals(versions: list[VersionStamp]) -> dict[str, list[tuple[str, str]]]:
    """For each version, the [from, to) date intervals during which it was the version in force.

    Rule of the legalize-kr README: on a date X, among the versions whose 시행일자 ≤ X take the one
    with the latest 공포일자 (ties: the higher 공포번호). A version superseded before its own 시행일자
    gets no interval. Delays of single provisions written in 부칙 are not applied here.
    """
    intervals: dict[str, list[tuple[str, str]]] = {v.version_id: [] for v in versions}
    starts = sorted({v.effective for v in versions})
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else OPEN_END
        candidates = [v for v in versions if v.effective <= start]
        winner = max(candidates, key=lambda v: (v.promulgated, v.promulgation_no))
        spans = intervals[winner.version_id]
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return intervals


def merge_intervals(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Union of [from, to) intervals, sorted, touching ones joined."""
    merged: list[tuple[str, str]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def covers(spans: list[tuple[str, str]], as_of: str) -> tuple[str, str] | None:
    """The interval that contains the ISO date ``as_of``, if any."""
    return next(((s, e) for s, e in spans if s <= as_of < e), None)


# ---- 부칙: when an amended article actually took effect ------------------------------------------

#: A 부칙 of another law that amended this one in passing: "부칙(건강가정기본법) <제20929호,2025.4.22>".
_OTHER_LAW = re.compile(r"\s*부칙\s*\(")
_ADDENDUM_ACT = re.compile(r"<제(\d+)호,\s*(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?>")
_RULE = re.compile(r"공포한\s*날|공포\s*후\s*(\d+)\s*(개월|월|년|일)이\s*경과한\s*날|(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일")
_MAIN = re.compile(r"이\s*(?:법|영)은\s*(.{0,40}?)부터\s*시행한다")
#: An exception's words run back to "다만," or the sentence's start, across the commas of a list of articles ("다만,
#: 제15조의2, 제25조의2제1항 및 제34조제2항제16호의 개정규정은 …").
_EXCEPTION = re.compile(r"((?:[^.,]|,\s*(?=제\d|같은\s*조))*?개정규정(?:은|과)?[^.]*?)(공포한\s*날|공포\s*후\s*\d+\s*(?:개월|월|년|일)이\s*경과한\s*날|"
                        r"\d{4}년\s*\d{1,2}월\s*\d{1,2}일)부터\s*시행")


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def commencement(rule: str, promulgated: date) -> date | None:
    """The day a 부칙 rule ("공포 후 3개월이 경과한 날", "2020년 6월 25일", "공포한 날") names."""
    from datetime import timedelta

    m = _RULE.search(rule)
    if not m:
        return None
    if m.group(3):
        return date(int(m.group(3)), int(m.group(4)), int(m.group(5)))
    if not m.group(1):
        return promulgated
    n, unit = int(m.group(1)), m.group(2)
    if unit == "일":
        return promulgated + timedelta(days=n + 1)
    end = _add_months(promulgated, n * 12 if unit == "년" else n)
    return end + timedelta(days=1)  # the day after the period has fully elapsed


def _mentions(text: str, article: str) -> bool:
    return re.search(re.escape(article) + r"(?!의\d)", text) is not None


@lru_cache(maxsize=4096)
def _read_addendum(label: str, text: str) -> tuple[int, date, tuple[tuple[str, str], ...], str | None] | None:
    """What `article_start` needs from one 부칙: the act's number and promulgation day, its exceptions
    ("다만, 제N조의 개정규정은 …부터 시행": the words naming articles, the rule) and its general rule.

    Read once per distinct 부칙, not once per article: every version of a law repeats all its earlier
    부칙, and the exception pattern is slow on long ones (reading them per article took about 3 of the
    3.5 minutes of a rebuild that re-read every statute)."""
    act = _ADDENDUM_ACT.search(label)
    if not act:
        return None
    promulgated = date(int(act.group(2)), int(act.group(3)), int(act.group(4)))
    text = " ".join(text.split())
    main = _MAIN.search(text)
    return (int(act.group(1)), promulgated, tuple((m.group(1), m.group(2)) for m in _EXCEPTION.finditer(text)),
            main.group(1) if main else None)


def article_start(version: StatuteVersion, article: Article) -> str | None:
    """The day an article's current wording took effect when a 부칙 moves it off the version's 시행일자.

    Later: the act that last changed the article is read from its newest ``<개정/신설 YYYY.M.D>`` tag;
    that act's 부칙 gives the rule (its general 시행일, or a "다만, 제N조의 개정규정은 …" exception
    naming the article). Any 부칙 in the version that names the article with a later date also counts.
    Earlier: the 부칙 of the act that made this version names the article with a day between its
    promulgation and the version's 시행일자 ("다만, … 제11조의2의 개정규정은 공포한 날부터 시행한다").
    Returns None when the article applies from the version's own 시행일자.
    """
    tags = sorted(set(tag_dates(article.body, "개정") + tag_dates(article.body, "신설")))
    candidates: list[date] = []
    early: list[date] = []
    # the law's own acts of the day it last changed the article: another law's act of that day ("부칙(건강가정기본법)
    # <제20929호,2025.4.22>") changed a word of it in passing, and its commencement is not this article's
    own = {read[1] for a in version.addenda
           if not _OTHER_LAW.match(a.label) and (read := _read_addendum(a.label, a.text))}
    for addendum in version.addenda:
        read = _read_addendum(addendum.label, addendum.text)
        if read is None:
            continue
        number, promulgated, exceptions, main = read
        named = [d for d in (commencement(rule, promulgated) for words, rule in exceptions
                             if _mentions(words, article.label)) if d]
        if named:
            candidates += named
            if number == version.promulgation_no:
                early += [d for d in named if version.promulgated <= d.isoformat() < version.effective]
        elif tags and promulgated.isoformat() == tags[-1] \
                and not (_OTHER_LAW.match(addendum.label) and promulgated in own):
            start = commencement(main, promulgated) if main is not None else None
            if start:
                candidates.append(start)
    if candidates and max(candidates).isoformat() > version.effective:
        return max(candidates).isoformat()
    return min(early).isoformat() if early else None
