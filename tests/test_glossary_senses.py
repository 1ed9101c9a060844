"""A glossary word's sense by its context, its inflected forms, and the words aides use for the statutes'
procedure (issue 17). Written for these tests (aides, teachers, parents), not taken from the eval set."""
import pytest

from kb.search.glossary import Glossary, Term, inflections, load_glossary, parse_english


def _expanded(question: str) -> str:
    return load_glossary().expand(question)[len(question):]


@pytest.mark.parametrize("question, wanted, unwanted", [
    # leaking what one learned on duty is 누설; a leaked photo is spread (유포)
    ("Can an official who handles the registry leak the registered information?", "누설", "퍼짐"),
    ("my nudes leaked online", "유포", "누설"),
    # a copy of the minutes is 복사; a copy of a video is a 복제물
    ("Can the parents get a copy of the committee meeting minutes?", "복사", "복제물"),
    ("someone made a copy of my video", "복제물", "등사"),
    # a committee named with teachers is the teachers' rights protection committee, else the school violence one
    ("What does the committee do when a student insults a teacher?", "교권보호위원회", "학폭위"),
    ("the committee decided on the bully", "학폭위", "교권보호위원회"),
    ("What do the police report to the National Assembly committee?", "소관 상임위원회", "학폭위"),
    # a report to a superior body is 보고, not a report of a crime
    ("What do the police report to the National Assembly committee?", "보고", "신고"),
    # release from prison is 출소, the release of a video is spreading it
    ("When a sex offender is released from prison, who is told?", "출소", "반포"),
    ("he released my video", "반포", "출소"),
    # paying for the deletion is a cost; paying for the pictures is buying them
    ("Who has to pay for deleting the images?", "부담", "구입"),
    ("I will pay for the pics", "구입", "부담"),
    # the prison that sends an inmate's details is the institution, not the sentence
    ("how far in advance must the prison send his photos", "교정시설", "감옥"),
])
def test_a_word_takes_the_sense_its_question_gives_it(question, wanted, unwanted):
    expanded = _expanded(question)
    assert wanted in expanded and unwanted not in expanded, (question, expanded)


@pytest.mark.parametrize("question, korean", [
    ("Who pays for deleting the images?", "삭제"),
    ("the officer kept leaking things", "유포"),
    ("the post was blocked", "차단"),
    ("is distributing it a crime", "반포"),
])
def test_a_terms_last_word_may_take_ed_or_ing(question, korean):
    assert korean in _expanded(question), (question, _expanded(question))


def test_inflections_drop_a_final_e_and_leave_y_alone():
    assert inflections("delete") == ("deleted", "deleting")
    assert inflections("leak") == ("leaked", "leaking")
    assert inflections("bully") == ()


def test_a_row_of_its_own_wins_over_an_inflected_form():
    glossary = Glossary([Term("post", ("게시",)), Term("posted", ("올리기",))])
    assert [t.ko for t in glossary.matches("she posted it")] == [("올리기",)]


def test_a_cued_sense_without_its_cue_and_without_a_usual_sense_brings_nothing():
    glossary = Glossary([Term("end", ("종료",), cues=("investigat",))])
    assert glossary.matches("in the end he apologised") == []
    assert [t.ko for t in glossary.matches("when the investigation ends")] == [("종료",)]


def test_a_row_names_its_cues_in_brackets():
    assert parse_english("Leak [secret| identit]") == ("leak", ("secret", "identit"))
    assert parse_english("leak") == ("leak", ())


@pytest.mark.parametrize("question, korean", [
    ("Can a platform temporarily block a post on its own initiative?", "임의로"),
    ("Can a platform temporarily block a post on its own initiative?", "임시조치"),
    ("Within what period can the poster object to the decision?", "이내"),
    ("Within what period can the poster object to the decision?", "이의신청"),
    ("Within what period can the poster object to the decision?", "게재자"),
    ("How far ahead of his release must the prison send it?", "전까지"),
    ("How long can the emergency measure last at most?", "초과할 수 없다"),
    ("How many times can the court extend it?", "차례"),
    ("When is a video-recorded statement admissible?", "증거능력"),
    ("the defence could not cross-examine the child", "반대신문"),
    ("What must an undercover officer avoid doing?", "범의를 유발"),
    ("Which platforms must designate a person responsible?", "책임자"),
    ("whose approval does he need from his superior", "상급"),
    ("Can a committee member divulge what she heard?", "누설"),
    ("Can a newspaper publish the victim's name?", "인쇄물"),
    ("What may they use the information for?", "목적 외의 목적으로 사용"),
    ("After a disguised investigation ends, what must the police tell the victim?", "종료"),
    ("After a disguised investigation ends, what must the police tell the victim?", "통지"),
    ("Who receives the registered information?", "송부"),
])
def test_aide_phrasings_reach_the_statute_terms(question, korean):
    assert korean in _expanded(question), (question, _expanded(question))
