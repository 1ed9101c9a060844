"""`kb coverage`: every provision and service people ask about, what answers it and what tests it."""
import json

from kb.evaluation.coverage import engine_articles, in_field, sets_of
from tests.test_cli import run_kb

ACT = "성폭력범죄의처벌등에관한특례법/법률"


def test_what_an_article_sets_is_read_from_its_words():
    assert sets_of("② … 7년 이하의 징역 또는 5천만원 이하의 벌금에 처한다.") == ["penalty"]
    assert "duty" in sets_of("학교의 장은 … 지체 없이 분리하여야 한다.")
    assert "right" in sets_of("피해자는 … 변호사를 선임할 수 있다.")
    assert sets_of("이 법은 공포한 날부터 시행한다.") == []


def test_a_law_far_beyond_the_field_counts_only_where_it_touches_it():
    act = "성폭력범죄의처벌등에관한특례법"  # a law's name (Law.name), as in_field takes it
    assert in_field(act, "카메라 등을 이용한 촬영", "…")
    assert not in_field(act, "목적", "이 법은 …")
    network = "정보통신망이용촉진및정보보호등에관한법률"
    assert in_field(network, "정보의 삭제요청 등", "사생활 침해 또는 명예훼손 등 타인의 권리를 침해하는 경우 …")
    assert not in_field(network, "전자문서중계자의 지정", "전자문서를 중계하는 자는 …")


def test_the_engine_answers_the_penalty_articles_it_routes_to():
    assert (ACT, "제14조의2") in engine_articles() and (ACT, "제14조의3") in engine_articles()


def test_coverage_lists_provisions_with_the_cards_and_eval_items_behind_them(built_kb):
    rows = {(r.law, r.article): r for r in built_kb[0].coverage() if r.kind == "provision"}
    deepfakes = rows[(ACT, "제14조의2")]
    assert deepfakes.topic == "허위영상물 등의 반포등" and deepfakes.sets == ["penalty"]
    assert "statute" in deepfakes.answered_by and "penalty-deepfake-possession" in deepfakes.answered_by
    assert "ko-victim-penalty-001" in deepfakes.eval_items
    assert (ACT, "제19조") not in rows  # repealed (삭제)
    assert all(article.startswith("제") for _, article in rows)  # no 부칙


def test_a_gap_is_marked_in_the_table_and_counted():
    from kb.evaluation.coverage import CoverageRow, markdown, summary

    rows = [CoverageRow("provision", ACT, "제14조의2", "허위영상물 등의 반포등", ["penalty"], ["statute"], ["q1"]),
            CoverageRow("provision", ACT, "제99조", "가상의 조문", ["duty"], [], [])]
    table = markdown(rows, lambda key: "성폭력처벌법")
    assert "| 제99조 | 가상의 조문 | duty | **none** | **none** |" in table
    assert summary(rows) == {"rows": 2, "provisions": 2, "services": 0, "answered": 1, "tested": 1,
                             "answered_and_tested": 1}


def test_coverage_json_has_the_documented_fields_and_services(built_kb):
    result = run_kb(built_kb[0].settings, "coverage", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"kind", "law", "article", "topic", "answered_by", "eval_items"} <= set(rows[0])
    services = [r for r in rows if r["kind"] == "service"]
    assert len(services) >= 10
    assert any("support-helpline-1366" in r["answered_by"] for r in services)
