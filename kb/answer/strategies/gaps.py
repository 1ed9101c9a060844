"""Lines for a question about the law's gaps as a whole ("현행법에 남은 입법 공백은?", "what loopholes did the law
have before October 2024?"): read from the gap matrix (`kb.law.gaps`), the same element check the penalty lines
and `kb gaps` use, so that an answer and the matrix never disagree.

On a date with gaps, each line names one gap (conduct × material, and the victim when only adults' images were
left out) and the provision that closed it from when, quoted from the law. On a date with none, the first line
says so and names the last gap closed; the next lines, the other gaps closed that day."""
from __future__ import annotations

from datetime import date, timedelta

from kb.answer.context import AnswerContext
from kb.answer.messages import GAP_CLOSED_ON, GAP_VICTIMS, GAPS_NONE, GAPS_SOME, law_name
from kb.answer.records import Claim, Unit
from kb.law.gaps import applies, change_days, covered_from
from kb.law.vocabulary import MATERIALS, MATRIX_ROWS, VICTIMS, article_label

def gaps_asked(understanding) -> bool:
    """Whether a question asks where the law has (or had) gaps, naming no one act: a question about one act
    ("was possessing a deepfake punishable in September 2024?") is answered by that act's cell."""
    return understanding.asks_gaps and not understanding.conducts


def matrix_gap_claims(ctx: AnswerContext, understanding, as_of: str, language: str) -> list[Claim]:
    """The gaps of the matrix on ``as_of`` with the provisions that closed them, or, when it has none, that it
    has none and the gaps the last change closed. Only the materials the question names, if it names any."""
    materials = [m for m in understanding.materials if m in MATERIALS] or list(MATERIALS)
    cells = [(conduct, material) for conduct in MATRIX_ROWS for material in materials]
    open_cells = [(c, m, victims) for c, m in cells if (victims := _gap_victims(ctx, c, m, as_of))]
    if open_cells:
        return _opened(GAPS_SOME, _told(ctx, [(*cell, as_of) for cell in open_cells], language), language)
    closings = [(day, c, m, victims) for c, m in cells for day, victims in [_closing(ctx, c, m, as_of)] if day]
    if not closings:
        return []
    last = max(day for day, *_ in closings)
    before = (date.fromisoformat(last) - timedelta(days=1)).isoformat()
    return _opened(GAPS_NONE, _told(ctx, [(c, m, victims, before) for day, c, m, victims in closings if day == last],
                                    language), language, day=last)


def _opened(opening: dict[str, str], claims: list[Claim], language: str, **values: str) -> list[Claim]:
    """The gap lines, the first told after the opening that answers the question."""
    if not claims:
        return []
    first = claims[0]
    return [Claim(opening[language].format(rest=first.text, **values), first.unit, first.kind), *claims[1:]]


def _gap_victims(ctx: AnswerContext, conduct: str, material: str, as_of: str) -> list[str]:
    """The victims for whom no provision in force on ``as_of`` punishes the cell (exploitation material is a
    minor's only)."""
    victims = ["minor"] if material == "csam" else list(VICTIMS)
    return [v for v in victims if not applies(ctx.index, conduct, material, v, as_of)]


def _closing(ctx: AnswerContext, conduct: str, material: str, as_of: str) -> tuple[str, list[str]]:
    """The last day on or before ``as_of`` when the cell stopped being a gap, and for whom ("" if it never was
    one among the dates its provisions changed)."""
    for day in reversed([d for d in change_days(ctx.index, conduct, material) if d <= as_of]):
        before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        victims = _gap_victims(ctx, conduct, material, before)
        if victims and not _gap_victims(ctx, conduct, material, day):
            return day, victims
    return "", []


def _told(ctx: AnswerContext, gaps: list[tuple[str, str, list[str], str]], language: str) -> list[Claim]:
    """One line per material and change: the gaps one change closed ("협박·강요" with one image, by 제14조의3), told
    with the paragraph whose new wording closed them, quoted. A gap nothing covers yet has no line: the matrix
    shows it, and there is no provision to cite."""
    groups: dict[tuple, list] = {}
    for conduct, material, victims, as_of in gaps:
        found = covered_from(ctx.index, conduct, material, victims[0], as_of)
        if found is None:
            continue
        day, hits = found
        law, provision = hits[0]
        key = (day, law, provision.label.split(" ")[0], material, tuple(victims) if material != "csam" else ())
        groups.setdefault(key, []).append((conduct, hits))
    claims, named = [], set()
    for (day, law, article, material, victims), members in groups.items():
        provisions = [p for _, hits in members for found_law, p in hits if found_law == law]
        # the paragraph whose wording begins that day is what closed the gaps (제14조의3 ① named edited images; ②
        # punishes coercion "by the threat of ①" in words unchanged since 2020)
        changed = next((p for p in provisions if any(start == day for start, _ in p.chunk.intervals)), provisions[0])
        labels = {p.label for p in provisions}
        label = changed.label if len(labels) == 1 else article
        words = MATERIALS[material].words[language]
        if len(victims) == 1:  # the same image of a minor was covered as exploitation material
            words += GAP_VICTIMS[language].format(victim=VICTIMS[victims[0]][language])
        conducts = ("·" if language == "ko" else ", ").join(MATRIX_ROWS[c].words[language] for c, _ in members)
        text = GAP_CLOSED_ON[language].format(material=words, conduct=conducts, day=day,
                                              name=_name(ctx, law, language, law in named),
                                              label=article_label(label, language))
        claims.append(Claim(text, Unit(0, changed.chunk, changed.start, changed.text), "history"))
        named.add(law)
    return claims


def _name(ctx: AnswerContext, law: str, language: str, again: bool) -> str:
    """A law by its full name the first time, by its short name after."""
    entry = ctx.laws.law(law)
    return entry.short_names[0] if again and entry is not None and entry.short_names else law_name(entry, language, law)
