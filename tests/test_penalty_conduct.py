"""A penalty line names what its paragraph punishes, in the paragraph's own verbs: an article's paragraphs
carry different penalties (제14조의2: editing 7 years, possessing or viewing 3), so "제14조의2 제4항: 3년 이하"
alone does not tell a reader whether buying is the act it punishes. Read from the statute text at run time."""
import pytest

from kb.law.provisions import in_force
from kb.law.vocabulary import SEXUAL_CRIMES, punished_conduct


def _conducts(index, article, as_of, language):
    return {p.label: punished_conduct(p.text, language) for p in in_force(index, SEXUAL_CRIMES, article, as_of)}


def test_each_paragraph_of_the_deepfake_article_is_named_by_its_own_verbs(built_kb):
    named = _conducts(built_kb[0].index, "제14조의2", "2026-11-21", "ko")
    assert named["제14조의2 제1항"] == "편집·합성·가공"
    assert named["제14조의2 제2항"] == "반포"
    assert named["제14조의2 제3항"].startswith("영리 목적")
    assert named["제14조의2 제4항"] == "소지·구입·저장·시청"  # in the order the paragraph lists them
    english = _conducts(built_kb[0].index, "제14조의2", "2026-11-21", "en")
    assert english["제14조의2 제4항"] == "possessing, buying, storing or viewing"


def test_a_word_inside_a_noun_is_no_conduct_and_a_long_list_is_cut(built_kb):
    before = _conducts(built_kb[0].index, "제14조", "2024-01-01", "ko")
    # ② distributes "촬영물" (filmed material): filming is not what it punishes; ① films
    assert "촬영" not in before["제14조 제2항"] and before["제14조 제1항"] == "촬영"
    assert before["제14조 제2항"].endswith(" 등")  # 반포·판매·임대·제공 and 전시·상영 beyond the four named
    threats = _conducts(built_kb[0].index, "제14조의3", "2026-11-21", "ko")
    assert threats["제14조의3 제1항"] == "협박" and threats["제14조의3 제2항"] == "강요"


def test_an_answer_about_buying_names_buying_beside_the_penalty(built_kb):
    answer = built_kb[0].ask("딥페이크 영상을 돈 주고 산 사람도 처벌돼요?").answer
    assert "제14조의2 제4항(소지·구입·저장·시청): 3년 이하의 징역" in answer


def test_an_aggravated_form_named_beside_its_base_offence_is_the_first_penalty(full_kb):
    """Spreading for profit is distributing's aggravated form: its paragraph (제14조의2 제3항, at least 3 years) answers
    first, not the plain distribution paragraph the question's first verb names."""
    answer = full_kb.ask("how much prison for spreading deepfake porn online to make money?")
    assert "14-2(3)" in answer.answer.split("\n")[0], answer.answer[:300]
    korean = full_kb.ask("딥페이크를 돈 벌려고 인터넷에 퍼뜨리면 몇 년 받아요?")
    assert "제14조의2 제3항" in korean.answer.split("\n")[0], korean.answer[:300]


def test_a_purpose_the_paragraph_required_is_named_with_its_conduct(built_kb):
    """Until 2024-10-15 making a sexual deepfake was a crime only "반포등을 할 목적으로": an answer to "he made it just
    for himself" that gave 5 years for editing, without the purpose, said the opposite of the law then. The purpose
    is read from the paragraph's wording; the current wording has none."""
    from kb.law.vocabulary import required_purpose

    def purposes(as_of, language):
        return {p.label: required_purpose(p.text, language)
                for p in in_force(built_kb[0].index, SEXUAL_CRIMES, "제14조의2", as_of)}

    assert purposes("2024-09-15", "ko")["제14조의2 제1항"] == "반포등을 할 목적으로 한 경우"
    assert "purpose of distributing" in purposes("2024-09-15", "en")["제14조의2 제1항"]
    assert purposes("2026-11-21", "ko")["제14조의2 제1항"] == ""


@pytest.mark.parametrize("question, as_of, said", [
    ("남사친이 제 얼굴로 합성물을 만들었는데 혼자 보려고 했대요. 처벌 안 되나요?", "2024-09-15", "반포등을 할 목적으로 한 경우"),
    ("my ex made a deepfake of me just for himself, can he be charged?", "2024-09-15", "purpose of distributing"),
    ("남사친이 제 얼굴로 합성물을 만들었는데 혼자 보려고 했대요. 처벌 안 되나요?", None, "반포등을 할 목적으로 한 경우"),
])
def test_the_editing_penalty_before_2024_10_16_says_it_needed_a_purpose_to_distribute(full_kb, question, as_of, said):
    """On a date before the change the penalty line names the purpose; today the line on how it read before does."""
    answer = full_kb.ask(question, as_of=as_of).answer
    line = next(line for line in answer.split("\n") if "5년 이하" in line or "5 years" in line)
    assert said in line, answer


def test_the_paragraphs_that_punish_spreading_later_against_the_persons_will_say_so(built_kb):
    from kb.law.vocabulary import later_against_will

    index = built_kb[0].index
    for article, paragraph in (("제14조", "제14조 제2항"), ("제14조의2", "제14조의2 제2항")):
        texts = {p.label: p.text for p in in_force(index, SEXUAL_CRIMES, article, "2026-11-21")}
        assert later_against_will(texts[paragraph], "en").startswith("also when it was made with consent"), paragraph
        assert all(not later_against_will(text, "ko") for label, text in texts.items() if label != paragraph)


@pytest.mark.parametrize("question, article, words", [
    # before: the deepfake-sharing card answered the filmed one, and neither line said that consent at the time
    # does not excuse spreading it later
    ("i let my ex film us back then but now he posted it. is that still illegal since i agreed?", "Article 14(2)",
     "made with consent"),
    ("사귈 때 찍은 영상을 헤어지고 나서 올렸어요 제가 찍는 거 허락했는데 처벌되나요?", "제14조 제2항", "동의했어도"),
    ("남친이랑 서로 얼굴 합성한 사진 만드는 거 동의했었는데 헤어지고 나서 걔가 퍼뜨렸어요. 처벌 안 되나요?", "제14조의2 제2항",
     "동의했어도"),
])
def test_asked_about_consent_given_at_the_time_the_penalty_line_says_later_spreading_is_punished(full_kb, question,
                                                                                                 article, words):
    first = full_kb.ask(question).answer.split("\n")[0]
    assert article in first and words in first, first


def test_a_person_filmed_in_everyday_words_is_filmed_material_but_not_the_photo_a_deepfake_was_made_from():
    from kb.answer.understanding import understand

    assert understand("he filmed us without asking and posted it").materials == ["filmed"]
    assert understand("사귈 때 찍은 영상을 올렸어요").materials == ["filmed"]
    assert "filmed" not in understand("제가 찍은 셀카로 합성 사진을 만들었대요").materials
