"""Families of questions found by probe sets written apart from the eval set (issue 17), each asked here in words of
this test's own: the card on what is asked answers (or the law's own paragraph, where no card is named), on the
default index, and says the fact asked for."""
import re

import pytest


@pytest.mark.parametrize("question, card, fact", [
    # a law named without an article: that law's card before another law's
    ("Under the school violence act, do I as a teacher have to report a deepfake I overheard students talking about?",
     "school-report-duty-anyone", r"20"),
    # a duty asked of the police
    ("the cops say the fake is still up online. do they have to do anything to get it removed?",
     "support-police-deletion-duty", r"23-2|23조의2"),
    # someone asking on the victim's behalf
    ("can my husband apply for deletion support on my behalf?", "support-deletion-who-can-ask", r"spouse|배우자"),
    # how to keep someone away, after a story of messages
    ("my ex keeps DMing me the edited pics. how do i stop him from coming near me?", "support-stalking-stay-away",
     r"emergency|provisional"),
    # a platform as the duty-holder
    ("We run a community site. Do we need to appoint an officer against illegal filmed material, and what is the fine "
     "if we don't?", "support-illegal-information-blocking", r"20 million|2천만"),
    # the committee as the one that decides
    ("what can the deliberation committee order against a student who made deepfakes?", "school-measures-nine-list",
     r"apolog"),
    # a young victim's details printed
    ("a newspaper printed the name of the school of a 16-year-old victim. is that legal?",
     "rights-youth-victim-identity-secrecy", r"31"),
    # a person already punished, asked about a job
    ("딥페이크로 처벌받은 사람이 나중에 학원에서 일할 수 있나요?", "penalty-youth-employment-ban", r"취업\s*제한"),
    # doing it again and again: the law's own paragraph answers (no card needed)
    ("합성물을 계속 만들어서 올리는 사람은 더 무겁게 처벌돼요?", None, r"상습"),
])
def test_a_family_found_by_the_probes_routes_to_the_card_that_answers_it(full_kb, question, card, fact):
    answer = full_kb.answerer.ask(question)
    assert not answer.abstained and not answer.refused, answer.answer
    if card is not None:
        assert answer.route and answer.route["card"] == card, (answer.route, answer.answer[:300])
    assert re.search(fact, answer.answer, re.I), answer.answer
