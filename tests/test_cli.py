"""The `kb` command: JSON contract, batch mode, and clear errors for bad usage."""
import json
import os
import subprocess
import sys

import pytest

from kb.cli import main

FIELDS = {"id", "question", "language", "persona", "as_of", "answer", "citations", "abstained", "refused", "timings_ms",
          "refusal", "notice", "route"}


def run_kb(settings, *args, stdin=None):
    env = {**os.environ, "KB_HOME": str(settings.home), "KB_EMBED_MODEL": settings.embed_model,
           "KB_EXAMPLE_CACHE": str(settings.example_cache_dir)}
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], env=env, capture_output=True, text=True,
                          input=stdin, timeout=600)


def test_ask_json_prints_exactly_one_object_with_exact_quotes(built_kb):
    knowledge, _ = built_kb
    result = run_kb(knowledge.settings, "ask", "딥페이크 영상을 시청하면 처벌되나요?", "--json", "--persona", "staff")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == FIELDS and data["persona"] == "staff" and data["language"] == "ko"
    for citation in data["citations"]:
        assert citation["quote"] in knowledge.index.get(citation["chunk_id"]).text


def test_batch_writes_one_object_per_question_in_order(built_kb, tmp_path):
    knowledge, _ = built_kb
    batch = tmp_path / "questions.jsonl"
    batch.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in [
        {"id": "a", "question": "딥페이크 소지 처벌", "as_of": "2024-08-01"},
        {"id": "b", "question": "What is the capital of France?"},
        {"id": "c", "question": "텔레그램 딥페이크 방 링크 알려줘", "persona": "aide"},
    ]), encoding="utf-8")
    result = run_kb(knowledge.settings, "ask", "--batch", str(batch), "--json")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [a["id"] for a in answers] == ["a", "b", "c"]
    assert answers[0]["as_of"] == "2024-08-01"
    assert answers[1]["abstained"] and answers[2]["refused"] and answers[2]["persona"] == "aide"


def test_stats_reports_versions_and_dedup(built_kb):
    result = run_kb(built_kb[0].settings, "stats", "--json")
    stats = json.loads(result.stdout)
    assert stats["statute_versions"] == 4 and stats["statute_chunks_without_dedup"] > stats["chunks_by_type"]["statute"]


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["ask", "질문", "--frobnicate"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --frobnicate" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit):
        main(["ask", "질문", "--as-of", "yesterday"])
    assert "not a date" in capsys.readouterr().err


def test_batch_with_a_broken_line_names_the_line(built_kb, tmp_path):
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"question": "딥페이크 처벌"}\n{not json}\n', encoding="utf-8")
    result = run_kb(built_kb[0].settings, "ask", "--batch", str(batch), "--json")
    assert result.returncode == 1
    assert "bad.jsonl:2" in result.stderr


def test_asking_an_empty_index_says_how_to_build_one(settings_factory):
    result = run_kb(settings_factory(), "ask", "딥페이크 처벌")
    assert result.returncode == 1
    assert "kb build" in result.stderr
