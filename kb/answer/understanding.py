"""Question understanding: language, intent, persona and the entities that decide an answer.

Rule- and glossary-based: keyword tables in Korean and English (everyday words and slang included)
map a question to an intent (penalty, reporting, deletion, school discipline, …), the conduct and
material it is about, the victim's age, a date it implies ("before October 2024" → as of
2024-10-15) and who is probably asking.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.answer.dates import CHANGED_IN, implied_date  # noqa: F401 (implied_date: read from here too)
from kb.answer.disclosure import identity_not_image
from kb.answer.safety import speaks_as_victim
from kb.answer.scope import in_scope
from kb.answer.yes_no import asks_yes_no
from kb.law.vocabulary import GAPS_NAMED
from kb.sources.documents import detect_language

#: Whether one may delete one's own copy ("지워도 돼요?", "should i delete his messages"): a question of what to keep.
OWN_COPY_DELETION = (r"지워도\s*(?:되|돼)|지우면\s*안\s*(?:되|돼)|삭제해도\s*(?:되|돼)|"
                     r"\b(?:should|can|may) (?:i|we) (?:delete|erase)\b|\bok(?:ay)? (?:if i|to) delete\b")
#: Taken off the internet, in everyday words: "get it off instagram", "who pays to get it taken off the internet".
OFF_THE_INTERNET = (r"\b(?:take|taken|taking|get|got|getting)\s+(?:(?:it|them|this|that|those|these|the\s+\w+)\s+)?off\s+"
                    r"(?:the\s+|a\s+|an\s+|that\s+|this\s+|my\s+|their\s+)?(?:internet|web|net|online|site|sites|website|"
                    r"websites|app|instagram|insta|twitter|x|telegram|tiktok|facebook|youtube|discord|kakao\w*|"
                    r"social\s+media|platforms?|there)\b|"
                    # "get a deepfake video of me taken off a website", "have them removed from the site"
                    r"\b(?:taken|removed|deleted|pulled)\s+(?:off|down|from)\b")
#: The age from which one can be punished asked: "what age do you have to be to be charged", "how old before you can
#: go to jail", "the age of criminal responsibility", "몇 살부터 처벌받아요", "형사책임 나이".
AGE_OF_RESPONSIBILITY = re.compile(r"\b(?:what|which|minimum)\s+age\b|\b(?:youngest|lowest|minimum)\s+(?:\w+\s+)?age\b|"
                                   r"\bhow\s+old\b[^?.!]{0,40}\b(?:charged|punish\w*|"
                                   r"prosecuted|jail|prison|arrested|responsible|trouble)|age\s+of\s+(?:criminal\s+)?"
                                   r"responsibility|몇\s*살\s*(?:부터|이상|미만|까지)|(?:나이|연령)\S*\s*(?:\S+\s*)?(?:부터|기준)|"
                                   r"형사\s*(?:책임|미성년)|(?:최소|최저|제일\s*어린|가장\s*어린)\s*(?:\S+\s*)?(?:나이|연령|몇\s*살)", re.I)

#: A teacher told as the one who made or spread the image ("우리 학교 선생님이 학생들 사진으로 합성물 만들었대요", "our
#: homeroom teacher made deepfakes of students"): the teacher did it, nobody harmed a teacher.
TEACHER_DID = re.compile(r"(?:선생님|교사|담임|쌤|교감|교장)(?:이|가|께서|님이)\s*(?:(?!\S*(?:한테|에게))\S+\s*){0,5}?"
                         r"(?:만들|만든|합성했|합성한|편집했|올렸|올린|뿌렸|뿌린|퍼뜨|유포|찍었|찍은|몰래\s*찍)|"
                         r"\b(?:a|the|my|our|his|her|their|one\s+of\s+(?:our|the|my))\s+(?:\w+\s+)?teachers?\s+(?:(?!(?:and|or|but|with)\b)\w+\s+){0,2}?"
                         # (not the teacher's image made by others: "fake nudes of a teacher made by pupils")
                         r"(?:made|makes|making|created|posted|shared|spread|edited|filmed|generated)\b(?!\s+(?:by|of)\b)|"
                         # the one who did it named as a teacher: "what if the perpetrator is a teacher", "가해자가 선생님이면"
                         r"\b(?:perpetrator|offender|culprit|abuser|attacker|suspect|(?:person|one|guy)\s+(?:who|that)\s+"
                         r"(?:did|made|posted|created)\s+(?:it|this|them))\s+(?:is|was|turns\s+out\s+to\s+be|turned\s+out\s+to\s+be)\s+"
                         r"(?:a|an|my|our|the|one\s+of\s+(?:my|our|the))\s+(?:\w+\s+)?teachers?\b|"
                         r"(?:가해자|범인|만든\s*사람|올린\s*사람)(?:가|이|는|은)\s*(?:\S+\s*)?(?:선생님|교사|담임|쌤)", re.I)
#: Which offence an act is, weighed against another's: "is that the same law as deepfakes?", "같은 죄예요?".
SAME_LAW = r"\bsame\s+(?:law|laws|crime|offen[cs]e|article|charge)\b|같은\s*(?:법|죄|조항|범죄|처벌)"
#: A prison term asked in years, in Korean: "최대 몇 년 받음?", "최소 몇 년이에요", "팔면 몇 년 살아요", "하면 몇 년형이에요";
#: not a length of time ("몇 년 지나면", "몇 년 동안 남아요", "몇 년부터").
PRISON_YEARS_KO = (r"몇\s*년\s*(?:을|이나|씩)?\s*(?:받|살|나오|나와|형|징역|감옥|교도소)|(?:최대|최소|최저|최고|적어도)\s*몇\s*년|"
                   # (a record kept or a time limit is no prison term: "등록되면 몇 년이에요", "공소시효는 … 몇 년")
                   r"^(?!.*(?:등록|기록|보존|보관|공개|제한|시효|유효|남아|남는))[^?？]*?(?:하면|으면|[가-힣]면)\s*(?:보통\s*)?몇\s*년(?:\s*(?:이에요|이예요|이야|인가|인지|임|이죠|일까|정도|쯤|짜리)|\s*[?？]|$)")
#: intent → patterns (checked in order of the table; several intents can match).
INTENTS: dict[str, tuple[str, ...]] = {
    "penalty": (r"처벌", r"형량", r"징역", r"벌금", r"감형", r"감경", r"형이?\s*(?:줄어|깎|낮아|가벼워)", r"감옥", r"감방", r"교도소", r"소년원", r"형벌", r"벌\s*받", r"죄가?\s*(되|돼|인가)",
                r"불법인가", r"불법(?:이에요|이예요|이야|인지|일까|임|이죠|이냐|이에여|인가요|입니까)", r"범죄인가", PRISON_YEARS_KO, r"범죄(?:예요|에요|이에요|임|냐|일까|인지|죠|야(?![가-힣]))", r"penalt", r"punish", r"prison", r"jail", r"sentence", r"fine[ds]?\b",
                # "how many yrs for making a deepfake"
                r"\bhow\s+many\s+(?:yrs|years)\s+(?:for|do|does|would|will|can|could|is|in|if)\b",
                r"\bstatutory\s+(?:max|maximum|range|cap|ceiling)\b",
                r"\bcrime\b",
                # an offence named as what the act is: "is that extortion?", "isn't this blackmail?"
                r"\b(?:is|isn'?t|was|wasn'?t)\s+(?:that|this|it)\s+(?:\w+\s+)?(?:extortion|blackmail|harassment|sextortion|"
                r"an?\s+offen[cs]e)\b",
                # "does korea have a law against AI generated sexual images of minors", "is there legislation banning it"
                r"\b(?:laws?|legislation|statutes?)\s+(?:against|banning|prohibiting|that\s+(?:bans?|prohibits?|punish\w*))\b",
                # which offence an act is, weighed against another: "is that the same law as deepfakes?", "같은 죄예요?"
                SAME_LAW,
                # not the material's or the act's name: "illegally filmed material", "illegal filming", "illegal information"
                r"\billegal\b(?!\s+(?:filming|recording|footage|information|content|material|images?|videos?|photos?|cameras?|"
                r"spycams?|sites?|uploads?|posts?))", r"against the law", r"get in trouble", r"\b(?:am|are|is|will|would)\s+(?:i|we|he|she|they|you)\s+(?:\w+\s+){0,2}?in\s+trouble\b", r"arrest",
                r"\b(?:be|get|got|getting|been|being) (?:charged|prosecuted|convicted)\b", r"criminal record",
                r"\bcriminal\s+offen[cs]es?\b", r"\b(?:am|are|is|will|would|could|can)\s+(?:i|we|he|she|they|you|u)\s+(?:be\s+|get\s+)?in\s+(?:big\s+|serious\s+|legal\s+)?trouble\b", r"\b(?:become|became|made)\s+(?:a\s+)?(?:crime|illegal|an\s+offen[cs]e)\b",
                # whether something undoes the offence: "does deleting it make it ok", "is he off the hook"
                r"\bmakes?\s+it\s+(?:ok|okay|fine|alright|legal|not\s+(?:a\s+)?crime)\b", r"\b(?:in\s+the\s+clear|off\s+the\s+hook)\b",
                # the weight the law gives it: "is that treated more seriously because she's a minor?"
                r"\b(?:treated|punished|dealt\s+with|sentenced|judged|taken)\s+(?:\w+\s+)?more\s+(?:seriously|harshly|severely|heavily)\b",
                # what happens to one who does an act: "what happens if you download …", "… to someone who sells …"
                r"\bwhat\s+(?:happens|will\s+happen|would\s+happen|could\s+happen)\s+(?:to\s+(?:\w+\s+){1,2}(?:who|that)|"
                r"(?:if|when)\s+(?:you|u|someone|somebody|people|a\s+person|they|he|she|i|we|(?:my|a|the)\s+\w+))\s+"
                r"(?:\w+\s+)?(?:download|save|saves|saved|watch|view|possess|make|makes|made|create|share|shares|shared|"
                r"post|posts|posted|sell|sells|sold|spread|distribut|threaten|edit|upload|forward|buy|bought)",
                # ... or to the one who did it, named after the act: "my son made one. what happens to him / to a
                # child that young?"
                r"\bwhat\s+(?:happens|will\s+happen|would\s+happen|could\s+happen)\s+to\s+(?:him|them|(?:my|our)\s+(?:son|kid|"
                r"child|boy)|(?:a|an)\s+(?:child|kid|boy|girl|minor|student)\s+(?:that|this|so)\s+young|someone\s+(?:that|this|"
                r"so)\s+young)\b"),
    "reporting": (r"신고", r"고소", r"경찰", r"112", r"어디에?\s*(말|알리|연락)", r"도와\s*주", r"도움", r"상담",
                  r"report", r"police", r"\bcops?\b", r"complain", r"who (do|should) i (tell|call|contact)", r"help"),
    "deletion": (r"삭제", r"지우", r"지워", r"내려", r"차단", r"유포.*막", r"퍼지", r"delet", r"remov", r"take.{0,10}down",
                 r"taken down", r"block", r"stop.{0,20}spread",
                 OFF_THE_INTERNET),
    "school_discipline": (r"학폭", r"학교폭력", r"심의위", r"가해\s*학생", r"징계", r"전학", r"퇴학", r"출석\s*정지",
                          r"학급\s*교체", r"서면\s*사과", r"school.?violence", r"disciplin", r"expel", r"expulsion",
                          r"suspen", r"transfer", r"committee",
                          # a transfer or a change of class in everyday words: "make him change schools"
                          r"\b(?:chang|switch)\w*\s+(?:schools?|class(?:es|rooms?)?)\b",
                          r"\bmov\w*\s+(?:him|her|them)\s+to\s+(?:another|a\s+different|a\s+new)\s+(?:school|class)\b"),
    "duty_to_report": (r"신고\s*의무", r"신고해야", r"신고\s*(?:도|는|를|까지)\s*해야", r"신고\s*해야\s*하", r"알려야\s*하", r"보고\s*해야", r"must i report",
                       r"have to report", r"obliged to report", r"duty to report", r"mandatory report",
                       r"mandated\s+reporters?", r"(?:required|obligated|bound)\s+to\s+report",
                       # the report named by the one it goes to: "am I legally obliged to call the police myself"
                       r"(?:required|obligated|obliged|bound|duty|have|has|need|needs)\s+to\s+(?:call|contact|tell|inform|notify|"
                       r"alert)\s+(?:the\s+)?(?:police|cops|authorities|investigators?)"),
    "teacher_protection": (r"교권", r"교육활동\s*침해", r"교사.*피해", r"선생님.*(합성|딥페)", r"teacher.*(victim|target)",
                           # sent to a teacher by a student or a parent: "a teacher got a deepfake sent to her by a parent"
                           r"\bteachers?\b[^.?!]{0,50}\b(?:by|from)\s+(?:a|the|one\s+of\s+(?:the|her|his)|her|his)\s+"
                           r"(?:students?|pupils?|parents?)\b",
                           r"teachers?'? (rights|protection)", r"educational activit",
                           # the image of a teacher named: "which law covers deepfakes of teachers made by students"
                           r"\b(?:deepfakes?|fakes?|nudes?|edits?|pics?|photos?|images?|videos?|porn|material)\s+of\s+(?:a\s+|the\s+|our\s+|my\s+|"
                           r"their\s+|his\s+|her\s+)?(?:\w+\s+)?teachers?\b"),
    "history": (r"이전에?는", r"전에는", r"개정", r"바뀌", r"달라졌", r"언제부터", r"당시", r"예전",
                # (not a step of the case: "before the committee meets", "before the hearing")
                r"\bbefore\s+(?:the\s+(?!(?:\w+\s+)?(?:committee|deliberation|hearing|meeting|trial|court|judge|decision|"
                r"verdict|police|investigation|principal|school|victim|offender|student|teacher|parents?|end|start)\b)|"
                r"that\b|then\b|it\s+was|(?:19|20)\d\d|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                r"until",
                r"since when", r"\bfrom\s+(?:what|which)\s+(?:date|day|year)\b", r"\bsince\s+(?:what|which)\s+(?:date|day|year)\b",
                r"\bswitch(?:ed|es)?\s+from\b", r"\brenam(?:e|ed|ing)\b", r"changed?(?!\s+(?:of\s+)?(?:schools?|class(?:es|rooms?)?|seats?|homerooms?)\b)", r"amend", r"history", r"used to", r"at the time", r"\b(19|20)\d\d\b"),
    "statistics": (r"몇\s*(명|건|개)", r"통계", r"얼마나\s*많", r"비율", r"퍼센트", r"%",
                   r"how many(?!\s+(?:days|weeks|months|years|hours|times)\b)", r"statistic",
                   r"percent", r"number of (victims|cases)", r"survey"),
    "definition": (r"뭐(야|예요|에요|임)", r"무엇인가", r"뜻", r"정의", r"란\??$", r"what is", r"what does .* mean",
                   r"definition", r"meaning of"),
    "evidence": (r"증거", r"캡처", r"캡쳐", r"스크린샷", r"저장해\s*둬", r"evidence", r"screenshot", r"proof", r"record",
                 # what to keep, and whether one may delete one's own copy: "뭘 남겨둬야", "지워도 돼요?", "should i delete"
                 r"(?:남겨|챙겨|보관해)\s*(?:둬|두|놔|놓)", OWN_COPY_DELETION),
}
#: What kind of answer a question wants (a penalty, a date, a length of time, a count, an amount, a phone
#: number, a place to turn to, a list) → the patterns of the question that ask for it. The answer prefers lines that hold one.
ASKS_FOR: dict[str, tuple[str, ...]] = {
    "penalty": (r"처벌", r"형량", r"법정형", r"징역", r"벌금", r"과태료", r"penalt", r"punish", r"sentence", r"(?<!out of )(?<!from )prison",
                r"\bfined?\b", r"\bjail", r"\b(?:do|doing|serve|much) time\b",
                # an aide's shorthand for the penalty: "the statutory max for …", "the max he can get"
                r"\bstatutory\s+(?:max|maximum|range|cap|ceiling)\b", r"\bmax(?:imum)?\s+(?:\w+\s+)?(?:can|could|would)\s+get\b",
                # how many years one gets is a prison term, not a length of time: "최대 몇 년 받음?", "how many years could he get"
                PRISON_YEARS_KO,
                r"how (many years|long) (will|would|could|can|do|does|might) \w+( \w+)? (get|serve|go away|do time)\b",
                # what follows a duty not done: "신고 안 하면 어떤 불이익이 있어요?", "what happens if a teacher doesn't report"
                r"(?:안|않|못)\s*(?:하|지키|내|알리)\S*\s*(?:면|으면|는\s*경우)\s*(?:\S+\s*){0,2}?(?:불이익|제재|어떻게\s*(?:돼|되|됩))",
                r"\bwhat happens (?:to \w+ )?if (?:a |an |the |my |our |his |her )?\w+ (?:doesn'?t|does not|fails? to|don'?t|didn'?t|never)\b",
                r"\b(?:consequences?|sanctions?) (?:for|of) (?:not|failing)\b"),
    "date": (r"언제(?!\s*까지)", r"시행일", r"날짜", r"몇\s*년\s*(부터|에)", r"since when", r"what (?:exact |specific |precise )?date",
             r"which (?:exact )?(?:year|date)", r"from when\b", r"on what day",
             r"when (did|does|was|will)\b.{0,40}(take effect|come into force|start|begin|apply|added|introduced|switch|"
             r"chang|renam|replac)",
             # "when exactly did simply possessing a deepfake become a criminal offence"
             r"when (?:\w+ )?(did|does|was|will)\b.{0,60}\b(become|became|made)\b.{0,25}\b(crime|criminal|illegal|offen[cs]e|punishable)",
             r"effective date"),
    "duration": (r"며칠", r"기한", r"언제까지", r"by when", r"until when", r"몇\s*(일|개월|달|시간)",
                 # "몇 년" of a prison term is the penalty ("최대 몇 년 받음?"), not a length of time
                 rf"^(?!.*(?:{PRISON_YEARS_KO})).*몇\s*년", r"얼마\s*동안", r"주기", r"how long",
                 r"how many (days|months|years|hours)", r"deadline", r"time limit", r"how often", r"within how", r"how soon",

                 # an aide's wording: "within what period", "how far in advance", "the maximum duration of"
                 r"within what (period|time|timeframe|time frame)", r"\bhow far (ahead|in advance)",
                 r"\b(maximum|max|longest) (duration|length|period)",
                 # a measure's length and its extensions: "기간이 얼마나 되고 연장도 되나요", "몇 번까지 연장돼요",
                 # "can it be extended" (how many times is a count)
                 r"기간\S*\s*(?:이\s*|은\s*)?(?:얼마|어느\s*정도|어떻게|몇)", r"연장\S*\s*(?:도\s*|이\s*)?(?:되|돼|가능|몇|할\s*수)",
                 r"몇\s*(?:번|차례)\s*(?:까지\s*)?연장", r"\b(?:can|could) (?:it|they|the \w+) be extended\b"),
    # how fast a thing must be done ("how quickly must they be put in place", "얼마나 빨리"): a length of time or promptness
    "speed": (r"\bhow (?:fast|quickly)\b", r"얼마나\s*(?:빨리|신속)",
              # "삭제 지원 받는 데 얼마나 걸려요", "시간이 얼마나 걸리나요"
              r"얼마나\s*(?:오래\s*)?걸", r"시간\S{0,2}\s*얼마나"),
    "count": (r"몇\s*(명|건|가지|개(?!월)|호|곳)", r"how many (?!days|months|years|hours)"),
    "amount": (r"얼마(?!\s*동안|나)", r"비용", r"금액", r"how much", r"\bcost",
               # who pays, and whether it costs anything: "치료비는 누가 내요?", "돈 들어요?", "is it free?"
               r"누가\s*(내|부담|지불|대\s*주)", r"돈\s*(이\s*)?(들|내야|드나|드나요)", r"공짜|무료",
               r"\bwho (pays|covers|bears|foots)\b", r"\bfree( of charge)?(?=\s*(for\b|\?|$))", r"\bpay for\b",
               r"\bafford\b"),
    "phone": (r"번호", r"전화", r"연락처", r"몇\s*번\s*(?:으로|에\s*(?:전화|신고|연락)|이(?:에요|예요|야|지|죠|고|냐))",
              # a phone to call, not the phone that holds the file ("on your phone", "from his phone")
              r"(?<!on my )(?<!on your )(?<!on his )(?<!on her )(?<!on their )(?<!on our )(?<!from my )(?<!from his )"
              r"(?<!from her )(?<!in my )(?<!in his )(?<!in her )\bphone(?!s?\s+(?:gallery|storage|camera|memory|album)\b)",
              r"hotline", r"number to call", r"\b(?:what|wat|wut|which)(?:'s| is)? (?:the )?number\b",
              r"\bnumber\s+(?:do|should|can|shall)\s+(?:i|we|you)\s+(?:\w+\s+){0,2}?(?:call|ring|dial|text)\b",
              r"\bwho (do|can|should|could) (i|we|you) (call|ring|contact)\b"),
    # where to go or whom to turn to: "어디다 신고해요?", "어디에 불복하면 되고", "which agency handles it", "where do i report"
    # (not "어디 올린 적은 없다" nor "where would i be sitting")
    "place": (r"어디(?:에|로|다|에다|에서|서)?\s*(?:가서\s*)?(?:신고|신청|요청|연락|상담|문의|불복|이의|접수|제출|도움|물어|"
              r"알려야|받을|받아|받나|받으|가야|가면|관리|담당|맡)",
              r"(?:기관|곳|데|센터|부처)(?:은|는|이|가)?\s*어디", r"어느\s*(?:기관|곳|센터|부처|쪽)",
              # the thing to do named before where: "삭제 요청 어디서 해요?", "신고는 어디로 하나요"
              r"(?:신고|신청|요청|상담|문의|접수|삭제)(?:는|은|를|을)?\s*어디(?:에|로|다|에다|에서|서)?\s*(?:해|하|받|가|넣)",
              r"\bwhere (?:do|can|should|could|would|must|does|did) (?:i|we|you|they|he|she|one|victims?|parents?|students?|"
              r"teachers?|schools?|a (?:victim|parent|student|teacher|school))\s+(?:go|report|file|apply|ask|turn|get|"
              r"call|send|submit|complain|appeal|find|request|seek|take|lodge|contact)\b",
              r"\bwhere to (?:go|report|file|apply|ask|turn|get|call|send|submit|complain|appeal|find|request|seek)\b",
              r"\bwhich (?:agency|office|authority|body|institution|organi[sz]ation|centre|center|ministry|department)\b"),
    "list": (r"종류", r"전부", r"모두\s*(알려|말해|정리|나열)", r"다\s*(알려|말해)", r"목록", r"리스트", r"뭐뭐", r"무엇무엇",
             r"어떤\s*것들", r"어떤\s*(?:조치|처분|징계)(?:들)?(?:를|을|가|이|는|은)?\s*(?:할\s*수|내릴\s*수|받|하나|할까|있|되|내려)", r"\blist\b", r"\ball (the|of the) (measures|steps|types|kinds|options|duties|rights)\b",
             r"\b(kinds|types) of\b", r"\bwhich (measures|steps|options)\b",
             r"\bwhat\s+(?:punishments|sanctions|(?:disciplinary\s+)?measures|disciplinary\s+actions?)\s+(?:can|could|will|would|does|do|might|may)\b"),
}
#: Where a sentence ends: after its stop, question or exclamation mark and a space (or a line break).
_SENTENCE_END = re.compile(r"(?<=[.?!？。])\s+|\n+")


#: Keeping or saving evidence (a screenshot, the link, a record) is what victims are told to do, not possession.
_EVIDENCE = r"\w*\s+(?:(?:the|any|some|a|all|my|of)\s+)*(?:evidence|records?|proof|screenshots?|links?|urls?|track|notes?)"
_EVIDENCE_KEPT = re.compile(r"\b(evidence|proof|screenshots?|records?)\b\W+(\w+\W+){0,4}(keep|sav|stor)", re.I)
#: A face put on someone else's body: making a deepfake in everyday words ("putting someone's face on porn",
#: "얼굴을 야한 사진에 붙였어요").
_FACE_PUT = (r"\b(?:put|puts|putting|paste[ds]?|pasting|stick|sticks|stuck|swap|swaps|swapped|swapping|photoshop\w*)\s+"
             r"(?:\w+(?:'s)?\s+){0,2}faces?\b|얼굴.{0,12}(?:붙|씌|갖다\s*대)")
#: What one holds when one "has" it: the material itself, or a pronoun for it ("has them on his phone").
_HELD = (r"(?:it|them|this|that|these|those|copies|(?:(?:a|an|the|some|any|such|her|his|their|my|your|fake|ai|"
         r"deepfake|nude|sexual|naked|explicit|those|these)\s+){0,3}(?:deep\s*fakes?|fakes?|videos?|vids?|photos?|pics?|"
         r"pictures?|images?|files?|nudes?|clips?|copy|porn|material|content|stuff))")
CONDUCTS: dict[str, tuple[str, ...]] = {
    # (a composite named as a thing, "합성사진", "합성물", is the material, not an act of making it)
    "make": (r"만들", r"만든", r"만드", r"제작", r"합성(?!\s*(?:사진|물|본|짤|영상|이미지|파일|동영상|피해|돼|되|됐|된))", r"편집(?!물)", r"가공(?!물)", r"생성", r"make", r"made", r"making", r"creat", r"generat(?!ive)", r"\bedit", r"\bproduc",
             r"synthes", r"photoshop", _FACE_PUT),
    "distribute": (r"유포", r"반포", r"퍼뜨", r"퍼트", r"공유", r"올리", r"올렸", r"올린", r"올려", r"배포", r"보내", r"보낸",
                   r"뿌리", r"뿌린", r"뿌려", r"뿌렸", r"보냈", r"share", r"sharing", r"\bpost",
                   r"distribut", r"spread", r"upload", r"\bsen[dt]\b", r"forward"),
    # (not "money": "he keeps offering me money to meet" pays; selling is "sell", "for profit", "made money from")
    "sell": (r"판매", r"팔(?!로|다리|꿈치|찌)", r"돈\s*(?:을\s*)?받(?!아\s*내)", r"돈\s*(?:을\s*)?(?:벌|번\s)", r"영리", r"유료", r"\bsell(?!ers?\b)",
             # a seller, unless the one the asker bought from ("bought a pack … off some discord seller")
             r"^(?!.*\b(?:bought|buy|buying|purchased)\b.{0,100}\bsellers?\b).*\bsellers?\b", r"\bsold\b", r"profit", r"(made|make|making|earn\w*) money", r"\bfor\s+(?:money|cash)\b"),
    # (not "가지고"/"갖고" as the means of another act: "영상 가지고 협박하면", "사진 갖고 장난쳐서")
    "possess": (r"소지", r"가지고(?!\s*(?:\S+\s*)?(?:협박|위협|겁|장난|놀리|괴롭|조롱|돈을?\s*(?:요구|뜯)|올리|올렸|뿌리|뿌렸|퍼뜨))",
                r"갖고(?!\s*(?:\S+\s*)?(?:협박|위협|겁|장난|놀리|괴롭|조롱|돈을?\s*(?:요구|뜯)|올리|올렸|뿌리|뿌렸|퍼뜨))", r"저장", r"구입", r"샀", r"사서", r"주고\s*산", r"산\s*(사람|놈|애)", r"다운",
                # having the material, not "have to", "have a question", "have it taken down"
                r"possess", r"\bpos{1,2}es{1,2}(?:ing|ion|ions|ed)?\b(?<!\bposes)(?<!\bposses)", rf"\b(?:have|has|had|having)\s+(?:got\s+)?{_HELD}\b(?!\s+(?:deleted|removed|taken|blocked|gone|been|become|\w+ed)\b)",
                r"\bcaught with\b", r"\bon (?:his|her|their|my|your) (?:phone|computer|laptop|pc|drive|cloud)\b",
                # "keeps offering", "keeps texting" is no possession
                # (not a register's keeping: "for how many years is the registration kept")
                rf"(?<!registration\s)(?<!records\s)(?<!record\s)(?<!data\s)(?<!details\s)(?<!information\s)"
                rf"\b(?:keep|kept)(?!s?\s+(?:\w+ing\b|on\b))(?!{_EVIDENCE})", rf"\bstor(?:e|ed|es|ing)\b(?!{_EVIDENCE})",
                rf"\bsav(?:e|ed|es|ing)\b(?!{_EVIDENCE})", r"download", r"bought", r"\bbuy"),
    # (a word that holds "view" or "look" is none: "interview", "review", "look for help")
    "view": (r"시청", r"봤", r"보기만", r"눈팅", r"구경", r"보면", r"보는", r"본\s*(사람|애|놈|거|걸|것|사람들)", r"\bview", r"\bwatch",
             # seeing the material, not "see him in court", "see a counsellor"
             r"\b(?:see|saw|seen|seeing)\s+(?:\w+\s+){0,2}?(?:it|them|deep\s*fakes?|fakes?|videos?|vids?|pics?|photos?|"
             r"pictures?|images?|porn|clips?|nudes?|files?|material|content)\b", r"\blook(?:s|ed|ing)?\b(?!\s+(?:for|into|after|like|forward|out|up|around|into|underage|under\s*age|young|older|"
             r"younger|real|fake|\d+|about|as\s+if|as\s+though|at\s+(?:least|most)))"),
    "threaten": (r"협박", r"뿌린다", r"뿌린대", r"퍼뜨린다", r"퍼뜨린대", r"올린대", r"유포한다고", r"유포하겠", r"안\s*보내면",
                 r"threat", r"blackmail", r"sextort", r"\bextort", r"\bunless\b", r"or else",
                 # a demand and the harm if it is not met: "pay money or he will send the deepfakes to my school"
                 r"\bor\s+(?:he|she|they)(?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to|\s+are\s+going\s+to|\s+gonna)\s+"
                 r"(?:show|post|send|share|leak|upload|spread|put|tell)\b",
                 r"\bif (i|you|she|he|we) (don't|do not|won't|doesn't|refuse)\b.{0,30}\b(pay|send|meet|give|do)",
                 r"(안|않)\s*(주면|보내면|만나면)",
                 # a price named for not spreading it ("안 뿌리려면 돈 보내래", "돈 달래요")
                 r"(안|않)\s*(뿌리|올리|퍼뜨|퍼트|유포하|보여\s*주|알리)\S*\s*(려면|을\s*테니|는\s*대신)",
                 # … written as one word, the future's ㄹ in the verb ("안퍼뜨릴테니까 50만원 보내라고")
                 r"(안|않)\s*(뿌릴|올릴|퍼뜨릴|퍼트릴|유포할|보여\s*줄|알릴)\s*(테니|께|게|거니까)",
                 r"(돈|\d+\s*만?\s*원).{0,15}(보내래|보내라|달래|달라고|내놓으래|내놓으라|입금하래|입금하라|송금하래|송금하라)",
                 # "… 안 하면" is a threat when a harm follows ("취하 안 하면 다 뿌린대요"), not a duty left undone
                 # ("신고 안 하면 처벌받아요?")
                 r"(안|않)\s*하면\s*.{0,20}(뿌리|뿌린|퍼뜨|올린|올리겠|유포|보낸대|보낸다|보여\s*준|알린|죽)",
                 # a threat told back: "says he'll show my parents", "keeps saying she will post it"
                 r"\b(?:says|said|saying|told me|tells me|threatens)\s+(?:that\s+)?(?:he|she|they)(?:'ll|\s+will|\s+would|'d|"
                 r"\s+is going to|\s+are going to|\s+gonna)\s+(?:show|post|send|share|leak|upload|spread|put)\b"
                 r"(?!\s+(?:me|us)\b)",
                 r"보여\s*준대|보여\s*준다고|올린다고|퍼뜨린다고|뿌린다고|알린대|알린다고"),
    "coerce": (r"강요", r"시키", r"요구", r"coerc", r"\bforc(?:e|ed|es|ing)\b", r"demand",
               # a threat to make someone do something (send more, meet, drop the case), not only to pay
               r"\bunless (i|you|she|he|we|they) (send|meet|drop|withdraw|settle|sleep|go out|do)",
               # a meeting or a relationship demanded with the threat ("뿌린다고 협박하면서 다시 만나자고 해요")
               r"(?:협박|뿌린다|올린다|퍼뜨린다|유포한다)\S*.{0,30}(?:만나\s*자고|사귀\s*자고|만나\s*달라고)|"
               r"(?:만나\s*자고|사귀\s*자고|만나\s*달라고).{0,30}(?:협박|뿌린다|올린다|퍼뜨린다|유포한다)",
               r"\bif (i|you|she|he|we|they) (don't|do not|won't|doesn't|refuse to) (send|meet|drop|withdraw|settle|sleep)",
               r"(안|않)\s*(보내\s*주?면|만나\s*주?면)", r"(사진|영상|몸캠).{0,12}(보내|찍어\s*보내).{0,6}(라|래|달래|라고|달라)",
               r"(취하|합의).{0,6}(하라|해라|하래|안\s*하면|해\s*달래)"),
    "attempt": (r"미수", r"실패", r"하려다", r"시도", r"attempt", r"\btried\b", r"\btry",
                # stopped before the thing was done ("중간에 그만둬서 완성 안 됐으면", "never finished it")
                r"중간에\s*(?:\S+\s*)?(?:그만|멈|포기)", r"완성\s*(?:이\s*)?(?:안|못)", r"\b(?:never|didn'?t)\s+finish",
                r"\b(?:gave\s+up|stopped)\s+(?:\w+\s+)?(?:halfway|midway|partway)"),
    # ("repeated", "repeatedly", "a repeat offender"; not "keep repeating it" of a statement told again)
    "habitual": (r"상습", r"여러\s*번", r"반복", r"habitual", r"\brepeat(?:s|ed|edly)?\b",
                 # doing it again and again ("계속 만들어서 올리는 놈", "keeps posting them", "over and over")
                 r"계속\s*(?:\S+\s*)?(?:만들|만드|합성|올리|올려|뿌리|퍼뜨|찍|보내|팔)", r"\bkeeps?\s+(?:on\s+)?(?:making|posting|sharing|"
                 r"sending|spreading|selling|uploading|doing\s+it)\b", r"\bover\s+and\s+over\b", r"\bagain\s+and\s+again\b"),
    "confiscate": (r"몰수", r"추징", r"범죄\s*수익", r"번\s*돈", r"confiscat", r"proceeds", r"forfeit"),
}
#: A school year or an age under 19, said the ways people say them.
_YOUNG_AGE = (r"(?<![가-힣])[중고초][1-6](?![\d년개명월일호건번회차곳])|(?<!\d)(?:1[0-8]|[1-9])\s*(?:살|세)(?!\s*이상)|"
              r"\b(?:1[0-8]|[1-9])[- ]?(?:years?|yrs?)[- ]?old\b|\b(?:1[0-8]|[1-9]) ?yo\b|\bi'?m (?:1[0-8]|[7-9])\b|\bi am (?:1[0-8]|[7-9])\b(?!\s*(?:minutes?|hours?|days?|weeks?|months?|%))|"
              r"\bage[sd]? (?:1[0-8]|[1-9])\b|"
              # said of a person ("my daughter is 12", "he's only 14", "my son (16)")
              r"\b(?:she|he|i|daughter|son|kid|child|girl|boy|sister|brother|niece|nephew|grandchild|granddaughter|grandson)"
              r"(?:'s|\s+is|\s+was|\s+(?:just\s+)?turned)\s+(?:only\s+|just\s+)?(?:1[0-8]|[1-9])\b(?![\d%]|[.,:]\d|\s*(?:million|"
              r"thousand|won|days?|weeks?|months?|hours?|times|cases|victims|am|pm)\b)|"
              r"\b(?:daughter|son|kid|child|girl|boy|sister|brother|niece|nephew|student|friend)\s*\((?:1[0-8]|[1-9])\)")
#: An age under 19 or a school year, said in Korean of a person ("13살", "중2", "고등학생").
_KO_YOUNG = r"(?:1[0-8]|[1-9])\s*(?:살|세)|[중고초]\s*[1-6](?!\d)|중학생|고등학생|초등학생"
#: A place of study for adults: a classmate there is no child.
ADULT_STUDY = re.compile(r"\b(?:uni|university|college|campus|grad(?:uate)?\s+school|(?:exchange|international)\s+student)\b|"
                         r"대학|학과|교환\s*학생|유학생|(?<![가-힣])과\s*(?:동기|선배|후배|사람|애들|단톡|엠티|MT)", re.I)
#: A school below university named: then a student is a child whatever else is said ("고3인데 대학 가려고").
_SCHOOL_LEVEL = re.compile(r"중학|고등|초등|(?<![가-힣])[중고초]\s*[1-6](?!\d)|중딩|고딩|초딩|\b(?:middle|high|elementary|primary|junior\s+high)"
                           r"[- ]?school", re.I)
#: A classmate in everyday English: "a girl in our grade", "a guy in my class", "boys from her year".
_CLASSMATE = (r"\b(?:girls?|boys?|guys?|kids?|students?)\s+(?:in|from|at)\s+(?:my|our|her|his|their|the)\s+(?:grade|class|year|"
              r"(?:high|middle|elementary|primary|junior\s+high)\s+school)\b|"
              r"\b(?:high|middle|elementary|primary)[- ]school\s+(?:girls?|boys?|kids?|students?|classmates?)\b|\bschool(?:girl|boy)s?\b")
MATERIALS: dict[str, tuple[str, ...]] = {
    "deepfake": (r"딥페", r"허위영상", r"합성", r"지인\s*능욕", r"편집물", r"가짜", r"deep\s*fake", r"fake", r"ai.?generated",
                 r"synthe", r"morph", r"nudif", r"undress", r"face\s*-?swap",
                 _FACE_PUT,
                 r"\bai[\s-]+(?:made\s+|generated\s+)?(?:nudes?|naked|porn|sex|sexual|image|photo|pic|video)", r"ai\s*(누드|나체|합성|사진|영상)"),
    "filmed": (r"불법\s*촬영", r"몰카", r"몰래\s*(찍|촬영)", r"촬영물", r"hidden camera", r"spy ?cam", r"secretly (film|record)",
               r"filmed"),
    "csam": (r"아동", r"청소년", r"미성년", r"아청", r"성착취물", r"(?<!대)학생", r"중학생", r"고등학생", r"초등학생", r"child",
             r"minor", r"under ?age", r"teen", r"(?<!university )(?<!college )(?<!grad )student", r"csam",
             r"(?:middle|high|elementary|primary)[- ]?schooler", _YOUNG_AGE, _CLASSMATE),
}
#: A person filmed or recorded, told in everyday words ("he filmed us", "찍은 영상을 올렸어요", "a sex tape"): filmed
#: material (성폭력처벌법 제14조), unless an edited image is named (the photo a deepfake was made from is no crime's material).
FILMED_EVERYDAY = re.compile(r"\b(?:film(?:ed|ing|s)?|record(?:ed|ing|s)?|videoed|videotaped)\s+(?:me|us|her|him|them|my\s+\w+)\b|"
                             r"\bsex\s*tapes?\b|(?:찍은|찍힌|찍었던|찍어\s*준|촬영한|촬영했던)\s*(?:\S+\s*)?(?:영상|동영상|사진)", re.I)
PERSONA_CUES: dict[str, tuple[str, ...]] = {
    "victim": (r"제\s*(얼굴|사진)", r"내\s*(얼굴|사진)", r"저를", r"저의", r"나를", r"제가\s*피해", r"무서", r"어떡", r"도와",
               r"\bme\b", r"\bmy (face|photo|picture|image)", r"i'?m scared", r"of me\b", r"help me"),
    "staff": (r"우리\s*(학교|반)", r"학생이", r"담임", r"교사로서", r"교감", r"교장", r"학폭\s*담당", r"as a teacher", r"homeroom",
              r"^\s*(?:\S+\s*)?교사(?:인데|이고|라서|이라서|입니다|예요|에요)",
              r"\bi'?m an? ([\w-]+ ){0,2}(teacher|principal|counsell?or)\b", r"\bi teach\b",
              r"my (student|class|school)", r"our school", r"school staff"),
    "aide": (r"입법", r"법안", r"개정안", r"조항", r"공백", r"사각지대", r"연혁", r"의원", r"legislat", r"bill\b",
             r"\bgap", r"loophole", r"provision", r"statut", r"policy", r"research"),
}
#: The asker says they work at a school: "I'm a homeroom teacher", "I teach", "저는 교사", "담임인데", "교감입니다".
STAFF_SELF = re.compile(r"\bi'?m\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:teacher|principal|counsell?or|school\s+nurse)\b|"
                        r"\bi\s+am\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:teacher|principal|counsell?or|school\s+nurse)\b|"
                        r"\bi\s+teach\b|\bas\s+an?\s+(?:[\w-]+\s+)?teacher\b|\bi\s+work\s+(?:at|in)\s+a\s+(?:\w+\s+)?school\b|"
                        r"(?:저는|전|제가)\s*(?:\S+\s*)?(?:교사|담임|교감|교장|교원)(?=입니|이에|예요|인데|이고|으로|로서|\s|$|[.,!?])|"
                        r"(?:교사|담임|교감|교장|교원)(?:\s*선생님)?\s*(?:입니다|이에요|예요|인데요?|이고|으로서|로서)", re.I)
#: Sexual material of a child named as such: it shows a young person whoever else the question names.
CHILD_MATERIAL_NAMED = re.compile(r"아청물|아청\s*(?:영상|사진|자료)|성착취물|이용음란물|\bcsam\b|child (?:sexual )?(?:exploitation|abuse) "
                                  r"(?:material|image|video|content)|child porn", re.I)
#: Words for images, films and material: a question that names a child counts as one about child sexual
#: exploitation material only when it also names one of these.
_MATERIAL_WORDS = re.compile(r"영상|사진|합성|딥페|촬영|성착취물|아청물|음란물|이용음란|이미지|동영상|셀카|짤|파일|편집물|허위영상|몰카|"
                             r"video|\bvids?\b|photo|image|picture|pic|fake|material|csam|film|clip|selfie|nude|edit|porn", re.I)


@dataclass
class Understanding:
    language: str
    intents: list[str] = field(default_factory=list)
    conducts: list[str] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)
    minor_victim: bool = False
    minor_doer: bool = False  # a young person is named as the one who did it ("13살이 만들면", "a student made")
    persona: str = "victim"
    implied_as_of: str | None = None  # a date the question points at ("before October 2024")
    in_scope: bool = True
    speaks_as_victim: bool = False  # the words say the asker is the one harmed ("my photo", "협박받고 있어요")
    asks_for: list[str] = field(default_factory=list)  # the kinds of answer wanted (ASKS_FOR)
    yes_no: bool = False  # the question asks to be told yes or no (asks_yes_no)
    intents_guessed: bool = False  # no keyword named an intent: the labelled examples closest to it did
    asks_gaps: bool = False  # the question asks where the law has or had gaps (GAPS_NAMED)
    not_sexual: bool = False  # the material is said not to be sexual ("not sexual, just funny"; NOT_SEXUAL)
    drawn_minor: bool = False  # a drawn or invented figure that looks like a child is shown (DRAWN_MINOR)

    @property
    def intent(self) -> str:
        return self.intents[0] if self.intents else "general"


#: A law's name that holds a word of punishment ("성폭력처벌법", "the Stalking Punishment Act"): naming the law
#: asks nothing about a penalty.
_PUNISHMENT_LAW_NAME = re.compile(r"\S*처벌법|처벌\s*등에\s*관한\s*\S*|(?:\b[A-Z][\w'-]*\s+){0,4}Punishment\s+Act\b|"
                                  r"\bAct on [^,.?;]{0,60}?Punishment of [^,.?;]{0,40}?(?:Crimes|Offences|Acts)\b")


def _found(table: dict[str, tuple[str, ...]], text: str) -> list[str]:
    text = _PUNISHMENT_LAW_NAME.sub(" ", text)
    return [name for name, patterns in table.items() if any(re.search(p, text, re.I) for p in patterns)]


#: The image named by its making, then another act done with it: "합성한거 보기만", "만든 합성사진 저장만", "the
#: deepfake someone made of my friend".
_MADE_THING = re.compile(r"(?:합성|만든|만들어진|편집)\S{0,2}\s*(?:거|것|걸|사진|영상|물|합성\S{0,3})\S*\s*(?:\S+\s*){0,2}?"
                         r"(?:보기|봤|보고|보면|저장|갖고|가지고|소지|받)|\b(?:fakes?|deepfakes?|nudes?|pics?|photos?|"
                         r"images?|videos?)\s+(?:that\s+)?(?:someone|somebody|he|she|they|a\s+\w+|my\s+\w+)\s+made\b|"
                         # how the thing held was made, said of it ("even if it was AI-generated")
                         r"\b(?:it|they|this|that|these|those)\s+(?:was|were|is|are)\s+(?:just\s+|only\s+|all\s+)?"
                         r"(?:ai[\s-]*)?(?:generated|made|created|edited|synthesi[sz]ed)\b", re.I)
#: A conduct said not to have happened: "never shared", "without posting", "he didn't make them", "i dont even share",
#: "뿌리진 않고", "유포는 안 했어요" (a contraction denies the verb after it, at most one word on: "a person who doesn't
#: exist is posted" tells a posting).
_NEGATED_BEFORE = re.compile(r"\b(never|not|without)\s+(?:\w+\s+){0,2}$|(?:^|\s)(안|못)\s*$|"
                             # "nothing sexual was sent yet", "no pics were shared", "nobody has posted it"
                             r"\b(?:nothing|no|nobody|none|no\s+one)\s+(?:\w+\s+){0,2}?(?:was|were|is|are|has|have|had)\s+(?:been\s+|ever\s+|yet\s+)?$|"
                             r"\b(?:did|does|do|was|is|have|has|had|wo|ca|could|would|should|were|are)n[’']?t\s+(?:\w+\s+)?$|"
                             # an act to be prevented is no act done ("preventing the spread of", "to stop the sharing of")
                             r"\b(?:prevent|stop|curb|block|combat|fight)\w*\s+(?:the\s+)?$",
                             re.I)
_NEGATED_AFTER = re.compile(r"^\w{0,3}(지|진|지는|지도)\s*(않|못|말)|^[은는도을를]?\s*(안|못)\s+(했|하|됐|되|올|퍼|보|갖)|^\s*(건|게|것은|것이|거는)\s*아니|"
                            # "유포 방지", "유통을 막는": the act prevented
                            r"^\S{0,2}\s*(방지|예방|을\s*막|를\s*막)")


def _done(patterns: tuple[str, ...], text: str) -> bool:
    """Whether one of a conduct's patterns is said of something that happened, not denied."""
    return _said_at(patterns, text) is not None


def _said_at(patterns: tuple[str, ...], text: str) -> int | None:
    """Where a conduct's patterns are first said of something that happened, not denied (None: nowhere)."""
    found = [m.start() for pattern in patterns for m in re.finditer(pattern, text, re.I)
             if not (_NEGATED_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                     or _NEGATED_AFTER.search(text[m.end():m.end() + 12]))]
    return min(found) if found else None


def asked_conducts_first(question: str, conducts: list[str]) -> list[str]:
    """``conducts`` with those the question asks about first, in the order it names them: a conduct said in a
    sentence that asks ("딥페이크 영상 그냥 보기만 해도 처벌받아요?", "is it illegal to just look at it?") comes before
    one only told in the story around it ("단톡방에 누가 올려서 …", "someone dropped it in our group chat")."""
    sentences = [(m.start(), m.group()) for m in re.finditer(r"[^?!.]+[?!.]*", question)]
    asks = [(start, text) for start, text in sentences if "?" in text] or sentences[-1:]

    def key(conduct: str) -> tuple[int, int]:
        for start, text in asks:
            at = _said_at(CONDUCTS[conduct], text)
            if at is not None:
                return 0, start + at
        return 1, _said_at(CONDUCTS[conduct], question) or 0

    return sorted(conducts, key=key)


class IntentExamples:
    """Labelled example questions (corpus/intent_examples.tsv): the nearest ones name the intent when no
    keyword rule fires ("그거 갖고만 있어도 감방 가요?" has no penalty keyword but is a penalty question)."""

    def __init__(self, embedder, path=None, threshold: float = 0.88, embed_query=None):
        import csv

        import numpy as np

        from kb.index.embedding import query_vectors
        from kb.settings import REPO_ROOT

        path = path or REPO_ROOT / "corpus" / "intent_examples.tsv"
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        self.intents = [row["intent"] for row in rows]
        self.threshold = threshold
        self.embed_query = embed_query or embedder.get_query_embedding
        vectors = query_vectors(embedder, [row["example"] for row in rows])  # cached by kb build
        self.vectors = np.asarray(vectors, dtype=float)

    def nearest(self, question: str) -> list[str]:
        """Intents of the examples close enough to the question, closest first."""
        import numpy as np

        if not len(self.vectors):
            return []
        scores = self.vectors @ np.asarray(self.embed_query(question))
        order = [i for i in np.argsort(-scores)[:3] if scores[i] >= self.threshold]
        return list(dict.fromkeys(self.intents[i] for i in order))


#: Spreading said to have happened already, beside a threat ("posted it anyway", "이미 올렸", "결국 뿌렸").
_SPREAD_DONE = re.compile(r"\b(already|then|anyway|actually)\b.{0,20}\b(posted|shared|sent|spread|uploaded)\b|"
                          r"\b(posted|shared|sent|spread|uploaded) it (anyway|already)\b|(이미|결국|벌써).{0,10}(올렸|뿌렸|퍼뜨렸|보냈|유포했)",
                          re.I)


#: The Sexual Violence Punishment Act's deepfake article named by its number: an aide's question about it is
#: about deepfakes ("what did article 14-2 say before the october 2024 amendment about viewing").
_DEEPFAKE_ARTICLE = re.compile(r"(?:제\s*)?14\s*조\s*의\s*2|\barticle\s+14-2\b|\bart\.?\s*14-2\b", re.I)
#: A law other than that Act named (its articles are numbered apart).
_OTHER_LAW = re.compile(r"청소년|아청|학교폭력|학폭|교원|정보통신망|망법|스토킹|인공지능|성폭력방지|youth|child|school|teacher|"
                        r"network act|stalking|\bai\b|prevention", re.I)


#: Material the asker was sent, not spread: "a fake nude someone sent in a group chat", "단톡방에서 받은 합성 사진".
_RECEIVED = re.compile(r"\b(?:someone|somebody|they|he|she|a friend|friends?|people|a guy|others)\s+(?:had\s+)?(?:sent|shared|forwarded|"
                       r"posted|dropped)\b|\b(?:sent|shared|forwarded|given)\s+(?:to\s+)?(?:me|us)\b|\b(?:i|we)\s+(?:was|were|got)\s+"
                       r"(?:sent|forwarded)\b|(?:받은|받았|받기만|받아서|받았는데|공유\s*받|보내\s*준|보내줬|보내\s*줬)", re.I)


#: An adult named only to compare ("… and how does that compare with keeping a deepfake of an adult?"): the young person
#: named by age stays the one harmed.
#: A young person named by a word, not an age: "a minor", "a child", "아동", "미성년자".
_YOUNG_WORD = re.compile(r"\bminors?\b|\bchild(?:ren)?\b|\bkids?\b|\bteen(?:ager)?s?\b|아동|청소년|미성년|어린이|애들|"
                         r"(?<![가-힣])아이(?=\s|가|를|의|는|도|들|한테|에게|$)",
                         re.I)
_COMPARED_WITH = re.compile(r"\bcompar\w*|\b(?:than|versus|vs\.?)\s|\bdifferen\w*|보다|비교|차이|달라", re.I)


#: Words that name a young person (a classmate is one when the question is about a school).
_MINOR = re.compile(r"아동|청소년|미성년|어린이|(?<![가-힣])아이(?=\s|가|를|의|는|도|들|한테|에게|$)|"
                    r"(?<![가-힣])(?:애들|아기)(?:의)?\s*(?:얼굴|사진|몸|영상)|중학생|고등학생|초등학생|(?<!대)학생|동급생|반\s*친구|같은\s*반|중딩|고딩|초딩|child|minor|"
                    r"under ?age|teen|(?<!university )(?<!college )(?<!grad )student|pupil|classmate|" + _CLASSMATE + "|"
                    r"(?:middle|high|elementary|primary)[- ]?schooler|"
                    # a school year ("중2", "고1") or an age under 19 ("14살", "15세", "a 14-year-old", "13yo", "I'm 16")
                    + _YOUNG_AGE, re.I)
def names_young_person(text: str) -> bool:
    """Whether a text names a young person by a word or an age (`_MINOR`): "미성년자", "17살", "a teen", "아동·청소년이면"."""
    return bool(_MINOR.search(text))


#: A young person named as the one who did it ("학생이 … 만들었", "a student made …", "teens sharing …"), not as
#: the one harmed ("중학생이 나오는 영상을 만들면": the one who appears in the image is harmed): group 1 is the young person.
_MINOR_DOING = re.compile(
    # the one by whom something was suffered ("학생한테 합성물로 협박당해서": the student threatened)
    r"((?:중학생|고등학생|초등학생|(?<!대)학생|청소년|미성년자|제자)(?:들)?)(?=(?:한테|에게|한테서|에게서)\s*(?:\S+\s*){0,2}?(?:협박|당했|당해|당하|당한))|"
    r"((?:(?:중학생|고등학생|초등학생|중\d|고\d|초\d)\s*(?:아들|딸|자녀|애|아이)|중학생|고등학생|초등학생|(?<!대)학생|청소년|미성년자|반\s*친구|동급생|촉법\s*소년|"
    r"(?:만\s*)?(?:1[0-8]|[1-9])\s*(?:살|세)\s*(?:미만|이하|도?\s*안\s*(?:된|되는))(?:\s*(?:애|아이|학생|남학생|여학생))?|"  # "14세 안 된 애가", "만 13세 미만이"
    r"(?:1[0-8]|[1-9])\s*(?:살|세)(?:짜리)?(?:\s*(?:애|아이|학생|남학생|여학생))?)(?:들)?)(?:이|가)\s(?:(?!나오|나온|나와|등장|찍힌|담긴|피해).){0,20}?(?:만들|만든|합성|올리|올린|올렸|뿌리|뿌린|"
    r"뿌렸|유포|퍼뜨|퍼트|보내|보낸|보냈|협박)(?!\S*\s*(?:피해|당했|당하|당한|받았|받고|받아))|"
    # one's child said to be young, then what they are said to have done ("아들이 고등학생인데 친구 딥페이크 만들었다고")
    r"((?:아들|딸|자녀|애|아이)(?:이|가)\s*(?:중학생|고등학생|초등학생|[중고초]\d|(?:1[0-8]|[1-9])\s*(?:살|세))(?:인데|이고|이라)?)\s*,?\s*(?:\S+\s*){0,4}?(?:만들|합성|올렸|뿌렸|유포|퍼뜨|퍼트|보냈)\S*다고|"
    # the young person a deed is said of ("딥페이크 만든 중학생", "합성한 동급생들")
    r"(?:만든|만들었던|합성한|편집한|올린|뿌린|유포한|퍼뜨린|퍼트린|보낸|협박한|찍은|공유한)\s*"
    r"((?:중학생|고등학생|초등학생|(?<!대)학생|남학생|여학생|청소년|미성년자|중딩|고딩|초딩|동급생)(?:들)?)|"
    # one of a group ("one of my pupils made a nude fake of me"): the group is the doer's
    r"\b(?:one|some|two|three|several|a\s+few|many|most)\s+of\s+(?:my|our|the|his|her|their)\s+"
    r"(students|pupils|classmates|kids)\s+(?:\w+\s+){0,2}?(?:made|created|generated|posted|shared|spread|sent|uploaded|threatened)\b|"
    r"(?<!of )(?<!of a )(?<!of my )(?<!of our )(?<!of the )(?<!university )(?<!college )(?<!grad )\b(students?|pupils?|teens?|teenagers?|minors?|kids?|children|child|"
    r"(?:1[0-8]|[1-9])[- ]?(?:years?|yrs?)[- ]?olds?|(?:son|daughter)\s*\((?:1[0-8]|[1-9])\)|" + _CLASSMATE + ")"
    # where they are from, said between ("a 13-year-old in my son's class made …")
    r"(?:\s+(?:in|from|at)\s+(?:my|our|his|her|their|the)\s+(?:[\w'’]+\s+)?(?:class|classes|school|grade|year|group|club))?"
    r"\s+(?:(?!(?:was|were|is|are|been|being|got)\b)\w+\s+){0,2}?(?:made|make|makes|making|created|creat(?:e|es|ing)|"
    r"generated|generating|posted|posting|shared|sharing|spread|spreading|sent|sending|uploaded|uploading|threatened|"
    r"(?:got|was|were|has been|have been) caught)\b",
    re.I)


#: The school or its committee named in Korean as the one that decides a measure: "학교에서 어떤 징계를 받나요", "학폭위가
#: 내리는 처분", "학교 측 조치는" (what the school decides is asked: its measures).
SCHOOL_DECIDES_KO = (r"(?:학교|학폭위|심의\s*위원회|심의위)\s*(?:에서|가|는|측(?:에서|은|의)?|의)\s*(?:\S+\s*){0,3}?"
                     r"(?:징계|처분|조치|처벌|벌)")
#: The school named as the one that punishes ("what punishments can the school give", "how will the school punish
#: him", "what he gets at school"): its measures, not the criminal law's punishment.
SCHOOL_PUNISHES = re.compile(r"\b(?:the|a|my|our|his|her|their)\s+school\s+(?:can|could|will|would|should|may|might|must|"
                             r"do|does|did)\b|"
                             # "is the school allowed to punish a kid for …", "the school is able to suspend him?"
                             r"\bschool\s+(?:is\s+|be\s+)?(?:allowed|able|permitted|entitled)\s+to\s+(?:punish|disciplin|suspend|"
                             r"expel|sanction|act)|\b(?:can|could|will|would|should|may|might|must|do|does|did)\s+(?:the|a|my|"
                             r"our|his|her|their)\s+school\b|\bat school\b|\b(?:by|from) the school\b|"
                             r"\bschool'?s? (?:punish|measure|disciplin|sanction)|"
                             # the school violence committee as the one that decides: "what measures can the deliberation
                             # committee order against the kid", "the committee could give him what"
                             r"\b(?:deliberation\s+|school\s+violence\s+|disciplinary\s+)?committee\s+(?:can|could|will|would|may|might|"
                             r"must|should)\s+(?:\w+\s+)?(?:order|impose|give|take|decide|request|hand\s+down)\b|"
                             r"\b(?:can|could|will|would|may|might|must|should|does|do)\s+the\s+(?:deliberation\s+|school\s+violence\s+|"
                             r"disciplinary\s+)?committee\s+(?:\w+\s+)?(?:order|impose|give|take|decide|request|hand\s+down)\b|"
                             # the School Violence Act's sanctions asked: "what sanctions can a student get under the school violence act"
                             r"\b(?:sanctions?|punishments?|penalties|disciplinary\s+(?:measures?|actions?))\b[^.?!]{0,60}"
                             r"\b(?:under|in|by)\s+the\s+school\s+violence\b|\b(?:under|in)\s+the\s+school\s+violence\s+"
                             r"(?:prevention\s+)?act\b[^.?!]{0,30}\b(?:sanctions?|punishments?|penalties|measures)\b|"
                             + SCHOOL_DECIDES_KO, re.I)
#: The age of the one who did it, said of them ("the boy who did it is 13", "the offender was only 14", "가해자가
#: 중2래요", "만든 애가 13살이에요"): group 1 is the age, a young person's, and not one harmed.
_DOER_AGE = re.compile(
    r"(?:\b(?:boy|girl|kid|guy|student|person|one|teen|teenager|perpetrator|offender|culprit|attacker|abuser)s?\s+"
    r"(?:who|that)\s+(?:did|made|posted|shared|sent|spread|created|uploaded|does|makes)\b[^.?!]{0,45}?\s+|"
    r"\b(?:perpetrator|offender|culprit|attacker|abuser)s?\s+)"
    r"(?:is|was|are|were|'s)\s+(?:only\s+|just\s+|like\s+)?((?:1[0-8]|[1-9])(?:\s*(?:years?[- ]old|yo|y/o))?)(?![\d%])\b|"
    r"(?:가해자|가해\s*학생|가해\s*청소년|범인|(?:만든|올린|뿌린|보낸|퍼뜨린)\s*(?:애|사람|학생|놈|남자애|여자애|녀석))(?:들)?"
    r"\s*(?:는|은|가|이)?\s*(?:아직\s*|겨우\s*|고작\s*)?(?:만\s*)?(" + _KO_YOUNG + r"|촉법\S*)|"

    # the one a student speaks of ("걔", "그 남자애"), said to be young, in a question of what happens to them ("걔 아직
    # 13살인데 처벌 못받아요?"), not of a harm done to them ("걔 13살인데 합성 피해 당했어요")
    r"(?<![가-힣])(?:걔|쟤|그\s*(?:애|남자애|여자애|놈|녀석|새끼|학생))(?:는|가|도)?\s*(?:아직\s*|겨우\s*|고작\s*)?"
    r"(" + _KO_YOUNG + r"|촉법\S*)"
    r"(?=\s*(?:인데|이라|이에요|이예요|이래요|래요|밖에|이고|짜리|임|[,.?!]|$))(?!.*(?:피해|당했|당한|당하|당함))|"
    # ... or said a few words on, with "아직" ("걔 중2고 생일 안 지나서 아직 13살이래요")
    r"(?<![가-힣])(?:걔|쟤|그\s*(?:애|남자애|여자애|놈|녀석|새끼|학생))(?:는|가|도)?\s+(?:[^.?!\s]+\s+){0,5}?아직\s*(" + _KO_YOUNG + r")"
    r"(?=\s*(?:인데|이라|이에요|이예요|이래요|래요|밖에|이고|짜리|임|[,.?!]|$))(?!.*(?:피해|당했|당한|당하|당함))|"
    # a child of the asker's whose age is given with what they did: "my son is 12 and made a fake nude of a girl"
    r"\b(?:my|our|her|his|their)\s+(?:son|daughter|kid|child|boy|girl|brother|sister|nephew|niece|stepson|grandson)\s+"
    r"(?:is|was|'s)\s+(?:only\s+|just\s+)?((?:1[0-8]|[1-9])(?:\s*(?:years?[- ]old|yo|y/o))?)(?![\d%])\b"
    r"(?:\s+and|,?\s+(?:he|she))?\s+(?:(?:also|just|even|apparently|allegedly)\s+)?(?:made|created|generated|posted|shared|sent|spread|uploaded|did|"
    r"(?:got|was) caught)\b|"
    # ... or given before the child: "my 16 yo son got caught making deepfakes", "our 13-year-old daughter made one"
    r"\b(?:my|our|her|his|their)\s+((?:1[0-8]|[1-9])[\s-]*(?:years?[- ]old|yo|y/o))\s+(?:son|daughter|kid|child|boy|girl|brother|"
    r"sister|nephew|niece|stepson|grandson)\s+(?:(?:also|just|even|apparently|allegedly)\s+)?(?:made|created|generated|posted|"
    r"shared|sent|spread|uploaded|did|(?:got|was|has\s+been)\s+caught|is\s+accused|was\s+accused)\b",
    re.I)


#: An age said of "he" or "she" whose punishment the question then asks ("hes 14. can he actually go to jail", "she's
#: only 13, will she get a record"): the age of the one who did it, even beside a young person harmed.
_PRONOUN_DOER_AGE = re.compile(
    r"\b(he|she)(?:'s|’s|s|\s+is|\s+was)\s+(?:only\s+|just\s+|like\s+)?(1[0-8]|[1-9])(?:\s*(?:years?[- ]old|yo|y/o))?\b(?![\d%])"
    r"(?=.*\b(?:can|could|will|would|does|is|might|should)\s+\1\s+(?:\w+\s+){0,2}?(?:go\s+to\s+(?:jail|prison)|"
    r"be\s+(?:punished|charged|arrested|prosecuted|jailed|locked\s+up)|get\s+(?:in\s+trouble|punished|charged|arrested|"
    r"a\s+(?:criminal\s+)?record|jail|prison)|face\b))", re.I | re.S)


#: One's child said to be young, then what the child did, in Korean however the verb ends ("아들이 13살인데 친구들
#: 사진으로 딥페이크 만들다 걸렸어요"), with no one else named as the subject between ("딸이 중2인데 반 애가 합성을
#: 올렸어요": the classmate did it). Group 1 is the age.
_CHILD_DID = re.compile(
    r"(?:아들|딸|자녀|애|아이|동생)(?:이|가|은|는)\s*(?:아직\s*|겨우\s*)?(" + _KO_YOUNG + r")\s*(?:인데|이고|이라|이에요|예요|이예요)?\s*,?\s*"
    r"(?:(?!\S*(?:이|가)\s)(?!누가|누군가)\S+\s*){0,5}?(?:만들|합성|편집|올리|올렸|올린|뿌리|뿌렸|유포|퍼뜨|퍼트|보냈|보내|협박)"
    r"(?![^.?!]{0,12}(?:피해|당했|당하|당한))")
#: ... and in English: one's child said to be young, then said to have made or spread it ("My son is 13 and the school
#: says he made a fake nude of a girl", "My son is 13. Police say he shared …"), not to have posted a photo someone else used.
_CHILD_MADE = re.compile(
    r"\b(?:(?P<m>son|boy|stepson|nephew|brother)|(?P<f>daughter|girl|stepdaughter|niece|sister)|kid|child)\s+(?:is|was|'s|’s|"
    r"just\s+turned)\s+(?:only\s+|just\s+)?((?:1[0-8]|[1-9])(?:\s*(?:years?[- ]old|yo|y/o))?)\b(?![\d%])[^?!]{0,60}?"
    # the child is the one who made it: "he" of a son, "she" of a daughter ("my son is 16 and she made a deepfake of him": not)
    r"\b(?(m)he|(?(f)she|(?:he|she)))\s+(?:has\s+|had\s+|allegedly\s+|apparently\s+|supposedly\s+|actually\s+)?"
    r"(?:made|created|edited|photoshopped|generated|(?:was|got)\s+caught|"
    # spreading a fake, not posting a selfie someone else used
    r"(?:shared|posted|sent|spread|uploaded|forwarded)\s+(?:\w+\s+){0,3}?(?:fakes?|deep\s*fakes?|nudes?|edits?|edited|porn))\b", re.I)
#: The asker's own age ("I'm 15", "i am only 14", "저 중3인데", "제가 15살인데") ...
_OWN_AGE = re.compile(
    r"\bi(?:'m|’m|m|\s+am|\s+was)\s+(?:only\s+|just\s+)?((?:1[0-8]|[7-9])(?:\s*(?:years?[- ]old|yo|y/o))?)\b(?![\d%]|[.,:]\d)|"
    r"(?<![가-힣])(?:저|나|제가|내가)(?:는|도)?\s*(?:아직\s*|겨우\s*)?(" + _KO_YOUNG + r")"
    r"(?=\s*(?:인데|이고|이라|이에요|예요|이예요|임|[,.?!]|$))", re.I)
#: ... said by one who tells that they did it ("I made an edited pic of a classmate", "반 친구 사진 합성해서 올렸어요"),
#: with no one else named as having done it ("I'm 15 and a guy made a fake of me").
_OWN_DEED = re.compile(
    r"\bi\s+(?:(?:just|only|also|kind of|kinda|accidentally|stupidly)\s+)?(?:made|created|generated|edited|photoshopped|"
    r"posted|shared|sent|spread|uploaded|forwarded)\b|"
    r"(?:제가|내가|저도|나도)\s*(?:\S+\s*){0,4}?(?:만들|합성|편집|올렸|뿌렸|유포|퍼뜨|퍼트|보냈)|"
    r"(?:합성|편집|만들어|만들었|올렸|뿌렸|유포했|보냈)\S*\s*(?:\S+\s*){0,3}?(?:어요|었어요|했어요|는데|습니다)?\s*[.?!]?\s*"
    r"(?:저|제가|나|내가)\s*(?:\S+\s*){0,2}?(?:처벌|감옥|징역|벌금|전과|잡혀|걸려|소년원)", re.I)
_OTHER_DOER = re.compile(
    r"\b(?:someone|somebody|a guy|a girl|a boy|he|she|they|my ex|a classmate|a friend|people)\s+(?:\w+\s+){0,2}?"
    r"(?:made|created|generated|edited|posted|shared|sent|spread|uploaded|threatened)\b|"
    r"(?:누가|누군가|친구가|걔가|쟤가|애가|남자애가|여자애가|선배가|후배가|전\s*남친이|가해자가)\s*(?:\S+\s*){0,5}?"
    r"(?:만들|합성|편집|올렸|뿌렸|유포|퍼뜨|퍼트|보냈|협박)|(?:of me|제\s*사진|내\s*사진|제\s*얼굴|내\s*얼굴)", re.I)


def _own_age(question: str) -> list[tuple[int, int]]:
    """The asker's own age, when the asker tells that they did it and no one else is said to have done it."""
    if not _OWN_DEED.search(question) or _OTHER_DOER.search(question):
        return []
    return [next(m.span(g) for g in (1, 2) if m.group(g)) for m in _OWN_AGE.finditer(question)]


#: An age at which one is asked to be charged or punished ("Can he actually be criminally charged at 14?", "can you go
#: to jail at 13"): the age of the one who did it.
_PUNISHED_AT = re.compile(
    r"\b(?:charged|punished|prosecuted|convicted|jailed|arrested|tried|sentenced|(?:go|sent)\s+to\s+(?:jail|prison))\s+"
    r"(?:as\s+an?\s+adult\s+)?at\s+(?:age\s+|the\s+age\s+of\s+|only\s+|just\s+)?(1[0-8]|[1-9])\b(?![\d%])", re.I)


#: An age as the one who does or answers for it: "can a 12 year old go to jail for making deepfakes", "a 13-year-old
#: boy who made a fake", "12살이 딥페이크 만들면" (not "my 13 year old daughter posted a selfie", nor "13살 딸이 올린").
_AGE_DID = re.compile(
    r"\b((?:1[0-8]|[1-9])[- ]?(?:years?|yrs?)[- ]?old|(?:1[0-8]|[1-9]) ?yo)\s+(?:(?:boy|girl|kid|child|student|teen(?:ager)?)"
    r"\s+)?(?:who\s+)?(?:(?:can|could|will|would|may|might|should|does|do|did)\s+)?(?:(?:still|even|really|actually)\s+)?"
    r"(?:go\s+to\s+(?:jail|prison)|be\s+(?:punished|charged|prosecuted|arrested|jailed|convicted|locked\s+up)|"
    r"get\s+(?:punished|charged|arrested|in\s+trouble|a\s+(?:criminal\s+)?record)|(?:made|makes|make|making|created?|creates)\b)|"
    r"(" + _KO_YOUNG + r")\s*(?:짜리\s*)?(?:인\s*)?(?:애|아이|학생|남자애|여자애|남학생|여학생)?\s*(?:이|가)\s+"
    # (not one shown in the image: "고등학생이 찍힌 사진으로 …", "초등학생이 등장하는 합성 영상": no word between that
    # describes the image, as a "-는", "-ㄴ" or "-던" form does)
    r"(?:[^.?!\s]*[^.?!\s는던된힌온긴진인운]\s+){0,3}?(?:만들|만든|합성|뿌리|뿌린|뿌렸|퍼뜨|유포)", re.I)


#: Those who did it said to be as young as the one harmed, after the story ("boys in her class made a naked ai picture
#: of her. what happens to them, theyre 12 too"). Group 1 is the age.
_DOERS_AS_YOUNG = re.compile(r"\b(?:they|he|she)\s*(?:'re|’re|re|are|'s|’s|s|is)\s+(?:only\s+|just\s+|also\s+|both\s+|all\s+)?"
                             r"(1[0-8]|[1-9])(?:\s*(?:years?[- ]old|yo|y/o))?\s+(?:too|as\s+well|also)\b", re.I)


#: The offender's age told in a sentence of its own just after them ("가해 학생이 중학생인데 처벌 돼요? 만 13세에요").
#: Group 1 is the age.
_DOER_THEN_AGE = re.compile(
    r"(?:가해자|가해\s*학생|가해\s*청소년|범인)[^.?!]*[.?!]\s*(?:(?:걔|그\s*(?:애|학생|남자애|여자애))(?:는|가)?\s*)?(?:만\s*)?"
    r"((?:1[0-8]|[1-9])\s*(?:살|세))(?=\s*(?:이에요|이예요|에요|예요|이래요|래요|이고|임|입니다|이요|[.?!]|$))")


def _doer_age(question: str) -> list[tuple[int, int]]:
    return [next(m.span(g) for g in range(1, _DOER_AGE.groups + 1) if m.group(g)) for m in _DOER_AGE.finditer(question)] + \
        [m.span(1) for m in _DOERS_AS_YOUNG.finditer(question)] + [m.span(1) for m in _DOER_THEN_AGE.finditer(question)] + \
        [m.span(2) for m in _PRONOUN_DOER_AGE.finditer(question)] + [m.span(1) for m in _PUNISHED_AT.finditer(question)] + \
        [m.span(1) for m in _CHILD_DID.finditer(question)] + [m.span(3) for m in _CHILD_MADE.finditer(question)] + \
        _own_age(question) + \
        [next(m.span(g) for g in (1, 2) if m.group(g)) for m in _AGE_DID.finditer(question)]


#: A school year read as an age: 초N is 6+N, 중N is 12+N, 고N is 15+N (the year's younger end).
_YEAR_AGE = {"초": 6, "중": 12, "고": 15}


def doer_under_14(question: str) -> bool:
    """Whether the one who did it is said to be under 14 ("my son is 12 and made…", "아들이 13살인데 … 만들다",
    "촉법소년"): the youth law sends such a child to the juvenile division (청소년성보호법 제44조①), so an adult's
    prison term is not what that child faces."""
    if re.search(r"촉법", question):
        return True
    for start, end in _doer_age(question):
        said = question[start:end]
        number = re.search(r"\d+", said)
        if said[:1] in _YEAR_AGE and number:
            age = _YEAR_AGE[said[0]] + int(number.group())
        elif said.startswith("초등"):
            age = 12
        elif number:
            age = int(number.group())
        else:
            continue
        if age < 14:
            return True
    return False


def doer_age_named(question: str) -> bool:
    """Whether the question says how old the one who did it is ("the boy who did it is 13", "hes 14. can he go to
    jail"): a question about that young person, whoever else is named."""
    return bool(_doer_age(question))


#: A young person named by the harm they did: "가해 학생", "가해 청소년" (the one harmed is another).
_NAMED_AS_DOER = re.compile(r"가해\s*(?:학생|청소년|아동)|\b(?:offending|perpetrating|accused)\s+(?:student|pupil|teen|minor|child)\b", re.I)


#: An adult named as the one who did it, not the one shown: "made by an adult of a high school student", "an adult who
#: posted it", "성인이 만든", "가해자가 성인".
_ADULT_DOER = re.compile(r"\bby\s+(?:an?\s+|some\s+)?(?:grown\s+)?adults?\b|\badults?\s+(?:who\s+|that\s+)?(?:made|makes|"
                         r"created|creates|posted|shared|spread|sent|threatened|did)\b|성인(?:이|들이)\s*(?:\S+\s*){0,2}?"
                         r"(?:만들|만든|합성|올리|올린|올렸|유포|퍼뜨|보낸|보냈|협박)|가해자\S{0,2}\s*성인", re.I)


def _minor_harmed(question: str) -> bool:
    """Whether a question names a young person other than as the one who did it: "a student made a deepfake
    of our teacher" names a teacher as the person harmed; "a deepfake of a student" names a student."""
    doing = [next(m.span(g) for g in range(1, _MINOR_DOING.groups + 1) if m.group(g))
             for m in _MINOR_DOING.finditer(question)] + _doer_age(question) + \
        [m.span() for m in _NAMED_AS_DOER.finditer(question)]
    # the doer named again ("A student made a deepfake of me … which committee deals with the student?", "그 학생")
    again = [m.start() for m in _SAME_YOUNG_PERSON.finditer(question) if doing and m.start() > min(a for a, _ in doing)]
    return any(not any(a <= m.start() < b for a, b in doing) and not any(m.start() - 8 <= g <= m.start() for g in again)
               for m in _MINOR.finditer(question))


#: A young person named again with a word that points back ("the student", "that boy", "그 학생", "해당 학생", "가해 학생").
_SAME_YOUNG_PERSON = re.compile(r"(?<!of )(?<!of all )\b(?:the|that|this|said)\s+(?=(?:student|pupil|teen|kid|boy|girl|minor)\b)|"
                                r"(?:그|해당|가해|문제의)\s*(?=(?:학생|아이|애|청소년))", re.I)


#: Another person spreading it ("누가 단톡방에 올렸는데", "someone posted it in our chat") ...
_OTHERS_SPREAD = re.compile(r"(?:누가|누군가|다른\s*(?:애|사람)|친구가|걔가|애들이)\s*.{0,30}(?:올렸|올린|올리는|올리고|뿌렸|뿌리는|퍼뜨렸|공유했|공유하는|보냈|보내는)|"
                            r"\b(?:someone|somebody|a guy|a girl|a classmate|a friend|he|she|they)\s+(?:posted|shared|sent|"
                            r"dropped|spread|forwarded)\b", re.I)
#: The asker spreading it too: "저도 다른 방에 공유했어요", "i forwarded it to my friends".
_OWN_SPREADING = re.compile(r"(?:제가|내가|저도|나도)\s*(?:\S+\s*){0,4}?(?:올렸|올린|공유|보냈|보낸|퍼뜨|퍼트|뿌렸|유포)|"
                            r"\bi\s+(?:also\s+|then\s+|just\s+)?(?:shared|posted|sent|forwarded|spread|uploaded|reposted)\b", re.I)
#: ... and the asker asking whether they are liable themselves ("나도 처벌받아요?", "am i in trouble").
_OWN_LIABILITY = re.compile(r"(?:나|저)도\s*.{0,20}(?:처벌|죄|걸려|문제|잡혀)|(?:나|저)도\s*.{0,20}있(?:었으면|으면)|"
                            r"\b(?:am|can|could|will|would)\s+i\s+(?:be\s+)?(?:in\s+trouble|punished|charged|arrested|"
                            r"liable|prosecuted)|\bdo\s+i\s+get\s+(?:in\s+trouble|punished|charged)", re.I)


#: A sentence told as given, as a condition: "벌금형이면", "벌금 나와도", "if he only gets a fine", "even with just a fine".
_PENALTY_GIVEN = re.compile(
    r"(?:벌금|징역|집행\s*유예|선고\s*유예|기소\s*유예|약식\s*명령|실형)\S{0,2}\s*(?:형)?\s*(?:이면|면|이라면|라면|받으면|나오면|맞으면|"
    r"받아도|나와도|이어도|여도|으로\s*끝나면|로\s*끝나면|만\s*받으면|만\s*나오면)|"
    r"\bif\s+(?:he|she|i|they|you|it|the\s+\w+)\s+(?:only\s+|just\s+)?(?:gets?|got|receives?|received|is\s+given|pays?)\s+"
    r"(?:only\s+|just\s+)?(?:a\s+)?(?:fine|suspended\s+sentence|probation)\b|"
    r"\b(?:even\s+)?(?:with|for)\s+(?:only\s+|just\s+)?a\s+fine\b|\bjust\s+a\s+fine\b|\bonly\s+(?:a\s+)?fined?\b|"
    r"\b(?:only|just)\s+gets?\s+(?:a\s+)?(?:fine|suspended\s+sentence|probation)\b|\bgets?\s+off\s+with\s+a\s+fine\b|"
    # a person already punished, named as the subject ("처벌받은 사람이 나중에 …", "someone convicted of making deepfakes")
    r"(?:처벌|형|벌금|징역)\s*(?:을\s*)?받은\s*(?:사람|자|애|놈|경우|전력|이력|적)|전과\s*(?:가\s*)?있는|"
    r"\b(?:someone|a\s+person|people|anyone|a\s+man|a\s+guy|he|she|they)\s+(?:who\s+(?:was|were|has\s+been|have\s+been)\s+|)"
    r"(?:convicted|sentenced|punished)\s+(?:of|for)\b", re.I)
#: ... and what follows from a sentence asked about: registration, public disclosure, an employment ban, a record.
_CONSEQUENCE_ASKED = re.compile(
    r"신상\s*정보|신상\s*공개|신상\s*등록|등록\s*(?:대상|되|돼|안\s*되|안\s*돼|면제)|취업\s*제한|전과|알림\s*e|"
    r"성범죄자\s*알림|\bregist(?:er|ry|ration|ered)\b|sex\s+offender\s+(?:list|website|site|database)|\bcriminal\s+record|"
    r"employment\s+ban|work\s+with\s+(?:kids|children|minors)|\bdisclos|"
    # a job asked about ("학원 강사로 취업할 수 있나요?", "can he be hired as a tutor")
    r"취업|채용|일할\s*수|근무할\s*수|\b(?:be\s+)?(?:hired|employed)\b|\bget\s+a\s+job\b|\bwork\s+(?:as|at|in)\s+(?:a|an)\b", re.I)


def asking_part(question: str) -> str:
    """The sentences that ask, when a question marks them ("?"), and its last sentence (people often end on an
    unmarked question: "what do i do? can he go to jail for it"); else the whole text. What kind of answer is
    wanted is read there: "My family can't pay for a lawyer. Do I have to go in alone?" tells its money trouble
    as a fact and asks whether the asker goes alone, not how much anything costs."""
    found = [s for s in _SENTENCE_END.split(question) if s.strip()]
    asked = [s for s in found if s.rstrip().endswith(("?", "？"))]
    if not asked:
        return question
    return " ".join(asked + ([] if found[-1] in asked else found[-1:]))


def _about_the_law(understanding: Understanding) -> bool:
    """Whether a question asks what the law said of a conduct or its penalty, not for figures ("history" is
    no sign: any year counts as one)."""
    return ("penalty" in understanding.intents or "penalty" in understanding.asks_for
            or bool(understanding.conducts) or understanding.asks_gaps) and "statistics" not in understanding.intents


#: An image named by how it was made ("AI-edited pics", "some photoshopped nudes", "편집된 영상", "합성된 사진"): what
#: the material is, not the act of making it told of anyone ("he edited pics of me" tells the act).
EDITED_MATERIAL = re.compile(
    r"(?:\b(?:a|an|the|some|any|these|those|such|of|with|my|his|her|their|your|our|no|few|more|its|by|are|is|"
    r"found|find|saw|seen|see|got|get|received|receive|sent|send|shared|share|posted|post|spread|saved|save|keep|kept|have|"
    r"has|had|watch|watched|view|viewed|download|downloaded|forwarded|forward|about|over|into)\s+|^\s*)"
    r"(?:(?:ai|digitally|sexually|badly)[- ]?)?(?:edited|photoshopped|doctored|morphed|manipulated|generated|synthesi[sz]ed)"
    r"\s+(?:(?:nude|naked|sexual|sexy|fake|porn|explicit|dirty|lewd)\s+)?"
    r"(?:pics?|pictures?|photos?|images?|videos?|vids?|clips?|nudes?|porn|content|material|files?|selfies?)\b|"
    r"(?:편집|합성|가공|조작)된\s*(?:사진|영상|이미지|동영상|파일|짤|합성물|나체|누드)", re.I)


def _without_attributes(question: str) -> str:
    """The question with its images named by how they were made blanked (`EDITED_MATERIAL`): "my friend saved some
    AI-edited pics" tells of saving, not of editing."""
    return EDITED_MATERIAL.sub(lambda m: " " * len(m.group()), question)


#: When a period starts to run ("when does the statute of limitations start running", "공소시효는 언제부터 진행돼요"): the
#: answer is an event (the victim's coming of age), not a calendar date.
_PERIOD_STARTS = re.compile(r"(?:statutes?\s+of\s+limitations?|limitation\s+period|time\s+limit|clock|공소\s*시효|시효)\S*"
                            r"[^.?!]{0,40}?(?:start|begin|run|count|진행|시작|기산|계산)", re.I)


#: The material said not to be sexual: "if it's not sexual, just funny", "nothing sexual", "a non-sexual fake", "isn't
#: porn", "야한 건 아니고", "성적인 내용은 없는데", "음란하지 않은". The sexual-image offences then do not reach it.
NOT_SEXUAL = re.compile(r"\b(?:not|isn'?t|wasn'?t|aren'?t|weren'?t|never|nothing|non)[\s-]+(?:\w+[\s-]+){0,2}?"
                        r"(?:sexual\w*|porn\w*|nude|naked|explicit|lewd|nsfw)\b|\bno\s+(?:nudity|sexual\s+content)\b|"
                        r"(?:야하|성적이|음란하|선정적이|야시시하)(?:지\s*(?:는\s*|도\s*)?않|진\s*않)|"
                        r"(?:야한|성적인|음란한|선정적인|야시시한)\s*(?:건|거|게|것은?|내용은?|사진은?|영상은?)\s*(?:아니|없)", re.I)


#: A drawn or invented figure that looks like a child: "fictional characters who look like kids", "anime schoolgirls",
#: "교복 입은 애니 캐릭터", "아동처럼 보이는 그림". The youth law's exploitation material covers a representation clearly
#: recognisable as a minor (Youth Sex Protection Act, Article 2, item 5); the deepfake article needs a real person's image.
_DRAWN = (r"\b(?:fictional|fictitious|made[- ]up|imaginary|invented|cartoon|anime|animated|drawn|drawings?|illustrat\w*|"
          r"manga|comic|hentai|virtual\s+(?:character|child|kid|girl|boy)|(?:2d|3d)\s+character)|"
          r"애니|만화|그림|일러스트|가상\s*(?:의\s*)?(?:인물|캐릭터|아동)|캐릭터|웹툰")
_CHILD_LIKE = (r"\b(?:kids?|child(?:ren)?|minors?|under[- ]?(?:age|18|19)|underage|young|teen\w*|school\s*(?:girls?|boys?|kids?)|"
               r"schoolgirls?|schoolboys?|loli\w*|shota\w*|little\s+(?:girls?|boys?))\b|"
               r"아동|아이|어린|미성년|청소년|초등|중학생|고등학생|교복|로리|학생")
SEXUAL_NAMED = re.compile(r"\b(?:nude|naked|nudity|sexual\w*|porn\w*|explicit|lewd|nsfw|hentai|erotic\w*|obscene|sex)\b|"
                           r"야한|야하|음란|성적|누드|나체|알몸|벗은|선정", re.I)
DRAWN_MINOR = re.compile(rf"(?:{_DRAWN})[^.?!]{{0,60}}?(?:{_CHILD_LIKE})|(?:{_CHILD_LIKE})[^.?!]{{0,40}}?(?:{_DRAWN})", re.I)


#: Initial-consonant shorthand young people type for the field's words ("ㄷㅍ 당함 어캄": 딥페이크 당함 어떡함), spelled out
#: before a question is read or searched: the model and the word index know the words, not their initials.
SHORTHAND = ((re.compile(r"(?<![ㄱ-ㅎ])ㄷㅍ(?![ㄱ-ㅎ])"), "딥페이크"), (re.compile(r"(?<![ㄱ-ㅎ])ㅈㅇㄴㅇ(?![ㄱ-ㅎ])"), "지인능욕"),
             (re.compile(r"(?<![ㄱ-ㅎ])ㅎㅅ(?![ㄱ-ㅎ])"), "합성"), (re.compile(r"(?<![가-힣])어캄(?![가-힣])"), "어떡함"),
             (re.compile(r"(?<![가-힣])어케(?=\s|$|[?.!])"), "어떻게"))


#: An article named without its "제" ("14조의2랑 14조의3 차이", "14조 3항"): written as the law writes it, so that it is
#: read as an article; a sum in trillions ("1조 원", "2조원") is no article.
_BARE_ARTICLE = re.compile(r"(?<![\d,.제])(?<!제\s)(\d{1,3})\s*조(?=\s*의\s*\d|\s*(?:제\s*)?\d+\s*항|"
                           r"(?:에서|에선|에|는|은|가|이|랑|이랑|와|과|를|을|도|의|만)?(?:\s|$|[?.!,]))(?!\s*(?:원|달러|개))")


def spelled_out(question: str) -> str:
    """The question with the field's initial-consonant shorthand spelled out (`SHORTHAND`), and an article named
    without its "제" written with it (`_BARE_ARTICLE`)."""
    for pattern, word in SHORTHAND:
        question = pattern.sub(word, question)
    return _BARE_ARTICLE.sub(r"제\1조", question)


#: Korean the law itself is named in, in a question of another language: an article ("제14조의2", "14조") or an Act's
#: short name ("성폭력처벌법").
_NAMED_IN_KOREAN = re.compile(r"제?\s*\d+\s*조(?:\s*의\s*\d+)?(?:\s*제?\s*\d+\s*항)?|[가-힣]{2,}법(?:\s*시행령)?(?![가-힣])")


def question_language(question: str) -> str:
    """The language a question is asked in: its words', not those of the law it names ("What is the difference between
    성폭력처벌법 14조 and 14조의2?" is asked in English), unless nothing else is left."""
    rest = _NAMED_IN_KOREAN.sub(" ", question)
    return detect_language(rest if re.search(r"[A-Za-z가-힣]", rest) else question) or "en"


#: What follows for someone asked: "what happens if …", "어떻게 되나요".
_WHAT_HAPPENS = re.compile(r"\bwhat\s+(?:happens|will\s+happen|would\s+happen|could\s+happen)\b|어떻게\s*(?:되|돼|됩|처리)", re.I)


def understand(question: str, persona: str | None = None, examples: IntentExamples | None = None) -> Understanding:
    """What a question asks, about what, and who is probably asking (``examples`` fill in the intent
    when no keyword rule fires)."""
    language = question_language(question)
    cues = _found(PERSONA_CUES, question)
    if "staff" in cues and STAFF_SELF.search(question):
        cues.insert(0, "staff")  # "i'm a homeroom teacher. a student told me": the role said outweighs the "me"
    result = Understanding(
        language=language,
        intents=_found(INTENTS, question),
        conducts=[c for c, patterns in CONDUCTS.items() if _done(patterns, _without_attributes(question) if c == "make" else question)
                  and not (c == "possess" and _EVIDENCE_KEPT.search(question))],
        materials=_found(MATERIALS, question) or (["deepfake"] if EDITED_MATERIAL.search(question) else []),
        minor_victim=_minor_harmed(question),
        minor_doer=bool(_MINOR_DOING.search(question) or doer_age_named(question)
                        or re.search(r"촉법|juvenile offender|young offender", question, re.I)),
        persona=persona or (cues[0] if cues else "victim"),
        in_scope=in_scope(question),
        speaks_as_victim=speaks_as_victim(question),
        asks_for=_found(ASKS_FOR, asking_part(question)),
        yes_no=asks_yes_no(question),
        asks_gaps=bool(GAPS_NAMED.search(question)),
    )
    if ADULT_STUDY.search(question) and not re.search(_YOUNG_AGE, question, re.I) and not _SCHOOL_LEVEL.search(question):
        # "a guy in my class" at university, "im an exchange student in seoul": no child
        result.minor_victim = result.minor_doer = False
    result.implied_as_of = implied_date(question, years=_about_the_law(result) and not CHANGED_IN.search(question))  # by the words' own intents, not examples
    if not result.intents and examples is not None:
        result.intents = examples.nearest(question)
        result.intents_guessed = bool(result.intents)
    if not result.materials and _DEEPFAKE_ARTICLE.search(question) and not _OTHER_LAW.search(question):
        result.materials.append("deepfake")  # "what did article 14-2 say before October 2024 about viewing"
    if "deepfake" not in result.materials and "filmed" not in result.materials and FILMED_EVERYDAY.search(question):
        result.materials.append("filmed")  # "i let my ex film us back then but now he posted it"
    if "csam" in result.materials and not _MATERIAL_WORDS.search(question):
        result.materials.remove("csam")  # a child is named, but no image: rape, buying sex, coercion … not material
    if "csam" in result.materials and not result.minor_victim and not CHILD_MATERIAL_NAMED.search(question):
        result.materials.remove("csam")  # the young person named is the one who did it, not the one shown
    if "csam" in result.materials and CHILD_MATERIAL_NAMED.search(question):
        result.minor_victim = True  # "storing deepfake CSAM": the material named shows a child
    if re.search(r"\badult\b|성인", question, re.I) and not _ADULT_DOER.search(question) and "csam" in result.materials \
            and not ((re.search(_YOUNG_AGE, question, re.I) or _YOUNG_WORD.search(question)) and _COMPARED_WITH.search(question)):
        result.materials.remove("csam")
        result.minor_victim = False
    if "threaten" in result.conducts and "distribute" in result.conducts and not _SPREAD_DONE.search(question):
        result.conducts.remove("distribute")  # "he'll send it unless …": spreading is what is threatened, not done
    if "distribute" in result.conducts and {"possess", "view"} & set(result.conducts) and _RECEIVED.search(question) \
            and not _OWN_SPREADING.search(question):
        result.conducts.remove("distribute")  # "downloading a fake someone sent in a group chat": the asker received it
    if "distribute" in result.conducts and _RECEIVED.search(question) and _OWN_LIABILITY.search(question) \
            and not _OWN_SPREADING.search(question) and not {"possess", "view"} & set(result.conducts):
        # "친구가 반 친구 딥페이크를 보내줬는데 바로 지웠어요 저도 처벌받나요", "my friend sent me one … am I in trouble": the
        # asker received it, and asks of having had it, not of the sender's spreading
        result.conducts[result.conducts.index("distribute")] = "possess"
    if "distribute" in result.conducts and _OTHERS_SPREAD.search(question) and _OWN_LIABILITY.search(question) \
            and not _OWN_SPREADING.search(question):
        result.conducts.remove("distribute")  # "누가 올렸는데 나도 그 방에 있었으면 처벌받아요?": the asker only was there
    if "distribute" in result.conducts and {"possess", "view"} & set(result.conducts) and _OTHERS_SPREAD.search(question) \
            and not _OWN_SPREADING.search(question):
        result.conducts.remove("distribute")  # "누가 단톡에 올린 영상 보기만 한 것도": another posted it; the asker watched
    if "make" in result.conducts and {"possess", "view"} & set(result.conducts) and _MADE_THING.search(question):
        result.conducts.remove("make")  # "합성한거 보기만 해도": the fake is named by its making; the asker only saw it
    if "distribute" in result.conducts and identity_not_image(question):
        result.conducts.remove("distribute")  # "제 실명을 올렸어요": who the victim is was made public, not the image
    if result.conducts == ["habitual"]:
        # doing it again and again qualifies an act: with the act gone (a friend "keeps sending" them to the asker, who
        # only was in the chat), nothing is done habitually by the one asked about
        result.conducts = []
    if _CONSEQUENCE_ASKED.search(asking_part(question)) and _PENALTY_GIVEN.search(question):
        # "벌금형이면 신상정보 등록은 안 되는 거죠?": the sentence is told as given; what follows from it is asked
        result.intents = [i for i in result.intents if i != "penalty"]
        result.asks_for = [k for k in result.asks_for if k != "penalty"]
    if re.search(SCHOOL_DECIDES_KO, question) and "school_discipline" not in result.intents:
        result.intents.append("school_discipline")  # "학교에서 어떤 처분이 나와요?": the school's measures are asked
    if SCHOOL_PUNISHES.search(question) and "penalty" in result.intents and not re.search(SAME_LAW, question, re.I):
        # the school's punishment: its measures (not "filmed at school, is that the same law as deepfakes?")
        result.intents = [i for i in result.intents if i != "penalty"] + ["school_discipline"] * (
            "school_discipline" not in result.intents)
        result.asks_for = [k for k in result.asks_for if k != "penalty"]
    if DRAWN_MINOR.search(question) and SEXUAL_NAMED.search(question) and not NOT_SEXUAL.search(question):
        # "AI nude images of fictional characters who look like kids": exploitation material, of no real person
        result.drawn_minor, result.minor_victim = True, True
        result.materials = ["csam"]
    if NOT_SEXUAL.search(question):
        # "a deepfake of a celebrity, not sexual, just funny": no sexual material, so no sexual-image offence's cell
        result.not_sexual, result.materials = True, []
    if AGE_OF_RESPONSIBILITY.search(question):
        result.asks_for = [k for k in result.asks_for if k != "penalty"]  # the age asked, not a prison term
    if TEACHER_DID.search(question) and "teacher_protection" in result.intents:
        # a teacher who made it: no teacher was harmed; what happens to that teacher is the penalty asked
        result.intents = [i for i in result.intents if i != "teacher_protection"] or ["penalty"]
    if TEACHER_DID.search(question) and _WHAT_HAPPENS.search(question) and "penalty" not in result.intents:
        # "what happens if the perpetrator is a teacher", "선생님이 만든 거면 어떻게 되나요": the teacher's penalty
        # is asked (an intent guessed from examples of other questions is dropped)
        result.intents = ["penalty"] + ([] if result.intents_guessed else result.intents)
        result.intents_guessed = False
    if "duty_to_report" in result.intents and "reporting" in result.intents:
        result.intents.remove("reporting")
    if "date" in result.asks_for and _PERIOD_STARTS.search(question):
        result.asks_for.remove("date")  # "when does the limitation period start running": from an event, not a date
    return result
