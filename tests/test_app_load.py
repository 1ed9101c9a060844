"""A bounded load test through Gradio's HTTP API on loopback: 20 concurrent sessions for 30 seconds.

Passes when every request is answered with a cited answer; the throughput and latency it measured
are written to test-output/load.json (numbers to read, not to assert on a noisy machine).
"""
import json

from conftest import TEST_OUTPUT

from app.loadtest import run


def test_twenty_sessions_for_thirty_seconds_without_errors(app_server):
    result = run(app_server["url"], sessions=20, seconds=30)
    TEST_OUTPUT.mkdir(exist_ok=True)
    (TEST_OUTPUT / "load.json").write_text(json.dumps({
        "summary": result.summary(), "answers": result.answers, "errors": len(result.errors),
        "throughput_per_s": round(result.throughput, 2), "p50_s": round(result.percentile(50), 2),
        "p95_s": round(result.percentile(95), 2)}, ensure_ascii=False))
    print(result.summary())
    assert not result.errors, result.errors[:5]
    assert result.answers >= 20
