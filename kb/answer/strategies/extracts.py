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


#: A line that labels its document, not a sentence: "Date: 2025-12-10.", "출처: …".
_METADATA = re.compile(r"^\s*(?:[-*•]\s*)?\**\s*(?:Date|Dated|Source|URL|Link|Published|Updated|Issuing\s+body|날짜|일자|출처|작성일|"
                       r"게시일)\s*[:：]", re.I)
#: How a sentence ends: a stop, or a Korean ending without one ("…합니다", "…해요").
_SENTENCE_END = re.compile(r"(?:[.!?。…]|[다요죠음함됨임])[\"'”’)\]]*\s*$")


def title_line(chunk, start: int, sentence: str) -> bool:
    """Whether a unit of prose is a whole line of its chunk that does not end as a sentence does: a document's or a
    section's title (a guidance file's "A9. Bulletin: …" heading, stored without its "###"), which says
    nothing alone."""
    text = chunk.text
    end = start + len(sentence)
    whole = (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("", "\n")
    return whole and not _SENTENCE_END.search(sentence)


#: An amending act's instruction kept in a statute's addenda: '제13조 중 "「…」"을 "「…」"으로 한다.' (it changes another
#: law's words; it says nothing of the law).
_AMENDING = re.compile(r"[\"”」]\s*(?:을|를)\s*[\"“「].*[\"”」]\s*(?:으로|로)\s*(?:하고|한다)|"
                       r"^\S{0,3}\s*제\s*\d+\s*조\S*\s+(?:\S+\s+){0,3}?중\s*[\"“「]|일부를\s*다음과\s*같이\s*개정한다")


#: A note too short to say anything alone: prose under this many characters with no figure ("Cites recent cases.").
_TOO_SHORT = 25
#: Longest a sentence found in another language than the asker's may be, as its line shows it (its terms glossed): a
#: 400-character Korean paragraph with its glosses is no line an English reader takes in, and it alone can double an answer.
FOREIGN_MAX = 200


def too_long_foreign(ctx: AnswerContext, unit: Unit, language: str, as_of: str) -> bool:
    """Whether a sentence found is in another language than the asker's and longer than ``FOREIGN_MAX`` as shown."""
    return detect_language(unit.text) != language and len(quote_claim(ctx, unit, language, as_of, False).text) > FOREIGN_MAX


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
            if chunk.record.source_type == "statute" and _AMENDING.search(sentence):
                continue  # an amending act's instruction, not the law's words
            if chunk.record.source_type != "statute" and (dependent(sentence) or _METADATA.match(sentence)
                                                          or len(sentence) < _TOO_SHORT and not re.search(r"\d", sentence)
                                                          or title_line(chunk, start, sentence)):
                # it says something of what the sentence before it named: alone, of the wrong thing ("This is a
                # school-level notice, not a ministry document."); it labels its document ("Date: 2025-12-10."); or it
                # is a note's lead-in ("Cites recent cases."), or a title
                continue
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
