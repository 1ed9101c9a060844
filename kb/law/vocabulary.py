"""The law's vocabulary, defined once: the conducts, materials and victims the statutes punish, the laws
and articles that punish them, and how an article is labelled, each with its Korean and English names.

Every other module reads these tables: the statute paragraphs in force (`provisions`), the gap matrix
(`gaps`), the answer's penalty and gap lines (`answer.strategies.statutes`), coverage (`evaluation`), the
statute parser (`sources.statutes`) and the UI's gap table. Laws' titles, short and English names are
source facts and stay in the manifest (`corpus/sources.toml`); here a law is its key.

Why a Python table and not a TOML/JSON file: a conduct's test on a penalty line is a predicate (a few are
regular expressions with exceptions), the tables are typed frozen dataclasses checked at import, and a
module ships with the package with no package-data rule or loader to keep in step. It imports nothing of
`kb`, so every layer, sources included, may read it without a cycle.

A question's words for a conduct or material (`answer.understanding`) are a different vocabulary — how
people ask, in both languages, slang included — and stay with the understanding; its keys are the ones
defined here (a test holds them in step).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

#: The laws the vocabulary names, by their keys (as the manifest and the index key them).
SEXUAL_CRIMES = "성폭력범죄의처벌등에관한특례법/법률"
YOUTH = "아동ㆍ청소년의성보호에관한법률/법률"

Article = tuple[str, str]  # (law key, article label "제14조의2")


@dataclass(frozen=True)
class Conduct:
    """Something a person does that a statute may punish, as a question names it ("make", "view")."""

    key: str
    statute_terms: tuple[str, ...]  # words in a statute paragraph that show the conduct
    matrix_row: str | None = None  # the gap matrix's row that holds it (viewing is counted with possessing)
    articles: tuple[Article, ...] = ()  # articles that hold it for every material (attempts, confiscation)


@dataclass(frozen=True)
class MatrixRow:
    """A row of the gap matrix: a conduct as the penalty lines show it."""

    key: str
    label: str  # the matrix's row header (English, with the statute's Korean words)
    words: dict[str, str]  # how an answer's gap line names it, by language
    shows: Callable[[str], bool] = field(compare=False)  # whether a penalty line punishes this conduct


@dataclass(frozen=True)
class Material:
    """A kind of image a statute names."""

    key: str
    label: str  # the gap matrix's column header
    words: dict[str, str]  # how an answer's line names it, by language
    statute_terms: tuple[str, ...]  # words in a statute article or paragraph that show the material
    articles: tuple[Article, ...]  # the article that punishes conduct with it
    threat_articles: tuple[Article, ...]  # the article on threats and coercion with it


CONDUCTS = {c.key: c for c in (
    Conduct("make", ("편집", "합성", "가공", "제작"), "create"),
    Conduct("distribute", ("반포", "배포", "유포", "제공", "전시", "상영"), "distribute"),
    Conduct("sell", ("영리", "판매"), "sell"),
    Conduct("possess", ("소지", "구입", "저장"), "possess"),
    Conduct("view", ("시청",), "possess"),
    Conduct("threaten", ("협박",), "threaten"),
    Conduct("coerce", ("강요", "권리행사를 방해"), "coerce"),
    Conduct("attempt", ("미수범",), "attempt", ((SEXUAL_CRIMES, "제15조"),)),
    Conduct("habitual", ("상습",), "habitual"),
    Conduct("confiscate", ("몰수", "추징"), None, ((SEXUAL_CRIMES, "제15조의3"),)),
)}

#: The gap matrix's rows, in its order. "create" (not "make") is the key its JSON and CSV have always used.
#: Selling "for profit" is not counted as plain distribution.
MATRIX_ROWS = {r.key: r for r in (
    MatrixRow("create", "create/edit (편집·합성·제작·촬영)", {"ko": "제작·편집·합성", "en": "making or editing"},
              lambda t: bool(re.search(r"가공\([^)]*\)한 자|촬영한 자|제작ㆍ수입", t))),
    MatrixRow("distribute", "distribute (반포·배포·제공)", {"ko": "반포", "en": "distributing"},
              lambda t: ("반포" in t or "배포" in t) and "영리" not in t and "협박" not in t
              and "반포등을 할 목적" not in t),
    MatrixRow("sell", "distribute for profit (영리)", {"ko": "영리 목적 반포", "en": "distributing for profit"},
              lambda t: "영리" in t),
    MatrixRow("possess", "possess/buy/store/view (소지·구입·저장·시청)",
              {"ko": "소지·구입·저장·시청", "en": "possessing, buying, storing or viewing"},
              lambda t: bool(re.search(r"(소지|구입|저장|시청)한 자", t)) and "영리" not in t),
    MatrixRow("threaten", "threaten (협박)", {"ko": "이용 협박", "en": "threatening with"}, lambda t: "협박한 자" in t),
    MatrixRow("coerce", "coerce (강요)", {"ko": "이용 강요", "en": "coercing with"},
              lambda t: "권리행사를 방해" in t or "의무 없는 일" in t),
    MatrixRow("habitual", "habitual (상습)", {"ko": "상습 범행", "en": "habitual offences with"}, lambda t: "상습" in t),
    MatrixRow("attempt", "attempt (미수)", {"ko": "미수", "en": "attempting offences with"}, lambda t: "미수범" in t),
)}

#: The statute's own verbs for the conduct of each matrix row, and how an English reader names them: a penalty
#: line names what its paragraph punishes in the paragraph's words ("제14조의2 제4항(구입·소지·저장·시청)"), so a
#: reader sees which of an article's paragraphs fits the act asked about.
ROW_TERMS = {
    "create": ("촬영", "편집", "합성", "가공", "제작", "수입", "수출"),
    "distribute": ("반포", "판매", "임대", "대여", "배포", "제공", "전시", "상영"),
    "possess": ("구입", "소지", "저장", "시청"),
}
ROW_TERMS["sell"] = ROW_TERMS["distribute"]
TERM_WORDS_EN = {
    "촬영": "filming", "편집": "editing", "합성": "compositing", "가공": "processing", "제작": "producing",
    "수입": "importing", "수출": "exporting", "반포": "distributing", "판매": "selling", "임대": "renting out",
    "대여": "lending", "배포": "distributing", "제공": "providing", "전시": "exhibiting", "상영": "screening",
    "구입": "buying", "소지": "possessing", "저장": "storing", "시청": "viewing",
}
#: Rows a penalty line names by a gloss: threats and coercion have no list of verbs in their paragraphs.
ROW_GLOSS = {"threaten": {"ko": "협박", "en": "threatening"}, "coerce": {"ko": "강요", "en": "coercing"}}
#: At most this many of a paragraph's verbs are named (제11조 제2항 lists ten).
MAX_TERMS = 4


def punished_conduct(text: str, language: str) -> str:
    """What a penalty paragraph punishes, in its own verbs and in their order ("구입·소지·저장·시청",
    "buying, possessing, storing or viewing"), or "" when no matrix row shows in it. A verb inside a noun
    ("편집물", "촬영대상자", "제작자") is no conduct."""
    shown = [key for key, row in MATRIX_ROWS.items() if (key in ROW_TERMS or key in ROW_GLOSS) and row.shows(text)]
    parts = []
    for key in shown:
        found = sorted((m.start(), m.group(1)) for term in ROW_TERMS.get(key, ())
                       for m in re.finditer(f"({term})(?!물|대상|자에게)", text))
        terms = list(dict.fromkeys(term if language == "ko" else TERM_WORDS_EN[term] for _, term in found))
        more = len(terms) > MAX_TERMS
        terms = terms[:MAX_TERMS]
        if language == "ko":
            words = "·".join(terms) + (" 등" if more else "")
        else:
            words = ", ".join(terms[:-1]) + (", " if more else " or ") + terms[-1] if len(terms) > 1 else "".join(terms)
            words += " and more" if more else ""
        if key == "sell":  # "영리 목적 판매·대여…", "selling, lending … for profit"; no verb: the row's own words
            words = (f"영리 목적 {words}" if language == "ko" else f"{words} for profit") if words \
                else MATRIX_ROWS[key].words[language]
        parts.append(words or ROW_GLOSS.get(key, {}).get(language, ""))
    return "; ".join(p for p in parts if p)


#: Purposes a penalty paragraph requires ("반포등을 할 목적으로"): done without one, its conduct is not that offence
#: (성폭력처벌법 제14조의2 제1항 until 2024-10-15; 제12조, 제13조). Profit is the "sell" row's own words.
REQUIRED_PURPOSES = (
    (re.compile(r"반포등을\s*할\s*목적으로"),
     {"ko": "반포등을 할 목적으로 한 경우", "en": "only if done for the purpose of distributing it"}),
    (re.compile(r"성적\s*욕망을\s*(?:유발하거나\s*)?만족시킬\s*목적으로"),
     {"ko": "성적 욕망을 만족시킬 목적으로 한 경우", "en": "only if done for a sexual purpose"}),
)


def required_purpose(text: str, language: str) -> str:
    """The purpose a penalty paragraph requires, in ``language`` ("반포등을 할 목적으로 한 경우"), or ""."""
    return next((words[language] for pattern, words in REQUIRED_PURPOSES if pattern.search(text)), "")


#: A paragraph that also punishes spreading, against the person's will, what was filmed or made with their consent
#: ("…당시에는 … 의사에 반하지 아니한 경우에도 사후에 … 의사에 반하여 반포등을 한 자": 성폭력처벌법 제14조 제2항,
#: 제14조의2 제2항).
_LATER_AGAINST_WILL = re.compile(r"의사에\s*반하지\s*아니한\s*경우(?:\([^)]*\))?\s*에도\s*사후에")
LATER_AGAINST_WILL = {"ko": "찍거나 만들 때 동의했어도 나중에 의사에 반해 퍼뜨린 경우 포함",
                      "en": "also when it was made with consent but spread later against the person's will"}


def later_against_will(text: str, language: str) -> str:
    """Whether a penalty paragraph punishes spreading against the person's will what was made with their consent,
    said in ``language`` (`LATER_AGAINST_WILL`), or ""."""
    return LATER_AGAINST_WILL[language] if _LATER_AGAINST_WILL.search(text) else ""


#: The materials, in the gap matrix's column order.
MATERIALS = {m.key: m for m in (
    Material("filmed", "illegally filmed (불법촬영물)", {"ko": "불법촬영물", "en": "illegally filmed material"},
             ("카메라", "촬영한 자"), ((SEXUAL_CRIMES, "제14조"),), ((SEXUAL_CRIMES, "제14조의3"),)),
    Material("deepfake", "sexual deepfake (허위영상물)", {"ko": "성적 허위영상물(딥페이크)", "en": "sexual deepfakes"},
             ("허위영상물", "편집물"), ((SEXUAL_CRIMES, "제14조의2"),), ((SEXUAL_CRIMES, "제14조의3"),)),
    Material("csam", "child/youth sexual exploitation material (아동ㆍ청소년성착취물)",
             {"ko": "아동ㆍ청소년성착취물", "en": "child sexual exploitation material"},
             ("아동ㆍ청소년성착취물", "아동ㆍ청소년이용음란물"), ((YOUTH, "제11조"),), ((YOUTH, "제11조의2"),)),
)}

#: The person harmed, as the gap matrix's columns split it, with their names.
VICTIMS = {"adult": {"ko": "성인", "en": "adult"}, "minor": {"ko": "아동·청소년", "en": "minor"}}

#: A clause that sentences (not one that merely mentions a sentence as a condition): how a wording's penalties
#: are found (`history`).
SENTENCES = re.compile(r"처한다|가중한다|처벌한다")
#: A clause that imposes a punishment: a sentence, or confiscation of the proceeds.
PRESCRIBES = re.compile(f"{SENTENCES.pattern}|몰수|추징")


# Article labels: "제14조의2", "제14조의2 제4항", and as an English reader cites them ("Article 14-2(4)").

def article_key(number: str | int, sub: str | int | None = None) -> str:
    """The label an article is stored and cited under: (14, 2) → "제14조의2", (11, None) → "제11조"."""
    return f"제{number}조" + (f"의{sub}" if sub else "")


def paragraph_key(paragraph: str | int) -> str:
    """A paragraph's label inside its article: 4 → "제4항"."""
    return f"제{paragraph}항"


def paragraph_label(article: str, paragraph: str | int) -> str:
    """An article's paragraph: ("제14조의2", 4) → "제14조의2 제4항"."""
    return f"{article} {paragraph_key(paragraph)}"


def normalise_article(text: str) -> str:
    """ "14조의2", "제14조의2", "14-2", "Article 14-2" → "제14조의2"."""
    m = re.search(r"(\d+)\s*(?:조)?\s*(?:의|-)\s*(\d+)", text) or re.search(r"(\d+)", text)
    if not m:
        raise ValueError(f"not an article number: {text!r}")
    return article_key(m.group(1), m.group(2) if m.lastindex and m.lastindex > 1 else None)


def article_in_english(label: str) -> str:
    """ "제14조의2 제4항" → "Article 14-2(4)"."""
    m = re.match(r"제(\d+)조(?:의(\d+))?(?:\s*제(\d+)항)?", label)
    if not m:
        return label
    return f"Article {m.group(1)}" + (f"-{m.group(2)}" if m.group(2) else "") + (f"({m.group(3)})" if m.group(3) else "")


def version_label(kind: str, number, promulgated: str, effective: str) -> str:
    """A statute version as Korean citations name it: "법률 제20459호 (공포 2024-10-16, 시행 2024-10-16)"."""
    return f"{kind} 제{number}호 (공포 {promulgated}, 시행 {effective})"


def article_label(label: str, language: str) -> str:
    """A Korean article label as a reader of ``language`` cites it."""
    return label if language == "ko" else article_in_english(label)


#: How a question names the law's gaps as such: "입법 공백", "사각지대", "법의 허점", "loopholes", "gaps in the law",
#: "what did the law not cover" (answered from the gap matrix, `kb.answer.strategies.gaps`).
GAPS_NAMED = re.compile(
    r"(?:입법|법적|법률|법령|법의|법|처벌|규제|제도)\s*(?:상의?\s*)?(?:공백|사각지대|빈틈|허점|구멍)|공백|사각지대|"
    r"\bloop-?holes?\b|\b(?:legal|legislative|statutory|regulatory|enforcement)\s+(?:gaps?|holes?|vacuum)\b|"
    r"\bgaps?\b.{0,30}\b(?:law|laws|legislation|statutes?|act)\b|\b(?:law|legislation)\b.{0,30}\bgaps?\b|"
    r"\b(?:what|which)\b.{0,30}\b(?:law|legislation)\b.{0,20}\b(?:not|fail(?:ed|s)? to)\s+cover", re.I)
