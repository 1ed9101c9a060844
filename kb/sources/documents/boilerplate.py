"""Page furniture in web captures ("top of page", "본문 바로가기", share buttons, cookie banners …).

Each pattern of `BOILERPLATE_RULES` must match the WHOLE line (after trimming bullets, brackets and
edge punctuation), case-insensitively, and the line must be at most `max_chars` long. A sentence that
merely contains one of these words is therefore never removed. `Cleaner` applies the rules to the lines
of one document and remembers what it dropped (listed in the document's metadata).
"""
from __future__ import annotations

import re
from dataclasses import dataclass


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


def boilerplate_rule(line: str) -> str | None:
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


def owner_from_copyright(line: str) -> str:
    match = _COPYRIGHT_OWNER.match(line)
    owner = match.group("owner").strip() if match else ""
    return owner if 2 <= len(owner) <= 80 and not owner[0].isdigit() else ""


class Cleaner:
    """Drops furniture lines and remembers what it dropped."""

    def __init__(self):
        self.removed: list[dict] = []
        self.copyright_owner = ""

    def keep(self, line: str) -> bool:
        rule = boilerplate_rule(line)
        if rule is None:
            return True
        if rule == "copyright" and not self.copyright_owner:
            self.copyright_owner = owner_from_copyright(line)
        if rule != "decoration":
            self.removed.append({"rule": rule, "text": line})
        return False
