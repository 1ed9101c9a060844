"""The days a line names, and a line that tells only of what began after the date an answer is for."""
import re

import pytest

from kb.answer.dates import days_named, only_later


@pytest.mark.parametrize("line, days", [
    ("Since 21 June 2025 the law requires it", ["2025-06-21"]),
    ("2024년 10월 16일부터 형량은 달라졌습니다", ["2024-10-16"]),
    ("조항 신설(2020년 3월 24일 공포, 2020년 6월 25일 시행)", ["2020-03-24", "2020-06-25"]),
    ("in force from 2024-10-16", ["2024-10-16"]),
    ("June 4, 2025 and October 2024", ["2025-06-04", "2024-10-01"]),
    ("2025년 6월 시행", ["2025-06-01"]),
    ("between 2019 and 2025", ["2019-01-01", "2025-01-01"]),
    ("up to 7 years or KRW 50 million", []),
])
def test_the_days_a_line_names_are_read_as_their_first_day(line, days):
    assert sorted(days_named(line)) == sorted(days)


def test_a_line_is_only_of_later_law_when_every_day_it_names_is_later():
    assert only_later("Since 21 June 2025 the law requires it", "2023-07-01")
    assert not only_later("From 25 June 2020 until just before 16 October 2024", "2023-07-01")
    assert not only_later("up to 7 years", "2023-07-01")   # no day named: not said to be later


def test_an_answer_for_a_date_the_asker_set_says_nothing_only_of_later_law(full_kb):
    # before: "Since 21 June 2025 the law requires …" opened an answer asked as of 1 July 2023
    answer = full_kb.ask("What did the law say about deepfakes?", as_of="2023-07-01")
    for line in answer.answer.splitlines():
        if re.search(r"\[\d+\]", line):
            assert not only_later(re.sub(r"\(As of [^)]*\)", "", line), "2023-07-01"), line
