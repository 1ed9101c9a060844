"""The shape of an answer: the direct answer first, comfort only for the person harmed, help chosen by
need and given once at the end, the not-advice line as a field, a length a person reads whole, and the
law a card line rests on."""
import re

import pytest

from kb.answer.citations import asked_source, citation
from kb.answer.compose import MAX_ANSWER_CHARS, help_line
from kb.answer.refusals import NOT_ADVICE

pytestmark = pytest.mark.slow

COMFORT = "당신 잘못이 아닙니다"


@pytest.mark.parametrize("question, wanted, unwanted", [
    ("중학생인데 제 합성 사진이 단톡방에 올라왔어요", ["1366", "1388", "02-735-8994"], []),
    ("학폭위 조치는 몇 가지예요?", ["1366", "117"], ["1388"]),
    ("딥페이크 소지 처벌 조항은?", ["1366"], ["117", "1388", "112", "02-735-8994"]),
    ("he says he'll post it unless i pay, im scared", ["1366", "112"], []),
    ("돈 안 주면 합성사진 뿌린대요", ["1366", "112"], []),  # a threat, though no word says so
    ("디성센터 전화번호 알려주세요", ["1366", "02-735-8994"], ["112", "117"]),  # the deletion centre named
])
def test_help_is_chosen_by_need_and_1366_is_always_there(question, wanted, unwanted):
    from kb.answer.understanding import understand

    line = help_line("ko", understand(question), question)
    assert all(n in line for n in wanted) and not any(n in line for n in unwanted), line


def test_a_victim_gets_the_answer_first_and_comfort_after_it(full_kb):
    answer = full_kb.ask("제 얼굴로 만든 딥페이크가 퍼지고 있어요 ㅠㅠ 어떻게 지워요?", persona="victim")
    first = answer.answer.split("\n")[0]
    assert not first.startswith("- ") and NOT_ADVICE["ko"] not in answer.answer and COMFORT not in first
    assert COMFORT in answer.answer and answer.answer.index(COMFORT) > answer.answer.index("[1]")
    assert answer.notice == NOT_ADVICE["ko"]
    assert answer.answer.strip().split("\n")[-1].startswith("도움:") and answer.answer.count("도움:") == 1


@pytest.mark.parametrize("question", [
    "my classmate made a deepfake nude of me and shared it in a group chat. what can i do?",
    "같은 반 애가 제 딥페이크를 만들어서 단톡방에 올렸어요. 어떡해요?",
])
def test_comfort_is_said_once_even_when_a_cited_line_says_it(full_kb, question):
    answer = full_kb.ask(question, persona="victim")
    said = re.findall(r"not your fault|잘못이 아닙니다", answer.answer, re.I)
    assert len(said) == 1, answer.answer


@pytest.mark.parametrize("question", [
    "학교에서 딥페이크 사건 알게 되면 교감은 어디에 알려야 하나요?",
    "as a principal what do i have to do right away when i find out about school violence, before the committee? "
    "is there a no-contact rule",  # the school's reporting card comes as the neighbouring card's line
])
def test_no_line_announces_a_list_that_does_not_follow(full_kb, question):
    answer = full_kb.ask(question, persona="staff")
    assert not re.search(r"아래는|Below is|다음과 같습니다", answer.answer), answer.answer


def test_staff_and_aides_get_no_comfort(full_kb):
    for persona in ("staff", "aide"):
        answer = full_kb.ask("딥페이크를 만든 학생에게 어떤 조치를 할 수 있나요?", persona=persona)
        assert not answer.abstained and COMFORT not in answer.answer


def test_answers_stay_short_enough_to_read(full_kb):
    questions = ["딥페이크 영상을 저장하거나 시청만 해도 처벌받나요?", "1366은 무슨 번호예요?",
                 "What should a school do first when a student reports a deepfake of herself?",
                 "학교폭력 심의위원회 조치에 불복하려면 어떻게 해요? 기한이랑 절차 다 알려주세요",
                 "Can a registered sex offender work at a school or a hagwon?"]
    for question in questions:
        answer = full_kb.ask(question)
        assert len(answer.answer) <= MAX_ANSWER_CHARS, (question, len(answer.answer))


def test_a_routed_card_answer_cites_the_law_it_rests_on_exactly(full_kb):
    answer = full_kb.ask("딥페이크 피해자도 국선변호사를 무료로 받을 수 있나요?", persona="victim")
    assert answer.route is not None
    card = next(c for c in answer.citations if c.source_type == "card")
    assert card.primary, "a card line carries the law it rests on"
    for law in card.primary:
        stored = full_kb.chunk(law["chunk_id"])
        assert stored.record.source_type == "statute" and law["quote"] in stored.text
        assert law["effective_from"] and law["url"].startswith("https://")


@pytest.mark.parametrize("card, sentence, article", [
    ("penalty-deepfake-sale-online", "Since 16 October 2024 the penalty is imprisonment for a fixed term of at least 3 years.",
     "제14조의2 제3항"),
    ("penalty-deepfake-sale-online", "2024년 10월 16일부터 형량은 3년 이상의 유기징역입니다.", "제14조의2 제3항")])
def test_a_card_sentence_rests_on_the_article_its_paragraph_named_before_it(full_kb, card, sentence, article):
    # the sentence names no article; its paragraph opened with "Article 14-2(3) …" (the card's first source,
    # paragraph 1, was cited before: a wrong article for a true line)
    from kb.answer.citations import card_context, primary_law
    from kb.answer.records import Unit

    ctx = full_kb.answerer.context
    ctx.begin(sentence)
    paragraph = next(u for u in ctx.card_lines(card) if sentence in u.text)
    unit = Unit(0, paragraph.chunk, paragraph.start + paragraph.text.index(sentence), sentence)
    assert primary_law(ctx, card, card_context(ctx, unit), "2026-01-01")[0]["locator"] == article


def test_part_of_a_card_list_item_rests_on_the_articles_the_item_names(full_kb):
    # the clause names no article; its item ends "(Articles 38 and 50(2))". Before, the list's lead line was read
    # (Articles 36 and 37) and the line was cited to an article about something else
    from kb.answer.citations import card_context, primary_law
    from kb.answer.records import Unit

    card, clause = "support-statement-assistant", "statement assistants must pass on what is said neutrally"
    ctx = full_kb.answerer.context
    ctx.begin(clause)
    item = next(u for u in ctx.card_lines(card) if clause in u.text)
    unit = Unit(0, item.chunk, item.start + item.text.index(clause), clause)
    assert primary_law(ctx, card, card_context(ctx, unit), "2026-01-01")[0]["locator"].startswith("제38조")


@pytest.mark.parametrize("clause", [
    "the purpose requirement is deleted, so making alone is a crime",
    "목적 요건을 삭제해 만들기만 해도 처벌"])
def test_part_of_a_card_list_item_does_not_rest_on_an_article_a_later_sentence_is_about(full_kb, clause):
    # the item on the 2024 amendment ends "On the same day the threats article (Article 14-3) was widened": its
    # first sentence, about Article 14-2, was cited to Article 14-3
    from kb.answer.citations import card_context, primary_law
    from kb.answer.records import Unit

    card = "penalty-deepfake-law-history"
    ctx = full_kb.answerer.context
    ctx.begin(clause)
    item = next(u for u in ctx.card_lines(card) if clause in u.text)
    assert re.search(r"14-3|제14조의3", item.text)
    unit = Unit(0, item.chunk, item.start + item.text.index(clause), clause)
    cited = primary_law(ctx, card, card_context(ctx, unit), "2026-01-01")
    assert cited and all(law["locator"].startswith("제14조의2") for law in cited), cited


def test_a_surveys_figures_are_not_cited_to_a_law(full_kb):
    # the survey card names Article 14-2(4) once, for what came later; its figures rest on the reports
    answer = full_kb.ask("전교조 설문 응답자 몇 명이었어요? 피해자는 몇 명이었고요?", persona="aide")
    lines = [c for c in answer.citations if c.source_id == "support-stats-ktu-survey-2024"]
    assert lines, answer.answer
    for cited in lines:
        assert cited.primary == [] or re.search(r"제\s*14조의2|14-2", cited.quote), (cited.quote, cited.primary)


@pytest.mark.parametrize("types, laws", [(("news",), ()), (("statute",), ("성폭력범죄의처벌",)), (("card",), ())])
def test_every_line_of_an_answer_keeps_to_the_callers_types_and_laws(full_kb, types, laws):
    """The statute engine and the routed card search beyond the first retrieval; the caller's filters bind
    them too (before, a news-only answer still quoted statutes and cards)."""
    from kb.search.retrieval import Filters

    answer = full_kb.answerer.ask("딥페이크를 소지하거나 시청해도 처벌받나요?", filters=Filters(source_types=types, laws=laws))
    assert answer.citations or answer.abstained
    for citation in answer.citations:
        assert citation.source_type in types, (citation.source_type, citation.title)
        if laws:
            assert "성폭력범죄의처벌" in citation.source_id


def test_a_callers_filters_follow_the_date_the_question_implies(full_kb):
    from kb.search.retrieval import Filters

    answer = full_kb.answerer.ask("2024년 9월 당시 딥페이크 소지는 처벌됐나요?", filters=Filters(source_types=("statute",)))
    assert answer.as_of == "2024-09-15"
    # the law of that date had no such offence: the answer says so, and from when it had
    first = answer.answer.split("\n")[0]
    assert "없었습니다" in first and "2024-10-16" in first, first
    assert all(c.source_type == "statute" for c in answer.citations)


def test_an_impossible_date_in_a_question_implies_no_date():
    from kb.answer.understanding import implied_date

    assert implied_date("2024년 13월 45일에 올라온 딥페이크") is None
    assert implied_date("2024년 13월 45일, 그리고 2024년 9월 당시 법은?") == "2024-09-15"


def test_a_retrieved_vector_whose_chunk_the_catalog_lacks_does_not_break_the_relevance_check(full_kb):
    """A worker's older catalog copy, or a kill between the two writes, can leave a vector without its
    chunk; the relevance check read `.text` from None."""
    from kb.search.retrieval import Hit

    near = full_kb.settings.min_relevance - full_kb.settings.relevance_margin / 2  # decided by the words
    # a question naming no word only the field uses: the chunks' words decide, and there is none to read
    assert full_kb.answerer._relevant([Hit("no-such-chunk", 1.0, dense=near)], "처벌 기준이 뭐예요", "ko") is False


def test_a_law_named_at_the_end_of_a_line_is_not_named_again_on_the_next(full_kb):
    import re

    answer = full_kb.ask("삭제 지원은 누가 요청할 수 있나요? 언니가 대신 해도 되나요?")
    named = [m.group(1) if (m := re.search(r"\[\d+\] \(([^)]*)\)$", line)) else None
             for line in answer.answer.split("\n\n")[0].split("\n")]
    assert any(named) or "성폭력방지법 제7조의3 제2항" in answer.answer.split("\n")[0], answer.answer
    assert all(a is None or a != b for a, b in zip(named, named[1:])), answer.answer


def test_a_law_is_named_in_full_once_and_by_its_short_name_after(full_kb):
    """An English answer gave "Act on Special Cases Concerning the Punishment of Sexual Crimes (성폭력처벌법)" on
    each penalty line: the full name is said once, and the short name after it."""
    answer = full_kb.ask("What is the penalty for sharing and for possessing a sexual deepfake?").answer
    full = "Act on Special Cases Concerning the Punishment of Sexual Crimes (성폭력처벌법)"
    assert answer.count(full) == 1, answer
    assert "성폭력처벌법, Article 14-2(4)" in answer, answer


def test_a_line_that_names_its_law_and_article_is_not_cited_to_them_again(full_kb):
    """"성폭력처벌법 제14조의2 제3항은 영리를 목적으로 … 처벌합니다. [4] (성폭력처벌법 제14조의2 제3항)": the line
    says where it comes from; the answer does not say it twice. A line that names the article without its law
    keeps the law's name after it."""
    for question in ("영리 목적으로 딥페이크 팔면 처벌이 더 무겁나요?",
                     "What is the penalty for sharing and for possessing a sexual deepfake?"):
        for line in full_kb.ask(question).answer.split("\n\n")[0].split("\n"):
            cited = re.search(r"\[\d+\] \((\S+) (.+)\)$", line)
            assert not (cited and line.count(cited.group(2)) > 1 and line.count(cited.group(1)) > 1), line


def test_a_card_list_item_cites_the_article_and_version_its_lead_line_names(full_kb):
    """The possession card's youth-law items name no article: their lead line names 청소년성보호법 제11조
    제5항, and each item the version it describes. Before, both cited the card's first source (성폭력처벌법
    제14조의2 제4항) as in force today."""
    answerer = full_kb.answerer
    lines = answerer.context.card_lines("penalty-deepfake-possession")
    for start, version in (("- From 2 June 2020", "2020-06-02"), ("- Before 2 June 2020", "2020-05-27")):
        line = next(u for u in lines if u.text.startswith(start))
        primary = citation(answerer.context, 1, line, "2026-11-29").primary
        assert primary and primary[0]["locator"] == "제11조 제5항", primary
        assert "아동ㆍ청소년의성보호" in primary[0]["source_id"]
        assert primary[0]["effective_from"] <= version and (primary[0]["effective_to"] or "9999") >= version
    opening = next(u for u in lines if u.text.startswith("Yes. Since 16 October 2024"))
    assert citation(answerer.context, 1, opening, "2026-11-29").primary[0]["locator"] == "제14조의2 제4항"


def test_a_card_line_that_names_no_article_cites_the_card_source_the_question_points_at(full_kb):
    """The registration card rests on five provisions; asked how fast an exemption is decided, a line
    naming none of them cites the decree article on that (before: always the card's first source)."""
    answerer = full_kb.answerer
    card = "penalty-registration-end-exemption"
    laws = answerer.context.card_law(card)
    answerer.context.answering.question, answerer.context.answering.asked = "등록 면제를 신청하면 법무부장관은 며칠 안에 결정해야 하나요?", {}
    chosen = asked_source(answerer.context, card, laws, "2026-11-29")
    assert [(s["law"], s["article"]) for s in chosen] == [("성폭력범죄의처벌등에관한특례법/시행령", "제6조의2")]
    answerer.context.answering.question, answerer.context.answering.asked = "", {}
    assert asked_source(answerer.context, card, laws, "2026-11-29") == laws[:1]


def test_the_first_line_answers_what_was_asked_not_the_cards_own_yes_or_no(full_kb):
    # the routed card opens "Yes." to its own title question; asked for the penalty, the penalty comes first
    answer = full_kb.ask("What is the maximum penalty for making a sexual deepfake of an adult?")
    first = answer.answer.split("\n")[0]
    assert not first.startswith("Yes") and "7 years" in first and "14-2(1)" in first, first
    asked = full_kb.ask("Is there a counselling line for teenagers?")  # asked yes or no: the card's "Yes." stays
    assert asked.answer.startswith("Yes") and "1388" in asked.answer.split("\n")[0], asked.answer.split("\n")[0]


def test_a_past_year_is_answered_from_the_law_of_that_year(full_kb):
    answer = full_kb.ask("What penalty applied to distributing a deepfake in 2023?")
    first = answer.answer.split("\n")[0]
    assert answer.as_of == "2023-07-01" and "5 years" in first and "14-2(2)" in first, first


def test_asked_whom_to_call_the_first_line_holds_a_number(full_kb):
    from kb.answer.units import ANSWER_KINDS

    for question in ("who do i call to get my fake video taken down from twitter",
                     "Is there a phone line young people can call?",
                     "삭제 지원은 어디에 신청해요? 전화번호요",  # a "how to delete" question asking for the number, not the steps
                     "학교폭력 신고는 몇 번으로 해요?"):  # the number is written with a particle: "117로"
        first = full_kb.ask(question, persona="victim").answer.split("\n")[0]
        assert ANSWER_KINDS["phone"].search(first) and not first.startswith("- "), (question, first)


def test_asked_where_to_turn_the_first_line_names_the_place(full_kb):
    from kb.answer.units import ANSWER_KINDS

    # the deletion card opens on who may ask; asked where, its line naming the centre and its number leads
    first = full_kb.ask("딥페이크 영상 삭제 지원은 어디에 요청하나요?").answer.split("\n")[0]
    assert "02-735-8994" in first, first
    # asked which body and within how many days, of a card whose opening names a body: the line with the days
    first = full_kb.ask("성범죄자 신상정보 인터넷 공개는 어느 기관이 하는 거고, 판결이 확정되면 며칠 안에 판결문이 "
                        "법무부로 넘어가요?").answer.split("\n")[0]
    assert ANSWER_KINDS["duration"].search(first) and ANSWER_KINDS["place"].search(first), first


def test_an_english_answer_quotes_no_long_korean_statute_paragraph_as_a_further_line(full_kb):
    import re

    # an unsure route adds the best sentences found; a 400-character Korean paragraph is none an English reader takes in
    answer = full_kb.ask("We run a hagwon. Does the mandatory duty to report child sex crimes apply to our instructors "
                         "as well?", persona="staff")
    assert answer.route and answer.route["confidence"] < full_kb.settings.route_sure
    hangul = [len(re.findall(r"[가-힣]", line)) for line in answer.answer.split("\n")]
    assert max(hangul) < 150, answer.answer


def test_asked_for_a_number_the_line_that_holds_it_comes_first_and_cites_the_paragraph_it_names(full_kb):
    from kb.answer.units import ANSWER_KINDS

    answer = full_kb.ask("How many days does the education office have to act on the committee's measures?")
    first = answer.answer.split("\n")[0]
    assert ANSWER_KINDS["duration"].search(first), first
    # the line names Article 17(9); the card rests on 제17조 paragraphs 4, 9 and 16: its law is paragraph 9
    assert "Article 17(9)" in first, first
    card = next(c for c in answer.citations if c.n == 1)
    assert card.primary and card.primary[0]["locator"].endswith("제9항"), card.primary



def test_a_threat_to_spread_is_answered_with_the_threat_provision_not_distribution(full_kb):
    answer = full_kb.ask("my ex says he'll send an AI nude of me to my parents if I don't pay him. what do i do",
                         persona="victim")
    lines = answer.answer.split("\n")
    # "what do i do": the card's direct answer (don't pay, keep the evidence, report), resting on the threat
    # provision, then that provision's penalty
    assert "14-3(1)" in lines[0] and "report" in lines[0], answer.answer
    assert "at least 1 year" in " ".join(lines[:2]), answer.answer
    assert "112" in lines[-1] and not any("14-2(2)" in line for line in lines), answer.answer


def test_an_unsure_route_also_gives_the_closest_other_cards_direct_answer(full_kb):
    # two school cards are close for this one: the statement-and-appeal card and the separation card
    answer = full_kb.ask("피해 학생이 가해 학생이랑 같은 반이에요. 당장 반을 바꿀 수 있나요?", persona="staff")
    assert answer.route and answer.route["confidence"] < full_kb.settings.route_sure and answer.route["runner_up"]
    cited = [c.source_id for c in answer.citations]
    assert answer.route["card"] in cited and answer.route["runner_up"] in cited


def test_asked_who_pays_the_line_about_the_cost_comes_first_not_the_cards_steps(full_kb):
    # "상담" reads as asking for help, which gives a card's list as steps; asked who pays, the cost is the answer
    answer = full_kb.ask("상담 치료비는 누가 부담하나요? 가해자 부모가 내나요?", persona="parent")
    first = answer.answer.split("\n")[0]
    assert "비용" in first and "보호자" in first, answer.answer
    assert not any(line.startswith("1. ") for line in answer.answer.split("\n")), answer.answer


def test_a_runner_up_card_that_opens_with_a_lead_in_adds_no_line_that_ends_in_a_colon(full_kb):
    # routed unsure to the counselling-centre card; the runner-up (the school protection measures) opens with
    # "…may ask … to take one or more of these measures (Article 16(1)):", which says nothing without its list
    answer = full_kb.ask("Is the counselling free for victims?")
    assert answer.route and answer.route["confidence"] < full_kb.settings.route_sure, answer.route
    assert not any(line.rstrip().rstrip("[]0123456789 ").endswith(":") or re.search(r":\s*\[\d+\]", line)
                   for line in answer.answer.split("\n")), answer.answer
    # (it also checked that the sentences retrieval found all stay when the runner-up gives nothing in their place.
    # Since a card's "Yes." no longer answers a question asking for something its opening lacks (here a cost), the
    # sentence found that names a cost comes first, and it is long: the answer's length limit now cuts the others.
    # That first line is a known weakness of this question's answer: see the closing note of 2026-11-30.)


@pytest.mark.parametrize("question, persona, opening", [
    # "중2" names a middle-school pupil: a deepfake of her is exploitation material under the youth law
    ("중2 딸 사진으로 반 남자애들이 합성 누드를 만들었어요. 걔네 감옥 가요?", "parent", "청소년성보호법 제11조 제1항"),
    # the adult law's paragraph fits the act better by its words, but the youth law's heavier one comes first
    ("what's the max sentence for sharing a deepfake of a 16 year old", None,
     "Act on the Protection of Children and Youth against Sex Offenses (청소년성보호법), Article 11(3)"),
])
def test_a_young_person_harmed_gets_the_youth_laws_provision_first(full_kb, question, persona, opening):
    first = full_kb.ask(question, persona=persona).answer
    assert first.split("\n")[0].startswith(opening), first


def test_a_young_offender_is_answered_with_how_the_law_deals_with_one_not_an_adults_sentence(full_kb):
    answer = full_kb.ask("Is a 13 year old who made a deepfake punished?")
    first = answer.answer.split("\n")[0]
    assert answer.route and answer.route["card"] == "penalty-youth-minor-offenders", answer.route
    assert "juvenile" in first and "7 years" not in first, first


@pytest.mark.parametrize("question", [
    "My son is 12 and got caught making deepfakes of girls in his class. Can he be criminally punished at that age?",
    "아들이 13살인데 친구들 사진으로 딥페이크 만들다 걸렸어요. 형사처벌 되나요? 촉법소년이면 어떻게 처리되는지요",
    # the age as the subject of the punishment or the making
    "can a 12 year old go to jail for making deepfakes",
    "12살이 딥페이크 만들면 감옥 가요?",
])
def test_a_child_under_14_who_did_it_is_not_offered_an_adults_prison_term(full_kb, question):
    """The youth law sends a child aged 10 to 13 to the juvenile division (청소년성보호법 제44조①): a parent is not
    told of life imprisonment (제11조①) as if it were what the child faces."""
    answer = full_kb.ask(question)
    assert answer.route and answer.route["card"] == "penalty-youth-minor-offenders", answer.route
    assert not re.search(r"징역|벌금|imprisonment|prison|\bfine\b", answer.answer), answer.answer


def test_a_victim_keeping_a_capture_as_evidence_is_not_answered_with_the_possession_penalty_first(full_kb):
    """"증거로 쓰려고 캡처해뒀어요. 이것도 소지죄인가요?" asks what to keep (`kb.answer.evidence`): the possession
    offence's prison term, first, tells a frightened victim she committed a crime."""
    answer = full_kb.ask("피해자인데 증거로 쓰려고 제 합성사진 캡처해뒀어요. 이것도 소지죄인가요?", persona="victim")
    first = answer.answer.split("\n")[0]
    assert not re.search(r"징역|벌금", first), first


@pytest.mark.parametrize("question, line", [
    ("Can the court order an interim ban on the stalker while we wait for the protection order hearing? How long "
     "does it last?", "Interim order before the decision"),
    ("Which ministry gets told when a sex offender's registered details are entered?",
     "Link to disclosure and notice"),
])
def test_an_english_card_point_is_chosen_by_its_meaning_too(full_kb, monkeypatch, question, line):
    """An English question shares few word forms with the card line that answers it ("while we wait for the
    hearing" against "before the decision"); the line's meaning chooses it. Without it, it is left out."""
    import kb.answer.strategies.cards as cards

    assert line in full_kb.ask(question).answer
    monkeypatch.setattr(cards, "LINE_SIMILARITY_WEIGHT", 0.0)
    assert line not in full_kb.ask(question).answer  # the premise: the words alone do not choose it


def test_a_question_about_one_step_far_down_a_cards_list_gets_that_step(full_kb):
    # answered as the card's steps in order (a question about evidence), the first steps fill the answer; the
    # line about copies of the recording, the one asked about, is the card's fourth
    answer = full_kb.ask("my son gave his statement to the police on video. can we as his parents get a copy "
                         "of the recording?")
    assert answer.route and re.search(r"\bcopy\b", answer.answer), answer.answer


def test_a_line_cut_by_a_chunk_boundary_is_not_a_second_line_of_its_card(full_kb):
    # chunks overlap and may start or end inside a line: the piece is not offered beside the whole line
    context = full_kb.answerer.context
    for card in full_kb.index.source_ids("card"):
        lines = [u.text for u in context.card_lines(card)]
        pieces = [a for a in lines if any(b != a and (b.startswith(a) or b.endswith(a)) for b in lines)]
        assert not pieces, (card, pieces)


def test_a_cards_points_are_chosen_for_the_lines_the_penalty_lines_leave(full_kb):
    # when penalty lines of the law take two of the answer's lines, the card chooses its points for the lines
    # left: the line on luring (the act asked about) stays, where cutting the card's last lines dropped it
    from kb.answer.strategies.cards import MAX_LINES, card_claims

    context = full_kb.answerer.context
    question = "어른이 용돈 줄 테니 만나자고 꼬시기만 해도 처벌돼요? 저 중2예요"
    lexical = full_kb.answerer.retriever.lexical_query(question)
    whole = card_claims(context, "penalty-youth-buying-sex", "ko", lexical, budget=550, asks_for=["penalty"])
    luring = [c for c in whole if "꾀거나" in c.text]
    assert luring, [c.text[:30] for c in whole]
    left = whole.index(luring[0])  # the lines left: cutting the card's last lines to these would drop the luring line
    assert 1 <= left < MAX_LINES
    short = card_claims(context, "penalty-youth-buying-sex", "ko", lexical, budget=550, asks_for=["penalty"],
                        max_lines=left)
    assert len(short) <= left and any("꾀거나" in c.text for c in short), [c.text[:30] for c in short]


def test_no_line_is_said_twice(full_kb):
    # unsure between the first-steps card and the bystander card: the runner-up's direct answer was also one of
    # the sentences retrieval found, and the answer gave it twice
    answer = full_kb.ask("my classmate put my face on a porn video and shared it in a group chat. what do i do")
    cited = [re.sub(r"^(?:- |\d+\. )", "", line) for line in answer.answer.split("\n") if re.search(r"\[\d+\]", line)]
    texts = [re.sub(r"\s*\[\d+\].*$", "", line) for line in cited]
    assert len(texts) == len(set(texts)), answer.answer


def test_a_cards_direct_answer_rests_on_the_law_it_is_about(full_kb):
    """The threat card's opening names no article; it rests on the card's first source, the threat provision
    in force (before: the attempts article, ranked first by the question's own statute search, because the card's
    dated sources were put after its one "current" source)."""
    from kb.answer.citations import citation

    answerer = full_kb.answerer
    answerer.context.begin("my ex says he'll send an AI nude of me to my parents if I don't pay him. what do i do")
    lines = answerer.context.card_lines("penalty-deepfake-threat")
    for opening in (lines[0], next(u for u in lines if u.text.startswith("Using sexual images"))):
        primary = citation(answerer.context, 1, opening, "2026-11-29").primary
        assert primary and primary[0]["locator"].startswith("제14조의3"), (opening.text, primary)


def test_a_cards_yes_to_its_own_title_does_not_answer_a_question_asking_for_something_else(full_kb):
    """Asked whether a fine follows, the report-duty card's "네." answered its own title (must everyone report?):
    the line that holds what was asked (no fine under that Act) comes first instead."""
    first = full_kb.ask("교사가 학생 성범죄 알고도 신고 안 하면 과태료 있나요", persona="staff").answer.split("\n")[0]
    assert not first.startswith("네") and "과태료" in first, first


def test_an_unsure_route_does_not_answer_yes_to_its_own_cards_title(full_kb):
    # a teenager asks whether she must tell her parents; the closest card (schools must report) opens "Yes."
    # to its own title, which is not her question: only a sure route says yes or no
    answer = full_kb.ask("my parents don't know. do i have to tell them before going to the police?")
    assert not re.match(r"(Yes|No)\b", answer.answer), answer.answer


def test_an_unsure_route_gives_no_hedged_bare_reply_to_its_own_cards_title(full_kb):
    # the employment-ban card opens "As a rule, yes." to its title (is a ban ordered?); asked whether the teacher can
    # still work, that "yes" says the opposite of the law
    answer = full_kb.ask("can a teacher convicted of making deepfakes still work at a school")
    assert not re.match(r"(As a rule|For some \w+),? yes", answer.answer), answer.answer


@pytest.mark.parametrize("question", ["합의하면 가해자 처벌 안 받나요?", "If we settle, won't he be punished?"])
def test_a_question_asked_in_the_negative_gets_no_yes_that_could_be_misread(full_kb, question):
    # "네, … 처벌받을 수 있습니다" to "처벌 안 받나요?" reads as "yes, he is not punished"
    answer = full_kb.ask(question).answer
    assert not re.match(r"(네|예|아니요|Yes|No)\b", answer), answer


def test_a_victim_whose_school_a_news_site_named_is_answered_with_the_identity_secrecy_rule(full_kb):
    answer = full_kb.ask("A local news site wrote about the deepfake case at my school and named my school and grade, "
                         "so basically everyone knows it's me. Are they allowed to do that?", persona="victim")
    assert answer.route and "identity" in answer.route["card"], answer.route


def test_a_penalty_answer_with_the_laws_lines_quotes_no_news_story_beside_them(full_kb):
    """"What could he be charged with" is answered by the law's penalty lines; a 2024 report on a Telegram room is
    no answer beside them."""
    answer = full_kb.ask("My son is 17. Police found AI-generated nude pictures of girls from his high school on his "
                         "phone. He says he just saved them from a Telegram channel. What could he be charged with?")
    assert any(c.source_type == "statute" for c in answer.citations)
    assert not any(c.source_type == "news" for c in answer.citations), [c.source_id for c in answer.citations]


def test_a_card_line_citing_a_ministrys_notice_rests_on_that_notice_not_on_the_cards_law(full_kb):
    """"교권 침해 직통전화 1395 … (교육부 학교 딥페이크 대응 TF 계획 발표, 2024-08-28)" names no article and cites the
    ministry's notice: shown as resting on the card's law (교원지위법 제29조의2), it told a teacher the hotline was in that
    article. A line that names its article keeps the law."""
    from kb.answer.citations import citation

    answerer = full_kb.answerer
    answerer.context.begin("선생님들이 딥페이크 피해를 입었을 때 전화로 상담받을 수 있는 곳이 있나요?")
    lines = answerer.context.card_lines("teacher-mental-health-support")
    hotline = next(u for u in lines if "1395" in u.text and "교육부" in u.text)
    assert citation(answerer.context, 1, hotline, "2026-11-29").primary == []
    article = next(u for u in lines if "제29조의2" in u.text and "교육부" not in u.text)
    assert citation(answerer.context, 1, article, "2026-11-29").primary


def test_how_fast_asks_for_a_length_of_time_or_promptness():
    from kb.answer.understanding import understand
    from kb.answer.units import ANSWER_KINDS

    assert "speed" in understand("What protective measures can the committee order, and how fast?").asks_for
    assert "speed" in understand("보호조치는 얼마나 빨리 해야 하나요?").asks_for
    assert ANSWER_KINDS["speed"].search("the Minister promptly sends the details")
    assert ANSWER_KINDS["speed"].search("within 7 days of the request")
    assert not ANSWER_KINDS["duration"].search("the Minister promptly sends the details")


def test_which_measures_a_committee_can_take_leads_with_the_measures(full_kb):
    answer = full_kb.ask("학생이 저를 합성한 음란사진을 만들어 돌렸어요. 교권보호위원회에서 그 학생한테 어떤 조치를 할 수 있나요?")
    first = answer.answer.splitlines()[0]
    assert "1호" in first and "7호 퇴학" in first and "제25조 제2항" in first


@pytest.mark.parametrize("question", ["디성센터 전화번호 알려주세요", "센터 연락처 알려 주세요"])
def test_asking_to_be_told_a_number_is_no_identity_made_public(question):
    from kb.answer.disclosure import identity_not_image

    assert not identity_not_image(question)
    assert identity_not_image("가해자가 제 전화번호를 단톡방에 알렸어요")


def test_the_deletion_centres_number_asked_is_given_in_the_answer(full_kb):
    answer = full_kb.ask("디성센터 전화번호 알려주세요")
    assert answer.route and answer.route["card"] == "support-central-center"
    body = answer.answer.split("\n\n")[0]
    # the centre's own number in the first line (its card's direct answer gives it), the 1366 line in the answer
    assert "02-735-8994" in body.splitlines()[0] and "1366" in answer.answer



@pytest.mark.parametrize("language, title", [
    ("ko", "학생이 교사인 제 딥페이크를 만들었어요. 어떤 보호를 받을 수 있나요"),
    ("en", None),
])
def test_a_question_between_two_cards_names_only_the_other(full_kb, language, title):
    from kb.answer.compose import neighbour
    from kb.answer.routing import Route

    ctx = full_kb.answerer.context
    route = Route(card="school-teacher-rights-committee", confidence=0.3, score=1.0,
                  runner_up="school-teacher-deepfake-victim", runner_up_score=0.995)
    line = neighbour(ctx, route, language)
    other = next(iter(ctx.index.source_chunks("school-teacher-deepfake-victim"))).record.extra[f"title_{language}"]
    routed = next(iter(ctx.index.source_chunks("school-teacher-rights-committee"))).record.extra[f"title_{language}"]
    assert other in line and routed not in line and len(line) < len(other) + 40
    assert title is None or title in line


def test_an_unsure_route_lends_no_yes_that_answered_its_cards_title(full_kb):
    """'Will the police tell my parents?' routed unsurely to the deletion-duty card got "Yes, it is a police duty …":
    the card's yes answered its own title. The statement stays, without the yes."""
    answer = full_kb.ask("will the police tell my parents if i report a deepfake of me? i'm 17")
    first = answer.answer.splitlines()[0]
    assert not re.match(r"(?:Yes|No)\b", first), first


def test_a_bare_verdict_is_no_line_lent_to_another_answer():
    from kb.answer.units import TITLE_VERDICT

    for verdict in ("Not necessarily.", "Possibly.", "In principle, yes.", "Only partly."):
        assert TITLE_VERDICT.match(verdict), verdict
    assert not TITLE_VERDICT.match("Not necessarily: a victim under 19 can testify by video link.")


def test_a_line_naming_several_articles_rests_first_on_the_one_the_card_is_built_on(full_kb):
    # the officer line names 제44조의9, then the fine (제76조③) and who imposes it (제76조⑤): with two paragraphs of 제76조
    # named, the officer's article had fallen out of the two provisions a line may cite
    from kb.answer.citations import primary_law

    card = "support-illegal-information-blocking"
    ctx = full_kb.answerer.context
    line = next(u.text for u in ctx.card_lines(card) if "제76조제5항" in u.text)
    ctx.begin(line)
    primary = primary_law(ctx, card, line, "2026-12-01")
    assert primary[0]["locator"].startswith("제44조의9"), primary


@pytest.mark.parametrize("question", ["is it illegal to have deepfake porn on ur phone",
                                      "my bf made a fake nude of me and showed his friends"])
def test_an_english_answer_lends_no_korean_paragraph_label_or_lead_in_after_its_first_line(full_kb, question):
    body = full_kb.ask(question).answer.split("\n\n")[0].splitlines()
    for line in body[1:]:
        text = re.sub(r"\([^)]*\)\s*$", "", line)  # the citation's law name may be Korean
        assert len(re.findall(r"[가-힣]", text)) < 30, line
        assert not re.search(r"Date:|Cites recent cases|school-level notice|Issuing body", line), line


@pytest.mark.parametrize("question, asks", [
    ("what should I tell the police so they believe it wasn't me in the video", True),
    ("경찰한테 영상 속 사람이 제가 아니라는 걸 어떻게 보여줘요?", True),
    ("엄마는 제 말을 안 믿어서 합성물 얘기를 못 하겠어요", False),
    ("I believe it was edited by him, what is the penalty?", False),
])
def test_showing_that_an_image_is_a_fake_asks_what_to_keep(question, asks):
    from kb.answer.evidence import keeping_asked

    assert keeping_asked(question) is asks
