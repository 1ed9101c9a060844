"""Requests the assistant must refuse, and the human help every answer points to.

A request is harmful when it asks for help to make, find, obtain or spread sexual deepfakes, to
escape detection, or to identify a victim. A victim asking how to report, or anyone asking what the
penalty is, is not: the patterns look for the asker's own intent ("how to make", "send me the
link", "만들어줘"), not for the topic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SEXUAL = r"(딥페이크|딥페|합성|누드|나체|알몸|벗[은긴]|야한|음란|성적|섹스|야동|능욕|deep\s*fakes?|nudes?|naked|porn\w*|explicit|sexual|undress\w*|nudif\w*)"

#: (category, pattern) — checked on the lower-cased request.
_HARMFUL: tuple[tuple[str, re.Pattern], ...] = tuple((category, re.compile(pattern, re.I | re.S)) for category, pattern in (
    # making one
    ("make", rf"(how\s+(do\s+i|can\s+i|to|would\s+i)|help\s+me|can\s+you|could\s+you|please|teach\s+me|steps?\s+to|best\s+(app|tool|site|bot)s?\s+to|i\s+want\s+to)\s+(\w+\s+){{0,3}}(make|create|generate|produce|edit|photoshop|swap|render)\b.{{0,60}}{_SEXUAL}"),
    ("make", r"\b(nudify|undress(ing)?|deepnude|face\s*swap)\b.{0,40}\b(app|bot|tool|site|program|software|her|him|my\s+(classmate|friend|teacher|crush))"),
    ("make", rf"{_SEXUAL}.{{0,40}}(만드는\s*(법|방법)|만드는지|만들\s*수\s*있|만들어\s*(줘|주세요|줄\s*수|봐)|제작\s*(방법|법(?![정률령규])|해\s*줘|해주세요)|합성\s*(하는\s*(법|방법)|해\s*줘|해주세요|해\s*줄)|생성\s*(하는\s*법|해\s*줘)|어떻게\s*만들)"),
    ("make", r"(딥페이크|합성|누드|나체|알몸)\s*(사진|영상|이미지)?\s*(앱|어플|사이트|봇|프로그램)\s*(추천|알려|뭐|어디|이름)"),
    ("make", r"(사진|얼굴).{0,30}(벗기는|옷\s*벗기|누드로|나체로|알몸으로)\s*(앱|어플|봇|사이트|방법|법|만들|합성|바꿔|해\s*줘)"),
    ("make", rf"(write|give|make)\s+me\s+(a\s+)?(prompt|script|code|workflow)s?\b.{{0,80}}{_SEXUAL}"),
    ("make", r"(옷\s*(을\s*)?벗기는|누드\s*(로)?\s*만드는|탈의)\s*.{0,20}(ai|앱|어플|봇|모델|사이트|프로그램|툴|로라|lora)"),
    ("make", r"(합성|딥페이크|딥페|누드|나체|얼굴\s*바꾸는)\s*(봇|앱|어플|모델|사이트|프로그램|툴|로라|lora).{0,30}(추천|알려|아이디|주소|링크|뭐|어디|공유)"),
    ("make", r"(stable\s*diffusion|lora|checkpoint|model|app|bot)s?\b.{0,40}\b(undress|nude|naked|nsfw|remove\s+(her\s+)?clothes)"),
    # finding or obtaining material
    ("find", rf"(where|how)\s+(can|do|to)\s+(i\s+)?(find(?!\s+out)|download|watch|get|buy|see|access|join)\b.{{0,60}}{_SEXUAL}"),
    ("find", rf"{_SEXUAL}.{{0,40}}(telegram|discord)\s*(channel|group|room|link)"),
    ("find", rf"(send|give|share|dm)\s+me\s+(the\s+)?(telegram\s+|discord\s+)?(link|links|channel|room|group|file|files|video|videos|pics?)\b.{{0,60}}{_SEXUAL}?"),
    ("find", rf"{_SEXUAL}.{{0,40}}(어디서\s*(봐|보|구하|받|다운|사)|보는\s*(법|방법|곳)|구하는\s*(법|방법|곳)|다운\s*받|링크\s*(좀|줘|주세요|알려)|주소\s*(좀|줘|알려)|방\s*(링크|주소|들어가|입장|초대))"),
    ("find", r"(텔레그램|텔레|디코|디스코드).{0,20}(방|채널|링크|주소).{0,20}(알려|공유|줘|주세요|들어가|입장|초대|어디)"),
    ("find", r"(지인\s*능욕|지능|능욕)\s*(방|채널|링크|주소|사이트|의뢰|해\s*줘|해주세요|해\s*줄|맡기|부탁|하는\s*법|하는\s*방법)"),
    # evading detection or punishment
    ("evade", r"(avoid|evade|escape|not\s+get|without\s+getting)\s+(being\s+|getting\s+)?(caught|detected|traced|tracked|arrested|punished)"),
    ("evade", r"(delete|destroy|hide|wipe)\s+(the\s+)?(evidence|traces|logs)\b"),
    ("evade", r"without\s+(the\s+)?police\s+(being\s+able\s+to\s+)?(trac|find|catch|know)"),
    ("evade", r"(압수\s*수색|포렌식|디지털\s*포렌식).{0,40}(전에|피하|안\s*걸리|못\s*찾|지우|삭제)|복구\s*(가\s*)?안\s*되게|흔적\s*(없이|안\s*남게)"),
    ("evade", r"(안\s*걸리|걸리지\s*않|들키지\s*않|안\s*들키|추적\s*(을\s*)?(피하|못\s*하게|안\s*되게)|처벌\s*(을\s*)?(피하|안\s*받는\s*(법|방법))|증거\s*(를\s*)?(없애|인멸|지우는|숨기)|수사\s*(를\s*)?(피하|빠져나))"),
    # identifying a victim
    ("identify", r"(who\s+is|identify|find\s+out\s+who\s+is|name\s+of|dox\w*)\s+(the\s+)?(girl|woman|student|victim|person)\s+(in|from)\s+(the|this|that)\s+(video|photo|pic|deepfake|image)"),
    ("identify", r"(영상|사진|합성물|딥페이크)\s*(속|에\s*나온|의)\s*(여자|여학생|남자|사람|피해자|애).{0,20}(누구|신상|이름|학교|번호|인스타|찾아|알아내|특정)"),
    ("identify", r"피해자.{0,10}(신상|이름|학교|학과|학번|번호|인스타|주소).{0,20}(알려\s*(줘|주세요|줄래)|알아내|찾아\s*(줘|주세요)|털어|정리\s*(해|좀)|목록|리스트)"),
    ("identify", r"(work\s+out|figure\s+out|find\s+out|tell\s+me)\s+which\s+(girl|boy|student|woman|person)\b.{0,40}\b(it\s+is|in\s+it|this\s+is)"),
))


@dataclass(frozen=True)
class Refusal:
    category: str  # make | find | evade | identify


def check_request(question: str) -> Refusal | None:
    """A Refusal when the request seeks help to make, find or spread sexual deepfakes, evade, or identify a victim."""
    text = " ".join(question.split())
    for category, pattern in _HARMFUL:
        if pattern.search(text):
            return Refusal(category)
    return None


#: Human help, from the guidance facts in the source manifest (1366 as the single number since 2025-04-17).
HELP = {
    "ko": ("도움이 필요하면 혼자 고민하지 마세요: 여성긴급전화 1366(24시간), 중앙디지털성범죄피해자지원센터 "
           "02-735-8994 · d4u.stop.or.kr, 긴급 신고 112, 학교폭력 상담 117."),
    "en": ("You do not have to handle this alone: women's emergency line 1366 (24 hours), the Digital Sex Crime "
           "Victim Support Center 02-735-8994 · d4u.stop.or.kr, police emergency 112, school-violence line 117."),
}

@dataclass(frozen=True)
class Contact:
    """A human help line, as the help box of the web app lists it."""

    number: str
    ko: str
    en: str
    site: str = ""


#: The same four services as HELP, structured for links (tel: and the centre's site).
CONTACTS = (
    Contact("1366", "여성긴급전화·디지털성범죄 피해 상담 (24시간, 지역번호 없이)",
            "Women's emergency line, also for digital sex-crime victims (24 hours, no area code)"),
    Contact("02-735-8994", "중앙디지털성범죄피해자지원센터 (상담·삭제 지원)",
            "Digital Sex Crime Victim Support Center (counselling, deletion)", "https://d4u.stop.or.kr"),
    Contact("112", "경찰 긴급 신고", "Police emergency"),
    Contact("117", "학교폭력 신고·상담", "School-violence reporting and counselling"),
)

NOT_ADVICE = {
    "ko": "이 답변은 법률 자문이 아니라 공개된 법령과 자료에 근거한 정보입니다.",
    "en": "This is information from public laws and sources, not legal advice.",
}

REFUSAL = {
    "ko": ("이 요청은 도와드릴 수 없습니다. 성적 허위영상물(딥페이크)을 만들거나 퍼뜨리는 것, 구하거나 보는 것, "
           "수사를 피하거나 피해자를 찾아내는 것을 돕는 일은 범죄를 돕는 일입니다. 관련 처벌 조항은 아래 인용을 보세요."),
    "en": ("I can't help with this. Making, spreading, obtaining or viewing sexual deepfakes, evading investigation "
           "or identifying a victim are crimes in Korea, and I will not assist with them. The penalty provision is "
           "quoted below."),
}

ABSTAIN = {
    "ko": ("제가 가진 자료(법령·지침·보도)에서는 이 질문에 답할 근거를 찾지 못했습니다. 추측으로 답하지 않겠습니다. "
           "전문 상담기관에 문의해 주세요."),
    "en": ("I could not find anything in my sources (statutes, guidance, news reports) that answers this, and I "
           "will not guess. Please ask one of the services below."),
}
