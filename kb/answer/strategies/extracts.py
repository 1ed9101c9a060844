"""Lines from the sentences retrieval found: each scored by how much of the question it covers, the rank
of its chunk and its language; the best kept, one copy of each wording, in reading order."""
from __future__ import annotations

import math
import re

from kb.answer.context import AnswerContext
from kb.answer.messages import GLOSS, GLOSSED, NEWS_SUPERSEDED
from kb.answer.records import Claim, Unit
from kb.answer.units import dependent, detect_language, plain, split_units
from kb.index.lexical import tokenize
from kb.search.retrieval import Hit

#: A news sentence that says the law does not cover something: superseded when a statute now does.
_NO_LAW = re.compile(r"not (legally )?punishable|no (law|legal basis)|not illegal|loophole|legal (gap|blind spot)|"
                     r"처벌(할|받을)?\s*(수\s*없|법|규정이?\s*없)|처벌\s*근거가?\s*없|사각지대", re.I)


#: The topic of a card that quotes a claim in order to check it ("a notice says possessing one means 7 years: is that
#: right?"): its sentences answer its own question only; lent to another, the claim it quotes reads as the law.
CLAIM_CHECK = "claim-check"


def scored_units(ctx: AnswerContext, hits: list[Hit], question: str, language: str) -> list[Unit]:
    """Every citable unit of the hits, scored: question-word coverage (IDF-weighted), the hit's rank and
    the asker's language (a card sentence that leans on the one before it is no unit of its own)."""
    query_tokens = set(tokenize(question))
    idf = ctx.retriever.lexical.idf
    weight = math.fsum(idf(t) for t in query_tokens) or 1.0
    units: list[Unit] = []
    for rank, hit in enumerate(hits):
        chunk = ctx.index.get(hit.chunk_id)
        if chunk is None or chunk.record.source_type == "card" and \
                CLAIM_CHECK in ctx.card_topics(chunk.record.source_id):
            continue
        prior = 1.0 / (1 + rank)
        for start, sentence in split_units(chunk):
            if chunk.record.source_type == "card" and dependent(sentence):
                continue  # it says something of what the sentence before it named: alone, of the wrong thing
            tokens = set(tokenize(sentence))
            overlap = math.fsum(idf(t) for t in query_tokens & tokens) / weight
            same_language = detect_language(sentence) == language
            score = 0.6 * overlap + 0.3 * prior + (0.1 if same_language else 0.0)
            if len(sentence) < 12:
                score *= 0.5
            if not same_language and chunk.record.source_type != "statute":
                score *= 0.4  # prose exists in both languages (cards, news): prefer the asker's
            units.append(Unit(rank, chunk, start, sentence, score))
    return units


def select(units: list[Unit], limit: int = 4) -> list[Unit]:
    """Best sentences, one copy of each wording, at most three per chunk, in reading order."""
    if not units or limit <= 0:
        return []
    best = max(u.score for u in units)
    chosen: list[Unit] = []
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


def quote_claim(ctx: AnswerContext, unit: Unit, language: str, as_of: str, has_penalty: bool) -> Claim:
    """A found sentence as a line: a news sentence that says the law has a gap a statute line above now
    fills is dated; a Korean sentence in an English answer is glossed."""
    text = plain(re.sub(r"^[-*•]\s+", "", unit.text))
    record = unit.chunk.record
    if record.source_type == "news" and has_penalty and _NO_LAW.search(text):
        return Claim(text + NEWS_SUPERSEDED[language].format(reported=record.date, as_of=as_of), unit, "note")
    if language == "en" and detect_language(text) == "ko":
        labels = []
        for korean, term in ctx.glossary.korean_terms_in(text)[:4]:
            labels.append(GLOSS.format(korean=korean, english=term.en))
        if labels:
            text += GLOSSED.format(terms="; ".join(labels))
    return Claim(text, unit)
