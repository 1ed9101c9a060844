"""The law's calendar on small synthetic statutes: when each wording of an article was in force.

Five versions of one invented law, written in the legalize-kr layout, exercise each rule once:

- V1 (공포 2019-12-01, 시행 2020-01-01): 제1조, and 제2조 with "5년".
- V2 (공포 2020-03-01, 시행 2020-06-02): 제2조 becomes "7년", but its 부칙 delays that change to
  2020-09-01 ("다만, 제2조의 개정규정은 2020년 9월 1일부터 시행한다"): the "5년" wording stays law until then.
- V3 (공포 2020-10-01, 시행 2021-04-01) adds 제3조 "갑", but V4 (공포 2020-11-01, 시행 2020-11-01)
  is promulgated later and applies earlier, with 제3조 already rewritten to "을": V3 is superseded
  before its 시행일자 and its "갑" wording is never law.
- V5 (공포 2021-03-01, 시행 2021-09-02) rewrites 제3조 to "병" and its 부칙 brings that in early
  ("다만, 제3조의 개정규정은 공포한 날부터 시행한다"): "병" applies from 2021-03-01, ending "을" there.

The index computes the intervals (``Index.refresh_validity``) from what ingest stored; the pure
parts (``in_force_intervals``, ``article_start``) are tested on their own as well.
"""
from pathlib import Path

import pytest

from kb.sources.statutes import OPEN_END, VersionStamp, article_start, covers, in_force_intervals, parse_statute

LAW = "시험용특례법"
LAW_KEY = f"{LAW}/법률"


def _statute(effective: str, promulgated: str, number: int, articles: dict[str, str], addenda: list[str]) -> str:
    """One version file: front matter, the articles (label → body) and every 부칙 so far, newest last."""
    body = "\n\n".join(f"##### {label} ({title})\n\n{text}"
                       for label, (title, text) in ((k, v.split("|", 1)) for k, v in articles.items()))
    return (f"---\n제목: 시험용 특례법\n법령MST: '{number}'\n법령구분: 법률  # 시험용 가상 법률\n공포일자: {promulgated}\n"
            f"공포번호: '{number}'\n시행일자: {effective}\n출처: https://www.law.go.kr/법령/{LAW}\n---\n\n"
            f"# 시험용 특례법\n\n## 제1장 시험 규정\n\n{body}\n\n## 부칙\n\n" + "\n\n".join(addenda) + "\n")


PURPOSE = "목적|이 법은 시험용 법률의 시행 시기를 확인함을 목적으로 한다."
OLD_PENALTY = "벌칙|허위 영상물을 반포한 자는 5년 이하의 징역에 처한다."
NEW_PENALTY = "벌칙|허위 영상물을 반포한 자는 7년 이하의 징역에 처한다. <개정 2020.3.1>"
A1 = "부칙 <제100호,2019.12.1>\n\n이 법은 2020년 1월 1일부터 시행한다(가상 부칙)."
A2 = ("부칙 <제200호,2020.3.1>\n\n이 법은 공포 후 3개월이 경과한 날부터 시행한다(가상 부칙). "
      "다만, 제2조의 개정규정은 2020년 9월 1일부터 시행한다.")
A3 = "부칙 <제300호,2020.10.1>\n\n이 법은 공포 후 6개월이 경과한 날부터 시행한다(가상 부칙)."
A4 = "부칙 <제400호,2020.11.1>\n\n이 법은 공포한 날부터 시행한다(가상 부칙)."
A5 = ("부칙 <제500호,2021.3.1>\n\n이 법은 공포 후 6개월이 경과한 날부터 시행한다(가상 부칙). "
      "다만, 제3조의 개정규정은 공포한 날부터 시행한다.")
GAP = "신고|피해자는 삭제를 요청할 수 있다(갑안).\n\n[본조신설 2020.10.1]"
EUL = "신고|피해자는 수사기관에 삭제를 요청할 수 있다(을안). <개정 2020.11.1>\n\n[본조신설 2020.10.1]"
BYEONG = "신고|피해자는 지원센터에 삭제를 요청할 수 있다(병안). <개정 2020.11.1, 2021.3.1>\n\n[본조신설 2020.10.1]"

VERSIONS = {
    "@2020-01-01": ("2020-01-01", "2019-12-01", 100, {"제1조": PURPOSE, "제2조": OLD_PENALTY}, [A1]),
    "@2020-06-02": ("2020-06-02", "2020-03-01", 200, {"제1조": PURPOSE, "제2조": NEW_PENALTY}, [A1, A2]),
    "@2021-04-01": ("2021-04-01", "2020-10-01", 300, {"제1조": PURPOSE, "제2조": NEW_PENALTY, "제3조": GAP},
                    [A1, A2, A3]),
    "@2020-11-01": ("2020-11-01", "2020-11-01", 400, {"제1조": PURPOSE, "제2조": NEW_PENALTY, "제3조": EUL},
                    [A1, A2, A3, A4]),
    "": ("2021-09-02", "2021-03-01", 500, {"제1조": PURPOSE, "제2조": NEW_PENALTY, "제3조": BYEONG},
         [A1, A2, A3, A4, A5]),
}


@pytest.fixture
def law_dir(tmp_path) -> Path:
    folder = tmp_path / "statutes"
    folder.mkdir()
    for suffix, spec in VERSIONS.items():
        (folder / f"{LAW}__법률{suffix}.md").write_text(_statute(*spec), encoding="utf-8")
    return folder


def _parsed(law_dir: Path, suffix: str):
    return parse_statute(law_dir / f"{LAW}__법률{suffix}.md")


# ---- the version in force (pure) ------------------------------------------------------------------

def test_the_version_promulgated_last_among_those_already_effective_is_in_force(law_dir):
    versions = [_parsed(law_dir, s) for s in VERSIONS]
    spans = in_force_intervals([VersionStamp(v.version_id, v.effective, v.promulgated, v.promulgation_no)
                                for v in versions])
    by_number = {v.promulgation_no: spans[v.version_id] for v in versions}
    assert by_number[100] == [("2020-01-01", "2020-06-02")]
    assert by_number[200] == [("2020-06-02", "2020-11-01")]
    assert by_number[300] == []  # superseded by 제400호 before its own 시행일자
    assert by_number[400] == [("2020-11-01", "2021-09-02")]
    assert by_number[500] == [("2021-09-02", OPEN_END)]


def test_versions_promulgated_the_same_day_are_ordered_by_their_number():
    spans = in_force_intervals([VersionStamp("low", "2022-01-01", "2021-12-01", 10),
                                VersionStamp("high", "2022-01-01", "2021-12-01", 11)])
    assert spans == {"low": [], "high": [("2022-01-01", OPEN_END)]}


def test_a_superseded_version_resumes_nothing_and_intervals_are_half_open():
    spans = in_force_intervals([VersionStamp("A", "2020-01-01", "2019-12-01", 1),
                                VersionStamp("B", "2020-05-01", "2020-04-01", 2)])
    assert covers(spans["A"], "2020-04-30") == ("2020-01-01", "2020-05-01")
    assert covers(spans["A"], "2020-05-01") is None  # the end day belongs to the next version
    assert covers(spans["B"], "2020-05-01") == ("2020-05-01", OPEN_END)
    assert covers(spans["A"], "2019-12-31") is None  # before the first version nothing was in force


# ---- 부칙 commencement of single articles (pure) -----------------------------------------------------

def test_an_addendum_delays_an_amended_article_past_its_version(law_dir):
    v2 = _parsed(law_dir, "@2020-06-02")
    assert article_start(v2, v2.article("제2조")) == "2020-09-01"
    assert article_start(v2, v2.article("제1조")) is None  # unchanged: applies with the version


def test_a_delay_already_past_in_a_later_version_is_no_longer_reported(law_dir):
    v4 = _parsed(law_dir, "@2020-11-01")
    assert article_start(v4, v4.article("제2조")) is None
    assert article_start(v4, v4.article("제3조")) is None  # 공포한 날 = its version's 시행일자


def test_an_addendum_brings_an_article_in_before_its_version(law_dir):
    v5 = _parsed(law_dir, "")
    assert v5.effective == "2021-09-02"
    assert article_start(v5, v5.article("제3조")) == "2021-03-01"
    assert article_start(v5, v5.article("제2조")) is None


# ---- the intervals the index stores for every chunk -------------------------------------------------

def _intervals(index, article: str, marker: str) -> list[tuple[str, str]]:
    chunks = [c for c in index.article_chunks(LAW_KEY, article) if marker in c.text]
    assert len(chunks) == 1, (article, marker, [c.text for c in index.article_chunks(LAW_KEY, article)])
    return chunks[0].intervals


@pytest.fixture
def calendar(ingestor, law_dir):
    report = ingestor.ingest([law_dir])
    assert [f.status for f in report.files] == ["added"] * len(VERSIONS)
    return ingestor.index


def test_an_unchanged_article_is_in_force_from_the_first_version_on(calendar):
    assert _intervals(calendar, "제1조", "목적으로") == [("2020-01-01", OPEN_END)]


def test_a_delayed_amendment_keeps_the_old_wording_in_force_until_its_day(calendar):
    assert _intervals(calendar, "제2조", "5년") == [("2020-01-01", "2020-09-01")]
    assert _intervals(calendar, "제2조", "7년") == [("2020-09-01", OPEN_END)]


def test_the_wording_of_a_superseded_version_is_never_in_force(calendar):
    assert _intervals(calendar, "제3조", "갑안") == []


def test_an_early_commencement_ends_the_previous_wording_on_that_day(calendar):
    assert _intervals(calendar, "제3조", "을안") == [("2020-11-01", "2021-03-01")]
    assert _intervals(calendar, "제3조", "병안") == [("2021-03-01", OPEN_END)]


def test_refreshing_again_changes_nothing(calendar):
    before = {a: sorted(c.intervals for c in calendar.article_chunks(LAW_KEY, a)) for a in ("제1조", "제2조", "제3조")}
    calendar.refresh_validity(LAW_KEY)
    after = {a: sorted(c.intervals for c in calendar.article_chunks(LAW_KEY, a)) for a in ("제1조", "제2조", "제3조")}
    assert after == before
