"""Questions near the field that its sources do not answer (issue 17, item 5): other wrongs told with the field's
everyday words (a photo, a camera, a chat room, a teacher), other countries' law asked at length, the people and
figures no source names, and a word no source uses asked with no word only this field uses. Each family is out;
the field's own questions beside them stay in."""
import pytest


@pytest.mark.parametrize("question", [
    # a person's likeness used without leave, with no sexual image: portrait rights, impersonation, an advert
    "가게 사장님이 제 사진을 허락 없이 광고 전단에 넣었어요 초상권 침해 맞죠?",
    "방송 촬영 중에 제 얼굴이 그대로 나왔는데 초상권으로 소송할 수 있나요?",
    "누가 제 사진 도용해서 당근마켓에 사칭 계정 만들었어요",
    "A gym used my workout photo in their ad without my permission. Can I sue?",
    "someone set up a fake facebook profile with my pictures and is pretending to be me",
    "a guy is catfishing girls online using my brother's photos",
    # a camera that watches a home, a shop or a road, with no one filmed in a sexual way
    "윗집 사람이 복도에 CCTV 달아서 우리 집 문을 찍어요 괜찮은 거예요?",
    "Our neighbour's doorbell camera records our front yard all day, is that allowed?",
    # school life: a phone taken in class, homework
    "담임쌤이 조회 시간에 폰 걷어가서 안 돌려줘요",
    "My teacher took my phone away in class and won't give it back until Friday",
    "친구가 제 숙제 베껴서 냈는데 제가 혼났어요",
    # wages not paid, said without the word "wages"
    "the cafe I work at part-time still hasn't paid me for last month",
    # a figure no source holds: what victims usually get in damages
    "딥페이크 피해로 손해배상 청구하면 평균 얼마 정도 받을 수 있어요?",
    "How much money do deepfake victims usually get when they sue for damages?",
    # figures of the current year and years to come, however they are worded
    "How many deepfake offenders were arrested in Korea in 2027?",
    "딥페이크 범죄 검거 건수 2027년 기준으로 알려줘",
    # the name of a person who helps or serves, and who proposed a law
    "해바라기센터 상담사 선생님 이름 좀 알려주세요",
    "Can you give me the name of a lawyer at the Digital Sex Crime Victim Support Center?",
    "Which lawmaker sponsored the amendment that punishes watching deepfakes?",
    "딥페이크 소지죄 법안 누가 발의했어요?",
    # another country's law, asked at length after the country as the topic
    "호주는 학생들이 만든 성적 딥페이크를 어떤 식으로 처벌하나요?",
    "영국에서는 친구 얼굴로 만든 딥페이크를 공유하기만 해도 처벌을 받나요?",
])
def test_a_question_near_the_field_that_no_source_answers_is_out_of_scope(question):
    from kb.answer.scope import in_scope, out_of_scope

    assert out_of_scope(question) and not in_scope(question)


@pytest.mark.parametrize("question", [
    # the same everyday words, with a sign that someone was filmed or faked against their will
    "학원 탈의실에 CCTV 같은 카메라가 숨겨져 있었어요",
    "My neighbour put a camera facing my bathroom window",
    "someone made a fake profile and posted nude deepfakes of me on it",
    "누가 제 사진 도용해서 합성한 야한 사진을 올렸어요",
    "선생님이 폰 걷었는데 그 폰에 몰래 찍은 영상이 있었대요",
    # a person told of in the story, and a country the asker is from, not asked about
    "상담사 선생님이 제 얘기를 부모님한테 말해도 돼요?",
    "호주에서 온 교환학생인데 같은 반 애가 제 얼굴로 딥페이크를 만들었어요 신고할 수 있나요?",
    # a year in the story, not statistics asked for
    "2027년에 졸업하는데 그 전에 딥페이크 가해자 징계 끝나요?",
    # being filmed in a toilet or changing room, told without a word for filming
    "화장실 칸 위로 누가 폰을 들이밀었어요",
    "someone held a phone under the stall door in the girls' bathroom",
    # what a school does about a case, and proof kept, asked without a word of the crime
    "will the school inform the other kids' parents about my case?",
    "is the school allowed to punish him before the police finish?",
    "what counts as proof if the chat gets wiped",
])
def test_the_fields_own_questions_beside_those_words_stay_in_scope(question):
    from kb.answer.scope import in_scope

    assert in_scope(question)


def test_a_camera_at_school_is_no_camera_at_home():
    from kb.answer.scope import out_of_scope

    # the schools' CCTV is a card's subject (school violence prevention)
    assert not out_of_scope("학교 CCTV 통합 관제는 누가 해요?")
    assert not out_of_scope("Can the school put more CCTV cameras in hallways to stop bullying?")


@pytest.mark.parametrize("question, named", [
    ("유튜버가 길에서 찍은 영상에 제 얼굴이 나왔어요", False),
    ("someone made a fake account with my name", False),
    ("Can my neighbour's camera record my yard?", False),
    ("누가 화장실에서 저를 찍었어요", True),
    ("a fake nude of me is going around", True),
    ("딥페 신고하려면 뭐가 필요해요?", True),
    ("he was filming me while I was getting changed", True),
])
def test_a_filming_word_is_the_fields_only_with_a_sign_of_the_harm(question, named):
    from kb.answer.scope import field_named

    assert field_named(question) is named


def test_a_word_no_source_uses_asked_with_no_word_only_the_field_uses_is_an_abstention(full_kb):
    # each asks about what no stored text names (portrait rights, a dating app's catfish) and names no word of the
    # field in its sense: the closest card is another question's answer, so the answer abstains
    for question in ("동네 사진관이 제 증명사진을 허락 없이 가게 앞에 걸어놨어요 초상권 침해죠?",
                     "a stranger on a dating app is catfishing people with my selfies"):
        answer = full_kb.ask(question)
        assert answer.abstained and not answer.citations, question
    # a word no source uses in a question of the field is still answered, opening with what the sources lack
    answer = full_kb.ask("딥페이크 피해자도 범죄피해자 구조금 받을 수 있나요?")
    assert not answer.abstained and "구조금" in answer.answer.splitlines()[0]


@pytest.mark.parametrize("question", [
    # a film, a book, an app asked for by recommendation: the sources are laws and guidance, not reviews
    "딥페이크 다룬 다큐멘터리 추천해 주세요",
    "can you suggest a good book about deepfakes for my class",
    "What's the best app for spotting deepfake videos?",
    # a child hit by a carer outside school: child-abuse law no source here holds
    "태권도 관장님이 우리 아들을 때렸어요 신고할 수 있나요?",
    "the babysitter slapped my toddler, can I report her",
    # a company's data breach
    "a shopping site had a data breach and my address leaked, can I get compensation?",
])
def test_a_recommendation_a_carers_blow_or_a_data_breach_is_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    "딥페이크 피해 상담받을 수 있는 곳 추천해 주세요",
    "Which app is best for reporting a deepfake to the police?",
    "A colleague abused a pupil. Do I have to report it?",
    "학원 강사가 제 딸 몸을 만지고 때렸어요",
])
def test_help_recommended_or_a_sexual_harm_by_a_carer_stays_in(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)


def test_an_edited_picture_is_the_fields_word_and_is_answered_near_the_relevance_line(full_kb):
    from kb.answer.scope import field_named

    assert field_named("some boys edited a picture of my daughter and are passing it around")
    # retrieval's best match is just under the relevance line; a word only the field uses holds it in
    answer = full_kb.ask("some boys edited a picture of my daughter and are passing it around")
    assert not answer.abstained and not answer.refused


@pytest.mark.parametrize("question", [
    "Which documents are proof of residence for a school enrolment?",
    "what time does school start in korea",
])
def test_a_school_or_a_proof_of_another_matter_is_no_word_of_the_field(question):
    from kb.answer.scope import in_scope

    assert not in_scope(question)
