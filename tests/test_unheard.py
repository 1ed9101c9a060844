"""A question about something no source ever names is told so first, and offered the closest the sources come,
instead of a neighbouring card's quote passed off as its answer."""
from kb.answer.messages import UNANSWERED, UNHEARD
from kb.answer.unheard import known_words, unanswered, unheard


def test_a_noun_of_the_ask_that_no_source_names_is_unheard():
    known = known_words(["딥페이크 피해자는 범죄피해자로서 삭제 지원을 받을 수 있습니다.", "피해자 지원 받을 수 있나요?"])
    assert unheard("딥페이크 피해자도 범죄피해자 구조금 받을 수 있나요?", known) == ["구조금"]
    assert unheard("딥페이크 피해자도 삭제 지원 받을 수 있나요?", known) == []


def test_the_story_before_the_ask_is_not_asked_about():
    known = known_words(["지하철에서 몰래 사진을 찍으면 처벌됩니다.", "상담 준비와 지원"])
    assert unheard("출근길 지하철에서 누가 제 사진을 찍었는데 처벌되나요?", known) == []
    assert unheard("친구가 말해 줬어요. 검정고시 준비 지원도 있나요?", known) == ["검정고시"]


def test_the_answer_says_first_what_the_sources_do_not_say(full_kb):
    # before: the fine-or-prison card's opening, a neighbour's quote, was the whole answer to a question about state
    # compensation (구조금), which no source names
    answer = full_kb.ask("딥페이크 피해자도 범죄피해자 구조금 받을 수 있나요?")
    opening = UNHEARD["ko"].format(terms="'구조금'")
    assert not answer.abstained and answer.answer.startswith(opening), answer.answer[:200]
    assert answer.citations and "1366" in answer.answer
    assert not full_kb.ask("아동 성범죄 신고하면 포상금 있어요?").answer.startswith(UNHEARD["ko"][:20])


def test_an_english_ask_names_what_no_source_names():
    # before: only Korean questions were checked; an English question about insurance got a neighbour card's quote
    known = known_words(["Victims can get counselling and therapy costs paid by the state.",
                         "Can my therapy be paid for? Is my health at risk?"])
    assert unheard("I'm a deepfake victim. Can my therapy costs be claimed on my health insurance?", known, "en") \
        == ["insurance"]
    assert unheard("Can my therapy costs be paid?", known, "en") == []


def test_an_english_story_is_not_asked_about_nor_its_everyday_words():
    known = known_words(["Report it to the police."])
    # the story before the ask, and the words of a clause that names no thing ("i kinda overreacted")
    assert unheard("My cousin studies astrophysics, so can I report it to the police?", known, "en") == []
    assert unheard("lol is it bad that i kinda overreacted when she told the police?", known, "en") == []


def test_a_teenager_s_contractions_typed_without_apostrophes_are_no_asks():
    # before: "hell" (he'll) was named as a word no source uses, and the answer opened by saying so
    known = known_words(["Threatening someone with a fake nude is a crime."])
    assert unheard("this guy says hell leak my fake nudes unless i send more pics wat crime is that", known, "en") == []
    assert unheard("shell post it and theyll see it, wont that be a crime", known, "en") == []


def test_inflected_forms_compounds_generic_words_and_the_fields_slang_are_heard():
    known = known_words(["허위영상물을 편집하면 처벌됩니다. 경찰은 특별 집중 단속을 했습니다. 강제로 전학 보낼 수 있습니다.",
                         "출근하는 길에 남자가 따라오면 스토킹입니다.", "the parent must be told", "the victim got relief"])
    # before: each of these was named as a word no source uses
    assert unheard("허위영상물 편집죄의 구성요건이 뭐예요?", known) == []  # 편집 + 죄; a word for the kind of answer
    assert unheard("딥페이크 특별단속은 언제까지 해요?", known) == []  # 특별 + 단속
    assert unheard("가해자 강제전학 가능해요?", known) == []  # 강제 + 전학
    assert unheard("출근길마다 따라오는 남자 신고 가능?", known) == []  # 출근 + 길, kept whole by the tokenizer
    assert unheard("제 사진이 텔방에 돌아다닌대요 어디다 신고해요?", known) == []  # the field's slang (텔레그램방)
    assert unheard("Will my parents be told?", known, "en") == []
    assert unheard("What are the elements of the offence?", known, "en") == []
    # a head that makes a new thing of its modifier is still unheard: 구조 (relief) is known, 구조금 (relief money) not
    assert unheard("범죄피해자 구조금 받을 수 있나요?", known) == ["구조금"]


def test_an_english_verb_with_its_object_is_an_act_told_not_a_thing_asked():
    # before: "Can they be punished for outing me like that?" opened with "… say nothing about 'outing'"
    known = known_words(["Revealing a victim's identity online is punished."])
    assert unheard("Someone wrote my full name on the board. Can they be punished for outing me like that?", known,
                   "en") == []
    assert unheard("Can they be punished for the outing?", known, "en") == ["outing"]


def test_the_service_an_image_is_on_is_heard_as_a_network():
    # before: a victim asking whom to call opened with "My sources … say nothing about 'twitter'"
    known = known_words(["Ask the service provider to have the video taken down or deleted; call 02-735-8994."])
    assert unheard("who do i call to get my fake video taken down from twitter", known, "en") == []
    assert unheard("how do i get it off instagram and tiktok", known, "en") == []
    assert unheard("인스타에 올라온 합성사진 어디에 신고해요?", known) == []
    assert unheard("who do i call about my insurance", known, "en") == ["insurance"]


def test_the_one_an_ask_is_directed_at_must_be_named_by_the_answer_found():
    lines = ["고의로 허위정보를 퍼뜨린 사람은 손해를 배상할 책임이 있습니다.", "A person who spreads a deepfake must pay."]
    assert unanswered("딥페이크 만든 애 부모한테 손해배상 청구할 수 있나요?", lines) == ["부모"]
    assert unanswered("Can I sue the parents of the boy who made the deepfake?", lines, "en") == ["parents"]
    # a possessive before the party is whose party it is ("the boy's parents" are asked about, not the boy)
    assert unanswered("Could we sue the boy's parents over the fake photos?", lines, "en") == ["parents"]
    # what is told is no one told ("tell the story many times")
    assert unanswered("will i have to tell the story many times to different people?", lines, "en") == []
    # another word for the same party is a name for it: a statute's 보호자 is the parent asked about
    assert unanswered("부모에게 통보되나요?", ["학교장은 보호자에게 알려야 합니다."]) == []
    assert unanswered("Will they tell my mom?", ["The school must inform the guardian."], "en") == []
    # an English party is a word, not letters inside another ("dad" in "a deepfake")
    assert unanswered("Can I tell my dad?", ["You can report a deepfake."], "en") == ["dad"]


def test_an_english_answer_and_an_answer_to_someone_else_say_first_what_the_sources_do_not_say(full_kb):
    # before: no English answer opened so, and the parents' liability was answered with the maker's own
    answer = full_kb.ask("I'm a deepfake victim. Can my therapy costs be claimed on my health insurance?")
    assert not answer.abstained and answer.answer.startswith(UNHEARD["en"].format(terms="'insurance'"))
    answer = full_kb.ask("딥페이크 만든 애 부모한테 손해배상 청구할 수 있나요?")
    assert not answer.abstained and answer.answer.startswith(UNANSWERED["ko"].format(terms="'부모'"))
    answer = full_kb.ask("Can I sue the parents of the boy who made the deepfake for damages?")
    assert answer.answer.startswith(UNANSWERED["en"].format(terms="'parents'"))
    for question in ("신고하면 제 이름이 가해자한테 알려지나요?", "Is it a crime just to look at a fake nude of someone?"):
        opening = full_kb.ask(question).answer
        assert not opening.startswith((UNANSWERED["ko"][:10], UNANSWERED["en"][:10], UNHEARD["en"][:10])), question


def test_an_english_story_run_on_into_its_question_is_not_asked_about():
    # before: 'stepdad' and 'bathroom', the story's words, were named as what the sources do not cover
    known = known_words(["A hidden camera is a crime. What to do first: report it."])
    assert unheard("my stepdad put a hidden camera in the bathroom what do i do", known, "en") == []
    assert unheard("Can my stepdad put a camera in the bathroom?", known, "en") == ["stepdad", "bathroom"]


def test_an_english_word_the_glossary_gives_a_korean_term_the_sources_use_is_heard(full_kb):
    """"expenses" is written nowhere in English, but the glossary gives it 비용, which the statutes use: the question
    is not one about something the sources never hold. "insurance" has no such term and stays unheard."""
    answerer = full_kb.answerer
    assert answerer._unheard_words("Who pays the expenses of removing the deepfake?", "en", None) == []
    assert "insurance" in answerer._unheard_words("can my therapy costs go on my health insurance?", "en", None)


def test_a_verb_after_the_one_told_is_no_part_of_a_party():
    from kb.answer.unheard import unanswered

    texts = ["A summary order ends the case with a fine; the victim is told of it."]
    assert unanswered("I was told the case ended in a 'summary order' fine. Can I object?", texts, "en") == []
    assert unanswered("can i sue the parents of the boy who made it?", ["The maker must pay."], "en") == ["parents"]


def test_an_english_word_of_quantity_is_not_what_is_asked():
    # before: "a bunch of sites" made "bunch" an unheard word, and a victim asking whom to call to get pictures taken
    # down was told that no source answered
    known = known_words(["Ask the support centre to have the pictures taken down from the sites."])
    assert unheard("who do i call to get the pics taken down theyre on a bunch of sites", known, "en") == []
    assert unheard("can i get a lot of compensation", known, "en") == ["compensation"]


def test_an_english_word_that_qualifies_the_ask_is_not_what_is_asked():
    # "without a formal request from her" asks whether the centre may act unasked: "formal" named nothing unheard, and
    # the answer opened by saying the sources said nothing about it
    known = known_words(["The support centre must help delete the material even without a request from the victim."])
    assert unheard("Can the support centre act without a formal request from her?", known, "en") == []


def test_a_clause_joined_after_the_one_told_is_no_part_of_a_party():
    # "tell the police so they believe …": the party is the police, whom the answer names; "so" is no party's word
    from kb.answer.unheard import unanswered

    texts = ["These records can be used when you report to the police."]
    assert unanswered("what should I tell the police so they believe it wasn't me in the video", texts, "en") == []
