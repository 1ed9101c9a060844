"""English detail questions find the statute article (issue 17). The statutes are Korean only: an English
question reaches them through the glossary's legal words and, in the mixed search, through the places of its
top k kept for statute chunks. The questions are written for this test (aides, teachers, parents), not taken
from the eval set; each names the article whose text answers it."""
import pytest

from kb.search.glossary import load_glossary
from kb.search.retrieval import Filters


@pytest.mark.parametrize("question, korean", [
    ("the student refuses to attend the special education", "거부"),
    ("can the victim's family get the minutes of the meeting", "회의록"),
    ("how quickly must the first-instance court rule", "제1심"),
    ("the parents want to sue over the measure", "소송"),
    ("is there a reward for reporting it", "포상금"),
    ("he is going abroad for a year", "출국"),
    ("what must he submit after he comes back", "입국"),
    ("does the officer need approval first", "승인"),
    ("can my sister ask on my behalf", "대리인"),
    ("a foreign company must appoint a domestic representative", "국내대리인"),
    ("can the shelter stay be extended", "연장"),
    ("within what deadline must the minister decide", "이내"),
    ("can the court hear her opinion first", "의견"),
    ("when may the principal skip separating them", "분리"),
])
def test_legal_procedure_words_reach_the_statute_terms(question, korean):
    expanded = load_glossary().expand(question)
    assert korean in expanded, (question, expanded)


@pytest.mark.parametrize("question, korean", [
    ("what if someone commits armed robbery and rape", "특수강도"),
    ("he broke into her home and assaulted her", "주거침입"),
    ("he had a knife when he raped her", "흉기"),
    ("it was a gang rape", "합동"),
    ("does it count if he is only a de facto relative", "사실상의 관계"),
    ("my boss touched me at work", "업무상 위력"),
    ("someone groped me on the subway", "대중교통수단"),
    ("he hid in the women's restroom", "화장실"),
    ("is plotting to make one punished", "음모"),
    ("does drunkenness reduce the sentence", "심신장애"),
    ("is there a statute of limitation", "공소시효"),
    ("must the police keep the undercover work secret", "비밀준수"),
    ("can police go undercover in an emergency", "긴급 신분비공개수사"),
    ("is her statement video recorded", "영상녹화"),
    ("can I file a complaint against my own parent", "직계존속"),
    ("is it a crime to lend a place for it", "장소를 제공"),
    ("is offering money for sex to a teen a crime", "성을 사기"),
    ("what if the stalker violates the order", "이행하지 아니한"),
    ("he spread false facts about me online", "거짓의 사실"),
])
def test_plain_words_reach_the_article_headings(question, korean):
    """The plain English words for an article's heading or key term bring that Korean term."""
    expanded = load_glossary().expand(question)
    assert korean in expanded, (question, expanded)


#: (question, law, article): detail questions whose article was outside the mixed top 10 before the plain
#: words of its heading were in the glossary.
HEADING_WORDS = [
    ("Is rape with a weapon punished more heavily?", "성폭력범죄의처벌등에관한특례법/법률", "제4조"),
    ("Someone groped me on a crowded subway train. What is the penalty?", "성폭력범죄의처벌등에관한특례법/법률", "제11조"),
    ("Can the offender's phone and the deepfake files be confiscated?", "성폭력범죄의처벌등에관한특례법/법률", "제15조의3"),
    ("Does drunkenness reduce the sentence for a sex crime?", "성폭력범죄의처벌등에관한특례법/법률", "제20조"),
    ("Must the police keep the undercover operation secret?", "성폭력범죄의처벌등에관한특례법/법률", "제22조의8"),
    ("Is it a crime to lend a place for child prostitution?", "아동ㆍ청소년의성보호에관한법률/법률", "제15조"),
    ("What is the punishment for stalking with a weapon?", "스토킹범죄의처벌등에관한법률/법률", "제18조"),
]


@pytest.mark.parametrize("question, law, article", HEADING_WORDS)
def test_heading_words_bring_the_article_into_the_mixed_top_10(full_kb, question, law, article):
    assert _found(full_kb, question, law, article, 10)


#: (question, law, article): the article's text answers the question.
DETAIL = [
    ("How long can the school violence committee's mediation between the two families last at most?",
     "학교폭력예방및대책에관한법률/법률", "제18조"),
    ("As a disciplined teacher, how many days do I have to file an appeal with the teachers' appeal commission?",
     "교원의지위향상및교육활동보호를위한특별법/법률", "제9조"),
    ("Can I ask the court myself for a protection order against my stalker, and by when?",
     "스토킹범죄의처벌등에관한법률/법률", "제17조의6"),
    ("How many years is a registered sex offender's information kept if he was only fined?",
     "성폭력범죄의처벌등에관한특례법/법률", "제45조"),
    ("A registered offender is going abroad for a year. What must he submit before leaving and after he comes back?",
     "성폭력범죄의처벌등에관한특례법/시행령", "제4조의2"),
    ("Do companies offering generative AI have to label AI-made images as AI-generated?",
     "인공지능발전과신뢰기반조성등에관한기본법/법률", "제31조"),
    ("How can I get the name and address of an anonymous user who posted a fake picture of me so I can sue him?",
     "정보통신망이용촉진및정보보호등에관한법률/법률", "제44조의6"),
]


def _found(full_kb, question, law, article, k, source_types=()):
    hits = full_kb.answerer.retriever.search(question, k, Filters(source_types=source_types))
    chunks = [full_kb.answerer.context.index.get(h.chunk_id) for h in hits]
    return any(c.record.law_key == law and c.record.extra.get("article") == article for c in chunks)


@pytest.mark.parametrize("question, law, article", DETAIL)
def test_english_detail_questions_find_their_article_among_the_statutes(full_kb, question, law, article):
    assert _found(full_kb, question, law, article, 5, ("statute",))


def test_english_questions_keep_room_for_the_law_in_the_mixed_top_5(full_kb):
    """Before, the bilingual cards took all five places of every English question."""
    found = sum(_found(full_kb, question, law, article, 5) for question, law, article in DETAIL)
    assert found >= len(DETAIL) // 2, found
    retriever, index = full_kb.answerer.retriever, full_kb.answerer.context.index
    for question, _, _ in DETAIL:
        kinds = [index.get(h.chunk_id).record.source_type for h in retriever.search(question, 5)]
        assert "statute" in kinds and kinds[0] == "card", kinds  # the cards keep their order before it


def test_korean_questions_are_ranked_as_before(full_kb):
    retriever = full_kb.answerer.retriever
    question = "학폭 분쟁조정 기간은 최대 얼마인가요?"
    hits = retriever.search(question, 5)
    assert retriever._statute_quota(question, Filters(), 5) == 0
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.parametrize("question, korean", [
    ("the police put emergency measures on my stalker", "긴급응급조치"),
    ("what if he violates the stay-away orders", "잠정조치"),
    ("my company demoted me after I reported it", "강등"),
    ("someone posted things online just to smear me", "비방"),
    ("a counsellor told others what I said in confidence", "비밀 엄수"),
])
def test_plural_and_everyday_words_reach_the_statute_terms(question, korean):
    """A glossary term's last word may take a plural ending ("emergency measures"): the row need not be repeated."""
    expanded = load_glossary().expand(question)
    assert korean in expanded, (question, expanded)


def test_a_glossary_term_is_not_found_inside_a_longer_word():
    assert "판사" not in load_glossary().expand("the judgement was final")
    assert "판사" in load_glossary().expand("two judges heard it")


#: (question, law, article): the article was not among the 5 best statute chunks while the model embedded the
#: English words alone (the statutes are Korean only); it is with the Korean terms of the question's glossary
#: phrases (`Retriever._statute_meaning`), and it is in the mixed top 10 with the places kept for statutes.
MEANING = [
    ("For a sex crime against a 16-year-old, when does the limitation period start running?",
     "아동ㆍ청소년의성보호에관한법률/법률", "제20조"),
    ("Can the victim's parents file an administrative appeal if they think the measures against the bully were too "
     "light?", "학교폭력예방및대책에관한법률/법률", "제17조의2"),
    ("When can a principal suspend a student's attendance right away, before the committee meets?",
     "학교폭력예방및대책에관한법률/시행령", "제21조"),
]


@pytest.mark.parametrize("question, law, article", MEANING)
def test_the_statute_search_embeds_the_question_with_its_korean_terms(full_kb, question, law, article):
    assert _found(full_kb, question, law, article, 5, ("statute",))
    assert _found(full_kb, question, law, article, 10)


def test_the_statute_meaning_is_the_expanded_question_only_for_a_search_of_the_statutes(full_kb):
    retriever = full_kb.answerer.retriever
    question = "how long does the emergency measure last"
    expanded = retriever.lexical_query(question)
    assert expanded != question
    assert retriever._statute_meaning(question, expanded, Filters(source_types=("statute",))) == expanded
    # the mixed search reads the English words alone: the bilingual cards are found by them
    assert retriever._statute_meaning(question, expanded, Filters()) == question
    korean = "긴급응급조치 기간은 얼마나 돼요"
    assert retriever._statute_meaning(korean, retriever.lexical_query(korean), Filters(source_types=("statute",))) \
        == korean


def test_english_questions_keep_five_of_ten_places_for_the_law(full_kb):
    retriever = full_kb.answerer.retriever
    assert retriever._statute_quota("how long does the emergency measure last", Filters(), 10) == 5
    assert retriever._statute_quota("how long does the emergency measure last", Filters(), 5) == 2


#: (question, law, article, paragraph): an aide's question whose paragraph was outside the mixed top 10 while the
#: glossary lacked its phrasing or gave a word its wrong sense (a copy of the minutes read as a copied video, a
#: prison that sends records as a prison sentence); written for this test, not taken from the eval set.
PHRASINGS = [
    ("Can a newspaper publish the name of a stalking victim without her consent?",
     "스토킹범죄의처벌등에관한법률/법률", "제17조의3", 2),
    ("Can a platform temporarily block a post on its own initiative without anyone asking?",
     "정보통신망이용촉진및정보보호등에관한법률/법률", "제44조의3", 1),
    ("Within what period can the poster object to a large platform's takedown decision?",
     "정보통신망이용촉진및정보보호등에관한법률/법률", "제44조의12", 4),
    ("Which platforms must designate a person responsible for preventing the distribution of illegal filmed material?",
     "정보통신망이용촉진및정보보호등에관한법률/법률", "제44조의9", 1),
    ("Once someone obtains an anonymous user's information from the platform, what may they use it for?",
     "정보통신망이용촉진및정보보호등에관한법률/법률", "제44조의6", 3),
    ("Can the parents of a bullied student get a copy of the committee meeting minutes?",
     "학교폭력예방및대책에관한법률/법률", "제21조", 3),
    ("Who pays for deleting illegally filmed images of a victim from the internet?",
     "성폭력방지및피해자보호등에관한법률/법률", "제7조의3", 4),
    ("Who receives the registered information once an offender held in prison is released?",
     "성폭력범죄의처벌등에관한특례법/법률", "제45조", 6),
    ("Does a registered offender have to report his car's plate number?",
     "성폭력범죄의처벌등에관한특례법/시행령", "제3조", 1),
    ("After a disguised investigation ends, what must the police tell the victim?",
     "성폭력범죄의처벌등에관한특례법/시행령", "제2조의4", 4),
]


@pytest.mark.parametrize("question, law, article, paragraph", PHRASINGS)
def test_aide_phrasings_bring_the_paragraph_into_the_mixed_top_10(full_kb, question, law, article, paragraph):
    index = full_kb.answerer.context.index
    records = [index.get(h.chunk_id).record for h in full_kb.answerer.retriever.search(question, 10, Filters())]
    wanted = f"{article} 제{paragraph}항"
    assert any(r.law_key == law and any(span[0] == wanted for span in r.spans) for r in records), \
        [r.locator for r in records]


#: (question, law, article, paragraph): the paragraph is fourth or fifth in the question's statute ranking, behind
#: other paragraphs of the same subject; with three of ten places kept for statutes it was not in the mixed top 10.
FOURTH_OR_FIFTH = [
    ("When the police impose an emergency measure on a stalker, do they have to notify the victim?",
     "스토킹범죄의처벌등에관한법률/법률", "제6조", 1),
    ("Within how many days after the judgment becomes final must a registered offender submit his personal "
     "information?", "성폭력범죄의처벌등에관한특례법/법률", "제43조", 1),
    ("According to the decree, whose approval does an officer need before starting an undercover investigation "
     "without revealing his identity?", "성폭력범죄의처벌등에관한특례법/시행령", "제2조의5", 1),
]


@pytest.mark.parametrize("question, law, article, paragraph", FOURTH_OR_FIFTH)
def test_five_of_ten_places_reach_the_statute_rankings_fourth_and_fifth(full_kb, question, law, article, paragraph):
    test_aide_phrasings_bring_the_paragraph_into_the_mixed_top_10(full_kb, question, law, article, paragraph)
    index = full_kb.answerer.context.index
    kinds = [index.get(h.chunk_id).record.source_type for h in full_kb.answerer.retriever.search(question, 5)]
    assert kinds.count("statute") == 2, kinds  # the top 5, which answers read, keeps its two places
