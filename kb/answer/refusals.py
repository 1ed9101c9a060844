"""What the assistant says when it does not answer a question as asked: the opening of a refusal by category and
the provisions it cites, the help under a refusal, the abstention, the notice that an answer is no legal advice,
and the human help lines the web app lists. (Whether to refuse is `kb.answer.safety` and `kb.answer.safety_gate`.)"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contact:
    """A human help line, as the help box of the web app lists it."""

    number: str
    ko: str
    en: str
    site: str = ""


#: Human help, from the guidance facts in the source manifest (1366 as the single number since 2025-04-17), structured
#: for links (tel: and the centre's site).
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

#: The opening of a refusal, by category: no comfort, a plain statement that the assistant will not help.
REFUSAL = {
    "ko": {
        "make": "도와드릴 수 없습니다. 성적 허위영상물(딥페이크)을 만들거나 만드는 도구를 찾는 일은 돕지 않습니다. 그 행위는 아래 조항의 범죄입니다.",
        "find": "도와드릴 수 없습니다. 성적 허위영상물을 구하거나 사거나 저장하거나 보는 일은 돕지 않습니다. 그 행위는 아래 조항의 범죄입니다.",
        "spread": "도와드릴 수 없습니다. 성적 허위영상물을 퍼뜨리거나 보내는 일은 돕지 않습니다. 그 행위는 아래 조항의 범죄입니다.",
        "sell": "도와드릴 수 없습니다. 성적 허위영상물을 팔거나 그것으로 돈을 버는 일은 돕지 않습니다. 그 행위는 아래 조항의 범죄입니다.",
        "evade": "도와드릴 수 없습니다. 수사를 피하거나 증거를 숨기는 일은 돕지 않습니다. 숨기려는 행위는 아래 조항의 범죄입니다.",
        "identify": "도와드릴 수 없습니다. 피해자가 누구인지 알아내거나 드러내는 일은 돕지 않습니다. 피해자의 신원 공개는 아래 조항이 금지합니다.",
        "extort": "도와드릴 수 없습니다. 성적 영상물로 사람을 협박하거나 무언가를 강요하는 일은 돕지 않습니다. 그 행위는 아래 조항의 범죄입니다.",
        "groom": "도와드릴 수 없습니다. 아동·청소년에게 성적 목적으로 접근하는 일은 돕지 않습니다. 그 행위는 아래 조항의 범죄입니다.",
        "film": "도와드릴 수 없습니다. 다른 사람의 몸을 몰래 또는 그 사람의 뜻에 반해 찍는 일은 돕지 않습니다. 그 행위는 아래 조항의 범죄입니다.",
    },
    "en": {
        "make": "I will not help with this. Making a sexual deepfake, or finding a tool to make one, is a crime under the provision below.",
        "find": "I will not help with this. Obtaining, buying, storing or viewing sexual deepfakes is a crime under the provision below.",
        "spread": "I will not help with this. Spreading or sending a sexual deepfake is a crime under the provision below.",
        "sell": "I will not help with this. Selling sexual deepfakes or making money from them is a crime under the provision below.",
        "evade": "I will not help with this. I do not help anyone hide evidence or escape an investigation; what would be hidden is a crime under the provision below.",
        "identify": "I will not help with this. I do not help identify or expose a victim; the provision below forbids disclosing who a victim is.",
        "extort": "I will not help with this. Threatening or coercing someone with sexual images is a crime under the provision below.",
        "groom": "I will not help with this. Approaching a child or teenager for sexual purposes is a crime under the provision below.",
        "film": "I will not help with this. Filming someone's body secretly or against their will is a crime under the provision below.",
    },
}
#: Help contacts under a refusal: for whoever is harmed, and a way to report. No comfort to the asker.
REFUSAL_HELP = {
    "ko": "피해 신고·상담: 경찰 112, 여성긴급전화 1366, 중앙디지털성범죄피해자지원센터 02-735-8994 · d4u.stop.or.kr, 학교폭력 117.",
    "en": ("To report or get help for someone harmed: police 112, women's emergency line 1366, the Digital Sex Crime "
           "Victim Support Center 02-735-8994 · d4u.stop.or.kr, school-violence line 117."),
}
SEXUAL_CRIMES_ACT = "성폭력범죄의처벌등에관한특례법/법률"
YOUTH_ACT = "아동ㆍ청소년의성보호에관한법률/법률"
#: The provisions a refused request would break, as (law, article, paragraph): for an adult shown, and for a
#: child or teenager (the youth law). An ``evade`` request quotes the offence it would hide (see the answer engine).
REFUSAL_PROVISIONS: dict[str, dict[str, tuple[tuple[str, str, int], ...]]] = {
    "make": {"adult": ((SEXUAL_CRIMES_ACT, "제14조의2", 1),), "child": ((YOUTH_ACT, "제11조", 1),)},
    "find": {"adult": ((SEXUAL_CRIMES_ACT, "제14조의2", 4),), "child": ((YOUTH_ACT, "제11조", 5),)},
    "spread": {"adult": ((SEXUAL_CRIMES_ACT, "제14조의2", 2),), "child": ((YOUTH_ACT, "제11조", 3),)},
    "sell": {"adult": ((SEXUAL_CRIMES_ACT, "제14조의2", 3),), "child": ((YOUTH_ACT, "제11조", 2),)},
    "identify": {"adult": ((SEXUAL_CRIMES_ACT, "제24조", 2), (SEXUAL_CRIMES_ACT, "제50조", 2)),
                 "child": ((YOUTH_ACT, "제31조", 3), (YOUTH_ACT, "제31조", 4))},
    "extort": {"adult": ((SEXUAL_CRIMES_ACT, "제14조의3", 1),), "child": ((YOUTH_ACT, "제11조의2", 1),)},
    "groom": {"adult": ((YOUTH_ACT, "제15조의2", 1),), "child": ((YOUTH_ACT, "제15조의2", 1),)},
    # a rule's category only (the labelled requests are deepfake-centred): filming a child's body is production
    "film": {"adult": ((SEXUAL_CRIMES_ACT, "제14조", 1),), "child": ((YOUTH_ACT, "제11조", 1),)},
}
#: What an ``evade`` request hides, by the conduct its words name (possession when none is named).
EVADE_AS = {"make": "make", "distribute": "spread", "sell": "sell", "threaten": "extort", "coerce": "extort"}

ABSTAIN = {
    "ko": ("제가 가진 자료(법령·지침·보도)에서는 이 질문에 답할 근거를 찾지 못했습니다. 추측으로 답하지 않겠습니다. "
           "전문 상담기관에 문의해 주세요."),
    "en": ("I could not find anything in my sources (statutes, guidance, news reports) that answers this, and I "
           "will not guess. Please ask one of the services below."),
}
