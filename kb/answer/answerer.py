"""Answers: grounded, structured, every line tied to a numbered citation that quotes its chunk exactly.

No generative model. A question is understood (intent, conduct, material, date, persona); penalty
questions are answered from the parsed penalty clause of the provision in force on the date, with
how it read before; procedure questions draw on the knowledge cards; everything else is the
sources' own sentences, chosen by how much of the question they cover. Before output every line is
verified: its quote must be an exact span of the stored chunk, and every number, date, phone number
and article it states must occur in what it cites. Lines that fail are dropped; if none remain the
system abstains.
"""
from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from kb.answer.routing import BankRouter, Route
from kb.answer.safety import ABSTAIN, EVADE_AS, NOT_ADVICE, REFUSAL, REFUSAL_HELP, REFUSAL_PROVISIONS
from kb.answer.safety_gate import SafetyGate, Verdict
from kb.answer.synthesis import Evidence, synthesise
from kb.answer.understanding import IntentExamples, out_of_scope, understand
from kb.errors import BadSource
from kb.index.catalog import StoredChunk
from kb.index.embedding import embed_queries, model_fingerprint
from kb.index.lexical import tokenize
from kb.index.store import Index
from kb.law.facts import unsupported
from kb.law.gaps import YOUTH, applies, considered
from kb.law.penalties import Penalty, parse_penalty
from kb.law.provisions import (
    CONDUCT_ARTICLES,
    CONDUCT_TERMS,
    MATERIAL_ARTICLES,
    MATERIAL_TERMS,
    PRESCRIBES,
    THREAT_ARTICLES,
    Provision,
    in_force,
    wording_intervals,
    wording_since,
)
from kb.search.retrieval import Filters, Hit, Retriever
from kb.sources.cards import load_card
from kb.sources.documents import detect_language as detect_text_language
from kb.sources.manifest import load_manifest
from kb.sources.statutes import OPEN_END, covers, tag_dates

PERSONAS = ("victim", "staff", "aide")
MAX_QUESTION_CHARS = 2000
#: An answer is its direct answer and at most five supporting lines.
MAX_LINES = 6
#: Characters of a card's text an answer quotes: a person in distress reads three lines.
CARD_BUDGET = 550
#: How much the words of a question's closest bank questions count, beside its own, in choosing a card's points.
BANK_WORDING_WEIGHT = 0.2
#: How much a card line gains for holding the kind of answer the question asks for (a penalty, a date,
#: a length of time, a count, an amount, a phone number, a list), against the question-word coverage (0–1).
ANSWER_KIND_WEIGHT = 0.3
#: When the route is not sure (confidence below ``route_sure``): the share of the card budget the card gets,
#: and how many of retrieval's best sentences follow it (0.75 and 1 scored the same on dev, 12 characters longer).
UNSURE_SHARE = 0.5
UNSURE_EXTRA = 2
#: ... and the closest other card's direct answer takes the place of one of those sentences (when the route is
#: unsure, the right card is most often the second: dev fact accuracy 0.748 -> 0.758, English 0.717 -> 0.740).
UNSURE_RUNNER_UP = 1
#: How many statute chunks the question's own search ranks to choose which of a card's articles a line
#: that names none rests on.
ASKED_SEARCH = 20
#: What a line holding each kind of answer (understanding.ASKS_FOR) looks like.
ANSWER_KINDS = {
    "penalty": re.compile(r"징역|벌금|금고|과태료|imprisonment|\bfine\b|fine of|KRW", re.I),
    "date": re.compile(r"(?<!\d)(19|20)\d\d(?=\s*년|-\d\d-\d\d|[\s).,;]|$)"),  # a year, not "2000만원"
    # a length of time, not a date ("2024년 10월 16일") or the hours a service is open ("365일 24시간", "24 hours a day")
    "duration": re.compile(r"(?<![\d.,])(?<!월 )(?<!월)(?!(?:19|20)\d\d\s*년|24\s*시간\s*(?:운영|연결|받|상담|\)|$)|365\s*일|24 hours(?: a day|\))|"
                           r"365 days a year|24/7)(?:\d+\s*(일|년|개월|달|시간|주)|\d+[\s-]*(days?|months?|years?|hours?|weeks?)\b)|"
                           r"(one|two|three|four|five|six|seven|ten|thirty|sixty|ninety)\s+(days?|months?|years?)", re.I),
    "count": re.compile(r"\d+\s*(명|건|가지|개|호|곳|번)|\b(?!(?:19|20)\d\d\b)\d+\b|여덟|아홉|\b(two|three|four|five|six|seven|eight|nine|ten)\b", re.I),
    "amount": re.compile(r"\d[\d,.]*\s*(만\s*)?원|KRW|won\b|비용|부담|cost|pays?\b|free of charge|무료", re.I),
    "phone": re.compile(r"\b\d{2,4}-\d{3,4}(-\d{4})?\b|\b1\d{2,3}\b"),
    "list": re.compile(r"\n\s*(?:[-*•]|\d{1,2}[.)])\s"),  # a run of a card's list items, quoted as one line
}
#: English needs more characters than Korean for the same thing; its budget grows by this.
ENGLISH_LENGTH = 1.4
#: A card line that only introduces the next ones: a question, a label, or a lead-in ending in a colon.
_HEADING_LINE = re.compile(r".*[?:：]$|^[^\d.]{0,30}$")
#: No answer is longer than this.
MAX_ANSWER_CHARS = 1500
#: Characters of cited lines in one answer: with its help line it stays well under 1,500.
MAX_CLAIM_CHARS = 1100


@dataclass
class Citation:
    n: int
    chunk_id: str
    source_id: str
    source_type: str
    title: str
    locator: str
    quote: str
    url: str
    effective_from: str | None
    effective_to: str | None
    #: For a line backed by a knowledge card: the law the card rests on, as in force on the answer's date —
    #: [{chunk_id, source_id, title, locator, quote, url, effective_from, effective_to}], each quote an exact
    #: span of a stored statute chunk. Empty for a statute, guidance or news citation.
    primary: list[dict] = field(default_factory=list)


@dataclass
class Answer:
    id: str
    question: str
    language: str
    persona: str
    as_of: str
    answer: str
    citations: list[Citation] = field(default_factory=list)
    abstained: bool = False
    refused: bool = False
    timings_ms: dict = field(default_factory=dict)
    #: Why a request was refused: {"category": make|find|spread|sell|evade|identify|extort|groom,
    #: "layer": rule|model, "score": the model's probability}; None when answered.
    refusal: dict | None = None
    #: What the answer is not (legal advice); interfaces show it once, apart from the answer.
    notice: str = ""
    #: The knowledge card the question was routed to by its question bank: {"card", "confidence",
    #: "runner_up"}; None when no card was confident enough (the answer is then drawn from retrieval).
    route: dict | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def detect_language(text: str) -> str:
    """'ko' or 'en' for a question or sentence (English when there are no letters at all)."""
    return detect_text_language(text) or "en"


def question_id(question: str) -> str:
    return "q-" + hashlib.sha256(question.encode("utf-8")).hexdigest()[:12]


@dataclass
class _Unit:
    """A candidate sentence: where it sits in which chunk, and how well it answers."""

    hit_rank: int
    chunk: StoredChunk
    start: int
    text: str
    score: float = 0.0


def _sentences(line: str) -> list[tuple[int, str]]:
    """Sentences of one line with their offsets; never split inside parentheses or quotes."""
    found, depth, begin = [], 0, 0
    for i, char in enumerate(line):
        if char in "(「『“[":
            depth += 1
        elif char in ")」』”]" and depth:
            depth -= 1
        elif char in ".?!" and depth == 0 and i + 1 < len(line) and line[i + 1] == " " and i > 0 \
                and not line[i - 1].isdigit():
            found.append((begin, line[begin:i + 1]))
            begin = i + 2
    found.append((begin, line[begin:]))
    return found


_ENGLISH_ARTICLES = re.compile(r"\bArticles?\s+((?:\d+(?:-\d+)?(?:\(\d+\))*(?:,\s*|\s+and\s+|\s*/\s*)?)+)")


def _named_articles(text: str) -> set[str]:
    """The articles a line names, as 제N조(의M): "제9조제1항, 제7조제1항", "Articles 9(1) and 7(1)",
    "Article 14-2(4)"."""
    named = {f"제{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else "")
             for m in re.finditer(r"제\s*(\d+)\s*조(?:의\s*(\d+))?", text)}
    for listed in _ENGLISH_ARTICLES.finditer(text):
        numbers = re.sub(r"\(\d+\)", "", listed.group(1))  # paragraphs: "9(1)" names Article 9
        named |= {f"제{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else "")
                  for m in re.finditer(r"(\d+)(?:-(\d+))?", numbers)}
    return named


def _named_paragraphs(text: str) -> set[tuple[str, int]]:
    """The paragraphs a line names, as (제N조(의M), paragraph): "제17조제9항", "Article 17(9)"."""
    named = {(f"제{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else ""), int(m.group(3)))
             for m in re.finditer(r"제\s*(\d+)\s*조(?:의\s*(\d+))?\s*제\s*(\d+)\s*항", text)}
    named |= {(f"제{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else ""), int(m.group(3)))
              for m in re.finditer(r"\bArticles?\s+(\d+)(?:-(\d+))?\((\d+)\)", text)}
    return named


#: A run of at least ``SHORT_RUN`` list items of one chunk, none longer than ``SHORT_ITEM`` characters (English
#: ``ENGLISH_LENGTH`` times more), is one line of an answer: "1호 서면사과 · 2호 접촉 금지 · …". A list asked for
#: is then given whole, not cut at the answer's line count.
SHORT_RUN = 3
SHORT_ITEM = 80


def _short_runs(units: list["_Unit"], language: str) -> list[tuple["_Unit", str | None]]:
    """A card's body lines in order, each as (unit, None), except that a run of short list items becomes
    one (unit spanning the run in its chunk, the items joined with " · ")."""
    longest = SHORT_ITEM * (ENGLISH_LENGTH if language == "en" else 1.0)
    out: list[tuple[_Unit, str | None]] = []
    run: list[_Unit] = []

    def close() -> None:
        if len(run) >= SHORT_RUN:
            first, last = run[0], run[-1]
            start = first.start + _LIST_ITEM.match(first.text).end()
            span = first.chunk.text[start:last.start + len(last.text)]
            shown = " · ".join(u.text[_LIST_ITEM.match(u.text).end():].strip() for u in run)
            out.append((_Unit(0, first.chunk, start, span, 1.0), shown))
        else:
            out.extend((u, None) for u in run)
        run.clear()

    for unit in units:
        item = _LIST_ITEM.match(unit.text)
        short = bool(item) and len(unit.text) - item.end() <= longest
        follows = not run or (run[-1].chunk is unit.chunk and
                              not unit.chunk.text[run[-1].start + len(run[-1].text):unit.start].strip())
        if not (short and follows):
            close()
        if short:
            run.append(unit)
        else:
            out.append((unit, None))
    close()
    return out


def _is_sub_heading(line: str) -> bool:
    """A card's sub-heading as stored (the loader drops its bold): a short line that is no list item, no
    table row and no sentence ("어기면 (제50조제2항)", "Good to know", "성폭력처벌법:")."""
    text = line.strip()
    return len(text) <= 40 and not _LIST_ITEM.match(text) and not text.startswith("|") \
        and not re.search(r"[.!。\]]$", text)


def _best_sentence(claim: Claim, bearing: Callable[[str], float], room: int) -> Claim | None:
    """The sentence of a long line that bears most on the question, when the whole line does not fit in
    ``room`` characters but that sentence does (quoted exactly, where it sits in the line)."""
    if "\n" in claim.unit.text:
        return None  # a run of list items is given whole or not at all
    sentences = _sentences(claim.unit.text)
    fitting = [(at, text) for at, text in sentences if text.strip() and len(text) <= room]
    if len(sentences) < 2 or not fitting:
        return None  # a line of one sentence, or nothing short enough
    at, text = max(fitting, key=lambda s: bearing(s[1]))
    if bearing(text) <= 0:
        return None
    unit = claim.unit
    return Claim(_plain(text), _Unit(unit.hit_rank, unit.chunk, unit.start + at, text, unit.score), claim.kind)


def split_units(chunk: StoredChunk) -> list[tuple[int, str]]:
    """Citable units of a chunk's body as (offset in chunk text, text).

    A statute's unit is a line — a paragraph (항) or an item (호) — quoted whole with its amendment
    tag; prose is split into sentences.
    """
    units: list[tuple[int, str]] = []
    body_start = chunk.record.get("body_start", 0)
    statute = chunk.record.get("source_type") == "statute"
    offset = body_start
    for line in chunk.text[body_start:].split("\n"):
        pieces = [(0, line)] if statute else _sentences(line)
        for at, piece in pieces:
            stripped = piece.strip()
            if stripped:
                units.append((offset + at + len(piece) - len(piece.lstrip()), stripped))
        offset += len(line) + 1
    return units


@dataclass
class Claim:
    """One line of an answer: what it says, and the exact span of a stored chunk it rests on."""

    text: str
    unit: _Unit
    kind: str = "quote"  # direct | quote | penalty | history | note | step


CONDUCT_WORDS = {"possess": ("소지·구입·저장", "possessing, buying or storing"), "view": ("시청", "viewing"),
                 "make": ("편집·합성·가공", "editing or synthesising"), "distribute": ("반포", "distributing"),
                 "sell": ("영리 목적 판매", "selling for profit")}
#: Said of a youth-law penalty offered for a deepfake or a filmed image: when that law applies.
MINOR_CONDITION = {"ko": " — 피해자가 아동·청소년이고 영상이 아동ㆍ청소년성착취물에 해당할 때",
                   "en": " — when the person shown is a minor and the image is child sexual exploitation material"}
#: The understanding's conducts as the gap matrix names them.
GAP_CONDUCT = {"make": "create", "distribute": "distribute", "sell": "sell", "possess": "possess", "view": "possess",
               "threaten": "threaten", "coerce": "coerce", "habitual": "habitual", "attempt": "attempt"}
#: How a gap line names a conduct and a material, in Korean and English.
GAP_WORDS = {"create": ("제작·편집·합성", "making or editing"), "distribute": ("반포", "distributing"),
             "sell": ("영리 목적 반포", "distributing for profit"),
             "possess": ("소지·구입·저장·시청", "possessing, buying, storing or viewing"),
             "threaten": ("이용 협박", "threatening with"), "coerce": ("이용 강요", "coercing with"),
             "habitual": ("상습 범행", "habitual offences with"), "attempt": ("미수", "attempting offences with")}
MATERIAL_WORDS = {"deepfake": ("성적 허위영상물(딥페이크)", "sexual deepfakes"),
                  "filmed": ("불법촬영물", "illegally filmed material"),
                  "csam": ("아동ㆍ청소년성착취물", "child sexual exploitation material")}
#: A news sentence that says the law does not cover something: superseded when a statute now does.
_NO_LAW = re.compile(r"not (legally )?punishable|no (law|legal basis)|not illegal|loophole|legal (gap|blind spot)|"
                     r"처벌(할|받을)?\s*(수\s*없|법|규정이?\s*없)|처벌\s*근거가?\s*없|사각지대", re.I)
_COMFORT = {"ko": "당신 잘못이 아닙니다. 혼자 감당하지 않아도 됩니다.",
            "en": "This is not your fault, and you do not have to deal with it alone."}
_ARTICLE_NAMED = re.compile(r"제\s*\d+\s*조|Articles?\s+\d+")
#: A card's opening sentence that only says yes or no ("Yes.", "네, 경찰의 의무입니다."): short, with no condition.
_BARE_YES_NO = re.compile(r"^(?:(?:Yes|No)\b(?!.*\b(?:if|but|only|unless|when|except|provided)\b).{0,30}"
                          r"|(?:네|예|아니요|아니오)[.,](?!.*(?:면|경우|때|만|다만|단,|조건)).{0,20})$")
#: A list item in a card: "- text" or "1. text".
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(?=\S)")


def _admits(filters: Filters, source_type: str, law_key: str) -> bool:
    """Whether a line from this kind of source may appear under the caller's filters (types and laws): the
    searches an answer makes beyond the first (the statute engine, the routed card) are bound by them too."""
    if filters.source_types and source_type not in filters.source_types:
        return False
    return not filters.laws or any(name in law_key for name in filters.laws)


def _plain(text: str) -> str:
    """Card Markdown emphasis removed for display (the citation keeps the exact stored span)."""
    return text.replace("**", "")


#: Conducts that are offences in themselves: naming the provision helps whoever asks.
_OFFENCE_CONDUCTS = {"threaten", "coerce", "attempt", "habitual", "confiscate"}
#: What a person does, in order (report, get it deleted, keep evidence): answered as steps when a card lists them.
_STEP_INTENTS = {"reporting", "deletion", "evidence"}
_PROCEDURE_INTENTS = {"reporting", "deletion", "evidence", "duty_to_report", "school_discipline", "teacher_protection"}


def _asks_for_steps(understanding) -> bool:
    """Whether a question asks what to do, and so is answered by a card's list as steps in order. A question
    that asks for one thing (who pays, a deadline, a number) wants that thing, not the card's steps."""
    intents = set(understanding.intents)
    return bool(_STEP_INTENTS & intents) and not {"school_discipline", "teacher_protection", "history"} & intents \
        and not set(understanding.asks_for) - {"list"}


#: When the runner-up card scores within this of the routed card, the answer names both situations.
NEIGHBOUR_MARGIN = 0.01
#: Help chosen by need: (label ko, label en, number, when). 1366 is always offered.
_HELP_LINES = (
    ("긴급 신고", "police emergency", "112",
     re.compile(r"위험|무서|협박|쫓아|찾아오|스토킹|죽|다치|danger|threat|scared|afraid|stalk|follow|hurt|kill|unsafe",
                re.I)),
    ("삭제 지원(디성센터)", "deletion support (Digital Sex Crime Victim Support Center)", "02-735-8994",
     re.compile(r"삭제|지우|지워|내려|퍼지|퍼졌|유포|돌아다|올라|delet|remov|take.{0,10}down|spread|posted|online",
                re.I)),
    ("학교폭력 신고·상담", "school violence line", "117",
     re.compile(r"학교|학폭|담임|선생|반\s*친구|같은\s*반|school|classmate|teacher", re.I)),
    ("청소년 상담", "youth counselling line", "1388",
     re.compile(r"청소년|중학생|고등학생|초등학생|중\d|고\d|학생|미성년|\b1[0-8]\s*살|\b1[0-8]\s*세|teen|minor|student|"
                r"\b1[0-8]\s*(yo|y/o|years?\s*old)|high school|middle school", re.I)),
)


def help_line(language: str, understanding=None, question: str = "") -> str:
    """One line of help, chosen by need: 1366 always; 112 for danger, 02-735-8994 for deletion, 117 for
    school matters and 1388 for a young person, when the question shows that need."""
    intents = set(getattr(understanding, "intents", ()) or ())
    minor = bool(getattr(understanding, "minor_victim", False))
    chosen = []
    for ko, en, number, pattern in _HELP_LINES:
        wanted = bool(pattern.search(question))
        if number == "112":
            wanted = wanted or "threaten" in getattr(understanding, "conducts", ())
        if number == "02-735-8994":
            wanted = wanted or "deletion" in intents
        if number == "117":
            wanted = wanted or "school_discipline" in intents
        if number == "1388":
            wanted = wanted or minor
        if wanted:
            chosen.append((ko, en, number))
    if language == "ko":
        listed = " · ".join(f"{ko} {number}" for ko, _, number in chosen)
        return "도움: 여성긴급전화 1366(24시간)" + (f" · {listed}" if listed else "")
    listed = " · ".join(f"{en} {number}" for _, en, number in chosen)
    return "Help: women's emergency line 1366 (24 hours)" + (f" · {listed}" if listed else "")


def article_in_english(label: str) -> str:
    """ "제14조의2 제4항" → "Article 14-2(4)"."""
    m = re.match(r"제(\d+)조(?:의(\d+))?(?:\s*제(\d+)항)?", label)
    if not m:
        return label
    return f"Article {m.group(1)}" + (f"-{m.group(2)}" if m.group(2) else "") + (f"({m.group(3)})" if m.group(3) else "")


class Answerer:
    """Answers questions from one index; models and lexical index are loaded once."""

    def __init__(self, retriever: Retriever):
        self._card_sources: dict[str, list[dict]] = {}
        #: What one answer keeps while it is composed (the law its card lines rest on), per thread: web
        #: users' answers run side by side.
        self._answering = threading.local()
        self.retriever = retriever
        self.index: Index = retriever.index
        self.settings = retriever.settings
        self.laws = load_manifest()
        self.glossary = retriever.glossary

    @cached_property
    def gate(self) -> SafetyGate:
        """The safety gate, trained on first use from `corpus/safety/` (the examples' embeddings are cached)."""
        embedder = self.retriever.embedder
        return SafetyGate(lambda texts: embed_queries(embedder, texts), model_fingerprint(self.settings),
                          self.settings.example_cache_dir)

    @cached_property
    def router(self) -> BankRouter:
        """The cards' question banks, embedded once (cached like the safety gate's examples)."""
        embedder = self.retriever.embedder
        return BankRouter(lambda texts: embed_queries(embedder, texts), model_fingerprint(self.settings),
                          self.settings.example_cache_dir, known_cards=set(self.index.source_ids("card")),
                          content=lambda: self.index.source_vectors("card"))

    @cached_property
    def examples(self) -> IntentExamples:
        """Labelled example questions, embedded once, for intents no keyword rule catches."""
        return IntentExamples(self.retriever.embedder, embed_query=self.retriever.query_vector)

    def ask(self, question: str, persona: str | None = None, as_of: str | None = None, k: int | None = None,
            qid: str | None = None, filters: Filters | None = None, targeted: bool = False) -> Answer:
        """Answer, refuse or abstain. ``targeted``: the asker has said they are the person harmed (the web
        app's "I was targeted" role), which their words can also say."""
        started = time.perf_counter()
        question = " ".join((question or "").split())
        if not question:
            raise ValueError("the question is empty")
        question = question[:MAX_QUESTION_CHARS]
        understanding = understand(question, persona if persona in PERSONAS else None, self.examples)
        today = date.today().isoformat()
        # the date the answer is for: asked, else set by the caller's filters, else implied by the words
        as_of = as_of or (filters.as_of if filters and filters.as_of != today else None) \
            or understanding.implied_as_of or today
        language = understanding.language
        result = Answer(qid or question_id(question), question, language, understanding.persona, as_of, "")
        timings: dict = {}
        # every search in the answer uses the same date, and the caller's types and laws bound every line
        filters = replace(filters, as_of=as_of) if filters else Filters(as_of=as_of)

        result.notice = NOT_ADVICE[language]
        self._answering.primary = {}  # kept for one answer only: an ingest may change what is in force
        self._answering.asked, self._answering.question, self._answering.lines = {}, question, {}
        vector = self.retriever.query_vector(question)
        verdict = self.gate.check(question, vector)
        if verdict is not None:
            self._refuse(result, verdict, understanding.conducts)
        else:
            hits = self.retriever.search(question, k, filters, timings)
            route = self._route(question, vector, understanding, as_of) if _admits(filters, "card", "") else None
            relevant = route is not None or (understanding.in_scope and self._relevant(hits, question, language))
            claims = self._claims(question, understanding, hits, as_of, route) if relevant else []
            claims = [c for c in claims if _admits(filters, c.unit.chunk.record["source_type"],
                                                   c.unit.chunk.record.get("law_key", ""))]
            claims = self._within_length(self._verified(claims, as_of))
            if route is not None and not any(c.unit.chunk.record["source_id"] == route.card for c in claims):
                route = None  # the law answered, not the card
            if route is not None:
                result.route = {"card": route.card, "confidence": route.confidence, "runner_up": route.runner_up}
            if not claims:
                result.abstained = True
                result.answer = f"{ABSTAIN[language]}\n\n{help_line(language, understanding, question)}"
            else:
                victim = result.persona == "victim" and (targeted or understanding.speaks_as_victim)
                result.answer, result.citations = self._compose(claims, result, victim, understanding, route)
                while len(result.answer) > MAX_ANSWER_CHARS and len(claims) > 1:  # the last lines go first
                    claims = claims[:-1]
                    result.answer, result.citations = self._compose(claims, result, victim, understanding, route)
        timings["total_ms"] = round((time.perf_counter() - started) * 1000, 1)
        result.timings_ms = timings
        return result

    # ---- refusal -------------------------------------------------------------------------------
    def _refuse(self, result: Answer, verdict: Verdict, conducts: list[str]) -> None:
        """No comfort and no help: what the assistant will not do, the provision in force today that the
        request would break (the youth law's when it names a child), and where to report."""
        result.refused = True
        result.refusal = {"category": verdict.category, "layer": verdict.layer, "score": verdict.score}
        language = result.language
        category = verdict.category
        if category == "evade":
            category = next((EVADE_AS[c] for c in conducts if c in EVADE_AS), "find")
        today = date.today().isoformat()
        claims = []
        for law, article, paragraph in REFUSAL_PROVISIONS[category]["child" if verdict.child else "adult"]:
            claims += self._provision_claims(law, article, paragraph, today, language)
        body, result.citations = self._lines(self._verified(claims, today), today, language)
        opening = REFUSAL[language][verdict.category]
        result.answer = "\n\n".join(part for part in (opening, body, REFUSAL_HELP[language]) if part)

    def _provision_claims(self, law: str, article: str, paragraph: int, as_of: str, language: str) -> list[Claim]:
        """One paragraph of an article as in force on ``as_of``: its penalty rendered, or its words quoted."""
        label = f"{article} 제{paragraph}항"
        for provision in in_force(self.index, law, article, as_of):
            if provision.label != label:
                continue
            unit = _Unit(0, provision.chunk, provision.start, provision.text)
            penalty = parse_penalty(provision.text)
            if penalty.empty or not PRESCRIBES.search(provision.text):
                return [Claim(provision.text, unit)]  # a prohibition (제24조 ②): quoted as it reads
            return [self._penalty_claim(unit, label, penalty, self._wording_since(unit, as_of), language)]
        return []

    def _penalty_claim(self, unit: _Unit, label: str, penalty: Penalty, since: str, language: str) -> Claim:
        """ "성폭력처벌법 제14조의2 제1항: 7년 이하의 징역 … (2024-10-16부터 적용되는 조문)", in the asker's language."""
        law = self.laws.law(unit.chunk.record["source_id"])
        if language == "ko":
            name = law.short_names[0] if law and law.short_names else unit.chunk.record["title"]
            return Claim(f"{name} {label}: {penalty.render('ko')} ({since}부터 적용되는 조문)", unit, "penalty")
        name = f"{law.english} ({law.short_names[0]})" if law and law.short_names else unit.chunk.record["title"]
        return Claim(f"{name}, {article_in_english(label)}: {penalty.render('en')} (wording in force since {since})",
                     unit, "penalty")

    # ---- routing -------------------------------------------------------------------------------
    def _route(self, question: str, vector, understanding, as_of: str) -> Route | None:
        """The card whose question bank the question matches, when the calibrated confidence clears
        ``route_confidence``. A question about a past date (implied by its words or set by the asker) is
        answered from the law of that date, not from a card written about today's law."""
        if out_of_scope(question) or as_of < date.today().isoformat():
            return None
        route = self.router.route(question, vector)
        if route is None or route.confidence < self.settings.route_confidence:
            return None
        # a question with no word of the field must match a bank more surely to count as one of its questions
        if not understanding.in_scope and (route.confidence < self.settings.route_confidence_unanchored
                                           or route.score < self.settings.route_score_unanchored):
            return None
        return route

    # ---- relevance -----------------------------------------------------------------------------
    def _relevant(self, hits: list[Hit], question: str, language: str = "ko") -> bool:
        """Whether retrieval found anything that bears on the question.

        Relevant when the best dense similarity clears ``min_relevance``, or comes close to it while one
        of the top chunks holds at least ``min_coverage`` of the question's words (IDF-weighted).
        """
        if not hits:
            return False
        best_dense = max((h.dense for h in hits if h.dense is not None), default=0.0)
        threshold = self.settings.min_relevance_en if language == "en" else self.settings.min_relevance
        if best_dense >= threshold:
            return True
        if best_dense < threshold - self.settings.relevance_margin:
            return False
        chunks = [c for c in (self.index.get(h.chunk_id) for h in hits[:3]) if c is not None]
        return max((self._coverage(question, c.text) for c in chunks), default=0.0) >= self.settings.min_coverage

    def _coverage(self, question: str, text: str) -> float:
        idf = self.retriever.lexical.idf
        wanted = set(tokenize(question))
        total = sum(idf(t) for t in wanted)
        return sum(idf(t) for t in wanted & set(tokenize(text))) / total if total else 0.0

    # ---- claims --------------------------------------------------------------------------------
    def _claims(self, question: str, understanding, hits: list[Hit], as_of: str,
                route: Route | None = None) -> list[Claim]:
        """The answer's lines, the direct answer first. A question confidently routed to a card is answered
        by that card as a unit (its direct answer, then its points), after the penalty the law sets when
        the question is about an offence; otherwise by the penalty engine and the best sentences found."""
        language = understanding.language
        claims: list[Claim] = []
        conducts = set(understanding.conducts)
        if "penalty" in understanding.intents or conducts & _OFFENCE_CONDUCTS or (conducts and "history" in understanding.intents):
            terms = [t for c in understanding.conducts for t in CONDUCT_TERMS.get(c, ())] + \
                [t for m in understanding.materials for t in MATERIAL_TERMS.get(m, ())]
            statutes = self.retriever.search(f"{question} {' '.join(terms)}".strip(), 5,
                                             Filters(as_of=as_of, source_types=("statute",)))
            claims += self._penalty_claims(statutes, understanding, as_of, question)
        if route is not None and self._law_answers_elsewhere(question, claims, route, understanding):
            route = None  # the law answers from an article the card does not rest on: the engine answers
        if route is not None:
            card = self._routed_claims(question, understanding, hits, as_of, route)
            if card:
                # the engine's penalty lines join only for an article the card itself rests on
                rests_on = {(law["law"], str(law["article"])) for law in self._card_law(route.card)}
                penalties = [c for c in claims if c.kind in ("penalty", "history") and
                             (c.unit.chunk.record["source_id"], c.unit.chunk.record["extra"].get("article")) in rests_on]
                penalties = penalties[:2] if "penalty" in understanding.intents else []
                if penalties and "penalty" in understanding.asks_for and \
                        not ANSWER_KINDS["penalty"].search(card[0].unit.text):
                    return penalties + card[:MAX_LINES - len(penalties)]  # the penalty asked for comes first
                return card[:1] + penalties + card[1:MAX_LINES - len(penalties)]
        if _PROCEDURE_INTENTS & set(understanding.intents):
            cards = self.retriever.search(question, 3, Filters(as_of=as_of, source_types=("card",)))
            hits = cards[:2] + [h for h in hits if h.chunk_id not in {c.chunk_id for c in cards[:2]}]
            if not claims and _asks_for_steps(understanding):
                claims += self._steps(cards, language)
        taken = {(c.unit.chunk.chunk_id, c.unit.start) for c in claims}
        past = as_of < date.today().isoformat()
        units = [u for u in self._units(hits, self.retriever.lexical_query(question), language)
                 if (u.chunk.chunk_id, u.start) not in taken and not _HEADING_LINE.match(u.text)
                 # a card speaks of today's law; for a past date only its sentences that name a year can help
                 and not (past and u.chunk.record["source_type"] == "card" and not re.search(r"(19|20)\d\d", u.text))]
        if "statistics" in understanding.intents:
            for unit in units:  # a statistics question is answered by sentences with figures
                if re.search(r"\d", unit.text):
                    unit.score *= 1.5
        stepped = {c.unit.chunk.chunk_id for c in claims if c.kind == "step"}
        units = [u for u in units if u.chunk.chunk_id not in stepped]  # the steps already quote that card
        extractive = self._select(units, limit=2 if stepped else 2 if claims else 4)
        for unit in extractive:
            claims.append(self._quote_claim(unit, language, as_of, bool(claims)))
        return claims

    def _routed_claims(self, question: str, understanding, hits: list[Hit], as_of: str, route: Route) -> list[Claim]:
        """The routed card as a unit; when the route is a near coin-flip between cards, a shorter card answer
        and then the best sentences retrieval found."""
        language = understanding.language
        steps = _asks_for_steps(understanding) and "penalty" not in understanding.intents
        # the points are chosen by the question's words, and a little by its closest bank questions (the
        # card's own words for it): weighed as much as the question's, bank words chose worse points on dev
        wording = " ".join(self.router.closest(route.card, self.retriever.query_vector(question)))
        sure = route.confidence >= self.settings.route_sure
        card = self._card_claims(route.card, language, self.retriever.lexical_query(question), steps,
                                 CARD_BUDGET if sure or steps else int(CARD_BUDGET * UNSURE_SHARE), wording,
                                 understanding.asks_for, understanding.yes_no)
        if card and not sure:
            taken = {c.unit.chunk.chunk_id for c in card}
            units = [u for u in self._units(hits, self.retriever.lexical_query(question), language)
                     if u.chunk.chunk_id not in taken and not _HEADING_LINE.match(u.text)
                     and not (u.chunk.record["source_type"] == "card" and _is_sub_heading(u.text))]
            extra = [self._quote_claim(u, language, as_of, False)
                     for u in self._select(units, limit=min(1, UNSURE_EXTRA) if steps else UNSURE_EXTRA)]
            wanted = [ANSWER_KINDS[kind] for kind in understanding.asks_for]
            if UNSURE_RUNNER_UP and route.runner_up:
                # the closest other card's direct answer: when the route is unsure, the right card is most often
                # second. It takes the place of the last sentence found that does not hold the number asked for.
                spare = [c for c in extra if not any(k.search(c.unit.text) for k in wanted)]
                if spare:
                    other = self._card_claims(route.runner_up, language, self.retriever.lexical_query(question),
                                              False, 1, "", understanding.asks_for, understanding.yes_no)[:1]
                    other = [c for c in other if not _HEADING_LINE.match(c.text)]  # a lead-in says nothing alone
                    extra = other + [c for c in extra if c is not spare[-1]]
            holding = next((c for c in extra if any(k.search(c.unit.text) for k in wanted)), None)
            if holding is not None and not any(k.search(c.unit.text) for c in card for k in wanted):
                return [holding] + card + [c for c in extra if c is not holding]  # the number asked for first
            card += extra
        return card

    def _law_answers_elsewhere(self, question: str, claims: list[Claim], route: Route, understanding) -> bool:
        """Whether the law answers rather than the routed card: the question names the conduct and material
        of a penalty the element check found, or most of the words of the heading of an article the card
        does not rest on."""
        first = next((c for c in claims if c.kind == "penalty"), None)
        if first is None:
            return False
        if self._cells(understanding) and "penalty" in understanding.intents and not understanding.minor_doer:
            # the conduct, material and victim are named: the element-checked provisions answer (unless the one
            # who did it is young: then how the law deals with a young offender is the answer, not the sentence)
            return True
        record = first.unit.chunk.record
        if (record["source_id"], record["extra"].get("article")) in \
                {(law["law"], str(law["article"])) for law in self._card_law(route.card)}:
            return False
        heading = record.get("extra", {}).get("article_title", "")
        idf = self.retriever.lexical.idf
        words = set(tokenize(heading))
        total = sum(idf(t) for t in words)
        return bool(total) and sum(idf(t) for t in words & set(tokenize(question))) / total >= 0.8

    @staticmethod
    def _within_length(claims: list[Claim]) -> list[Claim]:
        """The lines that fit an answer a person reads whole: the first always, the rest while the total
        stays within ``MAX_CLAIM_CHARS`` (help and notes come on top)."""
        kept, used = [], 0
        for claim in claims:
            if kept and used + len(claim.text) > MAX_CLAIM_CHARS:
                continue
            kept.append(claim)
            used += len(claim.text)
        return kept

    def _card_lines(self, card: str) -> list[_Unit]:
        """Every body line of a card once, in the card's order, each placed in its stored chunk (read once
        per answer: choosing the points and citing each of them both need them)."""
        cache = self._answering.__dict__.setdefault("lines", {})  # this thread's answer
        if card not in cache:
            cache[card] = self._read_card_lines(card)
        return cache[card]

    def _read_card_lines(self, card: str) -> list[_Unit]:
        units: list[_Unit] = []
        seen: set[str] = set()
        for chunk in self.index.source_chunks(card):
            offset = chunk.record.get("body_start", 0)
            for line in chunk.text[offset:].split("\n"):
                text = line.strip()
                if text and text not in seen:
                    seen.add(text)
                    units.append(_Unit(0, chunk, offset + len(line) - len(line.lstrip()), text, 1.0))
                offset += len(line) + 1
        return units

    def _card_claims(self, card: str, language: str, question: str = "", steps: bool = False,
                     budget: int = 0, wording: str = "", asks_for: list[str] = (), yes_no: bool = True) -> list[Claim]:
        """A card as a unit, in the asker's language: its direct answer (the first sentences of its opening
        line, at most two), then the points of the card that bear most on the question, in the card's
        order, within the answer's length budget. Asked what to do (``steps``), the card's list is given
        as numbered steps, in order."""
        lines = [u for u in self._card_lines(card) if detect_language(u.text) == language]
        opening = next((u for u in lines if not _LIST_ITEM.match(u.text)), None)
        if opening is None:
            return []
        sentences = _sentences(opening.text)
        start = 0
        if not yes_no and len(sentences) > 1 and _BARE_YES_NO.match(sentences[0][1].strip()):
            sentences = sentences[1:]  # "Yes." answers the card's title, not a question asking what or how
            start = sentences[0][0]
        end = sentences[1][0] + len(sentences[1][1]) if len(sentences) > 1 else len(opening.text)
        direct = opening.text[start:end].strip()
        def bearing(text: str) -> float:
            """How much a line bears on the question: its words, its closest bank questions' words, and
            whether it holds the kind of answer asked for."""
            return self._coverage(question, text) + BANK_WORDING_WEIGHT * self._coverage(wording, text) \
                + ANSWER_KIND_WEIGHT * any(ANSWER_KINDS[kind].search(text) for kind in asks_for)

        points = []
        heading, section, fresh = "", False, False
        body = [u for u in lines if u is not opening]
        for order, (unit, shown) in enumerate(_short_runs(body, language) if not steps else
                                              [(u, None) for u in body]):
            item = _LIST_ITEM.match(unit.text)
            at = item.end() if item else 0
            text = unit.text[at:].rstrip()
            if shown is not None:  # a run of short list items: one line, quoted as the span it fills
                # weighed as the span itself, so that the "list" kind of answer (ANSWER_KINDS) sees its items
                context = f"{heading} {unit.text}" if heading else unit.text
                points.append((bearing(context) - 0.02 * order, order, Claim(_plain(shown), unit, "quote")))
                fresh = False
                continue
            if _is_sub_heading(unit.text) or (_HEADING_LINE.match(text) and not (item and not re.search(r"[?:：]$", text))):
                # a sub-heading ("누가 요청할 수 있나요?", "nine measures:", "어기면 (제50조제2항)") says nothing
                # alone (a short list item, "형제자매", is one of the things its list names). The lines under it
                # are read with it: a title heads its section, a lead-in ("…:") the line or list right after it.
                heading, fresh = text, True
                section = _is_sub_heading(unit.text) and not re.search(r"[?:：]$", text)
                continue
            if not (section or fresh or item):
                heading = ""
            fresh = False
            context = f"{heading} {text}" if heading else text
            kind = "step" if item and (steps or re.match(r"\s*\d", unit.text)) else "quote"
            relevance = 1.0 - 0.02 * order if steps and item else bearing(context) - 0.02 * order
            points.append((relevance, order,
                           Claim(_plain(text), _Unit(0, unit.chunk, unit.start + at, text, 1.0), kind)))
        chosen, used = [], len(direct)
        budget = int((budget or CARD_BUDGET) * (ENGLISH_LENGTH if language == "en" else 1.0))
        ranked = sorted(points, key=lambda p: -p[0])
        wanted = [ANSWER_KINDS[kind] for kind in asks_for]
        holding = None
        if wanted and not steps and not any(kind.search(direct) for kind in wanted):
            # the number asked for (a penalty, a deadline, a count) comes first when the direct answer lacks it
            holding = next((p for p in ranked if any(kind.search(p[2].unit.text) for kind in wanted)), None)
            if holding is not None:
                ranked = [holding] + [p for p in ranked if p is not holding]
        for score, order, claim in ranked:
            if len(chosen) == MAX_LINES - 1 or (used + len(claim.unit.text) > budget and chosen):
                if steps and claim.kind == "step":
                    break  # a list given as steps is never given with a hole in it
                claim = None if len(chosen) == MAX_LINES - 1 else _best_sentence(claim, bearing, budget - used)
                if claim is None:
                    continue
            chosen.append((order, claim))
            used += len(claim.unit.text)
        claims = [Claim(_plain(direct), _Unit(0, opening.chunk, opening.start + start, direct, 1.0), "direct")]
        points = [claim for _, claim in sorted(chosen, key=lambda c: c[0])]
        if holding is not None and not yes_no and chosen and chosen[0][0] == holding[1]:
            # asked for a number and not for yes or no: the line that holds it is the answer's first line
            return [chosen[0][1]] + claims + [c for c in points if c is not chosen[0][1]]
        return claims + points

    def _steps(self, cards: list[Hit], language: str, limit: int = 6) -> list[Claim]:
        """A card's list, in the card's order, when retrieval clearly points at one card (it fills at
        least two of the top three card hits): what to do, whom to call, what to keep. Each item is
        quoted whole; a card without a list in the asker's language gives no steps."""
        sources = [c.record["source_id"] for c in (self.index.get(h.chunk_id) for h in cards[:3]) if c is not None]
        if not sources:
            return []
        card, count = Counter(sources).most_common(1)[0]
        if count < 2:
            return []
        items: list[_Unit] = []
        for unit in self._card_lines(card):
            item = _LIST_ITEM.match(unit.text)
            text = unit.text[item.end():].rstrip() if item else ""
            if text and detect_language(text) == language:
                items.append(_Unit(0, unit.chunk, unit.start + item.end(), text, 1.0))
        if len(items) < 2:
            return []
        return [Claim(_plain(u.text), u, "step") for u in items[:limit]]

    def _quote_claim(self, unit: _Unit, language: str, as_of: str, has_penalty: bool) -> Claim:
        text = _plain(re.sub(r"^[-*•]\s+", "", unit.text))
        record = unit.chunk.record
        if record["source_type"] == "news" and has_penalty and _NO_LAW.search(text):
            note = {"ko": f" (보도 시점 {record.get('date')}; {as_of} 현재 시행 중인 법령은 위 조문과 같습니다)",
                    "en": f" (reported {record.get('date')}; the law in force on {as_of} is the provision above)"}
            return Claim(text + note[language], unit, "note")
        if language == "en" and detect_language(text) == "ko":
            labels = []
            for korean, term in self.glossary.korean_terms_in(text)[:4]:
                labels.append(f"{korean} = {term.en}")
            if labels:
                text += f" ({'; '.join(labels)})"
        return Claim(text, unit)

    def _penalty_claims(self, hits: list[Hit], understanding, as_of: str, question: str = "") -> list[Claim]:
        """Structured penalty lines: the provision in force that fits the conduct and material asked about."""
        language = understanding.language
        chunks = self._material_articles(understanding, as_of)
        for hit in hits:
            chunk = self.index.get(hit.chunk_id)
            if chunk is not None and chunk.record["source_type"] == "statute" and chunk not in chunks:
                chunks.append(chunk)
        candidates: list[tuple[float, _Unit, Penalty]] = []
        asked = set(tokenize(self.retriever.lexical_query(question)))

        idf = self.retriever.lexical.idf

        def title_overlap(chunk: StoredChunk) -> float:
            """How much of the article's heading the question names (IDF-weighted), up to 2."""
            title = set(tokenize(chunk.record.get("extra", {}).get("article_title", "")))
            total = sum(idf(t) for t in title)
            return 2.0 * sum(idf(t) for t in asked & title) / total if total else 0.0

        for rank, chunk in enumerate(chunks):
            heading = chunk.text[:chunk.record.get("body_start", 0)]
            for start, line in split_units(chunk):
                if not PRESCRIBES.search(line):
                    continue  # mentions a sentence (e.g. as a condition) without imposing one
                penalty = parse_penalty(line)
                if penalty.empty:
                    continue
                materials = {m for m, terms in MATERIAL_TERMS.items() if any(t in heading or t in line for t in terms)}
                if understanding.materials and materials and not materials & set(understanding.materials):
                    continue  # a provision about another kind of material
                score = 1.0 / (1 + rank) + (1.0 if materials & set(understanding.materials) else 0.0)
                score += sum(1.0 for c in understanding.conducts if any(t in line for t in CONDUCT_TERMS.get(c, ())))
                score += title_overlap(chunk)  # the article named by its heading ("아동ㆍ청소년의 성을 사는 행위")
                candidates.append((score, _Unit(rank, chunk, start, line, score), penalty))
        candidates.sort(key=lambda c: -c[0])
        cells = self._cells(understanding)
        # the element check `kb gaps` uses: a provision of an article the matrix looks in for the situation
        # asked about is offered only if it punishes that conduct with that material on that date
        fits = {(law, p.label) for cell in cells for law, p in applies(self.index, *cell, as_of)}
        if cells:  # another article (rape by threat, obscene material online) is not offered for this situation
            candidates = [c for c in candidates if (c[1].chunk.record["source_id"], self._locator(c[1])) in fits]
        claims: list[Claim] = self._gap_claims(cells, understanding.language, as_of)
        chosen: list[tuple[float, _Unit, Penalty]] = []
        for conduct in understanding.conducts:  # the best provision for each conduct asked about
            match = next((c for c in candidates if c not in chosen
                          and any(t in c[1].text for t in CONDUCT_TERMS.get(conduct, ()))), None)
            if match:
                chosen.append(match)
        chosen += [c for c in candidates if c not in chosen][:max(0, 2 - len(chosen))]
        seen: set[str] = set()
        for _, unit, penalty in chosen[:3]:
            label = self._locator(unit)
            if label in seen:
                continue
            seen.add(label)
            since = self._wording_since(unit, as_of)
            claim = self._penalty_claim(unit, label, penalty, since, language)
            if unit.chunk.record["source_id"] == YOUTH and {"deepfake", "filmed"} & set(understanding.materials):
                # the youth law applies to the image of a minor only when it is exploitation material
                claim.text += MINOR_CONDITION[language]
            claims.append(claim)
            claims += self._history_claims(unit, label, penalty, since, language)
        return claims

    def _material_articles(self, understanding, as_of: str) -> list[StoredChunk]:
        """The in-force chunks of the articles that punish conduct with the material asked about."""
        # a young person harmed: the youth law's articles on exploitation material come first
        materials = sorted(understanding.materials, key=lambda m: m != "csam") if understanding.minor_victim \
            else understanding.materials
        wanted = [(law, article) for material in materials for law, article in MATERIAL_ARTICLES.get(material, ())]
        if {"threaten", "coerce"} & set(understanding.conducts):
            wanted += [(law, article) for material in understanding.materials or ("deepfake",)
                       for law, article in THREAT_ARTICLES.get(material, ())]
        wanted += [pair for conduct in understanding.conducts for pair in CONDUCT_ARTICLES.get(conduct, ())]
        chunks: list[StoredChunk] = []
        for law, article in wanted:
            for provision in in_force(self.index, law, article, as_of):
                if provision.chunk not in chunks:
                    chunks.append(provision.chunk)
        return chunks

    @staticmethod
    def _cells(understanding) -> list[tuple[str, str, str]]:
        """The cells of the gap matrix a question is about: (conduct, material, victim)."""
        victim = "minor" if understanding.minor_victim else "adult"
        conducts = list(dict.fromkeys(GAP_CONDUCT[c] for c in understanding.conducts if c in GAP_CONDUCT))
        return [(conduct, material, victim) for conduct in conducts for material in understanding.materials
                if material != "csam" or victim == "minor"]

    def _gap_claims(self, cells: list[tuple[str, str, str]], language: str, as_of: str) -> list[Claim]:
        """For a cell the matrix shows as a gap on ``as_of``: what the law did not cover then, and the
        provision that covered it from when (or that nothing covers it yet)."""
        claims = []
        for conduct, material, victim in cells:
            if applies(self.index, conduct, material, victim, as_of):
                continue
            pairs = considered(conduct, material)
            later = sorted({start for law, article in pairs for chunk in self.index.article_chunks(law, article)
                            for start, _ in chunk.intervals if start > as_of})
            found = next(((day, hits[0]) for day in later if (hits := applies(self.index, conduct, material, victim, day))),
                         None)
            what_ko, what_en = GAP_WORDS[conduct]
            material_ko, material_en = MATERIAL_WORDS[material]
            if found is None:
                continue  # still a gap today: the matrix shows it; no provision to cite for "from when"
            day, (law, provision) = found
            entry = self.laws.law(law)
            unit = _Unit(0, provision.chunk, provision.start, provision.text)
            if language == "ko":
                name = entry.short_names[0] if entry else law
                text = (f"그 날짜에 시행 중이던 법에는 {material_ko} {what_ko}에 대한 처벌 규정이 없었습니다. "
                        f"{day}부터는 {name} {provision.label}에 따라 처벌됩니다.")
            else:
                name = f"{entry.english} ({entry.short_names[0]})" if entry else law
                text = (f"On that date no provision in force punished {what_en} {material_en}; from {day}, "
                        f"{name}, {article_in_english(provision.label)} does.")
            claims.append(Claim(text, unit, "history"))
        return claims

    def _wording_since(self, unit: _Unit, as_of: str) -> str:
        """Since when this exact paragraph wording has been in force (across versions that kept it)."""
        return wording_since(self.index, unit.chunk, unit.text, as_of)

    def _wording_intervals(self, unit: _Unit) -> list[tuple[str, str]]:
        return wording_intervals(self.index, unit.chunk, unit.text)

    def _history_claims(self, unit: _Unit, label: str, penalty: Penalty, since: str, language: str) -> list[Claim]:
        """How the same paragraph read in the version before ``since``, when its penalty differed."""
        if not since:
            return []
        if since in tag_dates(unit.text, "신설"):
            text = {"ko": f"이 항은 {since}에 신설되었습니다. 그 전에는 이 조문에 해당 처벌 규정이 없었습니다.",
                    "en": f"This paragraph was added on {since}; before that, this article had no such offence."}
            return [Claim(text[language], unit, "history")]
        if since not in tag_dates(unit.text, "개정"):
            return []  # the article changed elsewhere; this paragraph kept its wording
        record = unit.chunk.record
        for older in self.index.article_chunks(record["source_id"], record["extra"].get("article", "")):
            if not any(end == since for _, end in older.intervals):
                continue
            for start, line in split_units(older):
                if self._locator(_Unit(0, older, start, line)) != label:
                    continue
                before = parse_penalty(line)
                if before.empty or before.render("ko") == penalty.render("ko"):
                    return []
                old_unit = _Unit(unit.hit_rank, older, start, line)
                text = {"ko": f"{since} 이전: {before.render('ko')}", "en": f"Before {since}: {before.render('en')}"}
                return [Claim(text[language], old_unit, "history")]
        return []

    @staticmethod
    def _locator(unit: _Unit) -> str:
        return Provision(unit.chunk, unit.start, unit.text).label

    # ---- sentence selection ----------------------------------------------------------------------
    def _units(self, hits: list[Hit], question: str, language: str) -> list[_Unit]:
        query_tokens = set(tokenize(question))
        idf = self.retriever.lexical.idf
        weight = sum(idf(t) for t in query_tokens) or 1.0
        units: list[_Unit] = []
        for rank, hit in enumerate(hits):
            chunk = self.index.get(hit.chunk_id)
            if chunk is None:
                continue
            prior = 1.0 / (1 + rank)
            for start, sentence in split_units(chunk):
                tokens = set(tokenize(sentence))
                overlap = sum(idf(t) for t in query_tokens & tokens) / weight
                same_language = detect_language(sentence) == language
                score = 0.6 * overlap + 0.3 * prior + (0.1 if same_language else 0.0)
                if len(sentence) < 12:
                    score *= 0.5
                if not same_language and chunk.record["source_type"] != "statute":
                    score *= 0.4  # prose exists in both languages (cards, news): prefer the asker's
                units.append(_Unit(rank, chunk, start, sentence, score))
        return units

    def _select(self, units: list[_Unit], limit: int = 4) -> list[_Unit]:
        """Best sentences, one copy of each wording, at most three per chunk, in reading order."""
        if not units or limit <= 0:
            return []
        best = max(u.score for u in units)
        chosen: list[_Unit] = []
        seen: set[str] = set()
        per_chunk: dict[str, int] = {}
        for unit in sorted(units, key=lambda u: -u.score):
            key = re.sub(r"\s+|<[^>]+>", "", unit.text)
            if unit.score < 0.5 * best or key in seen or per_chunk.get(unit.chunk.chunk_id, 0) >= 3:
                continue
            seen.add(key)
            per_chunk[unit.chunk.chunk_id] = per_chunk.get(unit.chunk.chunk_id, 0) + 1
            chosen.append(unit)
            if len(chosen) == limit:
                break
        return sorted(chosen, key=lambda u: (u.hit_rank, u.start))

    # ---- verification --------------------------------------------------------------------------
    def _support(self, unit: _Unit, as_of: str) -> str:
        """Everything a claim may rest on: the quote, its source's name and locator, and its dates."""
        record = unit.chunk.record
        dates = " ".join(d for d in (*(s for iv in self._wording_intervals(unit) for s in iv), record.get("date", ""))
                         if d and d != OPEN_END)
        return f"{unit.text} {record['title']} {self._locator(unit)} {dates}"

    def _verified(self, claims: list[Claim], as_of: str) -> list[Claim]:
        """Claims whose quote is an exact span of the stored chunk and whose facts all occur in what they cite."""
        kept = []
        for claim in claims:
            stored = self.index.get(claim.unit.chunk.chunk_id)
            exact = stored is not None and stored.text[claim.unit.start:claim.unit.start + len(claim.unit.text)] \
                == claim.unit.text
            if exact and not unsupported(claim.text, self._support(claim.unit, as_of)):
                kept.append(claim)
        return kept

    # ---- citations and composition ---------------------------------------------------------------
    def _citation(self, n: int, unit: _Unit, as_of: str) -> Citation:
        record = unit.chunk.record
        url, effective_from, effective_to = record.get("url", ""), record.get("date") or None, None
        if record["source_type"] == "statute":
            intervals = self._wording_intervals(unit)
            span = covers(intervals, as_of) or (intervals[-1] if intervals else None)
            if span:
                effective_from, effective_to = span[0], None if span[1] == OPEN_END else span[1]
            version = self._version_in_force(unit.chunk.chunk_id, effective_from or as_of)
            if version and effective_to is not None:
                url = version["version_url"] or url
        primary = self._primary(record["source_id"], self._card_context(unit), as_of) \
            if record["source_type"] == "card" else []
        return Citation(n, unit.chunk.chunk_id, record["source_id"], record["source_type"], record["title"],
                        self._locator(unit), unit.text, url, effective_from, effective_to, primary)

    def _card_law(self, card: str) -> list[dict]:
        """The statute sources a card names (law, article, paragraph), current wording first."""
        if card not in self._card_sources:
            path = self.index.source_path(card)
            try:
                sources = load_card(Path(path)).sources if path else []
            except (OSError, BadSource):
                sources = []
            laws = [s for s in sources if "law" in s and "article" in s]
            self._card_sources[card] = sorted(laws, key=lambda s: str(s.get("version", "current")) != "current")
        return self._card_sources[card]

    def _card_context(self, unit: _Unit) -> str:
        """A card line with the words it depends on: a list item that names no article rests on the
        article its list's lead line names ("… under Article 11(5) of the Youth Sex Protection Act:"), a
        paragraph on the one its sub-heading names."""
        if _ARTICLE_NAMED.search(unit.text):
            return unit.text
        lines = self._card_lines(unit.chunk.record["source_id"])
        first = unit.text.split("\n", 1)[0]  # a run of short list items spans several lines
        at = next((i for i, line in enumerate(lines) if first in line.text), None)
        if at is None:
            return unit.text
        if _LIST_ITEM.match(lines[at].text):
            while at > 0 and _LIST_ITEM.match(lines[at].text):
                at -= 1
        elif at > 0 and _is_sub_heading(lines[at - 1].text):
            at -= 1  # a paragraph under a sub-heading that names the article ("어기면 (제50조제2항)")
        else:
            return unit.text
        lead = lines[at].text
        return f"{lead} {unit.text}" if not _LIST_ITEM.match(lead) else unit.text

    def _primary(self, card: str, text: str, as_of: str) -> list[dict]:
        """The provisions in force on ``as_of`` that a card line rests on: the articles the line names, or
        else the card's first statute source; each quoted exactly from its stored chunk."""
        laws = self._card_law(card)
        named = _named_articles(text)
        # a law the line names by its short name ("청소년성보호법 제9조") narrows which law's article it is
        named_laws = {s["law"] for s in laws if (entry := self.laws.law(s["law"]))
                      and any(name in text for name in entry.short_names)}
        chosen = [s for s in laws if str(s["article"]) in named and (not named_laws or s["law"] in named_laws)] \
            or [s for s in laws if str(s["article"]) in named] or self._asked_source(card, laws, as_of)
        paragraphs = _named_paragraphs(text)  # "Article 17(9)": of the card's 제17조 sources, paragraph 9 first
        chosen = sorted(chosen, key=lambda s: (str(s["article"]), s.get("paragraph")) not in paragraphs)
        # a line about an older wording ("version of 2020-06-02") rests on that version, as the card says
        as_of = next((d for d in re.findall(r"\d{4}-\d{2}-\d{2}", text)
                      if any(str(s.get("version")) == d for s in chosen)), as_of)
        key = (as_of, tuple((s["law"], str(s["article"]), s.get("paragraph")) for s in chosen))
        cache = self._answering.__dict__.setdefault("primary", {})  # this thread's answer
        if key not in cache:  # the lines of one card mostly rest on the same provisions
            cache[key] = self._resolve_primary(chosen, as_of)
        return [dict(law) for law in cache[key]]

    def _asked_source(self, card: str, laws: list[dict], as_of: str) -> list[dict]:
        """For a card line that names no article: of the card's statute sources, the one the question's
        own statute search ranks first (a card on appeals rests on several articles; the one on deadlines
        answers "how long"), else the card's first source."""
        if len(laws) < 2:
            return laws[:1]
        asked = self._answering.__dict__.setdefault("asked", {})  # this thread's answer
        if as_of not in asked:
            question = getattr(self._answering, "question", "")
            hits = self.retriever.search(question, ASKED_SEARCH, Filters(as_of=as_of, source_types=("statute",))) \
                if question else []
            chunks = [c for c in (self.index.get(h.chunk_id) for h in hits) if c is not None]
            asked[as_of] = [(c.record["source_id"], c.record["extra"].get("article", "")) for c in chunks]
        ranks = {key: rank for rank, key in reversed(list(enumerate(asked[as_of])))}
        best = min(laws, key=lambda s: ranks.get((s["law"], str(s["article"])), len(ranks)))
        return [best]

    def _resolve_primary(self, chosen: list[dict], as_of: str) -> list[dict]:
        """The card sources ``chosen`` as the provisions in force on ``as_of``, quoted exactly (at most two)."""
        primary: list[dict] = []
        seen: set[tuple] = set()
        for source in chosen:
            key = (source["law"], str(source["article"]), source.get("paragraph"))
            if key in seen:
                continue
            seen.add(key)
            provisions = in_force(self.index, source["law"], str(source["article"]), as_of)
            if source.get("paragraph"):
                provisions = [p for p in provisions if p.label.endswith(f"제{source['paragraph']}항")]
            provisions = [p for p in provisions if p.text.strip()]
            if not provisions:
                continue
            provision = provisions[0]
            unit = _Unit(0, provision.chunk, provision.start, provision.text)
            stored = self.index.get(provision.chunk.chunk_id)
            if stored is None or stored.text[provision.start:provision.start + len(provision.text)] != provision.text:
                continue
            cited = self._citation(0, unit, as_of)
            primary.append({"chunk_id": cited.chunk_id, "source_id": cited.source_id, "title": cited.title,
                            "locator": cited.locator, "quote": cited.quote, "url": cited.url,
                            "effective_from": cited.effective_from, "effective_to": cited.effective_to})
            if len(primary) == 2:
                break
        return primary

    def _version_in_force(self, chunk_id: str, as_of: str) -> dict | None:
        versions = [v for v in self.index.chunk_versions(chunk_id) if v["effective"] <= as_of]
        return max(versions, key=lambda v: (v["promulgated"], v["promulgation_no"]), default=None)

    def _lines(self, claims: list[Claim], as_of: str, language: str) -> tuple[str, list[Citation]]:
        citations: list[Citation] = []
        numbers: dict[tuple[str, int], int] = {}
        lines = []
        step = 0
        said = ""  # a law named once is not named again on the lines right after it
        for claim in claims:
            key = (claim.unit.chunk.chunk_id, claim.unit.start)
            if key not in numbers:
                numbers[key] = len(citations) + 1
                citations.append(self._citation(numbers[key], claim.unit, as_of))
            citation = citations[numbers[key] - 1]
            where = self._where(citation, language) if claim.kind in ("quote", "note", "direct") else ""
            suffix = f" ({where})" if where and where != said else ""
            said = where or said
            if not lines and claim.kind != "step":
                lines.append(f"{claim.text} [{numbers[key]}]{suffix}")  # the direct answer, on its own line
            elif claim.kind == "step":
                step += 1
                lines.append(f"{step}. {claim.text} [{numbers[key]}]{suffix}")
            else:
                lines.append(f"- {claim.text} [{numbers[key]}]{suffix}")
        return "\n".join(lines), citations

    def _where(self, citation: Citation, language: str) -> str:
        """Where a line comes from, as a reader cites it: the law and article (for a card line, the law the
        card rests on), or the source's title."""
        if citation.source_type == "card":
            if not citation.primary:
                return ""
            law = self.laws.law(citation.primary[0]["source_id"])
            name = law.short_names[0] if law and law.short_names else citation.primary[0]["title"]
            locator = citation.primary[0]["locator"]
            return f"{name} {locator if language == 'ko' else article_in_english(locator)}"
        return f"{citation.title} {citation.locator}".strip()

    def _compose(self, claims: list[Claim], result: Answer, victim: bool, understanding=None,
                 route: Route | None = None) -> tuple[str, list[Citation]]:
        """The answer's text: the direct answer and its supporting lines, a word on a neighbouring card
        when the question sits between two, the date when it is not today, comfort only for the person
        harmed, and the help that fits the need, once, at the end."""
        language = result.language
        body, citations = self._lines(claims, result.as_of, language)
        if self.settings.llm_url and self.settings.llm_model:  # optional: the model rewrites verified evidence
            cited = {}
            for claim in claims:
                cited.setdefault((claim.unit.chunk.chunk_id, claim.unit.text), claim.unit)
            evidence = [Evidence(c.n, self._support(cited[(c.chunk_id, c.quote)], result.as_of)) for c in citations]
            written = synthesise(result.question, language, evidence, self.settings.llm_url, self.settings.llm_model)
            if written:
                body = "\n".join(f"- {line}" for line in written)
        parts = [body]
        if route is not None and route.runner_up and route.score - route.runner_up_score < NEIGHBOUR_MARGIN:
            parts.append(self._neighbour(route, language))
        if result.as_of != date.today().isoformat():
            parts.append(f"({result.as_of} 기준)" if language == "ko" else f"(As of {result.as_of}.)")
        if victim:
            parts.append(_COMFORT[language])
        parts.append(help_line(language, understanding, result.question))
        return "\n\n".join(p for p in parts if p), citations

    def _neighbour(self, route: Route, language: str) -> str:
        """Which situation the answer covers, and the card next to it (student or teacher victim, adult or
        minor, …)."""
        titles = {}
        for card in (route.card, route.runner_up):
            chunk = next(iter(self.index.source_chunks(card)), None)
            extra = chunk.record.get("extra", {}) if chunk else {}
            titles[card] = extra.get(f"title_{language}") or card
        if language == "ko":
            return f"이 답은 「{titles[route.card]}」에 대한 것입니다. 상황이 다르면 「{titles[route.runner_up]}」도 확인하세요."
        return f"This answers “{titles[route.card]}”. If your situation differs, see also “{titles[route.runner_up]}”."
