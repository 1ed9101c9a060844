"""Every line is checked before output: its quote must be an exact span of the stored chunk, and every
number, date, phone number and article it states must occur in what it cites."""
from __future__ import annotations

from kb.answer.context import AnswerContext
from kb.answer.records import Claim, Unit
from kb.answer.units import locator
from kb.law.facts import unsupported
from kb.sources.statutes import OPEN_END


def support(ctx: AnswerContext, unit: Unit, as_of: str) -> str:
    """Everything a claim may rest on: the quote, its source's name and locator, and its dates."""
    record = unit.chunk.record
    dates = " ".join(d for d in (*(s for iv in ctx.wording_intervals(unit) for s in iv), record.date)
                     if d and d != OPEN_END)
    return f"{unit.text} {record.title} {locator(unit)} {dates}"


def verified(ctx: AnswerContext, claims: list[Claim], as_of: str) -> list[Claim]:
    """Claims whose quote is an exact span of the stored chunk and whose facts all occur in what they cite."""
    kept = []
    for claim in claims:
        stored = ctx.index.get(claim.unit.chunk.chunk_id)
        exact = stored is not None and stored.text[claim.unit.start:claim.unit.start + len(claim.unit.text)] \
            == claim.unit.text
        if exact and not unsupported(claim.text, support(ctx, claim.unit, as_of)):
            kept.append(claim)
    return kept
