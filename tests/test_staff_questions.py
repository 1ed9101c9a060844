"""Questions from those around a case who are not the one harmed (parents, teachers, counsellors, aides, journalists,
platform staff): what they ask is read as asked, and the card on their question's premise comes first."""
import pytest

from kb.answer.premises import premise
from kb.answer.understanding import understand


@pytest.mark.parametrize("question", [
    "my daughter is 14 and a classmate made a fake nude of her. who pays to get it taken off the internet, do we?",
    "how do we get the pictures taken off instagram",
    "can the school get it off the internet for us",
])
def test_getting_it_off_the_internet_is_asked_deletion(question):
    assert "deletion" in understand(question).intents


@pytest.mark.parametrize("question", ["he got off with a warning from the school", "can I take off work for the hearing"])
def test_getting_off_lightly_or_taking_time_off_is_no_deletion(question):
    assert "deletion" not in understand(question).intents


@pytest.mark.parametrize("question", [
    "Principal here. What must I do immediately in a deepfake case, before the deliberation committee meets?",
    "can the school separate them before the hearing",
    "what should the school do before the police arrive",
])
def test_before_a_step_of_the_case_is_no_history_of_the_law(question):
    assert "history" not in understand(question).intents


@pytest.mark.parametrize("question", ["what was the penalty before the amendment", "what applied before the 2024 change",
                                      "before October 2024 was watching it legal"])
def test_before_a_change_of_the_law_is_still_history(question):
    assert "history" in understand(question).intents


@pytest.mark.parametrize("question", ["the boy who made the deepfake of my daughter is only 13. what happens to him legally?",
                                      "the student who shared the fake pics of my son in the group chat is 15"])
def test_the_doers_age_said_after_a_longer_account_of_the_deed(question):
    understanding = understand(question)
    assert understanding.minor_doer


@pytest.mark.parametrize("question", ["max penalty for possesing CSAM deepfake of a minor",
                                      "is posession of a deepfake illegal", "penalty for posessing fake nudes"])
def test_possession_misspelt_is_possession(question):
    assert "possess" in understand(question).conducts


@pytest.mark.parametrize("question", ["what poses the biggest risk to students online"])
def test_a_pose_is_no_possession(question):
    assert "possess" not in understand(question).conducts


@pytest.mark.parametrize("question, persona, topics, expected", [
    # keeping the two apart is the separation card's question, not the list of measures
    ("does the school have to keep my kid apart from the boy who made the pic while the committee hasn't decided yet?",
     "victim", ["school-measures"], 0),
    ("does the school have to keep my kid apart from the boy who made the pic while the committee hasn't decided yet?",
     "victim", ["separation"], 1),
    ("can they separate my daughter from the student who did it", "victim", ["separation"], 1),
    ("what sanctions can a student get under the school violence act", "staff", ["separation"], 0),
    # the sanctions of the School Violence Act asked: the list of its measures
    ("what sanctions can a student get under the school violence act for making a deepfake of a classmate", "staff",
     ["school-measures"], 1),
    ("Under the School Violence Prevention Act, what punishments are available for a student who made a deepfake?",
     "staff", ["school-measures"], 1),
    # a duty to report school violence names no school bound to report a sex crime to the police
    ("Does everyone who knows about school violence have to report it, and is there a penalty if they don't?", "staff",
     ["mandatory-reporting"], 0),
    ("Does the school have to report a student's deepfake to the police?", "staff", ["mandatory-reporting"], 1),
])
def test_premises_of_the_questions_staff_and_parents_ask(question, persona, topics, expected):
    assert premise(question, understand(question, persona), topics) == expected


@pytest.mark.parametrize("question, topics, expected", [
    ("Principal here. What must I do immediately in a deepfake case, before the deliberation committee meets?",
     ["urgent-measures"], 1),
    ("can the principal suspend him right away", ["urgent-measures"], 1),
    ("What are the nine measures the committee can impose?", ["urgent-measures"], 0),
    ("who pays to get it taken off the internet", ["deletion"], 1),
])
def test_what_is_done_at_once_and_what_is_taken_off_are_asked(question, topics, expected):
    assert premise(question, understand(question, "staff"), topics) == expected
