"""Penalty clauses of Korean statutes as data, and their rendering in Korean and English.

Recognised forms (법정형): "N년 이하의 징역", "N년 이상의 (유기)징역", "N년 이상 M년 이하의 징역",
"무기징역", "사형", "N원 이하의 벌금", "N원 이상 M원 이하의 벌금", "N원 이하의 과태료", aggravation "그 죄에 정한 형의 2분의 1까지 가중",
attempts "…의 미수범은 처벌한다", confiscation "몰수", "추징". Only what the clause says is
rendered: a minimum without a maximum stays open ("at least 3 years"), nothing is filled in from
the Criminal Act.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.law.facts import facts

_MAX_PRISON = re.compile(r"(\d+)년\s*이하의\s*(?:유기)?징역")
_MIN_PRISON = re.compile(r"(\d+)년\s*이상의\s*(?:유기)?징역")
_RANGE_PRISON = re.compile(r"(\d+)년\s*이상\s*(\d+)년\s*이하의\s*(?:유기)?징역")
_FIXED_TERM = re.compile(r"유기징역")
_LIFE = re.compile(r"무기(?:징역|\s*또는)")
_DEATH = re.compile(r"사형")
_FINE = re.compile(r"([\d,]+(?:억|천만|백만|만|천)?(?:\s*\d*천만)?\s*원)\s*이하의\s*벌금")
_FINE_MIN = re.compile(r"([\d,]+(?:억|천만|백만|만|천)?\s*원)\s*이상\s*(?:[\d,]+(?:억|천만|백만|만|천)?\s*원\s*이하의\s*)?벌금")
_ADMIN_FINE = re.compile(r"([\d,]+(?:억|천만|백만|만|천)?\s*원)\s*이하의\s*과태료")
_AGGRAVATE_HALF = re.compile(r"2분의\s*1까지\s*가중")
_ATTEMPT = re.compile(r"미수범은\s*처벌한다")
_CONFISCATE = re.compile(r"몰수")
_COLLECT = re.compile(r"추징")


def _won(text: str) -> int | None:
    amounts = [f for f in facts(text) if f.startswith("amount:")]
    if amounts:
        return int(amounts[0].split(":")[1])
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


@dataclass
class Penalty:
    """The punishment one clause sets, as the clause states it."""

    prison_max_years: int | None = None
    prison_min_years: int | None = None
    fixed_term: bool = False  # 유기징역
    life: bool = False
    death: bool = False
    fine_max_won: int | None = None
    fine_min_won: int | None = None
    admin_fine_max_won: int | None = None
    aggravation_half: bool = False
    attempt_punishable: bool = False
    confiscation: bool = False
    collection: bool = False
    clause: str = field(default="", repr=False)

    @property
    def empty(self) -> bool:
        return not any((self.prison_max_years, self.prison_min_years, self.life, self.death, self.fine_max_won,
                        self.admin_fine_max_won, self.aggravation_half, self.attempt_punishable,
                        self.confiscation, self.collection))

    def render(self, language: str) -> str:
        return _render_ko(self) if language == "ko" else _render_en(self)


def parse_penalty(clause: str) -> Penalty:
    """The penalty a statute clause (a paragraph or article text) prescribes; empty when it prescribes none."""
    penalty = Penalty(clause=clause)
    if m := _MAX_PRISON.search(clause):
        penalty.prison_max_years = int(m.group(1))
    if m := _MIN_PRISON.search(clause):
        penalty.prison_min_years = int(m.group(1))
    if m := _RANGE_PRISON.search(clause):  # "1년 이상 10년 이하의 징역": both bounds
        penalty.prison_min_years, penalty.prison_max_years = int(m.group(1)), int(m.group(2))
    penalty.fixed_term = bool(_FIXED_TERM.search(clause))
    penalty.life = bool(_LIFE.search(clause))
    penalty.death = bool(re.search(r"사형[,\s]", clause)) and bool(_DEATH.search(clause))
    if m := _FINE.search(clause):
        penalty.fine_max_won = _won(m.group(1))
    if m := _FINE_MIN.search(clause):
        penalty.fine_min_won = _won(m.group(1))
    if m := _ADMIN_FINE.search(clause):
        penalty.admin_fine_max_won = _won(m.group(1))
    penalty.aggravation_half = bool(_AGGRAVATE_HALF.search(clause))
    penalty.attempt_punishable = bool(_ATTEMPT.search(clause))
    penalty.confiscation = bool(_CONFISCATE.search(clause))
    penalty.collection = bool(_COLLECT.search(clause))
    return penalty


def _won_ko(amount: int) -> str:
    if amount % 10**8 == 0:
        return f"{amount // 10**8}억원"
    if amount % 10**7 == 0:
        return f"{amount // 10**7}천만원"
    if amount % 10**4 == 0:
        return f"{amount // 10**4}만원"
    return f"{amount:,}원"


def _won_en(amount: int) -> str:
    if amount % 10**6 == 0:
        return f"KRW {amount // 10**6:,} million"
    return f"KRW {amount:,}"


def _render_ko(p: Penalty) -> str:
    parts = []
    prison = []
    if p.death:
        prison.append("사형")
    if p.life:
        prison.append("무기징역")
    if p.prison_min_years and p.prison_max_years:
        prison.append(f"{p.prison_min_years}년 이상 {p.prison_max_years}년 이하의 징역")
    elif p.prison_min_years:
        prison.append(f"{p.prison_min_years}년 이상의 {'유기' if p.fixed_term else ''}징역")
    elif p.prison_max_years:
        prison.append(f"{p.prison_max_years}년 이하의 징역")
    if p.fine_max_won and p.fine_min_won:
        prison.append(f"{_won_ko(p.fine_min_won)} 이상 {_won_ko(p.fine_max_won)} 이하의 벌금")
    elif p.fine_max_won:
        prison.append(f"{_won_ko(p.fine_max_won)} 이하의 벌금")
    if prison:
        parts.append(" 또는 ".join(prison))
    if p.admin_fine_max_won:
        parts.append(f"{_won_ko(p.admin_fine_max_won)} 이하의 과태료")
    if p.aggravation_half:
        parts.append("상습범은 그 죄에 정한 형의 2분의 1까지 가중")
    if p.attempt_punishable:
        parts.append("미수범도 처벌")
    if p.confiscation or p.collection:
        parts.append("범죄수익 등 " + "·".join(x for x, on in (("몰수", p.confiscation), ("추징", p.collection)) if on))
    return "; ".join(parts)


def _render_en(p: Penalty) -> str:
    parts = []
    options = []
    if p.death:
        options.append("death")
    if p.life:
        options.append("life imprisonment")
    if p.prison_min_years:
        options.append(f"imprisonment{' for a limited term' if p.fixed_term else ''} of at least "
                       f"{p.prison_min_years} year{'s' if p.prison_min_years > 1 else ''}"
                       + (f" and up to {p.prison_max_years} years" if p.prison_max_years else ""))
    elif p.prison_max_years:
        options.append(f"up to {p.prison_max_years} year{'s' if p.prison_max_years > 1 else ''}' imprisonment")
    if p.fine_max_won:
        options.append(f"a fine of {f'at least {_won_en(p.fine_min_won)} and ' if p.fine_min_won else ''}"
                       f"up to {_won_en(p.fine_max_won)}")
    if options:
        parts.append(" or ".join(options))
    if p.admin_fine_max_won:
        parts.append(f"an administrative fine (과태료) of up to {_won_en(p.admin_fine_max_won)}")
    if p.aggravation_half:
        parts.append("habitual offenders: the penalty is increased by up to one half")
    if p.attempt_punishable:
        parts.append("attempts are punishable")
    if p.confiscation or p.collection:
        parts.append("proceeds are " + " and ".join(x for x, on in (("confiscated", p.confiscation),
                                                                      ("collected (추징)", p.collection)) if on))
    return "; ".join(parts)
