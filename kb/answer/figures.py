"""A figure the question asks for and no line of the answer gives: how many members sit on a review subcommittee,
how many days a separation lasts at most, how much money a relief fund pays. The sources often hold the act that
sets a thing up while the figure itself sits in a decree, a ministry's notice or a rule they do not hold; the act's
lines then read like an answer and are not one. When the question asks for a magnitude of one of these kinds and no
line holds a figure of that kind, or says that none is set, the assistant says the sources do not answer and points
to help (`kb.answer.answerer`), instead of passing the neighbouring lines off as the answer.

Only a magnitude asked outright counts ("몇 명", "며칠", "how many days", "how much money", "is there a cap"): a
question of whether a thing is free, or who pays, is answered by "무료" or "the state pays" (`ANSWER_KINDS`). A year
and a penalty are not checked here: "몇 년" of a prison term is the penalty, whose lines always carry their figure.
"""
from __future__ import annotations

import re

from kb.answer.units import ANSWER_KINDS

#: The magnitude a question asks for outright, by kind.
ASKED: dict[str, re.Pattern] = {
    # a number of people or places, asked ("위원이 몇 명이고", "몇 명으로 구성", "how many members sit on it"), not
    # told ("친구 몇 명이 봤대요")
    "count": re.compile(r"몇\s*명\s*(?:인가|인지|이에요|이예요|이야|이었|이죠|일까|으로|까지|이나|정도|쯤)|(?:위원|인원)\S*\s*몇\s*명|"
                        r"몇\s*곳|\bhow many (?:\w+ )?(?:members?|people|persons|seats|staff|officers|experts?|"
                        r"commissioners?|judges|places|cent(?:er|re)s?|offices|shelters|counsell?ors?)\b", re.I),
    # a length of time in days, weeks, months or hours, asked ("며칠까지", "몇 개월", "how many days max"), not told
    # ("며칠째", "몇 달 됐는데")
    "span": re.compile(r"며칠(?!\s*째)|몇\s*(?:일|개월|달|주|시간)(?!\s*(?:째|됐|되었|지났|전))|"
                       r"\bhow many (?:days|weeks|months|hours)\b|"
                       r"\b(?:maximum|max|longest)\s+(?:number\s+of\s+)?(?:days|weeks|months)\b", re.I),
    # a sum of money: "구조금은 얼마", "보수를 얼마 받나요", "how much money", "what income threshold" (a ceiling,
    # "상한", is a penalty's or a period's as often)
    "money": re.compile(r"(?:돈|금액|액수|보상금?|구조금|지원금|배상금?|위자료|보수|수임료)\S*\s*(?:은|는|을|를|이|가|으로|로)?\s*"
                        r"(?:최대\s*|보통\s*|평균\s*)?얼마|\bhow much (?:money|compensation|cash)\b|"
                        r"\b(?:income|asset|means)[- ](?:threshold|limit|cap|test|criteria)\b", re.I),
}

#: What is not a figure of the answer: an article, paragraph or item named ("제17조의2 제1항", "Article 16(1)",
#: "16(1)"), a year or a date, a phone number, a web address.
_NOT_FIGURES = re.compile(
    r"제?\s*\d+\s*조(?:의\s*\d+)?(?:\s*제?\s*\d+\s*항)?(?:\s*제?\s*\d+\s*호)?|"
    r"\bArt(?:icle|s?\.)?s?\s*\d+(?:-\d+)?(?:\s*\(\d+\))*(?:\s*(?:and|,)\s*\d+(?:-\d+)?(?:\(\d+\))*)*|"
    r"\(\d+\)|\b(?:19|20)\d\d(?:-\d\d-\d\d)?\b|\d{4}년(?:\s*\d+월)?(?:\s*\d+일)?|"
    r"(?<![\d,.-])\d{2,4}-\d{3,4}(?:-\d{4})?(?![\d-])|(?<!\d)(?:112|117|119|1366|1377|1388|1395|182)(?!\d)|https?://\S+|www\.\S+",
    re.I)

#: A figure of each kind, read in a line with what is not one taken out.
_FIGURES: dict[str, re.Pattern] = {
    "count": re.compile(r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                        r"thirty|fifty)\b|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:명|곳)", re.I),
    "span": ANSWER_KINDS["duration"],
    "money": re.compile(r"\d[\d,.]*\s*(?:만|억|천)?\s*원|\bKRW\b|\d[\d,.]*\s*(?:million|billion)?\s*won\b|무료|"
                        r"free of charge|at no cost|\bfor free\b|돈이?\s*들지\s*않|비용\s*없이", re.I),
}

#: A line that says the law sets no such figure answers the question as well as one that gives it.
_NONE_SET = re.compile(r"정해져\s*있지\s*않|정하고\s*있지\s*않|정하지\s*않|따로\s*정한\s*(?:기한|기간|금액|인원)\S*\s*(?:은|는)?\s*없|"
                       r"(?:기한|기간|한도|상한|제한)\S*\s*(?:은|는|이)?\s*없|"
                       r"\bno (?:set|fixed|legal|maximum|upper) (?:deadline|limit|number|amount|period|cap)\b|"
                       r"\b(?:does|do) not (?:set|fix|specify) (?:a|any|the)\b|\bis not (?:set|fixed|specified)\b|"
                       r"\bwithout (?:a|any) (?:cap|limit)\b", re.I)


def figures_asked(question: str) -> list[str]:
    """The kinds of magnitude the question asks for outright (`ASKED`)."""
    return [kind for kind, pattern in ASKED.items() if pattern.search(question)]


def figure_missing(question: str, lines: list[str]) -> bool:
    """Whether the question asks for a magnitude (`figures_asked`) that no line gives, and no line says is not set."""
    kinds = figures_asked(question)
    if not kinds or any(_NONE_SET.search(line) for line in lines):
        return False
    plain = [_NOT_FIGURES.sub(" ", line) for line in lines]
    return not any(_FIGURES[kind].search(line) for kind in kinds for line in plain)
