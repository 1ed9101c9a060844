"""Question understanding: intent, conduct, material, implied date and persona from the user's own words."""
import pytest

from kb.answer.understanding import implied_date, understand


@pytest.mark.parametrize("question, intent", [
    ("딥페이크 영상을 저장만 해도 처벌받나요?", "penalty"),
    ("Can I go to jail for watching deepfake porn?", "penalty"),
    ("합성사진이 돌고 있어요 어디에 신고해요?", "reporting"),
    ("a guy in my dorm has AI nudes of me. can i go to the cops?", "reporting"),
    ("How do I get the fake nudes taken down?", "deletion"),
    ("학폭위에서 가해학생한테 전학 조치 할 수 있나요", "school_discipline"),
    ("교사인데 이런 경우 제가 신고해야 하나요?", "duty_to_report"),
    ("How many students were victims in 2024?", "statistics"),
])
def test_intent(question, intent):
    assert intent in understand(question).intents


def test_conduct_and_material():
    u = understand("친구 사진으로 딥페이크 만들어서 단톡방에 공유하면 어떻게 돼요")
    assert {"make", "distribute"} <= set(u.conducts) and "deepfake" in u.materials


@pytest.mark.parametrize("question, possess", [
    ("What evidence should I keep before I report?", False),
    ("Should I keep a screenshot and the link?", False),
    ("How do I save evidence?", False),
    ("Is it a crime to keep a deepfake video on my phone?", True),
    ("I saved the deepfake porn, is that illegal?", True),
])
def test_keeping_evidence_is_not_possession(question, possess):
    assert ("possess" in understand(question).conducts) is possess


def test_minor_victim_is_noticed():
    assert understand("중학생 사진으로 합성물을 만들면?").minor_victim


@pytest.mark.parametrize("question, day", [
    ("2024년 10월 이전에는 시청도 처벌됐나요?", "2024-09-30"),
    ("What did the law say about viewing deepfakes before October 2024?", "2024-09-30"),
    ("2020년 6월 당시 딥페이크 처벌 조항은?", "2020-06-15"),
    ("지금 처벌은 어떻게 돼요?", None),
    # a day written out in English, as aides write it
    ("What did Article 14-2 of the Sexual Violence Punishment Act say on 1 March 2024?", "2024-03-01"),
    ("what was the penalty for viewing deepfakes as of September 30, 2024", "2024-09-30"),
    ("Which paragraph applied on 2024-10-15?", "2024-10-15"),
    ("What was the law just before 16 October 2024?", "2024-10-15"),
])
def test_implied_date(question, day):
    assert implied_date(question) == day


def test_a_month_that_dates_a_survey_implies_no_date_of_the_law():
    # figures counted in a month: the route to the card that reports them stays open (a past date closes it)
    for question in ("How many respondents took part in the teachers' survey in August 2024?",
                     "2024년 8월 전교조 설문에서 피해를 입었다는 응답은 몇 %였나요?"):
        assert understand(question).implied_as_of is None, question
    # "8월 전교조": 전 begins a word there, it is not "before"
    assert implied_date("2024년 8월 전교조 설문 결과", years=False) is None
    assert implied_date("2024년 8월 전에는 소지도 처벌됐나요?") == "2024-07-31"
    assert understand("Was possessing a deepfake a crime in August 2024?").implied_as_of == "2024-08-15"


@pytest.mark.parametrize("question", ["how much did the max sentence for making deepfakes go up in 2024",
                                      "2024년에 바뀐 딥페이크 처벌 내용", "what changed in October 2024 for deepfake penalties?",
                                      "2024년 10월에 개정된 처벌 조항", "the penalty was raised in 2024, right?"])
def test_a_year_the_law_changed_in_implies_no_date_of_it(question):
    # the year says when the law changed: the question is about the law's history, answered as of today
    assert understand(question).implied_as_of is None


@pytest.mark.parametrize("question, day", [("If someone made one in 2023, before the law changed, what penalty applies?", "2023-07-01"),
                                           ("2023년에 딥페이크 만들었으면 처벌 어떻게 돼요?", "2023-07-01")])
def test_a_year_something_was_done_in_still_dates_the_question(question, day):
    assert understand(question).implied_as_of == day


@pytest.mark.parametrize("question, persona", [
    ("누가 제 얼굴로 합성사진을 만들었어요 무서워요", "victim"),
    ("우리 학교 학생이 딥페이크를 만들었는데 학교는 뭘 해야 하나요", "staff"),
    ("제14조의2 개정 연혁과 입법 공백이 궁금합니다", "aide"),
    # the asker's school role said outweighs a "me" in the story ("a student told me")
    ("i'm a homeroom teacher. a student told me about a deepfake. what am i legally required to do", "staff"),
    ("저는 중학교 교사입니다. 학생이 저한테 친구 합성사진 얘기를 했어요", "staff"),
    ("I'm a teacher and a student made a deepfake of me", "staff"),
    # a pupil telling a teacher is no teacher
    ("제가 선생님한테 말했는데 어떡해요", "victim"),
    ("i told my teacher about the fake of me, what now", "victim"),
])
def test_persona_is_detected(question, persona):
    assert understand(question).persona == persona


def test_explicit_persona_wins():
    assert understand("무서워요 도와주세요", persona="aide").persona == "aide"


def test_labelled_examples_name_the_intent_when_no_keyword_fires(built_kb):
    from kb.answer.understanding import IntentExamples

    examples = IntentExamples(built_kb[0].embedder)
    assert understand("Is that guy gonna get locked up for this?").intents == []
    assert understand("Is that guy gonna get locked up for this?", examples=examples).intents[0] == "penalty"
    assert understand("사진 다 없애고 싶어요", examples=examples).intents[0] == "deletion"
    assert understand("오늘 점심 뭐 먹지", examples=examples).intents == []


@pytest.mark.parametrize("question, other", [
    ("형법상 협박죄 처벌은 어떻게 되나요?", True),
    ("개인정보 보호법 제17조 위반인가요?", True),
    ("민법상 손해배상 청구는 어떻게 하나요?", True),
    ("What does the Criminal Act say about deepfake threats?", True),
    ("딥페이크 협박은 형법 협박죄인가요 성폭력처벌법인가요?", False),  # names an indexed law too
    ("아청법상 성착취물 소지는?", False),
    ("성보호법 위반인가요?", False),
    ("AI기본법 워터마크 의무는?", False),
    ("성폭력범죄의 처벌 등에 관한 특례법 제14조의2", False),
    ("처벌이랑 신고방법 같이 알려주세요", False),  # 방법 is no law
    ("딥페이크 만드는 방법이 불법인가요?", False),
])
def test_questions_about_laws_that_are_not_indexed(question, other):
    from kb.answer.scope import in_scope, names_only_other_laws

    assert names_only_other_laws(question) is other
    if other:
        assert not in_scope(question)


def test_a_child_without_an_image_is_a_minor_victim_not_exploitation_material():
    rape = understand("아동ㆍ청소년에 대한 강간은 처벌이 어떻게 되나요?")
    assert rape.minor_victim and "csam" not in rape.materials and rape.in_scope
    fake = understand("중학생 사진으로 합성한 영상은 어떻게 처벌되나요?")
    assert "csam" in fake.materials


@pytest.mark.parametrize("question", ["특수강간 처벌은 어떻게 되나요?", "What is the penalty for indecent acts on a crowded train?",
                                      "청소년 성매수 처벌", "성범죄자 신상정보 등록은 언제 끝나나요?"])
def test_the_other_offences_and_rules_of_the_indexed_laws_are_in_scope(question):
    assert understand(question).in_scope


@pytest.mark.parametrize("question, kinds", [
    ("딥페이크 유포하면 법정형은 어떻게 돼요?", {"penalty"}),
    ("신청받고 며칠 안에 조정을 시작해야 해요?", {"duration"}),
    ("When did the possession offence come into force?", {"date"}),
    ("전교조 조사에서 협박당한 피해자는 몇 명이었어요?", {"count"}),
    ("삭제 지원 비용은 누가 내요?", {"amount"}),
    ("What's the hotline for young people?", {"phone"}),
    # who pays, and whether it costs anything, ask for an amount
    ("상담 치료비는 누가 부담하나요?", {"amount"}),
    ("삭제 지원 받으면 돈 들어요?", {"amount"}),
    ("Is the counselling free for victims?", {"amount"}),
    ("who pays for taking it down", {"amount"}),
    ("I can't afford a lawyer", {"amount"}),
    ("feel free to tell me who made it", set()),
    ("What happens when a student reports a deepfake?", set()),  # "when" here asks for no date
    # the school's punishments asked as a whole ask for the list of them
    ("what punishments can the school give to the kid who made the deepfake", {"list"}),
    ("What disciplinary measures can the committee impose?", {"list"}),
    # the kind is read in the sentences that ask: money trouble told as a fact asks no amount
    ("I'm 16 and have to give a statement next week. My family can't pay for a lawyer. Do I have to go in alone?",
     set()),
    ("My family can't pay for a lawyer. Is a state lawyer free?", {"amount"}),
    # an aide's statute questions: a period asked in other words than "how long"
    ("Within what period must the offender submit the registration details?", {"duration"}),
    ("What is the maximum duration of a police emergency measure in a stalking case?", {"duration"}),
    ("How far in advance must the victim be told of the hearing?", {"duration"}),
    ("How many times can the court extend the stay-away order?", {"count"}),
    # where to turn asks for a place: an office, a centre, a number
    ("딥페이크 영상 삭제 지원은 어디에 요청하나요?", {"place"}),
    ("제 사진이 텔방에 돌아다닌대요 어디다 신고해요??", {"place"}),
    ("가해자 신상정보가 등록되면 그건 어디서 관리해요?", {"place"}),
    ("삭제·차단을 요청해야 하는 기관은 어디인가요?", {"place"}),
    # the thing to do named before where
    ("딥페이크 영상 삭제 요청 어디서 해요?", {"place"}),
    ("합성사진 신고는 어디로 하나요", {"place"}),
    ("Where do I report this?", {"place"}),
    ("Which agency handles takedown requests?", {"place"}),
    ("아직 어디 올린 건 아니래요. 만들기만 해도 신고 되나요?", set()),  # posted nowhere: no place asked
    ("if i testify by video link where would i actually be sitting??", set()),
    # "언제까지" asks for a deadline, not a date; "몇 개월" for a length of time, not a count
    ("입국신고서는 언제까지 내야 하나요?", {"duration"}),
    ("특별단속 기간은 몇 개월이었나요?", {"duration"}),
    # "최대 몇 년" of a prison term is the penalty alone
    ("만들기만 해도 최대 몇 년 받음?", {"penalty"}),
    # getting out of prison asks for no penalty
    ("Will he be on probation after he gets out of prison? How long can it last?", {"duration"}),
])
def test_the_kind_of_answer_a_question_asks_for(question, kinds):
    assert set(understand(question).asks_for) == kinds


@pytest.mark.parametrize("question, yes_no", [
    ("Is it a crime to make a deepfake if I never share it?", True),
    ("딥페이크 만들기만 해도 처벌받나요?", True),
    ("소지만 해도 범죄인가요", True),
    ("What is the maximum penalty for making a deepfake of an adult?", False),
    ("My classmate posted a fake nude of me. How do I get it removed?", False),
    ("형량이 어떻게 되나요?", False),
    ("딥페이크 처벌 알려주세요", False),  # asks to be told, not yes or no
    ("Can I get it deleted, and how long does it take?", False),
    # a wh-question followed by a guess at its answer still asks the wh-question
    ("상담 치료비는 누가 부담하나요? 가해자 부모가 내나요?", False),
    ("How long can he get? Is it prison?", False),
    ("I saw it in a group chat. Is sharing it a crime?", True),
    # asked in the negative, a bare yes would be misread ("네" to "안 받나요" says he is not punished)
    ("합의하면 가해자 처벌 안 받나요?", False),
    ("합의하면 가해자 처벌 받나요?", True),
    ("처벌하는 규정은 없나요?", False),
    ("Isn't it a crime to keep a deepfake?", False),
    ("Can he not be punished if we settle?", False),
    ("학교 안에서 찍어도 처벌되나요?", True),
])
def test_a_question_that_asks_yes_or_no(question, yes_no):
    assert understand(question).yes_no is yes_no


@pytest.mark.parametrize("question, day", [
    ("What penalty applied to distributing a deepfake in 2023?", "2023-07-01"),
    ("2021년 당시 허위영상물 소지 처벌은?", "2021-07-01"),
    ("2023년에 전남친이 합성 사진을 갖고 있었대요. 처벌되나요?", "2023-07-01"),
    # a year of figures is the period counted, not the date of the law
    ("딥페이크 피해 학생이 2024년에 몇 명이었어요?", None),
    ("is it true lots of students got deepfaked in 2024?", None),
    (f"What is the penalty for sharing a deepfake in {__import__('datetime').date.today().year}?", None),
])
def test_a_past_year_alone_dates_a_question_about_the_law(question, day):
    assert understand(question).implied_as_of == day


@pytest.mark.parametrize("question, conducts", [
    ("Is making a sexual deepfake of someone a crime even if it is never shared?", ["make"]),
    ("만들기만 하고 뿌리진 않았어요", ["make"]),
    ("유포는 안 했는데 처벌돼요?", []),
    ("I did not share it with anyone", []),
    ("he shared it in a group chat", ["distribute"]),
    ("친구가 단톡방에 올렸어요", ["distribute"]),
    ("he keeps saying he only made it", ["make"]),  # "keeps saying" keeps nothing
    ("he keeps the video on his phone", ["possess"]),
    # a contraction, typed with or without its apostrophe, denies the verb right after it (one word may come between)
    ("he just downloaded the fake video of me and didn't send it to anyone", ["possess"]),
    ("he didnt even share it", []),
    ("an AI porn image of a person who doesn't exist was posted online", ["distribute"]),
])
def test_a_conduct_said_not_to_have_happened_is_not_one_the_question_is_about(question, conducts):
    assert understand(question).conducts == conducts


@pytest.mark.parametrize("question", ["someone made an AI nude of me", "an ai-generated porn pic of my sister",
                                      "AI 합성 사진이 돌아요"])
def test_ai_made_nudes_are_deepfakes(question):
    assert "deepfake" in understand(question).materials


@pytest.mark.parametrize("question, day", [
    ("2024년 10월 개정 전에는 딥페이크를 저장만 한 사람을 처벌할 수 있었나요?", "2024-09-30"),
    ("Could someone who only saved a deepfake be punished before the October 2024 amendment?", "2024-09-30"),
])
def test_before_an_amendment_of_a_named_month(question, day):
    assert understand(question).implied_as_of == day


def test_the_people_who_saw_it_are_viewers():
    assert "view" in understand("내 딥페이크 본 사람도 처벌받아?").conducts


@pytest.mark.parametrize("question, under_14", [
    ("can a 12 year old go to jail for making deepfakes", True),
    ("a 13-year-old boy made a deepfake of my daughter. can he be punished?", True),
    ("12살이 딥페이크 만들면 감옥 가요?", True),
    ("13살 딸이 올린 사진으로 누가 합성했어요", False),  # the daughter posted a photo; someone else edited it
    ("My son is 13 and the school says he made a fake nude of a girl in his class. Does he go to criminal court?", True),
    ("My daughter is 13 and she says a boy made a fake of her", False),
])
def test_an_age_as_the_one_who_made_it_or_answers_for_it_names_the_doer(question, under_14):
    from kb.answer.understanding import doer_under_14

    assert doer_under_14(question) is under_14


def test_i_am_and_an_age_names_a_young_asker():
    assert understand("I am 15 and a guy made a fake of me").minor_victim
    assert not understand("I am 15 minutes away from the police station").minor_victim


def test_a_photo_said_to_have_been_edited_names_the_material_not_an_act_asked_about():
    # "합성돼서": someone else edited it; the asker saw it and asks about capturing it
    assert "make" not in understand("친구 사진이 합성돼서 서버에 올라온 걸 봤어요. 캡처해서 보내도 되나요?").conducts
    assert "make" in understand("친구 사진을 합성했어요. 처벌받나요?").conducts


@pytest.mark.parametrize("question, conducts", [
    ("my ex says he'll send an AI nude of me to my parents if I don't pay him", ["threaten"]),
    # a demand and the harm if it is not met
    ("I was asked to pay money or he will send the deepfakes to my school. is that extortion?", ["threaten"]),
    ("he threatened me and then posted it anyway", ["distribute", "threaten"]),
    ("전남친이 협박하더니 결국 뿌렸어요", ["distribute", "threaten"]),
])
def test_spreading_that_is_only_threatened_is_not_a_conduct_done(question, conducts):
    assert understand(question).conducts == conducts


def test_a_young_person_who_did_it_is_not_the_person_harmed():
    for question in ("학생이 선생님 딥페이크를 만들었어요. 처벌은?", "I'm a teacher and a student made a deepfake of me.",
                     "우리 반 학생이 교사 합성사진을 올렸어요", "teens sharing a deepfake of a teacher"):
        found = understand(question)
        assert not found.minor_victim and "csam" not in found.materials, question
    for question in ("a deepfake of my student was shared", "학생들이 반 친구 딥페이크를 만들어 돌렸어요",
                     "A student made deepfakes of classmates.", "someone made a deepfake of a student and posted it",
                     "중학생이 피해를 입었어요"):
        assert understand(question).minor_victim, question


def test_a_school_year_or_an_age_under_19_names_a_young_person():
    for question in ("중2 딸 사진으로 반 남자애들이 합성 누드를 만들었어요", "제 딸은 15살인데 딥페이크 피해를 입었어요",
                     "my 14 year old daughter's classmates made fake nudes of her", "I'm 16 and someone made a deepfake of me",
                     "someone made an AI nude of my 13yo"):
        found = understand(question)
        assert found.minor_victim and "csam" in found.materials, question
    for question in ("I'm 20 and my ex made a deepfake of me", "딥페이크 최고 3년 맞아요?", "19세 이상 성인 딥페이크 처벌",
                     "Is a 13 year old who made a deepfake punished?", "반 친구가 선생님 합성사진을 만들었어요"):
        found = understand(question)
        assert not found.minor_victim and "csam" not in found.materials, question


def test_a_young_person_who_did_it_is_noticed_and_a_university_student_is_no_minor():
    for question in ("13살이 딥페이크 만들면 처벌받아요?", "촉법소년이면 딥페이크 만들어도 처벌 못 해요?",
                     "Is a 13 year old who made a deepfake punished?", "학생이 선생님 딥페이크를 만들었어요. 처벌은?"):
        assert understand(question).minor_doer, question
    for question in ("대학생인데 누가 제 얼굴로 합성물 만들어서 커뮤에 올렸어요",
                     "I am a university student and someone made a deepfake of me"):
        found = understand(question)
        assert not found.minor_doer and not found.minor_victim and "csam" not in found.materials, question


def test_a_young_person_who_appears_in_the_image_is_the_one_harmed_not_the_one_who_made_it():
    for question in ("중학생이 나오는 성적 딥페이크 영상을 만들면 처벌받나요?", "고등학생이 찍힌 사진으로 합성물을 만들었대요",
                     "초등학생이 등장하는 합성 영상을 올리면 어떻게 돼요?"):
        found = understand(question)
        assert found.minor_victim and not found.minor_doer, question
    assert understand("중학생이 딥페이크 영상을 만들면 처벌받나요?").minor_doer


def test_a_question_that_asks_for_the_whole_list():
    assert "list" in understand("학폭위에서 가해학생한테 내릴 수 있는 조치 종류 전부 알려주세요").asks_for
    assert "list" in understand("What kinds of protection measures can the committee ask for?").asks_for
    assert "list" not in understand("딥페이크를 만들면 처벌받나요?").asks_for
    # "which measures can it take" asks for the measures, in Korean too; a penalty asked is no list
    assert "list" in understand("교권보호위원회에서 그 학생한테 어떤 조치를 할 수 있나요?").asks_for
    assert "list" in understand("학교에서 어떤 처분을 내릴 수 있어요?").asks_for
    assert "list" not in understand("어떤 처벌을 받나요?").asks_for


def test_items_numbered_inline_are_a_list():
    from kb.answer.units import ANSWER_KINDS

    assert ANSWER_KINDS["list"].search("조치 7가지: 1호 학교에서의 봉사, 2호 사회봉사, 3호 특별교육 이수")
    assert ANSWER_KINDS["list"].search("No. 1 a written apology, No. 2 no contact")
    assert not ANSWER_KINDS["list"].search("제17조 제1항 제1호에 따른 서면사과")


def test_naming_a_punishment_act_asks_nothing_about_a_penalty():
    """"The Stalking Punishment Act" and "성폭력처벌법" are names: a question about the Act's protection order is
    not asking for a penalty (its line about prison terms came first)."""
    for question in ("Once the protection order in the Stalking Punishment Act is in force, how long does an interim order run?",
                     "Under the Act on Special Cases Concerning the Punishment of Sexual Crimes, can a victim get a lawyer?",
                     "스토킹처벌법상 잠정조치는 얼마 동안 유지돼요?", "성폭력처벌법에 피해자 국선변호사 제도가 있나요?"):
        found = understand(question)
        assert "penalty" not in found.intents and "penalty" not in found.asks_for, question
    assert "penalty" in understand("성폭력처벌법 제14조의2는 처벌이 어떻게 되나요?").asks_for
    assert "penalty" in understand("What is the penalty under the Sexual Violence Punishment Act?").asks_for


def test_how_many_years_one_gets_asks_for_a_penalty():
    for question in ("만들기만 해도 최대 몇 년 받음?", "그 사람 몇 년 살아요?", "how many years could he get for that?"):
        assert "penalty" in understand(question).asks_for, question
    assert "penalty" not in understand("삭제 요청하면 며칠 걸려요?").asks_for


@pytest.mark.parametrize("question, penalty", [
    ("합성 사진 올리면 최소 몇 년이에요?", True),
    ("돈 받고 넘기면 몇 년 받나요", True),
    ("그거 찍으면 몇 년이야?", True),
    ("신상정보 등록되면 몇 년이에요?", False),   # how long a record is kept
    ("생기부에 몇 년 남아요?", False),
    ("몇 년 지나면 고소 못 해요?", False),
])
def test_a_prison_term_asked_in_years_is_the_penalty_intent_not_a_length_of_time(question, penalty):
    """"…하면 몇 년이에요" asks the penalty of the act: the penalty lines lead the routed card's answer only when the
    penalty is the question's intent, and a length of time asked is another card's answer."""
    found = understand(question)
    assert ("penalty" in found.intents) is penalty, found.intents
    assert ("duration" in found.asks_for) is not penalty, found.asks_for


@pytest.mark.parametrize("question", ["가해 학생이 고1인데 형사처벌 받나요? 만 15살이에요",
                                      "가해 학생이 만 13세라서 처벌 안 된대요"])
def test_an_offenders_age_said_after_them_is_not_the_age_of_someone_harmed(question):
    found = understand(question)
    assert found.minor_doer and not found.minor_victim


def test_a_threat_to_make_someone_do_something_is_coercion_too():
    """"…unless I send real pics" threatens in order to make the person act: coercion (성폭력처벌법 제14조의3
    제2항, 청소년성보호법 제11조의2 제2항), with its own, heavier penalty. A demand for money stays a threat."""
    for question in ("im 15. a guy has a fake of me and says hell post it unless i send him real pics",
                     "안 만나주면 합성사진 뿌린대요", "고소 취하 안 하면 다 뿌린대요"):
        assert {"threaten", "coerce"} <= set(understand(question).conducts), question
    assert "coerce" not in understand("he says hell post it unless i pay").conducts


@pytest.mark.parametrize("question, young", [
    ("I am at university and a guy in my class made a deepfake of me, what is the penalty", False),
    ("a guy in my class made a deepfake of me, im 20 and at college", False),
    ("a girl in our grade made a deepfake of me", True),
    ("im 16 at a college prep school and a guy in my class made a fake of me", True),  # an age says it
])
def test_a_classmate_at_university_is_no_child(question, young):
    found = understand(question)
    assert (found.minor_doer or found.minor_victim) is young


@pytest.mark.parametrize("question, spread", [
    ("단톡방에 누가 친구 합성사진 올렸는데 나도 그 방에 있었으면 처벌받아요?", False),
    ("someone posted a deepfake of a girl in our group chat, am i in trouble if i saw it", False),
    ("누가 제 합성사진을 올렸어요. 그 사람 처벌받아요?", True),  # the one who spread it is asked about
])
def test_another_spreading_it_is_not_the_askers_act_when_the_asker_asks_of_their_own_liability(question, spread):
    assert ("distribute" in understand(question).conducts) is spread


@pytest.mark.parametrize("question", ["선생님이 제자가 성범죄 당한 걸 알았는데 신고 안 하면 처벌받아요?",
                                      "학교가 심의위원회 소집을 안 하면 어디에 말해야 해요?"])
def test_a_duty_left_undone_is_no_threat(question):
    assert "threaten" not in understand(question).conducts


def test_an_adult_offering_money_to_meet_is_not_selling_or_possessing_material():
    # "keeps offering" keeps nothing, and money offered to a teenager buys, it does not sell
    found = understand("an adult on a chat app keeps offering me money to meet up. im 15. is that a crime?")
    assert not {"sell", "possess"} & set(found.conducts), found.conducts
    assert "sell" in understand("he made money selling deepfakes of classmates").conducts
    assert "possess" in understand("he keeps the deepfakes on his laptop").conducts
    assert "possess" in understand("he just downloaded the fake video, can he get in trouble?").conducts


def test_a_parent_naming_their_school_age_child_as_the_one_who_did_it_names_a_young_offender():
    found = understand("중학생 아들이 친구 얼굴로 딥페이크 만들었대요. 아들이 어떤 처벌 받나요?")
    assert found.minor_doer and not found.minor_victim
    # the same words with harm done to the child name the one harmed
    for question in ("중학생 딸이 합성 피해를 당했어요", "중학생 딸이 협박당했어요"):
        found = understand(question)
        assert found.minor_victim and not found.minor_doer, question


@pytest.mark.parametrize("question, conducts", [
    # a word that holds a conduct's letters is none: interview, consent, present, history, enforcement, credit
    ("does the officer who interviews me have to be a woman", []),
    ("does the victim have to consent before the police can prosecute", []),
    ("can the school present the case to the committee without me", []),
    ("what is the history of the deepfake law", []),
    ("who is in charge of enforcement of the stay-away order", []),
    ("can I get credit for counselling sessions", []),
    ("팔로워가 많은 계정이 제 사진을 올렸어요", ["distribute"]),
    # "have" is possession when what is had is the material, not "have to" or "have it taken down"
    ("Does someone convicted of making deepfakes have to register as a sex offender?", ["make"]),
    ("Can I have it taken down?", []),
    ("I have deepfakes of her on my laptop", ["possess"]),
    ("my son (16) got caught with deepfake videos of classmates on his phone", ["possess"]),
    ("he saved the pics", ["possess"]),
    ("Do I have to go to court and see him if I press charges?", []),
    ("I saw it in a group chat", ["view"]),
    # a face put on another body is making one, and the image is a deepfake
    ("what's the jail time for putting someone's face on porn and sharing it", ["make", "distribute"]),
    ("he put my face on a naked body", ["make"]),
    ("students got caught sharing fakes", ["distribute"]),
])
def test_conducts_are_words_not_letters_inside_other_words(question, conducts):
    assert understand(question).conducts == conducts


@pytest.mark.parametrize("question", ["what's the jail time for putting someone's face on porn and sharing it",
                                      "he put my face on a naked body", "내 얼굴을 야한 사진에 붙여서 올렸어요"])
def test_a_face_put_on_another_body_is_a_deepfake(question):
    assert "deepfake" in understand(question).materials


@pytest.mark.parametrize("question, minor_victim, minor_doer", [
    ("My daughter is 12 and a classmate made a fake nude of her", True, False),
    ("she's only 14 and they posted it", True, False),
    ("my daughter (15) was sent a fake", True, False),
    ("my son (16) got caught with deepfake videos on his phone", False, True),
    ("he is 30 and made a fake of his coworker", False, False),
    ("the fine is 5 million won", False, False),
    # an age alone as the subject ("만 13세 미만이 만들면"), or given before one's child ("my 16 yo son got caught making")
    ("만 13세 미만이 딥페이크 만들면 어떻게 처리돼요?", False, True),
    ("14세 미만이 만든 딥페이크에 제가 나왔어요", False, True),
    ("my 16 yo son got caught making deepfakes of girls in his class. will he go to jail or juvie?", True, True),
    # ... not a young person harmed
    ("13세 미만이 피해를 당하면 어떻게 돼요?", True, False),
    ("my 15 year old daughter was in a deepfake a boy made", True, False),
])
def test_an_age_said_of_a_person_names_a_young_person(question, minor_victim, minor_doer):
    understanding = understand(question)
    assert (understanding.minor_victim, understanding.minor_doer) == (minor_victim, minor_doer)


@pytest.mark.parametrize("question", ["what's the jail time for sharing a deepfake", "how much time would he do for it",
                                      "what's the statutory max for synthesizing sexual images now",
                                      "what's the max he could get for that"])
def test_jail_time_asks_for_a_penalty(question):
    assert "penalty" in understand(question).asks_for


@pytest.mark.parametrize("question, conducts", [
    ("Can I be charged for downloading a fake nude someone sent in a group chat?", ["possess"]),
    ("someone sent me a deepfake and I kept it", ["possess"]),
    ("he saved my pics and sent them to everyone", ["distribute", "possess"]),
])
def test_material_the_asker_was_sent_is_not_spread_by_them(question, conducts):
    assert understand(question).conducts == conducts


def test_being_charged_is_a_question_of_penalty():
    assert "penalty" in understand("Can I be charged for downloading a fake nude?").intents


@pytest.mark.parametrize("question, materials", [
    ("as an aide: what did article 14-2 say before the october 2024 amendment about viewing", ["deepfake"]),
    ("제14조의2 제4항은 언제 생겼나요?", ["deepfake"]),
    ("청소년성보호법 제14조의2는 무슨 내용이에요?", []),
])
def test_the_deepfake_article_named_by_number_is_about_deepfakes(question, materials):
    assert understand(question).materials == materials


@pytest.mark.parametrize("question, expected", [
    ("can the school move the kid who did it to a different class", True),
    ("가해자 반 바꿔 달라고 할 수 있어요?", True),
    ("is there a 24 hour helpline for women in korea", True),
    ("does the officer who interviews me have to be a woman", True),
    ("can we sue the kid who made it for money", True),
    ("합성 사진 만든 애 부모한테 배상 받을 수 있어요?", True),
    ("is there someone i can talk to right now, i can't stop crying", True),
    ("너무 힘든데 얘기할 사람 있을까요", True),
    ("The committee gave the boy only a written apology. Can we appeal that?", True),
    ("학교에서 서면사과만 하래요. 이게 다예요?", True),
    ("can they make him change schools", True),
    ("the finance committee approved the budget", False),
    ("what time does the school bus leave", False),
    ("which class should I take next semester", False),
    ("who made the first car", False),
])
def test_the_one_who_did_it_the_schools_measures_and_helplines_in_everyday_words_are_in_scope(question, expected):
    from kb.answer.scope import in_scope

    assert in_scope(question) == expected


@pytest.mark.parametrize("question, minor_victim, minor_doer", [
    ("우리 학교 여교사가 학생한테 합성물로 협박당해서 사진을 더 보냈대요", False, True),  # threatened BY a student
    ("제자들한테 딥페이크 피해를 당했어요", False, True),
])
def test_the_young_person_by_whom_something_was_suffered_did_it(question, minor_victim, minor_doer):
    understanding = understand(question)
    assert (understanding.minor_victim, understanding.minor_doer) == (minor_victim, minor_doer)


@pytest.mark.parametrize("question, conducts", [
    ("친구가 보내준 합성사진 저장했는데 괜찮아요?", ["possess"]),  # a composite named as a thing is no making
    ("단톡방에 올라온 딥페 눈팅만 했는데 처벌돼요?", ["view"]),
    ("제 얼굴을 합성해서 올렸어요", ["make", "distribute"]),
])
def test_a_composite_named_as_a_thing_and_lurking_in_korean(question, conducts):
    assert understand(question).conducts == conducts


@pytest.mark.parametrize("question, threat", [
    ("my ex has a fake sex video of me and says he'll show my parents. is that illegal?", True),
    ("he said he will post the pics if i leave him", True),
    ("전 남친이 합성 영상 부모님께 보여준대요", True),
    ("my friend says she will send me the photos later", False),  # sent to the asker: no threat
])
def test_a_threat_told_back_is_a_threat(question, threat):
    assert ("threaten" in understand(question).conducts) is threat


# ---- English as people type it (issue 17): the words that decide a route ------------------------------
@pytest.mark.parametrize("question", ["can the school make the boy who made deepfakes of me change schools",
                                      "can they move him to another class", "will he have to switch schools"])
def test_changing_schools_is_a_school_measure_not_a_change_of_the_law(question):
    understanding = understand(question)
    assert "school_discipline" in understanding.intents and "history" not in understanding.intents


def test_what_changed_in_the_law_is_still_its_history():
    assert "history" in understand("what changed in the school violence act in 2024").intents


@pytest.mark.parametrize("question", ["When exactly did simply possessing a deepfake become a criminal offence?",
                                      "when did it become illegal to watch a deepfake"])
def test_when_something_became_a_crime_asks_for_a_date_and_is_about_punishment(question):
    understanding = understand(question)
    assert "date" in understanding.asks_for and "penalty" in understanding.intents


@pytest.mark.parametrize("question", ["if i just saved the pic someone sent me am i in trouble??",
                                      "will he be in serious trouble for posting it",
                                      "i kept a fake pic someone sent but i deleted it now. does deleting make it ok",
                                      "if my son deletes the clip is he off the hook"])
def test_being_in_trouble_asks_about_punishment(question):
    assert "penalty" in understand(question).intents


@pytest.mark.parametrize("question", ["my friend keeps forwarding this ai pic of a girl in our grade, is that a crime",
                                      "im 15 and a guy in my class put my face on porn, is he going to jail"])
def test_a_classmate_or_a_teen_asker_shown_in_porn_or_a_pic_is_child_material(question):
    understanding = understand(question)
    assert understanding.minor_victim and "csam" in understanding.materials


def test_a_classmate_who_did_it_is_a_young_offender_not_the_one_harmed():
    understanding = understand("a guy in my class made a deepfake of my mom")
    assert understanding.minor_doer and not understanding.minor_victim


@pytest.mark.parametrize("question", ["what happens if you download child deepfakes from a site",
                                      "what happens to someone who sells deepfakes",
                                      "what would happen if my brother shared a fake nude"])
def test_what_happens_to_one_who_does_an_act_asks_about_punishment(question):
    assert "penalty" in understand(question).intents


@pytest.mark.parametrize("question", ["what happens if i report the guy who posted it",
                                      "what happens after I call the deletion centre"])
def test_what_happens_after_reporting_is_no_question_of_punishment(question):
    assert "penalty" not in understand(question).intents


@pytest.mark.parametrize("question", ["Does making deepfakes for money get a heavier sentence?",
                                      "he made fake nudes and sold them for cash"])
def test_doing_it_for_money_is_selling(question):
    assert "sell" in understand(question).conducts


@pytest.mark.parametrize("question", ["what punishments can the school give to the kid who made the deepfake",
                                      "how will the school punish the boy who made fakes of my daughter"])
def test_the_schools_punishment_is_school_discipline_not_the_criminal_penalty(question):
    understanding = understand(question)
    assert "school_discipline" in understanding.intents and "penalty" not in understanding.intents
    assert "penalty" not in understanding.asks_for


@pytest.mark.parametrize("question, conduct", [
    ("친구얼굴로합성한거 보기만해도 처벌되나요", "view"),
    ("누가 만든 합성사진 저장만 해도 죄예요?", "possess"),
    ("i only watched the deepfake someone made of my friend, is that a crime", "view"),
])
def test_the_thing_made_is_named_not_the_askers_making(question, conduct):
    # before: "합성한거" (the fake) read as the asker's making, and the editing card answered a viewer
    u = understand(question, None, None)
    assert conduct in u.conducts and "make" not in u.conducts


@pytest.mark.parametrize("question, doer, harmed", [
    ("걔 아직 13살인데 처벌 못받아요?", True, False),
    ("그 남자애 중2래요 감방가요?", True, False),
    ("걔 13살인데 합성 피해 당했어요", False, True),
])
def test_the_age_of_the_one_a_student_speaks_of(question, doer, harmed):
    u = understand(question)
    assert (u.minor_doer, u.minor_victim) == (doer, harmed)


@pytest.mark.parametrize("question", [
    "딥페이크 안퍼뜨릴테니까 50만원 보내라고 디엠옴 어케해요",
    "30만원 입금하라고 안하면 합성사진 뿌린대요",
])
def test_a_price_for_not_spreading_it_in_unspaced_korean_is_a_threat(question):
    assert "threaten" in understand(question).conducts


@pytest.mark.parametrize("question", ["아청물 보기만 해도 처벌돼요?", "is it illegal just to have child porn on your laptop",
                                      "성착취물 갖고 있으면 몇 년이에요", "Korea penalty for storing deepfake CSAM?"])
def test_child_sexual_exploitation_material_named_as_such_is_that_material(question):
    """"아청물" shows a young person whoever else the question names: it was read as no material at all (no child
    named as harmed), and the adult deepfake's card answered; "deepfake CSAM" had the material but no young person
    harmed, so the adult offence led the penalty."""
    found = understand(question)
    assert "csam" in found.materials and found.minor_victim


@pytest.mark.parametrize("question, first", [
    # the conduct of the sentence that asks comes before one only told in the story around it
    ("딥페이크 영상 그냥 보기만 해도 처벌받아요? 단톡방에 누가 올려서 눌러본 건데 저도 걸리나요", "view"),
    ("someone posted a deepfake of my classmate in the group chat. is it a crime that i saved it?", "possess"),
    ("he made a deepfake of me and posted it. what is the penalty?", "make"),
])
def test_the_conduct_asked_about_comes_before_one_told_in_the_story(question, first):
    from kb.answer.understanding import asked_conducts_first

    assert asked_conducts_first(question, understand(question).conducts)[0] == first


@pytest.mark.parametrize("question, conducts", [
    # an image named by how it was made is the material, not the act of making it
    ("my friend saved some AI-edited pics of a classmate on his phone. is that a crime?", ["possess"]),
    ("I found edited nudes of me on a website. what do I do?", []),
    ("he posted edited nudes of me", ["distribute"]),
    ("편집된 영상을 받았어요 신고해야 하나요", []),
    # ... the act told of someone stays
    ("he edited pics of me into porn", ["make"]),
    ("my ex photoshopped my face onto a nude", ["make"]),
])
def test_an_image_named_by_how_it_was_made_is_material_not_making(question, conducts):
    understanding = understand(question)
    assert understanding.conducts == conducts
    if not ("edited pics of me" in question or "photoshopped my face" in question):
        assert "deepfake" in understanding.materials


@pytest.mark.parametrize("question", ["Police found AI-generated nude pictures of girls from his high school on his phone",
                                      "someone is sharing fakes of high school girls in a telegram channel",
                                      "he made deepfakes of schoolgirls"])
def test_pupils_named_by_their_school_are_young_people_harmed(question):
    assert understand(question).minor_victim


@pytest.mark.parametrize("question, conducts", [
    # another posted it; the asker only watched or kept it
    ("그냥 궁금해서 그런데요 누가 단톡에 올린 딥페이크 영상 눌러서 보기만 한것도 처벌받아요? 저장은 안 했어요", ["view"]),
    ("someone posted a deepfake in our chat and I saved it, is that illegal?", ["possess"]),
    # ... unless the asker spread it too
    ("친구가 단톡에 올린 영상 저장했는데 저도 다른 방에 공유했어요. 처벌받나요?", ["distribute", "possess"]),
    ("someone posted a deepfake in our chat, I saved it and I forwarded it to two friends. am I in trouble?",
     ["distribute", "possess"]),
])
def test_anothers_spreading_is_not_the_askers_unless_the_asker_spread_it_too(question, conducts):
    assert understand(question).conducts == conducts


@pytest.mark.parametrize("question, penalty_asked", [
    # a sentence told as given, and what follows from it asked: registration, a record
    ("예전에 지인 얼굴로 합성물 만든 걸로 벌금 나올 것 같은데요, 벌금형이면 신상정보 등록은 안 되는 거 맞죠?", False),
    ("If he only gets a fine for the deepfake, will he still be on the sex offender registry?", False),
    # the sentence itself asked
    ("딥페이크 만들면 벌금형인가요 징역인가요?", True),
    ("Does a deepfake conviction mean registration as a sex offender, and what is the penalty?", True),
])
def test_a_sentence_told_as_a_condition_is_not_asked(question, penalty_asked):
    understanding = understand(question)
    assert ("penalty" in understanding.asks_for) is penalty_asked
    assert ("penalty" in understanding.intents) is penalty_asked


@pytest.mark.parametrize("question, minor", [
    ("someone made an AI nude of me and posted it on X im an exchange student in seoul. who do i call??", False),
    ("대학 동기가 제 사진으로 딥페이크 만들었어요", False),
    ("고3인데 대학 가기 전에 반 친구가 제 합성사진을 만들었어요", True),  # a school below university named
])
def test_a_student_at_a_university_or_abroad_is_no_child(question, minor):
    assert understand(question).minor_victim is minor


@pytest.mark.parametrize("question, penalty", [
    ("Which online service providers have to designate an officer responsible for preventing the spread of illegally "
     "filmed material?", False),
    ("Who handles illegal filming reports at a university?", False),
    ("Is it illegal to keep a deepfake someone sent me?", True),
    ("is making one illegal if i never share it", True),
])
def test_the_name_of_illegal_material_asks_no_penalty(question, penalty):
    assert ("penalty" in understand(question).intents) is penalty


@pytest.mark.parametrize("question, conduct, done", [
    ("is online grooming itself a crime even if nothing sexual was sent yet?", "distribute", False),
    ("no pics were shared, he only asked for them. is that a crime?", "distribute", False),
    ("he sent the fake to everyone in our class", "distribute", True),
])
def test_an_act_said_not_to_have_happened_is_no_conduct_of_the_question(question, conduct, done):
    assert (conduct in understand(question).conducts) is done


@pytest.mark.parametrize("question, statistics", [
    ("what must we do within how many days after a case is reported as school violence?", False),
    ("how many times a year must schools train staff?", False),
    ("how many students were victims of deepfakes in 2024?", True),
])
def test_how_many_days_asks_a_length_of_time_not_a_statistic(question, statistics):
    assert ("statistics" in understand(question).intents) is statistics


@pytest.mark.parametrize("question, doer, harmed", [
    # an age said at the end of a sentence ("My daughter is 14.") is an age: the full stop had hidden it
    ("My daughter is 14. She posted a selfie and a boy made a deepfake of her. what can we do", False, True),
    ("im 15. someone made a fake of me", False, True),
    # one's young child told of, then said in the next sentence to have spread a fake: the child did it
    ("My son is 13. Police say he shared fake nude pics of a girl in his grade. Is he going to jail?", True, True),
])
def test_a_young_persons_age_is_read_across_a_full_stop(question, doer, harmed):
    understood = understand(question)
    assert (understood.minor_doer, understood.minor_victim) == (doer, harmed)
    assert not understand("my son is 12.5 million won richer").minor_victim  # a decimal is no age


def test_the_seller_one_bought_from_is_no_selling_of_the_askers():
    bought = understand("i bought a pack of ai edited pics off some discord seller and i still have the folder. am i in trouble")
    assert "sell" not in bought.conducts and "possess" in bought.conducts and "penalty" in bought.intents
    assert "sell" in understand("what happens to sellers of deepfakes?").conducts


@pytest.mark.parametrize("question", ["교사가 학생 대상 성범죄 사실 알고도 신고 안 하면 어떤 불이익이 있어요?",
                                      "what happens if a teacher doesnt report a deepfake of a student?"])
def test_what_follows_a_duty_not_done_asks_for_its_sanction(question):
    assert "penalty" in understand(question).asks_for


@pytest.mark.parametrize("question, conduct", [
    ("합성 계속 만들어서 올리는 놈은 더 세게 처벌돼?", "habitual"),
    ("he keeps posting them, is that punished more?", "habitual"),
    ("만들다가 중간에 그만뒀으면 죄가 안 돼요?", "attempt"),
    ("what if he never finished the edit", "attempt"),
])
def test_again_and_again_is_habitual_and_left_unfinished_is_an_attempt(question, conduct):
    assert conduct in understand(question).conducts


def test_an_act_to_be_prevented_is_no_act_done():
    assert "distribute" not in understand("Do platforms have to appoint someone responsible for preventing the spread of "
                                          "illegal images?").conducts
    assert "distribute" not in understand("유포 방지 책임자를 안 두면 과태료가 있나요?").conducts
    assert "distribute" in understand("he is spreading the fake in a group chat").conducts


def test_a_person_already_punished_named_as_the_subject_asks_no_penalty():
    for question in ("딥페이크로 처벌받은 사람이 나중에 학원 강사로 취업할 수 있나요?",
                     "Can someone convicted of making deepfakes be hired at a cram school?"):
        understanding = understand(question)
        assert "penalty" not in understanding.intents and "penalty" not in understanding.asks_for, question
    assert "penalty" in understand("딥페이크 만들면 처벌받나요?").intents


@pytest.mark.parametrize("question", ["What measures can the deliberation committee order against the kid who made the deepfakes?",
                                      "the committee could give him what, exactly?"])
def test_the_committee_named_as_the_one_that_decides_is_the_school_punishing(question):
    from kb.answer.understanding import SCHOOL_PUNISHES

    assert SCHOOL_PUNISHES.search(question)


def test_the_phone_that_holds_a_file_asks_for_no_phone_number():
    assert "phone" not in understand("Is it a crime to have it on your phone?").asks_for
    assert "phone" not in understand("he has the video on his phone, what happens to him").asks_for
    assert "phone" in understand("what phone number do i call for help").asks_for
    assert "phone" in understand("is there a phone line for teens").asks_for


def test_how_a_thing_held_was_made_is_no_making():
    assert "make" not in understand("Is it a crime to have it on your phone even if it was AI-generated?").conducts
    assert "make" in understand("I made an AI-generated fake of her, is it a crime?").conducts


def test_a_mandated_reporter_asks_the_duty_to_report():
    assert "duty_to_report" in understand("Am I legally a mandated reporter if a student tells me about a deepfake?").intents
    assert "duty_to_report" in understand("Are teachers required to report it to the police?").intents


def test_a_fine_told_as_the_sentence_given_asks_what_follows_and_a_register_kept_is_no_possession():
    understanding = understand("If he is convicted but only gets a fine, does he still end up on the sex offender registry, "
                               "and for how many years is the registration kept?")
    assert "penalty" not in understanding.asks_for and "possess" not in understanding.conducts
    assert "possess" in understand("he kept the deepfake on his laptop").conducts


def test_a_young_doer_with_where_they_are_from_said_between():
    understanding = understand("A 13-year-old in my son's class made deepfakes of girls. Does it go to juvenile court?")
    assert understanding.minor_doer


@pytest.mark.parametrize("question", ["When does the statute of limitations actually start running?",
                                      "미성년자 피해면 공소시효는 언제부터 진행돼요?"])
def test_when_a_period_starts_to_run_asks_for_no_calendar_date(question):
    assert "date" not in understand(question).asks_for


def test_when_a_law_took_effect_still_asks_for_a_date():
    assert "date" in understand("When did the possession offence take effect?").asks_for


def test_a_statement_told_again_is_no_habitual_offence():
    assert "habitual" not in understand("is there a video recording so she doesn't have to keep repeating it?").conducts
    assert "habitual" in understand("he repeatedly posted fakes of her").conducts


@pytest.mark.parametrize("question", ["돈을 받고 합성 영상을 퍼뜨린 사람은 형량이 어떻게 돼요?",
                                      "합성물 팔아서 돈을 번 사람은요?", "유료 채널에 딥페이크를 올린 사람 처벌은?"])
def test_money_taken_or_made_from_spreading_is_selling(question):
    assert "sell" in understand(question).conducts


def test_money_extorted_is_no_sale():
    assert "sell" not in understand("전남친이 합성사진으로 돈 받아내려고 협박해요").conducts


def test_the_young_doer_named_again_is_no_young_person_harmed():
    told = understand("I teach at a high school. A student made a sexual deepfake of me. What happens to the student?")
    assert told.minor_doer and not told.minor_victim
    assert understand("A student made a deepfake of a student in my class").minor_victim
    assert understand("A student made deepfakes of the students in my class. What happens to him?").minor_victim
    assert not understand("학생이 제 딥페이크를 만들었는데 그 학생은 어떤 조치를 받나요?").minor_victim


@pytest.mark.parametrize("question", ["접근금지 잠정조치 기간이 얼마나 돼요?", "잠정조치 연장도 되나요?",
                                      "접근금지는 몇 번까지 연장돼요?", "Can it be extended after three months?"])
def test_a_measures_length_or_extension_asks_for_a_length_of_time(question):
    assert "duration" in understand(question).asks_for


def test_a_meeting_demanded_with_a_threat_is_coercion_and_an_invitation_alone_is_not():
    assert "coerce" in understand("합성 사진 뿌린다고 협박하면서 다시 만나자고 해요").conducts
    assert "coerce" not in understand("용돈 줄테니 한번 만나자고 계속 디엠 보내요").conducts


def test_an_adult_named_only_to_compare_leaves_the_young_person_named_by_age_harmed():
    """"My daughter is 16 … how does that compare with keeping a deepfake of an adult?": the adult is the comparison;
    the child's possession offence (청소년성보호법 제11조⑤) had been dropped from the answer."""
    found = understand("My daughter is 16. If a boy keeps a sexual deepfake of her, what's the minimum sentence, and how "
                       "does that compare with keeping a deepfake of an adult?")
    assert found.minor_victim and "csam" in found.materials
    adult = understand("Is keeping a deepfake of an adult a crime?")
    assert not adult.minor_victim and "csam" not in adult.materials


def test_from_what_date_asks_the_laws_history():
    found = understand("From what date did the School Violence Prevention Act's definition mention deepfakes?")
    assert "history" in found.intents and "date" in found.asks_for


@pytest.mark.parametrize("question, said", [
    ("Is it illegal to make a deepfake of a celebrity if it's not sexual, just funny?", True),
    ("what if the fake video isn't porn, just embarrassing", True),
    ("a non-sexual meme deepfake of our teacher", True),
    ("야한 건 아니고 웃기려고 합성했어요", True),
    ("성적인 내용은 없는 합성 영상", True),
    ("음란하지 않은 딥페이크도 처벌돼요?", True),
    ("Is making a sexual deepfake a crime even if it's never shared?", False),
    ("my bf made a fake nude of me as a joke", False),
    ("야한 합성사진이 돌아요", False),
])
def test_a_fake_said_not_to_be_sexual_is_understood_so(question, said):
    from kb.answer.understanding import understand

    found = understand(question)
    assert found.not_sexual is said
    if said:
        assert not found.materials


@pytest.mark.parametrize("question, drawn", [
    ("Is it illegal in Korea to create AI nude images of fictional characters who look like kids?", True),
    ("anime schoolgirls in sexual poses, is that csam", True),
    ("교복 입은 애니 캐릭터 야한 그림 그리면 처벌돼요?", True),
    ("my kid draws cartoons", False),  # no sexual material named: the child is the one drawing
    ("I draw anime fan art, is that illegal?", False),
    ("Someone made a nude deepfake of my 15-year-old daughter", False),  # a real child's image
])
def test_a_drawn_figure_that_looks_like_a_child_is_understood_so(question, drawn):
    from kb.answer.understanding import understand

    found = understand(question)
    assert found.drawn_minor is drawn
    if drawn:
        assert found.materials == ["csam"] and found.minor_victim


def test_the_fields_shorthand_is_spelled_out_and_a_harm_told_as_danghaem_speaks_as_victim():
    from kb.answer.understanding import spelled_out

    assert spelled_out("ㄷㅍ 당함 어캄") == "딥페이크 당함 어떡함"
    assert spelled_out("ㅈㅇㄴㅇ 해주는 곳") == "지인능욕 해주는 곳"
    assert spelled_out("ㄷㅍㄷ") == "ㄷㅍㄷ"  # only the initials standing alone
    assert understand("딥페이크 당함 어떡함").speaks_as_victim and not understand("신고당함").speaks_as_victim
    assert "penalty" in understand("how many yrs for making a deepfake in korea").intents


@pytest.mark.parametrize("question", [
    "someone filmed me secretly in the changing room at school, is that the same law as deepfakes?",
    "학교 탈의실에서 몰래 찍힌 것도 딥페이크랑 같은 죄예요?",
])
def test_which_offence_an_act_is_weighed_against_another_is_the_penalty_not_the_schools_measures(question):
    # told at school, the act's offence is asked: not the school violence committee's measures
    found = understand(question)
    assert "penalty" in found.intents and "school_discipline" not in found.intents, found.intents


@pytest.mark.parametrize("question, under_14", [
    ("my little sister is 12 and boys in her class made a naked ai picture of her. what happens to them, theyre 12 too", True),
    ("im 15 and a guy in my class made a fake of me. hes 15 too. will he be punished?", False),
])
def test_those_who_did_it_said_to_be_as_young_as_the_one_harmed_are_the_doers_age(question, under_14):
    from kb.answer.understanding import doer_age_named, doer_under_14

    assert doer_age_named(question)
    assert doer_under_14(question) is under_14


@pytest.mark.parametrize("question, teacher_did", [
    ("우리 학교 선생님이 학생들 사진으로 합성물 만들었대요 그 선생님 어떻게 되나요", True),
    ("our homeroom teacher made deepfakes of the girls in class. what happens to him?", True),
    ("학생이 선생님 얼굴로 합성물 만들었어요 교권 침해인가요?", False),
    ("a student made a deepfake of my teacher", False),
    ("I'm a teacher and students made a fake of me", False),
])
def test_a_teacher_who_made_it_is_no_teacher_harmed(question, teacher_did):
    from kb.answer.understanding import TEACHER_DID

    assert bool(TEACHER_DID.search(question)) is teacher_did
    if teacher_did:
        assert "teacher_protection" not in understand(question).intents


def test_doing_it_again_and_again_is_no_act_alone():
    # the friend "keeps sending" them; the asker only was in the chat
    found = understand("my friend keeps sending me deepfakes of a classmate in our group chat. am i in trouble for being "
                       "in the chat?")
    assert "habitual" not in found.conducts


@pytest.mark.parametrize("question, conducts", [
    ("그 합성 영상 가지고 저를 협박해요", ["threaten"]),      # the means of the threat, not possession
    ("합성 사진 갖고 있기만 해도 죄예요?", ["possess"]),
])
def test_having_the_material_as_the_means_of_another_act_is_not_possession(question, conducts):
    assert understand(question).conducts == conducts


def test_an_adult_named_as_the_one_who_did_it_leaves_the_child_shown_harmed():
    # before: any "adult" in the question made the image one of an adult (the school's expulsion card answered)
    made = understand("What if the deepfake was made by an adult of a high school student?")
    assert made.minor_victim and "csam" in made.materials
    assert not understand("Is a sexual deepfake of an adult punished under the child protection act?").minor_victim


def test_an_offence_named_as_what_the_act_is_asks_the_penalty():
    assert "penalty" in understand("He said he'd post the fake unless I pay. Is that extortion?").intents



@pytest.mark.parametrize("question", ["제 얼굴로 제가 딥페이크 만드는 것도 불법이에요?", "합성 사진 저장하는 거 불법인지 궁금해요"])
def test_asking_in_korean_whether_an_act_is_illegal_asks_the_penalty(question):
    assert "penalty" in understand(question).intents


def test_a_school_allowed_to_punish_is_the_schools_measures_not_the_criminal_penalty():
    understood = understand("is the school allowed to punish a kid for a deepfake made outside school?")
    assert "school_discipline" in understood.intents and "penalty" not in understood.asks_for


@pytest.mark.parametrize("question, conducts", [
    ("my friend sent me a deepfake of our classmate without asking. I deleted it. am I in trouble?", ["possess"]),
    ("친구가 반 친구 딥페이크를 보내줬는데 바로 지웠어요 저도 처벌받나요", ["possess"]),
    ("someone sent it to me and I forwarded it to two people, am I in trouble?", ["distribute"]),   # spread on
    ("he sent it to my friends. will he be punished?", ["distribute"]),                             # not the asker's
])
def test_one_who_received_it_and_asks_of_their_own_liability_asks_of_having_had_it(question, conducts):
    # before: the sender's spreading was the act asked about (the distribution penalty answered)
    assert understand(question).conducts == conducts
