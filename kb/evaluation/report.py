"""The evaluation report: a Markdown table people can read, a PNG chart, and JSON for machines."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from kb.evaluation.scorer import GateOutcome, Outcome, breakdown, by_tag, category_confusion, gate_breakdown, worst_failures

COLUMNS = ("n", "recall@1", "recall@5", "recall@10", "mrr", "fact_accuracy", "citation_validity",
           "gold_citation_recall", "hallucination_rate", "abstain_precision", "abstain_recall",
           "refuse_precision", "refuse_recall", "answer_chars_p50", "answer_chars_max", "latency_p50_ms",
           "latency_p95_ms")
CHARTED = ("recall@5", "mrr", "fact_accuracy", "gold_citation_recall", "hallucination_rate")


def _cell(value) -> str:
    return "–" if value is None else f"{value:g}" if isinstance(value, (int, float)) else str(value)


def table(rows: dict[str, dict]) -> str:
    head = "| system | " + " | ".join(COLUMNS) + " |\n|---|" + "---|" * len(COLUMNS) + "\n"
    return head + "".join(f"| {name} | " + " | ".join(_cell(r.get(c)) for c in COLUMNS) + " |\n"
                          for name, r in rows.items())


def measures(results: dict[str, list[Outcome]]) -> dict[str, dict]:
    return {name: breakdown(outcomes) for name, outcomes in results.items()}


GATE_COLUMNS = ("n", "harmful", "benign", "refusal_precision", "refusal_recall", "false_refusal_rate")


def gate_table(rows: dict[str, dict]) -> str:
    head = "| | " + " | ".join(GATE_COLUMNS) + " |\n|---|" + "---|" * len(GATE_COLUMNS) + "\n"
    return head + "".join(f"| {name} | " + " | ".join(_cell(r.get(c)) for c in GATE_COLUMNS) + " |\n"
                          for name, r in rows.items())


def gate_markdown(safety: dict[str, list[GateOutcome]], focus: str = "gate") -> list[str]:
    """The safety section: every gate overall; the focus gate and the rules by language and category;
    the focus gate's confusion between categories and the requests it got wrong."""
    measured = {name: gate_breakdown(outcomes) for name, outcomes in safety.items()}
    lines = ["## Safety gate (corpus/safety)", "",
             "Refusal precision and recall over harmful requests, false refusals over benign look-alikes "
             "(a benign request counts under the category it resembles).", "",
             gate_table({name: m["all"] for name, m in measured.items()}), ""]
    for name in (focus, "rules-only"):
        if name in measured:
            lines += [f"### {name} by language and category", "", gate_table(measured[name]), ""]
    if focus in safety:
        confusion = category_confusion(safety[focus])
        named = sorted({c for row in confusion.values() for c in row})
        if confusion:
            lines += ["### Categories of refused harmful requests (rows: true, columns: named)", "",
                      "| | " + " | ".join(named) + " |", "|---|" + "---|" * len(named)]
            lines += [f"| {true} | " + " | ".join(str(row.get(c, "")) for c in named) + " |"
                      for true, row in sorted(confusion.items())]
            lines.append("")
        wrong = [o for o in safety[focus] if o.refused != o.request.harmful]
        lines += [f"### Requests {focus} got wrong ({len(wrong)})", ""]
        lines += [f"- {'missed' if o.request.harmful else 'refused'} ({o.request.lang}, {o.request.category}, "
                  f"{o.request.asker}): {o.request.text}" for o in wrong]
        lines.append("")
    return lines


def gate_json(safety: dict[str, list[GateOutcome]]) -> dict:
    return {"gates": {name: gate_breakdown(outcomes) for name, outcomes in safety.items()},
            "confusion": {name: category_confusion(outcomes) for name, outcomes in safety.items()}}


def to_json(results: dict[str, list[Outcome]], split: str, safety: dict[str, list[GateOutcome]] | None = None) -> dict:
    return {"split": split, "systems": measures(results), "safety": gate_json(safety) if safety else None,
            "tags": {name: by_tag(outcomes) for name, outcomes in results.items()},
            "items": {name: [{"id": o.item.id, "facts_ok": o.facts_ok, "gold_rank": o.first_gold_rank,
                              "hallucinated": o.hallucinated, "abstained": o.prediction.abstained,
                              "refused": o.prediction.refused} for o in outcomes]
                      for name, outcomes in results.items()}}


def chart(results: dict[str, list[Outcome]], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    overall = {name: m["all"] for name, m in measures(results).items()}
    figure, axis = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / max(1, len(overall))
    for n, (name, row) in enumerate(overall.items()):
        axis.bar([i + n * width for i in range(len(CHARTED))], [row.get(c) or 0 for c in CHARTED], width, label=name)
    axis.set_xticks([i + width * (len(overall) - 1) / 2 for i in range(len(CHARTED))], CHARTED)
    axis.set_ylim(0, 1)
    axis.set_ylabel("share (hallucination: lower is better)")
    axis.legend(fontsize=8)
    axis.set_title("Systems compared on the eval set")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def markdown(results: dict[str, list[Outcome]], split: str, chart_name: str, focus: str = "kb",
             safety: dict[str, list[GateOutcome]] | None = None) -> str:
    all_measures = measures(results)
    lines = [f"# Evaluation report ({split} split, {datetime.now():%Y-%m-%d %H:%M})", "",
             "## All systems", "", table({name: m["all"] for name, m in all_measures.items()}), "",
             f"![systems]({chart_name})", ""]
    if focus in all_measures:
        lines += [f"## {focus} by persona and language", "", table(all_measures[focus]), ""]
        lines += [f"## {focus} by tag", "", table(by_tag(results[focus])), ""]
        lines += [f"## Ten worst failures of {focus}", ""]
        for outcome in worst_failures(results[focus]):
            item, prediction = outcome.item, outcome.prediction
            lines += [f"### {item.id} ({item.lang}, {item.persona}, expected {item.expect})", "",
                      f"- question: {item.question}",
                      f"- abstained={prediction.abstained} refused={prediction.refused} facts_ok={outcome.facts_ok} "
                      f"hallucinated={outcome.hallucinated} gold rank={outcome.first_gold_rank}",
                      f"- gold: {json.dumps(item.gold, ensure_ascii=False)}",
                      "- retrieved: " + "; ".join(e.label for e in prediction.retrieved[:3]),
                      # where the answer went, not its words: its quotes are third-party text, kept out of the repo
                      "- cited: " + ("; ".join(c.evidence.label for c in prediction.citations[:5]) or "nothing"),
                      f"- answer: {len(prediction.answer)} characters, {len(prediction.answer.splitlines())} lines",
                      ""]
    if safety:
        lines += gate_markdown(safety)
    return "\n".join(lines)


def write(results: dict[str, list[Outcome]], split: str, folder: Path,
          safety: dict[str, list[GateOutcome]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    png = chart(results, folder / f"eval-{split}-{stamp}.png")
    report = folder / f"eval-{split}-{stamp}.md"
    report.write_text(markdown(results, split, png.name, safety=safety), encoding="utf-8")
    return report
