"""Whether a question asks to be told yes or no: a card's bare "네." or "Yes." answers such a question, and only it
(`kb.answer.understanding` reads it into ``Understanding.yes_no``)."""
from __future__ import annotations

import re

#: Words that ask for something other than yes or no: "what", "how", "언제", "얼마" … A question with one of them
#: wants that thing, even when a card's own title question is answered "Yes." or "네."
_WH_WORDS = re.compile(r"무엇|무슨|뭐|뭘|뭔|어떤|어떻게|어떡|어때|얼마|몇|언제|어디|누가|누구|누굴|왜|어느|어떨|"
                       r"\b(what|how|when|where|who|whom|whose|which|why)\b", re.I)
#: How an English yes-or-no question opens.
_YES_NO_OPENING = re.compile(r"^(is|are|am|was|were|do|does|did|can|could|will|would|should|shall|must|may|might|"
                             r"has|have|had|isn't|aren't|don't|doesn't|didn't|can't|won't)\b", re.I)
#: How a Korean yes-or-no question ends ("처벌받나요?", "범죄인가요", "되죠?", "맞습니까").
_YES_NO_ENDING = re.compile(r"(나요|까요|가요|습니까|니까|죠|지요|니|냐|래요|데요|어요|아요|해요|에요|예요)\s*\??$")


#: A question asked in the negative ("합의하면 처벌 안 받나요?", "처벌 규정은 없나요?", "Isn't it a crime?", "Can he not be
#: punished?"): a bare "네." or "Yes." would say the opposite of what the card means ("네" to "안 받나요" says he is not
#: punished). Korean negates in the predicate that ends the question; English in its opening.
_NEGATED_KO = re.compile(r"(?:(?<![가-힣])안\s*\S+|않\S*|(?<![가-힣])못\s*\S+|없\S*)"
                         r"(?:\s*(?:건가요|건가|거예요|거에요|건지|거죠|거야|겁니까|것인가요))?\s*\??$")
_NEGATED_EN = re.compile(r"^(?:isn'?t|aren'?t|don'?t|doesn'?t|didn'?t|can'?t|won'?t|wouldn'?t|shouldn'?t|haven'?t|hasn'?t|"
                         r"(?:is|are|do|does|did|can|could|will|would|should|has|have)\s+\w+\s+not)\b", re.I)


#: A question that offers two answers to choose from ("Do I need a lawyer, or can I go to the police myself?",
#: "협박죄인가요 아니면 성폭력처벌법으로 처벌되나요?"): a "yes" would not say which. English joins a second question
#: to the first with "or" and an auxiliary verb before its subject; Korean with 아니면 (or 혹은) before a second ask.
_ALTERNATIVE_EN = re.compile(r"\bor\s+(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|must|may|might|"
                             r"has|have|had)\s+(?:i|you|he|she|it|they|we|there|this|that|my|the|his|her|their)\b", re.I)
_ALTERNATIVE_KO = re.compile(r"(?:아니면|아님|혹은)\s*\S+")


def _sentences(text: str) -> list[str]:
    """A question's sentences, each ending at its ?, ! or ."""
    return [s.strip() for s in re.split(r"(?<=[?!.])\s+", text.strip()) if s.strip()]


def asks_yes_no(question: str) -> bool:
    """Whether a question asks to be told yes or no: none of its questions asks what a wh-word asks for
    ("누가 부담하나요? 가해자 부모가 내나요?" wants who pays; the second question only guesses the answer), its last
    question opens (English) or ends (Korean) the way a yes-or-no question does, and it is not asked in the
    negative, in any of its questions (`_NEGATED`: then the answer's first line says what holds, without a "yes" that
    could be misread: "합의하면 처벌 안 받는 건가요? 합의금 주면 고소 취하되는 거예요?"), nor
    offers two answers to choose from (`_ALTERNATIVE_EN`, `_ALTERNATIVE_KO`)."""
    asked = _sentences(question)
    last = next((s for s in reversed(asked) if s.endswith("?")), asked[-1] if asked else "")
    if not last or any(_WH_WORDS.search(s) for s in asked if s.endswith("?") or s is last):
        return False
    if any(_NEGATED_KO.search(s) or _NEGATED_EN.search(s) for s in asked if s.endswith("?") or s is last):
        return False
    if _ALTERNATIVE_EN.search(last) or _ALTERNATIVE_KO.search(last):
        return False
    return bool(_YES_NO_OPENING.search(last) or (re.search(r"[가-힣]", last) and _YES_NO_ENDING.search(last)))


#: Words that ask whether a consequence goes away ("does withdrawing my complaint stop the prosecution?", "합의하면 처벌
#: 면하나요?"): a card titled the other way round ("Can the offender still be prosecuted if the victim settles?") answers
#: "Yes." where this question's answer is no.
_UNDOING = re.compile(r"\b(?:stop|stops|stopped|end|ends|ended|avoid|avoids|escape|escapes|get out of|gets out of|"
                      r"off the hook|get away with|go away|goes away|make the case go away|cancel|cancels|cancelled|"
                      r"wipe|wipes|wiped|no longer)\b|멈추|멈춰|멈춥|끝나|끝납|끝내|면하|면제|사라지|사라집|없어지|없어집|"
                      r"없던\s*일|무마|빠져나|(?<![가-힣])안\s*받", re.I)


#: A condition told before what is asked: "If we settle, …", "… if the victim settles", "합의하면 …", "신청해도 …",
#: and the act a permission is asked for ("자체해결로 끝내도 되나요" asks whether it is allowed).
_CONDITION_EN = re.compile(r"\b(?:even if|if|when|unless|after|before)\b[^,?]*(?:,|(?=\?)|$)", re.I)
_CONDITION_KO = re.compile(r"(?:[가-힣]면|해도|어도|아도|여도|라도|[가-힣]도(?=\s*(?:되|돼|괜찮)))\s*")


def _consequences(text: str) -> str:
    """What a question asks holds, without the conditions it is asked under: "멈춰 달라고 하면 의견을 말할 수 있나요" asks
    whether one may speak, not whether anything stops."""
    return " ".join(_CONDITION_KO.split(_CONDITION_EN.sub(" ", s))[-1] for s in _sentences(text))


def turned_around(question: str, title: str) -> bool:
    """Whether a question asks whether a consequence goes away (`_UNDOING`) while the card's title asks whether it
    holds, or the other way round, conditions aside: the card's bare "Yes." or "네." would then say the opposite of
    its answer."""
    return bool(_UNDOING.search(_consequences(question))) != bool(_UNDOING.search(_consequences(title)))


#: Whether something is required: "do I need a lawyer", "do I have to go myself", "is it mandatory", "꼭 있어야 하나요",
#: "변호사가 필요한가요", "직접 가야 하나요".
_NEED = re.compile(r"\b(?:need|needs|needed|have\s+to|has\s+to|must|required?|requires|mandatory|necessary|obliged|"
                   r"obligated)\b|필요|필수|있어야|해야|가야|받아야|꼭|반드시", re.I)


def need_asked_of_may(question: str, title: str) -> bool:
    """Whether a question asks if something is required (`_NEED`) of a card whose title asks only whether it may be
    had or done ("Can a victim have a lawyer?"): the card's bare "Yes." would tell "do I need a lawyer to file a
    complaint?" that a lawyer is required."""
    return bool(_NEED.search(_consequences(question))) and not _NEED.search(title)
