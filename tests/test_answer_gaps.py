"""Answers and the gap matrix never disagree. For each cell of `kb gaps` (conduct × material × victim) on
dates either side of the changes, an answer offers a provision as the one that punishes the situation only
if the matrix lists it for that cell, and when the matrix shows a gap the answer says so and offers none."""
import re
from datetime import date

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
