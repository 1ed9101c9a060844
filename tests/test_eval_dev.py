"""The dev split of the eval set, run on the full default index: this system must stay above its bar.

Builds the default index (project cards + the official-text mirror) once into ``$KB_TEST_FULL_HOME``
(default /tmp/kb-test-full) and reuses it; the first build embeds ~2,900 chunks (about 13 minutes on
two cores). The thresholds are the ones committed to in the evaluation issue's note; timing is
reported by `kb eval`, never asserted here.
"""
from kb.evaluation.baselines import build_systems
from kb.evaluation.scorer import load_items, run, summarise

THRESHOLDS = {
    "recall@5": 0.80, "mrr": 0.65, "fact_accuracy": 0.60, "gold_citation_recall": 0.75,
    "citation_validity": 1.0, "abstain_precision": 0.9, "abstain_recall": 0.9,
    "refuse_precision": 0.9, "refuse_recall": 0.9,
}
MAX_HALLUCINATION = 0.02
#: The coverage items (ids "*-cov-*") test the provisions no item tested before: victims' rights in court,
#: offender registration, probation, platform duties, stalking orders. They are harder and newer, so they
#: have their own floor, set a few points under what the system measured when they were added
#: (recall@5 0.594, fact 0.55, gold citation 0.628): it catches a regression, not a target.
COVERAGE_FLOOR = {"recall@5": 0.55, "fact_accuracy": 0.5, "gold_citation_recall": 0.58, "citation_validity": 1.0}


def test_dev_split_meets_the_committed_thresholds(full_kb):
    items = load_items(split="dev")
    outcomes = run(build_systems(full_kb, ("kb",)), items)["kb"]
    for subset, bars in (("original", THRESHOLDS), ("coverage", COVERAGE_FLOOR)):
        measures = summarise([o for o in outcomes if ("-cov-" in o.item.id) == (subset == "coverage")])
        below = {name: measures[name] for name, bar in bars.items() if (measures[name] or 0) < bar}
        assert not below, f"{subset} items below the bar: {below} (all: {measures})"
        assert measures["hallucination_rate"] <= MAX_HALLUCINATION, measures
