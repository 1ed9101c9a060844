"""Abstention (issue 17, item 5): the relevance gate answers what the sources bear on, in either language,
and abstains on what they do not, whatever the size of the index."""
import pytest

from kb.api import KnowledgeBase
from kb.index.lexical import LexicalIndex

SURVEY = "How many respondents took part in the teachers union survey?"


@pytest.fixture(scope="module")
def news_only_kb(settings_factory, subset_dir):
    """An index holding only the four news reports: no statutes, no cards, no question banks to route by."""
    knowledge = KnowledgeBase(settings_factory())
    report = knowledge.ingest([subset_dir / "news"])
    assert report.count("added") == 4 and knowledge.stats()["sources"] == {"news": 4}
    return knowledge


def test_a_news_only_index_answers_what_its_news_reports(news_only_kb):
    # In thirteen chunks of news about the survey, "teachers" and "survey" are in nearly every chunk, so the
    # index's own word counts weighed them near zero and the question's commonest words ("took", "part",
    # absent from the index) outweighed them: the chunk that answers covered 45% of the question and the
    # gate abstained. Weighed against a collection of the default index's order, it covers two thirds.
    answer = news_only_kb.ask(SURVEY)
    assert not answer.abstained
    assert any(c.source_type == "news" for c in answer.citations)


def test_a_news_only_index_still_abstains_on_what_it_does_not_hold(news_only_kb):
    # a word of the field ("illegal") lets the gate weigh it; neither meaning nor words are close enough
    for question in ("What is the fine for illegal parking near a school?",
                     "How many police officers work in Busan?"):
        assert news_only_kb.ask(question).abstained, question


def test_idf_weighs_a_small_index_against_a_larger_collection():
    index = LexicalIndex(["a", "b", "c"], [["teachers", "survey"], ["teachers", "union"], ["teachers"]])
    assert index.idf("teachers") < index.idf("union") < index.idf("absent")
    # the floor on the collection's size raises a word every chunk holds above zero, and changes nothing
    # for an index already larger than the floor
    assert index.idf("teachers", collection=1000) > 3 * index.idf("teachers")
    assert index.idf("union", collection=2) == index.idf("union")


# ---- what the field is: the words that place a question in it, in either language --------------------------
@pytest.mark.parametrize("question", [
    # everyday English for the conducts the Korean anchors name (촬영, 몰카, 협박, 스토킹): the English
    # questions about being filmed named no word of the field, so only a sure bank match could answer them
    "A coworker recorded me while I was getting changed. What happens to him?",
    "there was a spy cam in the shop's fitting room, what do i do",
    "Someone leaked footage of me online",
    "my ex won't stop following me around campus",
    "Is there a prison term for uploading someone's clip without consent?",
    # everyday Korean for the same (찍다, 카메라, following someone)
    "모르는 사람이 계단에서 제 뒷모습을 찍었어요",
    "헤어진 사람이 계속 연락하고 집까지 따라와요",
    # a school committee's decision appealed by the accused's side
    "I'm the parent of the accused. can we appeal the committee's decision?",
    # a statement asked to be given again and again
    "will i have to tell the story many times to different people?",
    "경찰 조사받을 때 여러 번 말해야 하나요?",
])
def test_plain_words_for_the_field_place_a_question_in_it(question):
    from kb.answer.scope import in_scope

    assert in_scope(question)


@pytest.mark.parametrize("question", [
    # each names a word that can belong to the field (report, crime, 신고, 피해, 변호사, AI, police, sexual) and
    # is still about something no source here holds: other fields of law and life with no word only this
    # field uses, …
    "How do I report unpaid wages to the labour office?",
    "Is it a crime for my landlord to keep my deposit?",
    "육아휴직 중에 해고당했는데 노동청에 신고 어떻게 해요?",
    "교통사고 피해자인데 보험 처리 어떻게 해요?",
    "상속 문제로 변호사 상담 받고 싶어요",
    "How are AI models trained on images?",
    # … the names of officials, …
    "What is the name of the police chief in Incheon?",
    "서울경찰청 사이버수사과 팀장 이름 알려주세요",
    # … other countries' law, …
    "Does Thailand have a law against sexual deepfakes?",
    "스페인은 딥페이크 음란물 처벌이 어떻게 돼요?",
    "Is it illegal in Peru to share sexual deepfakes?",
    "폴란드에서는 불법촬영을 어떻게 처벌해요?",
    # … what a court decided in a case, …
    "그 딥페이크 사건 1심 판결 내용 요약해 주세요",
    # … the law of a place named by its people or a short name, …
    "How do Japanese courts punish deepfake porn?",
    "How does the US punish people who make deepfake nudes?",
    "미국은 딥페이크 어떻게 처벌해요?",
    "EU AI Act에서는 얼굴 합성 앱에 어떤 의무가 있나요?",  # a law's English name run on into a Korean particle
    # … and other crimes, named beside the words of reporting and punishment (issue 17)
    "마약 투약하면 처벌이 어떻게 돼요?",
    "중고거래 사기 당했는데 어디에 신고해요?",
    "What's the penalty for drug possession in Korea?",
    "I got scammed on a second-hand marketplace. Where do I report it?",
    "How do I take someone to small claims court over an unpaid loan?",
    "웹툰 불법 공유 사이트 저작권 침해로 고소하려면 어떻게 해요?",
    "친구가 돈 빌리고 안 갚아요 고소 가능해요?",
    "How do I report a neighbour's barking dog?",
    "Is it illegal to drive without a license at 17?",
    # … and another country's penalty asked in years
    "캐나다에서는 딥페이크 만들면 몇 년 받아요?",
    # … and an investment, whatever the field its company works in (the AI Basic Act's support duties had answered it)
    "딥페이크 탐지 AI 관련주 지금 들어가도 될까요?",
    "Should I buy stock in deepfake detection companies now?",
    # a lawyer for the accused's side (a defence counsel's rules, not held)
    "우리 애가 딥페이크 가해자로 지목됐어요 변호사 필요한가요",
    "My son is accused of making a deepfake. Does he need a lawyer?",
])
def test_questions_no_source_here_holds_are_out_of_scope(question):
    from kb.answer.scope import in_scope, out_of_scope

    assert out_of_scope(question) and not in_scope(question)


@pytest.mark.parametrize("question", [
    # another field's word beside a word only this field uses: the question is about this field
    "My landlord hid a camera in the bathroom of the flat I rent",
    "이혼한 전 남편이 제 사진으로 딥페이크를 만들었어요",
    "Can an AI model that makes sexual deepfakes be banned?",
    # a judgment's procedure, not its content
    "판결 전 조사에서 피해자 의견도 듣나요?",
    "신상정보 공개명령 판결이 확정되면 판결문은 언제 법무부로 가요?",
    "딥페이크 피해 경찰에 신고하는법",
    # deletion support named beside a wage word that is the asker's means
    "삭제 지원 받으면 돈 내야됨?? 나 알바비밖에 없는데..",
    # a country named as where the asker is from is not a question about that country's law
    "베트남에서 온 유학생인데 룸메이트가 몰래 찍은 영상을 올렸어요",
    "I'm from the Philippines and work in Busan. A coworker made a deepfake of me, is that a crime here?",
    # … also when the country is one people compare laws with, or named by the word for its people (issue 17)
    "저는 일본 사람인데 한국에서 딥페이크 피해를 당했어요. 신고할 수 있나요?",
    "I'm American but I live in Seoul, and my ex posted my nudes online. Can the police here help?",
    "I'm an exchange student from Germany. A classmate at my Korean university made a deepfake of me. Where do I report it?",
    # a judgment in the story, not what it said; a case number the police gave
    "가해자가 1심 판결 받고 항소했대요. 피해자는 재판에서 뭘 할 수 있어요?",
    "The police gave me a case number. Will they tell me when the deepfake is deleted?",
    # the everyday words for sexual beside another field's word
    "AI 학습용이라면서 제 사진으로 야한 그림 만들어 올렸어요 처벌되나요?",
    # a neighbour in a victim's story is no neighbours' dispute
    "A police officer told my neighbour what happened to me. Is that allowed?",
    # a phone stolen to spread a person's photos is no theft question
    "My ex stole my phone and uploaded my private photos. What can I do?",
    "남친이 제 폰 훔쳐서 사진 퍼뜨렸어요",
    # a victim's own lawyer beside a word for money
    "Do I have to pay a deposit or any fee to get a lawyer as a victim?",
    # the accused's side at the school committee, and a victim's free lawyer
    "My son is accused of making a deepfake. What happens at the committee?",
    "딥페이크 피해자 무료 변호사 있나요",
])
def test_a_word_of_another_field_or_a_judgment_does_not_push_a_field_question_out(question):
    from kb.answer.scope import in_scope

    assert in_scope(question)


def test_no_question_in_any_cards_bank_is_out_of_scope_for_another_field_an_official_or_a_country():
    """The banks are how people really ask what the cards answer: none of them may fall to the rules for other
    fields, officials' names or other countries (a bank question that does is a rule to narrow)."""
    import re

    from kb.answer import scope
    from kb.answer.routing import load_banks

    # statistics of this year and years to come, officials' and helpers' names, the amounts victims usually get
    # (states: `foreign_law`)
    added = scope.OUT_OF_SCOPE[1:]
    caught = [q for bank in load_banks() for q in (*bank.ko, *bank.en)
              if (scope.OTHER_FIELDS.search(q) and not scope.field_named(q)) or scope.everyday_camera(q)
              or scope.foreign_law(q) or any(re.search(p, q, re.I) for p in added)]
    assert caught == []


# ---- end to end on the default index: the gate answers in-scope English and abstains on other fields ---------
def test_the_default_index_answers_plain_english_about_being_filmed_and_abstains_on_other_fields(full_kb):
    for question in ("A coworker recorded me while I was getting changed. What happens to him?",
                     "there was a spy cam in the shop's fitting room, what do i do"):
        answer = full_kb.ask(question, persona="victim")
        assert not answer.abstained and not answer.refused, question
    for question in ("Can my landlord raise the rent in the middle of a lease?",
                     "서울경찰청 사이버수사과 팀장 이름 알려주세요"):
        answer = full_kb.ask(question)
        assert answer.abstained and not answer.citations, question


def test_a_field_word_in_its_everyday_sense_is_not_answered_by_a_loose_bank_match(full_kb):
    # "camera" and "face" place these in the field; each matches a card's bank loosely (bank score under
    # route_score_corroborated) and retrieval finds nothing close, so no card answers them
    for question in ("What's a good camera app for night photos?", "My face gets red after running, is that normal?"):
        answer = full_kb.ask(question)
        assert answer.abstained and answer.route is None, question


@pytest.mark.parametrize("question", [
    # one case's outcome, the people harmed named, another field of work: no source holds them
    "What sentence did the ringleader of the Seoul National University deepfake case get on appeal?",
    "그 주범은 항소심에서 몇 년 받았어요?",
    "which kpop idols were actually in those telegram deepfake rooms last year?",
    "How many paid annual leave days am I entitled to as an E-2 English teacher at a Korean public school?",
])
def test_a_cases_outcome_its_victims_names_and_leave_days_are_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    # a case's sentence however asked, a private lawyer's fee, how long a trial takes, a vote in
    # the Assembly, a university's own rules, a tax on money received: no source holds them
    "그 딥페이크방 주범은 1심에서 몇 년 형을 받았나요?",
    "so what did the guy who ran that room end up getting?",
    "딥페이크 고소 대리하면 변호사 착수금 보통 얼마 받아요?",
    "roughly what are lawyer fees for a case like mine, ballpark?",
    "How long does a sex crime trial usually take in Korea?",
    "How did the parties vote on the possession amendment? I need the vote count.",
    "개정안 표결 결과 찬성 몇 표였어요?",
    "우리 대학교 학칙에 딥페이크 징계 규정 있나요?",
    "Is money I got from the offender in a settlement taxable?",
])
def test_a_trial_a_fee_a_vote_a_universitys_rules_and_a_tax_are_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    # a conviction's immigration consequences, a bill's odds, a success rate, a university's own
    # power to expel, how many got prison: no source holds them (they were answered from the penalty lines)
    "If our national, an exchange student, is convicted of possessing deepfakes, will he be deported or barred from re-entering Korea?",
    "딥페이크 소지로 벌금 받으면 비자 연장 안 되나요?",
    "Is the National Assembly going to raise the penalty for viewing deepfakes next year? What are the odds it passes?",
    "시청죄 5년으로 올리는 개정안 통과될 가능성 있어요?",
    "What share of deletion requests to overseas sites actually succeed?",
    "What's the max disciplinary penalty our university can give him? Can the uni expel him under its own rules?",
    "of the people arrested in the crackdown, how many actually got prison time?",
])
def test_immigration_a_bills_odds_a_success_rate_and_prison_counts_are_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    # a figure of a year the sources do not reach, asked at length; the state's acts a year ahead; a place that frames it
    "How many deepfake cases did the police in Korea end up recording across the whole first half of 2026?",
    "What percentage of the people who reported deepfakes in 2026 were teachers?",
    "will korea actually ban telegram over this next year??",
    "Is the government going to raise the viewing penalty by 2028? How likely is that?",
    "In California, could my daughter get a restraining order against the boy who made the fakes?",
    "Back home in Texas, is making a fake nude of a classmate a felony?",
    "Will the government make platforms' removal targets binding next year?",
    "앞으로 딥페이크 소지죄 처벌이 더 세질 가능성이 있을까요?",
])
def test_later_years_predictions_and_a_place_framing_the_question_are_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    "I'm an exchange student from the US. In Seoul, who do I call about a deepfake of me?",
    "Will the AI labelling duty apply from 2026?",
    "How many deepfake cases were reported in 2024?",
])
def test_a_place_named_in_passing_a_years_law_and_the_held_figures_stay_in_scope(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)


@pytest.mark.parametrize("question", [
    # figures of the years after the sources' last ones, a removal's average time, a company's hours, a school's own rules,
    # sentencing guidelines, a constitutional review, a notice's amount, a budget, a tool's accuracy, a lawyer's fee,
    # a foreign law asked as "there" or beside another place
    "How many deepfake sex crime cases did Korean police handle in the first half of 2025?",
    "2025년 하반기 딥페이크 성범죄로 검거된 인원이 몇 명인가요?",
    "디성센터에 삭제 요청하면 실제로 평균 며칠 만에 지워져요?",
    "카카오에 신고하면 카카오는 몇 시간 안에 처리해줘? 회사 기준 있어?",
    "우리 아이 다니는 중학교 학칙에는 딥페이크 만든 학생은 바로 퇴학이라고 돼 있나요?",
    "Under the Supreme Court Sentencing Commission's guidelines, what's the recommended range for a first offender?",
    "헌법재판소가 딥페이크 소지죄 조항에 대해 위헌 여부를 판단한 적 있나요?",
    "성평등가족부가 고시한 구상권 산정 방식으로는 영상 1건당 얼마를 청구하나요?",
    "2026년 정부 딥페이크 대응 예산은 총 얼마로 편성됐나요?",
    "What accuracy rate does the deepfake detection software used by Korean police have?",
    "Roughly how much does a private criminal defence lawyer in Seoul charge to take a deepfake case?",
    "I'm going back to Japan soon. Is making a sexual deepfake of an adult a crime there?",
    "영국이나 EU에서는 성적인 딥페이크 만들면 몇 년형이에요?",
    "미국 연방 TAKE IT DOWN Act에서는 플랫폼이 몇 시간 안에 지워야 하나요?",
])
def test_later_figures_averages_a_companys_hours_and_other_unheld_facts_are_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", ["성폭력 추방 주간은 언제예요?", "등록대상자인데 6개월 넘게 해외에 있다가 귀국하면 입국 신고 해야 하나요?",
                                      "Can the uni report a student who made deepfakes to the police?"])
def test_a_prevention_week_a_registrants_entry_report_and_a_university_reporting_stay_in_scope(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)


@pytest.mark.parametrize("question", [
    "What sentencing range does the Sexual Violence Punishment Act provide when the rape follows an armed robbery?",
    "2025년 4월 17일부터 지역 디지털성범죄피해자지원센터는 어디에 생겼나요?",
    "2024년부터 2025년 3월까지 집중 단속에서 검거된 인원은요?",
    "how are registered details checked for accuracy when submitted",
])
def test_a_statutory_range_a_2025_change_and_the_crackdowns_figures_stay_in_scope(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)


@pytest.mark.parametrize("question", ["What sentence can a deepfake maker get?", "딥페이크 만든 사람은 몇 년 받아요?",
                                      "피해자 국선변호사 비용은 누가 내요?", "Does the state pay for a lawyer for the victim?",
                                      "How long does deletion support take?", "What did the law say before 2024?"])
def test_the_sentence_the_law_sets_stays_in_scope(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)


def test_the_registers_words_of_travel_are_the_fields_not_immigrations():
    from kb.answer.scope import out_of_scope

    # "체류" (a stay abroad) had put a registered offender's duty to report a trip with immigration questions
    assert not out_of_scope("신상정보 등록대상자가 6개월 넘게 해외에 체류하러 나가면서 미리 신고를 안 하면 어떤 제재를 받나요?")
    assert out_of_scope("외국인 체류 기간 연장은 어디서 해요?")


@pytest.mark.parametrize("question", [
    # a country named right before its law or regulator, in its own letters, with no word for law near it
    "독일 NetzDG에서 딥페이크 유포는 어떻게 처벌돼요?",
    "호주 eSafety Commissioner가 딥페이크 삭제를 명령할 수 있나요?",
    "미국 TAKE IT DOWN Act 시행일이 언제예요?",
    "What can Australia's eSafety Commissioner order about deepfakes?",
])
def test_a_foreign_law_or_regulator_named_in_its_own_letters_is_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", ["미국 LA에서 유학 중인데 한국 친구가 제 딥페이크를 만들었어요 신고할 수 있나요?",
                                      "Can the Korea Communications Standards Commission block it?"])
def test_a_place_one_lives_in_or_a_korean_body_is_no_foreign_law(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)


@pytest.mark.parametrize("question", [
    "Does the AI Basic Act require generative AI model providers to label their outputs?",
    "인공지능기본법상 생성형 AI 모델 사업자는 결과물에 표시를 해야 하나요?",
    "Under the Network Act, must a platform with a recommendation algorithm do anything about illegal videos?",
])
def test_a_law_this_knowledge_base_holds_named_keeps_everyday_words_in_scope(question):
    from kb.answer.scope import in_scope, indexed_law_named, out_of_scope

    assert indexed_law_named(question) and in_scope(question) and not out_of_scope(question)


@pytest.mark.parametrize("question", [
    # the names people shorten the held laws to: each had thrown the question out as naming a law not held here
    "성처벌법으로 걸리면 최대 몇 년까지 나오고 벌금은 얼마까지예요?",
    "미성년자면 청성보호법으로 더 쎄게 처벌된다던데 진짜??",
    "성폭법상 딥페 소지죄 형량은요?",
    "망법상 불법촬영물 유통방지 책임자 안 두면 과태료는?",
    "스토킹법 잠정조치 기간은 얼마예요?",
    "학교폭력법상 가해학생 조치는 몇 가지예요?",
])
def test_a_held_law_by_its_everyday_short_name_is_in_scope(question):
    from kb.answer.scope import in_scope, indexed_law_named

    assert indexed_law_named(question) and in_scope(question)


@pytest.mark.parametrize("question", [
    "What penalty did the law provide in 2019 for possessing child sexual abuse material?",
    "What punishment did the act set before the 2024 amendment?",
])
def test_what_the_law_set_on_a_date_is_no_cases_sentence(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)
    assert out_of_scope("What penalty did the ringleader get?")


@pytest.mark.parametrize("question", ["What AI model is best for drawing anime?", "형법상 사기죄 처벌은?"])
def test_everyday_words_without_a_law_held_here_stay_out_of_scope(question):
    from kb.answer.scope import indexed_law_named, out_of_scope

    assert out_of_scope(question) and not indexed_law_named(question)


@pytest.mark.parametrize("question, out", [
    ("What exact user threshold in the enforcement decree triggers the Network Act's officer duty?", True),
    ("정보통신망법 시행령에서 유통방지책임자 지정 기준이 뭐예요?", True),
    # a decree held here is answered from it
    ("학교폭력예방법 시행령상 심의위원회 위원 구성 기준은?", False),
    ("성폭력처벌법 시행령 신분비공개수사 승인 기준", False),
    # a civil claim's time limit is no source's; the time to prosecute is
    ("가해자한테 민사로 손해배상 청구하면 소멸시효가 있어요?", True),
    ("What's the deadline for a civil suit for damages against him?", True),
    ("공소시효는 언제부터 진행돼요?", False),
])
def test_a_decree_not_held_and_a_civil_time_limit_are_out_of_scope(question, out):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question) is out


@pytest.mark.parametrize("question", [
    # a named company's own rules or speed
    "텔레그램은 방심위 삭제 요청을 보통 며칠 만에 처리해 줘요?",
    "What are Discord's community guidelines on AI nudes?",
    "구글은 어떤 기준으로 딥페이크 검색 결과를 지워줘요?",
    # a school record's keeping, a court statistic, a decree's attached table, a figure of a decree not held
    "딥페 가해학생 조치가 생기부에 몇 년 남아요?",
    "How long does a transfer order stay on a student's school record?",
    "How many people were convicted of deepfake crimes last year, and what share got prison?",
    "성폭력처벌법 시행령 별표에 나온 과태료 금액은 얼마예요?",
    "교원지위법 시행령상 분리 조치는 최대 며칠이에요?",
])
def test_a_companys_rules_a_school_record_court_statistics_and_a_decrees_table_are_out_of_scope(question):
    from kb.answer.scope import out_of_scope

    assert out_of_scope(question)


@pytest.mark.parametrize("question", [
    "텔레그램에 올라온 내 딥페이크 어떻게 신고해요?",
    "Does Telegram have to delete deepfakes under Korean law?",
    "인스타에 올라온 합성사진 신고하면 며칠 안에 지워야 하는 의무가 있나요?",
    "텔레그램에 올라온 지 며칠 만에 다 퍼졌어요 어떻게 신고해요?",
    "How quickly can I get my deepfake removed from Instagram?",
    "How many years can someone convicted of making deepfakes get?",
    "학폭위 조치는 몇 호까지 있어요?",
])
def test_a_platforms_duty_and_the_laws_penalty_stay_in_scope(question):
    from kb.answer.scope import out_of_scope

    assert not out_of_scope(question)
