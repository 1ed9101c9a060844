"""A victim's identity made public is another offence than the image spread: the question is read as asking about
it (no 'distribute' conduct, so no deepfake penalty first) and the cards on keeping a victim's identity secret
state its premise."""
import pytest

from kb.answer.disclosure import identity_not_image
from kb.answer.premises import premise
from kb.answer.understanding import understand

IDENTITY_MADE_PUBLIC = [
    "누가 커뮤니티에 제 실명을 올리면서 그 합성 피해자라고 했어요. 이것도 처벌받아요?",
    "반 애들이 제 이름까지 퍼뜨렸어요 딥페이크 피해자라고",
    "제 신상 공개됐어요 처벌되나요",
    "somebody posted my full name and said i'm the girl in the fake video. is that illegal",
    "a page is sharing her school and address, saying she's the deepfake victim",
    "someone doxxed me after the deepfake went around",
]
IMAGE_SPREAD = [
    "학교 단톡방에 제 합성사진을 올렸어요",
    "반 친구가 딥페이크를 올렸어요 처벌돼요?",
    "someone posted the deepfake and my name",
    "he posted my deepfake online with my school tagged",
    "제 이름으로 검색하면 영상이 나와요",
]


@pytest.mark.parametrize("question", IDENTITY_MADE_PUBLIC)
def test_a_name_or_school_made_public_is_read_as_the_victims_identity_disclosed(question):
    assert identity_not_image(question)
    assert "distribute" not in understand(question).conducts
    assert premise(question, understand(question), ["privacy", "victim-identity"]) == 1


@pytest.mark.parametrize("question", IMAGE_SPREAD)
def test_the_image_spread_is_no_identity_disclosure(question):
    assert not identity_not_image(question)
    assert premise(question, understand(question), ["privacy", "victim-identity"]) == 0


def test_a_deepfake_victim_named_as_such_has_made_nothing():
    assert "make" not in understand("그 합성 피해자가 저라는 소문이 돌아요").conducts
    assert "make" in understand("친구가 제 얼굴을 합성했어요").conducts
