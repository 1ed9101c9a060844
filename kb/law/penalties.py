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

from kb.law.facts import KOREAN_WON, korean_won
from kb.law.messages import PENALTY_WORDS

_MAX_PRISON = re.compile(r"(\d+)년\s*이하의\s*(?:유기)?징역")
_MIN_PRISON = re.compile(r"(\d+)년\s*이상의\s*(?:유기)?징역")
_RANGE_PRISON = re.compile(r"(\d+)년\s*이상\s*(\d+)년\s*이하의\s*(?:유기)?징역")
_FIXED_TERM = re.compile(r"유기징역")
_LIFE = re.compile(r"무기(?:징역|\s*또는)")
_DEATH = re.compile(r"사형")
# a sum is read whole ("1천500만원" is 15 million won, not the "500만원" at its end: see facts.KOREAN_WON)
_SUM = re.sub(r"\((?!\?)", "(?:", KOREAN_WON)  # the same grammar, without groups of its own
_FINE = re.compile(rf"({_SUM})\s*이하의\s*벌금")
_FINE_MIN = re.compile(rf"({_SUM})\s*이상\s*(?:{_SUM}\s*이하의\s*)?벌금")
_ADMIN_FINE = re.compile(rf"({_SUM})\s*이하의\s*과태료")
_AGGRAVATE_HALF = re.compile(r"2분의\s*1까지\s*가중")
_ATTEMPT = re.compile(r"미수범은\s*처벌한다")
_CONFISCATE = re.compile(r"몰수")
_COLLECT = re.compile(r"추징")


def _won(text: str) -> int | None:
    won = korean_won(text)
    if won is not None:
        return won
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
        return _render(self, "ko" if language == "ko" else "en")


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
    """A sum written as the statutes write it: "5천만원", "1천500만원", "1억원", "500만원"."""
    if amount % 10**4:
        return f"{amount:,}원"
    hundred_millions, man = divmod(amount // 10**4, 10**4)
    thousands, rest = divmod(man, 1000)
    return (f"{hundred_millions}억" if hundred_millions else "") + (f"{thousands}천" if thousands else "") \
        + (f"{rest}" if rest else "") + ("만" if man else "") + "원"


def _won_en(amount: int) -> str:
    if amount % 10**6 == 0:
        return f"KRW {amount // 10**6:,} million"
    return f"KRW {amount:,}"


def _render(p: Penalty, language: str) -> str:
    """The penalty in ``language``'s words (kb.law.messages.PENALTY_WORDS): the punishments one may choose
    between, then the administrative fine, aggravation, attempts and what is confiscated, as the clause
    states them."""
    words, won = PENALTY_WORDS[language], _WON[language]
    options = [words[part] for part, on in (("death", p.death), ("life", p.life)) if on]
    low, high = p.prison_min_years, p.prison_max_years
    years = {"low": low, "high": high, "low_s": "s" if (low or 0) > 1 else "", "high_s": "s" if (high or 0) > 1 else "",
             "high_years": "years'" if (high or 0) > 1 else "year's", "fixed": words["fixed"] if p.fixed_term else ""}
    if low:
        options.append(words["prison_range" if high else "prison_min"].format(**years))
    elif high:
        options.append(words["prison_max"].format(**years))
    if p.fine_max_won:
        fine = "fine_range" if p.fine_min_won else "fine_max"
        options.append(words[fine].format(low=won(p.fine_min_won or 0), high=won(p.fine_max_won)))
    parts = [words["or"].join(options)] if options else []
    if p.admin_fine_max_won:
        parts.append(words["admin_fine"].format(high=won(p.admin_fine_max_won)))
    parts += [words[part] for part, on in (("aggravation", p.aggravation_half), ("attempt", p.attempt_punishable)) if on]
    if p.confiscation or p.collection:
        taken = [words[part] for part, on in (("confiscated", p.confiscation), ("collected", p.collection)) if on]
        parts.append(words["proceeds"].format(what=words["proceeds_and"].join(taken)))
    return "; ".join(parts)


_WON = {"ko": _won_ko, "en": _won_en}
