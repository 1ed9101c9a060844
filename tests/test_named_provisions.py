"""A question that names a provision by law, article and paragraph (an aide's question) is answered first by that
paragraph as in force on the answer's date, whatever card or sentence is closest in words; a card that does not
rest on it does not answer. Written for this test, apart from the banks and the eval set."""
from types import SimpleNamespace

import pytest

from kb.answer.strategies.statutes import named_law, named_provisions
from kb.sources.manifest import load_manifest

SEXUAL_CRIMES_ACT = "성폭력범죄의처벌등에관한특례법/법률"
YOUTH_ACT = "아동ㆍ청소년의성보호에관한법률/법률"


@pytest.fixture(scope="module")
def laws():
    return SimpleNamespace(laws=load_manifest())


@pytest.mark.parametrize("question, expected", [
    ("What penalty does Article 14-2(3) of the Sexual Violence Punishment Act set?", [(SEXUAL_CRIMES_ACT, "제14조의2", 3)]),
    ("성폭력처벌법 제14조의3 제2항 법정형이 뭐예요?", [(SEXUAL_CRIMES_ACT, "제14조의3", 2)]),
    ("청소년성보호법 11조 5항 처벌 수위", [(YOUTH_ACT, "제11조", 5)]),
    ("Article 14-2 paragraph 4 of the sexual crimes act: since when?", [(SEXUAL_CRIMES_ACT, "제14조의2", 4)]),
    ("아청법 제11조 제5항", [(YOUTH_ACT, "제11조", 5)]),
    # no law named, or no paragraph named: nothing to quote by number
    ("제14조의2 제4항은 언제 생겼나요?", []),
    ("What does the Sexual Violence Punishment Act say about deepfakes?", []),
])
def test_the_paragraphs_a_question_names_with_their_law(laws, question, expected):
    assert named_provisions(laws, question) == expected


def test_the_longest_law_name_found_is_the_one_named(laws):
    assert named_law(laws, "성폭력처벌법 시행령 제6조의2 제1항") == "성폭력범죄의처벌등에관한특례법/시행령"
    assert named_law(laws, "성폭력처벌법 제14조의2") == SEXUAL_CRIMES_ACT


@pytest.mark.parametrize("question, first", [
    ("What penalty does Article 14-2(3) of the Sexual Violence Punishment Act set?", ("14-2(3)", "at least 3 years")),
    ("성폭력처벌법 제14조의3 제2항 법정형이 뭐예요?", ("제14조의3 제2항", "3년 이상")),
])
def test_a_named_paragraph_answers_first_and_a_card_that_does_not_rest_on_it_does_not_answer(full_kb, question, first):
    answer = full_kb.ask(question, persona="aide")
    line = answer.answer.split("\n")[0]
    assert all(part in line for part in first), line
    assert answer.route is None or answer.route["card"] not in {"penalty-illegal-filming", "penalty-deepfake-possession"}


@pytest.mark.parametrize("question", [
    "2024년 10월 성폭력처벌법 제14조의2 개정 내용 요약해줘",
    "What changed in Article 14-2 of the Sexual Violence Punishment Act in October 2024?",
])
def test_an_article_named_with_its_law_is_answered_by_a_card_that_rests_on_it(full_kb, question):
    # the deletion-support duty of 성폭력방지법 was amended the same month; its card had answered the Korean one
    answer = full_kb.ask(question, persona="aide")
    assert not answer.abstained
    if answer.route is not None:
        rests_on = {(law["law"], str(law["article"])) for law in full_kb.answerer.context.card_law(answer.route["card"])}
        assert (SEXUAL_CRIMES_ACT, "제14조의2") in rests_on, answer.route
    assert "14" in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize("question, expected", [
    ("What did Article 14-2(1) require before October 2024 that it no longer requires?",
     [(SEXUAL_CRIMES_ACT, "제14조의2", 1)]),  # only one Act has an Article 14-2 (the School Violence decree is no Act)
    ("제17조 제1항 내용이 뭐예요?", []),  # many laws have an Article 17
])
def test_an_article_named_without_its_law_is_the_only_act_that_has_it(full_kb, question, expected):
    assert named_provisions(full_kb.answerer.context, question, "2024-09-30") == expected


@pytest.mark.parametrize("question, parts", [
    ("What did Article 14-2 of the Sexual Violence Punishment Act say on 1 March 2024?",
     ["14-2(1)", "up to 5 years", "14-2(2)"]),
    ("성폭력처벌법 제14조의2는 2024년 3월 1일에 어떤 내용이었나요?", ["제14조의2 제1항", "5년 이하", "제14조의2 제2항"]),
])
def test_an_article_named_with_its_law_and_a_day_answers_with_its_paragraphs_as_they_then_read(full_kb, question, parts):
    # written for this test: the answer had opened with another article's sentence from the law's history card
    lines = full_kb.ask(question, persona="aide").answer.split("\n")
    assert all(any(part in line for line in lines[:3]) for part in parts), lines[:3]
    assert "5년 이하" in lines[0] or "up to 5 years" in lines[0], lines[0]


@pytest.mark.parametrize("question, paragraph", [
    # an article named with no law and no paragraph: the paragraphs of the only Act with it that hold the ask
    ("In Article 14-2, does the edited material have to be sexual, and does it matter if she only refused the posting?",
     "14-2("),
    ("Does Article 14-2 punish just watching one?", "14-2(4)"),
    ("제14조의2는 어떤 행위를 처벌하나요?", "제14조의2 제1항"),
])
def test_an_article_named_alone_answers_with_its_paragraphs_that_bear_on_the_ask(full_kb, question, paragraph):
    # written for this test: "제14조의2는 …" and "In Article 14-2, …" had been answered from the card on attempts
    # (제15조) and a police operation's consent rule, whose words were closer than the article named
    first = full_kb.ask(question, persona="aide").answer.split("\n")[0]
    assert paragraph in first, first
    assert "제15조" not in first and "Article 15)" not in first, first


def test_an_article_named_alone_in_many_laws_names_none(full_kb):
    from kb.answer.strategies.statutes import article_alone_paragraphs

    context = full_kb.answerer.context
    assert article_alone_paragraphs(context, "제17조는 무슨 내용이에요?", "제17조 내용", "2026-01-01") == []
    assert article_alone_paragraphs(context, "What does Article 14-2(4) say?", "Article 14-2(4)", "2026-01-01") == []
    law = "성폭력범죄의처벌등에관한특례법/법률"
    assert (law, "제14조의2", 4) in article_alone_paragraphs(context, "제14조의2는 시청도 처벌하나요?", "제14조의2 시청 처벌",
                                                           "2026-01-01")


@pytest.mark.parametrize("question, day", [
    ("When did Article 14-2 first take effect?", "25 June 2020"),
    ("제14조의2는 언제 신설됐나요?", "2020년 6월 25일"),
    ("딥페이크 처벌 조항 언제 처음 생겼어요?", "2020년 6월 25일"),
])
def test_asked_when_a_provision_began_the_answer_opens_with_its_first_day(full_kb, question, day):
    # before: the article's paragraphs as they read today, or the history card's latest change (2024), opened the
    # answer; the history card's line on the day the article was created answers it
    first = full_kb.ask(question, persona="aide").answer.split("\n")[0]
    assert day in first, first


def test_asked_when_another_article_of_a_history_card_began_its_own_day_leads(full_kb):
    # the history card of the deepfake article also dates the confiscation article (제15조의3): asked when that one
    # began, its day leads, not the deepfake article's first day (2020)
    first = full_kb.ask("성폭력처벌법 몰수·추징 조항(제15조의3)은 언제부터 시행됐나요?", persona="aide").answer.split("\n")[0]
    assert "2025" in first and "2020" not in first, first


def test_asked_when_the_limitation_period_runs_no_penalty_line_leads(full_kb):
    answer = full_kb.ask("I was 16 when a classmate made a sexual deepfake of me. For a sex crime against a minor, from "
                         "when does the statute of limitations start to run?").answer
    first = answer.split("\n")[0]
    assert "limitation" in first.lower() and "imprisonment" not in first, first


@pytest.mark.parametrize("question", [
    "How does art. 14-3 differ from art. 14-2?",
    "14조의3이랑 14조의2는 뭐가 달라요?",
    "difference between Article 14-3 and Article 14-2, please",
])
def test_two_articles_set_against_each_other_are_each_answered_by_their_own_words(full_kb, question):
    # before: a card on one of them (keeping deepfakes) answered, and a line of the AI Act followed; each article's
    # opening paragraph answers, in the order the question names them, and no line of another provision follows
    result = full_kb.ask(question, persona="aide")
    lines = [line for line in result.answer.split("\n") if line.strip() and not line.startswith(("Help", "도움"))]
    english = result.language == "en"
    first, second = ("14-3(1)", "14-2(1)") if english else ("제14조의3 제1항", "제14조의2 제1항")
    assert first in lines[0] and second in lines[1], lines
    for line in lines[2:]:
        assert ("14-2" in line or "14-3" in line) if english else ("제14조의2" in line or "제14조의3" in line), line


def test_a_branch_article_named_alone_is_the_fields_law_when_the_words_do_not_tell(full_kb):
    from kb.answer.strategies.statutes import article_alone_paragraphs

    # the Teachers' Status Act has an article 14-3 too; no card rests on it, and the question's words fit both alike
    wanted = article_alone_paragraphs(full_kb.answerer.context, "what does art. 14-3 cover", "art. 14-3 cover",
                                      "2026-01-01")
    assert wanted and {law for law, _, _ in wanted} == {"성폭력범죄의처벌등에관한특례법/법률"}, wanted


@pytest.mark.parametrize("question, spelled", [
    ("14조의2 내용이 뭐예요", "제14조의2 내용이 뭐예요"),
    ("성폭력처벌법 14조 3항", "성폭력처벌법 제14조 3항"),
    ("10조에 따라 신고하면", "제10조에 따라 신고하면"),
    # a sum in trillions is no article
    ("예산 1조 원이 들었대요", "예산 1조 원이 들었대요"),
    ("피해 규모 2조원", "피해 규모 2조원"),
    ("제14조의2", "제14조의2"),
])
def test_an_article_named_without_its_je_is_written_as_the_law_writes_it(question, spelled):
    from kb.answer.understanding import spelled_out

    assert spelled_out(question) == spelled
