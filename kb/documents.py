"""Loaders for prose sources (plain text, Markdown, HTML, PDF) into located pages.

`load_document(path)` reads one file and returns a `Document` whose `pages` are located
pieces of text: "p. N" for PDF pages, "para N" for paragraphs of text, Markdown and HTML.

Metadata comes from four layers, each winning over the one before it:
inference from the text  <  YAML front matter  <  sidecar file  <  caller overrides.
A sidecar is `<file>.meta.json` / `<file>.meta.yaml` next to the file (the stem form,
`<stem>.meta.json`, is accepted too).

Web captures carry page furniture ("top of page", "본문 바로가기", share buttons, cookie
banners, ...). Short lines that consist only of such furniture are dropped; the table
`BOILERPLATE_RULES` lists what counts. Real sentences that merely mention a word
like "share" or "comments" are kept, because every rule must match the *whole* line.

Every file that cannot be used raises `BadSource` with a one-line, user-facing reason.
The module never prints; warnings about a file go into `Document.metadata["warnings"]`.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import logging
import re
import unicodedata
import warnings
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kb.errors import BadSource

__all__ = [
    "BOILERPLATE_RULES", "DEFAULT_MAX_BYTES", "Document", "LANGUAGES", "Page", "SOURCE_TYPES",
    "BoilerplateRule", "detect_language", "is_sidecar", "load_document", "parse_date", "sidecar_paths",
]

SOURCE_TYPES = ("news", "guidance", "report", "card", "document")
LANGUAGES = ("ko", "en")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
MAX_SIDECAR_BYTES = 1024 * 1024

#: Share of Hangul among letters (Hangul + Latin) from which a text counts as Korean.
KOREAN_HANGUL_RATIO = 0.25
#: Share of control characters above which decoded bytes are judged binary junk.
MAX_CONTROL_RATIO = 0.01
#: A title inferred from a first line is cut to this many characters.
MAX_INFERRED_TITLE = 150
#: At most this many removed lines are listed in metadata["boilerplate_removed"].
MAX_REMOVED_LISTED = 100


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


# --------------------------------------------------------------------------------------------
# Boilerplate: page furniture found in web captures. Each pattern must match the WHOLE line
# (after trimming bullets, brackets and edge punctuation), case-insensitively, and the line
# must be at most `max_chars` long. A sentence that merely contains one of these words is
# therefore never removed.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoilerplateRule:
    name: str
    pattern: str
    max_chars: int = 60
    #: If given, the line (lower-cased) must contain one of these before the pattern is tried.
    needs: tuple[str, ...] = ()


_SOCIAL = (r"(?:facebook|twitter|x|kakao\s*(?:talk|story)?|카카오\s*(?:톡|스토리)?|페이스북|트위터|"
           r"linkedin|whatsapp|e-?mail|이메일|copy\s*link|link\s*copy|url\s*복사|링크\s*복사|스크랩)")

BOILERPLATE_RULES: tuple[BoilerplateRule, ...] = (
    BoilerplateRule("skip link",
                    r"(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|article)"
                    r"|(?:본문|메뉴|주\s*메뉴|주요\s*메뉴|전체\s*메뉴)\s*(?:으로\s*)?바로\s*가기|바로\s*가기"),
    BoilerplateRule("page edge",
                    r"(?:top|bottom)\s+of\s+(?:the\s+)?page|(?:back|go|return)\s+to\s+top|top"
                    r"|맨\s*(?:위|아래)로?|(?:위로|처음으로)\s*가기|상단으로(?:\s*이동)?"),
    BoilerplateRule("login",
                    r"log\s*in|log\s*out|sign\s*(?:in|up|out)|register|my\s*page"
                    r"|로그인|로그아웃|회원\s*가입|마이\s*페이지"),
    BoilerplateRule("cookie banner",
                    r".*\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site|the\s+site)\s+(?:also\s+)?uses?\s+cookies\b.*"
                    r"|.*\bcookies?\s+(?:policy|settings|preferences|notice|consent)\b.*"
                    r"|.*\b(?:accept|allow|reject|decline|manage|customi[sz]e)\s+(?:all\s+)?cookies\b.*"
                    r"|.*\bby\s+(?:continuing|using|browsing)\b.{0,80}\bcookies\b.*|cookies?"
                    r"|.*쿠키.{0,40}(?:사용|동의|허용|거부|정책|설정|수집).*|쿠키",
                    max_chars=250, needs=("cookie", "쿠키")),
    BoilerplateRule("consent button",
                    r"accept(?:\s+all)?|reject\s+all|allow\s+all|i\s+agree|agree|got\s+it|ok(?:ay)?"
                    r"|모두\s*(?:동의|허용)|동의(?:합니다)?|거부|확인"),
    BoilerplateRule("share",
                    r"share(?:\s+(?:this|the)\s+(?:article|story|page|post))?(?:\s+(?:on|via)\s+\w+)?"
                    r"|공유(?:하기)?|(?:join|follow)\s+us(?:\s+on\s+(?:social(?:\s+media)?|\w+))?"
                    rf"|{_SOCIAL}(?:\s*[|/·,]?\s*{_SOCIAL})*"),
    BoilerplateRule("print and text tools",
                    r"print(?:\s+(?:this\s+)?(?:article|page|story))?|인쇄(?:하기)?"
                    r"|(?:text|font)\s+size|글자\s*크기(?:\s*(?:조절|변경))?|(?:가|글자)\s*[+-]|[+-]\s*가"
                    r"|zoom\s+(?:in|out)|확대|축소|bar_progress|progress\s*bar|loading\.*|읽기\s*모드"),
    BoilerplateRule("subscribe",
                    r"subscribe(?:\s+(?:now|here|today))?"
                    r"|subscribe\s+to\s+(?:our|the)\s+(?:newsletter|channel|feed)"
                    r"|(?:sign\s+up\s+for|get)\s+(?:our|the)\s+newsletter|newsletter(?:\s+sign[- ]?up)?"
                    r"|구독(?:하기|신청)?|뉴스레터(?:\s*(?:구독|신청))?"),
    BoilerplateRule("comments",
                    r"(?:\d+\s*)?(?:comments?|commentaires?|kommentare|comentarios|댓글)(?:\s*[(\[]?\d+[)\]]?)?"
                    r"|(?:leave|post|write|add)\s+a\s+(?:comment|reply)|view\s+(?:all\s+)?comments"
                    r"|댓글\s*(?:쓰기|달기|보기|작성|\d+\s*개?)"),
    BoilerplateRule("contact footer",
                    r"(?:please\s+)?(?:direct|send|e-?mail)\s+(?:your\s+)?(?:questions|comments|inquiries|feedback)"
                    r"(?:\s+(?:or|and)\s+(?:questions|comments|inquiries|feedback))?\s+to\s+.*",
                    max_chars=100, needs=("question", "comment", "inquir", "feedback")),
    BoilerplateRule("copyright",
                    r"(?:©|ⓒ|\(c\)|copyright\b).*|.*\ball\s+rights\s+reserved"
                    r"|.*무단\s*전재\s*(?:및|와|·|,|-)?\s*(?:재배포|배포)\s*(?:금지|불가).*|저작권자\s*[©ⓒ(].*",
                    max_chars=200, needs=("©", "ⓒ", "(c)", "copyright", "rights reserved", "무단", "저작권")),
    BoilerplateRule("advertisement",
                    r"advertisement|advertising|ads?|ad\s*choices|sponsored(?:\s+content)?|광고"),
    BoilerplateRule("site chrome",
                    r"(?:main\s+|open\s+|close\s+)?menu|toggle\s+(?:navigation|menu)|navigation|search|home|close"
                    r"|open|more|read\s+more|see\s+more|view\s+more|next|prev(?:ious)?"
                    r"|(?:next|previous)\s+(?:article|story|post)|site\s*map|special\s+coverage"
                    r"|related\s+(?:articles?|stories|news)|most\s+(?:read|viewed|popular)|trending(?:\s+now)?"
                    r"|top\s+stories|latest\s+news|page\s+\d+\s+(?:of|/)\s+\d+"
                    r"|(?:전체\s*)?메뉴|검색|홈|닫기|열기|더\s*보기|이전|다음|(?:이전|다음)\s*기사|목록|사이트\s*맵"
                    r"|관련\s*기사|많이\s*본\s*기사|(?:실시간\s*)?인기\s*기사|최신\s*기사|기사\s*목록"),
    BoilerplateRule("language switch", r"english|한국어|korean|中文|日本語|kor|eng"),
)

_COMPILED_RULES = tuple((rule, re.compile(rule.pattern, re.IGNORECASE)) for rule in BOILERPLATE_RULES)
_LONGEST_RULE = max(rule.max_chars for rule in BOILERPLATE_RULES)
_EDGE_DECORATION = " \t|•·▶▷►▲△▼▽›»«<>-–—*#_~=:!.…"
_BRACKETS = {"[": "]", "(": ")", "〈": "〉", "<": ">", "【": "】", "「": "」", "『": "』", "{": "}"}
_HAS_WORD = re.compile(r"\w")
_MENU_SEPARATORS = re.compile(r"[|·•/]|\s+")
#: Lines up to this length are also tested as a bar of several furniture items.
MAX_MENU_BAR_CHARS = 60


def _furniture_key(line: str) -> str:
    key = line.strip().strip(_EDGE_DECORATION)
    if len(key) >= 2 and _BRACKETS.get(key[0]) == key[-1]:
        key = key[1:-1].strip().strip(_EDGE_DECORATION)
    return " ".join(key.split())


def _rule_for(key: str) -> str | None:
    lowered = key.lower()
    for rule, regex in _COMPILED_RULES:
        if len(key) > rule.max_chars or (rule.needs and not any(n in lowered for n in rule.needs)):
            continue
        if regex.fullmatch(key):
            return rule.name
    return None


def _boilerplate_rule(line: str) -> str | None:
    """The name of the rule that marks this line as page furniture, or None for content."""
    if len(line) > _LONGEST_RULE + 20:
        return None
    if not _HAS_WORD.search(line):
        return "decoration"
    key = _furniture_key(line)
    rule = _rule_for(key)
    if rule or len(key) > MAX_MENU_BAR_CHARS:
        return rule
    # A menu bar: several furniture items in one line ("로그인 | 회원가입", "Share Print").
    parts = [_furniture_key(part) for part in _MENU_SEPARATORS.split(key)]
    parts = [part for part in parts if part]
    if len(parts) > 1 and all(_rule_for(part) for part in parts):
        return "menu bar"
    return None


_COPYRIGHT_OWNER = re.compile(
    r"^\s*(?:©|ⓒ|\(c\)|copyright)\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"
    r"(?P<owner>[^()\[\].,:|@]+?)\s*(?:[(\[.,:|]|all\s+rights|무단|$)", re.IGNORECASE)


def _owner_from_copyright(line: str) -> str:
    match = _COPYRIGHT_OWNER.match(line)
    owner = match.group("owner").strip() if match else ""
    return owner if 2 <= len(owner) <= 80 and not owner[0].isdigit() else ""


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

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


def _date_of_line(line: str) -> str | None:
    """A date if the line is nothing but a (possibly labelled) date."""
    if len(line) > 60:
        return None
    return parse_date(_DATE_LINE_LABEL.sub("", line.strip()))


def _date_from_file_name(name: str) -> str | None:
    for match in _FILE_NAME_DATE.finditer(name):
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------------

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


def _language_code(value) -> str | None:
    text = str(value).strip().lower()
    return _LANGUAGE_NAMES.get(text) or _LANGUAGE_NAMES.get(re.split(r"[-_]", text)[0])


# --------------------------------------------------------------------------------------------
# Bytes to text
# --------------------------------------------------------------------------------------------

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


def _decode(raw: bytes) -> tuple[str, str]:
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
        for legacy in ("cp949", "euc-kr"):
            try:
                text, encoding = raw.decode(legacy), legacy
                break
            except UnicodeDecodeError:
                continue
        else:
            raise BadSource(f"not text: neither UTF-8 nor CP949/EUC-KR "
                            f"(bad byte at offset {utf8_error.start})") from None
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise BadSource(f"binary data, not text ({controls / len(text):.0%} control characters)")
    return text, encoding


def _clean_line(line: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def _normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


# --------------------------------------------------------------------------------------------
# Metadata layers
# --------------------------------------------------------------------------------------------

_FIELD_ALIASES = {
    "id": "id", "source_id": "id",
    "type": "type", "source_type": "type",
    "title": "title",
    "date": "date", "published": "date",
    "url": "url", "source_url": "url",
    "lang": "language", "language": "language",
    "issuer": "issuer", "publisher": "issuer",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _split_fields(mapping: dict) -> tuple[dict, dict]:
    """(known fields under canonical names, everything else). A canonical key beats its alias."""
    known: dict = {}
    extra: dict = {}
    for key, value in mapping.items():
        canonical = _FIELD_ALIASES.get(str(key).strip().lower())
        if canonical is None:
            extra[str(key)] = _jsonable(value)
        elif value is not None and value != "" and (canonical not in known or str(key).lower() == canonical):
            known[canonical] = value
    return known, extra


def _front_matter(text: str, warnings_: list[str]) -> tuple[dict, str]:
    """(front matter mapping, text without it). Text that only looks like front matter is kept."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError:
        warnings_.append("front matter is not valid YAML; ignored")
        return {}, text[match.end():]
    if data is None:
        return {}, text[match.end():]
    if not isinstance(data, dict):
        return {}, text
    return data, text[match.end():]


def sidecar_paths(path: Path) -> list[Path]:
    """Where a sidecar for `path` may live, in order of preference."""
    return [path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES] + \
           [path.with_name(path.stem + suffix) for suffix in SIDECAR_SUFFIXES if path.suffix]


def is_sidecar(path: Path) -> bool:
    """True for a metadata sidecar file (not a document to ingest on its own)."""
    return Path(path).name.lower().endswith(SIDECAR_SUFFIXES)


def _sidecar(path: Path) -> tuple[dict, str]:
    for candidate in sidecar_paths(path):
        if not candidate.is_file():
            continue
        name = candidate.name
        if candidate.stat().st_size > MAX_SIDECAR_BYTES:
            raise BadSource(f"sidecar {name}: too large")
        try:
            raw = candidate.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise BadSource(f"sidecar {name}: cannot read ({_one_line(exc)})") from None
        if name.endswith(".json"):
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise BadSource(f"sidecar {name}: not valid JSON (line {exc.lineno})") from None
        else:
            import yaml

            try:
                data = yaml.safe_load(raw)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 1})" if mark else ""
                raise BadSource(f"sidecar {name}: not valid YAML{where}") from None
        if not isinstance(data, dict):
            raise BadSource(f"sidecar {name}: expected a mapping of fields")
        return data, name
    return {}, ""


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


# --------------------------------------------------------------------------------------------
# Text, Markdown and HTML to paragraphs
# --------------------------------------------------------------------------------------------


@dataclass
class _Parsed:
    """What a format-specific parser hands to the common metadata step."""

    pages: list[Page]
    fmt: str
    title: str = ""
    date: str = ""
    url: str = ""
    issuer: str = ""
    language: str = ""
    extra: dict = field(default_factory=dict)
    removed: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Cleaner:
    """Drops furniture lines and remembers what it dropped."""

    def __init__(self):
        self.removed: list[dict] = []
        self.copyright_owner = ""

    def keep(self, line: str) -> bool:
        rule = _boilerplate_rule(line)
        if rule is None:
            return True
        if rule == "copyright" and not self.copyright_owner:
            self.copyright_owner = _owner_from_copyright(line)
        if rule != "decoration":
            self.removed.append({"rule": rule, "text": line})
        return False


def _paragraphs_from_lines(lines: list[str], cleaner: _Cleaner, blank_separated: bool | None) -> list[str]:
    """Paragraphs from lines ("" = blank). blank_separated None: decide from the text itself."""
    kept: list[str] = []
    for raw in lines:
        line = _clean_line(raw)
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
        elif cleaner.keep(line):
            kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    if blank_separated is None:
        blank_separated = "" in kept
    if not blank_separated:
        return kept
    paragraphs, current = [], []
    for line in kept + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return paragraphs


_MD_ATX = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_MD_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"^\s{0,3}>\s?"), ""),
)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _markdown_lines(text: str) -> tuple[list[str], str]:
    """Lines with headings set apart by blank lines and inline markup removed; first heading."""
    out: list[str] = []
    first_heading = ""
    in_fence = False

    def heading(value: str):
        nonlocal first_heading
        value = _strip_inline_markdown(value).strip()
        if value:
            first_heading = first_heading or value
            out.extend(["", value, ""])

    for raw in _HTML_COMMENT.sub("", text).split("\n"):
        if _MD_FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(raw)
            continue
        atx = _MD_ATX.match(raw)
        if atx:
            heading(atx.group(1) or "")
            continue
        setext = _MD_SETEXT.match(raw)
        if setext and out and out[-1].strip() and (len(out) < 2 or not out[-2].strip()):
            previous = out.pop()
            heading(previous)
            continue
        if _MD_REF_DEF.match(raw):
            continue
        out.append(_strip_inline_markdown(raw))
    return out, first_heading


def _strip_inline_markdown(line: str) -> str:
    for regex, replacement in _MD_INLINE:
        line = regex.sub(replacement, line)
    return line


_HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript",
              "template", "svg", "iframe", "button", "select", "dialog")
_HTML_DROP_ROLES = ("navigation", "banner", "contentinfo", "search", "dialog", "alertdialog")
_HTML_BLOCKS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "thead", "tbody",
    "div", "section", "article", "main", "pre", "dd", "dt", "dl", "ul", "ol", "figure", "figcaption",
    "caption", "address", "hr", "body", "html", "details", "summary",
})
_HTML_CELLS = frozenset({"td", "th"})
_HTML_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date",
                   "pubdate", "publishdate", "dc.date", "dcterms.date", "article:modified_time")


def _html(text: str, cleaner: _Cleaner) -> _Parsed:
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, PreformattedString, Tag

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "html.parser")

    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and isinstance(tag.get("content"), str) and key not in meta:
            meta[key] = tag["content"].strip()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    title = title or meta.get("og:title", "")
    date = next((d for d in (parse_date(meta.get(k, "")) for k in _HTML_DATE_META) if d), "")
    canonical = soup.find("link", rel="canonical")
    url = meta.get("og:url", "") or (canonical.get("href", "") if canonical else "")
    root = soup.find("html")
    language = _language_code(root.get("lang", "")) if root and root.get("lang") else ""

    for tag in soup.find_all(_HTML_DROP):
        if tag.name == "header" and tag.find_parent("article") is not None:
            continue  # an article's own header holds its headline
        tag.decompose()
    for tag in soup.find_all(attrs={"role": True}):
        if not tag.decomposed and str(tag.get("role")).lower() in _HTML_DROP_ROLES:
            tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and (tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true"):
            tag.decompose()

    blocks: list[list[str]] = []
    buffer: list[str] = []

    def flush():
        lines = [_clean_line(piece) for piece in "".join(buffer).split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append(lines)
        buffer.clear()

    body = soup.body or soup
    stack: list[tuple[object, bool]] = [(body, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if isinstance(node, PreformattedString):  # comments, doctype, CDATA
            continue
        if isinstance(node, NavigableString):
            buffer.append(re.sub(r"\s+", " ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            buffer.append("\n")
            continue
        if node.name == "pre":
            flush()
            buffer.append(node.get_text())
            flush()
            continue
        if node.name in _HTML_CELLS:
            if "".join(buffer).strip():
                buffer.append(" | ")
        elif node.name in _HTML_BLOCKS:
            flush()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.children)))
    flush()

    paragraphs = []
    for lines in blocks:
        kept = [line for line in lines if cleaner.keep(line)]
        if kept:
            paragraphs.append("\n".join(kept))
    if not title:
        first_h1 = soup.find("h1")
        title = first_h1.get_text(" ", strip=True) if first_h1 else ""
    extra = {key: meta[key] for key in ("description", "author") if meta.get(key)}
    return _Parsed(pages=[Page("", p) for p in paragraphs], fmt="html", title=title, date=date,
                   url=url, issuer=meta.get("og:site_name", ""), language=language or "", extra=extra)


def _text_like(text: str, fmt: str, cleaner: _Cleaner, warnings_: list[str]) -> tuple[_Parsed, dict]:
    front, body = _front_matter(text, warnings_)
    title = ""
    if fmt == "markdown":
        lines, title = _markdown_lines(body)
        paragraphs = _paragraphs_from_lines(lines, cleaner, blank_separated=True)
    else:
        paragraphs = _paragraphs_from_lines(body.split("\n"), cleaner, blank_separated=None)
    return _Parsed(pages=[Page("", p) for p in paragraphs], fmt=fmt, title=title), front


def _take_leading_date(paragraphs: list[str]) -> tuple[str, list[str]]:
    """A date from a date-only line among the first paragraphs, and the paragraphs without it."""
    for index, paragraph in enumerate(paragraphs[:5]):
        lines = paragraph.split("\n")
        for line_index, line in enumerate(lines[:2]):
            date = _date_of_line(line)
            if date:
                rest = "\n".join(lines[:line_index] + lines[line_index + 1:])
                return date, paragraphs[:index] + ([rest] if rest else []) + paragraphs[index + 1:]
    return "", paragraphs


def _drop_repeated_headline(paragraphs: list[str], title: str, cleaner: _Cleaner) -> list[str]:
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


def _title_from_line(line: str) -> str:
    line = line.strip()
    if len(line) <= MAX_INFERRED_TITLE:
        return line
    cut = line[:MAX_INFERRED_TITLE].rsplit(" ", 1)[0]
    return (cut if len(cut) > MAX_INFERRED_TITLE // 2 else line[:MAX_INFERRED_TITLE]).rstrip(" ,;:") + "…"


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


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


def _pdf(raw: bytes) -> _Parsed:
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
                    warnings_.append(f"p. {number}: text extraction failed ({_one_line(exc)})")
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
                warnings_.append(f"PDF metadata unreadable ({_one_line(exc)})")
        except BadSource:
            raise
        except FileNotDecryptedError:
            raise BadSource("encrypted PDF (needs a password)") from None
        except Exception as exc:  # pypdf raises many kinds of errors on broken files
            if b"%%EOF" not in raw[-2048:]:
                raise BadSource(f"corrupt PDF (truncated: no end-of-file marker): {_one_line(exc)}") from None
            raise BadSource(f"corrupt PDF: {_one_line(exc)}") from None
    if author:
        extra["author"] = author
    pages = []
    for number, text in page_texts:
        lines = [_clean_line(line) for line in _normalise_text(text).split("\n")]
        body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        if body:
            pages.append(Page(f"p. {number}", body))
    if not pages:
        raise BadSource("no text layer (a scanned or image-only PDF: run OCR on it first)")
    warnings_.extend(dict.fromkeys(log[:20]))
    if not title:
        title = _title_from_line(pages[0].text.split("\n", 1)[0])
    parsed = _Parsed(pages=pages, fmt="pdf", title=title, extra=extra)
    parsed.warnings = warnings_
    return parsed


# --------------------------------------------------------------------------------------------
# The loader
# --------------------------------------------------------------------------------------------


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
        raise BadSource(f"cannot read file ({exc.strerror or _one_line(exc)})") from None
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
    cleaner = _Cleaner()
    front: dict = {}
    encoding = ""

    if fmt == "pdf":
        parsed = _pdf(raw)
    else:
        try:
            text, encoding = _decode(raw)
        except BadSource:
            if fmt == "unknown":
                kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
                raise BadSource(f"unsupported file type {kind}") from None
            raise
        text = _normalise_text(text)
        if not text.strip():
            raise BadSource("empty file")
        if fmt == "html":
            parsed = _html(text, cleaner)
        else:
            parsed, front = _text_like(text, "markdown" if fmt == "markdown" else "text", cleaner, warnings_)
    warnings_.extend(parsed.warnings)

    paragraphs = [page.text for page in parsed.pages]
    inferred_date = parsed.date
    if fmt != "pdf":
        leading_date, paragraphs = _take_leading_date(paragraphs)
        inferred_date = inferred_date or leading_date
        if not paragraphs:
            raise BadSource("no text left after removing page boilerplate")
        inferred_title = parsed.title or _title_from_line(paragraphs[0].split("\n", 1)[0])
        paragraphs = _drop_repeated_headline(paragraphs, inferred_title, cleaner)
        pages = [Page(f"para {n}", text) for n, text in enumerate(paragraphs, start=1)]
    else:
        inferred_title = parsed.title
        pages = parsed.pages
    inferred_date = inferred_date or _date_from_file_name(path.name) or ""
    full_text = "\n".join(page.text for page in pages)

    sidecar, sidecar_name = _sidecar(path)
    declared: dict = {}
    extra: dict = dict(parsed.extra)
    for layer in (defaults or {}, front, sidecar, overrides or {}):
        known, others = _split_fields(layer)
        declared.update(known)
        extra.update(others)

    inferred: list[str] = []

    def pick(name: str, guess: str) -> str:
        if name in declared:
            return " ".join(str(declared[name]).split())
        if guess:
            inferred.append(name)
        return guess

    if "title" not in declared and (extra.get("title_ko") or extra.get("title_en")):
        # bilingual knowledge cards carry one title per language
        declared["title"] = " / ".join(str(extra[k]) for k in ("title_ko", "title_en") if extra.get(k))
    title = pick("title", inferred_title)
    url = pick("url", parsed.url)
    issuer = pick("issuer", parsed.issuer or cleaner.copyright_owner)

    if "date" in declared:
        date = parse_date(declared["date"]) or ""
        if not date:
            warnings_.append(f"date {str(declared['date'])[:40]!r} is not a date I can read; left empty")
    else:
        date = pick("date", inferred_date)

    source_type = "document"
    if "type" in declared:
        wanted = str(declared["type"]).strip().lower()
        if wanted in SOURCE_TYPES:
            source_type = wanted
        else:
            warnings_.append(f"unknown source type {wanted[:40]!r}; using 'document' "
                             f"(expected one of {', '.join(SOURCE_TYPES)})")

    language = ""
    if "language" in declared:
        language = _language_code(declared["language"]) or ""
        if not language:
            warnings_.append(f"unknown language {str(declared['language'])[:20]!r}; detected from the text")
    if not language:
        detected = detect_language(full_text)
        language = detected or parsed.language or "en"
        if detected is None and not parsed.language:
            warnings_.append("no letters to detect the language from; assumed 'en'")
        inferred.append("language")

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

    return Document(
        source_id=source_id, path=str(path), content_hash=content_hash, source_type=source_type,
        title=title, date=date, url=url, language=language, issuer=issuer, pages=pages,
        metadata=_jsonable(metadata),
    )
