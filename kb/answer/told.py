"""Situations a question tells that a card answers, whatever else its story says: a settlement or money offered
for dropping the complaint, money demanded under a threat, a school's penalty points given the one who did it, a
business punished beside its employee.
Each is read from the question's words; `kb.answer.premises` counts them as premises a card's topic names."""
from __future__ import annotations

import re

from kb.answer.understanding import Understanding

#: A school's penalties of everyday school life (penalty points, a letter of reflection), not the law's measures.
_SCHOOL_LIFE_PENALTY = re.compile(r"벌점|반성문|교내\s*봉사|penalty\s+points?|demerits?", re.I)
#: A fine or a prison term named: what the card comparing them answers.
_FINE_OR_TERM = re.compile(r"벌금|징역|감옥|감방|교도소|실형|\bfines?\b|prison|jail|imprison", re.I)
#: A settlement, money offered for silence, or a complaint withdrawn ("합의금 줄테니 고소 취하하래요", "돈 줄테니까
#: 신고 취소하래요", "they want to settle"); not 합의 하에 of filming agreed to, nor the pocket money offered a child for a
#: meeting ("용돈 줄테니 만나자").
_SETTLEMENT = re.compile(r"합의(?!\s*(?:하에|하\s*에|된\s*촬영|로\s*찍|해서\s*찍))|취하|(?:고소|신고)\S*\s*(?:를\s*|을\s*)?"
                         r"(?:취소|철회|취하|없던)|(?<!용)돈\s*(?:을\s*)?(?:줄|준다|주겠|준대|줄게)|\bsettle|"
                         r"\bdrop\s+(?:the\s+)?(?:charges?|complaint|case|report)|"
                         r"withdraw\w*\s+(?:the\s+|my\s+|our\s+)?(?:complaint|report|charges?)", re.I)
#: Something demanded: money, a sum, more pictures, a meeting ("50만원 보내라고", "돈 달래요", "pay", "send more").
_DEMAND = re.compile(r"돈|\d+\s*만?\s*원|입금|송금|보내라|보내래|달라|달래|내놓|만나자|\bpay|\bmoney|\$\s*\d|"
                     r"\bsend\s+(?:more|me|him|her|them)\b|\bmeet\b", re.I)


#: … given as all the one who did it got ("벌점만 받고 끝", "반성문 쓰고 끝났대요", "only got demerits").
_ONLY = re.compile(r"(?:벌점|반성문|교내\s*봉사)\S*\s*(?:\S+\s*){0,2}?(?:끝|그만|다\s*(?:래|에요|임)|전부)|(?:벌점|반성문|교내\s*봉사)(?:만|밖에)|"
                   r"\b(?:only|just)\s+(?:got\s+|gets\s+|received\s+|gave\s+\w+\s+)?(?:some\s+)?(?:penalty\s+points?|demerits?)", re.I)


def school_penalty_told(question: str, understanding: Understanding) -> bool:
    """A school's penalty of school life told as all the one who did it got ("딥페이크 만든 애 벌점만 받고
    끝난대요"): the school's measures are what the question is about, not the law's punishment. (An asker afraid of
    penalty points of their own, "벌점받을까봐 말 못하겠어요", tells no measure.)"""
    return bool(_ONLY.search(question))


def school_points_named(question: str, understanding: Understanding) -> bool:
    """A card comparing fines and prison terms ("imprisonment") assumes the law's penalties are asked. Contradicted
    when a school's penalty points are named (벌점, near 벌금 in sound and in the embedding) and no fine or prison."""
    return bool(_SCHOOL_LIFE_PENALTY.search(question)) and not _FINE_OR_TERM.search(question)


def settlement_stated(question: str, understanding: Understanding) -> bool:
    """A card on settling a case ("settlement": whether settling ends it, settlement forced, mediation) fits a
    question that tells of a settlement or money offered for dropping the complaint."""
    return bool(_SETTLEMENT.search(question))


def demand_under_threat(question: str, understanding: Understanding) -> bool:
    """A threat told with what it demands ("딥페이크 안퍼뜨릴테니까 50만원 보내라고 디엠옴"): extortion, the threat
    card's, however the message came (a DM ties the story's words to the card on sexual messages)."""
    return "threaten" in understanding.conducts and bool(_DEMAND.search(question))


#: A card topic → the situation told that the card answers when no closer card's premise is stated
#: (`kb.answer.premises.asks_what_card_answers`).
TOLD = {"settlement": settlement_stated, "threat": demand_under_threat, "school-measures": school_penalty_told}


#: A business named as punished beside the one who did it: "is the company punished too", "회사도 벌금", "법인".
_BUSINESS_PUNISHED = re.compile(r"(회사|법인|업체|사업주|고용주)\S{0,2}\s*(도|까지)?\s*\S{0,6}(처벌|벌금|책임)|양벌|"
                                r"\b(company|companies|corporation|business|employer|firm)\b.{0,30}\b(punish|fined?|liab|penalt)|"
                                r"\b(punish|fined?|liab|penalt)\w*\b.{0,30}\b(company|corporation|business|employer|firm)\b", re.I)


def business_punished_asked(question: str, understanding: Understanding) -> bool:
    """A card on a business's own liability ("corporate-liability") fits a question that asks whether the company,
    not only its employee, is punished ("Is a company punished when its employee produces …?")."""
    return bool(_BUSINESS_PUNISHED.search(question))
