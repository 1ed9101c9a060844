"""What `KnowledgeBase.ask` accepts: hostile questions get a polite message, and the --type/--law
filters search the law of the date the answer is for."""
import pytest

from kb.api import MAX_QUESTION_INPUT, KnowledgeBase, check_question
from kb.cli import main
from kb.errors import BadQuestion


@pytest.mark.parametrize("question", [
    "딥페이크 처벌 " * 12_500,                     # 100,000 characters: a pasted document
    "\x01\x02\x03\x1b\x7f\x00\u200b\t",            # control and invisible characters only
    "😀🙏🔥 💔🥺",                                  # emoji only
    "?!… ⚠️ ★",                                    # punctuation and symbols only
])
def test_a_question_no_answer_can_come_from_gets_a_polite_message(question):
    with pytest.raises(BadQuestion) as raised:
        check_question(question)
    assert "please" in str(raised.value) and "\n" not in str(raised.value)
    assert "주세요" in raised.value.korean


def test_a_long_message_names_the_length_and_the_limit():
    with pytest.raises(BadQuestion, match="100,000 characters.*2,000"):
        check_question("가" * 100_000)


@pytest.mark.parametrize("question", ["딥페이크 처벌 " * 1500, "딥페이크 😢 신고는 어디에?", "14조의2", "What is 117?"])
def test_questions_with_words_pass(question):
    assert len(question) <= MAX_QUESTION_INPUT
    check_question(question)


def test_the_check_comes_before_the_index_is_needed(tmp_path):
    from kb.settings import load_settings

    knowledge = KnowledgeBase(load_settings(env={}, home=str(tmp_path), mirror=""))
    with pytest.raises(BadQuestion):
        knowledge.ask("🙂" * 10)


def test_cli_prints_the_polite_message_in_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("KB_HOME", str(tmp_path))
    assert main(["ask", "\x07\x07\x07"]) == 1
    err = capsys.readouterr().err
    assert err == "kb: The question has no words in it: please ask in words, in Korean or English.\n"


class SearchSpy:
    """Records the date every retrieval of one answer filtered on."""

    def __init__(self, retriever):
        self.retriever, self.days = retriever, []

    def __call__(self, query, k=None, filters=None, *args, **kwargs):
        self.days.append(filters.as_of if filters else None)
        return self.retriever.__class__.search(self.retriever, query, k, filters, *args, **kwargs)


@pytest.mark.parametrize("question,day", [
    ("2024년 8월 1일 기준 딥페이크 영상 소지 처벌은?", "2024-08-01"),
    ("2020년 이전에는 딥페이크 영상 반포가 처벌됐나요?", "2019-12-31"),
])
def test_type_filter_searches_the_law_of_the_date_the_question_implies(built_kb, monkeypatch, question, day):
    knowledge, _ = built_kb
    spy = SearchSpy(knowledge.retriever)
    monkeypatch.setattr(knowledge.retriever, "search", spy)
    answer = knowledge.ask(question, source_types=("statute",))
    assert answer.as_of == day
    assert spy.days and spy.days[0] == day  # the user's filtered search, not today's law


def test_an_explicit_as_of_wins_over_the_date_the_question_implies(built_kb, monkeypatch):
    knowledge, _ = built_kb
    spy = SearchSpy(knowledge.retriever)
    monkeypatch.setattr(knowledge.retriever, "search", spy)
    knowledge.ask("2020년 이전에는 딥페이크 반포가 처벌됐나요?", as_of="2021-03-01", laws=("성폭력범죄의처벌",))
    assert spy.days[0] == "2021-03-01"


def test_one_unusable_question_in_a_batch_is_reported_and_the_others_answered(built_kb, tmp_path, monkeypatch, capsys):
    import json

    settings = built_kb[0].settings
    for name, value in (("KB_HOME", settings.home), ("KB_EMBED_MODEL", settings.embed_model),
                        ("KB_EXAMPLE_CACHE", settings.example_cache_dir), ("KB_MIRROR", "")):
        monkeypatch.setenv(name, str(value))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in (
        {"id": "a", "question": "딥페이크 영상 소지 처벌"}, {"id": "b", "question": "🙂🙂🙂"},
        {"id": "c", "question": "딥페이크 영상 유포 처벌"})), encoding="utf-8")
    assert main(["ask", "--batch", str(batch), "--json"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert err == f"kb: {batch}: question b: The question has no words in it: please ask in words, in Korean or English.\n"
