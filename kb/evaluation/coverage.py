"""Coverage: which parts of the law and which help services this knowledge base can answer, and which
eval items test them.

A row is a provision (an article of one of the indexed laws, as in force today, that sets a penalty, a
duty, a right or a procedure someone in the three roles would ask about) or a service (a guidance
source of the manifest). For each: the knowledge cards that cite it, ``"statute"`` when the statute
engine answers it directly (a penalty article it routes to), and the eval items whose gold cites it or
a card that does. Nothing here is hand-listed: the rows come from the indexed statute texts and the
manifest, the answers from the cards' ``sources``, the tests from ``eval/questions.jsonl``.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date

from kb.evaluation.scorer import EvalItem
from kb.index.catalog import version_in_force
from kb.law.vocabulary import CONDUCTS, MATERIALS, PRESCRIBES
from kb.sources.cards import Card
from kb.sources.manifest import Manifest

#: What an article sets, by the words of its paragraphs.
SETS = {
    "penalty": re.compile(r"(징역|벌금|과태료|금고).{0,40}(처한다|부과한다)|가중한다|몰수|추징"),
    "duty": re.compile(r"하여야\s*한다|해야\s*한다|하여서는\s*아니\s*된다|해서는\s*아니\s*된다"),
    "right": re.compile(r"(청구|신청|요청|요구|열람|선임|진술)(을|를)?\s*할\s*수\s*있다|받을\s*수\s*있다|권리를\s*가진다"),
    "procedure": re.compile(r"(신고|통보|보고|고지|통지|조치|심의|의결|재심|행정심판|삭제|임시조치|분리)"),
}
#: Words of the field: an article of a law that reaches far beyond it (the network act, the AI act) is a
#: row only when its text names one of them.
FIELD = re.compile(r"음란|불법정보|촬영물|허위영상|성적|성폭력|성착취|청소년유해|임시조치|삭제요청|불법촬영물|사생활|"
                   r"생성형|인공지능생성물|가상의\s*결과물")
#: Laws whose every provision is in the field; the others are filtered by FIELD.
WHOLE_LAWS = ("성폭력범죄의처벌등에관한특례법", "아동ㆍ청소년의성보호에관한법률", "성폭력방지및피해자보호등에관한법률",
              "학교폭력예방및대책에관한법률", "교원의지위향상및교육활동보호를위한특별법", "스토킹범죄의처벌등에관한법률")
#: Articles that set nothing a victim, a teacher or an aide asks about: purpose, definitions,
#: commencement, delegation, and how bodies are organised and paid.
_SKIP_TITLES = re.compile(r"^(목적|정의|다른\s*법률과의\s*관계|시행일|적용\s*범위|벌칙\s*적용에서의\s*공무원\s*의제)|"
                          r"위임|위탁|구성|운영|회의|수당|경비|예산|사무국|임기|결격|해촉|제척|기피|회피|조직|규제의\s*재검토|"
                          r"실태조사|기본계획|시행계획|종합계획|연구|통계|협의회|지정\s*취소|평가|"
                          # running the support institutions: staff qualifications, licences, inspections
                          r"자격기준|교육훈련시설|보수교육|폐지ㆍ휴지|시정\s*명령|인가의\s*취소|보고\s*및\s*검사|청문|"
                          r"민감정보|교섭|보수의\s*우대|예우|」에\s*관한\s*특례")


@dataclass
class CoverageRow:
    kind: str  # provision | service
    law: str  # law key ("성폭력범죄의처벌등에관한특례법/법률"), or the issuer of a service
    article: str  # "제14조의2", or the guidance id of a service
    topic: str  # the article's heading, or the guidance title
    sets: list[str] = field(default_factory=list)  # penalty | duty | right | procedure
    answered_by: list[str] = field(default_factory=list)  # card ids, and "statute"
    eval_items: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def engine_articles() -> set[tuple[str, str]]:
    """The (law, article) pairs the statute engine answers from the text itself: the penalty articles it
    routes conducts, materials and threats to (those only a refusal quotes do not count)."""
    return {pair for material in MATERIALS.values() for pair in material.articles + material.threat_articles} | \
        {pair for conduct in CONDUCTS.values() for pair in conduct.articles}


def sets_of(text: str) -> list[str]:
    return [name for name, pattern in SETS.items() if pattern.search(text)]


def in_field(law_name: str, title: str, text: str) -> bool:
    """Whether an article of the law named ``law_name`` (the manifest's `Law.name`) is one people ask about."""
    if _SKIP_TITLES.search(title or ""):
        return False
    return law_name in WHOLE_LAWS or bool(FIELD.search(text))


def coverage(knowledge, manifest: Manifest, cards: list[Card], items: list[EvalItem],
             as_of: str | None = None) -> list[CoverageRow]:
    """Every provision and service row, with what answers it and what tests it."""
    as_of = as_of or date.today().isoformat()
    cited: dict[tuple[str, str], list[str]] = {}
    for card in cards:
        for source in card.sources:
            key = (source["law"], str(source.get("article", ""))) if "law" in source else \
                ("guidance", str(source["guidance"])) if "guidance" in source else None
            if key and card.id not in cited.setdefault(key, []):
                cited[key].append(card.id)
    card_sources = {card.id: card.sources for card in cards}
    engine = engine_articles()
    rows: list[CoverageRow] = []
    for law in manifest.laws:
        version = version_in_force(knowledge.statute_versions(law.key), as_of)
        if version is None:
            continue
        for article in knowledge.statute_articles(version.version_id):
            if not article.article.startswith("제") or re.search(r"^\s*삭제", _body(article.text)):
                continue  # 부칙 (addenda) say when a version applies (the engine reads them); 삭제 = repealed
            kinds = sets_of(article.text)
            if not kinds or not in_field(law.name, article.title, article.text):
                continue
            answered = list(cited.get((law.key, article.article), []))
            if (law.key, article.article) in engine and PRESCRIBES.search(article.text):
                answered.append("statute")
            rows.append(CoverageRow("provision", law.key, article.article, article.title, kinds, answered,
                                    _testing(items, card_sources, law=law.key, article=article.article)))
    for guidance in manifest.guidance:
        rows.append(CoverageRow("service", guidance.issuer, guidance.id, guidance.title, ["service"],
                                list(cited.get(("guidance", guidance.id), [])),
                                _testing(items, card_sources, guidance=guidance.id)))
    return rows


def _body(text: str) -> str:
    """An article's text without its heading line (「law」 제N조(title))."""
    return text.split("\n", 1)[1] if "\n" in text else ""


def _testing(items: list[EvalItem], card_sources: dict[str, list[dict]], law: str = "", article: str = "",
             guidance: str = "") -> list[str]:
    """Eval items whose gold names the article (or the guidance), directly or through a card citing it."""
    def names(source: dict) -> bool:
        if guidance:
            return str(source.get("guidance", "")) == guidance
        return source.get("law") == law and str(source.get("article", "")) == article

    found = []
    for item in items:
        for gold in item.gold:
            direct = not guidance and gold.get("law") == law and gold.get("article") == article
            via_card = "card" in gold and any(names(s) for s in card_sources.get(gold["card"], []))
            if direct or via_card:
                found.append(item.id)
                break
    return found


def summary(rows: list[CoverageRow]) -> dict:
    answered = [r for r in rows if r.answered_by]
    tested = [r for r in rows if r.eval_items]
    return {"rows": len(rows), "provisions": sum(r.kind == "provision" for r in rows),
            "services": sum(r.kind == "service" for r in rows), "answered": len(answered), "tested": len(tested),
            "answered_and_tested": sum(1 for r in rows if r.answered_by and r.eval_items)}


def markdown(rows: list[CoverageRow], short_name) -> str:
    """A table people can read: one row per provision or service, with the gaps marked."""
    lines = ["| kind | law | article | topic | sets | answered by | eval items |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.kind} | {short_name(r.law)} | {r.article} | {r.topic} | {', '.join(r.sets)} | "
                     f"{', '.join(r.answered_by) or '**none**'} | {', '.join(r.eval_items) or '**none**'} |")
    s = summary(rows)
    lines += ["", f"{s['rows']} rows ({s['provisions']} provisions, {s['services']} services): "
              f"{s['answered']} answered, {s['tested']} tested, {s['answered_and_tested']} both."]
    return "\n".join(lines)
