"""The evaluation report: a Markdown table people can read, a PNG chart, and JSON for machines."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from kb.evaluation import Outcome, breakdown, worst_failures

COLUMNS = ("n", "recall@1", "recall@5", "recall@10", "mrr", "fact_accuracy", "citation_validity",
           "gold_citation_recall", "hallucination_rate", "abstain_precision", "abstain_recall",
           "refuse_precision", "refuse_recall", "latency_p50_ms", "latency_p95_ms")
CHARTED = ("recall@5", "mrr", "fact_accuracy", "gold_citation_recall", "hallucination_rate")


def _cell(value) -> str:
    return "–" if value is None else f"{value:g}" if isinstance(value, (int, float)) else str(value)


def table(rows: dict[str, dict]) -> str:
    head = "| system | " + " | ".join(COLUMNS) + " |\n|---|" + "---|" * len(COLUMNS) + "\n"
    return head + "".join(f"| {name} | " + " | ".join(_cell(r.get(c)) for c in COLUMNS) + " |\n"
                          for name, r in rows.items())


def measures(results: dict[str, list[Outcome]]) -> dict[str, dict]:
    return {name: breakdown(outcomes) for name, outcomes in results.items()}


def to_json(results: dict[str, list[Outcome]], split: str) -> dict:
    return {"split": split, "systems": measures(results),
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


def markdown(results: dict[str, list[Outcome]], split: str, chart_name: str, focus: str = "kb") -> str:
    all_measures = measures(results)
    lines = [f"# Evaluation report ({split} split, {datetime.now():%Y-%m-%d %H:%M})", "",
             "## All systems", "", table({name: m["all"] for name, m in all_measures.items()}), "",
             f"![systems]({chart_name})", ""]
    if focus in all_measures:
        lines += [f"## {focus} by persona and language", "", table(all_measures[focus]), ""]
        lines += [f"## Ten worst failures of {focus}", ""]
        for outcome in worst_failures(results[focus]):
            item, prediction = outcome.item, outcome.prediction
            lines += [f"### {item.id} ({item.lang}, {item.persona}, expected {item.expect})", "",
                      f"- question: {item.question}",
                      f"- abstained={prediction.abstained} refused={prediction.refused} facts_ok={outcome.facts_ok} "
                      f"hallucinated={outcome.hallucinated} gold rank={outcome.first_gold_rank}",
                      f"- gold: {json.dumps(item.gold, ensure_ascii=False)}",
                      "- retrieved: " + "; ".join(e.label for e in prediction.retrieved[:3]), "",
                      "```", prediction.answer[:700], "```", ""]
    return "\n".join(lines)


def write(results: dict[str, list[Outcome]], split: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    png = chart(results, folder / f"eval-{split}-{stamp}.png")
    report = folder / f"eval-{split}-{stamp}.md"
    report.write_text(markdown(results, split, png.name), encoding="utf-8")
    return report
