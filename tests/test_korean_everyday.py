"""Korean questions as people type them: everyday matters beside the field's words are out of it, and the
field's own slang and clipped words are heard as what they mean."""
import pytest

from kb.answer.unheard import known_words, unheard


@pytest.mark.parametrize("question", [
    # a theft, unpaid wages, school life and AI in general: nothing sexual, however close the words come
    "친구가 내 에어팟 훔쳐갔는데 신고하면 처벌돼요?",
    "알바비 못받았는데 어디에 신고해요",
    "학교 급식 맛없는데 교육청에 민원 넣을수있어요?",
    "교복 치마 길이 규정 어기면 벌점 받아요?",
    "AI 그림 그려주는 사이트 추천해줘",
    "인공지능으로 목소리 바꾸는 앱 써도 돼요?",
    "which AI app is best for my homework essay",
])
def test_everyday_matters_beside_the_fields_words_are_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    "AI로 친구 얼굴 합성하는 앱 써도 돼요?",
    "AI 그림 앱도 인공지능기본법상 표시 의무가 있나요?",
    "남친이 제 폰 훔쳐서 사진 퍼뜨렸어요",
    "ㅠㅠ 신고하면 걔 감옥가?",
    "딥페 뿌린 애 감방 가요?",
])
def test_the_fields_questions_in_everyday_words_stay_in_scope(question):
    from kb.answer.scope import in_scope

    assert in_scope(question)


def test_prison_in_everyday_words_is_the_fields_word_not_an_unheard_one():
    known = known_words(["유포하면 7년 이하의 징역에 처합니다."])
    assert unheard("걔가 합성한거 뿌렸는데 신고하면 걔 진짜 감방가요?", known) == []


def test_a_clipped_word_hidden_inside_longer_words_of_the_sources_is_still_unheard():
    # before: 학생부 (the school record) was taken as heard because 가해학생부모 holds its syllables
    known = known_words(["가해학생 부모에게 알립니다.", "조치를 받은 학생부터 적용하고 기록합니다."])
    assert unheard("학폭 처분 받으면 학생부에 기록 남아요?", known) == ["학생부"]
    assert unheard("가해학생 부모에게도 알려요?", known) == []
