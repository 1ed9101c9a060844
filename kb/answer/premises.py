"""Premises: what a card takes for granted about the asker's situation, and whether a question states or
contradicts it.

Close cards answer the same words for different situations: the measures when a student harmed a *teacher*
(the Teachers' Status Act) or a classmate (the School Violence Act); sexual crimes *against* a child under 13,
or *by* a 13-year-old; an image of a child or of an adult; a stalker or a one-off sexual crime; the penalty for
one act or another; a teacher harmed or a teacher who must report; money for a harm or its removal. A card's
topics name its premises; the question's understanding says who did what to whom and what is asked. Among the
router's candidates, a card whose premises the question states comes first (the more the earlier) and one whose
premise it contradicts comes last (`premise`). A question that says nothing either way keeps the route it had.
"""
from __future__ import annotations

import re

from kb.answer.dates import implied_date
from kb.answer.disclosure import identity_not_image
from kb.answer.evidence import keeping_asked, own_evidence_kept
from kb.answer.safety import HELPER_VOICE
from kb.answer.scope import pursued
from kb.answer.asked import ASKED_PREMISES, SEPARATION, comparison_asked, history_asked, identity_asked, offender_disclosure_asked
from kb.answer.told import TOLD, business_punished_asked, school_penalty_told, school_points_named, settlement_stated
from kb.answer.understanding import (ADULT_STUDY, AGE_OF_RESPONSIBILITY, CHILD_MATERIAL_NAMED, OFF_THE_INTERNET,
                                    OWN_COPY_DELETION, SCHOOL_PUNISHES, SEXUAL_NAMED, TEACHER_DID, Understanding,
                                    asking_part, doer_age_named, doer_under_14)

#: A teacher named: the person a teachers' card is about.
_TEACHER = re.compile(r"교사|교원|선생님|쌤|담임|교감|(?<!학)교장|교권|교육\s*활동|teacher|educator|\bteach\b|"
                      r"homeroom|faculty|educational activit", re.I)
#: The asker's role told in passing: "교감입니다.", "담임인데", "학교폭력 담당 교사로서", "중학교 교사라서".
_ASKER_ROLE = re.compile(r"(?:교감|교장|담임|교사|선생님|교원)(?:\s*선생님)?\s*(?:입니다|이에요|예요|인데요?|이고|으로서|로서|(?:이)?라서)")
#: The asker says they are a teacher ("교사인 제", "저는 교사", "as a teacher", "I'm a teacher", "I teach").
_ASKER_TEACHES = re.compile(r"교사인\s*(제|저)|(저는|전|제가)\s*(\S+\s*)?(교사|선생님|담임)|교사(입니다|예요|에요)|담임(입니다|교사)|"
                            # the asker's role said first (`_ASKER_ROLE`): "교사인데 학생들이 제 얼굴로 …", "중학교 교사라서"
                            # (not another's, its subject marked: "가해자가 교사인데")
                            rf"^\s*(?:\S*[^\s가이는은]\s+)?(?:{_ASKER_ROLE.pattern})|"
                            r"\bas an? (homeroom )?teacher\b|\bi'?m an? ([\w-]+ ){0,3}teacher\b|\bi teach\b|\bi am an? ([\w-]+ ){0,3}teacher\b|"
                            r"\bi (?:work|am working) as an? ([\w-]+ ){0,3}teacher\b|\bmy (?:pupils?|students?)\b|제자|"
                            # the teacher of the one who did it: "I'm his teacher", "I am their form teacher"
                            r"\bi'?m\s+(?:his|her|their)\s+([\w-]+\s+)?teacher\b|\bi\s+am\s+(?:his|her|their)\s+([\w-]+\s+)?teacher\b|"
                            # said in apposition: "a deepfake of me, a teacher, …"
                            r"\bme,\s+(?:a|the|their|his|her)\s+(?:\w+\s+)?teacher\b",
                            re.I)
#: A duty to report asked of, or failed by, the one who learns of a harm ("do I have to call the police", "a teacher
#: who doesn't report", "신고 안 하면"): the one who reports, not the one harmed.
_REPORTER = re.compile(r"\b(?:have|has|need|needs|required|obliged|supposed|bound)\s+to\s+(?:report|call\s+(?:the\s+)?police|"
                       r"tell\s+(?:the\s+)?(?:police|principal))|\bmust\s+(?:\w+\s+)?report|"
                       r"\b(?:do(?:es)?n'?t|did\s?n'?t|not|never|fails?\s+to|failed\s+to)\s+report|duty\s+to\s+report|"
                       r"mandatory\s+report|신고\s*의무|신고할\s*의무|보고할\s*의무|신고\s*(?:도|는|를|까지)?\s*해야|신고\s*(?:안|않|하지\s*않)|알려야\s*하|"
                       r"\b(?:obliged|required|bound)\s+to\s+(?:call|contact|notify)\b|"
                       # what the law asks of the one told, asked as such: "what am I legally required to do", "what are my
                       # obligations", "제가 법적으로 뭘 해야 하나요"
                       r"\bwhat\s+(?:am\s+i|are\s+we|is\s+the\s+school)\s+(?:legally\s+)?(?:required|obliged|supposed|bound)\s+to\s+do\b|"
                       r"\b(?:my|our|the\s+school'?s)\s+(?:legal\s+)?(?:duties|obligations|responsibilit(?:y|ies))\b|"
                       r"\bwhat\s+does\s+the\s+law\s+(?:require|expect)\s+(?:of\s+)?(?:me|us|the\s+school)\b|"
                       r"법적으로\s*(?:\S+\s*)?(?:뭘|무엇을|뭐|어떤\s*(?:걸|것을|의무))\s*(?:꼭\s*)?해야|법적\s*의무|"
                       r"(?:제|저희|학교)\S{0,2}\s*의무(?:가|는)", re.I)


#: The teachers' rights committee, which hears harm done to a teacher.
_TEACHERS_COMMITTEE = re.compile(r"교권\s*보호\s*위원회|교권위|\bteachers?'?[\s-]+rights?\b(?:[\s-]+\w+){0,2}?[\s-]+committee", re.I)
#: Measures against the one who did it, asked: "what measures can it ask for", "어떤 처분을 받나요".
_MEASURES_ASKED = re.compile(r"조치|처분|징계|\bmeasures?\b|\bdisciplin|\b(?:order|impose)\w*\s+(?:\w+\s+)?against\b|"
                             r"\b(?:punish|sanction)\w*\s+(?:the|that|this|my)\s+(?:student|pupil|kid|boy|girl)|"
                             r"\bwhat\s+(?:can|will|could)\s+happen\s+to\s+(?:the|that|this)\s+(?:student|pupil|kid|boy|girl)|"
                             # "what punishments can the school give him", "what can the school do against the pupil"
                             r"\bwhat\s+(?:punishments?|sanctions?|penalties)\s+(?:can|could|will|would|does|do|might|may)\s+"
                             r"(?:the|a|my|our|his|her)\s+(?:school|principal|committee)\b|"
                             r"\bwhat\s+(?:can|could|will|should|must)\s+(?:the|my|our|a)\s+(?:school|principal|committee)\s+do\s+"
                             r"(?:against|to|about|with)\s+(?:the|that|this|my|our)\s+(?:student|pupil|kid|boy|girl)", re.I)


#: A parent or guardian named.
_PARENT = re.compile(r"학부모|보호자|부모|엄마|아빠|어머니|아버지|\bparents?\b|\bguardians?\b|\bmother\b|\bfather\b|\bmom\b|\bdad\b",
                     re.I)


def parent_doer_contradicted(question: str, understanding: Understanding) -> bool:
    """A card on harm a parent did to a teacher ("parent-doer") assumes a parent did it: contradicted when no parent is
    named ("A student made a deepfake of me")."""
    return not _PARENT.search(question)


def teacher_measures_asked(question: str, understanding: Understanding) -> bool:
    """A card on what the teachers' rights committee orders ("teachers-rights-committee") answers measures asked against
    the one who harmed a teacher ("A student made a deepfake of me; which committee deals with the student, and what
    measures can it ask for?")."""
    return bool(_MEASURES_ASKED.search(question)) and not teacher_harmed_contradicted(question, understanding) \
        and bool(_TEACHER.search(question) or _TEACHERS_COMMITTEE.search(question) or _ASKER_TEACHES.search(question))


def teacher_harmed_stated(question: str, understanding: Understanding) -> bool:
    """A teachers' card ("teacher-victim") fits a question the words of a teacher harmed put among teachers'
    protection ("선생님들이 딥페이크 피해를 입었을 때 전화로 상담받을 수 있는 곳": the teachers' counselling card, not the
    school counselling room's), or a teacher who speaks as the one harmed ("교사인데 학생들이 제 얼굴로 딥페이크 만들었어요")."""
    return "teacher_protection" in understanding.intents and not understanding.intents_guessed \
        or understanding.speaks_as_victim and bool(_ASKER_TEACHES.search(question)) and not TEACHER_DID.search(question)


def teacher_harmed_contradicted(question: str, understanding: Understanding) -> bool:
    """A teachers' card ("teacher-victim") assumes a teacher was harmed. Contradicted when no teacher is named
    and the asker is no staff member harmed, when the asker speaks as the one harmed and is no teacher
    ("my teacher saw the deepfake of me"), or when a teacher is named as the one who must report a harm and nobody
    speaks as harmed ("I'm a teacher, do I have to call the police if a student tells me": the reporting duty's
    card, not the teacher victim's); or when a teacher is told as the one who made it (`TEACHER_DID`)."""
    if TEACHER_DID.search(question):
        return True
    if "teacher_protection" in understanding.intents and not understanding.intents_guessed:
        return False
    if understanding.speaks_as_victim and _TEACHERS_COMMITTEE.search(question):
        return False  # "a student made a deepfake of me … before the teacher-rights committee decides": a teacher speaks
    # the asker's own role ("교감입니다", "담임인데") names no teacher harmed unless the asker speaks as harmed
    teacher_named = bool(_TEACHER.search(question if understanding.speaks_as_victim else _ASKER_ROLE.sub(" ", question)))
    staff_harmed = understanding.persona == "staff" and understanding.speaks_as_victim
    if not teacher_named:
        return not staff_harmed
    if not understanding.speaks_as_victim:
        return bool(_REPORTER.search(question))
    return understanding.persona != "staff" and not _ASKER_TEACHES.search(question)


def child_harmed_contradicted(question: str, understanding: Understanding) -> bool:
    """A card on crimes against a child under 13 ("under-13") assumes a child was harmed. Contradicted when the
    only young person named is the one who did it ("the boy who did it is 13")."""
    return understanding.minor_doer and not understanding.minor_victim


#: Material of a child named as such: "아청물", "성착취물", "child sexual exploitation material".
_CHILD_MATERIAL = re.compile(r"아청|성착취|csam|exploitation material|child (?:sexual|porn|abuse)", re.I)


def child_shown_contradicted(question: str, understanding: Understanding) -> bool:
    """A card on sexual material of a child or teenager ("child-shown") assumes a young person is shown.
    Contradicted when no young person is named as harmed and no such material is named ("합성물 받기만 하고 안
    열어봤는데 이것도 처벌돼요?" is the adult deepfake's possession offence, not the youth law's)."""
    return not understanding.minor_victim and "csam" not in understanding.materials \
        and not _CHILD_MATERIAL.search(question)


#: Adults named as the ones harmed: "crimes against adults", "adult victims", "성인 대상", "성인 피해자".
_ADULT = re.compile(r"\b(?:against|targeting|on|involving)\s+adults\b|\badult\s+(?:victims?|women|men)\b|"
                    r"성인\s*(?:대상|피해자|여성|남성)", re.I)
#: A young person named at all (then or now): "a minor", "중학교 때", "when I was 15".
_YOUNG = re.compile(r"minor|child|kid|teen|youth|student|school|under\s*\d|\b1\d\b|아동|청소년|미성년|학생|학교|중학|고등|초등|"
                    r"\d+\s*살|\d+\s*세", re.I)


#: The asker an adult by their work ("직장인인데", "회사 게시판에", "my coworkers", "at work").
_ADULT_SELF = re.compile(r"직장인|회사원|직장\s*(?:동료|상사|내)|회사\s*(?:동료|상사|게시판|익명\s*게시판|사람들)|"
                         r"\b(?:my|our)\s+(?:boss|coworkers?|co-workers?|colleagues?|workplace|office|company)\b|\bat\s+work\b", re.I)


def adult_named(question: str, understanding: Understanding) -> bool:
    """A card on young people ("minors") assumes one. Contradicted when the question names adults as the ones
    harmed and no young person at all ("Since when can police go undercover into digital sex crimes against
    adults?"); "성인 되고 나서도 고소 가능해요?" of a harm done in middle school is still about a young victim; or
    when it places the harm at a university and names no young person (`at_university`)."""
    return bool(_ADULT.search(question) or _ADULT_SELF.search(question)) and not _YOUNG.search(question) \
        and not (understanding is not None and understanding.minor_victim) or at_university(question, understanding)


#: Young victims named as the class a rule is asked of ("for a sex crime against a minor", "미성년자 대상 성범죄의 공소시효"):
#: the premise of a card on the rules for them, stated as such, not only told in a story.
_YOUNG_CLASS = re.compile(r"\bagainst\s+(?:a\s+)?(?:minors?|child(?:ren)?|under[- ]?19s?|young\s+people|teen(?:ager)?s)\b|"
                          r"\b(?:minor|child|underage|youth)\s+victims?\b|"
                          r"(?:미성년자?|아동\s*[·ㆍ]?\s*청소년|청소년|아동|19\s*세\s*미만)\s*(?:대상|피해자|에\s*대한)", re.I)


def young_class_stated(question: str, understanding: Understanding) -> bool:
    """A card on young victims' rules ("minors") fits a question that names them as the class asked of (`_YOUNG_CLASS`)."""
    return bool(_YOUNG_CLASS.search(question))


#: A service that carries what users post, named as the one with duties, or the asker as its operator ("플랫폼 운영자인데",
#: "I do trust and safety for a community site", "our app"): the premise of a card on providers' duties.
_PLATFORM = re.compile(r"플랫폼|(?:정보통신)?서비스\s*제공자|부가통신\s*사업자|사이트\s*운영|커뮤니티\s*운영|게시판\s*(?:관리자|운영)|"
                       r"\bplatforms?\b|\b(?:service|online|internet)\s+providers?\b|trust\s+(?:and|&)\s+safety|\bmoderators?\b|"
                       r"\b(?:our|my)\s+(?:\w+\s+)?(?:site|website|app|service|community|forum|platform)\b|"
                       r"\bwe\s+(?:run|operate|host)\b", re.I)


def platform_named(question: str, understanding: Understanding) -> bool:
    """A card on the duties of platforms ("platform") fits a question that names one as the duty-holder (`_PLATFORM`)."""
    return bool(_PLATFORM.search(question))


#: Someone other than the person harmed asking, or asked about, on their behalf ("who other than the victim can ask",
#: "can her mother apply for her", "가족이 대신 신청할 수 있나요", "대리인"): the premise of the card on who may ask.
_ON_BEHALF = re.compile(r"\bwho\s+(?:else\s+)?(?:other\s+than\s+(?:the\s+)?\w+\s+|besides\s+(?:the\s+)?\w+\s+)?(?:can|may|could|is\s+allowed\s+to)\s+"
                        r"(?:ask|apply|request|file|submit)\b|\bon\s+(?:my|her|his|their|our)\s+behalf\b|\bfor\s+(?:her|him|them)\b(?=.{0,40}"
                        r"\b(?:apply|request|ask)\b)|\b(?:representative|proxy|agent)\b|대신\s*(?:\S+\s*)?(?:신청|요청)|누가\s*(?:\S+\s*)?(?:신청|요청)|"
                        r"(?:가족|부모|엄마|아빠|형제|배우자|남편|아내)\S{0,2}\s*(?:\S+\s*)?(?:신청|요청)\S*\s*(?:할\s*수|가능|되나|돼요|해도)|대리인", re.I)


def on_behalf_asked(question: str, understanding: Understanding) -> bool:
    """A card on who may ask for the person harmed ("representative") fits a question that asks it (`_ON_BEHALF`)."""
    return bool(_ON_BEHALF.search(question))


#: The police named, and a duty asked of them ("are they required to do anything about getting it taken down", "경찰이
#: 삭제 요청을 해야 하나요"): the premise of a card on what the police must do.
_POLICE = re.compile(r"\bpolice\b|\bcops?\b|경찰|수사\s*기관|사법\s*경찰", re.I)
_POLICE_DUTY = re.compile(r"\b(?:police|cops|officers?|investigators?|they)\s+(?:\w+\s+){0,2}?(?:(?:are|is)\s+)?(?:required|obliged|obligated|"
                          r"supposed|bound)\s+to\b|\b(?:are|is|do|does|must)\s+(?:the\s+)?(?:police|cops|they|officers?)\s+(?:\w+\s+)?"
                          r"(?:required|obliged|obligated|supposed|bound|have\s+to|need\s+to)\b|\b(?:police|cops)\s+(?:have|has|need)\s+to\b|"
                          r"경찰\S{0,3}\s*(?:\S+\s*){0,6}?(?:의무가?\s*있|해야\s*(?:하|돼|되|한)|해\s*줘야)", re.I)


#: A report the asker must make to the police, not a duty of the police: "경찰 신고도 해야 하는지", "경찰에 신고해야".
_REPORT_TO_POLICE = re.compile(r"경찰(?:에|에게|한테)?\s*신고\S*\s*(?:도|를|는|까지)?\s*해야", re.I)


def police_duty_asked(question: str, understanding: Understanding) -> bool:
    """A card on the police's own duties ("police") fits a question that asks what the police must do (`_POLICE_DUTY`),
    not whether the asker must report to them (`_REPORT_TO_POLICE`)."""
    return bool(_POLICE.search(question) and _POLICE_DUTY.search(_REPORT_TO_POLICE.sub(" ", question)))


def young_victim_named(question: str, understanding: Understanding) -> bool:
    """A card on adult victims ("adults") assumes one: contradicted when the one harmed is under 19 ("im 17 and i
    have to testify"), whose own, further rules another card gives."""
    return understanding.minor_victim


#: A school up to high school, or its law's procedures, named: "중학교", "고2", "학폭", "high school".
_CHILD_SCHOOL = re.compile(r"초등|중학|고등학|(?<![가-힣])[중고초]\s*[1-6](?!\d)|중딩|고딩|초딩|학폭|학교\s*폭력|"
                           r"elementary|middle\s*school|high\s*school|junior\s*high|school\s*violence", re.I)


def at_university(question: str, understanding: Understanding) -> bool:
    """A school card ("school") assumes a school up to high school: the School Violence Act covers its pupils and
    the Teachers' Status Act's educational activities its teachers (제19조: 고등학교 이하). Contradicted when the
    question places the asker at a university or college and names no child, no young doer and no school below
    it ("I'm at uni and a guy in my department made deepfakes of me. will our names be kept secret")."""
    return bool(ADULT_STUDY.search(question)) and not understanding.minor_victim and not understanding.minor_doer \
        and not _CHILD_SCHOOL.search(question)


#: What the AI law's cards are about: labelling, the duties of AI businesses and platforms, the AI Basic Act.
_AI_LAW = re.compile(r"표시|워터마크|라벨|사업자|기업|회사|개발자|플랫폼|의무|정부|정책|규제|기본법|인공지능\s*법|"
                     r"label|watermark|compan|business|developer|provider|platform|duty|duties|obligat|required|must|"
                     r"government|policy|regulat|basic act|ai act|law", re.I)


def ai_law_contradicted(question: str, understanding: Understanding) -> bool:
    """The AI law's cards ("ai") answer what AI businesses, platforms and the state must do. A person harmed who
    says the image was made with AI ("AI generated nude pics of me") asks about the crime and help, not about
    labelling; so does one asking what a person faces for an AI-made image ("what could he be charged with"), or
    whether an image made by AI escapes the law (`ai_excuse_told`): contradicted when the asker speaks as the one
    harmed, or asks a penalty, and names nothing of the AI law, or tells that excuse."""
    return (understanding.speaks_as_victim or "penalty" in understanding.intents) and not _AI_LAW.search(question) \
        or ai_excuse_told(question, understanding)


#: AI said to put an image outside the law: "he says it was AI so it doesnt count", "it's not real, an AI made it",
#: "AI로 만든 거라 처벌 안 된대요", "AI가 한 거니까 괜찮다고".
_AI_EXCUSE = re.compile(
    r"\b(?:AI|A\.I\.|an?\s+app|a\s+bot|an?\s+algorithm)\b[^.?!]{0,60}?(?:does(?:n'?t|\s+not)\s+count|do(?:n'?t|\s+not)\s+count|"
    r"not\s+(?:a\s+)?(?:crime|illegal|real|punishable)|isn'?t\s+(?:a\s+)?(?:crime|illegal|real|punishable)|"
    r"can'?t\s+be\s+(?:punished|charged)|(?:is|it'?s)\s+(?:legal|fine|ok(?:ay)?|allowed))|"
    r"\b(?:doesn'?t|does\s+not|don'?t)\s+count[^.?!]{0,40}?\b(?:AI|A\.I\.)\b|"
    r"(?:AI|인공지능|앱|어플)\S{0,3}\s*(?:로|가|이)?\s*(?:만든|한|합성한|생성한)\s*(?:거|것|사진|영상)\S{0,3}\s*(?:\S+\s*){0,3}?"
    r"(?:괜찮|처벌\s*(?:안|못|없)|죄\s*(?:가\s*)?(?:안|아니)|상관\s*없|불법\s*(?:아니|아님)|문제\s*(?:없|안))", re.I)


def ai_excuse_told(question: str, understanding: Understanding) -> bool:
    """Whether the question tells, or asks about, the claim that an image made by AI is outside the law: the card on
    what the law calls false video material answers it (Article 14-2 does not ask which tool was used)."""
    return bool(_AI_EXCUSE.search(question))


#: A business that makes or runs AI named: "AI companies", "the app's developer", "AI 회사", "인공지능 사업자", "개발사".
_AI_BUSINESS = re.compile(r"\b(?:AI|A\.I\.|generative|deepfake|nudify|face[\s-]*swap)\s+(?:compan(?:y|ies)|firms?|business(?:es)?|developers?|"
                          r"providers?|makers?|start-?ups?)\b|\bapp\s+(?:makers?|developers?|compan(?:y|ies)|stores?)\b|"
                          r"\b(?:compan(?:y|ies)|firms?|developers?|makers?|people)\s+(?:that|who|which|behind)\s+(?:\w+\s+){0,1}?"
                          r"(?:make|makes|made|build|builds|built|run|runs|offer|offers|provide|provides|created|developed)?\s*"
                          r"(?:the\s+|an?\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:apps?|tools?|software|programs?|services?|AI|sites?)\b|"
                          r"(?:인공지능|AI|생성형\s*AI|앱|어플)\s*(?:사업자|기업|회사|업체|개발사|개발자|만든\s*회사)|개발사", re.I)


def ai_business_named(question: str, understanding: Understanding) -> bool:
    """The AI law's cards ("ai") fit a question that names a business making or running AI as the one asked of ("are
    AI companies punished if their app is used to make deepfakes": the duties and fines of the AI Basic Act, not the
    penalty of the one who made the image)."""
    return bool(_AI_BUSINESS.search(question))


def ai_business_punished_asked(question: str, understanding: Understanding) -> bool:
    """Whether the one asked to be punished is a business that makes or runs AI (`told.business_punished_asked` beside
    `ai_business_named`): "are AI companies punished if their app is used to make deepfakes", "AI 회사도 처벌받아요?".
    The penalty of the person who made the image does not answer it."""
    return ai_business_named(question, understanding) and (
        business_punished_asked(question, understanding)
        or bool(_PUNISHMENT_WORD.search(question)) and not _ASKER_PUNISHED.search(question))


#: Punishment named: "punished", "fined", "liable", "처벌", "벌금", "책임".
_PUNISHMENT_WORD = re.compile(r"\bpunish|\bfined?\b|\bliab|\bprosecut|\bcharged\b|\bpenalt|처벌|벌금|과태료|책임|죄", re.I)
#: ... asked of the asker ("will I be punished", "제가 처벌받나요"): the maker's own penalty.
_ASKER_PUNISHED = re.compile(r"\b(?:will|would|can|could|am|do|should)\s+i\b|\bi\s+(?:get|be)\b|(?:제가|내가|저도|나도)\s*(?:\S+\s*){0,3}?처벌",
                             re.I)


#: A service asked about for not removing material: "can the platform be punished for not removing it", "플랫폼이
#: 딥페이크 삭제 안 하면", "if the site ignores my report".
_NOT_REMOVED = re.compile(r"\b(?:not|never|n't|refus\w*\s+to|fail\w*\s+to)\s+(?:\w+\s+){0,2}?(?:remov|delet|tak\w*\s+(?:\w+\s+)?down|"
                          r"block)|\bignor\w*\s+(?:my\s+|the\s+|our\s+)?(?:report|request|complaint)|"
                          r"(?:삭제|차단|조치)\S{0,2}\s*(?:안|않|못)\s*(?:하|해|했)|안\s*(?:지우|지워|내리|내려)|(?:신고|요청)\S{0,2}\s*무시", re.I)


def removal_failure_asked(question: str, understanding: Understanding) -> bool:
    """The cards on a business fined beside its employee who committed the crime ("corporate-liability") answer
    another question than a service's failure to remove material (`_NOT_REMOVED`): its takedown duties answer that."""
    return bool(_NOT_REMOVED.search(question))


def business_asked_not_doer(question: str, understanding: Understanding, topics: list[str]) -> bool:
    """A card on an act's penalty is about the person who did it: contradicted when an AI business is asked to be
    punished (`ai_business_punished_asked`). The card on a business's own liability for its employee
    ("corporate-liability") is the exception."""
    return "penalty" in topics and bool(_acts(topics)) and "corporate-liability" not in topics \
        and ai_business_punished_asked(question, understanding)


#: A school measure named, or the school as the one that punishes: not the criminal law's treatment of a young offender.
_SCHOOL_PUNISHES = re.compile(SCHOOL_PUNISHES.pattern + r"|disciplin|expel|expulsion|suspen|징계|전학|퇴학|출석\s*정지", re.I)



def young_offender_stated(question: str, understanding: Understanding) -> bool:
    """A card on how the law deals with a young offender ("juvenile") fits a question that names a young person
    as the one who did it, and none as harmed, and asks about punishment ("the boy who did it is 13. can he
    even be punished") or whether the police tell the young offender's parents ("촉법 가해자 부모한테 경찰이
    연락함?": the law's duty to notify them)."""
    asked = "penalty" in understanding.intents or bool(_PARENTS_TOLD.search(question))
    return understanding.minor_doer and asked and not _SCHOOL_PUNISHES.search(question) \
        and (not understanding.minor_victim or doer_age_named(question) or bool(_DOER_YOUNG_TOO.search(question)))




#: The parents of the one who did it told by the police: "부모한테 경찰이 연락함?", "will the police tell his parents".
_PARENTS_TOLD = re.compile(r"(?:부모|보호자|법정\s*대리인|엄마|아빠)\S*\s*(?:\S+\s*){0,3}?(?:연락|알려|알리|통지|통보|전화)|"
                           r"(?:연락|통지|통보)\S*\s*(?:\S+\s*){0,2}?(?:부모|보호자|법정\s*대리인)|"
                           r"\b(?:tell|tells|told|inform|informs|informed|notify|notifies|notified|contact|call)\s+"
                           r"(?:his|her|their|the\s+(?:kid'?s?|boy'?s?|girl'?s?))\s+(?:parents?|guardians?|mom|dad|family)\b", re.I)


#: The one who did it said to be young too, beside a young person harmed: "그 남자애도 초6이에요", "가해자도 중2래요".
_DOER_YOUNG_TOO = re.compile(r"(?:가해자|가해\s*학생|그\s*(?:남자애|여자애|애|학생|놈|녀석|새끼)|걔|(?:만든|올린|뿌린)\s*(?:애|학생|놈))"
                             r"(?:도|는|가|이)?\s*(?:아직\s*)?(?:[중고초]\s*[1-6](?!\d)|중학생|고등학생|초등학생|(?:1[0-8]|[1-9])\s*살)")


def young_offender_contradicted(question: str, understanding: Understanding) -> bool:
    """A card on a young offender ("juvenile") assumes the young person named did it. Contradicted when the young
    person named is the one harmed and no young doer is named ("My 15-year-old son got a message saying they'll send a
    fake nude of him to his whole school unless he pays")."""
    return understanding.minor_victim and not understanding.minor_doer


def responsibility_age_asked(question: str, understanding: Understanding) -> bool:
    """The card on how the law deals with a child under 14 who did it ("juvenile-court": 청소년성보호법 제44조) fits a
    question that asks from what age one can be punished (`AGE_OF_RESPONSIBILITY`), whoever it names."""
    return "penalty" in understanding.intents and bool(AGE_OF_RESPONSIBILITY.search(question))


#: Stalking, or the orders and procedures only a stalking case has, named.
_STALKING = re.compile(r"스토킹|스토커|접근\s*금지|잠정\s*조치|긴급\s*응급|응급\s*조치|보호\s*명령|따라\s*다니|stalk|"
                       r"stay[- ]away|restraining|protection order|provisional measure|emergency measure", re.I)


def stalking_contradicted(question: str, understanding: Understanding) -> bool:
    """A stalking card ("stalking") assumes someone pursues the asker. Contradicted when the question names no
    stalking and tells of nobody following, waiting for, tracking or contacting them against their will
    ("will the guy who made it find out my name and address" asks of identity in a sexual crime case)."""
    return not _STALKING.search(question) and not pursued(question)


#: A school's measures named: punishment there is the school's, not the criminal law's ("학교에서 어떤 처벌", "expel").
_SCHOOL = re.compile(r"학폭|학교\s*폭력|징계|처분|심의|학교(?:에서|는|가|측)|교권|at school|by the school|from the school|"
                     r"school'?s? (?:punish|measure|disciplin)|disciplin|expel|suspen|committee|"
                     r"\b(?:can|could|will|would|may|might|must|does)\s+the\s+school\s+(?:\w+\s+)?(?:give|impose|do|punish)|"
                     r"\bthe\s+school\s+(?:can|could|will|would|may|might|must)\s+(?:\w+\s+)?(?:give|impose|do|punish)", re.I)


#: A duty to report asked of the asker ("Do hagwon staff actually have a legal duty to report this …, and what happens if
#: we don't?", "신고 의무가 있나요"): what follows is that duty's sanction, not the penalty of the act they saw.
_DUTY_ASKED = re.compile(r"\b(?:duty|obligat\w*|required|obliged|have\s+to|must|supposed\s+to)\s+(?:\w+\s+){0,3}?report|"
                         r"신고\s*의무|신고\s*(?:해야|할\s*의무)", re.I)


def penalty_asked(question: str, understanding: Understanding) -> bool:
    """A card on what the criminal law punishes ("penalty") fits a question that asks for the penalty of an act
    it names ("what's the jail time for putting someone's face on porn and sharing it") and names no school,
    whose measures are punishment of another kind. A fine asked of a duty (a platform's, an AI business's, the
    asker's own duty to report) or of outing a victim is answered by the card on that duty or right."""
    return "penalty" in understanding.asks_for and bool(understanding.conducts) and not _SCHOOL.search(question) \
        and not _DUTY_ASKED.search(question)


def _conduct_asked(conduct: str):
    """A card on the penalty for one act ("possession", "distribution", …) fits a question that asks what the
    law punishes and names that act: "the minimum sentence for producing child sexual exploitation material"
    is the production card's question, not the distribution card's. (Only a question of punishment: a victim
    who tells what was done and asks what to do is answered by the card on what to do.)"""
    def asked(question: str, understanding: Understanding) -> bool:
        punishment = "penalty" in understanding.asks_for or \
            ("penalty" in understanding.intents and not understanding.intents_guessed)
        return (punishment or conduct in _TOLD_ACTS and threat_told(question, understanding)) \
            and conduct in understanding.conducts and not _SCHOOL.search(question) and not _DUTY_ASKED.search(question)
    return asked


#: Acts whose card tells the one they are done to what to do (not to pay, to keep the messages, to report).
_TOLD_ACTS = ("threaten", "coerce")


def threat_told(question: str, understanding: Understanding) -> bool:
    """A card on a threat or coercion ("threat") fits a question that tells of one and asks what to do or whether
    to give in ("My 15-year-old son got a message saying they'll send a fake nude of him unless he pays. What
    should we do?", "안 뿌리려면 돈 보내래 진짜 보내야됨??")."""
    return bool(_WHAT_TO_DO.search(question) or _GIVE_IN.search(question))


#: Asking whether to give the threatener what they want: "보내야 돼?", "돈 줘야 하나요", "should I pay", "do what he says".
_GIVE_IN = re.compile(r"(?:보내|줘|주어|입금|송금|들어\s*줘)야\s*(?:돼|되|하|함|됨)|\bshould\s+(?:i|we|he|she)\s+(?:pay|send|give)|"
                      r"\b(?:pay|send)\s+(?:him|her|them)\b|\bdo what (?:he|she|they) (?:says?|wants?)", re.I)


#: A card topic that names an act → the conduct of the question's understanding it is.
CONDUCT_TOPICS = {"production": "make", "editing": "make", "distribution": "distribute", "possession": "possess",
                  "viewing": "view", "profit": "sell", "threat": "threaten", "coercion": "coerce", "attempt": "attempt",
                  "habitual": "habitual", "confiscation": "confiscate"}

#: What makes a pursuit a sexual crime's or a known case's: sexual material sent, or "the offender" of a case already
#: reported, whose own orders answer it ("가해자가 아이 학교 근처에서 어슬렁거려요").
_NOT_PLAIN_STALKING = re.compile(r"성적|야한|음란|성기|알몸|누드|나체|벗은|딥페|합성|몰카|몰래\s*찍|촬영|가해|"
                                 r"sexual|\bnudes?\b|naked|porn|obscene|deep\s*fake|\bdick|offender|perpetrator|\bexplicit\b|pervert|"
                                 r"\b(?:gross|dirty|lewd|pervy|creepy)\s+(?:\w+\s+)?(?:pics?|pictures?|photos?|images?|videos?|vids?|"
                                 r"texts?|messages?|dms?|stuff|things)\b", re.I)


def stalking_stated(question: str, understanding: Understanding) -> bool:
    """A stalking card ("stalking") fits a question that tells, in everyday words, of someone following, waiting
    for, turning up on, tracking or contacting the asker against their will (`pursued`: "헤어졌는데 차단해도 다른
    번호로 연락 와요"), when nothing sexual is sent and no offender of a reported case is named."""
    return pursued(question) and not _NOT_PLAIN_STALKING.search(question)


def asker_shown(question: str, understanding: Understanding) -> bool:
    """A card for someone who came upon another person's image ("bystander": it was posted in my group chat)
    assumes the asker is not the one shown. Contradicted when the asker speaks as the one harmed ("My friend made
    a deepfake of me and posted it")."""
    return understanding.speaks_as_victim


#: The asker among those who got another's image: it was posted in a chat they are in, they were sent it, or they
#: were there when it went round ("단톡방에 누가 친구 합성사진 올렸는데 나도 그 방에 있었으면", "someone dropped a fake of a
#: girl in our group chat").
_CAME_UPON = re.compile(r"(?:단톡|단체\s*(?:방|톡|채팅)|톡방|채팅방|오픈\s*채팅|그룹\s*(?:방|채팅)|디코|디스코드|서버|반\s*톡)"
                        r".{0,30}(?:올렸|올라왔|올라온|올리는|올리고|올림|올려|공유|퍼졌|돌았|돌아|보냈|뿌렸|뿌리는)|"
                        r"나도\s*(?:그\s*)?(?:방|단톡|단톡방|채팅방|톡방|서버|디코)?에?\s*(?:있었|있으면|있는데|들어가\s*있)|(?:보내\s*줬|보내줬|받았)는데\s*(?:저|나)도|"
                        r"\b(?:group\s*chat|groupchat|gc|chat|discord|server)\b.{0,40}\b(?:posted|shared|dropped|sent|going around)\b|"
                        r"\b(?:posted|shared|dropped|sent)\b.{0,40}\b(?:group\s*chat|groupchat|gc|chat|discord|server)\b|"
                        r"\b(?:i|we)\s+(?:was|were)\s+(?:in|on)\s+(?:the|that|our)\s+(?:group\s*chat|gc|chat|server)", re.I)

#: The asker in their own words: "I", "my", "our", "나도", "저", "우리".
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|we|our|us)\b|(?<![가-힣])(?:나|저|제|내|우리)(?:도|는|가|의|반|방)?(?![가-힣])", re.I)


def bystander_stated(question: str, understanding: Understanding) -> bool:
    """A card for someone who came upon another person's image ("bystander") fits a question from one who tells of
    an image posted in a chat they are in, or sent to them, and is not the one shown ("단톡방에 누가 친구 합성사진
    올렸는데 나도 그 방에 있었으면 처벌받아요?" asks whether being there is an offence, not what spreading costs)."""
    return bool(_CAME_UPON.search(question)) and bool(_FIRST_PERSON.search(question)) \
        and not understanding.speaks_as_victim and understanding.persona not in ("staff", "aide")


#: Whom to turn to, asked: "who do we call", "where should I go", "어디에 연락해야", "누구한테 말해요".
_WHOM_TO_TURN_TO = re.compile(r"\bwho\s+(?:do|should|can|could|must)\s+(?:i|we)\s+(?:call|contact|talk\s+to|turn\s+to|go\s+to|"
                              r"tell|ask)\b|\bwhere\s+(?:do|should|can|could|must)\s+(?:i|we)\s+(?:go|turn|call|get\s+help)\b|"
                              r"어디(?:에|로|에다)?\s*(?:연락|전화|도움|상담)|누구(?:한테|에게|랑|와)\s*(?:연락|전화|말|상담|얘기)", re.I)
#: Asking what to do: "어떡해요", "어떻게 해야", "뭘 해야", "help", "what do I do", "what can I do", whom to turn to.
_WHAT_TO_DO = re.compile(r"어떡|어떻게\s*(?:해야|하면|하죠|하나요|해요)|뭘\s*(?:해야|하면)|무엇을\s*해야|도와\s*주|도움|"
                         r"어케|어캐|어떻해|\bhelp\b|\bwhat (?:do|should|can|could) (?:i|we) do\b|\bwhat now\b|\bwhat are my options\b|"
                         r"\banything\s+(?:i|we)\s+can\s+do\b|"
                         + _WHOM_TO_TURN_TO.pattern + "|"
                         # fear told with nothing asked ("너무 무서워요", "i'm so scared"): the one harmed wants help, not a law
                         # (said of now: "그때는 무서워서 넘어갔는데" tells the past and asks something else)
                         r"무서워요|무서워\s*(?:ㅠ|ㅜ|$)|무섭(?:다|네|어요|습니다)|겁나(?:요|다|네)|겁이\s*나요|두려워요|불안해요|"
                         r"미치겠|\b(?:so|really|very|too)\s+(?:scared|afraid|terrified|"
                         r"frightened)\b|\bi'?m\s+(?:scared|terrified|freaking\s+out|panicking)\b", re.I)


#: Asking only whether one can report at all ("can i still report", "can she report it even if she never saw it"), not
#: how (anonymously, online, without the parents knowing) or by when.
_ONLY_REPORT_ASKED = re.compile(r"\b(?:can|could|should|may)\s+(?:i|we|she|he|they|my\s+\w+)\s+(?:still\s+|even\s+|just\s+|also\s+)?"
                                r"(?:report|press\s+charges|go\s+to\s+the\s+police)(?:\s+(?:it|this|them|that|him|her))?"
                                r"(?:\s*[?.!]*\s*$|\s+(?:even\s+(?:if|though)|if\s+i\s+(?:haven'?t|have\s+not|didn'?t|don'?t)|"
                                r"though|when\s+i\s+(?:haven'?t|didn'?t|don'?t)))|"
                                r"(?:그래도|아직|지금도|보지도\s*않았는데|못\s*봤는데)\s*(?:신고|고소)\S{0,3}\s*(?:할\s*수|해도|가능)", re.I)


def report_only_asked(question: str, understanding: Understanding) -> bool:
    """The card on reporting to the police ("police-report") fits a question that asks only whether one can report
    (`_ONLY_REPORT_ASKED`), whatever the story before it names: a friend who saw it is no question of viewing."""
    return bool(_ONLY_REPORT_ASKED.search(question))


def help_asked(question: str, understanding: Understanding) -> bool:
    """A card on what the law punishes ("penalty") assumes punishment is asked about. Contradicted when the one
    harmed, or one who speaks for them ("my 15 year old daughter got sent a fake nude of herself"), tells what was
    done and asks what to do, asking nothing of punishment ("someone in my class put my face on a naked body and
    it's going around. help"): the card on what to do answers. A threat is the exception: the card on that crime
    tells the one threatened what to do (not to pay, to keep the messages)."""
    harmed = understanding.speaks_as_victim or bool(HELPER_VOICE.search(question))
    return harmed and bool(_WHAT_TO_DO.search(question)) \
        and not {"threaten", "coerce"} & set(understanding.conducts) \
        and "penalty" not in understanding.asks_for \
        and not ("penalty" in understanding.intents and not understanding.intents_guessed)


#: Asking to have material removed: "지워주는", "삭제 요청", "내려 달라", "take it down", "get it removed", "get them off".
_REMOVAL = re.compile(r"삭제|지워|지우|내려\s*(?:주|달|받|지)|take.{0,12}down|taken down|remov|delet|get rid of|"
                      r"\b(?:take|get)\s+(?:it|them|this|that|those|these|the\s+\w+)\s+off\b|" + OFF_THE_INTERNET, re.I)


def deletion_asked(question: str, understanding: Understanding) -> bool:
    """A card on deleting material ("deletion") fits a question that asks to have it removed ("딥페이크 피해 영상
    지워주는 곳 있나요") and asks nothing of punishment (deleting a file one holds is asked of the penalty), of a date
    or of the law's history ("삭제요청 조항에도 반영됐는지" asks when a body was renamed), nor whether the asker may
    delete their own copy ("신고 전에 지워도 돼요?" asks what to keep)."""
    return bool(_REMOVAL.search(question)) and "deletion" in understanding.intents \
        and not {"penalty", "date", "duration"} & set(understanding.asks_for) \
        and not {"penalty", "history"} & set(understanding.intents) and not re.search(OWN_COPY_DELETION, question, re.I)


#: The filming agreed to, or the picture taken by the one shown ("찍을 땐 나도 동의했거든", "사귈 때 같이 찍은 사진",
#: "I agreed to the video at the time", "a pic I took myself and sent him"): what was done after, not the filming.
_FILMING_AGREED = re.compile(
    r"(?:찍을|촬영할|찍던)\s*(?:때|땐|때는|당시)\s*(?:\S+\s*){0,2}?(?:동의|허락|찍자고|괜찮다고|오케이)|"
    r"(?:동의|허락)\S*\s*(?:하고|해서|했던|한|받고|받아서)\s*(?:같이\s*)?(?:찍|촬영)|"
    r"(?:사귈|사귀던|연애할|만날)\s*(?:때|땐|당시)\s*(?:같이\s*|서로\s*)?(?:찍은|찍었던|촬영한)|"
    r"(?:내가|제가|직접|스스로|셀카로)\s*(?:\S+\s*)?(?:찍어서?|찍은|찍었던)\s*(?:\S+\s*)?(?:보낸|보냈|준|줬)|"
    r"\b(?:i|we)\s+(?:had\s+)?(?:agreed|consented)\s+to\s+(?:the\s+|being\s+)?(?:photos?|pics?|videos?|filming|filmed|recording|it)|"
    r"\b(?:with|had)\s+my\s+consent\s+(?:at\s+the\s+time|when|back\s+then)|"
    r"\bi\s+(?:took|filmed|made)\s+(?:(?:it|them|the\s+\w+|a\s+\w+)\s+)?(?:of\s+)?myself\b|\b(?:selfies?|nudes?|pics?)\s+i\s+(?:sent|gave)\b", re.I)


def filming_agreed(question: str, understanding: Understanding) -> bool:
    """A card on filming without consent ("covert-filming") does not fit a question whose filming was agreed to or
    whose picture the one shown took: spreading it afterwards is another card's (성폭력처벌법 제14조 제2항 후단)."""
    return bool(_FILMING_AGREED.search(question))


#: Filming told as done in secret or against the will of the one filmed: "몰래 찍었어요", "몰카", "secretly filmed me",
#: "a hidden camera in the changing room", "filmed me without my consent".
_FILMED_COVERTLY = re.compile(r"몰래\s*(?:\S+\s*)?(?:찍|촬영)|몰카|도촬|불법\s*촬영|숨긴\s*카메라|"
                              r"\b(?:secretly|covertly)\s+(?:film|record|photograph|shot|took)\w*|hidden\s+cam|spy\s*cam|"
                              r"\b(?:filmed|recorded|photographed)\s+(?:me|her|him|them|us|my\s+\w+)\s+(?:\w+\s+){0,4}?"
                              r"(?:without|in\s+(?:the\s+)?(?:changing|locker|bath|shower|toilet|restroom))", re.I)


def covert_filming_told(question: str, understanding: Understanding) -> bool:
    """The card on filming someone without consent ("covert-filming": 성폭력처벌법 제14조 제1항) fits a question that tells
    of such filming and asks of the offence, whatever else it weighs it against ("filmed me secretly in the changing room
    at school, is that the same crime as a deepfake?"), unless the filming was agreed to (`filming_agreed`); asked
    whether it is too late to report, the time limit's card answers."""
    return "penalty" in understanding.intents and bool(_FILMED_COVERTLY.search(question)) \
        and not filming_agreed(question, understanding)

#: Money named: damages, compensation, a civil suit, a settlement.
_MONEY = re.compile(r"배상|손해|보상|위자료|소송|민사|돈|금전|합의|비용|과징금|compensat|damages|\bsue\b|suing|lawsuit|money|"
                    r"\bcivil\b|\bpay|\bwon\b|settle|surcharge|fine", re.I)


def money_contradicted(question: str, understanding: Understanding) -> bool:
    """A card on money for a harm ("compensation": damages, a settlement) assumes money is sought. Contradicted when
    the question asks to have the material removed and names no money ("how do i get a fake video of me removed
    from a porn site" asks for deletion, not damages)."""
    return bool(_REMOVAL.search(question)) and not _MONEY.search(question)


#: Work named: an employer, a boss, colleagues, a job ("my manager", "회사", "알바").
_WORK = re.compile(r"회사|직장|상사|사장|팀장|부장|동료|알바|직원|근무|출근|업무|\bboss|manager|supervisor|employer|"
                   r"co-?workers?|colleague|\bcompany|workplace|\bat work\b|\bmy (?:job|work)\b|part-?time|\bshifts?\b|"
                   r"\bHR\b|employee", re.I)
#: What an employer does to a person against their will: firing, pushing out, moving, demoting, cutting pay or hours,
#: a bad review, shutting out ("wants me to quit", "bad shifts", "부서를 옮기래요").
_WORK_HARM = re.compile(r"해고|잘리|잘렸|잘린|그만두|사직|퇴사|나가라|부서|옮기|이동|전보|배제|불이익|평가|따돌|승진|강등|감봉|월급|급여|"
                        r"징계|근무\s*시간|\bfir(?:e|ed|ing)\b|\bquit\b|resign|let\s+(?:me|her|him)\s+go|dismiss|demot|"
                        r"transfer|moved?\s+me|reassign|(?:bad|worse|fewer|less)\s+(?:shifts|hours)|pay\s*cut|cut\s+my|"
                        r"review|ostraci|promot|"
                        r"punish(?:ed|ing)?\s+me|retaliat|treat(?:ing|ed)?\s+me|push(?:ed|ing)?\s+me\s+out", re.I)


def work_harm_stated(question: str, understanding: Understanding) -> bool:
    """A card on treatment at work ("workplace") fits a question that names work and something done to a person
    there against their will ("my boss found out about the deepfake and now he wants me to quit")."""
    return bool(_WORK.search(question)) and bool(_WORK_HARM.search(question))


#: A school committee's decision said to be made: "the committee only gave him a written apology", "심의위원회에서
#: 출석정지 처분이 나왔는데".
_DECIDED = re.compile(r"committee\s+(?:has\s+|have\s+|only\s+|just\s+)?(?:gave|given|decided|ordered|imposed|issued|"
                      r"ruled|chose)|(?:decision|ruling|measures?|result)\s+(?:of|from|by)\s+the\s+committee|"
                      r"심의\s*위원회?(?:에서|가|는)\s*.{0,20}(?:결정|처분|조치|내렸|나왔|내려졌)|처분\s*(?:결과|이\s*나왔|을\s*받)", re.I)


#: The school closing a case itself, named ("settle it within the school (self-resolution)", "학교장 자체해결", "without a
#: committee hearing").
_SELF_RESOLUTION = re.compile(r"자체\s*해결|self[- ]?resolution|self[- ]?resolv|\b(?:within|inside)\s+the\s+school\b|"
                              r"학교\s*(?:안|내)에서\s*(?:\S+\s*)?(?:끝|해결|마무리)|심의\s*위원회?\s*(?:안\s*열고|없이|를?\s*안\s*열)|"
                              r"\bwithout\s+(?:a\s+|the\s+|any\s+)?(?:deliberation\s+)?(?:committee|hearing)\b|"
                              # whether the committee must sit at all: "does the school have to hold a committee meeting",
                              # "can they skip the hearing", "학폭위 꼭 열어야 돼요?"
                              r"\b(?:have|has|need|needs|required|obliged|obligated|must)\s+(?:to\s+)?(?:hold|convene|call|open|"
                              r"set\s+up)\s+(?:a\s+|the\s+|any\s+)?(?:deliberation\s+|school\s+violence\s+)?(?:committee|hearing)|"
                              r"\bskip\s+(?:the\s+|a\s+)?(?:deliberation\s+)?(?:committee|hearing)|"
                              r"(?:심의\s*위원회?|학폭위|심의)\S*\s*(?:\S+\s*){0,2}?(?:꼭|반드시|무조건|필수로?)\s*(?:\S+\s*)?(?:열|개최)|"
                              r"(?:심의\s*위원회?|학폭위)\S*\s*(?:\S+\s*)?(?:열어야|개최해야|안\s*열어도|안\s*열면)", re.I)


def self_resolution_named(question: str, understanding: Understanding) -> bool:
    """A card on a school closing a case itself ("self-resolution") fits a question that names that way of closing it."""
    return bool(_SELF_RESOLUTION.search(question))


def committee_decided(question: str, understanding: Understanding) -> bool:
    """The card on a school closing a case itself ("self-resolution") assumes no committee has decided it.
    Contradicted when the question says the committee already did ("the committee only gave the boy a written
    apology": a question of appeal, not of closing the case without a hearing)."""
    return bool(_DECIDED.search(question))


def material_contradicted(question: str, understanding: Understanding, topics: list[str]) -> bool:
    """A card on one kind of material assumes it: one on illegal filming alone, a recording (not "this ai pic of a girl
    in our grade"); a penalty card on deepfakes alone, a fake (not "아청물 보기만 해도 처벌돼요?", the youth law's)."""
    named = set(understanding.materials)
    if "illegal-filming" in topics and "deepfake" not in topics:
        return "deepfake" in named and "filmed" not in named
    if {"penalty", "deepfake"} <= set(topics) and not {"illegal-filming", "csam", "child-shown", "minors"} & set(topics):
        return bool(CHILD_MATERIAL_NAMED.search(question)) and "deepfake" not in named
    return False


def child_doer_contradicted(question: str, topics: list[str]) -> bool:
    """A card on an act's penalty assumes one who can be sentenced for it. A child under 14 said to have done it ("my
    son is 12 and got caught making deepfakes") is sent to the juvenile division instead (청소년성보호법 제44조①):
    contradicted, unless the card is on how young offenders are dealt with."""
    return "penalty" in topics and "juvenile" not in topics and bool(_acts(topics)) and doer_under_14(question)


#: A school's measure against the one who did it, named: a transfer, a change of class, expulsion, suspension
#: ("make him change schools", "kick him out", "전학 보낼 수 있나요").
_ONE_MEASURE = re.compile(r"전학|퇴학|출석\s*정지|학급\s*교체|반\s*(?:을\s*)?(?:바꾸|옮기|교체)|transfer|expel|expulsion|suspen|"
                          r"kick(?:ed|ing)?\s+(?:\w+\s+)?out|\b(?:chang|switch)\w*\s+(?:schools?|class(?:es|rooms?)?)\b|"
                          r"\bmov\w*\s+(?:him|her|them)\s+to\s+(?:another|a\s+different|a\s+new)\s+(?:school|class)\b|" + SEPARATION,
                          re.I)
#: ... or the word for them all ("징계").
_MEASURE = re.compile(r"징계|" + _ONE_MEASURE.pattern, re.I)
#: Prevention named: education, training, campaigns, plans ("예방교육", "prevention classes").
_PREVENTION = re.compile(r"예방|교육|연수|계획|캠페인|prevent|educat|train|class(?:es)?\s+on|lesson|campaign|plan", re.I)


#: Figures asked for: a count, a share, a survey, what a year's reports found ("피해 학교가 몇 곳", "how many schools",
#: "what did the 2024 survey find", "신고 현황").
_FIGURES = re.compile(r"몇|통계|수치|현황|실태|규모|건수|비율|추이|늘었|증가|조사|설문|발표|얼마나|%|퍼센트|"
                      r"\bhow (?:many|much|often|big|widespread|common)\b|\bnumbers?\b|\bfigures?\b|\bstatistic|\bdata\b|"
                      r"\bsurvey|\bpercent|\brate\b|\btrend|\bscale\b|\bcount|\breport(?:s|ed)? (?:found|showed|say)|"
                      r"\b(?:rose|risen|increase|spike|surge)", re.I)


def figures_not_asked(question: str, understanding: Understanding) -> bool:
    """A card of a year's figures ("figures") answers a question that asks for figures. Contradicted when the
    question asks for none ("r telegram channel admins liable in korea for deepfake rooms", "what is MOGEF's role
    versus the Ministry of Education's"): a law or a service answers it, not a count of cases."""
    return "statistics" not in understanding.intents and not _FIGURES.search(question)


def measure_asked(question: str, understanding: Understanding) -> bool:
    """A card on preventing harm ("prevention": education, plans, the state's duties) assumes prevention is asked
    about. Contradicted when the question asks for a measure against the one who did it and names nothing of
    prevention ("can the school make the boy who made deepfakes of me change schools")."""
    return bool(_MEASURE.search(question)) and not _PREVENTION.search(question)


def sexual_material_named(question: str, understanding: Understanding) -> bool:
    """The card on fakes that are not sexual ("not-sexual") is contradicted by a question that names sexual material
    and does not say it is not sexual ("AI nude images of fictional characters")."""
    return bool(SEXUAL_NAMED.search(question)) and not understanding.not_sexual


def law_at_a_date_asked(question: str, understanding: Understanding) -> bool:
    """The card on what the law calls a deepfake today ("legal-definition") is contradicted by a question about the
    law on a past date or about when it changed ("2025년 3월 기준 학폭법 정의에 딥페이크가 있었나요?", "when did Korea first
    criminalise it?"): the history cards and the law of that date answer."""
    return "history" in understanding.intents or "date" in understanding.asks_for or understanding.implied_as_of is not None \
        or bool(_WHEN_ASKED.search(question)) or implied_date(question) is not None


#: When something happened asked: "when did Korea first criminalise it", "언제부터", "언제 생겼".
_WHEN_ASKED = re.compile(r"\bwhen\s+(?:did|was|were|has|had|exactly)\b|\bsince\s+when\b|언제", re.I)


def drawn_minor_stated(question: str, understanding: Understanding) -> bool:
    """The card defining exploitation material ("representation") fits a question about a drawn or invented figure
    that looks like a child ("is it illegal to make AI nudes of anime characters who look like kids?")."""
    return understanding.drawn_minor


def not_sexual_stated(question: str, understanding: Understanding) -> bool:
    """A card on fakes that are not sexual ("not-sexual") fits a question that says the material is not sexual ("is a
    funny deepfake of a celebrity illegal if it's not sexual?"); the cards on sexual deepfakes ("deepfake") assume the
    material is sexual, and such a question contradicts them."""
    return understanding.not_sexual


def school_punishment_asked(question: str, understanding: Understanding) -> bool:
    """The card listing the school's measures ("school-measures") fits a question that names the school as the one
    that punishes and asks what punishment, naming no one measure ("what punishments can the school give to the kid
    who made the deepfake"; "can the school expel him" is the card on that measure's), or names a school's light
    penalty of school life given the one who did it ("딥페이크 만든 애 벌점만 받고 끝난대요": not the law's measures)."""
    listed = "school_discipline" in understanding.intents and "list" in understanding.asks_for \
        and bool(_DECIDING_BODY.search(question))  # "심의위가 내릴 수 있는 조치가 뭐뭐 있나요? 퇴학도 가능한가요?"
    if _VICTIM_MEASURES.search(question):
        return False  # the measures for the one harmed asked: `victim_measures_asked`
    if _WHOM_TO_TURN_TO.search(asking_part(question)):
        return False  # "a boy at school put her face on porn. who do we call": help is asked, not the school's measures
    if (teacher_harmed_stated(question, understanding) or understanding.speaks_as_victim and _ASKER_TEACHES.search(question)) \
            and not teacher_harmed_contradicted(question, understanding):
        return False  # a teacher harmed: the teachers' rights committee's measures answer (`teacher_measures_asked`)
    return listed or ("school_discipline" in understanding.intents and bool(SCHOOL_PUNISHES.search(question))
                      or school_penalty_told(question, understanding)) and not _ONE_MEASURE.search(question)


#: The body that decides a school's measures: "심의위", "학폭위", "the deliberation committee".
_DECIDING_BODY = re.compile(r"심의\s*위|학폭\s*위|학교폭력\s*대책\s*심의|\bdeliberation\s+committee|\bschool\s+violence\s+committee",
                            re.I)


#: The limitation period named: "statute of limitations", "too late to press charges", "공소시효".
_LIMITATION = re.compile(r"statutes?\s+of\s+limitations?|limitations?\s+period|period\s+of\s+limitation|"
                         r"time\s+limit\s+(?:to|for)\s+(?:prosecut|charg|report|press|su)|too\s+late\s+to\s+(?:report|press|"
                         r"charge|prosecute|sue|file)|공소\s*시효|시효|"
                         # years gone by, asked whether reporting still can be: "im 20 now. is it too late to go to the
                         # police?", "스무 살 된 지금에서야 신고하려는데 너무 늦었을까요"
                         r"\b(?:is\s+it|am\s+i|are\s+we)\s+too\s+late\b|\btoo\s+late\s+(?:now\s+)?(?:to|for)\s+(?:go|tell|report|do|"
                         r"take|bring|make|get|call|contact|the\s+police)|(?:너무\s*)?늦었(?:을까|나요|어요|는지|죠)|늦은\s*(?:건가|걸까|거)|"
                         r"몇\s*년\s*(?:이\s*)?지나(?:도|서|면)|"
                         # the time left to act asked: "how long after it happened can I still report him", "how much
                         # time do I have to press charges", "is there a deadline to report", "언제까지 고소할 수 있나요"
                         r"\bhow\s+(?:long|many\s+(?:years|months))\s+(?:after|later|ago)\b[^.?!]{0,60}\b(?:still\s+)?"
                         r"(?:report|press|sue|charge|prosecute|file)|\bhow\s+(?:much\s+time|long)\s+do\s+(?:i|we|you|victims?)"
                         r"\s+have\s+to\s+(?:report|press|sue|file|go\s+to\s+the\s+police)|\b(?:deadline|time\s+limit)\s+"
                         r"(?:to|for)\s+(?:report|press|sue|file|prosecut|charg)|\bstill\s+(?:report|press\s+charges|sue)\b[^.?!]{0,40}"
                         r"\b(?:years?|months?)\s+(?:later|after|ago)\b|언제까지\s*(?:\S+\s*)?(?:고소|신고|처벌)\S*\s*(?:할\s*)?수\s*있|"
                         r"(?:고소|신고)\s*(?:가능\s*)?기한", re.I)


def limitation_asked(question: str, understanding: Understanding) -> bool:
    """A card on the limitation period ("limitation-period") fits a question that names it ("Is the statute of
    limitations different when the victim is a minor?", "is it too late to press charges")."""
    return bool(_LIMITATION.search(question))


#: Whether an offence can end with a fine, or only prison, asked ("which ones are prison only", "벌금형도 있나요").
_FINE_OR_PRISON = re.compile(r"\bno\s+fine|\bfine\s+(?:option|instead|or\s+(?:prison|jail))|\bjust\s+(?:pay\s+)?a\s+fine|"
                             r"\b(?:prison|jail|imprisonment)\s+only\b|\bonly\s+(?:prison|jail|imprisonment)\b|"
                             r"벌금(?:형)?\s*(?:도|만|은|이)?\s*(?:없|가능|있|나오)|징역(?:형)?\s*만", re.I)


def fine_or_prison_asked(question: str, understanding: Understanding) -> bool:
    """A card comparing fines and prison terms ("imprisonment") fits a question that asks whether an offence can
    end with a fine or only with prison ("which deepfake offences allow only imprisonment with no fine")."""
    return bool(_FINE_OR_PRISON.search(question))


#: Asking to challenge a decision: "can we appeal that?", "fight the decision", "불복", "행정심판".
_APPEAL = re.compile(r"\bappeal|\bchallenge\b|\bcontest\b|\bfight\s+(?:it|that|this|the\s+(?:decision|measure|ruling))|"
                     r"\bobject\s+to\b|불복|이의\s*(?:신청|제기)|행정\s*(?:심판|소송)|다툴|따질", re.I)

_TEACHERS_APPEAL = re.compile(r"teacher|교원|교사|소청|foundation|학교법인|사립학교\s*(?:법인|경영자)", re.I)


def appeal_asked(question: str, understanding: Understanding) -> bool:
    """A card on challenging a school measure ("appeals") fits a question that asks to challenge a decision ("The
    committee gave the boy only a written apology. Can we appeal that?"), not a teacher's appeal (소청), which has
    its own commission."""
    return bool(_APPEAL.search(question)) and not _TEACHERS_APPEAL.search(question)


def appeal_named(question: str) -> bool:
    """Whether a decision is challenged, a school's or a teacher's own ("어디에 불복하면 되고", "소청 심사"): the place asked
    for is then a body that decides appeals, not a helpline."""
    return bool(_APPEAL.search(question)) or "소청" in question


#: The one who reported named as the one whose name went out ("calling me the snitch", "who reported it", "신고자 신상"):
#: the reporter's protection, not the victim's.
_REPORTER_NAMED = re.compile(r"\bwho\s+(?:reported|told|snitched)\b|\bsnitch\w*|\bwhistle-?blow\w*|\binformant|"
                             r"신고자|제보자|고발자|신고한\s*(?:사람|게|걸|거)", re.I)


def victim_identity_stated(question: str, understanding: Understanding) -> bool:
    """A card on keeping a victim's identity secret ("victim-identity") fits a question that tells of a name, a
    school or an address made public, not the image (`disclosure.identity_not_image`), nor an offender's details
    published by a court's order (`asked.offender_disclosure_asked`), nor the name of the one who reported."""
    return identity_not_image(question) and not offender_disclosure_asked(question) \
        and not _REPORTER_NAMED.search(question)


def evidence_asked(question: str, understanding: Understanding) -> bool:
    """A card on keeping evidence ("evidence") fits a question that asks what to keep or whether to screenshot it
    (`kb.answer.evidence.keeping_asked`), not one who came upon another's image, whose own card says what a
    bystander may keep."""
    return keeping_asked(question) and not bystander_stated(question, understanding)


#: A harm kept quiet by those who should report it: "덮으려고", "쉬쉬", "은폐", "cover it up".
_COVER_UP = re.compile(r"덮으|덮었|덮어|덮자|쉬쉬|은폐|숨기려|조용히\s*(?:넘어|넘기|처리|끝내|덮)|축소|"
                       r"cover(?:ed|ing|s)?\s*(?:it\s*|this\s*|that\s*)?up|hush|\bquiet(?:ly)?\b|"
                       r"sweep\w*\s+(?:\w+\s+){0,3}?under\s+the\s+(?:rug|carpet)|"
                       r"\bbury\b|\bplay(?:s|ing|ed)?\s+(?:it\s+)?down|downplay", re.I)
#: One bound to report, by role or by the body they work for: a teacher, a school, an institution.
_BOUND = re.compile(r"교사|교원|선생님|쌤|담임|교감|교장|학교(?!\s*폭력)|학원|기관|teacher|school(?!\s*violence)|principal|institution|staff", re.I)


def cover_up_stated(question: str, understanding: Understanding) -> bool:
    """The cards on a case hushed up ("cover-up": 학교폭력예방법 제19조②, 교원지위법 제27조) fit a question that tells of a
    school keeping it quiet (`_COVER_UP` beside `_BOUND`): "the school wants to keep the deepfake case quiet, no committee"
    was the self-resolution card's."""
    return bool(_COVER_UP.search(question) and _BOUND.search(question))


#: A place other than a school that the Youth Sex Protection Act binds to report (Article 34(2)): an academy, a
#: daycare centre, a hospital, a shelter, a sports club, an entertainment agency … ("학원 강사도", "I coach a youth team").
_OTHER_INSTITUTION = re.compile(r"학원|교습소|어린이집|병원|의료\s*기관|(?<!국회)의원(?!회|실)|간호사|의사(?!에\s*반|를\s*무시|와\s*상관)|"
                                r"아동\s*복지\s*시설|보육원|장애인\s*(?:복지\s*)?시설|"
                                r"청소년\s*(?:쉼터|상담|수련|활동|센터)|쉼터|체육\s*(?:단체|회)|운동부|코치|(?:연예\s*)?기획사|소속사|"
                                r"\bhagwon|\bcram\s+school|\bprivate\s+academy|\bacademy\b|\bday\s*care|\bnursery\b|\bhospital|"
                                r"\bclinic\b|\bnurse\b|\bdoctor\b|\borphanage|\bchildren'?s\s+home|\byouth\s+(?:shelter|cent(?:er|re)|club)|"
                                r"\bshelter\b|\bsports\s+(?:club|team|federation)|\bcoach(?:ing)?\b|\b(?:entertainment|talent)\s+agenc",
                                re.I)


def other_institution_duty_asked(question: str, understanding: Understanding) -> bool:
    """The card on the institutions bound to report beside schools ("reporting-institutions") fits a question that
    names one of them and asks whether its people must report ("학원 강사도 학생 딥페이크 피해 알게 되면 신고해야
    하나요?": Article 34(2) lists academies; the school card speaks of schools)."""
    return bool(_OTHER_INSTITUTION.search(question)) and (
        "duty_to_report" in understanding.intents or bool(_DUTY_ASKED.search(question)))


def reporting_duty_asked(question: str, understanding: Understanding) -> bool:
    """A card on the duty to report ("mandatory-reporting") fits a question that asks what happens when a teacher,
    a school or an institution does not report a harm, or keeps it quiet ("우리 학교 선생님이 학생 딥페이크 사건
    알고도 덮으려고 하면 어떻게 되나요"), from one who does not speak as the one harmed."""
    if _ASKER_TEACHES.search(question) and _TOLD_OF_HARM.search(question) and _WHAT_MUST.search(question):
        return True  # "as a homeroom teacher, a student told me …. what must i do": the duty is what is asked
    return bool(_REPORTER.search(question) or _COVER_UP.search(question)) and bool(_BOUND.search(question)) \
        and not understanding.speaks_as_victim


#: A harm told to, or learnt by, the one asking: "a student told me", "털어놨어요", "알게 됐어요", "i found out".
_TOLD_OF_HARM = re.compile(r"\b(?:told|tells|showed|confided\s+in|came\s+to)\s+me\b|\b(?:i|we)\s+(?:just\s+)?(?:found\s+out|learned|"
                           r"learnt|heard|saw)\b|털어놨|털어\s*놓|말해\s*줬|얘기해\s*줬|이야기해\s*줬|상담\s*(?:해\s*왔|요청|하러)|"
                           r"알게\s*(?:됐|되었|돼서)|들었", re.I)
#: ... and what the asker must do, asked: "what must i do", "what should we do now", "제가 뭘 해야 하죠".
_WHAT_MUST = re.compile(r"\bwhat\s+(?:must|should|do|can)\s+(?:i|we)\s+(?:\w+\s+)?do\b|\bwhat\s+(?:are\s+)?(?:the\s+)?(?:next\s+)?"
                        r"steps\b|(?:뭘|무엇을|뭐|어떤\s*걸)\s*(?:먼저\s*)?해야|어떻게\s*(?:해야|처리해야|대응해야)", re.I)


#: The communications standards commission named ("방심위", "방송미디어통신심의위원회", "KCSC", "the standards commission").
_KOCSC = re.compile(r"방심위|방송\s*(?:미디어\s*)?통신\s*심의\s*위원회|\bk?kocsc\b|\bkcsc\b|communications\s+standards|standards\s+commission|"
                    r"\b1377\b", re.I)


#: The offenders' register named: "신상등록", "신상정보 등록대상", "성범죄자 알림e", "the sex offender registry".
_REGISTER = re.compile(r"신상\s*(?:정보\s*)?(?:등록|공개|고지)|등록\s*대상|성범죄자\s*(?:알림|등록)|알림\s*e|"
                       r"\bregist(?:er|ry|ration|ered)\b|\bsex\s+offenders?\s+(?:list|registry|register|website|site|database)", re.I)


def register_named(question: str, understanding: Understanding) -> bool:
    """The register's cards ("registration") fit a question that names the register (`_REGISTER`): "벌금이면 신상등록은
    안 되는 거죠?" asks about the register, not the penalty of the act told before it."""
    return bool(_REGISTER.search(question))


#: A statement's video recording asked about: "녹화", "영상으로 찍", "video recorded", "record the interview".
_RECORDING = re.compile(r"녹화|영상\s*(?:으로\s*)?(?:찍|촬영|남기)|\bvideo[\s-]*record|\brecord(?:ed|ing|s)?\s+(?:the\s+|her\s+|his\s+|my\s+)?"
                        r"(?:interview|statement|testimony|questioning)|\b(?:interview|statement|testimony)\s+(?:be\s+|is\s+|being\s+)?"
                        r"(?:video[\s-]*)?(?:recorded|filmed|taped)", re.I)


#: A statement or interview named: what the recorded-statement card is about.
_STATEMENT = re.compile(r"statement|interview|testif|testimon|question(?:ed|ing)\s+by|진술|조사\s*(?:받|때|할\s*때)|증언|면담", re.I)


def statement_not_named(question: str, understanding: Understanding) -> bool:
    """The card on a young victim's video-recorded statement ("recorded-statement") assumes the victim's statement
    is asked about: contradicted by a question that names no statement, interview or recording of one ("is there
    anything i can do if the video is on telegram" names a video, of the harm)."""
    return not (_RECORDING.search(question) or _STATEMENT.search(question))


def recording_asked(question: str, understanding: Understanding) -> bool:
    """The card on a young victim's video-recorded statement ("recorded-statement") fits a question that asks about
    recording the interview (`_RECORDING`), not the rest of how a young victim is questioned."""
    return bool(_RECORDING.search(question))


#: Who pays for a removal asked: "돈 내야 돼요?", "비용은 누가 부담", "무료인가요", "who bears the cost", "do we have to pay".
_COST = re.compile(r"(?:돈|비용|요금|수수료|금액)\S*\s*(?:\S+\s*){0,2}?(?:내야|내나|내요|내는|들어|드나|드는|들까|부담|청구|물어|나가)|"
                   r"무료|공짜|유료|누가\s*(?:\S+\s*)?(?:부담|내나|내요|내는|냄|물어)|"
                   # (not "charged" or "paid" alone: "will I still be charged if I delete it?" asks the penalty)
                   r"\b(?:costs?|fees?|expenses?|free\s+of\s+charge|for\s+free|is\s+it\s+free|pay(?:s|ing)?\s+for|"
                   r"(?:who|do|does|must|have\s+to|has\s+to|need\s+to|will|would)\s+(?:\w+\s+){0,2}?pay(?:s|ing)?|"
                   # a service that charges ("does the centre charge victims anything?"), not a person charged
                   r"charges?\s+(?:the\s+)?(?:victims?|you|me|us|families|parents|anything|a\s+fee|money|for\s+(?:it|this|that))"
                   r")\b", re.I)


def deletion_cost_asked(question: str, understanding: Understanding) -> bool:
    """The card on who pays for deletion support ("cost") fits a question that asks a removal's cost (`_COST` beside
    `_REMOVAL`), whatever else it names ("…the victim, the government, or the offender?" had read as a penalty asked,
    so the deletion cards' own premise failed)."""
    return bool(_COST.search(question) and _REMOVAL.search(question))



#: Removal asked for with the police left out: "can i get the pics deleted without going to the police", "신고 안 하고
#: 삭제만", "i don't want to press charges, i just want it gone".
_POLICE_LEFT_OUT = re.compile(
    r"\b(?:without|instead\s+of|not|never|don'?t|do\s+not|skip(?:ping)?|no)\s+(?:\w+\s+){0,3}?"
    r"(?:police|cops|report(?:ing)?|press(?:ing)?\s+charges|investigation|case\s+number)\b|"
    r"\b(?:police|cops)\s+(?:\w+\s+){0,2}?(?:involved|case\s+number)\b|"
    r"(?:\b(?:i|we|you|she|he)\s+(?:have\s+to|need\s+(?:to|a)|must|(?:am|are|is)\s+required\s+to)|"
    r"\bonly\s+for\s+(?:people|those)\s+who)\s+(?:\w+\s+){0,3}?"
    r"(?:police|cops|report(?:ed)?)\b|"
    r"(?:신고|고소|경찰|수사)\S{0,4}\s*(?:안\s*하|안\s*하고|없이|하기\s*싫|는\s*싫|은\s*원하지|가지\s*않|안\s*가|개입\s*없이|안\s*받)|"
    r"경찰\S{0,3}\s*(?:안\s*가|가지\s*않|알리\S*\s*(?:싫|건\s*싫))|신고\S{0,3}\s*(?:부터|먼저)\s*해야|꼭\s*신고|처벌은\s*원하지", re.I)
#: ... or wanted gone: "i just want the video gone".
_GONE = re.compile(r"\b(?:it|them|this|that|the\s+\w+)\s+gone\b", re.I)


def deletion_without_police_asked(question: str, understanding: Understanding) -> bool:
    """The card on deletion support without a police report ("police-optional") fits a question that asks for the
    material to be removed with the police or a report left out."""
    return bool(_POLICE_LEFT_OUT.search(question) and (_REMOVAL.search(question) or _GONE.search(question)))


def deletion_time_asked(question: str, understanding: Understanding) -> bool:
    """The card on how long deletion takes ("deletion-time": the law's "without delay", the plan's 24 hours) fits a
    question that asks how long or how fast (``duration``, ``speed``) beside a removal ("삭제까지 며칠 걸려요?", "how
    long till its gone from the internet"), not a prison term's length."""
    return bool(_REMOVAL.search(question)) and bool({"duration", "speed"} & set(understanding.asks_for)) \
        and "penalty" not in understanding.intents and not re.search(OWN_COPY_DELETION, question, re.I)


#: A lawyer named: "변호사", "국선", "법률구조", "lawyer", "attorney", "legal aid", "solicitor".
_LAWYER = re.compile(r"변호사|변호인|국선|법률\s*구조|법률\s*조력|\b(?:lawyers?|attorneys?|solicitors?|counsel|legal\s+aid|"
                     r"legal\s+representation)\b", re.I)

#: A lawyer named as what a helper need not be: "변호사가 아니어도 돼요?", "does it have to be a lawyer", "a non-lawyer".
_NOT_A_LAWYER = re.compile(r"변호사\S*\s*(?:가|이)?\s*아니|변호사\s*말고|\bnot\s+(?:a\s+)?lawyer|non-?lawyer|"
                           r"\b(?:have|has|need)\s+to\s+be\s+(?:a\s+)?lawyer", re.I)


#: Parents or guardians told or finding out: "부모님한테 연락 가나요", "엄마 아빠도 알게 돼요", "보호자에게 통보", "will my
#: parents be told", "without my mom finding out", "are guardians notified".
_GUARDIANS_LEARN = re.compile(r"(?:부모|보호자|학부모|엄마|아빠|어머니|아버지)\S*\s*(?:\S+\s*){0,3}?(?:연락|알려|알리|알게|알아|아시|"
                              r"통지|통보|전화)|(?:연락|통지|통보|알려)\S*\s*(?:\S+\s*){0,2}?(?:부모|보호자|학부모)|"
                              r"(?:부모|엄마|아빠)\S*\s*모르게|"
                              r"\b(?:parents?|guardians?|mom|mum|dad|mother|father|family)\b[^.?!]{0,45}\b(?:told|notified|"
                              r"informed|contacted|called|find\s+out|finding\s+out|found\s+out|know|learn)|"
                              r"\b(?:tell|tells|inform|informs|notify|notifies|contact|contacts|call|calls|text|email|ring)\s+"
                              r"(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:parents?|guardians?|mom|mum|dad|family)\b", re.I)
#: The school or its violence procedure named.
_SCHOOL_NAMED = re.compile(r"학교|학폭|심의|담임|선생님|school|teacher|committee|principal", re.I)


def parents_told_at_school(question: str, understanding: Understanding) -> bool:
    """The card on who is told of a school violence report ("parents-told": 학교폭력예방법 제20조②, 제13조④) fits a
    question that asks whether parents or guardians are told or find out (`_GUARDIANS_LEARN`) of something at school."""
    return bool(_GUARDIANS_LEARN.search(question) and _SCHOOL_NAMED.search(question))

def lawyer_named(question: str, understanding: Understanding) -> bool:
    """The cards on a victim's lawyer ("lawyer": 성폭력처벌법 제27조, 청소년성보호법 제30조, 스토킹처벌법 제17조의4) fit a
    question that names one: "do i need a lawyer to file a complaint?" is theirs, not the damages card's, whatever
    else it shares with that card's bank ("file", "complaint")."""
    return bool(_LAWYER.search(question)) and not _NOT_A_LAWYER.search(question)

#: A heavier penalty asked: "more harshly", "heavier", "가중", "더 무겁게".
_HEAVIER = re.compile(r"\bmore\s+(?:harshly|severely|seriously|heavily|strictly)\b|\b(?:heavier|harsher|stiffer|tougher)\b|aggravat|"
                      r"가중|더\s*(?:무겁|세게|엄하게|엄중|크게\s*처벌)|(?:무겁게|세게)\s*처벌", re.I)


def duty_holder_aggravation_asked(question: str, understanding: Understanding) -> bool:
    """The card on a heavier penalty for one bound to protect children ("aggravation": 청소년성보호법 제18조) fits a question
    that asks a heavier penalty (`_HEAVIER`) and names a teacher (`_TEACHER`): "if one of our own teachers turned out to be
    making deepfakes of his students, does the law punish that more harshly?" was the distribution card's; or that
    tells of a teacher who made it and asks what the teacher faces ("우리 학교 선생님이 학생들 사진으로 합성물
    만들었대요 그 선생님 어떻게 되나요")."""
    return bool(_HEAVIER.search(question) and _TEACHER.search(question)) \
        or bool(TEACHER_DID.search(question)) and "penalty" in understanding.intents


#: Undercover work named, and the material handed over or sold in it: "can undercover cops sell a victim's video".
_UNDERCOVER = re.compile(r"undercover|위장\s*수사|잠입\s*수사|신분\s*(?:위장|비공개)\s*수사", re.I)
_HANDED_OVER = re.compile(r"\b(?:hand(?:ed|ing|s)?\s+(?:\w+\s+)?(?:out|over)|sell\w*|sold|distribut\w*|shar(?:e|es|ed|ing)|"
                          r"suppl(?:y|ies|ied)|provid\w*|give\s+(?:\w+\s+)?away|advertis\w*|use)\b|"
                          r"넘기|넘겨|넘긴|팔|판매|배포|유포|제공|광고|사용", re.I)


#: The offenders' own trade, named as what undercover work is for: "to catch people selling", "판매하는 사람 잡으려고".
_OFFENDERS_TRADE = re.compile(r"\b(?:catch|arrest|find|track\s+down|bust|investigate|identify|stop|target)\s+(?:the\s+)?"
                              r"(?:people|those|anyone|anybody|guys|men|sellers|offenders|someone|somebody|whoever|users|"
                              r"accounts|criminals|perpetrators)\s+(?:who\s+(?:are|were|is|was)\s+)?\w+|"
                              # ... or by what they do ("to catch deepfake sellers", "bust the people trading them")
                              r"\b(?:catch|arrest|find|track\s+down|bust|investigate|identify|stop|target)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:sellers|buyers|traders|dealers|distributors|offenders|criminals|"
                              r"perpetrators|users|accounts|operators|uploaders)\b|"
                              r"\S+\s*(?:하는|는|던)\s*(?:사람|놈|자|범인|가해자|계정)\S{0,2}\s*(?:을|를|들을)?\s*(?:잡|검거|찾|추적|수사)", re.I)


def undercover_without_material(question: str, understanding: Understanding) -> bool:
    """The card on a victim's consent before undercover police hand over her material ("material-handover") assumes
    material handed over: contradicted by a question that names undercover work and nothing handed over in it ("경찰
    위장수사는 성인 피해자 사건도 되나요" asks whom the work reaches: the undercover card's)."""
    return bool(_UNDERCOVER.search(question)) and not _HANDED_OVER.search(_OFFENDERS_TRADE.sub(" ", question))


def undercover_material_asked(question: str, understanding: Understanding) -> bool:
    """The card on a victim's consent before undercover police hand over or sell her material ("consent" beside
    "undercover") fits a question that names undercover work and material handed over in it, not the offenders'
    trade the work is to catch ("can the police go undercover to catch people selling deepfakes of kids": the
    undercover cards')."""
    return bool(_UNDERCOVER.search(question) and _HANDED_OVER.search(_OFFENDERS_TRADE.sub(" ", question)))


#: A school's measures for the one harmed asked ("피해학생 보호조치", "what protective measures can the committee order for
#: my daughter"), not the measures against the one who did it.
_VICTIM_MEASURES = re.compile(
    r"보호\s*조치|피해\s*학생\S*\s*(?:\S+\s*){0,2}?(?:위한|에게|에\s*대한)\s*(?:\S+\s*)?조치|"
    r"\b(?:protective|protection)\s+measures?\b|\bmeasures?\s+(?:to\s+protect|for\s+(?:the\s+)?(?:victim|my\s+(?:daughter|son|child|kid)|"
    r"her|him|them))\b|\bprotect(?:ion)?\s+(?:for\s+)?(?:the\s+)?(?:victim|my\s+(?:daughter|son|child|kid))\b", re.I)


def victim_measures_asked(question: str, understanding: Understanding) -> bool:
    """The card on the measures that protect a student harmed ("victim-measures": 학교폭력예방법 제16조) fits a question
    that asks them (`_VICTIM_MEASURES`)."""
    return bool(_VICTIM_MEASURES.search(question))


#: A local government named: "지자체", "시·도", "구청", "local government", "city hall".
_LOCAL_GOVERNMENT = re.compile(r"지자체|지방\s*자치\s*단체|(?<![가-힣])시\s*[·ㆍ.]?\s*도(?![가-힣])|시청|구청|군청|도청|"
                               r"\blocal\s+(?:governments?|authorit(?:y|ies)|councils?)\b|\bmunicipal\w*|\bcity\s+hall\b|"
                               r"\bprovincial\s+government", re.I)


def local_deletion_asked(question: str, understanding: Understanding) -> bool:
    """The card on what local governments do in deletion support ("local-government": 성폭력방지법 제7조의3, from
    2025-04-17) fits a question that names a local government beside a removal ("이제 지자체도 삭제지원 한다는데 근거
    조항이랑 시행일은?"), not one about the state's duties in general."""
    return bool(_LOCAL_GOVERNMENT.search(question) and _REMOVAL.search(question))


#: Drink or drugs told of the one who did it: "blackout drunk", "wasted", "술 취해서", "만취", "약 먹고".
_INTOXICATED = re.compile(r"\bdrunk\b|\bintoxicat\w*|\bwasted\b|\bhigh\s+(?:on|when|at\s+the\s+time)|\bon\s+drugs\b|\balcohol\b|"
                          r"술\s*(?:에\s*)?(?:취|먹|마시)|취해서|취한\s*상태|만취|음주|약물|약\s*(?:을\s*)?먹고", re.I)


def intoxication_stated(question: str, understanding: Understanding) -> bool:
    """The card on drink or drugs and a lighter sentence ("intoxication": 성폭력처벌법 제20조) fits a question that tells
    of them (`_INTOXICATED`): "he was blackout drunk when he made it; can that reduce his sentence?" was the
    distribution card's, whose act and penalty it also states."""
    return bool(_INTOXICATED.search(question))


#: Somewhere besides the police asked, to have a post blocked ("Besides the police, where can we report it to get it
#: blocked?", "경찰 말고 차단 요청은 어디에 해요?"): the standards commission's.
_BLOCKING_ELSEWHERE = re.compile(r"(?:besides|apart\s+from|other\s+than|except)\s+(?:the\s+)?(?:police|cops)\b.{0,80}\bblock|"
                                 r"\bblock\w*.{0,80}(?:besides|apart\s+from|other\s+than)\s+(?:the\s+)?(?:police|cops)\b|"
                                 r"경찰\s*(?:말고|외에|말고도|빼고).{0,40}차단|차단.{0,40}경찰\s*(?:말고|외에|말고도|빼고)", re.I)


def kocsc_named(question: str, understanding: Understanding) -> bool:
    """The commission's card ("kocsc") fits a question that names the commission (`_KOCSC`), or asks where besides the
    police a post can be reported to be blocked (`_BLOCKING_ELSEWHERE`)."""
    return bool(_KOCSC.search(question) or _BLOCKING_ELSEWHERE.search(question))


#: School violence named as what is reported: "학교폭력", "학폭", "school violence", "bullying".
_SCHOOL_VIOLENCE = re.compile(r"학교\s*폭력|학폭|school[\s-]+violence|bully", re.I)


def school_violence_duty_asked(question: str, understanding: Understanding) -> bool:
    """The card on the School Violence Act's duty to report ("school-violence-reporting") fits a question that asks the
    duty to report (`reporting_duty_asked`) of school violence or under that act, not of a sex crime against a pupil (the
    youth law's duty)."""
    return reporting_duty_asked(question, understanding) and bool(_SCHOOL_VIOLENCE.search(question))


#: A child or a student named as the one a decision was made about ("아들이 … 전학 조치를 받았는데", "my daughter got
#: suspended").
_PUPIL = re.compile(r"아들|딸|자녀|아이|학생|중학생|고등학생|\b(?:son|daughter|kid|child|student|pupil)s?\b", re.I)


def teacher_not_named(question: str, understanding: Understanding) -> bool:
    """The teachers' appeal card ("appeal": 교원소청심사) assumes a teacher was disciplined. A parent asking how to
    challenge the measure taken against their child ("아들이 심의위원회에서 전학 조치를 받았는데 불복하려면") names
    a pupil and no teacher: contradicted (the school violence appeal is theirs)."""
    return bool(_PUPIL.search(question)) and not _TEACHER.search(question)


def stalking_alone(question: str, understanding: Understanding) -> bool:
    """The cards on complaints ("complaint": settling or withdrawing, time limits) speak of the sexual crimes laws. A
    question of stalking alone ("if i settle with my stalker does the case get dropped") is the stalking law's,
    whose own rule (스토킹처벌법 제18조③, deleted 2023-07-11) its card gives: contradicted."""
    return bool(_STALKING.search(question)) and not _NOT_PLAIN_STALKING.search(question)


#: The one reported denying it: "accused … says he didn't", "falsely accused", "누명", "범인으로 몰렸는데", "본인은 아니래요".
_ACCUSED_DENYING = re.compile(r"\b(?:falsely|wrongly|wrongfully)\s+accused\b|\baccused\b[^.?!]{0,60}\b(?:didn'?t|did\s+not|never|denies|"
                              r"innocent)\b|\b(?:swears|insists|says)\s+(?:he|she|they|i)\s+(?:didn'?t|did\s+not|never)\b|"
                              r"\b(?:reported|blamed)\s+for\s+(?:a|the)\s+\w+\s+(?:he|she|they|i)\s+(?:swears|says|insists|never|didn'?t)|"
                              r"누명|억울하게|몰렸|몰리고|(?:본인|자기|우리\s*애|아들|딸)\S{0,2}\s*(?:\S+\s*)?(?:아니래|아니라고|아니라는데|안\s*했대|"
                              r"안\s*했다고|안했대|안했다고)|(?:가해자|가해\s*학생|범인)\S{0,2}\s*(?:로|으로)\s*(?:지목|의심|신고)", re.I)


def accused_denying(question: str, understanding: Understanding) -> bool:
    """The card on an accused student's rights before the committee ("accused-student") fits a question that tells of
    one reported who denies it ("my son is accused of making a deepfake but he says he didn't"), not one harmed who
    says the offender lies ("가해학생이 자기는 안 했다고 거짓말해요")."""
    return bool(_ACCUSED_DENYING.search(question)) and not _DENIAL_DISBELIEVED.search(question)


#: A denial called a lie: "거짓말", "발뺌", "잡아떼", "he's lying".
_DENIAL_DISBELIEVED = re.compile(r"거짓말|발뺌|잡아떼|오리발|\blying\b|\blies\b|\bliar\b", re.I)


#: A card topic → the check of whether a question contradicts the premise it names.
CONTRADICTED = {"juvenile": young_offender_contradicted, "teacher-victim": teacher_harmed_contradicted, "under-13": child_harmed_contradicted,
                "ai": ai_law_contradicted, "stalking": stalking_contradicted, "child-shown": child_shown_contradicted,
                "minors": adult_named, "adults": young_victim_named, "figures": figures_not_asked, "bystander": asker_shown, "penalty": help_asked,
                "compensation": money_contradicted, "self-resolution": committee_decided, "prevention": measure_asked,
                "prevention-education": measure_asked, "school": at_university,
                "imprisonment": school_points_named, "appeal": teacher_not_named, "complaint": stalking_alone,
                "covert-filming": filming_agreed, "parent-doer": parent_doer_contradicted, "deepfake": not_sexual_stated,
                "not-sexual": sexual_material_named, "legal-definition": law_at_a_date_asked,
                "recorded-statement": statement_not_named, "material-handover": undercover_without_material,
                "corporate-liability": removal_failure_asked}
#: A card topic → the check of whether a question states the premise it names.
STATED = {"juvenile": young_offender_stated, "penalty": penalty_asked, "stalking": stalking_stated,
          "deletion": deletion_asked, "workplace": work_harm_stated, "bystander": bystander_stated,
          "imprisonment": fine_or_prison_asked, "appeals": appeal_asked, "victim-identity": victim_identity_stated,
          "school-measures": school_punishment_asked, "limitation-period": limitation_asked,
          "not-sexual": not_sexual_stated, "reporting-institutions": other_institution_duty_asked,
          "representation": drawn_minor_stated,
          "identity": identity_asked, "evidence": evidence_asked, "history": history_asked,
          "mandatory-reporting": reporting_duty_asked, "comparison": comparison_asked,
          "corporate-liability": business_punished_asked, "settlement": settlement_stated, "minors": young_class_stated,
          "self-resolution": self_resolution_named, "platform": platform_named, "representative": on_behalf_asked,
          "police": police_duty_asked, "school-violence-reporting": school_violence_duty_asked,
          "kocsc": kocsc_named, "teachers-rights-committee": teacher_measures_asked, "registration": register_named,
          "recorded-statement": recording_asked, "cost": deletion_cost_asked, "deletion-time": deletion_time_asked,
          "lawyer": lawyer_named, "covert-filming": covert_filming_told, "juvenile-court": responsibility_age_asked,
          "parents-told": parents_told_at_school,
          "aggravation": duty_holder_aggravation_asked, "consent": undercover_material_asked,
          "victim-measures": victim_measures_asked, "local-government": local_deletion_asked,
          "teacher-victim": teacher_harmed_stated, "intoxication": intoxication_stated, "cover-up": cover_up_stated,
          "ai": ai_business_named, "accused-student": accused_denying, "legal-definition": ai_excuse_told,
          "police-report": report_only_asked, "police-optional": deletion_without_police_asked,
          **ASKED_PREMISES}
#: ... and of whether it asks the penalty of an act the topic names (`_conduct_asked`).
ACT_STATED = {topic: _conduct_asked(conduct) for topic, conduct in CONDUCT_TOPICS.items()}


#: Acts that qualify another (an attempt at it, doing it habitually): a card is about one only when it names it first.
_QUALIFYING_ACTS = {"attempt", "habitual"}


def _acts(topics: list[str]) -> list[str]:
    """The acts a card is about: its act topics, without attempts and habitual offending unless the card is about
    them (the attempts card names threats, the production card names attempts: neither is about the other)."""
    acts = [t for t in topics if t in ACT_STATED]
    if acts and acts[0] in _QUALIFYING_ACTS:
        return acts[:1]
    return [t for t in acts if t not in _QUALIFYING_ACTS]


def premise(question: str, understanding: Understanding, topics: list[str]) -> int:
    """-1 when the question contradicts a premise one of the card's ``topics`` names, else how many of the
    premises they name it states (a young offender's card on punishment states two of "what does he get?"); the
    acts a card names count once, however many of them the question names (a card that names attempts and habitual
    offending beside its own act is no better for it)."""
    if any(CONTRADICTED[t](question, understanding) for t in topics if t in CONTRADICTED):
        return -1
    if material_contradicted(question, understanding, topics):
        return -1
    if child_doer_contradicted(question, topics):
        return -1
    if business_asked_not_doer(question, understanding, topics):
        return -1
    if {"possession", "penalty"} <= set(topics) and own_evidence_kept(question):  # evidence kept: `kb.answer.evidence`
        return -1
    if understanding.drawn_minor and {"deepfake", "illegal-filming"} & set(topics) and "csam" not in topics:
        return -1  # a drawn figure is no real person's image: the deepfake and filming articles' cards do not reach it
    return sum(STATED[t](question, understanding) for t in topics if t in STATED) \
        + any(ACT_STATED[t](question, understanding) for t in _acts(topics))


#: Premises that name what a question asks, not the situation it tells: a card whose own is stated answers the
#: question however far its bank is from the story told before it (`kb.answer.routing.BankRouter.route`). Harm done
#: at work is asked ("my boss found out about the deepfake and now he wants me to quit. is that legal"), whatever
#: other banks share the story's words ("wants", "found out", "about the deepfake").
ASKED = ("identity", "evidence", "workplace", "limitation-period", "stay-away-order", "victim-identity", "separation",
         "school-measures", "kocsc", "cost", "deletion-time", "juvenile-court", "parents-told",
         "aggravation", "consent", "victim-measures",
         "local-government", "intoxication", "cover-up", "not-sexual", "reporting-institutions",
         "representation", "registration-coverage", "school-secrecy", "legal-definition", "police-report",
         "police-optional", "labelling", "reporter-protection", "self-resolution",
         "victim-sex", "what-to-do", "urgent-measures", "damages",
         "outside-school")


#: Situations told that a card answers, however far its bank: `kb.answer.told.TOLD`, and a teacher harmed (the words of
#: teachers' protection: "which law covers deepfakes of teachers made by students" is the teachers' cards' question).
_TOLD = {**TOLD, "teacher-victim": teacher_harmed_stated}


def asks_what_card_answers(question: str, understanding: Understanding, topics: list[str]) -> bool:
    """Whether the question asks what a card with ``topics`` answers (one of its `ASKED` premises stated), or tells
    a situation it answers (`TOLD`), and contradicts none of its premises."""
    return (any(STATED[t](question, understanding) for t in ASKED if t in topics)
            or any(told(question, understanding) for t, told in _TOLD.items() if t in topics)) \
        and premise(question, understanding, topics) > 0
