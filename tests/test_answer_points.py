"""How a card's points are chosen: the kind of answer asked for, and one sentence of a long line when the
whole line does not fit."""
import re

import pytest

from kb.answer.records import Claim, Unit
from kb.answer.units import ANSWER_KINDS, best_sentence, sentences
from kb.answer.understanding import ASKS_FOR


def test_every_kind_of_answer_a_question_can_ask_for_has_a_pattern_for_lines():
    assert set(ASKS_FOR) == set(ANSWER_KINDS)
    assert ANSWER_KINDS["penalty"].search("3년 이하의 징역 또는 3천만원 이하의 벌금")
    assert ANSWER_KINDS["duration"].search("within 5 days of the request")
    assert ANSWER_KINDS["duration"].search("요청받은 날부터 30일") and ANSWER_KINDS["duration"].search("the 14-day limit")
    # a date, or the hours a service is open, is no length of time
    for text in ("2024년 10월 16일 공포된 개정", "1366 (24 hours)", "24 hours a day, 365 days a year", "365일 24시간 연결"):
        assert not ANSWER_KINDS["duration"].search(text), text
    # nor is a prison term: asked how long an order lasts, "up to 2 years in prison" is not the answer
    for text in ("2년 이하의 징역 또는 2천만원 이하의 벌금", "징역 5년", "3년 이상의 유기징역", "up to 2 years in prison",
                 "five years in prison", "3 years' imprisonment"):
        assert not ANSWER_KINDS["duration"].search(text), text
    # ... nor a prison term given with its fine
    for text in ("Under the earlier text it was up to 5 years or KRW 50 million", "up to 5 years or a fine",
                 "5년 이하 또는 5천만원 이하의 벌금"):
        assert not ANSWER_KINDS["duration"].search(text), text
    assert ANSWER_KINDS["duration"].search("within 5 years of the act")
    assert ANSWER_KINDS["duration"].search("no more than 3 months, extendable twice")
    assert ANSWER_KINDS["duration"].search("three months") and ANSWER_KINDS["duration"].search("up to 10 years")
    assert ANSWER_KINDS["phone"].search("call 02-735-8994")
    assert not ANSWER_KINDS["phone"].search("a hotline for young people")
    # a line's number with a Korean particle after it is one; a year, an article, a count or a sum is none
    for text in ("경찰 112나 학교폭력 신고센터 117로 신고", "1366(24시간)", "call 1388 now"):
        assert ANSWER_KINDS["phone"].search(text), text
    for text in ("1998년", "in 1998 the law", "150 days", "100명", "2024-10-16", "120만 원", "제117조", "Article 112"):
        assert not ANSWER_KINDS["phone"].search(text), text
    assert ANSWER_KINDS["count"].search("police took 1,202 cases") and ANSWER_KINDS["count"].search("학생 8명")
    assert not ANSWER_KINDS["count"].search("These are 2024 police figures")  # a year is no count


def _claim(text: str, start: int = 40) -> Claim:
    return Claim(text, Unit(0, chunk=None, start=start, text=text), "quote")


def test_a_long_line_gives_its_one_sentence_that_bears_on_the_question_and_fits():
    line = ("The decision: the commission decides within 60 days of receiving the appeal. It may extend "
            "that once by 30 days. Its reasons are sent to both sides in writing.")
    part = best_sentence(_claim(line), lambda text: float("30 days" in text), room=60)
    assert part is not None and part.text == "It may extend that once by 30 days."
    assert part.unit.start == 40 + line.index("It may extend") and part.unit.text == part.text


def test_when_no_sentence_fits_a_clause_a_semicolon_joins_may():
    line = ("Neutral and confidential: they must pass on what is said neutrally; disclosing the victim's identity is "
            "punishable by up to 3 years (Articles 38 and 50(2)).")
    part = best_sentence(_claim(line), lambda text: float("neutral" in text), room=70)
    assert part is not None and part.text == "Neutral and confidential: they must pass on what is said neutrally"
    assert part.unit.start == 40 and part.unit.text == part.text
    later = best_sentence(_claim(line), lambda text: float("3 years" in text), room=110)
    assert later is not None and later.unit.start == 40 + line.index("disclosing")


def test_a_clause_of_a_labelled_list_is_shown_after_its_label_and_quoted_alone():
    line = ("Institutions with the duty: kindergartens, schools and universities; hospitals and clinics; private "
            "academies and tutoring rooms; sports organisations [Article 34(2)]")
    part = best_sentence(_claim(line), lambda text: float("academies" in text), room=60)
    assert part is not None and part.unit.text == "private academies and tutoring rooms"
    assert part.text == "Institutions with the duty: … private academies and tutoring rooms"
    # the label's own clause, and a whole sentence chosen, are shown as they are
    first = best_sentence(_claim(line), lambda text: float("kindergartens" in text), room=80)
    assert first is not None and first.text == first.unit.text


def test_part_of_a_sentence_a_lead_in_began_never_leads():
    from kb.answer.strategies.cards import a_fragment

    for line in ("the communications standards commission (formerly the Korea Communications Standards Commission);",
                 "방송미디어통신심의위원회", "the online service providers and the operators of the boards concerned."):
        assert a_fragment(line), line
    for line in ("Yes. Since 21 June 2025 police must ask for deletion (Article 23-2(1)).",
                 "피해자가 원하면 삭제를 요청할 수 있습니다.", "1366 또는 디성센터(02-735-8994)에 연락하세요."):
        assert not a_fragment(line), line


def test_a_semicolon_inside_brackets_joins_citations_not_clauses():
    line = ("Emergencies: police may start at once and must get approval within 48 hours [Act, Article 25-3; Decree, "
            "Article 2-5(1)]; the period may not pass 3 months")
    part = best_sentence(_claim(line), lambda text: float("Decree" in text), room=120)
    assert part is not None and "48 hours" in part.unit.text and not part.unit.text.startswith("Decree")


def test_no_sentence_is_cut_from_a_line_of_one_sentence_or_when_none_fits_or_bears():
    assert best_sentence(_claim("One sentence only, far too long to fit."), lambda t: 1.0, room=10) is None
    two = "A first sentence here. A second one here."
    assert best_sentence(_claim(two), lambda t: 1.0, room=5) is None
    assert best_sentence(_claim(two), lambda t: 0.0, room=100) is None


def test_the_articles_a_card_line_names_in_either_language():
    from kb.answer.units import named_articles

    assert named_articles("(Teachers' Status Act, Articles 9(1) and 7(1))") == {"제9조", "제7조"}
    assert named_articles("교원지위법 제9조제1항, 제7조제1항") == {"제9조", "제7조"}
    assert named_articles("under Article 14-2(4), up to 3 years") == {"제14조의2"}
    assert named_articles("Articles 10(4) and (5)") == {"제10조"}
    assert named_articles("within 30 days of the decision") == set()


def test_a_cards_sub_headings_as_stored_without_their_bold():
    from kb.answer.units import is_sub_heading

    for heading in ("어기면 (제50조제2항)", "Penalty (Article 50(2))", "Good to know", "성폭력처벌법:", "누가 요청할 수 있나요?"):
        assert is_sub_heading(heading), heading
    for line in ("3년 이하의 징역 또는 3천만원 이하의 벌금에 처해질 수 있습니다.", "- 정보통신서비스 제공자, 게시판 관리·운영자",
                 "이 조항은 2020년 6월 2일부터 시행되었습니다 [제7조의2]", "| 여성가족부 | 성평등가족부 |",
                 "Breaking these rules can lead to up to 3 years in prison or a fine of up to KRW 30 million"):
        assert not is_sub_heading(line), line


def test_the_paragraphs_a_card_line_names():
    from kb.answer.units import named_paragraphs

    assert named_paragraphs("must act within 14 days (Article 17(9))") == {("제17조", 9)}
    assert named_paragraphs("교원지위법 제9조제1항, 제7조 제1항") == {("제9조", 1), ("제7조", 1)}
    assert named_paragraphs("Article 14-2(4): up to 3 years") == {("제14조의2", 4)}
    assert named_paragraphs("제17조에 따라") == set()


def test_a_run_of_short_list_items_is_one_line_quoting_the_exact_span_it_fills():
    from types import SimpleNamespace

    from kb.answer.units import short_runs

    text = "조치는 다음과 같습니다.\n- 1호 사과\n- 2호 접촉 금지\n- 3호 학교 봉사\n설명 문장입니다.\n- 하나\n- 둘"
    chunk = SimpleNamespace(text=text)
    units, offset = [], 0
    for line in text.split("\n"):
        units.append(Unit(0, chunk, offset, line, 1.0))
        offset += len(line) + 1
    out = short_runs(units, "ko")
    assert [shown for _, shown in out] == [None, "1호 사과 · 2호 접촉 금지 · 3호 학교 봉사", None, None, None]
    run = out[1][0]
    assert text[run.start:run.start + len(run.text)] == run.text == "1호 사과\n- 2호 접촉 금지\n- 3호 학교 봉사"
    assert out[3][0].text == "- 하나"  # two items are no run: each stays its own line


def test_a_list_with_a_long_item_or_in_two_chunks_is_not_joined_across_the_break():
    from types import SimpleNamespace

    from kb.answer.units import SHORT_ITEM, short_runs

    long_item = "- " + "가" * (SHORT_ITEM + 1)
    text = "\n".join(["- 가", "- 나", long_item, "- 다", "- 라"])
    chunk, other = SimpleNamespace(text=text), SimpleNamespace(text=text)
    units, offset = [], 0
    for i, line in enumerate(text.split("\n")):
        units.append(Unit(0, chunk if i < 4 else other, offset, line, 1.0))
        offset += len(line) + 1
    assert all(shown is None for _, shown in short_runs(units, "ko"))


def test_a_full_stop_after_an_abbreviation_ends_no_sentence():
    """"No. 2" and "Art. 15-3" are inside a sentence: a point cut at them quoted "1 service at school, No."."""
    line = "Measures are No. 1 a written apology and No. 2 no contact. Art. 15-3 applies, e.g. to profits. Done."
    assert [text for _, text in sentences(line)] == [
        "Measures are No. 1 a written apology and No. 2 no contact.", "Art. 15-3 applies, e.g. to profits.", "Done."]
    assert [text for _, text in sentences("Yes. 네. 그렇습니다.")] == ["Yes.", "네.", "그렇습니다."]


def test_a_card_opening_that_only_replies_to_its_title_is_left_out_when_the_question_asks_what_or_how():
    from types import SimpleNamespace

    """"받게 될 수 있습니다." answers the card's own title question ("…도 받게 되나요?"); quoted as the runner-up's
    line or to a question asking what, it said nothing. A reply with a figure or a subject is an answer."""
    from kb.answer.strategies.cards import _direct_answer

    opening = Unit(0, SimpleNamespace(text=""), 0, "받게 될 수 있습니다. 법원은 수강명령을 함께 내릴 수 있습니다. 반드시는 아닙니다.")
    assert _direct_answer(opening, yes_no=False)[1].startswith("법원은 수강명령을")
    assert _direct_answer(opening, yes_no=True)[1].startswith("받게 될 수 있습니다.")
    for kept in ("3년 이하입니다. 벌금도 있습니다.", "학교가 조치합니다. 바로 합니다."):
        assert _direct_answer(Unit(0, SimpleNamespace(text=""), 0, kept), yes_no=False)[1].startswith(kept[:5])


def test_a_yes_that_leads_a_statement_is_left_out_when_the_question_does_not_ask_yes_or_no():
    # "합의하면 처벌 안 받나요?" answered "네, … 처벌받을 수 있습니다" read as "yes, he is not punished"
    from types import SimpleNamespace

    from kb.answer.strategies.cards import _direct_answer

    line = "네, 합의해도 가해자는 재판에 넘겨져 처벌받을 수 있습니다. 친고죄가 아닙니다."
    start, text = _direct_answer(Unit(0, SimpleNamespace(text=""), 0, line), yes_no=False)
    assert text.startswith("합의해도 가해자는") and line[start:].startswith(text)
    assert _direct_answer(Unit(0, SimpleNamespace(text=""), 0, line), yes_no=True)[1].startswith("네, 합의해도")
    conditional = "Yes, if the person shown is under 19 and the image is sexual. It is a separate crime."
    assert _direct_answer(Unit(0, SimpleNamespace(text=""), 0, conditional), yes_no=False)[1].startswith("Yes, if")
    numbered = "No. 1 is a written apology to the student harmed. No. 2 is no contact."
    assert _direct_answer(Unit(0, SimpleNamespace(text=""), 0, numbered), yes_no=False)[1].startswith("No. 1")


@pytest.mark.parametrize("sentence, dependent", [
    ("The article was created by an amendment promulgated on 16 October 2024.", True),
    ("- The paragraph was added by the amendment of 19 May 2020.", True),
    ("It is a serious crime with prison only.", True),
    ("같은 조 제4항에 따라 사는 것도 처벌됩니다.", True),
    ("그 전(2024-01-16 시행본)에는 7년 이하의 징역이었습니다.", True),
    ("Article 14-3 of the Act covers threats.", False),
    ("다만 청소년성보호법 제11조 제3항의 죄로 벌금형을 받은 경우는 예외입니다.", False),
    # it qualifies the sentence before it and names nothing of its own
    ("다만 어디부터 '시작'으로 볼지는 구체적 사정에 따라 법원이 판단합니다.", True),
    ("But you do not have to hunt everything down yourself.", True),
    ("However, the court decides case by case where an attempt begins.", True),
    ("Butterflies are not a legal term.", False),
    ("The police must investigate promptly.", False),
    # its subject, further in, is what the sentence before named
    ("Article 14-3 of the Sexual Violence Punishment Act (at least 1 year) was one of them, but until 2024 it was narrower.", False),
    ("Edited material such as deepfakes was added to that article only by the amendment of 16 October 2024.", True),
    ("One of the nine measures is a written apology.", False),
    # a paragraph named without its article is one of the article the card is about
    ("- 제7항: 상습으로 제작하면 형의 2분의 1까지 가중합니다.", True),
    ("- Paragraph 7: habitual production raises the penalty by up to one half.", True),
    ("제7항은 2024년에 생겼습니다.", False),
    # a bare verdict answers the card's own title; with what it affirms, it stands alone
    ("Only partly.", True),
    ("네, 처벌됩니다.", True),
    ("Yes, it can be.", True),
    ("네, 피해자보호명령 제도가 생겼습니다.", False),
    ("Yes, you can report anonymously online through the police's cyber crime reporting system.", False),
    # a claim quoted to be corrected reads, alone, as the law
    ("A school's staff-training notice says that possessing a deepfake carries up to 7 years.", True),
    ("한 학교의 안내문은 딥페이크를 갖고만 있어도 7년 이하 징역이라고 설명합니다.", True),
    ("Nothing in the law says so.", False),
    # a consequence of the sentence before it
    ("So if you are a student, your parents can ask for you.", True),
    ("따라서 부모님이 대신 신청할 수 있습니다.", True),
    ("Sooner is better than later.", False),
    # that no fine is possible, said of whatever penalty came before
    ("벌금형은 없습니다.", True),
    ("There is no fine option.", True),
    ("벌금형이 없는 범죄는 징역형만 선고됩니다.", False),
    # ... and what follows from it, of whatever penalty came before ("a fine of up to KRW 50 million" led that answer)
    ("There is no fine option, so a conviction means a prison sentence (whether it is suspended is for the court).", True),
    ("벌금형이 없어서, 유죄가 되면 징역형이 선고됩니다.", True),
    ("There is no fine option, so Article 11(5) sends a buyer to prison.", False),
    # a document the sentence before named
    ("For the penalty, read the Act itself rather than this leaflet.", True),
    ("The school sent home a notice about the committee.", False),
    # a labelled note on the sentence before it
    ("Statute cross-check: this overstates some penalties.", True),
    ("- **Police**: once police have a report, they must ask for deletion.", False),
])
def test_a_card_sentence_that_leans_on_the_one_before_it_is_recognised(sentence, dependent):
    from kb.answer.units import dependent as leans

    assert leans(sentence) == dependent


def test_a_card_sentence_that_leans_on_the_one_before_it_is_not_quoted_alone(full_kb):
    # "The article was created … 16 October 2024" is about the youth law's Article 11-2; it was offered first to an
    # aide asking what Article 14-2 said before that date
    answer = full_kb.ask("as an aide: what did article 14-2 say before the october 2024 amendment about viewing", persona="aide")
    assert "The article was created" not in answer.answer, answer.answer


def test_a_card_that_checks_a_claim_lends_none_of_its_sentences_to_another_question(full_kb):
    # the card that checks a notice's "possessing one means 7 years" lent "Only partly." and the notice's claim to
    # a victim asking what making one carries
    from kb.answer.strategies.extracts import CLAIM_CHECK

    ctx = full_kb.answerer.context
    assert CLAIM_CHECK in ctx.card_topics("penalty-possession-not-seven-years")
    answer = full_kb.ask("How long can someone go to prison for making a deepfake of me?")
    cited = {c.source_id for c in answer.citations}
    assert "penalty-possession-not-seven-years" not in cited, answer.answer
    assert "Only partly" not in answer.answer and "notice" not in answer.answer, answer.answer
    # asked its own question, the card answers it
    own = full_kb.ask("학교 안내문에 딥페이크 갖고만 있어도 7년이라는데 맞아요?")
    assert "penalty-possession-not-seven-years" in {c.source_id for c in own.citations}, own.answer
    assert "3년 이하의 징역" in own.answer, own.answer


def test_an_unsure_answer_takes_the_point_of_the_next_card_that_bears_on_the_question(full_kb):
    """The closest other card gives its direct answer, unless one of its points covers clearly more of what
    was asked: the union survey's figures sit in a point of the card on official counts, not in its opening."""
    from kb.answer.strategies.cards import _runner_up_line

    ctx = full_kb.answerer.context
    lexical = full_kb.retriever.lexical_query
    figures = _runner_up_line(ctx, "support-stats-school-victims-2024", "ko",
                              lexical("전교조 설문에 응답한 사람은 모두 몇 명이고 그중 피해를 입었다는 사람은 몇 명이었어?"), [])
    assert "2,492" in figures[0].unit.text
    opening = _runner_up_line(ctx, "support-stats-school-victims-2024", "ko",
                              lexical("학교 딥페이크 피해 신고는 몇 건이었나요?"), [])
    assert "2,492" not in opening[0].unit.text


def _line(text: str, kind: str = "quote") -> Claim:
    return Claim(text, Unit(0, chunk=None, start=0, text=text), kind)


def test_a_line_that_says_again_what_the_lines_before_it_said_is_left_out():
    from kb.answer.answerer import _restating
    penalty = _line("성폭력처벌법 제14조의2 제4항(소지·구입·저장·시청): 3년 이하의 징역 또는 3천만원 이하의 벌금 "
                    "(2024-10-16부터 적용되는 조문)", "penalty")
    again = _line("제14조의2 제4항: 소지·구입·저장·시청은 3년 이하의 징역 또는 3천만원 이하의 벌금입니다(2024-10-16부터).")
    assert _restating([penalty, again]) == [penalty]
    # the same article and date, with something of its own to say, stays
    more = _line("제14조의2 제4항의 소지죄는 피해자가 고소하지 않아도 수사할 수 있습니다.")
    assert _restating([penalty, more]) == [penalty, more]
    # a line with a fact of its own stays, and so does a step (a list given as steps has no hole)
    older = _line("2024-10-16 이전: 제14조의2 제4항은 없었고, 소지·구입·저장·시청은 처벌되지 않았습니다 (2020-06-25부터).")
    assert _restating([penalty, older]) == [penalty, older]
    step = _line(again.text, "step")
    assert _restating([penalty, step]) == [penalty, step]
    english = _line("Article 14-2(4) (possession, purchase, storage, viewing): up to 3 years' imprisonment or a fine of "
                    "up to KRW 30 million (in force from 2024-10-16)", "penalty")
    said_again = _line("Possession, purchase, storage or viewing: up to 3 years' imprisonment or a fine of up to KRW 30 "
                       "million (Article 14-2(4), from 2024-10-16).")
    assert _restating([english, said_again]) == [english]


def test_a_question_about_todays_law_gets_no_point_about_an_earlier_wording(full_kb):
    answer = full_kb.ask("Is it illegal to just watch deepfake porn of a K-pop idol in Korea? Not sharing it, just watching.").answer
    assert "Article 14-2(4)" in answer
    assert "The version of" not in answer and "Before 2 June 2020" not in answer, answer


@pytest.mark.parametrize("line, holds", [("관계 부처·지자체·교육감은 연 1회 이상 점검하고 결과를 공개해야 합니다.", True),
                                         ("장관은 교육과 예방조치를 해마다 점검합니다.", True),
                                         ("The superintendent must train them at least once a year.", True),
                                         ("결과를 언론 등에 공표해야 합니다.", False)])
def test_how_often_is_a_length_of_time_asked_for(line, holds):
    from kb.answer.units import ANSWER_KINDS

    assert bool(ANSWER_KINDS["duration"].search(line)) is holds


def test_an_aggravated_sentence_is_an_answer_of_the_penalty_kind():
    from kb.answer.units import ANSWER_KINDS

    assert ANSWER_KINDS["penalty"].search("그 죄에 정해진 형의 2분의 1까지 무겁게 처벌합니다")
    assert ANSWER_KINDS["penalty"].search("the sentence is increased by up to one half")



def test_a_line_telling_what_came_before_never_leads_a_question_about_todays_law(full_kb):
    answer = full_kb.ask("딥페이크 만들면 몇 년 받아요?")
    first = answer.answer.splitlines()[0]
    assert not re.match(r"그\s*전에|이전|\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*(?:개정\s*)?전", first), first


def test_what_one_answer_understood_is_not_kept_for_the_next(full_kb):
    # a card line that names no article rests on the youth law only when the question names a child: that was kept
    # once per thread, so the first answer's child decided every later answer's citations
    from kb.answer.citations import _child_named
    from kb.answer.understanding import understand

    ctx = full_kb.answerer.context
    child, adult = "제 딸이 14살인데 합성 사진으로 협박받아요", "딥페이크로 협박해서 돈 뜯으면 몇 년형?"
    ctx.begin(child, understand(child))
    assert _child_named(ctx)
    ctx.begin(adult, understand(adult))
    assert not _child_named(ctx)
    ctx.begin(adult)  # begun without an understanding: no child is assumed
    assert not _child_named(ctx)


def test_a_title_line_of_prose_is_no_unit_of_an_answer():
    from types import SimpleNamespace

    from kb.answer.strategies.extracts import title_line

    text = "Notes\nA9. Bulletin: safety rules for teenagers\nThe notice was issued in 2024. It lists four rules.\n요약\n신고는 112로 합니다"
    chunk = SimpleNamespace(text=text)
    title = "A9. Bulletin: safety rules for teenagers"
    assert title_line(chunk, text.index(title), title)
    assert not title_line(chunk, text.index("The notice"), "The notice was issued in 2024.")
    assert not title_line(chunk, text.index("It lists"), "It lists four rules.")
    assert not title_line(chunk, text.index("신고는"), "신고는 112로 합니다")


@pytest.mark.parametrize("question, language", [
    # asked in English, naming the law in Korean: the words of the question, not the law's name, set the language
    ("What is the difference between 성폭력처벌법 14조 and 14조의2?", "en"),
    ("What does 청소년성보호법 say about viewing?", "en"),
    ("성폭력처벌법 14조 내용이 뭐예요?", "ko"),
    ("성폭력처벌법 제14조의2", "ko"),
])
def test_a_question_is_in_the_language_of_its_own_words(question, language):
    from kb.answer.understanding import question_language

    assert question_language(question) == language


@pytest.mark.parametrize("line, amending", [
    ('제9조 중 "「가상보호법」"을 "「가상 피해자 보호법」"으로 한다.', True),
    ("③ 가상보호법 일부를 다음과 같이 개정한다.", True),
    ("② 위원장은 교육감으로 한다.", False),
])
def test_an_amending_acts_instruction_is_told_from_the_laws_words(line, amending):
    from kb.answer.strategies.extracts import _AMENDING

    assert bool(_AMENDING.search(line)) is amending


def test_a_past_penalty_is_followed_by_no_other_paragraphs_penalty_nor_a_count_of_people(full_kb):
    # before: a count of the people who asked the centre for help and the for-profit card's "at least 3 years"
    # followed the penalty for distributing on 1 January 2022
    answer = full_kb.ask("What was the penalty for distributing a sexual deepfake on 1 January 2022?")
    assert "781" not in answer.answer and "at least 3 years" not in answer.answer, answer.answer
    assert "up to 5 years" in answer.answer.splitlines()[0], answer.answer
