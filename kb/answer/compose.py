"""Composition: the verified lines numbered and cited, within the length a person reads whole, with a word
on a neighbouring card, the date when it is not today, comfort only for the person harmed, and the help
that fits the need, once, at the end."""
from __future__ import annotations

import re
from datetime import date

from kb.answer.citations import citation, states, where
from kb.answer.context import AnswerContext
from kb.answer.messages import AS_OF, COMFORT, HELP_LABELS, HELP_OPENING, NEIGHBOUR, law_name
from kb.answer.records import Answer, Citation, Claim
from kb.answer.routing import Route
from kb.answer.synthesis import Evidence, synthesise
from kb.answer.verify import support

#: No answer is longer than this.
MAX_ANSWER_CHARS = 1500
#: Characters of cited lines in one answer: with its help line it stays well under 1,500.
MAX_CLAIM_CHARS = 1100
#: When the runner-up card scores within this of the routed card, the answer names both situations.
NEIGHBOUR_MARGIN = 0.01
#: Comfort already said by a cited line (a card's own words to the person harmed) is not said again.
_COMFORTED = re.compile(r"잘못이 아닙니다|not your fault", re.I)
#: Help chosen by need: the number (labelled in messages.HELP_LABELS) and the words that show the need.
#: 1366 is always offered.
_HELP_NEEDS = (
    ("112", re.compile(r"위험|무서|협박|쫓아|찾아오|스토킹|죽|다치|danger|threat|scared|afraid|stalk|follow|hurt|kill|unsafe",
                       re.I)),
    # (or the deletion centre itself named: "디성센터 전화번호 알려주세요")
    ("02-735-8994", re.compile(r"삭제|지우|지워|내려|퍼지|퍼졌|유포|돌아다|올라|디성\s*센터|디지털\s*성범죄\s*피해자\s*지원|d4u|"
                               r"delet|remov|take.{0,10}down|spread|posted|online|digital\s+sex\s+crime\s+victim\s+support",
                               re.I)),
    ("117", re.compile(r"학교|학폭|담임|선생|반\s*친구|같은\s*반|school|classmate|teacher", re.I)),
    ("1388", re.compile(r"청소년|중학생|고등학생|초등학생|중\d|고\d|학생|미성년|\b1[0-8]\s*살|\b1[0-8]\s*세|teen|minor|student|"
                        r"\b1[0-8]\s*(yo|y/o|years?\s*old)|high school|middle school", re.I)),
)


def help_line(language: str, understanding=None, question: str = "") -> str:
    """One line of help, chosen by need: 1366 always; 112 for danger, 02-735-8994 for deletion, 117 for
    school matters and 1388 for a young person, when the question shows that need."""
    intents = set(getattr(understanding, "intents", ()) or ())
    minor = bool(getattr(understanding, "minor_victim", False))
    chosen = []
    for number, pattern in _HELP_NEEDS:
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
            chosen.append(number)
    listed = " · ".join(f"{HELP_LABELS[number][language]} {number}" for number in chosen)
    return HELP_OPENING[language] + (f" · {listed}" if listed else "")


def within_length(claims: list[Claim]) -> list[Claim]:
    """The lines that fit an answer a person reads whole: the first always, the rest while the total
    stays within ``MAX_CLAIM_CHARS`` (help and notes come on top)."""
    kept, used = [], 0
    for claim in claims:
        if kept and used + len(claim.text) > MAX_CLAIM_CHARS:
            continue
        kept.append(claim)
        used += len(claim.text)
    return kept


def lines(ctx: AnswerContext, claims: list[Claim], as_of: str, language: str) -> tuple[str, list[Citation]]:
    """The claims as numbered lines: the direct answer on its own line, steps numbered, the rest as points,
    each with its citation's number and, once, where it comes from."""
    citations: list[Citation] = []
    numbers: dict[tuple[str, int], int] = {}
    out = []
    step = 0
    said = ""  # a law named once is not named again on the lines right after it
    named: set[str] = set()  # laws already named in full
    for claim in claims:
        key = (claim.unit.chunk.chunk_id, claim.unit.start)
        if key not in numbers:
            numbers[key] = len(citations) + 1
            citations.append(citation(ctx, numbers[key], claim.unit, as_of))
        cited = citations[numbers[key] - 1]
        text = named_in_full_once(ctx, claim.text, language, named)
        whence = where(ctx, cited, language) if claim.kind in ("quote", "note", "direct") else ""
        suffix = f" ({whence})" if whence and whence != said and not states(ctx, text, cited, language) else ""
        said = whence or said
        if not out and claim.kind != "step":
            out.append(f"{unlinked(text)} [{numbers[key]}]{suffix}")  # the direct answer, on its own line
        elif claim.kind == "step":
            step += 1
            out.append(f"{step}. {text} [{numbers[key]}]{suffix}")
        else:
            out.append(f"- {text} [{numbers[key]}]{suffix}")
    return "\n".join(out), citations


#: A word that links a line to one before it ("But", "하지만", "또"): the answer's first line has none before it.
_LINKING = re.compile(r"^(?:(?:또한?|그리고|하지만|그러나|그렇지만|그런데|다만|게다가|한편|반면|비교하면|참고로)(?![가-힣])|"
                      r"(?:But|However|Also|And|Still|Yet|Even so|That said|Meanwhile|By contrast|In comparison|"
                      r"By comparison|In addition|Additionally|Moreover|Furthermore|On top of that)\b|"
                      r"(?:이\s*밖에도|이\s*외에도|그\s*밖에도|아울러|더불어)(?![가-힣])),?\s+(?=\S)")


def unlinked(text: str) -> str:
    """A line without the word that linked it to the line before it in its source ("하지만 항고를 해도 …" →
    "항고를 해도 …", "But an appeal …" → "An appeal …"), for the line that opens an answer."""
    rest = _LINKING.sub("", text, count=1)
    return rest[:1].upper() + rest[1:] if rest != text else text


def named_in_full_once(ctx: AnswerContext, text: str, language: str, named: set[str]) -> str:
    """``text`` with each law's full name (the English name with its short one, in an English answer) kept the first
    time the answer names it and cut to the short name after; ``named`` records the laws named so far."""
    for law in ctx.laws.laws:
        full = law_name(law, language, "")
        if not law.short_names or full == law.short_names[0] or full not in text:
            continue
        kept = 0 if law.key in named else text.index(full) + len(full)
        text = text[:kept] + text[kept:].replace(full, law.short_names[0])
        named.add(law.key)
    return text


def compose(ctx: AnswerContext, claims: list[Claim], result: Answer, victim: bool, understanding=None,
            route: Route | None = None) -> tuple[str, list[Citation]]:
    """The answer's text: the direct answer and its supporting lines, a word on a neighbouring card
    when the question sits between two, the date when it is not today, comfort only for the person
    harmed (once), and the help that fits the need, once, at the end."""
    language = result.language
    body, citations = lines(ctx, claims, result.as_of, language)
    settings = ctx.settings
    if settings.llm_url and settings.llm_model:  # optional: the model rewrites verified evidence
        cited = {}
        for claim in claims:
            cited.setdefault((claim.unit.chunk.chunk_id, claim.unit.text), claim.unit)
        evidence = [Evidence(c.n, support(ctx, cited[(c.chunk_id, c.quote)], result.as_of)) for c in citations]
        written = synthesise(result.question, language, evidence, settings.llm_url, settings.llm_model)
        if written:
            body = "\n".join(f"- {line}" for line in written)
    parts = [body]
    if route is not None and route.runner_up and route.score - route.runner_up_score < NEIGHBOUR_MARGIN:
        parts.append(neighbour(ctx, route, language))
    if result.as_of != date.today().isoformat():
        parts.append(AS_OF[language].format(as_of=result.as_of))
    if victim and not _COMFORTED.search(body):
        parts.append(COMFORT[language])
    parts.append(help_line(language, understanding, result.question))
    return "\n\n".join(p for p in parts if p), citations


def neighbour(ctx: AnswerContext, route: Route, language: str) -> str:
    """The card next to the one that answered, for a question that sits between two situations (student or teacher
    victim, adult or minor, …): the answer above is the routed card's, so only the other one is named (its title
    says which situation it covers)."""
    chunk = next(iter(ctx.index.source_chunks(route.runner_up)), None)
    extra = chunk.record.extra if chunk else {}
    return NEIGHBOUR[language].format(other=extra.get(f"title_{language}") or route.runner_up)
