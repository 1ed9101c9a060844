"""The law's vocabulary is defined once (`kb.law.vocabulary`) and the other layers use its keys: every
conduct and material a question can name has its statute words and articles, every matrix row and material
has a Korean and an English name, and article labels are built and cited one way."""
import pytest

from kb.answer import understanding
from kb.law import vocabulary as v


def test_a_question_names_only_conducts_and_materials_the_vocabulary_defines():
    assert set(understanding.CONDUCTS) == set(v.CONDUCTS)
    assert set(understanding.MATERIALS) == set(v.MATERIALS)


def test_every_conduct_falls_in_a_matrix_row_or_says_it_has_none():
    rows = {c.matrix_row for c in v.CONDUCTS.values()}
    assert rows - {None} == set(v.MATRIX_ROWS)
    assert v.CONDUCTS["view"].matrix_row == "possess" and v.CONDUCTS["make"].matrix_row == "create"
    assert v.CONDUCTS["confiscate"].matrix_row is None and v.CONDUCTS["confiscate"].articles


def test_every_name_is_given_in_korean_and_english():
    for table in (v.MATRIX_ROWS, v.MATERIALS):
        for entry in table.values():
            assert set(entry.words) == {"ko", "en"} and all(entry.words.values()), entry.key
    assert all(set(names) == {"ko", "en"} for names in v.VICTIMS.values())


def test_every_material_has_the_article_that_punishes_it_and_the_one_on_threats():
    for material in v.MATERIALS.values():
        assert material.statute_terms and material.articles and material.threat_articles, material.key
        assert all(law in (v.SEXUAL_CRIMES, v.YOUTH) and article.startswith("제")
                   for law, article in material.articles + material.threat_articles)


def test_a_matrix_row_recognises_its_penalty_line():
    line = "③ 영리를 목적으로 제1항의 편집물등을 반포등을 한 자는 7년 이하의 징역에 처한다."
    assert v.MATRIX_ROWS["sell"].shows(line) and not v.MATRIX_ROWS["distribute"].shows(line)
    assert v.MATRIX_ROWS["possess"].shows("④ 편집물등을 소지ㆍ구입ㆍ저장 또는 시청한 자는 3년 이하의 징역에 처한다.")
    assert v.PRESCRIBES.search("몰수한다") and not v.SENTENCES.search("몰수한다")


@pytest.mark.parametrize("text", ["14조의2", "제14조의2", "14-2", "Article 14-2", "제 14 조의 2"])
def test_an_article_written_any_way_has_one_label(text):
    assert v.normalise_article(text) == "제14조의2"


def test_article_labels_are_built_and_cited_one_way():
    assert v.article_key(14, 2) == "제14조의2" and v.article_key("11", None) == "제11조"
    assert v.paragraph_label("제14조의2", 4) == "제14조의2 제4항" and v.paragraph_key(4) == "제4항"
    assert v.article_label("제14조의2 제4항", "en") == "Article 14-2(4)"
    assert v.article_label("제11조", "en") == "Article 11"
    assert v.article_label("제14조의2 제4항", "ko") == "제14조의2 제4항"
    assert v.article_in_english("부칙") == "부칙"
    assert v.version_label("법률", 20459, "2024-10-16", "2024-10-16") == "법률 제20459호 (공포 2024-10-16, 시행 2024-10-16)"
    with pytest.raises(ValueError):
        v.normalise_article("부칙")
