"""What a question asks, beside the situation it tells: whether the asker's name stays secret, since when a law
changed, how two penalties compare. Each is a premise a card's topic names (`kb.answer.premises.STATED`): the card
whose topic it is answers the question, however the story before the question is told."""
from __future__ import annotations

import re

from kb.answer.understanding import Understanding, asking_part


#: Asking whether the asker's identity stays secret, or who will learn it: "이름 비밀 보장돼요?", "신고하면 학교에
#: 알려지나요", "걔가 내 이름 알게돼?", "will our names be kept secret", "will kids find out it's me".
_IDENTITY_ASKED = re.compile(
    r"(?:이름|신원|실명|인적\s*사항|정체|누군지|누구인지).{0,12}(?:비밀|보호|보장|알려|알게|밝혀|새|노출|지켜|퍼지)|"
    r"(?:다|애들이?|사람들이?|학교(?:에|에서)?|회사(?:에|에서)?|부모님?(?:한테|이|께)?|주변에?)\s*(?:다\s*)?(?:알려지|알게\s*(?:되|돼|될)|소문)|"
    r"\b(?:names?|identity|identities|details)\b.{0,30}\b(?:secret|private|confidential|protected|revealed|disclosed|"
    r"kept|hidden|anonymous|leak)|\banonymous(?:ly)?\b|\b(?:find|found)\s+out\s+(?:it'?s|its|that\s+it'?s)\s+me\b|"
    r"\b(?:know|learn|find\s+out)\s+(?:my|our)\s+(?:name|identity|address)", re.I)


def identity_asked(question: str, understanding: Understanding) -> bool:
    """A card on keeping a victim's identity secret ("identity") fits a question that asks whether the asker's name
    stays secret or who will learn it ("대학생인데 같은 과 선배가 제 딥페이크를 만들었어요 신고하면 학교에 알려지나요"),
    outside a school committee's case, whose confidentiality the school's own card answers."""
    return bool(_IDENTITY_ASKED.search(question)) and not _SCHOOL_CASE.search(question) \
        and not _OFFENDER_DISCLOSED.search(question) and not _POSTER_SOUGHT.search(question)


#: Who an anonymous poster is, asked by the one they posted about ("can I find out who the anonymous account is"):
#: the poster's identity, which the card on asking for a user's details answers, not the asker's own.
_POSTER_SOUGHT = re.compile(r"\b(?:find\s+out|learn|know|identify|track\s+down|figure\s+out)\s+who\b|"
                            r"\banonymous\s+(?:account|user|poster|profile|sender|person|troll|page)s?\b", re.I)


#: An offender's details made public by the law (the registry, 신상 공개): their identity, not the victim's.
_OFFENDER_DISCLOSED = re.compile(r"신상\s*(?:정보|공개)|성범죄자|알림\s*e|registry|sex offender|offender'?s? "
                                 r"(?:name|identity|details|face)", re.I)


#: ... named as the offender's: "가해자 신상공개", "공개명령", the registry; "제 신상 공개됐어요" is the victim's own.
_OFFENDERS_DETAILS = re.compile(r"(?:가해자|가해\s*학생|범인|성범죄자)\S*\s*(?:의\s*)?신상|공개\s*명령|신상\s*공개\s*명령|성범죄자|"
                                r"알림\s*e|registry|sex offender|offender'?s? (?:name|identity|details|face)", re.I)


def offender_disclosure_asked(question: str) -> bool:
    """Whether the question names an offender's details made public by the law (신상공개, the registry), whose
    own card answers it, not one on a victim's name or face spread ("가해자 신상공개 명령이 나오면 얼굴 사진도 나와요?")."""
    return bool(_OFFENDERS_DETAILS.search(question))


#: A school violence case named: the committee, its procedure, the law's name.
_SCHOOL_CASE = re.compile(r"학폭|학교\s*폭력|심의|전담\s*기구|committee|school\s*violence", re.I)


def history_asked(question: str, understanding: Understanding) -> bool:
    """A card on how a law changed ("history") fits a question that asks since when, or on what date, it changed
    ("교원지위법 교육활동 침해행위에 딥페이크가 들어간 게 언제부터예요"): the card on today's rule does not say when."""
    return "date" in understanding.asks_for and "history" in understanding.intents and not understanding.intents_guessed


#: Two penalties compared: "딥페이크 소지죄보다 무거운가요", "차이", "heavier than", "compared to".
_COMPARED = re.compile(r"보다\s*(?:더\s*)?(?:무거|가벼|세|약하|높|낮|엄하|심하|크)|차이|비교|"
                       r"\b(?:heavier|harsher|lighter|stricter|tougher|more\s+severe|less\s+severe)\s+than\b|"
                       # the same act weighed by who is shown: "is it treated more seriously because she's a minor?"
                       r"\bmore\s+(?:seriously|harshly|severely)\s+(?:because|since|as|if|when)\b|"
                       r"\bcompared?\s+(?:to|with)\b|\bdifference\s+between\b|\bversus\b|\bvs\.?\s|"
                       # one case weighed against the usual: "처벌이 더 센가요", "is it worse if it shows a child", "treated differently"
                       r"더\s*(?:무거|무겁|센|세(?:요|나|죠|게)|쎄|쎈|엄하|엄중|심하)|\btreated\s+differently\b|"
                       r"\b(?:worse|more\s+serious|harsher|heavier)\s+(?:if|when|because|for)\b", re.I)
#: An adult and a young person both named: a question that sets the two side by side ("a deepfake of an adult … of a minor").
_ADULT_AND_YOUNG = re.compile(r"(?=.*(?:\badults?\b|성인|어른))(?=.*(?:\bminors?\b|\bchild(?:ren)?\b|\bkids?\b|\bteen|미성년|아동|"
                              r"청소년|어린이|애들|아이))",
                              re.I | re.S)


def comparison_asked(question: str, understanding: Understanding) -> bool:
    """A card comparing penalties ("comparison") fits a question that asks how two penalties compare ("성착취물
    소지죄 법정형이 딥페이크 소지죄보다 무거운가요"), not the card on one of them."""
    return bool(_COMPARED.search(question)) and ("penalty" in (*understanding.intents, *understanding.asks_for)
                                                 or bool(_ADULT_AND_YOUNG.match(question))
                                                 or bool(_OFFENCES_NAMED.search(question)))


#: Offences named as such ("the difference between illegal filming and deepfake crimes", "두 죄의 차이"): two set side by
#: side are compared by what the law does to each.
_OFFENCES_NAMED = re.compile(r"\bcrimes\b|\boffen[cs]es\b|\billegal\s+filming\b.{0,40}\bdeep\s*fake|"
                             r"\bdeep\s*fakes?\b.{0,40}\billegal\s+filming\b|(?:두|각)\s*(?:죄|범죄)|죄(?:의|는)?\s*차이", re.I)


#: The two kept apart asked: "keep my kid apart from the boy", "separate them", "not in the same class", "분리".
SEPARATION = (r"\bapart\b|separat|\bkeep\s+(?:\w+\s+){1,3}away\s+from\b|\bkept\s+away\s+from\b|"
              r"\bsame\s+class(?:room)?\b|분리|떨어뜨|마주치|떼어\s*(?:놓|놔|둬|두)|따로\s*(?:앉|떼|두|둬)|"
              # a class changed, or a seat beside the one who did it ("반 바꿔 달라고", "do i still have to sit next to him")
              r"반\s*(?:을\s*|좀\s*)?(?:바꿔|바꾸|바뀌|옮겨|옮기)|학급\s*(?:을\s*)?(?:교체|바꿔|바꾸|옮)|"
              r"\b(?:change|switch|move)\s+(?:my\s+|his\s+|her\s+|their\s+)?class(?:es)?\b|"
              r"\bmoved?\s+(?:him|her|them|me)\s+to\s+(?:another|a\s+different)\s+class\b|\bsit\s+(?:next\s+to|beside|near)\b")


#: The police's or a court's procedure named, where meeting the offender is the investigation's or the trial's matter
#: ("경찰 조사 받으면 가해자 얼굴 봐야 돼요? 마주치기 싫어요"), and the school named.
_PROCEDURE = re.compile(r"경찰|조사|수사|재판|법정|법원|증언|police|court|trial|interview|testif|hearing\s+in\s+court", re.I)
_SCHOOL = re.compile(r"학교|학폭|교실|담임|같은\s*반|school|class(?:room)?\b", re.I)


def separation_asked(question: str, understanding: Understanding) -> bool:
    """A card on keeping the victim and the one who did it apart at school ("separation") fits a question that asks for
    it ("does the school have to keep my kid apart from the boy who made the pic"), not the list of every measure, nor
    meeting the offender in a police interview or in court with no school named."""
    return bool(re.search(SEPARATION, question, re.I)) \
        and (bool(_SCHOOL.search(question)) or not _PROCEDURE.search(question))


#: What is done at once, before the committee decides: "immediately", "right away", "before the committee meets",
#: "긴급", "심의 전에".
_AT_ONCE = re.compile(r"\bimmediate(?:ly)?\b|\bright\s+(?:away|now)\b|\bat\s+once\b|\burgent(?:ly)?\b|"
                      r"\bbefore\s+the\s+(?:\w+\s+)?(?:committee|hearing)\b|\buntil\s+the\s+(?:\w+\s+)?(?:committee|hearing)\b|"
                      r"긴급|즉시|(?:심의|위원회)\S*\s*(?:열리기\s*)?전|"
                      # the committee's decision awaited, or a measure first: "위원회 결정 나오기 전에", "학교장이 먼저 출석정지"
                      r"(?:결정|의결)\S*\s*(?:\S+\s*){0,2}?전에|(?:먼저|우선)\s*(?:\S+\s*){0,3}?(?:조치|출석\s*정지|분리|학급\s*교체)|"
                      r"\bbefore\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:committee|board)\s+(?:decides|meets|rules)\b", re.I)


def urgent_asked(question: str, understanding: Understanding) -> bool:
    """A card on what the principal does at once ("urgent-measures") fits a question that asks what is done before
    the committee decides ("Principal here. What must I do immediately, before the deliberation committee meets?"),
    not the card on closing a case without one; in a school's case (both cards are a school's: "what should i do right
    now", asked by one harmed, is not)."""
    return bool(_AT_ONCE.search(question)) and bool(_SCHOOL_CASE.search(question) or _BY_SCHOOL.search(question))


#: Keeping a person away from the asker: "접근 못 하게 하는 방법", "100미터 접근금지", "how do I keep him away from me",
#: "restraining order".
_STAY_AWAY = re.compile(r"접근\s*(?:을\s*)?(?:못|금지|하지\s*(?:못|않))|가까이\s*(?:못\s*오|오지\s*못)|못\s*오게|"
                        r"\b100\s*(?:m|meters?|metres?)\b|100\s*미터|\bstay\s+away\b|\bkeep\s+(?:him|her|them|this\s+\w+)\s+away\b|"
                        r"\brestraining\s+order\b|\bno[\s-]contact\s+order\b|\bcome\s+near\b", re.I)


def stay_away_asked(question: str, understanding: Understanding) -> bool:
    """A card on stay-away orders ("stay-away-order") fits a question that asks how to keep a person away, whatever
    story of messages or posts comes before ("… 계속 DM으로 보내요. 저한테 접근 못 하게 하는 방법 없나요?")."""
    return bool(_STAY_AWAY.search(question))


#: Whether someone is put on the offenders' register: "are deepfake makers put on the sex offender registry", "will he
#: be registered", "벌금만 받아도 신상정보 등록 대상이에요?", "등록되나요".
_REGISTERED = re.compile(r"\b(?:will|would|do|does|did|are|is|can|could|might)\b[^.?!]{0,60}?\b(?:(?:put|placed|listed|go|"
                         r"end\s+up|be|get)\s+on\s+(?:the\s+|a\s+)?(?:sex[\s-]+offenders?'?\s+)?regist(?:ry|er)|"
                         r"(?:be|get)\s+registered)\b|"
                         # asked whether, not told as the condition ("등록되면 어디서 관리해요?" asks who keeps it)
                         r"등록\s*(?:대상\S*\s*(?:이|인|되|돼|에\s*(?:들어|포함))|되나|돼요|되요|되는지|될까|될지|되냐|됨\s*\?|돼\s*\?|"
                         r"이\s*되나|이\s*돼|하나요|해야\s*하나)|등록\S{0,2}\s*안\s*(?:되|돼)", re.I)


def registered_asked(question: str, understanding: Understanding) -> bool:
    """The card on who is registered after a conviction ("registration-coverage": 성폭력처벌법 제42조) fits a question
    that asks whether someone is put on the register, not the cards on what the register holds, how long it lasts, how
    an error in it is corrected or what is published from it."""
    return bool(_REGISTERED.search(question))


#: A school or teacher telling others of a student's case: "Can the school tell everyone what happened to me?", "my
#: homeroom teacher told other kids about my case", "선생님이 반 애들한테 다 말했어요", "학교가 소문내도 돼요?".
_TOLD_OTHERS = re.compile(
    r"\b(?:tell|tells|told|telling|inform\w*|announc\w*|spread\w*|share[sd]?|sharing|reveal\w*|talk\w*\s+about)\s+"
    r"(?:it\s+|this\s+|that\s+)?(?:to\s+)?(?:every(?:one|body)|other\s+(?:students?|kids|parents|people|teachers|classes)|"
    r"the\s+(?:whole\s+)?(?:class|school|grade)|(?:my|our)\s+(?:class(?:mates)?|friends)|people|others)\b|"
    r"(?:반\s*애들|애들|친구들|다른\s*(?:학생|학부모|선생님|반|사람)\S*|전교생|학부모들)\S*\s*(?:한테|에게|께)?\s*(?:\S+\s*){0,2}?"
    r"(?:말했|말해|말하|알렸|알려|얘기했|얘기해|공개|소문)|소문\s*(?:내|냈|나|났|퍼)", re.I)
_BY_SCHOOL = re.compile(r"\bschool\b|teacher|principal|homeroom|counsel+or|staff|committee|학교|선생님|교사|담임|교장|교감|쌤|"
                        r"상담\s*(?:교사|선생)|위원", re.I)


def school_told_others_asked(question: str, understanding: Understanding) -> bool:
    """The card on the school's duty of confidentiality ("school-secrecy": 학교폭력예방법 제21조) fits a question
    that asks whether a school or its staff may tell others of a student's case, or whether the one who reported
    school violence stays unnamed ("학폭 신고하면 신고자 비밀 보장되나요": 제21조제1항 names the reporter's records),
    not the cards on who must report, nor revenge for the report (`_RETALIATION`)."""
    return bool(_TOLD_OTHERS.search(question) and _BY_SCHOOL.search(question)) \
        or bool(_REPORTER_EXPOSED.search(question)) and bool(_SCHOOL_CASE.search(question) or _AT_SCHOOL.search(question)) \
        and not _RETALIATION.search(question)


#: Revenge for a report: at school, the measures against retaliation have their own card (제17조제2항).
_RETALIATION = re.compile(r"보복|해코지|복수|앙갚음|retaliat|revenge|get\s+back\s+at", re.I)


#: A label on AI output asked about: "AI 기본법에 딥페이크 표시 의무가 있나요", "do AI images have to be labelled",
#: "워터마크".
_LABELLING = re.compile(r"표시\s*(?:의무|해야|하나|하도록|를\s*해야|가\s*(?:의무|필요))|라벨|워터마크|"
                        r"\blabel(?:l?ed|l?ing|s)?\b|\bwatermark\w*|\bmarked\s+as\s+AI\b|\bdisclose\w*\s+(?:that\s+)?(?:it|they)\s+"
                        r"(?:is|are|was|were)\s+(?:AI|made\s+by\s+AI|generated)", re.I)


def labelling_asked(question: str, understanding: Understanding) -> bool:
    """The card on labelling AI output ("labelling": AI Basic Act Article 31) fits a question that asks about a label
    or watermark, not the cards on the state's support for AI or a business's fines."""
    return bool(_LABELLING.search(question))


#: Whether the one who did it will learn who reported, or pay the reporter back: "신고하면 가해자가 제가 신고한 거 알게
#: 되나요", "신고자 비밀 보장돼요?", "증언하면 보복당할까 봐", "will the person who did this find out i reported".
_REPORTER_EXPOSED = re.compile(
    r"신고한\s*(?:거|것|걸|게|사실|줄)\S*\s*(?:\S+\s*){0,2}?(?:알게|알아|알려|눈치|들키|들켜|들통|밝혀)|"
    r"(?:내가|제가)\s*신고했다(?:는|고)|신고자\S*\s*(?:\S+\s*){0,2}?(?:비밀|보호|신원|이름|알려|밝혀|노출)|"
    r"(?:신고|증언|고소)\S*\s*(?:\S+\s*){0,4}?(?:보복|해코지|복수|앙갚음)|(?:보복|해코지|복수|앙갚음)\S*\s*(?:\S+\s*){0,4}?(?:신고|증언|고소)|"
    r"\b(?:find|finds|found|figure|figures)\s+out\s+(?:that\s+|if\s+|whether\s+)?(?:i|we|it\s+was\s+me\s+(?:who|that))\s+"
    r"(?:reported|told|went\s+to|called|snitched|complained)|"
    # the report told first: "if i report it to the school, will the other students find out it was me?"
    r"\breport\w*\b[^?]{0,80}\b(?:find|finds|figure|figures)\s+out\s+(?:that\s+)?it\s+was\s+me\b|"
    r"\b(?:know|knows|learn|learns|be\s+told)\s+(?:that\s+|it\s+was\s+)?(?:i|we|me)\s+(?:who\s+)?(?:reported|snitched|"
    r"told\s+the\s+(?:police|school|cops))|"
    r"\b(?:retaliat\w*|revenge|get\s+back\s+at|pay\s+(?:me|us)\s+back)\b.{0,50}\b(?:report\w*|testif\w*|witness\w*)|"
    r"\b(?:report\w*|testif\w*|witness\w*)\b.{0,50}\b(?:retaliat\w*|revenge|get\s+back\s+at)", re.I)


def reporter_exposed_asked(question: str, understanding: Understanding) -> bool:
    """The card on protecting those who report or testify ("reporter-protection": 성폭력처벌법 제23조) fits a
    question that asks whether the one who did it will learn who reported, or take revenge for it, not the cards on
    who must report, nor a school violence case's (whose committee's secrecy and its measures against retaliation
    have their own cards)."""
    return bool(_REPORTER_EXPOSED.search(question)) and not _SCHOOL_CASE.search(question) \
        and not _AT_SCHOOL.search(question)


#: Students or a school named: a case among students, whose retaliation the School Violence Act answers.
_AT_SCHOOL = re.compile(r"학생|학교|반\s*친구|같은\s*반|담임|\b(?:students?|classmates?|school|pupils?)\b", re.I)


#: A boy or a man named as the one harmed, or the law asked whether it is only for women: "남자도 피해자가 될 수
#: 있나요", "피해자가 남자여도", "can boys be victims too", "i'm a guy and someone made a fake of me".
_MALE_HARMED = re.compile(
    r"(?:남자|남성|남학생|남자애|남자아이|소년)(?:도|여도|이어도|라도|이라도|인데도?|라서|이라서)\s*(?:\S+\s*){0,3}?"
    r"(?:피해|보호|신고|처벌|해당|적용|성범죄|지원|상담|똑같|같은)|피해자가\s*(?:남자|남성|남학생)|(?:여자|여성)만\s*(?:\S+\s*)?(?:해당|보호|피해)|"
    r"\b(?:boys?|men|males?|guys?)\s+(?:\w+\s+)?(?:be|are|count\s+as|also\s+be)\s+(?:\w+\s+)?victims?\b|\bmale\s+victims?\b|"
    r"\bvictims?\s+(?:is|are|was|were)\s+(?:a\s+)?(?:male|man|boy|guy)\b|\bprotects?\s+(?:boys|men|males)\b|"
    r"\bonly\s+(?:for|about|protects?)\s+(?:women|girls|females)\b|\bi'?m\s+a\s+(?:guy|boy|man|dude|male)\b[^.?!]{0,40}\b(?:of|about)\s+me\b|"
    r"\b(?:cover|covers|apply\s+to|protect)\s+(?:boys|men|males)\b", re.I)


def male_harmed_asked(question: str, understanding: Understanding) -> bool:
    """The card on victims of any sex ("victim-sex") fits a question that asks whether a boy or a man can be the
    one harmed, or whether the law protects only women."""
    return bool(_MALE_HARMED.search(question))


#: An act done away from school, asked of the school's reach: "a deepfake made outside school", "off campus", "at home",
#: "학교 밖에서 만든", "방과 후에", "주말에 집에서".
_OUTSIDE_SCHOOL = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?school\b|\boff[- ]campus\b|\bafter\s+school\b|"
                             r"\bout\s+of\s+school\b|\b(?:at|from)\s+home\b|\bon\s+the\s+weekend\b|"
                             r"학교\s*(?:밖|바깥|외부)|교외|방과\s*후|(?:주말|집)에(?:서)?", re.I)


def outside_school_asked(question: str, understanding: Understanding) -> bool:
    """The card on whether a deepfake is school violence ("outside-school": 학교폭력예방법 제2조, inside or outside school)
    fits a question that asks whether the school reaches an act done away from it ("is the school allowed to punish a
    kid for a deepfake made outside school"), not which measures it takes."""
    return bool(_OUTSIDE_SCHOOL.search(question)) and bool(_AT_SCHOOL.search(question))


#: Money claimed in court for the harm: "손해배상 청구", "위자료 받을 수", "민사소송", "can i sue", "get compensation",
#: "damages". Not a school's mediation of the dispute (the School Violence Act's: "분쟁조정"), nor a cost of deletion.
_DAMAGES = re.compile(r"손해\s*배상|위자료|배상\s*(?:을\s*|도\s*)?(?:받|청구|요구)|민사\s*(?:소송|재판|책임)|"
                      r"\b(?:sue|suing|sued)\b|\blawsuit\b|\bcivil\s+(?:suit|claim|case|action)\b|\bdamages\b|"
                      r"\b(?:get|claim|seek|receive)\s+(?:\w+\s+)?compensation\b", re.I)
_MEDIATION = re.compile(r"분쟁\s*조정|\bmediat", re.I)


def damages_asked(question: str, understanding: Understanding) -> bool:
    """The card on damages for what was posted ("damages") fits a question that asks to claim money in court for the
    harm, from whomever ("딥페이크 만든 애 부모한테 손해배상 청구할 수 있나요": the sources answer the maker's liability
    and say nothing of the parents', which the answer says first), not the school's mediation of such a dispute."""
    return bool(_DAMAGES.search(question)) and not _MEDIATION.search(question)


#: What to do, asked with nothing narrower: "what can i do", "what do i do first", "please help", "어떻게 해야 돼요",
#: "어떡해요", "뭐부터 해야 돼".
_WHAT_TO_DO = re.compile(
    r"\bwhat\s+(?:can|should|do|must|could)\s+i\s+(?:even\s+)?do\b|\bwhat\s+(?:now|next)\b|\bplease\s+help\b|^\s*help\b|"
    r"\bhelp\s+me\b|\bwhere\s+do\s+i\s+(?:even\s+)?(?:start|begin)\b|\bwhat\s+(?:are\s+)?my\s+options\b|\bfirst\s+steps?\b|"
    r"어떻게\s*해야|어떡해|어떡하|어떻게\s*하(?:죠|나요|면\s*(?:돼|되|좋))|뭐부터|무엇부터|뭘\s*해야|뭘\s*어떻게|도와\s*주세요|도와줘|"
    r"어쩌죠|어쩌면|어떻게\s*대처", re.I)
#: ... and what makes the ask narrower than what to do first: a threat, a school's measures, a teacher harmed, a duty,
#: a law's history or figures (read in the question's words, not guessed from examples), a kind of answer asked for (a
#: penalty, a date, a number to call …).
_NARROWER_INTENTS = {"school_discipline", "teacher_protection", "duty_to_report", "history", "statistics", "deletion"}
#: ... or a school that failed the asker: what to do about that is the school's duties' cards ("the school did nothing
#: after i reported it", "학교에서 덮으려고 해요").
_SCHOOL_FAILED = re.compile(r"(?:school|teachers?|principal|committee|학교|선생님|담임|교장|교감)[^.?!]{0,50}?"
                            r"(?:did\s+nothing|does\s+nothing|didn'?t\s+do|won'?t\s+do|ignor|refus|cover|hush|brush|덮|무시|"
                            r"안\s*해\s*줘|모른\s*척|아무것도\s*안)", re.I)


def what_to_do_asked(question: str, understanding: Understanding) -> bool:
    """The card on a victim's first steps ("what-to-do") fits one harmed who asks what to do, or for help, and
    nothing narrower ("my classmate made a deepfake of me and posted it in a group chat, what can i do"), not the
    card on who must report school violence or on damages for what is posted."""
    return understanding.speaks_as_victim and bool(_WHAT_TO_DO.search(asking_part(question))) \
        and "threaten" not in understanding.conducts and not understanding.asks_for \
        and not (_NARROWER_INTENTS & set(understanding.intents) and not understanding.intents_guessed) \
        and not _SCHOOL_FAILED.search(question)


#: The premises above that name what a question asks, by the card topic that names them.
ASKED_PREMISES = {"separation": separation_asked, "urgent-measures": urgent_asked, "stay-away-order": stay_away_asked,
                  "registration-coverage": registered_asked, "school-secrecy": school_told_others_asked,
                  "labelling": labelling_asked, "reporter-protection": reporter_exposed_asked,
                  "victim-sex": male_harmed_asked, "what-to-do": what_to_do_asked,
                  "damages": damages_asked, "outside-school": outside_school_asked}
