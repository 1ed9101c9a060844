"""Stalking asked in everyday words (issue 17): a person who follows the asker, waits outside their home, school
or work, or calls, texts, sends things or tracks them again and again is a question for the stalking cards,
whatever words the asker has for it; a cat that follows them home, a boss calling about work, a mother waiting
at the school gate or followers on social media are not. Written for this test, apart from the banks and the
eval set."""
import pytest

from kb.answer.premises import premise
from kb.answer.scope import in_scope, pursued
from kb.answer.understanding import understand

STALKING_CARDS = {"penalty-stalking-crime", "support-stalking-stay-away", "support-stalking-protection-order"}

#: A person does it to the asker, or to the one they speak for, again and again or against their will.
EVERYDAY_STALKING = (
    "someone keeps following me on the way to school",
    "my ex won't stop showing up at my work",
    "모르는 남자가 매일 집 앞에서 기다려요",
    "there's a guy who waits at the bus stop for me every morning and walks behind me to class",
    "my ex won't stop texting me even though i blocked her everywhere",
    "my daughter's ex-boyfriend keeps coming to our house and calling her all night",
    "헤어진 사람이 번호를 바꿔 가며 계속 문자를 보내요",
    "학원 끝날 때마다 같은 사람이 정문에서 기다리고 있어요",
    "전 남친이 제 위치를 알아내서 가는 곳마다 나타나요",
    # the ways teenagers and parents put it: a place's entrance, a knock at the door, the end of a shift, as far as
    # home (with the common misspelling 쫒아), around a block, the number of calls after the word for them
    "헤어진 애인이 우리 아파트 입구에 매일 서 있어요",
    "싫다고 몇 번을 말했는데 밤에 집 앞에 와서 문을 두드려요",
    "모르는 사람이 알바 끝날 때까지 기다렸다가 말을 걸어요",
    "학원에서 집까지 쫒아와요 무서워요",
    "차단했더니 부계정으로 디엠이 와요 그만했으면 좋겠어요",
    "번호를 바꿨는데도 전화가 하루에 수십 통 와요 모르는 사람이에요",
    "카톡 막았더니 인스타 댓글로 계속 말 걸어요",
    # standing there day after day, the asker's family contacted, turning up where the asker is, hundreds of messages
    "헤어진 사람이 맨날 우리 동 현관 옆에 서 있어요",
    "전 여친이 우리 엄마한테까지 전화해서 나 바꿔 달래요 그만하라 했는데",
    "내가 간 식당으로 어떻게 알았는지 찾아왔어요 소름 끼쳐요",
    "모르는 계정에서 디엠이 하루에 백 개씩 와요 차단해도요",
    # a lecture room or lobby day after day, a letter left at the door, a gift by courier from an ex, an address found out
    "그 선배가 매일 우리 반 교실 앞에 와 있어요",
    "헤어진 남친이 우리 집 현관에 쪽지를 붙여 놓고 가요",
    "전 여친이 택배로 꽃을 계속 보내요 받기 싫은데",
    "이사 갔는데 제 새 주소를 어떻게 알았는지 찾아왔어요",
)
#: The same everyday words for what no one suffers: work, animals, family, deliveries and sales, social media.
LOOK_ALIKES = (
    "my boss keeps calling me about work on weekends",
    "a stray cat keeps following me to my door",
    "how do i get people to follow me on tiktok",
    "my manager keeps texting me about my shifts",
    "the mailman comes to my house every day",
    "my mom keeps calling me to ask when i'm coming home",
    "우리 강아지가 화장실까지 계속 따라와요",
    "엄마가 매일 학교 앞까지 와서 기다려요",
    "팀장님이 퇴근 후에도 업무 때문에 계속 카톡을 보내요",
    "보험 영업 전화가 매일 와요",
    "뉴스를 계속 따라가려면 어떻게 해요",
    "엄마가 학원 끝날 때까지 기다려요",
    "택배 기사님이 집 앞에 와서 문 두드려요",
)
#: Coming along, waiting for a result: no one pursues the asker, whatever the field's words around them.
NOT_PURSUED = (
    "친구랑 같이 경찰서까지 따라와 줄 수 있대요",
    "결과 나올 때까지 계속 기다려야 하나요",
    "상담 선생님이 법원까지 따라와 주시나요",
    "조사받으러 갈 때 엄마가 같이 따라와도 되나요",
    "제가 있는 곳으로 경찰이 와 주나요",
    "친구한테도 연락해서 같이 신고해도 되나요",
    "경찰이 또 집 앞에 와 주나요",
    "그 사람 주소를 어떻게 알아내요",
)


@pytest.mark.parametrize("question", EVERYDAY_STALKING)
def test_being_followed_waited_for_or_contacted_again_and_again_is_in_scope(question):
    assert in_scope(question)


@pytest.mark.parametrize("question", LOOK_ALIKES)
def test_the_same_words_for_work_animals_family_or_followers_are_not(question):
    assert not in_scope(question)


@pytest.mark.parametrize("question", NOT_PURSUED)
def test_coming_along_or_waiting_for_a_result_is_not_being_pursued(question):
    assert not pursued(question)


@pytest.mark.parametrize("question", EVERYDAY_STALKING[-15:])
def test_an_everyday_pursuit_states_the_stalking_cards_premise(question):
    assert premise(question, understand(question, "victim"), ["stalking"]) == 1


@pytest.mark.parametrize("question", (
    "전남친이 새벽마다 성적인 문자를 보내요 차단해도 와요",  # sexual messages: the messaging offence's card
    "가해자가 자꾸 아이 학교 근처에서 서성거려요",  # the offender of a case: that case's own orders
    "엄마가 학원 끝날 때까지 기다려요",
))
def test_sexual_messages_a_known_offender_or_a_parent_state_no_stalking_premise(question):
    assert premise(question, understand(question, "victim"), ["stalking"]) < 1


def _stalking_content(answer) -> bool:
    cards = {(answer.route or {}).get("card"), *(c.source_id for c in answer.citations)}
    return bool({c for c in cards if c and "stalking" in c}) or "스토킹" in answer.answer \
        or "stalk" in answer.answer.lower()


def test_everyday_stalking_questions_are_answered_by_a_stalking_card(full_kb):
    routes = {q: full_kb.ask(q, persona="victim") for q in EVERYDAY_STALKING}
    wrong = [(q, a.abstained, (a.route or {}).get("card")) for q, a in routes.items()
             if a.abstained or (a.route or {}).get("card") not in STALKING_CARDS]
    assert wrong == []


def test_look_alikes_get_no_stalking_answer(full_kb):
    answered = [(q, (a.route or {}).get("card")) for q in LOOK_ALIKES
                if _stalking_content(a := full_kb.ask(q))]
    assert answered == []


@pytest.mark.parametrize("question, expected", [
    ("someone keeps making new accounts to send me the fake video", True),
    ("a guy from my class keeps dming me the fake pic of me from different accounts", True),
    ("누가 자꾸 새 계정 만들어서 제 합성 사진을 보내요", True),
    ("새 계정 만들었어요", False),
])
def test_sending_again_from_new_accounts_is_pursuit(question, expected):
    from kb.answer.scope import pursued

    assert pursued(question) == expected
