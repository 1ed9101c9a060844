"""What a question asks about that no source holds: a noun of its ask that no stored text and no question of a card's
bank uses ("범죄피해자 구조금 받을 수 있나요?": the sources never speak of 구조금). The answer then says so first, and
offers what the sources do say as the closest they come, instead of passing a neighbouring card's quote off as the
answer.

A word the sources never use is a sure sign: a close card shares the question's other words (피해자, 딥페이크), and
its calibrated confidence and the question's similarity to it cannot tell a neighbour from an answer. Only nouns of
the ask count (its last clause: the story told before it is not asked about), written as one word
("실비보험", "검정고시"), in Korean; an English word has no part of speech here, and everyday words of a story
("apparently", "overreacting") would pass for asks.
"""
from __future__ import annotations

import re

from kb.index.lexical import asked_nouns

#: Shorter nouns are particles and suffixes more often than asks.
MIN_CHARS = 2


def known_words(texts: list[str]) -> str:
    """Every text the answers draw on (stored chunks, bank questions) as one string without spaces, lower case:
    what ``unheard`` looks a word up in."""
    return "\n".join(re.sub(r"\s+", "", text).lower() for text in texts)


def unheard(question: str, known: str) -> list[str]:
    """The nouns of the question's ask that ``known`` (`known_words`) never holds, in the question's order, once."""
    words: list[str] = []
    for noun in asked_nouns(question):
        if len(noun) >= MIN_CHARS and noun.lower() not in known and noun not in words:
            words.append(noun)
    return words
