"""Answers and the gap matrix never disagree. For each cell of `kb gaps` (conduct × material × victim) on
dates either side of the changes, an answer offers a provision as the one that punishes the situation only
if the matrix lists it for that cell, and when the matrix shows a gap the answer says so and offers none."""
import re
from datetime import date, timedelta

import pytest

from kb.law import gaps
from kb.sources.manifest import load_manifest

pytestmark = pytest.mark.slow

MATERIAL = {"deepfake": "성적 딥페이크 영상", "filmed": "불법촬영물", "csam": "아동ㆍ청소년성착취물"}
CONDUCT = {"create": "{m}을 만들면", "distribute": "{m}을 유포하면", "sell": "{m}을 영리 목적으로 판매하면",
           "possess": "{m}을 소지하면", "threaten": "{m}으로 협박하면"}
VICTIM = {"adult": "", "minor": "중학생이 나오는 "}
DATES = ("2019-06-01", "2020-07-01", "2024-08-01", date.today().isoformat())
#: A penalty line: "성폭력처벌법 제14조의2 제4항(소지·구입·저장·시청): 3년 이하의 징역 …".
_PENALTY_LINE = re.compile(r"^(?:- )?([가-힣]+법) (제\d+조(?:의\d+)? 제\d+항)(?:\([^)]*\))?: ", re.M)


def _offered(answer: str) -> set[tuple[str, str]]:
    manifest = load_manifest()
    found = set()
    for name, label in _PENALTY_LINE.findall(answer):
        law = manifest.law(name)
        found.add((law.key if law else name, label))
    return found


@pytest.mark.parametrize("as_of", DATES)
def test_answers_offer_only_what_the_matrix_lists_and_say_when_it_shows_a_gap(full_kb, as_of):
    index = full_kb.index
    cells = [c for c in gaps.matrix(index, load_manifest(), as_of) if c.applicable and c.conduct in CONDUCT]
    assert len(cells) == len(CONDUCT) * 5
    disagreements = []
    for cell in cells:
        question = VICTIM[cell.victim] + CONDUCT[cell.conduct].format(m=MATERIAL[cell.material]) + " 처벌받나요?"
        answer = full_kb.ask(question, persona="aide", as_of=as_of)
        allowed = {(law, p.label) for law, p in gaps.applies(index, cell.conduct, cell.material, cell.victim, as_of)}
        offered = _offered(answer.answer)
        if not offered <= allowed:
            disagreements.append((question, "offered", sorted(offered - allowed)))
        if cell.gap and offered:
            disagreements.append((question, "gap, yet offered", sorted(offered)))
        if not cell.gap and not offered:  # the line the check reads must be there to be checked
            disagreements.append((question, "covered, yet no penalty line", answer.answer[:200]))
        if cell.gap and as_of != DATES[-1] and "처벌 규정이 없었습니다" not in answer.answer:
            later = [d for d in DATES if d > as_of
                     and gaps.applies(index, cell.conduct, cell.material, cell.victim, d)]
            if later:  # covered later: the answer must say it was not covered then
                disagreements.append((question, "gap not stated", answer.answer[:200]))
    assert not disagreements, disagreements


@pytest.mark.parametrize("question, as_of", [
    ("딥페이크 관련 입법 공백은 어디였나요?", "2024-09-15"),
    ("What loopholes did the law have on sexual deepfakes?", "2019-09-01"),
    ("현행법에 딥페이크 처벌 공백이 남아 있나요?", None),
    ("Are there any gaps left in current Korean law on sexual deepfakes?", None),
])
def test_a_question_about_the_laws_gaps_is_answered_by_the_matrix(full_kb, question, as_of):
    """Every gap the matrix shows for the date is told with the provision that closed it and its day; on a
    date with none, the answer says so first. The answer and `kb gaps` never disagree."""
    from kb.answer.strategies.gaps import matrix_gap_claims
    from kb.answer.understanding import understand

    day = as_of or date.today().isoformat()
    answer = full_kb.ask(question, persona="aide", as_of=as_of)
    assert not answer.abstained and answer.citations, answer.answer
    cells = [c for c in gaps.matrix(full_kb.index, load_manifest(), day) if c.material == "deepfake"]
    first = answer.answer.split("\n")[0]
    if any(c.gap for c in cells):
        assert re.search(r"처벌 규정이 없는|left some of these acts unpunished", first), answer.answer
        for cell in (c for c in cells if c.gap):
            words = MATERIAL_WORDS[cell.conduct]
            assert re.search(words, answer.answer), (cell.conduct, answer.answer)
    else:
        assert re.search(r"빈칸이 없습니다|leave no gap now", first), answer.answer
    # each line's day and provision is where the matrix first shows the cell covered
    ctx = full_kb.answerer.context
    ctx.begin(question)
    for claim in matrix_gap_claims(ctx, understand(question), day, answer.language):
        closed = re.search(r"(\d{4}-\d{2}-\d{2})", claim.text).group(1)
        covered = gaps.matrix(full_kb.index, load_manifest(), closed)
        before = gaps.matrix(full_kb.index, load_manifest(),
                             (date.fromisoformat(closed) - timedelta(days=1)).isoformat())
        label = claim.unit.chunk.record.article
        assert any(c.material == "deepfake" and not c.gap and any(e.locator.startswith(label) for e in c.entries)
                   for c in covered), claim.text
        assert any(c.material == "deepfake" and c.gap for c in before), claim.text


#: How the answers name a row of the matrix.
MATERIAL_WORDS = {"create": r"제작|making", "distribute": r"반포|distributing", "sell": r"영리|profit",
                  "possess": r"소지|possessing", "threaten": r"협박|threatening", "coerce": r"강요|coercing",
                  "habitual": r"상습|habitual", "attempt": r"미수|attempt"}


@pytest.mark.parametrize("question, held", [
    ("Did the law punish threatening someone with a deepfake before October 2024?", "laws held here"),
    ("2023년에는 딥페이크 소지가 처벌 대상이었나요?", "이 자료가 담은 법령"),
])
def test_a_gap_on_a_date_is_said_of_the_laws_held_here(full_kb, question, held):
    """Before 2024-10-16 no provision of the laws held punished a threat with a deepfake, but the general Criminal
    Act (not held) has its own threat offence: the answer says whose gap it is."""
    first = full_kb.ask(question).answer.splitlines()[0]
    assert held in first and ("Criminal Act" in first or "형법" in first), first
