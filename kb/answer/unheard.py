"""What a question asks about that no source holds: a word of its ask that no stored text and no question of a
card's bank uses ("범죄피해자 구조금 받을 수 있나요?", "can my therapy costs go on my health insurance?": the sources
never speak of 구조금 or insurance). The answer then says so first, and offers what the sources do say as the
closest they come, instead of passing a neighbouring card's quote off as the answer.

A word the sources never use is a sure sign: a close card shares the question's other words (피해자, 딥페이크), and
its calibrated confidence and the question's similarity to it cannot tell a neighbour from an answer. Only words of
the ask count (its last clause: the story told before it is not asked about), and not every such word names what is
asked:

- a word of the field in its everyday or slang form ("텔방", "deepnude") is the field's, whatever the texts write
  (`kb.answer.scope.DOMAIN_ANCHORS`);
- a word for the kind of answer wanted, not its subject ("구성요건", "차이", "elements", "requirements": `GENERIC`);
- the name of a service the image is on ("twitter", "인스타": `PLATFORMS`), which the sources call a network;
- a compound made of words the sources use ("특별단속" = 특별 + 단속, "강제전학", "합성죄", "출근길") or an
  inflected form of one ("relieved", "parents") says nothing new — unless its head is a syllable that makes a new
  thing of its modifier ("구조금": 구조 + 금, relief money; only `DERIVING` syllables keep their modifier's subject).

Korean words are the nouns of the ask, written as one word (`kb.index.lexical.asked_nouns`); English words have no
part of speech here, so they are the words of the ask's noun phrases (after an article, a possessive or a
preposition) less the function and everyday words of a question (`EVERYDAY_EN`): a story's words ("apparently",
"overreacting") would otherwise pass for asks.
"""
from __future__ import annotations

import re
from itertools import takewhile

from kb.answer.scope import DOMAIN_ANCHORS
from kb.index.lexical import asked_nouns, tokenize

#: Shorter words are particles and suffixes (Korean) or function words (English) more often than asks.
MIN_CHARS = {"ko": 2, "en": 4}
#: Words that name the kind of answer wanted (its conditions, meaning, differences, basis), not what it is about.
GENERIC = {
    "ko": frozenset("구성요건 성립요건 요건 요지 취지 법리 쟁점 차이 차이점 정의 개념 의미 뜻 기준 범위 종류 유형 예시 사례 근거 "
                    "조건 절차 방법 여부 가능 가능성 경우 내용 정리 설명 요약 비교 핵심 부탁 확인".split()),
    "en": frozenset("elements element requirements requirement conditions condition definition meaning difference "
                    "differences basis summary summarise summarize explain explanation example examples overview "
                    "criteria scope types kinds outline".split()),
}
#: The services an image is posted on or sent through, by name: the sources speak of them all as information networks
#: and service providers (정보통신망, 정보통신서비스 제공자), so a question that names one ("who do i call to get my fake
#: taken down from twitter") is asked about the field, not about something the sources never hold.
PLATFORMS = frozenset("""
twitter tweet tweets instagram insta ig tiktok discord telegram snapchat snap reddit facebook fb youtube kakao
kakaotalk naver daum line band everytime threads whatsapp wechat onlyfans pornhub xvideos tumblr pinterest weibo
트위터 인스타 인스타그램 틱톡 디스코드 디코 텔레그램 텔레 스냅챗 레딧 페이스북 페북 유튜브 카카오 카톡 카카오톡 네이버 다음
밴드 에타 에브리타임 쓰레드 왓츠앱 위챗 온리팬스 블로그 카페 디시 디시인사이드 트윗
""".split())
#: Korean one-syllable heads that keep their modifier's subject: 죄 (the offence of), 길 (on the way to), 일 (the
#: day of), 중·후·전·때 (during, after, before, when), 용 (for), 상·내·외 (under, within, outside), 시 (at), 측·쪽
#: (the side of), 별 (by), 들 (plural), 면 ("학교면": if it is a school, the copula's conditional). Any other one-syllable head (금 money, 비 cost, 료 fee) names a new thing.
DERIVING = frozenset("죄 길 일 중 후 전 때 용 상 내 외 시 측 쪽 별 들 님 면".split())
#: Clipped words (줄임말) looked up by their full form: a clipped word's syllables often hide inside longer words of the
#: sources (학생부 in 가해학생부모, 학생부터), which would pass it for heard.
CLIPPED = {"학생부": "학교생활기록부", "생기부": "학교생활기록부", "생활기록부": "학교생활기록부"}
#: English words of a question that name no subject: function words, the everyday verbs and adverbs of asking,
#: chat words.
EVERYDAY_EN = frozenset("""
about above after again against also although always another anyone anything anyway apparently around asked
asking because been before being below between both cannot could does doing done down during each either else
even ever every everyone everything from further getting give going gonna gotta have having here hers herself
himself into just keep know knows later least less like look looking made make makes many maybe might mine more
most much must myself need needs never next nothing obviously only other others ourselves over overreacting
please pls plz probably quite rather really right said same saying seem seems should since some someone
something sometimes soon still such sure take tell than thank thanks that their theirs them themselves then
there these they thing things think this those though through told totally under until upon very want wanted
wants well were what whatever when where whether which while whom whose will with within without would yeah
your yours yourself actually basically literally seriously honestly idk lmao tbh ngl omg rn thx kinda sorta wanna lol
""".split()) | frozenset(
    # contractions typed without their apostrophe, as a teenager types fast: "hell leak it" is he'll, not hell
    "hell shell theyll youll itll well whats thats theres heres wheres whos dont doesnt didnt isnt arent wasnt "
    "werent wont cant couldnt wouldnt shouldnt havent hasnt hadnt youre theyre weve youve theyve ive wat wut".split()) | frozenset(
    # words of quantity, what "a … of" measures ("a bunch of sites", "a couple of pics"): the noun after them is asked
    "bunch bunches lot lots couple ton tons load loads handful dozen dozens heap heaps pile piles number numbers "
    "amount plenty several whole half".split()) | frozenset(
    # words that qualify what is asked, not name it ("a distinct crime", "the exact date", "a separate offence")
    "distinct separate standalone specific particular exact precise formal official proper actual real".split())
#: English words that open a noun phrase (articles, possessives, prepositions): with no tagger, the words that follow
#: one (up to `_PHRASE_WORDS_EN`, up to the next function word) stand for the ask's nouns ("my health insurance",
#: "a crime victim relief grant"); a story's verbs and adverbs ("i kinda overreacted") follow none.
_OPENERS_EN = frozenset("a an the my your his her our their its this that these those any some no for of on about from "
                        "by with in at into under".split())
_PHRASE_WORDS_EN = 3
#: Object pronouns: the word before one is a verb ("for outing me"), whatever opener comes before it.
_OBJECTS_EN = frozenset("me him her them us it".split())
#: Words an English question opens with: what follows is all asked. A clause opening otherwise is a story, and
#: its question begins at its last question word ("my stepdad put a camera in the bathroom what do i do").
_ASKING_EN = frozenset("can could is are am was were do does did will would should shall may might must have has "
                       "what whats wat how why where who when which".split())
#: English endings an inflected or derived form adds to the word the sources may use.
_ENDINGS_EN = ("ies", "ied", "ing", "ed", "es", "s", "ly")
#: Where an English question's ask begins: after the story's clause ("If I report it at school, will they tell …").
_CLAUSE_EN = re.compile(r",\s+|;\s+|\s+(?:but|so|and then)\s+", re.I)


def known_words(texts: list[str]) -> str:
    """Every text the answers draw on (stored chunks, bank questions) as one string without spaces, lower case:
    what ``unheard`` looks a word up in."""
    return "\n".join(re.sub(r"\s+", "", text).lower() for text in texts)


def unheard(question: str, known: str, language: str = "ko") -> list[str]:
    """The words of the question's ask that ``known`` (`known_words`) never holds, in the question's order, once:
    its nouns in Korean, its words less `EVERYDAY_EN` in English, none of them `GENERIC` or of the field, and no
    compound or inflected form of words it does hold."""
    words: list[str] = []
    reasons = set(_REASON.findall(question)) if language == "ko" else set()
    for word, parts in _asked(question, language):
        if len(word) >= MIN_CHARS[language] and word not in words and word.lower() not in GENERIC[language] \
                and not _on_a_platform(word) and word not in reasons \
                and not _heard(word, parts, known, language) and not _of_the_field(word):
            words.append(word)
    return words


#: A noun said as the reason for what the story tells ("학교 평판 때문에 덮으려고 해요", "소문 날까봐"): the story's
#: why, not what is asked.
_REASON = re.compile(r"([가-힣]{2,})(?=\s*(?:때문|탓에|탓으로|이?라는\s*이유|핑계|날까\s*봐|날까봐|걱정에))")


def _on_a_platform(word: str) -> bool:
    """Whether a word names a service the image is on, alone or with a place on it ("디코서버", "인스타계정",
    "카톡방"): the network the sources speak of."""
    lowered = word.lower()
    return lowered in PLATFORMS or any(lowered.startswith(name) and len(name) >= 2 and not name.isascii()
                                       for name in PLATFORMS)


def _asked(question: str, language: str) -> list[tuple[str, list[str]]]:
    """The ask's words, each with the parts it is made of: a Korean compound's nouns, an English word's stems."""
    if language == "ko":
        return [(noun, tokenize(noun)) for noun in asked_nouns(question)]
    sentences = [s for s in re.split(r"(?<=[?!.])\s+", question.strip()) if s.strip()]
    ask = next((s for s in reversed(sentences) if "?" in s), sentences[-1] if sentences else "")
    ask = _CLAUSE_EN.split(ask)[-1]
    first = re.match(r"\W*(\w+)", ask)
    if not (first and first.group(1).lower() in _ASKING_EN):  # a story run on into its question ("… what do i do")
        starts = [m.start() for m in re.finditer(r"\b(?:what|whats|wat|how|why|where|who|when|which)\b", ask, re.I)]
        ask = ask[starts[-1]:] if starts else ask
    words, phrase = [], 0
    tokens = [w.lower() for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", ask)]
    for word, following in zip(tokens, tokens[1:] + [""]):
        if word in _OPENERS_EN:
            phrase = _PHRASE_WORDS_EN
        elif following in _OBJECTS_EN:
            phrase = 0  # a verb with its object ("for outing me", "about posting it"): an act told, not a thing asked
        elif phrase and "'" not in word and word not in EVERYDAY_EN:
            words.append((word, _stems(word)))
            phrase -= 1
        else:
            phrase = 0
    return words


def _stems(word: str) -> list[str]:
    """An English word's forms without an inflectional or derivational ending (parents → parent, relieved →
    reliev), longest first."""
    return [word[:-len(end)] for end in _ENDINGS_EN if word.endswith(end) and len(word) - len(end) >= 4]


def _heard(word: str, parts: list[str], known: str, language: str) -> bool:
    """Whether the sources use the word, one of its stems (English), or each part of a compound whose head keeps
    its modifier's subject (Korean)."""
    if language == "ko" and word in CLIPPED:
        return CLIPPED[word] in known
    if word.lower() in known:
        return True
    if language == "en":
        return any(stem in known for stem in parts)
    if len(parts) < 2 and len(word) > 2 and word[-1] in DERIVING:  # a compound the tokenizer keeps whole (출근길)
        parts = [word[:-1], word[-1]]
    if len(parts) < 2 or (len(parts[-1]) < 2 and parts[-1] not in DERIVING):
        return False
    return all(part.lower() in known for part in parts if len(part) >= 2)


def _of_the_field(word: str) -> bool:
    """Whether the word is one of the field's own, in any form people write it (`DOMAIN_ANCHORS`)."""
    return any(re.search(pattern, word, re.I) for pattern in DOMAIN_ANCHORS)


#: The one an ask is directed at, the person told, sued, asked or contacted ("부모에게 통보되나요", "보호관찰관한테
#: 연락해도 되나요", "sue the parents", "sue the boy's parents", "will they tell my parents"): a word the sources do use,
#: of someone the answer found may never name.
_ADDRESSED = {
    "ko": re.compile(r"([가-힣]{2,}?)(?:님)?(?:한테|에게|께)(?:서|도|만|는)?(?![가-힣])"),
    "en": re.compile(r"\b(?:tell|tells|told|inform|informed|notify|notified|contact|contacted|sue|sued|ask|asked|"
                     r"call|pay|warn|warned)\s+(?:the|my|his|her|their|our|your)\s+(?:[a-z]+'s\s+)?([a-z]+(?:\s+[a-z]+)?)", re.I),
}
#: English words that join a clause to the party told ("tell the police so they believe me", "call my parents or the
#: school"): the party's phrase ends before them.
_JOINING_EN = frozenset("so and or but because if then as".split())
#: What is told rather than whom ("tell the story", "tell the truth", "ask the questions"): no party.
_TOLD_THINGS_EN = frozenset("story stories truth details facts same whole questions question thing things".split())
#: The words for one party that an answer may use for another (a statute's 보호자 is the parent asked about).
PARTIES = {
    "ko": (("부모", "부모님", "학부모", "보호자", "엄마", "아빠", "어머니", "아버지"),
           ("선생님", "담임", "담임쌤", "쌤", "교사", "교원", "교직원"),
           ("가해자", "가해학생", "피의자", "피고인", "범인", "행위자"),
           ("경찰", "경찰관", "수사관", "수사기관", "형사")),
    "en": (("parents", "parent", "mom", "mum", "dad", "mother", "father", "guardian", "guardians", "family"),
           ("teacher", "teachers", "homeroom", "staff"),
           ("offender", "perpetrator", "suspect", "accused", "defendant"),
           ("police", "officer", "officers", "investigator", "investigators")),
}


def unanswered(question: str, texts: list[str], language: str = "ko") -> list[str]:
    """Whom the question's ask is directed at (`_ADDRESSED`) that ``texts`` (the answer found: its lines and the
    texts they quote) never name, by that word or another for the same party (`PARTIES`): "딥페이크 만든 애
    부모한테 손해배상 청구할 수 있나요?" answered by a card on the maker's own liability. Korean words are looked
    for anywhere, English ones as words ("dad" is no party of "a deepfake")."""
    spoken = known_words(texts) if language == "ko" else "\n".join(texts).lower()
    asked = {word for word, _ in _asked(question, language)} if language == "ko" else None
    parties: list[str] = []
    for match in _ADDRESSED[language].finditer(question):
        party = match.group(1).lower()
        words = [party]
        if language == "en":  # the noun phrase up to the next function word or verb ("the parents of the boy" → parents,
            # "told the case ended" → case)
            words = list(takewhile(lambda w: w not in EVERYDAY_EN and w not in _OPENERS_EN and w not in _JOINING_EN
                                   and not re.fullmatch(r"\w{2,}(?:ed|ing)", w), party.split()))
            party = " ".join(words)
        if not words or (asked is not None and party not in asked) or party in parties or words[-1] in _TOLD_THINGS_EN:
            continue
        kin = next((group for group in PARTIES[language] if words[-1] in group), (words[-1],))
        if not any(name in spoken if language == "ko" else re.search(rf"\b{name}\b", spoken) for name in kin):
            parties.append(party)
    return parties
