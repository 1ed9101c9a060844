"""Answers: grounded, structured, every line tied to a numbered citation that quotes its chunk exactly.

No generative model. A question is understood (intent, conduct, material, date, persona); penalty
questions are answered from the parsed penalty clause of the provision in force on the date, with
how it read before; procedure questions draw on the knowledge cards; everything else is the
sources' own sentences, chosen by how much of the question they cover. Before output every line is
verified: its quote must be an exact span of the stored chunk, and every number, date, phone number
and article it states must occur in what it cites. Lines that fail are dropped; if none remain the
system abstains.

This module is the flow (understand, refuse or route, find the lines, verify, compose); the lines come
from `strategies/` (cards, statutes, extracts), their citations from `citations`, the checks from
`verify`, the text around them from `compose`, and every sentence it writes from `messages`.
"""
from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date
from functools import cache, cached_property

from kb.answer.compose import MAX_ANSWER_CHARS, compose, help_line, lines, within_length
from kb.answer.context import AnswerContext
from kb.answer.evidence import own_evidence_kept
from kb.answer.figures import figure_missing
from kb.answer.messages import UNANSWERED, UNHEARD
from kb.answer.premises import ai_business_punished_asked, appeal_named, asks_what_card_answers, limitation_asked, \
    premise
from kb.answer.records import Answer, Claim, question_id
from kb.answer.refusals import ABSTAIN, EVADE_AS, NOT_ADVICE, REFUSAL, REFUSAL_HELP, REFUSAL_PROVISIONS
from kb.answer.routing import BankRouter, Route
from kb.answer.safety_gate import SafetyGate, Verdict
from kb.answer.strategies.cards import MAX_LINES, about_an_earlier_wording, asks_for_steps, earlier_law_asked, \
    routed_claims, shortened, steps_of, without_announcement
from kb.answer.strategies.extracts import quote_claim, scored_units, select
from kb.answer.strategies.gaps import gaps_asked, matrix_gap_claims
from kb.answer.strategies.statutes import article_alone_paragraphs, asked_figure_claims, compared_article_paragraphs, \
    law_answers_elsewhere, named_law, named_provision_claims, penalty_claims, provision_claims
from kb.answer.scope import field_named, out_of_scope
from kb.answer.understanding import IntentExamples, doer_under_14, spelled_out, understand
from kb.answer.unheard import known_words, unanswered, unheard
from kb.answer.units import ANSWER_KINDS, ARTICLE_NAMED, HEADING_LINE, LIST_ITEM, detect_language, is_sub_heading, \
    locator, named_articles
from kb.answer.verify import verified
from kb.index.embedding import embed_queries, model_fingerprint
from kb.index.lexical import tokenize
from kb.law.facts import facts
from kb.law.vocabulary import CONDUCTS, GAPS_NAMED, MATERIALS, paragraph_label
from kb.search.retrieval import Filters, Hit, Retriever

PERSONAS = ("victim", "staff", "aide")
#: A supporting line whose facts the lines before it all state, and this share of whose words they hold, is left
#: out (`_restating`).
RESTATED_WORDS = 0.6
MAX_QUESTION_CHARS = 2000
#: Conducts that are offences in themselves: naming the provision helps whoever asks.
_OFFENCE_CONDUCTS = {"threaten", "coerce", "attempt", "habitual", "confiscate"}
_PROCEDURE_INTENTS = {"reporting", "deletion", "evidence", "duty_to_report", "school_discipline", "teacher_protection"}


#: The wording of an article asked: "what did Article 14-2 say on 1 January 2023?", "제14조의2는 어떻게 돼 있었어요?",
#: "뭐라고 규정했나요", "조문 내용이 뭐예요".
WORDING_ASKED = re.compile(r"\bwhat\s+(?:did|does|do|would)\s+(?:\S+\s+){0,5}?(?:say|provide|state|read|prescribe)\b|"
                           r"\bhow\s+did\s+[^?]{0,40}\bread\b|\bwording\b|\btext\s+of\b|"
                           r"어떻게\s*(?:돼|되어|규정|정해|쓰여|적혀)|뭐라고\s*(?:규정|정하|정해|되어|돼|써|적)|무슨\s*내용|"
                           r"내용이\s*(?:뭐|무엇|어떻)|어떤\s*내용|조문\s*(?:내용|문구)|문구", re.I)


def _once(claims: list[Claim]) -> list[Claim]:
    """Each line once: the same span can be chosen twice (the runner-up card's direct answer is also one of
    the sentences retrieval found), or a sentence of a line already given (a card's first sentence, found by
    retrieval, after the card's whole paragraph), or the same words in two places (two of a card's points that end
    alike, or a card and the runner-up card saying one thing), and an answer that says it twice wastes one of its
    few lines."""
    kept: list[Claim] = []
    for claim in claims:
        unit = claim.unit
        inside = any(k.unit.chunk.chunk_id == unit.chunk.chunk_id and k.unit.start <= unit.start
                     and unit.start + len(unit.text) <= k.unit.start + len(k.unit.text)
                     and (k.text == claim.text or claim.kind == "quote") for k in kept)
        squeezed = _squeezed(claim.text)
        said = claim.kind == "quote" and any(
            squeezed in _squeezed(k.text) and (len(squeezed) >= _SAID_AGAIN or _source(unit) is not None
                                               and _source(k.unit) == _source(unit)) for k in kept)
        if not inside and not said and not any(k.text == claim.text for k in kept):
            kept.append(claim)
    return kept


#: How long a sentence found again inside a line already given must be to be left out whatever its source (two cards
#: that say one thing in the same words; a short one may be a point of its own).
_SAID_AGAIN = 40


def _squeezed(text: str) -> str:
    """``text`` without its list marker, spaces and emphasis: a sentence found again inside a line already given."""
    return re.sub(r"\s+|\*\*", "", re.sub(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", "", text))


def _source(unit) -> str | None:
    record = getattr(unit.chunk, "record", None)
    return getattr(record, "source_id", None)


def _restating(claims: list[Claim]) -> list[Claim]:
    """Without a supporting line that says again what the lines before it said: no fact of its own (its articles,
    dates and figures are all theirs) and few words of its own (a card's "possession has been punished since 16
    October 2024 under Article 14-2(4)" after the engine's penalty line for Article 14-2(4) in force since that
    date). A step stays: a list given as steps has no hole."""
    kept: list[Claim] = []
    stated: set[str] = set()
    said: set[str] = set()
    for claim in claims:
        found, words = facts(claim.text), set(tokenize(claim.text))
        if kept and claim.kind in ("quote", "note") and found and found <= stated \
                and len(words & said) >= RESTATED_WORDS * len(words):
            continue
        kept.append(claim)
        stated |= found
        said |= words
    return kept


def _without_dangling(claims: list[Claim]) -> list[Claim]:
    """Without a card's announcement of a list that does not follow it: the last sentence of a line that only
    announces ("주요 변화는 다음과 같습니다.", "Its main stages:") is left off, and a line that leads into the list with
    a colon ("… lists who may ask for help:") ends without it, unless the next line is an item of that list."""
    kept: list[Claim] = []
    for at, claim in enumerate(claims):
        unit = claim.unit
        following = claims[at + 1] if at + 1 < len(claims) else None
        if unit.chunk.record.source_type != "card" or (
                following is not None and following.unit.chunk.record.source_id == unit.chunk.record.source_id
                and (LIST_ITEM.match(following.unit.text) or LIST_ITEM.match(following.text))):
            kept.append(claim)
            continue
        trimmed = without_announcement(claim, _LEFT_ALONE, _ANNOUNCEMENT)  # "… 제14조의2입니다. 주요 변화는 다음과 같습니다."
        if trimmed is claim and unit.text.rstrip().endswith((":", "：")):
            trimmed = shortened(claim, unit.text.rstrip()[:-1].rstrip())  # "… lists who may ask for help:"
        kept.append(trimmed)
    return kept


#: What must be left of a line once its announcement is left off, and the longest sentence read as one.
_LEFT_ALONE = 20
_ANNOUNCEMENT = 40


def _for_a_child_doer(question: str, claims: list[Claim]) -> list[Claim]:
    """Without the lines that state a prison term or a fine when the one who did it is said to be under 14 ("my son
    is 12 and made deepfakes of girls in his class"): the youth law sends such a child's case to the juvenile
    division of the court (청소년성보호법 제44조①), so an adult's sentence offered beside it misleads the parent.
    Kept when no other line is left."""
    if not doer_under_14(question):
        return claims
    kept = [c for c in claims if c.kind not in ("penalty", "history") and not ANSWER_KINDS["penalty"].search(c.unit.text)]
    return kept or claims


def _line_of(unit) -> str:
    """The whole line of its chunk a sentence found stands in (a list item's later sentences read with its first)."""
    text = unit.chunk.text
    return text[text.rfind("\n", 0, unit.start) + 1:]


def _admits(filters: Filters, source_type: str, law_key: str) -> bool:
    """Whether a line from this kind of source may appear under the caller's filters (types and laws): the
    searches an answer makes beyond the first (the statute engine, the routed card) are bound by them too."""
    if filters.source_types and source_type not in filters.source_types:
        return False
    return not filters.laws or any(name in law_key for name in filters.laws)


class Answerer:
    """Answers questions from one index; models and lexical index are loaded once."""

    def __init__(self, retriever: Retriever):
        self.retriever = retriever
        #: What the strategies share (index, manifest, caches); its ``settings`` are the answer's settings.
        self.context = AnswerContext(retriever)

    @cached_property
    def gate(self) -> SafetyGate:
        """The safety gate, trained on first use from `corpus/safety/` (the examples' embeddings are cached)."""
        embedder = self.retriever.embedder
        settings = self.context.settings
        return SafetyGate(lambda texts: embed_queries(embedder, texts), model_fingerprint(settings),
                          settings.example_cache_dir)

    @cached_property
    def router(self) -> BankRouter:
        """The cards' question banks, embedded once (cached like the safety gate's examples)."""
        embedder = self.retriever.embedder
        settings, index = self.context.settings, self.context.index
        return BankRouter(lambda texts: embed_queries(embedder, texts), model_fingerprint(settings),
                          settings.example_cache_dir, known_cards=set(index.source_ids("card")),
                          content=lambda: index.source_vectors("card"))

    @cached_property
    def known(self) -> str:
        """Every stored text and bank question, for `unheard` (read once)."""
        return known_words(self.context.index.texts() + self.router.questions)

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
        asked = question = question[:MAX_QUESTION_CHARS]
        question = spelled_out(question)  # read and searched with its shorthand spelled out; shown as asked
        understanding = understand(question, persona if persona in PERSONAS else None, self.examples)
        today = date.today().isoformat()
        # the date the answer is for: asked, else set by the caller's filters, else implied by the words
        as_of = as_of or (filters.as_of if filters and filters.as_of != today else None) \
            or understanding.implied_as_of or today
        language = understanding.language
        result = Answer(qid or question_id(asked), asked, language, understanding.persona, as_of, "")
        timings: dict = {}
        # every search in the answer uses the same date, and the caller's types and laws bound every line
        filters = replace(filters, as_of=as_of) if filters else Filters(as_of=as_of)

        result.notice = NOT_ADVICE[language]
        self.context.begin(question, understanding)
        vector = self.retriever.query_vector(question)
        verdict = self.gate.check(question, vector)
        if verdict is not None:
            self._refuse(result, verdict, understanding.conducts)
        else:
            self._answer(result, question, understanding, vector, k, filters, timings, targeted)
        timings["total_ms"] = round((time.perf_counter() - started) * 1000, 1)
        result.timings_ms = timings
        return result

    def _answer(self, result: Answer, question: str, understanding, vector, k: int | None, filters: Filters,
                timings: dict, targeted: bool) -> None:
        """Find the lines, keep the verified ones that fit, and compose them; abstain when none remain, or when the
        question asks about a word no source uses and names no word only this field uses (`kb.answer.scope.field_named`)."""
        as_of, language = result.as_of, result.language  # (``question``: as read, its shorthand spelled out)
        hits = self.retriever.search(question, k, filters, timings)
        route = self._route(question, vector, understanding, as_of, hits) if _admits(filters, "card", "") else None
        relevant = route is not None or (understanding.in_scope and self._relevant(hits, question, language))
        claims = self._claims(question, understanding, hits, as_of, route) if relevant else []
        claims = [c for c in claims if _admits(filters, c.unit.chunk.record.source_type,
                                               c.unit.chunk.record.law_key)]
        claims = _for_a_child_doer(question, claims)
        claims = within_length(_restating(_without_dangling(verified(self.context, _once(claims), as_of))))
        if route is not None and not any(c.unit.chunk.record.source_id == route.card for c in claims):
            route = None  # the law answered, not the card
        if route is not None:
            result.route = {"card": route.card, "confidence": route.confidence, "runner_up": route.runner_up}
        # the gap matrix answers a question about the law's gaps: its word for them ("공백") is no unheard word
        gaps = gaps_asked(understanding) and any(c.kind == "history" for c in claims)
        asked = [] if gaps or not claims else self._unheard_words(question, language, route)
        if not claims or (asked and not field_named(question)) \
                or (not gaps and figure_missing(question, [t for c in claims for t in (c.unit.text, c.text)])):
            # a word no source uses, asked with no word only this field uses ("초상권", "catfishing"): the closest
            # lines answer another field's question; a figure asked that no line gives ("위원이 몇 명"): they hold
            # the act that sets the thing up, not the figure
            result.abstained, result.route = True, None
            result.answer = f"{ABSTAIN[language]}\n\n{help_line(language, understanding, question)}"
            return
        victim = result.persona == "victim" and (targeted or understanding.speaks_as_victim)
        result.answer, result.citations = compose(self.context, claims, result, victim, understanding, route)
        opening = "" if gaps else self._opening(question, language, asked, claims, result.answer)
        while len(opening) + len(result.answer) > MAX_ANSWER_CHARS and len(claims) > 1:  # the last lines go first
            claims = claims[:-1]
            result.answer, result.citations = compose(self.context, claims, result, victim, understanding, route)
        result.answer = opening + result.answer

    def _unheard_words(self, question: str, language: str, route: Route | None) -> list[str]:
        """The words of the question's ask that no source or bank question ever names (`kb.answer.unheard`), unless
        a card is sure the question is one of its own."""
        sure = route is not None and route.confidence >= self.context.settings.route_sure
        if sure:
            return []
        # a word of a glossary phrase the question holds ("litem" of "guardian ad litem") is glossed with the phrase
        phrased = {word for term in self.retriever.glossary.matches(question) if " " in term.en
                   for word in term.en.lower().split()}
        # ... and a word for the law's gaps ("공백", "loophole") is heard: the gap matrix answers it
        return [word for word in unheard(question, self.known, language)
                if word.lower() not in phrased and not self._glossed(word) and not GAPS_NAMED.search(word)]

    def _glossed(self, word: str) -> bool:
        """Whether the glossary gives an English word a Korean term the sources use ("expenses" → 비용): the sources
        speak of it in Korean, or in another English word."""
        return any(re.sub(r"\s+", "", korean) in self.known
                   for term in self.retriever.glossary.matches(word) for korean in term.ko)

    def _opening(self, question: str, language: str, asked: list[str], claims: list[Claim], answer: str) -> str:
        """The opening line when the question asks about something no source or bank question ever names (``asked``,
        `_unheard_words`), or is directed at someone the answer's lines and the texts they quote never name
        (`unanswered`): what the sources do not say, before the closest they come. Empty otherwise."""
        message = UNHEARD
        if not asked:
            texts = [answer, *{c.unit.chunk.chunk_id: c.unit.chunk.text for c in claims}.values()]
            asked, message = unanswered(question, texts, language), UNANSWERED
        terms = ", ".join(f"'{word}'" for word in asked)
        return f"{message[language].format(terms=terms)}\n\n" if asked else ""

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
        # the youth law's provision when the request names a child; the adult one when an index holds no youth law
        for ages in (("child", "adult") if verdict.child else ("adult",)):
            for law, article, paragraph in REFUSAL_PROVISIONS[category][ages]:
                claims += provision_claims(self.context, law, article, paragraph, today, language)
            if claims:
                break
        body, result.citations = lines(self.context, verified(self.context, claims, today), today, language)
        opening = REFUSAL[language][verdict.category]
        result.answer = "\n\n".join(part for part in (opening, body, REFUSAL_HELP[language]) if part)

    # ---- routing -------------------------------------------------------------------------------
    def _route(self, question: str, vector, understanding, as_of: str, hits: list[Hit]) -> Route | None:
        """The card whose question bank the question matches, when the calibrated confidence clears
        ``route_confidence``. A question about a past date (implied by its words or set by the asker) is
        answered from the law of that date, not from a card written about today's law. A match to a bank
        below ``route_score_corroborated`` counts only when retrieval's ``hits`` bear on the question too."""
        if out_of_scope(question) or as_of < date.today().isoformat():
            return None
        # a question that names a law's article ("2024년 10월 성폭력처벌법 제14조의2 개정 내용") is about that article: a card
        # that does not rest on it (the deletion-support duty amended the same month) answers another question
        law, articles = named_law(self.context, question), named_articles(question)
        named = {(law, article) for article in articles} if law else set()

        def stated(card: str) -> int:
            if named and not named & self._rests_on(card):
                return -1
            # a law named without an article ("under the school violence law, must I report"): a card that rests on
            # nothing of it answers another law's question
            if law and not articles and not self._rests_on_law(card, law):
                return -1
            # an article named without its law ("what did the October 2024 amendment add to article 14-2"): a card that
            # rests on no article of that number in any law answers another provision's question (its penalty asked,
            # the article's penalty lines answer whatever card is reached: "제14조의2는 어떤 행위를 처벌하나요?")
            if articles and not law and "penalty" not in understanding.intents \
                    and not {article for _, article in self._rests_on(card)} & set(articles):
                return -1
            fit = premise(question, understanding, self.context.card_topics(card))
            # a number to call or a place to turn to asked for ("who do i call to get the fake videos taken down",
            # "삭제 요청 어디서 해요"): a card that gives a number answers before one on the same matter that gives none
            # (the deletion centre's, not the scope of deletion nor how long it takes)
            # (a place to appeal to is a body, not a helpline: "어디에 불복하면 되고" is the appeals commission's)
            wants_help = "phone" in understanding.asks_for \
                or "place" in understanding.asks_for and not appeal_named(question)
            return fit + 1 if fit >= 0 and wants_help \
                and self._gives_a_number(card, understanding.language) else fit
        route = self.router.route(question, vector, stated,
                                  lambda card: asks_what_card_answers(question, understanding,
                                                                      self.context.card_topics(card)))
        settings = self.context.settings
        if route is None or route.confidence < settings.route_confidence:
            return None
        if named and not named & self._rests_on(route.card):
            return None  # no card the question reached rests on the article it names
        if law and not articles and not self._rests_on_law(route.card, law):
            return None  # ... or on anything of the law it names
        # a question with no word of the field must match a bank more surely to count as one of its questions
        if not understanding.in_scope and (route.confidence < settings.route_confidence_unanchored
                                           or route.score < settings.route_score_unanchored):
            return None
        # a loose match to a bank ("카메라 렌즈 추천", "the threat level of the typhoon") that retrieval does not
        # bear out
        if route.score < settings.route_score_corroborated \
                and not self._relevant(hits, question, understanding.language):
            return None
        return route

    # ---- relevance -----------------------------------------------------------------------------
    def _relevant(self, hits: list[Hit], question: str, language: str = "ko") -> bool:
        """Whether retrieval found anything that bears on the question.

        Relevant when the best dense similarity clears ``min_relevance``, or comes close to it while the question
        names a word only the field uses (`kb.answer.scope.field_named`) or one of the top chunks holds at least
        ``min_coverage`` of the question's words (IDF-weighted). The words
        are weighed as in a collection of at least ``relevance_idf_chunks`` chunks: the threshold was set on
        the default index, and a small index's own counts would make its subject's words weigh nothing.
        """
        if not hits:
            return False
        settings = self.context.settings
        best_dense = max((h.dense for h in hits if h.dense is not None), default=0.0)
        threshold = settings.min_relevance_en if language == "en" else settings.min_relevance
        if best_dense >= threshold:
            return True
        if best_dense < threshold - settings.relevance_margin:
            return False
        if field_named(question):  # a word only the field uses, in its sense ("edited a picture of my daughter")
            return True
        chunks = [c for c in (self.context.index.get(h.chunk_id) for h in hits[:3]) if c is not None]
        return max((self.context.coverage(question, c.text, settings.relevance_idf_chunks) for c in chunks),
                   default=0.0) >= settings.min_coverage

    # ---- claims --------------------------------------------------------------------------------
    def _claims(self, question: str, understanding, hits: list[Hit], as_of: str,
                route: Route | None = None) -> list[Claim]:
        """The answer's lines: the gap matrix's for a question about the law's gaps as a whole; else the paragraphs
        the question names by law and article first (an aide asking what a provision says is answered by it), then
        the lines found for it (`_found`)."""
        if gaps_asked(understanding):  # the law's gaps as a whole: the gap matrix answers
            gaps = matrix_gap_claims(self.context, understanding, as_of, understanding.language)
            if gaps:
                return gaps
        named = named_provision_claims(self.context, question, understanding, as_of)
        compared = not named and bool(named := self._compared(question, understanding, as_of))
        if compared:
            route = None  # two articles set against each other: a card on one of them answers another question
        if named and route is not None and not {(c.unit.chunk.record.source_id, c.unit.chunk.record.article)
                                                for c in named} & self._rests_on(route.card):
            route = None  # a card that does not rest on the provision asked about is no answer to it
        given = {(c.unit.chunk.chunk_id, c.unit.start) for c in named}
        found = [c for c in self._found(question, understanding, hits, as_of, route)
                 if (c.unit.chunk.chunk_id, c.unit.start) not in given
                 and not (compared and not (self._of_articles(c, named)
                                            and detect_language(c.unit.text) == understanding.language))]
        if not named:
            named = self._article_alone(question, understanding, as_of, found, route)
        return (named + found)[:MAX_LINES] if named else found

    def _of_articles(self, claim: Claim, named: list[Claim]) -> bool:
        """Whether a line is of, or names, an article of the ``named`` provisions' laws and articles."""
        provisions = {(c.unit.chunk.record.source_id, c.unit.chunk.record.article) for c in named}
        return bool(self._speaks_of(claim) & provisions
                    or named_articles(claim.text) & {article for _, article in provisions})

    def _compared(self, question: str, understanding, as_of: str) -> list[Claim]:
        """The opening paragraph of each article a question sets against another (`compared_article_paragraphs`:
        "What is the difference between Article 14-2 and 14-3?"): their own words answer, not a card on one."""
        wanted = compared_article_paragraphs(self.context, question, self.retriever.lexical_query(question), as_of)
        return [claim for law, article, paragraph in wanted
                for claim in provision_claims(self.context, law, article, paragraph, as_of, understanding.language)]

    def _article_alone(self, question: str, understanding, as_of: str, found: list[Claim],
                       route: Route | None = None) -> list[Claim]:
        """The paragraphs that bear on the ask of an article named with no law and no paragraph
        (`article_alone_paragraphs`: "In Article 14-2, does the image have to be sexual?"), unless the line found to
        answer first is of that article, or of the card the question's bank routed it to that rests on the article
        (the habitual-offending card, on Article 14-2(5) among others, for "does the habitual-offender aggravation in
        Art. 14-2 reach possession?"): without a law's name, retrieval finds the neighbours of the question's words
        (a card on attempts, a police operation's consent rule), not the article asked about."""
        wanted = article_alone_paragraphs(self.context, question, self.retriever.lexical_query(question), as_of)
        articles = {(law, article) for law, article, _ in wanted}
        if found and (self._speaks_of(found[0]) & articles or self._routed_on(found[0], route, articles)) \
                and not WORDING_ASKED.search(question):
            return []  # (asked what the article said, its own words answer before any card on it)
        return [claim for law, article, paragraph in wanted
                for claim in provision_claims(self.context, law, article, paragraph, as_of, understanding.language)]

    def _routed_on(self, claim: Claim, route: Route | None, articles: set[tuple[str, str]]) -> bool:
        """Whether a line is of the card ``route`` reached, and that card rests on one of ``articles``."""
        return route is not None and claim.unit.chunk.record.source_id == route.card \
            and bool(self._rests_on(route.card) & articles)

    def _speaks_of(self, claim: Claim) -> set[tuple[str, str]]:
        """The (law, article) a line is of: its statute's, or the one its card names first (a card on attempts that
        names the deepfake article in passing is of 제15조; one on the deepfake article's history, of 제14조의2)."""
        record = claim.unit.chunk.record
        if record.source_type == "card":
            primary = self.context.card_subject(record.source_id)
            return {(primary["law"], str(primary["article"]))} if primary else set()
        return {(record.source_id, record.article)}

    def _of_another_paragraph(self, card: str, stated: set[tuple[str, str, str]]) -> bool:
        """Whether a card is about a paragraph of an article whose penalty lines (``stated``: law, article, locator)
        give other paragraphs: its sentences ("Since 16 October 2024 the penalty is … at least 3 years") would read as
        the penalty of the act asked about."""
        subject = self.context.card_subject(card)
        if not subject or not subject.get("paragraph"):
            return False
        law, article = subject["law"], str(subject["article"])
        given = {label for source, of, label in stated if (source, of) == (law, article)}
        return bool(given) and paragraph_label(article, int(subject["paragraph"])) not in given

    def _gives_a_number(self, card: str, language: str) -> bool:
        """Whether a card's direct answer (its first line in ``language``) gives a phone number."""
        lead = next((unit for unit in self.context.card_lines(card) if detect_language(unit.text) == language), None)
        return lead is not None and bool(ANSWER_KINDS["phone"].search(lead.text))

    def _rests_on(self, card: str) -> set[tuple[str, str]]:
        """The (law, article) pairs a card names as its sources."""
        return {(law["law"], str(law["article"])) for law in self.context.card_law(card)}

    def _rests_on_law(self, card: str, law: str) -> bool:
        """Whether a card names any article of ``law`` among its sources."""
        return any(source == law for source, _ in self._rests_on(card))

    def _found(self, question: str, understanding, hits: list[Hit], as_of: str,
               route: Route | None = None) -> list[Claim]:
        """The answer's lines, the direct answer first. A question confidently routed to a card is answered
        by that card as a unit (its direct answer, then its points), after the penalty the law sets when
        the question is about an offence; otherwise by the penalty engine and the best sentences found."""
        ctx, language = self.context, understanding.language
        claims: list[Claim] = []
        conducts = set(understanding.conducts)
        # a victim asking whether the capture they keep as evidence makes them liable asks what to keep, not what the
        # possession offence punishes (`kb.answer.evidence`): no penalty line leads that answer
        # ... nor one to a question about a school's measures for the act told ("who decided measures against a student
        # who made a deepfake of a teacher in 2023?"), unless the penalty is asked too
        school = {"school_discipline", "teacher_protection"} & set(understanding.intents)
        penal = "penalty" in understanding.intents or not school and (
            conducts & _OFFENCE_CONDUCTS or (conducts and "history" in understanding.intents))
        # ... nor does one lead an answer to when the time to prosecute runs out ("is it too late to report?"), nor to a
        # duty to report asked of the asker ("am I a mandated reporter, and what's the fine if I don't?": the sanction
        # for not reporting is the duty card's, not the penalty of the act seen)
        # ... nor to one about material said not to be sexual: the sexual-image offences do not reach it
        # ... nor to whether an AI business is punished for what users made with its app (its duties are the answer)
        if penal and not own_evidence_kept(question) and not limitation_asked(question, understanding) \
                and "duty_to_report" not in understanding.intents and not understanding.not_sexual \
                and not ai_business_punished_asked(question, understanding):
            terms = [t for c in understanding.conducts for t in CONDUCTS[c].statute_terms] + \
                [t for m in understanding.materials for t in MATERIALS[m].statute_terms]
            statutes = self.retriever.search(f"{question} {' '.join(terms)}".strip(), 5,
                                             Filters(as_of=as_of, source_types=("statute",)))
            claims += penalty_claims(ctx, statutes, understanding, as_of, question)
        if route is not None and law_answers_elsewhere(ctx, question, claims, route, understanding) \
                and not asks_what_card_answers(question, understanding, ctx.card_topics(route.card)):
            # the law answers from an article the card does not rest on: the engine answers (unless the card answers
            # what is asked: "he was drunk when he made and posted it; can that reduce his sentence?" names the act
            # and its material, but asks the intoxication card's question)
            route = None
        if route is not None:
            # the engine's penalty lines join only for an article the card itself rests on
            rests_on = self._rests_on(route.card)
            penalties = [c for c in claims if c.kind in ("penalty", "history") and
                         (c.unit.chunk.record.source_id, c.unit.chunk.record.article) in rests_on]
            penalties = penalties[:2] if "penalty" in understanding.intents else []
            if not understanding.conducts and "penalty" not in ctx.card_topics(route.card):
                # no act named: the engine's guess of one does not lead a card that is not about penalties ("am i in
                # trouble for being in the chat?" of the bystander's card)
                penalties = []
            # the card chooses its points for the lines the penalties leave (not its last lines cut after)
            card = routed_claims(ctx, self.router, question, understanding, hits, as_of, route,
                                 MAX_LINES - len(penalties))
            if card:
                card[1:1] = asked_figure_claims(ctx, hits, question, understanding, as_of, card + penalties)
                if penalties and "penalty" in understanding.asks_for and \
                        not ANSWER_KINDS["penalty"].search(card[0].unit.text):
                    return penalties + card[:MAX_LINES - len(penalties)]  # the penalty asked for comes first
                return card[:1] + penalties + card[1:MAX_LINES - len(penalties)]
        if _PROCEDURE_INTENTS & set(understanding.intents):
            cards = self.retriever.search(question, 3, Filters(as_of=as_of, source_types=("card",)))
            hits = cards[:2] + [h for h in hits if h.chunk_id not in {c.chunk_id for c in cards[:2]}]
            if not claims and asks_for_steps(understanding):
                claims += steps_of(ctx, cards, language)
        taken = {(c.unit.chunk.chunk_id, c.unit.start) for c in claims}
        past = as_of < date.today().isoformat()
        history = earlier_law_asked(understanding)

        articles = named_articles(question)

        @cache
        def contradicted(card: str) -> bool:  # a card whose premise the question contradicts lends no sentence either
            # ... nor one that rests on none of the articles the question names ("what did Article 14-2 say on 1 January
            # 2023?" is not answered by a card on the School Violence Act's Article 2)
            return premise(question, understanding, ctx.card_topics(card)) < 0 or bool(
                articles and not articles & {article for _, article in self._rests_on(card)})

        units = [u for u in scored_units(ctx, hits, self.retriever.lexical_query(question), language)
                 if (u.chunk.chunk_id, u.start) not in taken and not HEADING_LINE.match(u.text)
                 # (nor, once the answer has a line, a sentence in another language than the asker's: a Korean
                 # definition item glossed word by word under an English penalty line tells an English reader nothing)
                 and not (claims and detect_language(u.text) != language)
                 and not (u.chunk.record.source_type == "card" and (is_sub_heading(u.text) or contradicted(u.chunk.record.source_id)))
                 # a card speaks of today's law; for a past date only its sentences that name a year can help
                 and not (past and u.chunk.record.source_type == "card" and not re.search(r"(19|20)\d\d", u.text))
                 # ... and what an article said on a past date is said by that article, not by another law's paragraph
                 and not (past and articles and u.chunk.record.source_type == "statute"
                          and u.chunk.record.article not in articles)
                 # ... and for today's law, a card's sentence on an earlier wording answers a question about history only
                 and not (not past and not history and u.chunk.record.source_type == "card"
                          and about_an_earlier_wording(_line_of(u)))]
        if "statistics" in understanding.intents:
            for unit in units:  # a statistics question is answered by sentences with figures
                if re.search(r"\d", unit.text):
                    unit.score *= 1.5
        stepped = {c.unit.chunk.chunk_id for c in claims if c.kind == "step"}
        units = [u for u in units if u.chunk.chunk_id not in stepped]  # the steps already quote that card
        if any(c.kind == "penalty" for c in claims) and "statistics" not in understanding.intents:
            # the law's penalty lines answer the question; a news report's story beside them is no answer, nor a card
            # that is not about penalties, rests on none of their articles nor on the law the question names, and
            # states nothing the question tells ("sharing a deepfake in a private chat": a police chat-room operation
            # shares the words, not the offence)
            penal = {(c.unit.chunk.record.source_id, c.unit.chunk.record.article) for c in claims if c.kind == "penalty"}
            law = named_law(ctx, question)

            stated = {(c.unit.chunk.record.source_id, c.unit.chunk.record.article, locator(c.unit))
                      for c in claims if c.kind == "penalty"}

            def beside_penalties(card: str) -> bool:
                topics = ctx.card_topics(card)
                if self._of_another_paragraph(card, stated):
                    return False  # the for-profit card's "at least 3 years", after the penalty for distributing
                return "penalty" in topics or bool(penal & self._rests_on(card)) \
                    or bool(law and self._rests_on_law(card, law)) or premise(question, understanding, topics) > 0
            # ... nor a guidance note that names no article (a count of people who asked for help, after the penalty
            # of 1 January 2022)
            units = [u for u in units if u.chunk.record.source_type != "news"
                     and not (u.chunk.record.source_type == "guidance" and not ARTICLE_NAMED.search(u.text))
                     and not (u.chunk.record.source_type == "card" and not beside_penalties(u.chunk.record.source_id))]
        extractive = select(units, limit=2 if stepped else 2 if claims else 4)
        for unit in extractive:
            claims.append(quote_claim(ctx, unit, language, as_of, bool(claims)))
        return claims
