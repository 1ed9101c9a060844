"""Lines from a knowledge card: the card a question is routed to answers as a unit — its direct answer, then
the points that bear most on the question within a length budget, or its list as numbered steps — and,
when the route is unsure, with the best sentences retrieval found and the closest other card's answer."""
from __future__ import annotations

import re
from collections import Counter

from kb.answer.context import AnswerContext
from kb.answer.premises import premise
from kb.answer.records import Claim, Unit
from kb.answer.routing import BankRouter, Route
from kb.answer.strategies.extracts import CLAIM_CHECK, quote_claim, scored_units, select, too_long_foreign
from kb.answer.units import (
    ANSWER_KINDS,
    ENGLISH_LENGTH,
    HEADING_LINE,
    LIST_ITEM,
    NOT_PUNISHED,
    TITLE_VERDICT,
    best_sentence,
    dependent,
    detect_language,
    is_sub_heading,
    named_articles,
    plain,
    sentences,
    short_runs,
)
from kb.answer.understanding import names_young_person
from kb.answer.yes_no import need_asked_of_may, turned_around
from kb.index.lexical import tokenize
from kb.search.retrieval import Hit

#: An answer is its direct answer and at most five supporting lines.
MAX_LINES = 6
#: Characters of a card's text an answer quotes: a person in distress reads three lines.
CARD_BUDGET = 550
#: How much the words of a question's closest bank questions count, beside its own, in choosing a card's points.
BANK_WORDING_WEIGHT = 0.2
#: How much a card line gains for holding the kind of answer the question asks for (a penalty, a date,
#: a length of time, a count, an amount, a phone number, a place to turn to, a list), against the question-word coverage (0–1).
ANSWER_KIND_WEIGHT = 0.3
#: How much a card line's meaning counts in choosing the points, for English questions: its cosine similarity to
#: the question above ``LINE_SIMILARITY_FLOOR``, scaled to 0–1 (a line barely related to the question adds
#: nothing). Korean lines are read well by their words (Kiwi): on dev, meaning added to Korean lines lost 4
#: items and gained none, while on English ones it took fact accuracy from 0.734 to 0.757.
LINE_SIMILARITY_WEIGHT = 1.0
LINE_SIMILARITY_FLOOR = 0.8
LINE_SIMILARITY_LANGUAGES = {"en"}
#: When the route is not sure (confidence below ``route_sure``): the share of the card budget the card gets,
#: and how many of retrieval's best sentences follow it (0.75 and 1 scored the same on dev, 12 characters longer).
UNSURE_SHARE = 0.5
UNSURE_EXTRA = 2
#: ... (none of them a paragraph in another language too long to read as a line: `extracts.too_long_foreign`), and the
#: closest other card's direct answer takes the place of one of those sentences (when the route is
#: unsure, the right card is most often the second: dev fact accuracy 0.748 -> 0.758, English 0.717 -> 0.740).
UNSURE_RUNNER_UP = 1
#: ... its direct answer, or its point that bears most on the question when that point covers this much more of
#: the question's words (a share, 0–1): the survey figures asked for sit in a point of the card next to the one
#: routed to, not in its opening (dev 0.826 -> 0.829 at 0.25, none lost; at 0.12 one lost; at 0, four lost).
RUNNER_UP_POINT_MARGIN = 0.25
#: How much more of the question a card's point must bear (`card_claims`' bearing: its coverage of the question's words,
#: 0–1, plus the kind of answer asked for) than the card's direct answer, to lead the answer when the question asks
#: neither yes or no nor for steps. On dev at 0.25, 24 first lines changed, 22 to the line that answers the ask ("몇 명",
#: "누구의 책무", "몇 배까지"); fact accuracy and gold citations unchanged (they do not read the order). At 0.15, 27 more
#: changed, a third of them to a line about another step (what a breach costs, asked how to move an order). An English
#: line's meaning (LINE_SIMILARITY_WEIGHT) added on both sides led with worse lines: 13 changed, 8 for the worse.
LEAD_POINT_MARGIN = 0.25
#: A card's words of comfort to the person harmed: said after the answer, never as its first line.
_COMFORT = re.compile(r"잘못이\s*아닙|not your fault", re.I)
#: A point said of one situation, its condition before the colon ("가해자가 아동·청소년이면: …", "If the offender is a child
#: or teenager: …"): it leads only a question that states the condition (at least ``CONDITION_MET`` of its words, IDF-weighted).
_CONDITION = re.compile(r"\s*(?:\*\*)?([^:：.?!]{2,60}?(?:이면|라면|이라면|하면|되면|경우|때)|(?:if|when|where)\s[^:：.?!]{2,80}?)"
                        r"(?:\*\*)?\s*[:：]", re.I)
CONDITION_MET = 0.5
#: A line about an earlier wording ("2020년 6월 2일 전(2020-05-27 시행본): …", "Before 16 October 2024, …"): never the lead,
#: and no point of an answer (nor a sentence found on a card) for a question about today's law that asks nothing of its history
#: or of a date (dev: 3 answers changed, no fact lost).
_PAST = re.compile(r"\s*(?:[-*•]\s+|\d+[.)]\s+)?(?:\*\*)?(?:"
                   r"(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일|\d{4}-\d{2}-\d{2})\s*(?:개정|시행)?\s*(?:전|이전|까지)|(?:Before|Until|Prior to)\b|"
                   r"The version of \d{4}-\d{2}-\d{2}|"
                   # told as what came before ("그 전에 적용되던 2024-01-16 시행본은", "The earlier text, in force from …")
                   r"그\s*전에\s*(?:적용되던|시행되던|는)|(?:개정|시행)\s*전에는|이전\s*(?:법|시행본)(?:은|에서는|에는)|"
                   r"The earlier (?:text|law|version|wording|rule)s?\b|Before that (?:date|day|change|amendment)\b|Previously\b|"
                   r"Until then\b|"
                   # a dated wording named as a version: "From 2 June 2020 (version of 2020-06-02)", "…부터(2020-06-02 시행본)"
                   r"(?:From|Since)\s+\d{1,2}\s+\w+\s+\d{4}\s*\(version of|"
                   r"\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*부터\s*\(\d{4}-\d{2}-\d{2}\s*시행본\))", re.I)
#: A question of when something began ("언제 처음 생겼어요", "when was it introduced", "since when"): of a card's dated
#: points, the earliest answers it, not the one that bears most on the question's other words (the latest change).
FIRST_ASKED = re.compile(r"처음|최초|신설|원래|언제\s*(?:\S+\s*)?생[겼긴기]|언제부터|\bfirst\b|originally|\bintroduc|"
                         r"\bcreated\b|\bsince\s+when\b|\bbegan\b|\bstart(?:ed)?\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: What a person does, in order (report, get it deleted, keep evidence): answered as steps when a card lists them.
STEP_INTENTS = {"reporting", "deletion", "evidence"}
#: A card's opening sentence that only says yes or no ("Yes.", "네, 경찰의 의무입니다."): short, with no condition;
#: or that only replies to the card's title question without a subject or a figure ("받게 될 수 있습니다.").
#: A "yes" or "no" that leads a longer sentence ("네, 피해자가 … 받을 수 있습니다."), not a condition ("Yes, if …")
#: nor a number ("No. 1 a written apology").
_YES_NO_LEAD = re.compile(r"^\s*(?:네|예|아니요|아니오|Yes|No)\s*[,.]\s+(?!\d|(?:if|but|only|unless|when|as long as|provided|다만|단)\b)"
                          r"(?=\S.{20,}|[가-힣].{9,})", re.I)  # (Korean says as much in half the letters)
#: What only completes a "yes" or "no" before it ("No, not merely because …", "Yes, at least once a year", "네, 물론입니다",
#: "Yes, it is a police duty"): a fragment alone.
_ELLIPTICAL = re.compile(r"(?:not|never|no longer|only|always|of course|definitely|absolutely|at|in|on|for|from|by|with|as|if|"
                         r"when|once|within|after|before|since|until|up|under|but|and|so|usually|generally|mostly|often|"
                         r"sometimes|both|either|neither|all|some|each|even|also|too|again)\b|(?:물론|반드시\s*그렇|그렇습니다)|"
                         # ... or whose subject is the title's ("Yes, it is a police duty …": "it" is what the title asked)
                         r"(?:it|they|this|that|these|those)\b", re.I)
_BARE_YES_NO = re.compile(r"^(?:(?:Yes|No)\b(?!.*\b(?:if|but|only|unless|when|except|provided)\b).{0,30}"
                          # a reply hedged but still bare: "As a rule, yes.", "For some crimes, yes.", "Not necessarily."
                          r"|(?:As a rule|In principle|In most cases|Usually|Generally|Mostly|For some \w+),?\s+(?:yes|no)\."
                          r"|(?:Possibly|Probably|Only partly|Not necessarily|Not always)\."
                          r"|(?:네|예|아니요|아니오)[.,](?!.*(?:면|경우|때|만|다만|단,|조건)).{0,20}"
                          r"|(?=.{1,16}$)(?!.*\d)(?:[가-힣]*[가-힣](?<![은는이가을를도])\s+){0,3}[가-힣]*(?:습니다|됩니다)\.)$")


def a_fragment(line: str) -> bool:
    """Whether a card's line is part of a sentence a lead-in began ("the communications standards commission
    (formerly …);", "방송미디어통신심의위원회"): it never leads an answer."""
    text = line.strip()
    return bool(re.match(r"[a-z]", text)) or text.endswith((";", ",", ":")) or \
        (len(text) < 25 and not re.search(r"[.!?다요]\)?$", text))


def about_an_earlier_wording(line: str) -> bool:
    """Whether a card's line tells what an earlier wording of the law said (`_PAST`)."""
    return bool(_PAST.match(line))


def earlier_law_asked(understanding) -> bool:
    """Whether a question asks about the law's history, a date or its gaps: lines on earlier wordings then answer."""
    return "history" in understanding.intents or understanding.asks_gaps or "date" in understanding.asks_for


def asks_for_steps(understanding) -> bool:
    """Whether a question asks what to do, and so is answered by a card's list as steps in order. A question
    that asks for one thing (who pays, a deadline, a number) wants that thing, not the card's steps."""
    intents = set(understanding.intents)
    return bool(STEP_INTENTS & intents) and not {"school_discipline", "teacher_protection", "history"} & intents \
        and not set(understanding.asks_for) - {"list", "place"}


def routed_claims(ctx: AnswerContext, router: BankRouter, question: str, understanding, hits: list[Hit],
                  as_of: str, route: Route, max_lines: int = MAX_LINES) -> list[Claim]:
    """The routed card as a unit, in at most ``max_lines`` lines; when the route is a near coin-flip between
    cards, a shorter card answer and then the best sentences retrieval found."""
    language = understanding.language
    steps = asks_for_steps(understanding) and "penalty" not in understanding.intents
    if steps and "place" in understanding.asks_for and not any(
            LIST_ITEM.match(u.text) and ANSWER_KINDS["phone"].search(u.text) for u in ctx.card_lines(route.card)):
        steps = False  # asked where to turn, a card's list that names no number to call (who may ask) is no steps
    # the points are chosen by the question's words, and a little by its closest bank questions (the
    # card's own words for it): weighed as much as the question's, bank words chose worse points on dev
    wording = " ".join(router.closest(route.card, ctx.retriever.query_vector(question)))
    sure = route.confidence >= ctx.settings.route_sure
    # a card's bare "Yes." answers its title; asked the other way round ("does settling stop the prosecution?" of a
    # card titled "can he still be prosecuted if she settles?"), it would say the opposite
    # ... and asked whether it is required ("do i need a lawyer to file a complaint?") of a card titled whether one may
    # have it ("can a victim have a lawyer?"), it would say that it is
    title = ctx.card_title(route.card, language)
    yes_no = understanding.yes_no and sure and not turned_around(question, title) \
        and not need_asked_of_may(question, title)
    # an unsure card's bare "Yes." answers its own title, which may not be the question ("do i have to tell my
    # parents before going to the police?" is not whether schools must report): only a sure route says yes or no
    card = card_claims(ctx, route.card, language, ctx.retriever.lexical_query(question), steps,
                       CARD_BUDGET if sure or steps else int(CARD_BUDGET * UNSURE_SHARE), wording,
                       understanding.asks_for, yes_no, ctx.retriever.query_vector(question),
                       max_lines, past=earlier_law_asked(understanding),
                       earliest="date" in understanding.asks_for and bool(FIRST_ASKED.search(question)),
                       about=named_articles(question))
    if card and not sure:
        taken = {c.unit.chunk.chunk_id for c in card}
        units = [u for u in scored_units(ctx, hits, ctx.retriever.lexical_query(question), language)
                 if u.chunk.chunk_id not in taken and not HEADING_LINE.match(u.text)
                 and not (u.chunk.record.source_type == "card" and is_sub_heading(u.text))
                 # a card whose premise the question contradicts lends no sentence (a sexual deepfake's penalty, asked of
                 # a fake said not to be sexual)
                 and not (u.chunk.record.source_type == "card"
                          and premise(question, understanding, ctx.card_topics(u.chunk.record.source_id)) < 0)
                 and not too_long_foreign(ctx, u, language, as_of)
                 # (nor, after the card's lines, a sentence in another language than the asker's: an AI Act definition
                 # item glossed word by word under an English card line tells an English reader nothing)
                 and detect_language(u.text) == language]
        extra = [quote_claim(ctx, u, language, as_of, False)
                 for u in select(units, limit=min(1, UNSURE_EXTRA) if steps else UNSURE_EXTRA)]
        wanted = [ANSWER_KINDS[kind] for kind in understanding.asks_for]
        other: list[Claim] = []
        if UNSURE_RUNNER_UP and route.runner_up:
            # the closest other card's direct answer: when the route is unsure, the right card is most often
            # second. It takes the place of the last sentence found that does not hold the number asked for, or joins
            # when no sentence found could be shown (a long paragraph in another language).
            spare = [c for c in extra if not any(k.search(c.unit.text) for k in wanted)]
            if (spare or not extra) and CLAIM_CHECK not in ctx.card_topics(route.runner_up) \
                    and premise(question, understanding, ctx.card_topics(route.runner_up)) >= 0:
                other = _runner_up_line(ctx, route.runner_up, language, ctx.retriever.lexical_query(question),
                                        understanding.asks_for)
                # a lead-in says nothing alone, nor does a sentence announcing the list that would follow it
                other = [without_announcement(c) for c in other if not HEADING_LINE.match(c.text)]
                if other:  # nothing to put in its place: the sentence found stays
                    extra = other + [c for c in extra if not spare or c is not spare[-1]]
        # the number asked for comes first from a sentence found, not from the other card's answer: that card is
        # about another situation (an adult's sentence, where the card routed to tells how a 13-year-old is dealt with)
        holding = next((c for c in extra if c not in other and any(k.search(c.unit.text) for k in wanted)), None)
        if holding is not None and not any(k.search(c.unit.text) for c in card for k in wanted):
            return [holding] + card + [c for c in extra if c is not holding]  # the number asked for first
        card += extra
    return card


def _runner_up_line(ctx: AnswerContext, card: str, language: str, lexical: str, asks_for: list[str]) -> list[Claim]:
    """The line the closest other card gives an unsure answer: its direct answer (without a bare "Yes.", which
    answers its own title), or its point that bears clearly more on the question."""
    claims = card_claims(ctx, card, language, lexical, False, 1, "", asks_for, False)
    # (a point that leans on the lines around it in its card, "벌금형은 없습니다.", says nothing alone)
    if len(claims) > 1 and ctx.coverage(lexical, claims[1].unit.text) > \
            ctx.coverage(lexical, claims[0].unit.text) + RUNNER_UP_POINT_MARGIN and not dependent(claims[1].unit.text):
        return claims[1:2]
    # (nor does a bare verdict, "Not necessarily.", which replies to that card's title, not to the question asked)
    return [c for c in claims[:1] if not dependent(c.unit.text) and not _BARE_YES_NO.match(c.text.strip())]


#: A sentence that announces what follows it: "Below is what the Ministry said …", "주요 변화는 다음과 같습니다.",
#: "Its main stages:".
_ANNOUNCES = re.compile(r"^(?:Below (?:is|are)\b|Here (?:is|are)\b|The following\b|아래는|아래와\s*같|다음은)|"
                        r"(?:다음과\s*같습니다|아래와\s*같습니다)\.?$", re.I)
#: ... or that leads into a list with a colon: nothing follows a neighbouring card's direct answer given alone.
_LEADS_INTO = re.compile(r"[:：]$")
#: What must be left of a direct answer for it to say something alone ("it does not have to be you." does not).
_ALONE = 60


def announces(sentence: str) -> bool:
    """Whether a sentence only announces what follows it ("주요 변화는 다음과 같습니다.", "Its main stages:")."""
    return bool(_ANNOUNCES.search(sentence.strip()) or _LEADS_INTO.search(sentence.strip()))


def shortened(claim: Claim, text: str) -> Claim:
    """``claim`` cut to ``text``, a head of its quoted span (still an exact span of its chunk)."""
    unit = claim.unit
    return Claim(plain(text), Unit(unit.hit_rank, unit.chunk, unit.start, text, unit.score), claim.kind)


def without_announcement(claim: Claim, alone: int = _ALONE, longest: int | None = None) -> Claim:
    """A card's line given alone, without its last sentence when that only announces what follows ("The school
    reports … to 117 at once. Below is what the Ministry of Education said …": nothing follows), if at least
    ``alone`` characters are left (and the announcement is at most ``longest``)."""
    found = sentences(claim.unit.text)
    last = found[-1][1].strip() if found else ""
    if len(found) < 2 or not announces(last) or found[-1][0] < alone or (longest is not None and len(last) > longest):
        return claim
    return shortened(claim, claim.unit.text[:found[-1][0]].rstrip())


def _direct_answer(opening: Unit, yes_no: bool) -> tuple[int, str]:
    """Where a card's direct answer starts in its opening line, and its text: the first sentences of that
    line, at most two, without a bare "Yes." when the question does not ask yes or no."""
    found = sentences(opening.text)
    start = 0
    if not yes_no and len(found) > 1 and _BARE_YES_NO.match(found[0][1].strip()):
        found = found[1:]  # "Yes." answers the card's title, not a question asking what or how
        start = found[0][0]
    elif not yes_no and found and (lead := _YES_NO_LEAD.match(found[0][1])):
        if _ELLIPTICAL.match(found[0][1][lead.end():]):
            # "No, not merely because a report was filed.": without its "No," the rest is no sentence
            if len(found) > 1:
                found = found[1:]
                start = found[0][0]
            elif re.match(r"(?:it|they|this|that|these|those)\b", found[0][1][lead.end():], re.I):
                # the only sentence, its subject the title's ("Yes, it is a police duty since …"): the statement stands
                # without the "Yes," that answered the card's title, not the question asked
                start = found[0][0] + lead.end()
                found = [(start, found[0][1][lead.end():])]
        else:
            start = found[0][0] + lead.end()  # "네, 피해자가 … 받을 수 있습니다": the statement without its "네,"
            found = [(start, found[0][1][lead.end():])] + found[1:]
    if len(found) > 1 and _ANNOUNCES.search(found[1][1].strip()) and found[1][0] - start >= _ALONE:
        found = found[:1]  # "… 117에 신고합니다. 아래는 교육부가 … 안내한 내용입니다.": the points chosen are no list it announces
        return start, opening.text[start:found[0][0] + len(found[0][1])].strip()
    end = found[1][0] + len(found[1][1]) if len(found) > 1 else len(opening.text)
    return start, opening.text[start:end].strip()


def card_claims(ctx: AnswerContext, card: str, language: str, question: str = "", steps: bool = False,
                budget: int = 0, wording: str = "", asks_for: list[str] = (), yes_no: bool = True,
                question_vector=None, max_lines: int = MAX_LINES, past: bool = True, earliest: bool = False,
                about: set[str] = frozenset()) -> list[Claim]:
    """A card as a unit, in the asker's language: its direct answer (the first sentences of its opening
    line, at most two), then the points of the card that bear most on the question, in the card's
    order, within the answer's length budget. Asked what to do (``steps``), the card's list is given
    as numbered steps, in order. A point about an earlier wording (`_PAST`) is one only when ``past``: the question
    asks about the law's history, a date or its gaps (`earlier_law_asked`). Asked when something began (``earliest``,
    `FIRST_ASKED`), the earliest dated point holds the date asked for, of another article than the card's own that the
    question names (``about``) when a point names one."""
    lines = [u for u in ctx.card_lines(card) if detect_language(u.text) == language]
    opening = next((u for u in lines if not LIST_ITEM.match(u.text)), None)
    if opening is None:
        return []
    wanted = [ANSWER_KINDS[kind] for kind in asks_for]
    if yes_no and wanted and not any(k.search(_direct_answer(opening, True)[1]) for k in wanted):
        # "교사가 신고 안 하면 과태료 있나요?": the card's "네." answers its own title (must everyone report?), not
        # whether a fine follows; the line that holds what was asked answers first
        yes_no = False
    start, direct = _direct_answer(opening, yes_no)

    def bearing(text: str) -> float:
        """How much a line bears on the question: its words, its closest bank questions' words, and
        whether it holds the kind of answer asked for."""
        return ctx.coverage(question, text) + BANK_WORDING_WEIGHT * ctx.coverage(wording, text) \
            + ANSWER_KIND_WEIGHT * any(ANSWER_KINDS[kind].search(text) for kind in asks_for)

    def meaning(line: str) -> float:
        """How close a card line's meaning is to the question's (English lines only, see LINE_SIMILARITY_WEIGHT)."""
        if question_vector is None or language not in LINE_SIMILARITY_LANGUAGES:
            return 0.0
        similarity = ctx.line_similarity(question_vector, line)
        if similarity is None:
            return 0.0
        return LINE_SIMILARITY_WEIGHT * max(0.0, similarity - LINE_SIMILARITY_FLOOR) / (1 - LINE_SIMILARITY_FLOOR)

    points = _points([u for u in lines if u is not opening], language, steps, bearing, meaning)
    if not past:
        points = [p for p in points if not about_an_earlier_wording(p[2].text)] or points
    subject = ctx.card_subject(card)  # the card's own article needs no naming in its lines ("the article is created")
    about = set(about) - ({str(subject["article"])} if subject else set())
    chosen, holding = _choose(points, direct, language, steps, budget, asks_for, bearing, max_lines - 1, earliest, about)
    if steps and chosen:
        chosen = _with_best_line(chosen, points, lambda text: bearing(text) + meaning(text), max_lines - 1)
    claims = [Claim(plain(direct), Unit(0, opening.chunk, opening.start + start, direct, 1.0), "direct")]
    candidates, points = points, [claim for _, claim in sorted(chosen, key=lambda c: c[0])]
    not_punished = "penalty" in asks_for and bool(NOT_PUNISHED.search(direct))
    if holding is not None and not yes_no and chosen and chosen[0][0] == holding[1] and not a_fragment(chosen[0][1].text) \
            and not not_punished:
        # asked for a number and not for yes or no: the line that holds it is the answer's first line (unless the
        # opening says the act is not punished: "제14조의2로는 처벌되지 않습니다" answers before another law's penalty);
        # an opening that only says yes or no to the card's title then answers nothing ("Yes, for both.")
        return [chosen[0][1]] + ([] if TITLE_VERDICT.match(direct) else claims) + \
            [c for c in points if c is not chosen[0][1]]
    age = _age_told(question) if not steps else None
    if age is not None and _age_fits(direct, age, heading=False) is False:
        # an age told that the opening's range leaves out ("가해자가 15살인데 처벌 받아요?" of a card that opens on 10 to 13): the
        # point said of that age leads, and the opening follows as the other case
        fitting = next((c for _, _, c in sorted(candidates, key=lambda p: p[1]) if _age_fits(c.text, age)), None)
        if fitting is not None:  # (in the place of the last point chosen, when it was not one of them: the budget holds)
            rest = [c for c in points if c is not fitting] if any(c is fitting for c in points) else points[:-1]
            return [fitting] + claims + rest
    if not steps and chosen:
        # a point that answers what is asked far better than the card's opening does leads ("which providers must
        # appoint an officer?" of a card that opens on what illegal information is); the opening then follows
        # without its bare "Yes.", which answers the card's title, not the question the point answers
        # (comfort is no answer: "This is not your fault …" shares the story's words, "made the fake", but not the ask)
        # (nor a point said of a situation the question does not state: "딥페이크 가해자 신상공개 되나요" is not asked of a
        # young offender, whose point shares the words "가해자" and "공개")
        title = ctx.card_title(card, language)
        lead = max((c for _, c in chosen if len(c.unit.text) >= _ALONE and c.kind == "quote"
                    and not about_an_earlier_wording(c.text) and not a_fragment(c.text) and not _COMFORT.search(c.text)
                    and not _unmet_condition(ctx, c.text, question, title)),
                   key=lambda c: bearing(c.unit.text), default=None)
        # ... but not over a direct answer that holds the kind of answer asked for when the point does not ("언제부터
        # 시행됐나요?" of a card whose opening gives the day)
        # ... nor over one that says the act is not punished, asked the penalty
        holds = any(k.search(direct) for k in wanted) and lead is not None and not any(k.search(lead.unit.text) for k in wanted) \
            or not_punished
        if lead is not None and not holds and bearing(lead.unit.text) > bearing(direct) + LEAD_POINT_MARGIN:
            if yes_no:
                start, direct = _direct_answer(opening, False)
                claims = [Claim(plain(direct), Unit(0, opening.chunk, opening.start + start, direct, 1.0), "direct")]
            if TITLE_VERDICT.match(direct):
                claims = []  # "Yes, for both." answers the card's title; under the point that leads, it answers nothing
            return [lead] + claims + [c for c in points if c is not lead]
    return claims + points


#: An age told in the question: "가해자가 15살인데", "만 13세에요", "a 15-year-old", "the boy who made it is 15", "I'm 15".
_AGE_TOLD = re.compile(r"(?<![\d.])(1[0-8]|[1-9])\s*(?:살|세)(?!\s*(?:이상|미만|이하|초과|부터|까지))|"
                       r"\b(1[0-8]|[1-9])[- ]?(?:years?|yrs?)[- ]?old\b|\b(1[0-8]|[1-9]) ?yo\b|"
                       r"\b(?:i'?m|i am|is|was|'s)\s+(?:only\s+|just\s+)?(1[0-8]|[1-9])\b(?!\d|[,.:]\d|%|\s*(?:days?|weeks?|"
                       r"months?|hours?|won|million|thousand|times|percent|cases|am|pm|years?(?![- ]old))\b)", re.I)
#: An age range a line is said of: "10세 이상 14세 미만", "14세 이상 16세 미만", "16세 미만이면", "aged 14 or over but under 16",
#: "under 14": (from, below).
_AGE_RANGE = re.compile(r"(?:(\d{1,2})세\s*이상\s*)?(\d{1,2})세\s*미만|(?:aged\s+(\d{1,2})\s+or\s+over\s+but\s+)?under\s+"
                        r"(?:the\s+age\s+of\s+)?(\d{1,2})\b", re.I)


def _age_fits(line: str, age: int, heading: bool = True) -> bool | None:
    """Whether the age range a line is said of holds ``age``; None when it states none. A point's range is its heading's
    (before its colon: "14세 이상 16세 미만: …", not the victims' "19세 미만" of "대상 죄: 19세 미만을 대상으로 …"); an
    opening's, in its first sentences (``heading`` False)."""
    text = line.replace("**", "")
    if heading:
        colon = re.match(r"[^:：]{2,40}[:：]", text)
        if colon is None:
            return None
        text = colon.group(0)
    found = _AGE_RANGE.search(text[:120])
    if found is None:
        return None
    low, high = found.group(1) or found.group(3), found.group(2) or found.group(4)
    return (int(low) if low else 0) <= age < int(high)


def _age_told(question: str) -> int | None:
    """The one age a question tells (None when it tells none, or several)."""
    ages = {int(next(g for g in m.groups() if g)) for m in _AGE_TOLD.finditer(question)}
    return ages.pop() if len(ages) == 1 else None


def _unmet_condition(ctx: AnswerContext, line: str, question: str, title: str) -> bool:
    """Whether a point is said of a situation (`_CONDITION`) the question does not state: the condition's own words,
    beyond those of the card's ``title`` (what the whole card is about: "가해자" of a card on the offender's details),
    mostly absent from the question; a young person is one in any words (`names_young_person`)."""
    condition = _CONDITION.match(line)
    if condition is None:
        return False
    if names_young_person(condition.group(1)) and names_young_person(question):
        return False  # a young person named in other words ("가해자가 미성년자인데" of "가해자가 아동·청소년이면")
    own = " ".join(set(tokenize(condition.group(1))) - set(tokenize(title)))
    return bool(own) and ctx.coverage(own, question) < CONDITION_MET


def _points(body: list[Unit], language: str, steps: bool, bearing, meaning=lambda line: 0.0
            ) -> list[tuple[float, int, Claim]]:
    """A card's body lines as candidate points (relevance, order in the card, claim). Sub-headings and
    lead-ins are no points: the lines under them are weighed with their words."""
    points = []
    heading, section, fresh = "", False, False
    for order, (unit, shown) in enumerate(short_runs(body, language) if not steps else
                                          [(u, None) for u in body]):
        item = LIST_ITEM.match(unit.text)
        at = item.end() if item else 0
        text = unit.text[at:].rstrip()
        if shown is not None:  # a run of short list items: one line, quoted as the span it fills
            # weighed as the span itself, so that the "list" kind of answer (ANSWER_KINDS) sees its items
            context = f"{heading} {unit.text}" if heading else unit.text
            points.append((bearing(context) - 0.02 * order, order, Claim(plain(shown), unit, "quote")))
            fresh = False
            continue
        if is_sub_heading(unit.text) or (HEADING_LINE.match(text) and not (item and not re.search(r"[?:：]$", text))):
            # a sub-heading ("누가 요청할 수 있나요?", "nine measures:", "어기면 (제50조제2항)") says nothing
            # alone (a short list item, "형제자매", is one of the things its list names). The lines under it
            # are read with it: a title heads its section, a lead-in ("…:") the line or list right after it.
            heading, fresh = text, True
            section = is_sub_heading(unit.text) and not re.search(r"[?:：]$", text)
            continue
        if not (section or fresh or item):
            heading = ""
        fresh = False
        context = f"{heading} {text}" if heading else text
        kind = "step" if item and (steps or re.match(r"\s*\d", unit.text)) else "quote"
        relevance = 1.0 - 0.02 * order if steps and item else bearing(context) + meaning(unit.text) - 0.02 * order
        points.append((relevance, order, Claim(plain(text), Unit(0, unit.chunk, unit.start + at, text, 1.0), kind)))
    return points


def _with_best_line(chosen: list[tuple[int, Claim]], points: list[tuple[float, int, Claim]], relevance,
                    room: int = MAX_LINES - 1) -> list[tuple[int, Claim]]:
    """Steps given in order, plus the card's line that bears most on the question when the first steps do not
    hold it: "can my parents get a copy of the recording?" is a question about a step far down the card's list
    (dev fact accuracy 0.776 -> 0.791; putting it in place of the last step instead: 0.781). The line joins
    at the end while the answer has room for a line, else in the last step's place."""
    best = max(points, key=lambda p: relevance(p[2].unit.text))
    if best[1] in {order for order, _ in chosen}:
        return chosen
    kept = chosen if len(chosen) < room else chosen[:room - 1]
    return kept + [(best[1], best[2])]


def _choose(points: list[tuple[float, int, Claim]], direct: str, language: str, steps: bool, budget: int,
            asks_for: list[str], bearing, room: int = MAX_LINES - 1,
            earliest: bool = False, about: set[str] = frozenset()) -> tuple[list[tuple[int, Claim]], tuple | None]:
    """The points that fit beside the direct answer, best first, as (order, claim); and the point holding
    the kind of answer asked for that was put first because the direct answer lacks it (else None)."""
    chosen, used = [], len(direct)
    budget = int((budget or CARD_BUDGET) * (ENGLISH_LENGTH if language == "en" else 1.0))
    ranked = sorted(points, key=lambda p: -p[0])
    wanted = [ANSWER_KINDS[kind] for kind in asks_for]
    holding = None
    if wanted and not steps:
        # the number asked for (a penalty, a deadline, a count) comes first when the direct answer lacks it ("which
        # body, and within how many days?" of a card whose opening names the body: the line with the days)
        missing = [kind for kind in wanted if not kind.search(direct)]
        holders = [p for p in ranked if any(kind.search(p[2].unit.text) for kind in missing)]
        dated = [p for p in holders if _YEAR.search(p[2].unit.text)] if earliest else []
        # "제15조의3은 언제부터 시행됐나요?" of a card on the history of several articles: the day that article began
        dated = [p for p in dated if named_articles(p[2].unit.text) & about] or dated
        holding = min(dated, key=lambda p: int(_YEAR.search(p[2].unit.text).group(0))) if dated else \
            next(iter(holders), None)
        if holding is not None:
            ranked = [holding] + [p for p in ranked if p is not holding]
    for score, order, claim in ranked:
        if len(chosen) >= room or (used + len(claim.unit.text) > budget and chosen):
            if steps and claim.kind == "step":
                break  # a list given as steps is never given with a hole in it
            claim = None if len(chosen) >= room else best_sentence(claim, bearing, budget - used)
            if claim is None:
                continue
        chosen.append((order, claim))
        used += len(claim.unit.text)
    return chosen, holding


def steps_of(ctx: AnswerContext, cards: list[Hit], language: str, limit: int = 6) -> list[Claim]:
    """A card's list, in the card's order, when retrieval clearly points at one card (it fills at
    least two of the top three card hits): what to do, whom to call, what to keep. Each item is
    quoted whole; a card without a list in the asker's language gives no steps."""
    sources = [c.record.source_id for c in (ctx.index.get(h.chunk_id) for h in cards[:3]) if c is not None]
    if not sources:
        return []
    card, count = Counter(sources).most_common(1)[0]
    if count < 2:
        return []
    items: list[Unit] = []
    for unit in ctx.card_lines(card):
        item = LIST_ITEM.match(unit.text)
        text = unit.text[item.end():].rstrip() if item else ""
        if text and detect_language(text) == language:
            items.append(Unit(0, unit.chunk, unit.start + item.end(), text, 1.0))
    if len(items) < 2:
        return []
    return [Claim(plain(u.text), u, "step") for u in items[:limit]]
