"""The statute engine beyond the deepfake family: other offences of the same laws are answered from
their own article, with both bounds of the penalty."""
import pytest

pytestmark = pytest.mark.slow


def test_buying_sex_from_a_minor_is_answered_from_its_article_with_its_minimums(full_kb):
    answer = full_kb.ask("청소년의 성을 사는 행위를 하면 처벌이 어떻게 되나요?", persona="aide")
    assert not answer.abstained and not answer.refused
    first = answer.citations[0]
    law = first.primary[0] if first.source_type == "card" else vars(first)  # a card line cites its law
    assert law["source_id"].startswith("아동ㆍ청소년의성보호에관한법률") and law["locator"] == "제13조 제1항"
    assert "1년 이상 10년 이하의 징역 또는 2천만원 이상 5천만원 이하의 벌금" in answer.answer


@pytest.mark.parametrize("question, law, article", [
    ("공중 밀집 장소에서의 추행 처벌은 어떻게 되나요?", "성폭력범죄의처벌등에관한특례법/법률", "제11조"),
    ("통신매체를 이용한 음란행위는 처벌이 어떻게 되나요?", "성폭력범죄의처벌등에관한특례법/법률", "제13조"),
    ("13세 미만의 미성년자에 대한 강제추행은 처벌이 어떻게 되나요?", "성폭력범죄의처벌등에관한특례법/법률", "제7조"),
])
def test_other_offences_are_answered_from_their_own_article(full_kb, question, law, article):
    answer = full_kb.ask(question, persona="aide")
    assert any(c.source_id == law and (c.locator == article or c.locator.startswith(article + " "))
               for c in answer.citations[:3]), \
        [c.locator for c in answer.citations]


def test_most_penal_articles_asked_by_their_heading_are_answered_from_that_article(full_kb):
    """A probe over every penal article in force (벌칙 and 과태료 lists aside): "<heading> 처벌은 어떻게 되나요?"
    must cite that article among the first two citations. Measured 29 of 36 at this test's writing."""
    from datetime import date

    from kb.index.catalog import version_in_force
    from kb.law.vocabulary import PRESCRIBES
    from kb.sources.manifest import load_manifest

    asked, answered, missed = 0, 0, []
    for law in load_manifest().laws:
        version = version_in_force(full_kb.statute_versions(law.key), date.today().isoformat())
        for article in full_kb.statute_articles(version.version_id) if version else []:
            if not article.article.startswith("제") or not article.title or not PRESCRIBES.search(article.text) \
                    or "벌칙" in article.title or "과태료" in article.title:
                continue
            answer = full_kb.ask(f"{article.title} 처벌은 어떻게 되나요?")
            asked += 1
            cited = [(c.source_id, c.locator) for c in answer.citations[:2]] + \
                [(p["source_id"], p["locator"]) for c in answer.citations[:2] for p in c.primary]  # a card's law
            if any(source == law.key and (locator == article.article or locator.startswith(article.article + " "))
                   for source, locator in cited):
                answered += 1
            else:
                missed.append(f"{law.key.split('/')[0]} {article.article}")
    print(f"penal articles answered from their own article: {answered} of {asked}; missed: {missed}")
    assert asked >= 30 and answered / asked >= 0.75, (answered, asked, missed)
