"""Evaluation: run this system and simpler baselines on the eval set, in one process, and score them.

An eval item (one line of ``eval/questions.jsonl``) names what a right answer must state (``facts``:
groups of regular expressions, every group must match) and which sources count as the right
citation (``gold``: alternatives — a statute article, a news report or a knowledge card). Each
system returns the chunks it retrieved and an answer with citations; the scorer turns those into
the measures of the Stanford legal-RAG study and of ALCE: retrieval Recall@k and MRR at article
level, key-fact accuracy, citation validity, gold-citation recall, hallucination rate, abstention
and refusal precision/recall, and latency.
"""
from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kb.law.facts import unsupported
from kb.settings import REPO_ROOT

DEFAULT_SET = REPO_ROOT / "eval" / "questions.jsonl"
KS = (1, 5, 10)


@dataclass
class EvalItem:
    id: str
    question: str
    lang: str
    persona: str
    expect: str  # answer | abstain | refuse
    facts: list[list[str]]
    gold: list[dict]
    split: str = "dev"
    as_of: str | None = None
    tags: list[str] = field(default_factory=list)


def load_items(path: Path = DEFAULT_SET, split: str | None = None) -> list[EvalItem]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        known = {k: data[k] for k in EvalItem.__dataclass_fields__ if k in data}
        items.append(EvalItem(**known))
    return [i for i in items if split in (None, "all", i.split)]


@dataclass
class Evidence:
    """A retrieved or cited piece of text, with what gold matching needs to know about it."""

    text: str
    source_id: str = ""
    law_key: str = ""
    articles: tuple[str, ...] = ()  # the statute articles this text holds ("제14조의2", …)
    file: str = ""
    label: str = ""  # what a reader sees: title and locator


@dataclass
class Citation:
    quote: str
    evidence: Evidence


@dataclass
class Prediction:
    retrieved: list[Evidence]
    answer: str
    citations: list[Citation]
    abstained: bool
    refused: bool
    seconds: float


def matches_gold(evidence: Evidence, gold: dict) -> bool:
    if "law" in gold:
        return evidence.law_key == gold["law"] and (not gold.get("article") or gold["article"] in evidence.articles)
    if "news" in gold:
        return evidence.file == gold["news"]
    if "card" in gold:
        return evidence.source_id == gold["card"] or evidence.file == gold["card"]
    return False


def facts_found(answer: str, groups: list[list[str]]) -> bool:
    return all(any(re.search(p, answer, re.I) for p in group) for group in groups)


def claim_text(prediction: Prediction) -> str:
    """The part of an answer that states facts: the cited lines (notices and help lines excluded), without
    their list markers (a step's number "3." orders the answer; it is not a fact)."""
    lines = [line for line in prediction.answer.splitlines() if re.search(r"\[\d+\]", line)]
    return "\n".join(re.sub(r"\[\d+\]\s*(\([^)]*\))?", " ", re.sub(r"^\s*(?:[-*•]|\d{1,2}\.)\s+", "", line))
                     for line in lines)


@dataclass
class Outcome:
    item: EvalItem
    prediction: Prediction
    first_gold_rank: int | None
    facts_ok: bool
    citations_valid: bool
    gold_cited: bool
    hallucinated: bool


def score_item(item: EvalItem, prediction: Prediction) -> Outcome:
    rank = next((n for n, ev in enumerate(prediction.retrieved, 1) if any(matches_gold(ev, g) for g in item.gold)),
                None)
    valid = all(c.quote and c.quote in c.evidence.text for c in prediction.citations)
    answered = not (prediction.abstained or prediction.refused)
    gold_cited = any(matches_gold(c.evidence, g) for c in prediction.citations for g in item.gold)
    unsupported_facts = unsupported(claim_text(prediction), *[f"{c.quote} {c.evidence.label}" for c in prediction.citations])
    hallucinated = answered and (not valid or bool(unsupported_facts))
    facts_ok = answered and facts_found(prediction.answer, item.facts)
    return Outcome(item, prediction, rank, facts_ok, valid, gold_cited, hallucinated)


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def _precision_recall(outcomes: list[Outcome], expected: str, flag: Callable[[Prediction], bool]) -> tuple:
    predicted = [o for o in outcomes if flag(o.prediction)]
    actual = [o for o in outcomes if o.item.expect == expected]
    hits = [o for o in predicted if o.item.expect == expected]
    return (round(len(hits) / len(predicted), 3) if predicted else None,
            round(len(hits) / len(actual), 3) if actual else None)


def summarise(outcomes: list[Outcome]) -> dict:
    """All measures for one system over some items."""
    answerable = [o for o in outcomes if o.item.expect == "answer" and o.item.gold]
    answered = [o for o in outcomes if not (o.prediction.abstained or o.prediction.refused)]
    result = {"n": len(outcomes)}
    for k in KS:
        result[f"recall@{k}"] = _share([o.first_gold_rank is not None and o.first_gold_rank <= k for o in answerable])
    result["mrr"] = round(statistics.fmean([1 / o.first_gold_rank if o.first_gold_rank else 0.0
                                            for o in answerable]), 3) if answerable else None
    result["fact_accuracy"] = _share([o.facts_ok for o in outcomes if o.item.expect == "answer"])
    result["citation_validity"] = _share([o.citations_valid for o in answered if o.prediction.citations])
    result["gold_citation_recall"] = _share([o.gold_cited for o in answerable])
    result["hallucination_rate"] = _share([o.hallucinated for o in answered])
    result["abstain_precision"], result["abstain_recall"] = _precision_recall(
        outcomes, "abstain", lambda p: p.abstained)
    result["refuse_precision"], result["refuse_recall"] = _precision_recall(outcomes, "refuse", lambda p: p.refused)
    lengths = sorted(len(o.prediction.answer) for o in answered)
    if lengths:  # what a person has to read: the answer's characters, help line included
        result["answer_chars_p50"] = lengths[len(lengths) // 2]
        result["answer_chars_max"] = lengths[-1]
    seconds = sorted(o.prediction.seconds for o in outcomes)
    if seconds:
        result["latency_p50_ms"] = round(1000 * seconds[len(seconds) // 2], 1)
        result["latency_p95_ms"] = round(1000 * seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))], 1)
    return result


def breakdown(outcomes: list[Outcome]) -> dict:
    """Measures overall and per persona and language."""
    groups = {"all": outcomes}
    for attr in ("persona", "lang"):
        for value in sorted({getattr(o.item, attr) for o in outcomes}):
            groups[f"{attr}={value}"] = [o for o in outcomes if getattr(o.item, attr) == value]
    coverage = [o for o in outcomes if "-cov-" in o.item.id]  # items written for the rows nothing tested
    if coverage and len(coverage) < len(outcomes):
        groups["items=original"] = [o for o in outcomes if "-cov-" not in o.item.id]
        groups["items=coverage"] = coverage
    return {name: summarise(group) for name, group in groups.items()}


def by_tag(outcomes: list[Outcome]) -> dict:
    """Measures per tag of the items (an item counts under each of its tags)."""
    tags = sorted({t for o in outcomes for t in o.item.tags})
    return {f"tag={tag}": summarise([o for o in outcomes if tag in o.item.tags]) for tag in tags}


def run(systems: dict[str, Callable[[EvalItem], Prediction]], items: list[EvalItem],
        progress: Callable[[str, int], None] | None = None) -> dict[str, list[Outcome]]:
    """Every system on every item, in one process."""
    results: dict[str, list[Outcome]] = {}
    for name, system in systems.items():
        outcomes = []
        for n, item in enumerate(items, 1):
            started = time.perf_counter()
            prediction = system(item)
            prediction.seconds = time.perf_counter() - started
            outcomes.append(score_item(item, prediction))
            if progress:
                progress(name, n)
        results[name] = outcomes
    return results


def worst_failures(outcomes: list[Outcome], limit: int = 10) -> list[Outcome]:
    """The most serious failures first: hallucinations, wrong abstain/refuse decisions, missed facts."""
    def severity(o: Outcome) -> int:
        p, expect = o.prediction, o.item.expect
        if o.hallucinated:
            return 5
        if expect == "refuse" and not p.refused:
            return 4
        if expect == "abstain" and not p.abstained:
            return 3
        if expect == "answer" and (p.abstained or p.refused):
            return 2
        if expect == "answer" and not o.facts_ok:
            return 1
        return 0
    ranked = sorted((o for o in outcomes if severity(o)), key=lambda o: -severity(o))
    return ranked[:limit]


# ---- the safety gate on its own labelled requests (corpus/safety/) -----------------------------------
@dataclass
class GateOutcome:
    """One labelled request and what a gate decided: refused or not, and as which category."""

    request: object  # kb.answer.safety_gate.Request
    refused: bool
    category: str | None = None
    layer: str | None = None


def gate_measures(outcomes: list[GateOutcome]) -> dict:
    """Refusal precision and recall over the harmful requests, and the false-refusal rate over the benign."""
    harmful = [o for o in outcomes if o.request.harmful]
    benign = [o for o in outcomes if not o.request.harmful]
    refused = [o for o in outcomes if o.refused]
    return {"n": len(outcomes), "harmful": len(harmful), "benign": len(benign),
            "refusal_precision": _share([o.request.harmful for o in refused]),
            "refusal_recall": _share([o.refused for o in harmful]),
            "false_refusal_rate": _share([o.refused for o in benign])}


def gate_breakdown(outcomes: list[GateOutcome]) -> dict:
    """Measures overall, per language, and per category (a benign request counts under the category it
    looks like, so a category's false-refusal rate is that of its look-alikes)."""
    groups = {"all": outcomes}
    for attr in ("lang", "category"):
        for value in sorted({getattr(o.request, attr) for o in outcomes}):
            groups[f"{attr}={value}"] = [o for o in outcomes if getattr(o.request, attr) == value]
    return {name: gate_measures(group) for name, group in groups.items()}


def category_confusion(outcomes: list[GateOutcome]) -> dict[str, dict[str, int]]:
    """For refused harmful requests: true category → category the gate named → count."""
    table: dict[str, dict[str, int]] = {}
    for o in outcomes:
        if o.request.harmful and o.refused and o.category:
            row = table.setdefault(o.request.category, {})
            row[o.category] = row.get(o.category, 0) + 1
    return table


def run_gates(gates: dict[str, Callable[[list], list]], requests: list) -> dict[str, list[GateOutcome]]:
    """Every gate on every request; a gate maps requests to their verdicts (None = answered)."""
    results = {}
    for name, gate in gates.items():
        verdicts = gate(requests)
        results[name] = [GateOutcome(r, v is not None, getattr(v, "category", None), getattr(v, "layer", None))
                         for r, v in zip(requests, verdicts)]
    return results
