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


@pytest.mark.parametrize("question", [
    # a thing stolen or lost, with no image of anyone on it
    "학교에서 지갑 도난당했는데 경찰에 신고 돼요?",
    "체육복 잃어버렸는데 누가 가져간거같아요",
    # a photo of school life or paperwork asked about as such
    "교복 입고 찍은 졸업사진 언제 나와요",
    "증명사진 어디서 찍어요",
])
def test_a_thing_stolen_or_lost_or_an_everyday_photo_is_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    # a young offender named by the clipped word 촉법 (촉법소년), which ends in 법 and is no law's name
    "촉법 가해자 부모한테 경찰이 연락함?",
    "걔 촉법이라 처벌 안받는대요",
    # a phone lost, and the images on it spread
    "폰 분실했는데 누가 제 사진 올렸어요",
    # a school photo misused
    "졸업사진으로 누가 합성했어요",
    "체육대회 사진에 제 치마속 찍혔어요",
])
def test_the_fields_questions_with_words_of_theft_or_law_stay_in_scope(question):
    from kb.answer.scope import in_scope

    assert in_scope(question)


@pytest.mark.parametrize("question, expected", [
    ("챗지피티로 숙제하면 걸려요?", True),
    ("AI로 숙제해도 돼요?", True),
    # a person or a body named: the model still looks
    ("AI 앱으로 친구 사진 벗기는 법", False),
])
def test_ai_as_an_everyday_tool_is_answered_before_the_model_looks(question, expected):
    from kb.answer.safety_gate import answered_first

    assert answered_first(question) is expected


def test_a_reason_told_and_a_place_on_a_platform_are_not_unheard_asks():
    known = known_words(["학교 교장은 사건을 축소하거나 은폐해서는 안 됩니다. 신고는 경찰에 합니다. 공유방"])
    assert unheard("교장이 학교 평판 때문에 딥페이크 사건 덮으려고 해요", known) == []
    assert unheard("디코서버에 딥페 공유방있대요 신고어디다해요", known) == []
    assert unheard("학교 평판이 어떻게 되나요", known) == ["평판"]
