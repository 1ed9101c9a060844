"""Statute files in the legalize-kr layout: parsing, chunking and the version in force on a date."""
import re
from pathlib import Path

import pytest

from kb.errors import BadSource
from kb.index.chunking import chunk_statute
from kb.sources.statutes import VersionStamp, covers, in_force_intervals, parse_statute

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "statutes"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus/statutes is not beside this checkout")
SEXUAL_CRIMES = "성폭력범죄의처벌등에관한특례법__법률"


def version(suffix: str = ""):
    return parse_statute(SHARED / f"{SEXUAL_CRIMES}{suffix}.md")


@needs_shared
def test_front_matter_becomes_version_metadata():
    v = version("@2024-10-16")
    assert v.title == "성폭력범죄의 처벌 등에 관한 특례법"
    assert v.kind == "법률"
    assert (v.effective, v.promulgated, v.promulgation_no) == ("2024-10-16", "2024-10-16", 20459)
    assert v.law_key == "성폭력범죄의처벌등에관한특례법/법률"
    assert v.url.startswith("https://www.law.go.kr/법령/")
    assert v.version_url.endswith("/(20459,20241016)")


@needs_shared
def test_articles_paragraphs_and_amendment_tags_are_parsed():
    article = version("@2024-10-16").article("제14조의2")
    assert article.title == "허위영상물 등의 반포등"
    assert [p.number for p in article.provisions] == [1, 2, 3, 4, 5]
    fourth = article.provisions[3].text
    assert fourth.startswith("④ ") and "소지ㆍ구입ㆍ저장 또는 시청한 자는 3년 이하의 징역" in fourth
    assert "2024-10-16" in article.added and "2024-10-16" in article.amended


@needs_shared
def test_items_are_unescaped_and_kept_with_their_paragraph():
    school = parse_statute(SHARED / "학교폭력예방및대책에관한법률__법률.md").article("제17조")
    first = school.provisions[0].text
    assert "\n1. 피해학생에 대한 서면사과" in first.replace("  ", "")
    assert "9. 퇴학처분" in first and "\\." not in first


@needs_shared
def test_deleted_article_is_marked():
    current = version()
    assert current.article("제19조").deleted
    assert not current.article("제14조의2").deleted


@needs_shared
def test_addenda_are_parsed_with_their_labels():
    labels = [a.label for a in version("@2024-10-16").addenda]
    assert "부칙 <제20459호,2024.10.16>" in labels


@needs_shared
def test_long_article_is_split_by_paragraph_with_heading_in_every_chunk():
    chunks = [c for c in chunk_statute(version("@2024-10-16"), max_chars=400) if c.extra.get("article") == "제14조의2"]
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.text.startswith("「성폭력범죄의 처벌 등에 관한 특례법」 제14조의2(허위영상물 등의 반포등)\n")
        assert chunk.locator.startswith("제14조의2 제")
    fourth = next(c for c in chunks if "소지ㆍ구입ㆍ저장" in c.text)
    assert any(label == "제14조의2 제4항" for label, _, _ in fourth.spans)


@needs_shared
def test_chunks_start_only_at_article_paragraph_or_item_boundaries():
    """A cross-reference such as "제14조에 따른" inside a paragraph can never begin a chunk."""
    v = version()
    for chunk in chunk_statute(v, max_chars=300):
        if chunk.extra.get("addendum"):
            continue
        body = chunk.text[chunk.body_start:]
        article = v.article(chunk.extra["article"])
        assert chunk.text.startswith(f"「{v.title}」 {article.heading}\n")
        starts_paragraph = body.startswith(tuple("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"))
        starts_item = re.match(r"\s*(\d+(의\d+)?|[가-하])\. ", body) is not None
        assert starts_paragraph or starts_item or article.body.startswith(body), chunk.locator


@needs_shared
def test_unchanged_article_has_the_same_chunk_id_across_versions():
    def ids(v):
        return {c.locator: c.chunk_id for c in chunk_statute(v, 900)}
    before, after = ids(version("@2024-01-16")), ids(version("@2024-10-16"))
    assert before["제1조"] == after["제1조"]  # purpose clause unchanged
    assert before["제14조의2"] != after["제14조의2"]  # amended on 2024-10-16


def test_version_in_force_follows_promulgation_order_not_file_order():
    # B is promulgated later than A but takes effect earlier; A never applies on its own.
    stamps = [VersionStamp("A", "2020-06-25", "2020-03-24", 17086),
              VersionStamp("B", "2020-05-19", "2020-05-19", 17264),
              VersionStamp("C", "2021-01-21", "2020-10-20", 17507)]
    spans = in_force_intervals(stamps)
    assert spans["A"] == []
    assert spans["B"] == [("2020-05-19", "2021-01-21")]
    assert covers(spans["C"], "2030-01-01") == ("2021-01-21", "9999-12-31")


@needs_shared
def test_real_history_around_the_2024_amendment():
    files = [p for p in SHARED.glob(f"{SEXUAL_CRIMES}*.md")]
    versions = [parse_statute(p) for p in files]
    spans = in_force_intervals([VersionStamp(v.version_id, v.effective, v.promulgated, v.promulgation_no)
                                for v in versions])
    in_force = lambda day: next(v for v in versions if covers(spans[v.version_id], day))  # noqa: E731
    assert in_force("2024-10-01").promulgation_no == 20005
    assert in_force("2024-10-16").promulgation_no == 20459
    assert in_force("2026-11-21").promulgation_no == 21997


def test_file_without_front_matter_is_rejected(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("##### 제1조 (목적)\n\n본문", encoding="utf-8")
    with pytest.raises(BadSource, match="front matter"):
        parse_statute(path)


def test_commencement_rules_of_addenda():
    from datetime import date

    from kb.sources.statutes import commencement
    promulgated = date(2020, 3, 24)
    assert commencement("공포 후 3개월이 경과한 날", promulgated) == date(2020, 6, 25)
    assert commencement("공포한 날", promulgated) == promulgated
    assert commencement("2020년 6월 25일", promulgated) == date(2020, 6, 25)
    assert commencement("공포 후 1년이 경과한 날", promulgated) == date(2021, 3, 25)


@needs_shared
def test_addendum_delays_the_deepfake_article_to_2020_06_25():
    from kb.sources.statutes import article_start
    v = version("@2020-05-19")
    assert article_start(v, v.article("제14조의2")) == "2020-06-25"
    assert article_start(v, v.article("제1조")) is None


@needs_shared
def test_amendments_not_yet_in_force_in_the_newest_file_are_found():
    from kb.sources.statutes import article_start
    youth = parse_statute(SHARED / "아동ㆍ청소년의성보호에관한법률__법률.md")
    assert article_start(youth, youth.article("제34조")) == "2026-12-10"


@needs_shared
def test_an_addendum_can_bring_an_article_in_before_its_version():
    """부칙 <제20462호,2024.10.16>: the act applies six months after promulgation (2025-04-17), "다만 …
    제11조의2의 개정규정은 공포한 날부터 시행한다" — the threat/coercion article from 2024-10-16."""
    from kb.sources.statutes import article_start
    youth = parse_statute(SHARED / "아동ㆍ청소년의성보호에관한법률__법률@2025-04-17.md")
    assert youth.effective == "2025-04-17"
    assert article_start(youth, youth.article("제11조의2")) == "2024-10-16"
    assert article_start(youth, youth.article("제11조")) is None


@needs_shared
def test_another_laws_addendum_of_the_same_day_does_not_delay_an_article():
    """Three acts of 2025-04-22 amended the youth law: its own (부칙 <제20931호>: from promulgation, but a listed few
    articles six months on) and two other laws' in passing (부칙(건강가정기본법) <제20929호>, 부칙(아이돌봄 지원법)
    <제20932호>, six months and a year on). 제11조 ⑤ (buying, possessing or viewing exploitation material, the
    knowledge requirement dropped) took effect on 2025-04-22, not on another law's date."""
    from kb.sources.statutes import article_start
    youth = parse_statute(SHARED / "아동ㆍ청소년의성보호에관한법률__법률@2025-04-22.md")
    assert article_start(youth, youth.article("제11조")) is None
    # the own act's exception, a list of articles across commas: "다만, 제15조의2, 제25조의2제1항, 제34조제2항제16호,
    # … 및 같은 조 제4항의 개정규정은 공포 후 6개월이 경과한 날부터"
    later = parse_statute(SHARED / "아동ㆍ청소년의성보호에관한법률__법률@2025-10-01.md")
    assert article_start(later, later.article("제34조")) == "2025-10-23"
    assert article_start(later, later.article("제15조의2")) == "2025-10-23"


@needs_shared
def test_an_exception_listing_several_articles_delays_each_of_them():
    from kb.sources.statutes import article_start
    stalking = parse_statute(SHARED / "스토킹범죄의처벌등에관한법률__법률@2023-07-11.md")  # 부칙 <제19518호,2023.7.11>
    assert article_start(stalking, stalking.article("제9조")) == "2024-01-12"
    assert article_start(stalking, stalking.article("제10조")) == "2024-01-12"
