"""Evidence: whether a question asks what to keep or whether to screenshot it; and evidence kept by the one harmed.
A victim who saved a screenshot or a copy of their own image to show the police and asks whether keeping it makes
them liable ("캡쳐해서 경찰한테 보여줘도 나 처벌 안 받지?", "증거로 저장해둔 영상 때문에 내가 처벌받을 수도
있어요?") asks what to keep as evidence, not what the possession offence punishes."""
from __future__ import annotations

import re

#: What was kept, said to be evidence or a capture: "증거로 저장해둔", "캡처해놨는데", "스샷", "as evidence".
_KEPT_AS_EVIDENCE = re.compile(r"증거\s*(?:로|용|삼아|자료)|캡처|캡쳐|스샷|스크린\s*샷|화면\s*녹화|"
                               r"\b(?:as|for)\s+(?:evidence|proof)\b|screen\s*(?:shot|cap|record)", re.I)
#: The asker asking whether they are liable themselves: "나도 처벌", "내가 처벌받을", "나 처벌 안 받지", "소지죄임?",
#: "can i get in trouble".
_OWN_LIABILITY = re.compile(r"(?<![가-힣])(?:나|저|내가|제가)(?:도|는|가)?\s*(?:\S+\s*){0,3}?(?:처벌|죄|걸려|걸리|잡혀|문제)|"
                            r"소지죄|불법(?:인가|이에요|이예요|임|일까|이야|아니)|"
                            r"\b(?:can|could|will|would|am|do)\s+i\s+(?:\w+\s+){0,2}?(?:trouble|punished|charged|"
                            r"arrested|liable|prosecuted)|"
                            # "is keeping the screenshot illegal possession?", "is that a crime too?"
                            r"\b(?:is|isn't|would|does)\s+(?:it|that|this|keeping|having|saving|holding)\b[^.?!]{0,40}?"
                            r"\b(?:illegal|unlawful|a crime|criminal|possession|against the law)\b", re.I)


def own_evidence_kept(question: str) -> bool:
    """Whether the asker tells of keeping a capture or a copy as evidence and asks whether that makes them liable."""
    return bool(_KEPT_AS_EVIDENCE.search(question) and _OWN_LIABILITY.search(question))


#: Asking what to keep as evidence, or whether to screenshot it: "증거 뭐 남겨야 돼요", "캡쳐해놔야돼?",
#: "what evidence should I save", "should i screenshot it".
_EVIDENCE_ASKED = re.compile(
    r"캡처|캡쳐|스샷|스크린\s*샷|화면\s*녹화|증거.{0,10}(?:남기|남겨|모으|모아|확보|저장|수집|챙기|있어야)|"
    r"(?:남겨|저장해|모아)\s*(?:둬|놔|두|놓)|\bscreen\s*(?:shot|record|cap)|"
    r"\b(?:evidence|proof|records?)\b.{0,25}\b(?:save|keep|collect|gather|preserve|document)|"
    r"\b(?:save|keep|collect|gather|preserve|document)\b.{0,25}\b(?:evidence|proof)\b|"
    # showing that the image is a fake, not the asker ("what should I tell the police so they believe it wasn't me",
    # "가짜라는 걸 어떻게 증명해요"): what to keep and show
    r"(?:\b(?:prove|show|convince)|\b(?:they|police|cops|people|them|everyone|anyone)\s+(?:\w+\s+){0,2}?believe)\b"
    r".{0,40}\b(?:(?:is|was)\s*n[o']t\s+(?:really\s+)?me|not\s+(?:really\s+)?me|"
    r"(?:a\s+|is\s+|was\s+|it'?s\s+)fake|edited|photoshopped)\b|"
    r"(?:가짜|합성|조작|(?<![가-힣])(?:제가|내가|나|저)\s*아니)\S*\s*(?:걸|것을|거|것|점을|사실을)\s*(?:\S+\s*){0,2}?"
    r"(?:증명|입증|믿게|밝히|보여)|"
    # what the helpers need to trace the spread ("유포 범위를 파악하려면 어떤 자료를 받아 두는 게 좋을까요", "what info does the
    # centre need from us to track how far the fake has spread")
    r"(?:유포|퍼진)\s*(?:범위|정도)\S*\s*(?:\S+\s*){0,4}?(?:자료|정보)|(?:어떤|무슨)\s*(?:자료|정보)\S*\s*(?:\S+\s*){0,3}?(?:필요|받아|준비|챙겨)|"
    r"\bwhat\s+(?:info|information|details|material|documents?)\b.{0,60}\b(?:need|needs|require|required|provide)\b.{0,60}"
    r"\b(?:spread|track|trace|deletion|delete|remov\w*|take\s*down)|"
    # what an application for removal needs ("삭제 지원 신청하려면 뭐가 필요해요?", "what do I need to apply for deletion
    # support?", "what should I prepare before asking for removal")
    r"(?:삭제|지원|신청)\S*\s*(?:\S+\s*){0,3}?(?:뭐가|무엇이|뭘|무엇을|어떤\s*게)\s*(?:필요|준비|챙기|있어야)|"
    r"\bwhat\s+(?:do|should|must|will)\s+(?:i|we|you)\s+(?:need|have\s+to\s+(?:bring|prepare|send|submit)|prepare|bring|submit)"
    r"\b.{0,40}\b(?:delet\w*|remov\w*|take\s*down|takedown)", re.I)
#: A screenshot taken to post it ("캡쳐해서 인스타 스토리에 올려서"): publishing, not keeping evidence.
_POSTS_IT = re.compile(r"(?:캡처|캡쳐|스샷|screenshot)\S*.{0,25}?(?:올려|올리|올린|공유|뿌리|퍼뜨|\bpost|\bshar|\bupload)", re.I)


def keeping_asked(question: str) -> bool:
    """Whether the question asks what to keep as evidence or whether to screenshot it, not a screenshot taken to
    post it."""
    return bool(_EVIDENCE_ASKED.search(question)) and not _POSTS_IT.search(question)
