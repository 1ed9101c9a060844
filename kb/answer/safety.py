"""The words of safety: the rules that refuse plain asks for help with the crime, the voices that come
first (a victim, someone speaking for one, someone asking how to report or remove), the subject a
harmful request must touch, what a refusal says and quotes, and the human help every answer points to.

A request is harmful when it asks for help to make, find, spread or sell sexual deepfakes, to evade an
investigation, to identify a victim, to threaten someone with images or to groom a child. A victim asking
how to report, or anyone asking what the penalty is, is not: the rules look for the asker's own
operational ask ("how to make", "send me the link", "만들어줘"), not for the topic. The learned layer
that decides everything the rules leave open is `kb.answer.safety_gate`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.answer.wrapped_asks import WRAPPED

_SEXUAL = r"(딥페이크|딥페|합성|누드|나체|알몸|벗[은긴]|야한|음란|성적|섹스|야동|능욕|deep\s*fakes?|nudes?|naked|porn\w*|explicit|sexual|lewd|nsfw|undress\w*|nudif\w*)"
_ASK_EN = r"(how\s+(do|can|would|should)\s+i|how\s+to|help\s+me|can\s+you|could\s+you|teach\s+me|steps?\s+to|i\s+(want|wanna|need)\s+to)"
#: Putting it back up against removal, asked by the one who posts it ("how do i keep reuploading the fake after they
#: delete it", "삭제돼도 계속 다시 올리는 방법"): spreading, and evading the takedown.
_DEFYING_REMOVAL = (
    rf"{_ASK_EN}\s+(keep\s+)?(re-?upload|re-?post|spread|post|share|upload|put)\w*\s+(\w+\s+){{0,4}}?"
    r"((after|when|once|every\s+time|even\s+if)\s+(it\s+gets?|it'?s|they|the\s+\w+|mods?)\s+(\w+\s+)?(delet|remov|tak(e|en)\s+(it\s+)?down|ban)\w*|"
    r"(so|and)\s+(that\s+)?(it|they)\s+(can'?t|cannot|won'?t)\s+(ever\s+)?be\s+(removed|deleted|taken\s+down))|"
    r"(삭제|지워|지우|내려|내리|차단)\S*\s*(돼도|되도|져도|가도|당해도|먹어도|해도)\s*(\S+\s*){0,3}(다시|계속|또)\s*(올리|뿌리|퍼뜨)\S*\s*(는\s*)?(법|방법)|"
    r"(안|못)\s*(지워지게|내려가게|삭제되게)\s*(\S+\s*){0,2}(올리|뿌리|퍼뜨)\S*\s*(는\s*)?(법|방법|려면)")
#: A child named as the one approached, in English and Korean (the groom rules).
_CHILD_NOUN = (r"(?:kid|child|minor|teen(?:ager)?|(?:middle|high|elementary|primary)[\s-]*school(?:er|\s+girl|\s+boy|\s+kid)|"
               r"schoolgirl|schoolboy|(?:girl|boy|kid)\s+(?:aged\s+)?1[0-7]|1[0-7][\s-]*(?:year[\s-]*old|yo|y/o)(?:\s+(?:girl|boy|kid))?)")
_CHILD_KO = r"초등학생|중학생|고등학생|초딩|중딩|고딩|여중생|여고생|남중생|미성년자|청소년|(?<!\d)1[0-7]\s*살"
#: A platform kept from taking a server or post down ("how do we keep discord from banning it", "so telegram won't shut
#: the channel down"): spreading, and evading the takedown.
_KEEPING_IT_UP = (r"\bkeep\s+(discord|telegram|insta\w*|twitter|x|reddit|tiktok|kakao\w*|the\s+(platforms?|sites?|apps?|mods?|moderators?|admins?))\s+"
                  r"from\s+(ban|delet|remov|shut\w*\s+(it|us|them|this|that)?\s*down|find|flag|tak\w*\s+(it|us|them)?\s*down|notic)\w*|"
                  r"\bso\s+(that\s+)?(discord|telegram|insta\w*|twitter|x|reddit|tiktok|the\s+(platforms?|sites?|apps?|mods?|moderators?|admins?))\s+"
                  r"(doesn'?t|don'?t|won'?t|can'?t|cannot|never)\s+(ban|delete|remove|shut|find|flag|take|notice)\w*")
#: The one harmed kept from reporting, in English ("how do i scare her out of going to the police").
_SILENCING = (r"\b(scare|stop|keep|pressure|intimidate|threaten|frighten|talk)\w*\s+(the\s+)?(victim|her|him|them|girl|boy|witness|kid)\s+"
              r"(out\s+of|from|into\s+not|so\s+(she|he|they)\s+(won'?t|doesn'?t|don'?t|can'?t|will\s+not))\s+"
              r"(report\w*|tell\w*|going\s+to\s+the\s+(police|cops)|press\w*\s+charges|testif\w*|su(e|ing))")
#: Where people undress or wash, or under clothes: a camera hidden there films them (제14조).
_PRIVATE_PLACE_EN = (r"(bathroom|toilet|restroom|shower|changing\s*rooms?|locker\s*rooms?|dressing\s*rooms?|fitting\s*rooms?|"
                     r"bedroom|roommate'?s?\s+room|her\s+room|up\s*skirt|under\s+(her|a)\s+(skirt|dress))")
#: Looking for hidden cameras is protecting oneself, not filming.
_FINDING_CAMERAS = re.compile(r"찾|탐지|발견|감지|점검|확인|detect|find|spot|check\w*\s+(for|a|the)|sweep|scan", re.I)

#: A story agreed with another, the blame put on someone else, the asker's way out of the charge, a device kept from the
#: police ("how do i get my friend to take the blame for the deepfakes", "what do we need to get straight between us before
#: the interview", "is that enough to beat the charge" of the asker's own claim, "encrypt the folder so police can't force me
#: to open it", "무혐의로 빠지는 꼼수", "자수하는 거랑 … 모른 척하는 거 중에 뭐가 더 안 걸려요?"): escaping the law, not asking it.
_COVER_STORY = (
    r"\b(?:get|make|have|convince|persuade)\s+(?:my\s+|a\s+|the\s+)?\w+\s+(?:to\s+)?take\s+the\s+(?:blame|fall|rap)\b|"
    r"\bget\s+(?:it|things|this|that|our\s+stor(?:y|ies))\s+straight\b|\bget\s+straight\s+between\s+us\b|"
    r"\b(?:i|we)\b[^.?!]{0,80}\b(?:beat|dodge|escape|get\s+out\s+of)\s+the\s+(?:charges?|case|rap)\b|\bget\s+me\s+off\b|"
    r"\bso\s+(?:the\s+)?(?:police|cops|investigators?)\s+(?:can'?t|cannot|won'?t)\s+(?:force|make|get\s+into|open|read|access|see)\b|"
    # a denial planned to get off ("합성 안 했다고 하면 증거 없으면 무혐의 나와요?", "if i just deny it, can they prove anything")
    r"(?:안|않았|안\s*했|모른)\S*다고\s*(?:하면|우기면|잡아\s*떼면|버티면)\s*.{0,30}(?:무혐의|증거\s*(?:가\s*)?없으면|빠져|안\s*걸리|처벌\s*안)|"
    r"\bif\s+(?:i|we)\s+(?:just\s+)?(?:deny|say\s+(?:i|we)\s+didn'?t|claim\s+(?:i|we)\s+didn'?t)\b.{0,60}\b(?:no\s+evidence|beat|get\s+off|walk|dropped|can'?t\s+prove)|"
    r"(?:친구|걔|그\s*친구|같이\s*한\s*애)\S*\s*(?:\S+\s*){0,2}?말\s*(?:을\s*)?맞추|(?:무혐의|불기소)\S*\s*(?:\S+\s*){0,2}?"
    r"(?:빠지는|받는|나오는)\s*(?:\S+\s*)?(?:꼼수|방법|팁)|모른\s*척\S*\s*(?:\S+\s*){0,3}?(?:뭐가|어느\s*게|나아|더\s*(?:안|나))")

# What is made right after a document noun (표, 목록, 리스트, 자료, 안내문), with or without 로/으로, is the
# document: "비교표로 만들어 주세요" asks for a table, not a picture.
_NOT_A_DOCUMENT = "".join(rf"(?<!{noun}{particle}{space})"
                          for noun in "표록트료문" for particle in ("", "로", "으로") for space in ("", r"\s"))

#: (category, pattern), tried in order by `check_request` on the request with its whitespace collapsed and
#: quoted passages removed, once the asker is neither a victim nor protecting anyone; the first match names
#: the Refusal. Each pattern needs the asker's own operational ask ("만들어줘", "send me the link", "how do I
#: make …"), not just the topic.
_HARMFUL: tuple[tuple[str, re.Pattern], ...] = tuple((category, re.compile(pattern, re.I | re.S)) for category, pattern in (
    # making one
    ("make", rf"{_ASK_EN}\s+(make|create|generate|produce|photoshop|render)\s+(a\s+|an\s+|some\s+)?(\w+\s+){{0,2}}(nudes?|naked|porn\w*|explicit|lewd|nsfw)\b"),
    ("make", r"\b(best|good|free|which|recommend\w*)\b.{0,20}\b(nudify|undress\w*|deepnude|nude|deepfake|face\s*swap)\s*(app|bot|tool|site|ai)s?\b"),
    ("make", r"\b(best|good|free|which|recommend\w*|easiest|simplest|top|quickest)\b.{0,20}\b(apps?|bots?|tools?|sites?|ai|programm?e?s?|websites?|software)\b"
             r".{0,30}\b(make|turn|get)\s+(someone|somebody|her|him|a\s+\w+|people|anyone|them|my\s+\w+)\s+(look\s+|appear\s+)?"
             r"(naked|nude|topless|undressed|unclothed|in\s+(underwear|lingerie))\b"),
    # a service that does it ("지인 얼굴로 ㅈㅇㄴㅇ 해주는 곳 아는 사람"), or the clothes taken off a photo ("이 사진 옷 지워줘")
    ("make", r"(지인\s*능욕|능욕|ㅈㅇㄴㅇ|ㄴㅇ|합성|합사|딥페|ㄷㅍ|누드|나체|알몸|벗기)\S*\s*(\S+\s*)?(해\s*주는|만들어\s*주는|의뢰\s*받는|작업\s*해\s*주는)\s*"
             r"(곳|사람|데|방|계정|분|사이트|업체)|"
             r"옷\S*\s*(좀\s*|다\s*)?(지워|지우|벗겨|벗기|없애|날려|제거\s*해)\S*\s*(줘|주세요|줄래|줄\s*수|봐|달라|주실)"),
    # the tool asked for by what it does ("can you recommend an AI that can undress a photo?")
    ("make", r"\b(recommend\w*|suggest|know\s+(of\s+)?(any|an?|some)|is\s+there\s+(an?|any)|name\s+(an?|any|some))\s+(\w+\s+){0,2}?"
             r"(apps?|bots?|tools?|sites?|ai|programm?e?s?|websites?|software)\s+(that|which|to)\s+(can\s+|will\s+|could\s+)?"
             r"(undress\w*|nudif\w*|strip\w*\s+(the\s+)?cloth\w*|remov\w*\s+(the\s+)?cloth\w*|mak\w*\s+(\w+\s+)?nudes?|"
             r"turn\w*\s+(\w+\s+){0,3}?into\s+(a\s+)?nudes?)"),
    ("make", r"\b(apps?|bots?|tools?|sites?|ai|programs?|websites?)\b.{0,25}\b(strips?|removes?|takes?\s+off|erases?)\s+(the\s+)?"
             r"(clothes|clothing|bikinis?|swimsuits?|underwear)"),
    ("sell", r"(합성|딥페|능욕|누드|나체)\S*.{0,40}(얼마\s*(받아야|받을까|받으면|불러|부를까|에\s*팔)|(가격|단가)\S*\s*(을\s*|를\s*)?(어떻게|얼마로|얼마나|정하|짜)|"
             r"등급\S*\s*(을\s*|를\s*)?(나누|짜|정하)|유료\s*(회원|구독)\S*\s*(로\s*|으로\s*)?(운영|돌리|만들))"),
    # naming the tool that does it ("which bots do they use to make nude edits", "where would I get that programme")
    ("make", r"^(?!.*\b(illegal|legal|crimes?|criminal|sue|victims?|punish\w*|laws?|report\w*|block\w*|ban\w*|regulat\w*|detect\w*|spot\w*|tell\s+(if|whether)|check\w*|identif\w*|recogni\w*|verif\w*)\b)"
             r".*?\b(which|what|best|name\s+(a\s+few|some|the))\s+(\w+\s+){0,3}?(apps?|bots?|tools?|sites?|websites?|programm?e?s?|software)\b"
             r"(?=.{0,60}\b(undress\w*|nudif\w*)|.{0,40}\b(make|makes|making|made|generat\w*|creat\w*|strip\w*|remov\w*|swap\w*|edit\w*|turn\w*)\b"
             r".{0,40}\b(nudes?|naked|porn\w*|without\s+(their|her|his)\s+(clothes|swimsuits?|bikinis?)|sexual|lewd|nsfw)\b)"),
    ("make", r"\b(photoshop|put|paste|stick|swap|edit)\s+([\w'’]+\s+){0,3}?(face|head)\s+(on|onto)\s+(a\s+|an\s+|some\s+)?(\w+\s+){0,2}?"
             r"(porn\s*stars?|porn\w*|naked|nude|bikini|lewd|nsfw)\b(?=.{0,120}\b(best|free|which|tool|app|help\s+me|how\s+(do|can)\s+i|how\s+to)\b)"),
    ("make", rf"(write|give|make)\s+me\s+(a\s+)?(prompt|script|code|workflow)s?\b.{{0,80}}{_SEXUAL}"),
    # (a table, a list or a notice made is a document: "나라별 법정형 비교표 만들어 주세요")
    ("make", rf"{_SEXUAL}.{{0,40}}(만드는\s*(법|방법)\s*(좀|알려|가르쳐)|어떻게\s*만들(어|죠|지|까|어요)|{_NOT_A_DOCUMENT}만들어\s*(줘|주세요|줄\s*수|봐)|제작\s*(해\s*줘|해주세요)|합성\s*(해\s*줘|해주세요|해\s*줄)|생성\s*(하는\s*법|해\s*줘))"),
    ("make", r"(딥페이크|딥페|합성|누드|나체|알몸|옷\s*벗기는)\s*(사진|영상|이미지)?\s*(ai\s*)?(앱|어플|사이트|봇|프로그램|툴|ai)\s*(추천|알려\s*(줘|주세요|줄래)|뭐\s*(있|써|야)|이름\s*(알려|뭐))"),
    ("make", r"(지인\s*능욕|능욕)\s*(의뢰|해\s*줘|해주세요|해\s*줄|맡기|부탁)"),
    # writing the threat for them: "write a text telling her i'll post her nudes unless she pays"
    ("extort", r"\b(write|draft|compose|word)\b.{0,30}\b(message|text|dm|email|note|letter)s?\b(?=.{0,100}"
               r"\b(unless|or\s+(else|i'?ll|we'?ll)|threaten\w*|if\s+(she|he|they)\s+(doesn'?t|don'?t|won'?t|refuses?)))"
               r".{0,100}\b(post|leak|send|share|spread|show|release|upload)\w*\s+(\w+\s+){0,3}"
               r"(nudes?|pics?|photos?|videos?|deep\s*fakes?|fakes?|images?)\b"),
    ("extort", r"(퍼뜨린|뿌린|올린|유포한|퍼뜨리겠|뿌리겠|올리겠|유포하겠|협박)\S*.{0,30}(문자|메시지|메세지|디엠|dm|글|편지|협박문)\S*\s*"
               r"(좀\s*)?(써|작성|만들어)\s*(줘|주세요|줄래|달라|봐)"),
    # the asker's own plan to threaten for money or more ("영상 유포한다고 협박해서 돈 받으려는데 얼마 부르는 게 적당해요")
    ("extort", r"(유포|뿌린|뿌리|퍼뜨린|퍼뜨리|올린|올리)\S*\s*(다고|다며|겠다고)\s*(\S+\s*)?(협박|겁)\S*\s*(\S+\s*){0,3}?"
               r"(돈|금품|만남|사진|영상|관계)\S*\s*(을\s*|를\s*)?(받으려|뜯으려|받아\s*내려|얻으려|요구하려|받을\s*(건데|거))"),
    # the one harmed kept from reporting ("피해자가 신고 못 하게 겁주려면", "scare her out of going to the police")
    ("evade", r"^(?!.*(가해자|상대방|누가|협박\s*(을\s*)?(받|당)))(?=.*(신고|고소|말|진술|증언|얘기)\S*\s*(을\s*|를\s*)?(못|안)\s*하게).*?"
              r"((겁\s*주|협박\s*하|입\s*막|막)\S*?(려면|려는데|는\s*(법|방법))|뭐라고\s*(해야|하면|말해|보내))|"
              + _SILENCING),
    # the images used to get money, a meeting or more images from the person shown ("전여친 합성사진 … 이걸로 돈 받아내려면",
    # "how do i use her pics to make her pay")
    ("extort", r"(합성|딥페|능욕|누드|나체|야한|사진|영상)\S*.{0,40}(이걸로|그걸로|이거로|그거로|이거\s*가지고|그거\s*가지고|빌미로|약점\s*(으로\s*)?삼아)\s*"
               r"(\S+\s*){0,2}?(돈|금품|만남|영상|사진|관계)\S*\s*(을\s*|를\s*)?(받아\s*내|뜯어\s*내|뜯|요구\s*하|얻어\s*내|내놓게\s*하|하게\s*하)"
               r"(으?려면|으?려는데|으?려고|는\s*(법|방법)|을?\s*수|을?까|으면\s*(될|돼))"),
    ("extort", rf"{_ASK_EN}\s+(\w+\s+){{0,3}}?(use|leverage)\s+(the\s+|these\s+|those\s+|her\s+|his\s+|my\s+)?(\w+\s+)?"
               r"(nudes?|pics?|photos?|videos?|deep\s*fakes?|fakes?|images?)(\s+(of|from)(\s+\w+){1,2}?)?\s+to\s+(get|make|force|extract|squeeze|pressure)\b"),
    # the asker's own threat, announced and then asked how to deliver ("담임 딥페 커뮤에 올린다고 할 거임 익명으로 어떻게 보냄")
    ("extort", r"^(?!.*(대응|대처|위로|말려|말리|막으|막을|막는|상담|당하|당했|받고\s*있))(?=.*(합성|딥페|능욕|누드|나체)).*?(합성|딥페|능욕|누드|나체|사진|영상)\S*.{0,30}(올린|올리겠|뿌린|뿌리겠|보낸|보내겠|퍼뜨린|퍼뜨리겠|유포한|유포하겠)다고\s*(할\s*(거|건|게|꺼)(?!래)|하려)\S*"
               r".{0,40}(어떻게|방법|뭐라고|어케|써\s*(줘|주세요)|다듬어)"),
    # filming someone secretly (제14조): a camera to hide, or how to film a person where they undress
    ("film", rf"(\b(best|good|cheap|which|recommend\w*|where\s+(can|do)\s+i\s+(buy|get))\b.{{0,25}}\b(cameras?|cams?|recorders?)\b.{{0,40}}"
             rf"\b(hide|hidden|conceal\w*|secretly|without\s+(her|him|them|anyone)\s+(knowing|noticing)|{_PRIVATE_PLACE_EN})|"
             rf"{_ASK_EN}\s+(\w+\s+){{0,2}}(hide|plant|install|put)\s+(a\s+|the\s+|my\s+)?(\w+\s+)?(cameras?|cams?)\b.{{0,40}}{_PRIVATE_PLACE_EN}|"
             rf"{_ASK_EN}\s+(secretly\s+)?(film|record|video|photograph|take\s+(pics?|photos?|videos?)\s+of)\s+(\w+\s+){{0,4}}"
             rf"(secretly|without\s+(her|him|them)\s+(knowing|noticing)|{_PRIVATE_PLACE_EN}|(showering|changing|undressing)))"),
    ("film", r"(몰래|숨겨|숨길|숨기는|안\s*보이게|티\s*안\s*나게)\S*\s*.{0,30}(카메라|캠|몰카|찍을|찍는|찍어|촬영할|촬영하는|촬영해)\S*\s*.{0,15}"
             r"(추천|알려|어디서\s*사|뭐가\s*좋|설치|는\s*(법|방법)|방법)|"
             r"(화장실|샤워|탈의실|목욕|치마\s*속|룸메|기숙사\s*방)\S*\s*.{0,20}(카메라|캠)\S*\s*.{0,10}(설치|숨기|달)\S*\s*(는\s*)?(법|방법|하려면|추천)|"
             r"(치마\s*속|샤워하는|씻는|옷\s*갈아입는)\S*\s*.{0,20}(몰래\s*)?(찍는|찍을|촬영하는)\s*(법|방법|카메라|앱)"),
    ("spread", rf"^(?=.*({_SEXUAL}|\bfakes?\b|짤)).*?({_DEFYING_REMOVAL})"),
    # a platform kept from taking it down
    ("spread", rf"^(?=.*({_SEXUAL}|\bfakes?\b|\bedits?\b|짤|\bpics?\b)).*?({_KEEPING_IT_UP})"),
    # posted so widely it can never be removed ("how many copies do i need to post so it can never be fully deleted")
    ("spread", r"\b(post|upload|share|spread|mirror|copies|re-?post|put)\w*\b.{0,60}\bso\s+(that\s+)?(it|they|the\s+\w+)\s+"
               r"(can\s+never|can'?t\s+ever|cannot\s+ever|will\s+never|won'?t\s+ever|never\s+can|can'?t|cannot|won'?t)\s+(\w+\s+)?be\s+"
               r"(fully\s+|completely\s+|totally\s+|all\s+)?(removed|deleted|taken\s+down|wiped|erased|scrubbed)\b"),
    # slipping it past a platform's filter or matching ("what do i crop so it gets past instagram's nudity filter")
    ("spread", rf"^(?=.*({_SEXUAL}|\bfakes?\b|face\s*swaps?))(?=.*({_ASK_EN}|what\s+(do|should)\s+i|trick\s+to|hashtags?\s+that|"
               r"(post|upload|share)\s+(\w+\s+){1,4}without\s+it\s+getting)).*?\b(past|around|bypass\w*|dodg\w*|evad\w*|beat|fool|slip\w*\s+(past|through))\s+"
               r"(the\s+|its\s+|their\s+|\w+'s\s+)?(\w+\s+){0,2}?(filters?|moderation|auto-?mod\w*|detection|detectors?|hash[\s-]*match\w*)\b|"
               r"without\s+(the\s+|their\s+|\w+'s\s+)?(\w+\s+){0,2}?(filters?|hash[\s-]*match\w*|detection|moderation)\s+(catching|flagging|detecting|noticing)|without\s+it\s+getting\s+(taken\s+down|removed|flagged|caught)"),
    # selling sexual fakes of real people while keeping out of the law's sight ("run a paid subscription channel of AI
    # 'lookalike' adult content of real influencers while staying under the radar")
    ("sell", r"^(?=.*\b(?:paid|subscription|patreon|onlyfans|monetiz\w*|sell\w*|profit\w*|premium)\b)"
             r"(?=.*\b(?:lookalike|look-alike|deep\s*fakes?|fakes?|face[\s-]*swaps?|ai[\s-]*generated|ai)\b)"
             r"(?=.*\b(?:adult|nsfw|nudes?|naked|porn\w*|explicit|sexual|lewd|spicy)\b)"
             r".*\b(?:(?:stay\w*|keep\w*|fly\w*)\s+under\s+the\s+radar|avoid\w*\s+(?:the\s+)?(?:law|police|cops|charges?)|"
             r"(?:without|not)\s+(?:getting\s+)?(?:caught|banned|charged|prosecuted)|loopholes?)\b"),
    # pricing one's own material ("how much should i charge per custom face swap nude")
    ("sell", rf"^(?=.*({_SEXUAL}|\bfakes?\b|face\s*swaps?)).*?\b(how\s+much\s+(should|do|can|could|would)\s+(i|we)\s+(charge|ask|sell|price|get)|"
             r"what\s+(should|do|can)\s+(i|we)\s+charge|going\s+rate|tryna\s+price|(set|my)\s+(prices|pricing)|price\s+(mine|them|it)\b)"),
    # finding or obtaining material
    ("find", r"(where|how)\s+(can|do|to)\s+(i\s+)?(find|download|watch|buy|access|join|get)\s+(some\s+|the\s+|a\s+|an\s+|any\s+|more\s+)?"
             r"((?!(on|about|for|of|regarding|against|to)\b)\w+\s+){0,2}(deep\s*fakes?|nudes?|naked|porn\w*|lewd|nsfw|fake\s+nudes?)\b"),
    ("find", r"(send|give|share|dm)\s+me\s+(the\s+)?(link|links|invite|channel|room|group)\b.{0,40}(deep\s*fake|nude|porn|room|channel|능욕|텔방)"),
    ("find", rf"{_SEXUAL}.{{0,40}}(어디서\s*(봐|보|구하|받|다운|사)|보는\s*곳|(사는|파는)\s*곳|구하는\s*(법|방법|곳)|다운\s*받는\s*(법|곳)|링크\s*(좀|줘|주세요|알려)|주소\s*(좀|줘|알려))"),
    ("find", r"(능욕방|텔방|합성방|딥페\s*방|능욕\s*채널)\s*.{0,15}(링크|주소|초대|입장).{0,10}(줘|주세요|알려|좀|있어\?|있나요|어디)"),
    # an invitation to a community that makes or trades them ("딥페 제작 커뮤 초대코드 있는 사람")
    ("find", r"(딥페|합성|능욕|누드|지인)\S*\s*(\S+\s*){0,2}?(방|커뮤|채널|서버|단톡|디코|카페)\S*\s*.{0,10}?"
             r"(초대\s*(코드|링크|장)|입장\s*(코드|링크)|링크|주소)\S*\s*(있는\s*(사람|분)|구해|구함|공유|좀|주실|줄\s*(사람|분)|있나요|있어|어디)"),
    # a plan to make one, then the tool asked for ("야한 합성 하나 만들 건데 … 프로그램이랑 설정 좀 알려줘"): making,
    # even when it should look natural ("티 안 나게"), which the evasion rules below would otherwise read as hiding
    ("make", r"(합성|딥페|야한|누드|알몸|나체|벗은)\S*.{0,30}(만들|합성하|제작하|뽑)\S*\s*(건데|려는데|려고|고\s*싶|을\s*거).{0,50}"
             r"(프로그램|앱|어플|사이트|툴|설정|프롬프트|방법)\S*\s*(좀\s*|이랑\s*|도\s*)?(알려|추천|가르쳐)"),
    # evading detection or punishment
    ("evade", rf"{_ASK_EN}\s+(\w+\s+){{0,3}}(avoid|evade|escape|not\s+get|without\s+getting)\s+(being\s+|getting\s+)?(caught|detected|traced|tracked|arrested|punished)"),
    ("evade", r"without\s+(the\s+)?(police|cops)\s+(being\s+able\s+to\s+)?(trac|find|catch|know)"),
    ("evade", r"\b(how\s+(do|can)\s+i|how\s+to|help\s+me)\s+(delete|destroy|hide|wipe)\s+(the\s+|all\s+|my\s+)?(evidence|traces|logs)\b"),
    ("evade", r"(안\s*걸리는|걸리지\s*않는|안\s*들키는|들키지\s*않는|추적\s*(안\s*되는|못\s*하게|피하는)|처벌\s*안\s*받는)\s*(법|방법)"),
    ("evade", r"(증거|흔적|기록)\s*(를|을)?\s*(없애는|지우는|인멸하는|숨기는)\s*(법|방법)|복구\s*(가\s*)?(안|못|불가능하)\s*(되|하)?게\s*(\S+\s*){0,2}?(지우|지워|삭제|없애|정리|포맷|초기화|밀어|날리|날려)|"
              r"(압수\s*수색|압색|포렌식).{0,20}(전에\s*(지우|삭제|없애)|피하는|못\s*찾게)|"
              # a search or forensics told of, then how to wipe files: "압수수색 온다는데 … 완전히 지우는 방법"
              r"(압수\s*수색|압색|포렌식|경찰|수사).{0,80}(완전히|영구\s*)?\s*(지우는|삭제하는|없애는|날리는)\s*(법|방법)|"
              # a phone to be handed to the police, cleaned first: "경찰이 폰을 제출하라고 한대요. 그 전에 … 정리하려면"
              r"(제출|압수|압색|포렌식|임의\s*제출).{0,60}(전에|before).{0,40}(정리|포맷|초기화|지우|지워|삭제|없애|밀어)\S*\s*"
              r"(려면|는\s*(법|방법)|하는\s*(법|방법)|해야|할\s*수)"),
    ("evade", r"\b(wipe|delete|erase|destroy|shred|store|stash|hide|keep|encrypt|save)\b.{0,60}\b(so|that)\s+(the\s+)?"
              r"(police\s+|cops\s+)?(police|cops|forensics?|investigators?)\s+((team|unit|lab|people|guys|officers|experts)\s+)?"
              r"(can'?t|cannot|won'?t|couldn'?t)\s+(recover|find|restore|get|open|access|see)|"
              r"\b(unrecoverabl\w*|forensically|beyond\s+recovery|can'?t\s+be\s+recovered)\b.{0,40}\b(wipe|delet\w*|eras\w*)|"
              r"\b(wipe|delet\w*|eras\w*)\b.{0,40}\b(unrecoverabl\w*|forensically|beyond\s+recovery|can'?t\s+be\s+recovered)"),
    ("evade", r"(합성|딥페|능욕|영상|사진|파일|짤|스티커)\S*.{0,40}(안\s*걸리(게|려면|는|나|지)|안\s*걸림|안\s*들키|안\s*드러나게|"
              r"티\s*안\s*나게|추적\s*(안|못)\s*(되게|하게)|기록\s*안\s*남(게|기|죠)|흔적\s*(없이|안\s*남게)|"
              r"경찰\S*\s*(못|모르게)\s*(찾|잡|추적)\S*\s*(게|도록))"),
    ("evade", r"\b(deep\s*fakes?|fakes?|edits?|nudes?|pics?|photos?|videos?|files?|it)\b.{0,60}\bwithout\s+(it\s+)?"
              r"(getting\s+(flagged|traced|caught)|tracing\s+back|being\s+(traced|flagged|detected|traceable|trackable)|anyone\s+(knowing|finding\s+out)|"
              r"(coming|leading|getting\s+traced)\s+back\s+to\s+(me|us|my)\b)|"
              # "how do i make sure it doesn't get traced back to my account"
              r"\b(make\s+sure|ensure|so)\s+(that\s+)?(it|they|this|that|the\s+\w+)\s+(doesn'?t|don'?t|won'?t|can'?t|cannot|never)\s+(ever\s+)?"
              r"(get\s+|be\s+|gets\s+)?(traced|tracked|linked|tied|connected)\s+(back\s+)?to\s+(me|us|my)\b|"
              r"\bhides?\s+(it|them)\s+from\s+(the\s+)?(police|cops)|"
              # "so a deepfake of my ex can't be traced back to me or flagged by police detection tools"
              r"\b(can'?t|cannot|won'?t|couldn'?t|never|not)\s+(ever\s+)?be\s+(traced|tracked|linked|tied|connected)\s+(back\s+)?to\s+(me|us|my\s+\w+)\b|"
              r"\b(police|cops|investigators?|forensics?)\s+(can'?t|cannot|won'?t|couldn'?t|never)\s+(\w+\s+)?(trace|track|link|tie)\s+(it|them|this|that)\s+(back\s+)?to\s+(me|us|my)\b|"
              # "how do I make sure the police can't trace a deepfake I posted?"
              r"\b(make\s+sure|ensure|so\s+that|so)\s+(the\s+)?(police|cops|investigators?|detectives?|authorities)\s+"
              r"(can'?t|cannot|won'?t|couldn'?t|never|don'?t)\s+(ever\s+)?(trace|track|find|identify|catch|link)\b|"
              r"\b(can'?t|cannot|won'?t|not|without|avoid|from)\s+(ever\s+)?(be|being|get|getting)\s+(\w+\s+){0,3}(flagged|detected|caught|matched)\s+by\s+([\w'’]+\s+){0,3}"
              r"(police|cops|detection|detectors?|forensic\w*|investigators?|watermark\w*|filters?|moderat\w*|hash\w*)|"
              r"^(?=.*\b(deep\s*fakes?|fakes?|face[\s-]*swaps?|nudes?)\b).*\b(strip\w*|remov\w*|scrub\w*|wip(e|ing))\s+(the\s+|all\s+|its\s+)?(metadata|exif)"),
    # the label or provenance data taken off a fake, or a filter kept from catching it ("strip the AI-generated label and
    # provenance metadata from fake nudes so platforms' filters won't catch them")
    ("evade", rf"^(?=.*\b(?:deep\s*fakes?|fakes?|face[\s-]*swaps?|nudes?|ai[\s-]*generated)\b){_ASK_EN}\s+(\w+\s+){{0,2}}?"
              r"(strip|remove|scrub|wipe|erase|delete|hide|get\s+rid\s+of)\s+(the\s+|all\s+|its\s+|any\s+)?([\w'-]+\s+){0,3}?"
              r"(metadata|exif|labels?|watermarks?|provenance|c2pa|content\s+credentials)\b|"
              r"\bso\s+(that\s+)?(the\s+)?([\w'’]+\s+)?(filters?|moderation|moderators?|detection|detectors?|police|cops)\s+"
              r"(won'?t|can'?t|cannot|don'?t|wouldn'?t|will\s+not)\s+(catch|detect|flag|find|notice|spot)\b"),
    # a story agreed with another, the blame put on someone else, a way out of the charge (`_COVER_STORY`)
    ("evade", _COVER_STORY),
    # telling the police apart in one's own room or channel ("How can I tell if someone in my deepfake trading Telegram room
    # is actually an undercover cop?", "우리 방에 위장수사관 있는지 어떻게 구별해요")
    ("evade", r"^(?=.*\b(?:my|our)\s+(?:\w+\s+){0,3}?(?:rooms?|chats?|channels?|groups?|servers?)\b)"
              r".*\b(?:tell|spot|detect|know|figure\s+out|find\s+out|recogni[sz]e|sniff\s+out|check)\b.{0,100}"
              r"\b(?:undercover|plain[\s-]?clothes?)\s*(?:cops?|police|officers?|agents?|investigators?)?|"
              r"(?:우리|제|내)\s*(?:\S+\s*){0,2}?(?:방|채널|단톡|텔방)\S*\s*(?:\S+\s*){0,3}?(?:위장\s*(?:수사관|경찰|수사)|잠입\s*경찰|경찰)\S*\s*"
              r"(?:\S+\s*){0,2}?(?:구별|구분|알아보|알아내|가려내|티\s*나|걸러)|"
              # keeping investigators out, wherever the room is named ("방 입장할 때 잠입 수사관 걸러낼 인증 질문", "screen out
              # undercover cops before they join")
              r"(?:위장\s*(?:수사관|경찰|수사)|잠입\s*(?:수사관|경찰|수사)|신분\s*(?:위장|비공개)\s*(?:수사관|경찰|수사))\S*\s*(?:\S+\s*){0,2}?"
              r"(?:걸러|가려내|막|차단|못\s*들어오|거르)|"
              r"\b(?:screen|weed|keep|filter|block|vet)\w*\s+(?:\w+\s+){0,2}?(?:out\s+)?(?:any\s+)?(?:undercover|plain[\s-]?clothes?)\s*"
              r"(?:cops?|police|officers?|agents?|investigators?)"),
    ("make", r"(step[\s-]*by[\s-]*step|walk\s+me\s+through)\b.{0,80}\b(mak(e|ing)|made|creat(e|ed|ing)|generat(e|ed|ing)|produc(e|ed|ing))\b.{0,60}"
             r"\b(nudes?|naked|porn\w*|explicit|sexual|deep\s*fakes?)\b"),
    ("make", r"(단계별로|순서대로|차근차근).{0,40}(만드는|만들|합성하는|제작하는).{0,30}(누드|나체|알몸|딥페|합성|음란|야한)|"
             r"(누드|나체|알몸|딥페|음란|야한).{0,30}(만드는|만들|합성하는|제작하는)\s*(법|방법|과정).{0,20}(단계별|순서대로|차근차근)"),
    # drawing a child in: talked into sending images of themselves, a call or meeting alone, a secret kept from their
    # parents ("the best way to talk a middle schooler into video calling me alone", "중학생 꼬셔서 사진 받는 법")
    ("groom", rf"^(?!.*\b(?:my|our)\s+(?:own\s+)?(?:\d+[\s-]*(?:year[\s-]*old|yo)\s+)?(?:kids?|child|children|son|daughter|teen\w*|students?|pupils?)\b)"
              rf".*\b(?:get|gets|getting|talk|talking|convince|persuade|trick|lure|groom|coax|sweet[\s-]*talk)\w*\s+(?:a|an|this|that|the|some|any)\s+"
              rf"(?:\w+\s+)?{_CHILD_NOUN}\s+(?:\w+\s+){{0,2}}?(?:into|to)\s+(?:\w+\s+){{0,2}}?"
              r"(?:send\w*\s+(?:me\s+)?(?:\w+\s+)?(?:nudes?|naked|pics?\s+of\s+(?:her|him|them)sel\w+|photos?\s+of\s+(?:her|him|them)sel\w+|"
              r"pictures?\s+of\s+(?:her|him|them)sel\w+|selfies|videos?\s+of\s+(?:her|him|them)sel\w+|underwear|bikini)|"
              r"(?:video[\s-]*call\w*|facetim\w*|call\w*|meet\w*|see\w*|hang\w*\s+out\s+with)\s+(?:with\s+)?(?:me\s+)?(?:alone|privately|in\s+private|secretly|at\s+night)|"
              r"keep\w*\s+(?:it|this|us|our\s+\w+|things)\s+(?:a\s+)?secret|not\s+tell\w*\s+(?:her|his|their)\s+(?:parents|mom|mum|dad|mother|father)|"
              r"com(?:e|ing)\s+(?:over\s+)?(?:to\s+)?(?:my|me)\b|undress\w*|strip\w*|sext\w*)"),
    ("groom", rf"^(?!.*(?:처벌|형량|벌금|징역|신고|고소|수법|그루밍|징후|신호|예방|막으|막는|막을|대처|대응|딸|아들|누가|어떤\s*(?:사람|남자|놈|어른)|그\s*(?:사람|남자|놈|어른)|당했|했대|했어요|래요|대요))"
              rf"(?=.*(?:{_CHILD_KO})).*?(?:꼬시|꼬셔|꼬신|꼬드기|꼬드겨|꾀어|꾀는|구슬리|구슬려|길들이|길들여|환심\s*(?:을\s*)?사|"
              r"(?:단둘이|둘이서|몰래|부모\s*몰래)\s*(?:\S+\s*)?(?:만나|영상\s*통화|영통|통화))"
              r"\S*\s*(?:\S+\s*){0,4}?\S*?(?:는\s*(?:법|방법)|려면|면\s*(?:돼|될)|을까|ㄹ까|팁|요령|노하우|어떻게|뭐라고|방법)"),
    # identifying a victim
    ("identify", r"(who\s+is|identify|find\s+out\s+who\s+is|name\s+of|dox\w*)\s+(the\s+|this\s+)?(girl|woman|student|victim|person|kid)\s+(in|from)\s+(the|this|that)\s+(video|clip|photo|pic|deepfake|image)"),
    ("identify", r"(work\s+out|figure\s+out|find\s+out|tell\s+me)\s+which\s+(girl|boy|student|woman|person)\b.{0,40}\b(it\s+is|in\s+it|this\s+is)"),
    ("identify", r"(find|get|work\s+out|figure\s+out|dig\s+up)\s+(out\s+)?(the\s+|her\s+|his\s+)?(home\s+|real\s+)?(address|name|school|number|insta\w*|account)\s+"
                 r"of\s+(the|this|that)\s+(girl|woman|student|kid|person|victim)\s+(in|from)\s+"),
    ("identify", r"(영상|사진|합성물|딥페이크)\s*(속|에\s*나온)\s*(여자애|여자|여학생|남자애|남자|사람|피해자|애).{0,20}(누구(야|임|인지\s*(알려|찾아|알고\s*싶|알아내))|누군지\s*(알려|찾아|알고\s*싶|알아내)|신상\s*(알려|털어|좀)|이름\s*(알려|뭐)|학교\s*(어디|알려)|인스타\s*(알려|뭐))"),
    ("identify", r"(피해\s*(학생|자|여성|아이|여학생)|영상\s*속|사진\s*속|합성물\s*속).{0,20}누구(인지|냐|야|임).{0,30}(좁혀|알아내|찾아|특정|맞혀)\S{0,4}\s*"
                 r"(볼\s*수\s*있|주세요|줘|줄\s*수|할\s*수\s*있|하는\s*(법|방법))"),
    ("identify", r"피해자.{0,10}(신상|이름|학교|학과|학번|번호|인스타|주소).{0,20}(알려\s*(줘|주세요|줄래)|알아내\s*(줘|주세요)|찾아\s*(줘|주세요)|털어\s*(줘|주세요|봐)|정리\s*(해\s*줘|좀))"),
    # undoing the blur of a fake, or searching its face back to the person shown ("unblur it or reverse-search it to figure
    # out who she is and find her insta", "합성된 얼굴로 원래 인스타 계정 찾는 방법")
    ("identify", rf"^(?=.*({_SEXUAL}|\bfakes?\b|\bedit(ed|s)?\b)).*\b(unblur\w*|de-?blur\w*|remov\w*\s+the\s+(blur|mosaic|pixelation)|"
                 r"reverse[\s-]*(image\s+)?search\w*|face[\s-]*search\w*)\b.{0,80}\b(who\s+(she|he|the\s+\w+|that\s+\w+)\s+(really\s+)?(is|was)|"
                 r"find\s+(her|his|their)\s+(real\s+)?(insta\w*|ig|accounts?|name|school|address|profiles?|socials?))"),
    ("identify", r"(합성|딥페|사진|영상)\S*.{0,30}(얼굴|사진)\S*\s*(으로|로)\s*(\S+\s*){0,2}?(원래|진짜|실제)?\s*(인스타|계정|sns|페북|프로필)\S*\s*"
                 r"(찾는|찾을|알아내는|알아낼)\s*(법|방법|수)|(모자이크|블러)\S*\s*(지우|제거|벗기|없애)\S*\s*(\S+\s*){0,3}?(누군지|누구인지|얼굴\s*확인)"),
    # making it look as if someone else posted it ("다른 사람 계정에서 올라간 것처럼 보이게 하는 방법", "make it look like my
    # roommate uploaded it")
    ("evade", rf"({_ASK_EN}|ways?\s+to|possible\s+to|trick\s+to)\s+(\w+\s+){{0,2}}?make\s+it\s+(look|seem|appear)\s+(like|as\s+if|as\s+though)\s+"
              r"(someone|somebody|another|a\s+different|my\s+\w+|his|her|their|he|she|they)\b.{0,40}\b(upload|post|sent|send|shar|leak|spread|made|did)|"
              r"(다른\s*사람|남|걔|그\s*애|친구|룸메\S*|딴\s*사람)\S*\s*(계정|폰|아이디|번호)\S*\s*(에서|으로|로)\s*(\S+\s*)?(올라간|올린|보낸|올라온|유포된|퍼진)\s*"
              r"(것|거|걸)\s*처럼\s*(보이게|꾸미|만드|조작)"),
    # waiting out the records or the limitation period to put it up again ("when it'd be safe to post the edits again",
    # "공소시효 지나면 다시 올려도 되는지")
    ("spread", r"^(?=.*({_SEXUAL}|\bfakes?\b|\bedits?\b|\bpics?\b|\bphotos?\b|\bvideos?\b)).*"
               r"\b(safe|okay|ok|fine|clear)\s+to\s+(re-?post|post|upload|share|put\s+(\w+\s+){0,3}?up|send|spread)\b(?!\s+(my|our)\s+own\b)"
               r".{0,40}\b(again|back\s+up)\b"
               .replace("{_SEXUAL}", _SEXUAL)),
    # a channel kept alive against takedowns ("backup mirror channels so the content survives the takedowns")
    ("spread", r"\b(content|channel|posts?|files?|videos?|pics?|it|they)\s+(survives?|outlasts?|outlives?)\s+(the\s+|any\s+|all\s+)?"
               r"(takedowns?|bans?|removals?|deletions?)|\b(backup|mirror)\s+(mirror\s+)?(channels?|rooms?|groups?)\b.{0,80}"
               r"\b(survives?|outlasts?|after\s+(the\s+)?(bans?|takedowns?)|when\s+(it|they|we)\s+(get|gets)\s+(banned|taken\s+down))"),
    ("spread", r"(공소시효|기록|로그|보관|잠잠|조용해)\S*.{0,40}(다시|또)\s*(올려도|뿌려도|유포해도|퍼뜨려도|올릴\s*수)"),
))
#: Operational asks wrapped in a professional's or helper's framing (`kb.answer.wrapped_asks`): tried after the rules above,
#: and even beside a protective word ("for a red-team report", "I'm a school counsellor", "before the police seize it").
_WRAPPED = tuple((category, re.compile(pattern, re.I | re.S)) for category, pattern in WRAPPED)
#: The asker says they are the one harmed: their face or photo, something done to them, fear.
VICTIM_VOICE = re.compile(
    r"(?<![가-힣])(제|내|저의|나의)\s*(얼굴|사진|셀카|프사|영상|몸|모습|인스타\s*사진)|(?<![가-힣])(저|나)를\s*(합성|찍|협박|몰래|태그|대상|이용)|제가\s*피해|피해자(예요|에요|입니다|인데)|"
    r"(?<!고소)(?<!신고)(?<!고발)(?<!체포)(?<!입건)당했(?!다고|대요|다는|답니다|다며|다네|다던|대서)|(?:딥페이크|딥페|합성|능욕|협박|유포|몰카|도촬|불법\s*촬영|스토킹|성희롱|성추행)\s*(?:을\s*|를\s*)?당함(?![가-힣])|협박\s*(을\s*)?(받|당)|무서워|저도\s*(있|나왔|올라)|"
    r"(?<![가-힣])(제가|내가)\s*(나온|올라온|찍힌)|(?<![가-힣])(제|나|저)\s*(딥페|합성|합사|능욕|ㄷㅍ|알몸|누드)|(?<![가-힣])내\s*(딥페|합사|능욕|ㄷㅍ)|"
    r"(pics?|photos?|pictures?|images?|videos?|fakes?|deepfakes?|nudes?|edits?|딥페|합성)\s*of\s*me\b(?!\s+(ex|mate|bird|missus))|\bsaw\s+me\b|"
    r"\bi'?m\s+in\s+(one|it|them|the|that|a)\b|\bme\s+in\s+(it|the|a|that)\b|\b(it'?s|it\s+is|they'?re|they\s+are)\s+(\w+\s+){0,2}of\s+me\b|"
    r"\bmy\s+(face|photos?|pics?|pictures?|images?|selfies?|videos?|body|fakes?|deepfakes?|nudes?|edits?|insta\w*\s+(pics?|photos?))"
    # ... not a trade of them one runs ("my deepfake trading room", "my nudes channel")
    r"(?!\s+(?:trad\w*|shar\w*|sell\w*|swap\w*|rooms?|channels?|chats?|groups?|servers?|collections?|stash|business|shop|page)\b)|"
    r"\bi\s*('?m|am|was|have\s+been|got)\s+(the\s+)?(victim|targeted|threatened|blackmailed|being\s+(threatened|blackmailed))|"
    r"(threaten|blackmail|sextort)\w*\s+me\b|\bi'?m\s+(so\s+)?(scared|terrified|afraid)|"
    # a demand made of the asker, told back ("안 뿌리는 조건으로 만나자고 해요", "보내라고 협박해요")
    r"(조건으로|대신에?)\s*.{0,20}(만나|보내|달라|하자|하라)\S*\s*(고\s*)?(해요|했어요|하네요|함|그래요|협박)|"
    r"(만나자|보내라|보내\s*달라|달라|벗으라|찍어\s*보내라)고\s*(해요|했어요|하네요|함|그래요|하더라고요|협박)|"
    r"\b(says|said|told\s+me|threatens|threatened|keeps\s+saying)\s+(he|she|they)('ll|\s+will|\s+would|'d|\s+is\s+going\s+to|"
    r"\s+gonna)\b.{0,80}\b(unless\s+(i|we)\b|if\s+(i|we)\s+(don'?t|dont|do\s+not|won'?t|wont|refuse|stop|break|leave|tell|"
    r"report|go\s+to|block|ignore)\b)|\bunless\s+i\s+(send|pay|meet|give|do|sleep)\b", re.I)
#: A person followed, waited for or turned up on, in everyday words ("he keeps following me", "집 앞에서 기다려요").
STALKED = re.compile(
    r"\b(follow(s|ing|ed)?|stalk(s|ing|ed)?|tail(s|ing|ed)?)\s+me\b(?!\s+(on\s+(insta\w*|ig|twitter|tiktok|x|social\s+media)|back)\b)|"
    r"\b(keeps?|kept)\s+(showing|turning|popping)\s+up\b|\b(won'?t|doesn'?t|never)\s+stops?\s+(showing|turning)\s+up\b|"
    r"\b(shows?|showed|turns?|turned)\s+up\s+(at|outside)\s+my\b|"
    r"\b(wait(s|ing|ed)?|hang(s|ing)?\s+around|lurk(s|ing)?)\s+(for\s+me\s+)?(outside|in\s+front\s+of|near)\s+my\b|"
    r"\bwon'?t\s+leave\s+me\s+alone|"
    # again and again: "keeps coming to our house", "waits for me at the bus stop every morning"
    r"\b(keeps?|kept|won'?t\s+stop)\s+(coming\s+(to|by|round|around)|hanging\s+around|lurking|waiting\s+for|driving\s+past)\b|"
    r"\b(keeps?|kept|won'?t\s+stop)\s+(following|stalking|chasing|tailing)\s+(me|her|him|us|my\s+\w+)\b|"
    r"\b(follows?|followed|waits?|waited|walks?\s+behind|shows?\s+up|turns?\s+up|hangs?\s+around|comes?\s+(to|by|round))\b"
    r".{0,40}?\b(every\s+(single\s+)?(day|night|morning|evening|time)|all\s+(day|night)|day\s+and\s+night|nonstop|constantly)\b|"
    r"(계속|자꾸|매일|맨날|날마다|매번|\S*마다|며칠\s*째|누가|사람이|남자가|남친이|여친이)\s*(\S+\s*){0,3}"
    r"(따라와|따라오|따라옴|따라다녀|따라다니|따라다님|(쫓|쫒)아(와|오|옴|다녀|다니|다님)|뒤따라|맴돌)|"
    r"\S(를|을)\s*(계속\s*|자꾸\s*|몰래\s*)?((쫓|쫒)아다|따라다|(쫓|쫒)아와|(쫓|쫒)아오|미행)|"
    # as far as a place ("버스정류장까지 따라옴", "집까지 쫒아와요"), not a companion who may come along ("따라와도")
    r"까지\s*(계속\s*|자꾸\s*|몰래\s*|졸졸\s*)?(따라|(쫓|쫒)아)(와|오|옴|온)(?!\s*(도|면|라|줘|주|줄|준|줬|달))|"
    r"미행\s*(당|하는\s*것\s*같)|스토킹\s*(당|하는\s*것\s*같)|"
    r"(집|회사|학교|직장|아파트|학원|가게|편의점|알바\S*|교문|정문|후문|기숙사|정류장)\s*(앞|근처|입구|밑|주변|건너편)\S*\s*"
    r"(에서|에)?\s*(계속|자꾸|매일|맨날|매번)?\s*(기다려|기달려|기다리고|기다림|서\s*있어|서\s*있고|서\s*있음|서성|어슬렁|얼쩡)|"
    r"(계속|자꾸|매일|맨날|날마다|매번|\S*마다|며칠\s*째)\s*(\S+\s*){0,4}?(기다려(?!지|져|야|도|\s*주)|기달려|기다리고|기다린|기다림|"
    r"서\s*있(어|고|음|더|는데))|"
    # till the asker's day ends ("알바 끝날 때까지 기다렸다가", "퇴근할 때까지 기다려요")
    r"(끝날|끝나는|나올|마칠|퇴근할|하교할)\s*(때|시간)\S*\s*(까지|맞춰|마다)\s*(\S+\s*){0,2}?(기다려(?!야|도|\s*주)|기달려|기다리고|기다림|기다렸(?!어야))|"
    r"(계속|자꾸|매일|맨날|\S*마다)\s*(\S+\s*){0,3}(찾아와|찾아오|나타나)", re.I)
#: Who follows, waits for or keeps calling someone without stalking them: an animal, a parent or a little sibling,
#: work, a delivery or a sale, the news, followers on social media, ads and notifications.
NO_STALKER = re.compile(
    r"\b(cats?|kittens?|dogs?|pupp(y|ies)|pets?|birds?|pigeons?|ducks?|geese|goose|animals?|stray)\b|"
    r"고양이|냥이|강아지|댕댕|반려|비둘기|(?<![가-힣])(개|새)가\s|"
    r"\bmy\s+(little\s+|baby\s+|big\s+|older\s+|younger\s+)?(mom|mum|mommy|mother|dad|daddy|father|parents?|grand\w+|"
    r"brother|sister|siblings?)\s+((keeps?|always|still)\s+)?(follow|call|text|messag|wait|ring|phon)\w*(\s+\w+)?(\s+for)?\s+me\b|"
    r"(?<![가-힣])(엄마|어머니|어머님|아빠|아버지|아버님|부모님|할머니|할아버지|남동생|여동생|동생)(가|이|께서)\s*(\S+\s*){0,2}?"
    r"(계속|자꾸|매일|맨날|날마다|\S*마다)|"
    r"(?<![가-힣])(엄마|어머니|어머님|아빠|아버지|아버님|부모님|할머니|할아버지)(가|이|께서)\s*(\S+\s*){0,4}?(기다려|기다리|데리러|마중)|"
    r"\babout\s+(work|my\s+(shifts?|job|tasks?|projects?))|\bfor\s+work\b|\bwork\s+(calls?|emails?|stuff|things|matters?)\b|"
    r"\bshifts?\b|\bovertime\b|업무|회사\s*일로|야근|"
    r"\b(deliver\w*|couriers?|mail\s*(man|men|carrier)|postman|salesm[ae]n|sales\s+calls?|telemarket\w*|spam|insurance|"
    r"robocalls?|scam\s+calls?|ads?|adverts?|notifications?|pop-?ups?)\b|택배|배달|기사님|우체부|집배원|보험|영업|광고|스팸|알림|"
    r"\bfollow\w*\s+(me\s+|you\s+|us\s+)?(on|in)\s+(insta\w*|ig|twitter|tiktok|x|youtube|facebook|threads|twitch|social\s+media)\b|"
    r"\bfollowers?\b|\bfollow\s+(back|up)\b|\bfollow\w*\s+(the\s+)?(news|story|league|team|series|show)\b|팔로우|팔로워|맞팔|뉴스",
    re.I)
#: What is done with images or to force someone: with these words the stalking words prove no victim (a threat
#: to spread "if she keeps following me" is the asker's own plan), and the other patterns or the model decide.
_MATERIAL_ACT = re.compile(r"퍼뜨|퍼트|뿌리|뿌릴|유포|올리|올릴|보내|보낼|합성|딥페|누드|알몸|나체|벗은|협박|"
                           r"\b(post|send|share|spread|leak|upload|expose|deep\s*fake|fake|nude|naked|blackmail|threaten)", re.I)
#: Someone speaking for a person harmed: their child, pupil, friend or sibling, to whom something was done.
HELPER_VOICE = re.compile(
    r"(\bmy|\bour|(?<![가-힣])(제|저희|우리))\s*(?:\d{1,2}\s*[- ]?(?:years?[- ]?old|yo|y/o)\s+|(?:little|teenage|young)\s+)?(daughter|son|child|kid|students?|friend|sister|brother|niece|nephew|grand\w+|"
    r"girlfriend|boyfriend|wife|husband|mom|mother|dad|father|partner|cousin|"
    r"딸|아들|자녀|애|아이|학생|제자|친구|동생|언니|누나|형|오빠|손녀|손자|조카|여친|남친|아내|남편|엄마|아빠)\S*\s*.{0,40}"
    r"((was|got|is\s+being|has\s+been|were)\s+(sent|targeted|threatened|blackmailed|posted|shared|filmed|edited|"
    r"deepfaked|used|put|a\s+victim|harassed|groomed)|received|leaked|going\s+(a)?round|"
    # something made of the one spoken for ("my daughter's classmate made a fake nude of her")
    r"\b(made|created|posted|shared|spread|sent|edited|photoshopped)\b.{0,30}\bof\s+(her|him|them)\b|"
    # a threat made to the one spoken for ("my sister's ex is threatening to post fake nudes of her")
    r"\b(threaten\w*|blackmail\w*|extort\w*)\b.{0,40}\b(her|him|them)\b|"
    r"피해|당했|당하|받았|받고|올라|돌아|퍼졌|퍼지|협박|유포|찍혔|나왔)", re.I)
#: Asking how to report, remove, stop or prove a fake: protective, unless the words also seek to evade.
PROTECTIVE_ASK = re.compile(
    r"\b(how|where|what|who)\b.{0,40}\b(report|take\s*(it|them|this|that|the\s+\w+)?\s*down|taken\s+down|"
    r"get\s+(it|them|this)\s+(removed|deleted|down)|stop\s+(it|this|them|him|her)\b|protect|prove\s+it'?s\s+fake)|"
    r"(어떻게|어디(에|로|서)?|뭘|무엇).{0,20}(신고|삭제\s*(요청|지원|해)|차단|내리|막|증명|보호)|"
    r"(학교|선생님|담임|경찰|부모님?|엄마|아빠)(에|에게|한테|께)\s*(말|알리|신고|얘기|요청)|떨어지게\s*해|분리\s*(해|요청|조치)|"
    r"\b(tell|inform)\s+(the\s+|my\s+)?(school|teacher|police|parents?)\b|"
    # what an institution can do about it ("what can a school do about fake nudes of a teacher made by pupils")
    r"\bwhat\s+(can|should|must|will|could|does|do)\s+(the\s+|a\s+|our\s+|my\s+|her\s+|his\s+)?(school|principal|"
    r"teachers?|police|cops|committee|university|college|company|employer|education\s+office)\s+(\w+\s+)?do\b|"
    # the asker's own report, as the condition of what they fear ("if i go to the police about the fake pics, will my
    # identity get leaked?", "제가 신고하면 학교에 알려져요?"); someone else's report is an evader's fear ("누가 신고하면")
    r"\b(if|when|once|after|should)\s+(i|we)\s+(go\s+to|call|contact|talk\s+to|report\s+(it|this|them|him|her)\s+to|"
    r"report\s+(it|this|them|him|her)\b|report\b)(\s+(the\s+)?(police|cops))?|"
    r"(?<![가-힣])(제가|내가|저희가|우리가)\s*(경찰에\s*|학교에\s*)?(신고|고소)\s*(하면|했을\s*때|하게\s*되면)|"
    # the protections a person harmed has in an investigation: a woman investigator, a statement assistant,
    # a trusted person beside them (an accused's own interview is no sign: evaders name theirs too)
    r"(여자|여성)\s*(경찰|수사관|조사관)|진술\s*조력인|신뢰\s*관계\S*\s*(있는\s*)?(사람|인)|"
    r"\b(female|woman|women)\s+(officer|investigator|police|detective)s?\b|statement\s+assistant|"
    r"(trusted|support)\s+person\s+(sit|be\s+with|with\s+me)|"
    # looking for a hidden camera is protecting oneself ("몰래카메라가 설치됐는지 점검하는 방법", "check for hidden cameras")
    r"(몰래\s*카메라|몰카|불법\s*촬영\s*(카메라|기기))\S*\s*.{0,20}(점검|탐지|찾는|찾아내|발견하는|확인하는)|"
    r"\b(check|sweep|scan|look)\s+(\w+\s+){0,3}?(for\s+)?(hidden|spy)\s+(cameras?|cams?)\b", re.I)
#: Asking to get an image removed ("how do i get the fake video removed", "합성된 영상 지우려면 어디에 연락해요?"):
#: the most common ask of a person harmed. Asked with the police or an investigation in view it may be a plan to
#: destroy evidence, so then the model decides (`_INVESTIGATION`).
_IMAGE = r"(video|vid|photo|pic|picture|image|deepfake|fake|nude|post|clip|edit)s?"
#: Whose image it is ("the fake pics of me"), and gone from where people see it ("taken off the internet").
_OF_ONE = r"(\s+of\s+(me|her|him|us|them|my\s+\w+))?"
_GONE = (r"(removed|deleted|taken\s+(down|off)|down|off\s+(the\s+)?(internet|web|net|site|website|app|platform|"
         r"insta\w*|twitter|tiktok|google|reddit|telegram|porn\s+site))")
REMOVAL_ASK = re.compile(
    r"\bget\s+(it|them|this|that|those|(the|my|our|her|his|a)\s+([\w'-]+\s+){0,3}" + _IMAGE + _OF_ONE + r")\s+"
    + _GONE + r"\b|"
    r"\b(how|where|who)\b.{0,40}\b(remove|delete|take\s+down)\b.{0,30}\b" + _IMAGE + r"\b|"
    r"\bmake\s+(it|them|this|that|those|(the|my|our|her|his|a)\s+([\w'-]+\s+){0,3}" + _IMAGE + r")\s+(disappear|go\s+away|vanish)\b|"
    r"(영상|사진|합성|딥페|게시물|동영상|이미지|짤)\S*\s*.{0,10}?(삭제|지우|지워|없애|내리|내려|사라지게\s*하|없어지게\s*하)\S{0,4}\s*"
    r"(려면|는\s*(법|방법|곳)|고\s*싶|달라|줄\s*수|주세요|주나요|줘요|줘)|"
    # the firms hired to remove it ("digital undertaker companies", "디지털 장의사")
    r"\bdigital\s+undertakers?\b|디지털\s*장의사", re.I)
#: Wanting an image gone ("i wanna delete the deepfake of me from the internet", "합성사진 지우고 싶은데"): the want
#: belongs to the removal, so it is no plan of the crime (`PERPETRATOR_INTENT` reads the rest of the request). What is
#: removed is the image itself, never something from it ("remove the clothes from her photo" is no such ask).
_NOT_THE_IMAGE = r"(?!(?:cloth|dress|shirt|bra|bikini|underwear|watermark|censor|blur|mosaic|background|filter)\w*\b)"
WANTS_REMOVAL = re.compile(
    r"\b(?:want|wanna|need|would\s+like|'d\s+like)\s+(?:to\s+)?(?:"
    r"get\s+(?:it|them|this|that|those|(?:the|my|our|her|his|a|these)\s+(?:" + _NOT_THE_IMAGE + r"[\w'-]+\s+){0,3}" + _IMAGE
    + _OF_ONE + r")\s+" + _GONE + r"|"
    r"(?:delete|remove|take\s+down|erase|wipe)\s+(?:it|them|this|that|those|(?:the|my|our|her|his|a|these)\s+"
    r"(?:" + _NOT_THE_IMAGE + r"[\w'-]+\s+){0,3}" + _IMAGE + _OF_ONE + r"))\b|"
    r"(?:영상|사진|합성|딥페|게시물|동영상|이미지|짤)\S*\s*(?:(?!만들|제작|찍|싶)[^.?!]){0,10}?"
    r"(?:삭제|지우|지워|없애|내리|내려)\S{0,2}\s*고\s*싶\S*", re.I)
#: ... unless the police, an investigation or the asker's own messages and records are in view: deleting those
#: may be destroying evidence, and the model decides.
_INVESTIGATION = re.compile(r"경찰|수사|압수|압색|포렌식|증거|조사|메시지|대화|채팅|기록|로그|방에서|"
                            r"(내|제)\s*(폰|휴대폰|핸드폰|노트북|컴퓨터|컴|하드|클라우드|폴더|갤러리|앨범)|"
                            r"\b(my|our)\s+(\w+\s+)?(phone|laptop|computer|pc|drive|cloud|folder|gallery|camera\s+roll|device)s?\b|"
                            r"police|cops?\b|investigat|warrant|forensic|evidence|search|messages?|chats?|logs?|"
                            r"history|records?|archive|room", re.I)
_EVASION = re.compile(r"경찰\S*\s*(못|모르게)\s*(찾|잡|추적)\S*\s*(게|도록)|(말|신고|얘기)\s*(을|를)?\s*(못|안)\s*(하게|하고|함)|신고\s*(안|못)\s*(당하|당해|당할|먹)|안\s*(걸리|걸려|들키|들켜)|들키지\s*않|흔적\s*(없이|안)|추적\s*(안|못)\s*(되|하)|복원\s*불가|복구\s*(안|못)\s*되|"
                      r"without\s+(getting\s+caught|a\s+trace|being\s+traced|it\s+(coming|being)|(the\s+)?(police|cops))|can'?t\s+be\s+traced|"
                      r"untraceabl|(gets?|got|was)\s+reported|\b(police|cops|investigators?|forensics?)(\s+(team|unit|lab|people|guys|officers|experts))?\s+"
                      r"(can'?t|cannot|won'?t|couldn'?t)\s+(trace|track|recover|restore)\b|"
                      # a file kept from being tied to the asker: "so police can't link them to my phone"
                      r"\b(police|cops|investigators?|forensics?|detectives?)\s+(can'?t|cannot|won'?t|couldn'?t|never)\s+(ever\s+)?"
                      r"(link|tie|connect|trace|track|match)\s+(it|them|this|that|these|those|the\s+\w+)\s+(back\s+)?to\s+(me|us|my)\b|"
                      # waiting out the records or the limitation period to put it up again
                      r"\b(safe|okay|ok|fine|clear)\s+to\s+(re-?post|post|upload|share|put\s+(\w+\s+){0,3}?up|send|spread)\b(?!\s+(my|our)\s+own\b).{0,40}\b(again|back\s+up)\b|"
                      r"(공소시효|기록|로그|보관)\S*.{0,40}(다시|또)\s*(올려도|뿌려도|유포해도|퍼뜨려도|올릴\s*수)|"
                      # kept from a filter or the deletion centre's matching ("so the deletion centre's hash matching and the
                      # platforms' filters don't catch them"), or kept alive against takedowns ("so the content survives the takedowns")
                      r"\bso\s+(that\s+)?([\w'’]+\s+){0,8}?(filters?|matching|moderation|moderators?|detection|detectors?)\s+"
                      r"(don'?t|won'?t|can'?t|cannot|wouldn'?t|do\s+not|will\s+not)\s+(catch|detect|flag|find|notice|spot|match)\b|"
                      r"\b(content|channel|posts?|files?|videos?|pics?|it)\s+(survives?|outlasts?|outlives?)\s+(the\s+|any\s+|all\s+)?"
                      r"(takedowns?|bans?|removals?|deletions?|reports?)|\b(backup|mirror)\s+(mirror\s+)?(channels?|rooms?|groups?|bots?)\b"
                      r"(?=.{0,120}\b(banned|takedowns?|taken\s+down|removed|reports?)\b)|"
                      r"under\s+the\s+radar|\b(screen|weed|filter|keep)\w*\s+(\w+\s+){0,2}?(out\s+)?"
                      r"(any\s+)?undercover\b|(잠입|위장)\s*(수사관|경찰)\S*\s*(\S+\s*){0,2}?(걸러|거르|가려내|막)|(can\s+)?never\s+(\w+\s+)?be\s+(fully\s+|completely\s+)?(removed|deleted|taken\s+down|wiped|erased)|" + _KEEPING_IT_UP + "|" + _SILENCING + "|" + _DEFYING_REMOVAL + "|"
                      # getting rid of it before the police look: "make them disappear before the cops come"
                      r"\b(disappear|go\s+away|vanish|delet\w*|wip(e|ing)|eras\w*|destroy\w*|get\s+rid)\b.{0,40}\bbefore\s+(the\s+)?"
                      r"(cops|police|detectives?|search|raid|investigat\w*|they\s+(come|check|search|look|find|seize))|"
                      r"(경찰|수사|조사|압수|압색|출석)\S*\s*(\S+\s*){0,2}전에\s*(\S+\s*){0,3}(지우|지워|삭제|없애|버리)|"
                      # keeping it up against the one harmed: "so she can't get it removed", "못 지우게"
                      r"\b(can'?t|cannot|won'?t|never)\s+(\w+\s+){0,2}(get|have)\s+(it|them)\s+(removed|deleted|taken\s+down)|"
                      r"(못|안)\s*(지우|내리|삭제\s*하)게|(안|못)\s*지워지게|삭제\s*(안|못)\s*되게|"
                      # a pretext the asker plans to give: "해킹당했다고 하면", "if i say i lost my phone", a backdated report
                      r"(해킹|털렸|도용|잃어버렸|분실|장난)\S*\s*(다고|라고|이라고)\s*(하면|우길|우기면|말하면|할\s*거|할\s*건|대면|둘러대)|"
                      r"핑계\s*(를\s*)?대면|말\s*(을\s*)?맞추|날짜\s*(를\s*)?(앞당|조작|바꾸|바꿔)|"
                      r"\b(if\s+i|i'?ll|gonna|going\s+to|should\s+i|can\s+i)\s+(say|claim|tell\s+(them|the\s+(cops|police)))\s+(that\s+)?"
                      r"(my\s+\w+\s+(got|was)\s+hacked|someone\s+(stole|used|hacked)|i\s+lost\s+my|it\s+was\s+(just\s+)?(a\s+)?(prank|joke))|"
                      r"backdat|get\s+(our|the)\s+story\s+straight|make\s+it\s+look\s+like|" + _COVER_STORY, re.I)
#: Asking how to keep evidence ("how should I save evidence before the posts disappear", "증거 어떻게 남겨요?"):
#: what the police and every helpline ask a person harmed to do first. Destroying, hiding or making up evidence
#: is the opposite ask (`_UNDOING_EVIDENCE`), and a plan to escape (`_EVASION`) is never answered first.
KEEP_EVIDENCE = re.compile(
    r"\b(save|saving|keep|keeping|preserve|preserving|collect|collecting|gather|gathering|secure|securing|document|"
    r"documenting|back\s*up|capture|capturing|screenshot\w*|record|recording|store|storing|grab|grabbing|"
    # getting evidence is keeping it; getting around, past or out of it is escaping it
    r"obtain|obtaining|get(?:ting)?(?!\s+(?:rid|around|past|away|out|over|through|off)\b))\s+(\w+\s+){0,3}(evidence|proof)\b|"
    r"증거\S*\s*.{0,8}?(남기|남겨|남길|저장|보존|확보|모으|모아|모을|수집|챙기|챙겨|캡처|캡쳐|보관|얻|구하|구할|따\s*놓|따\s*두)", re.I)
_UNDOING_EVIDENCE = re.compile(
    r"\b(delet\w*|eras\w*|wip(e|ing)|destroy\w*|get(ting)?\s+rid\s+of|hid(e|ing)|clean(ing)?\s+up)\s+(\w+\s+){0,3}(evidence|proof|traces?)|"
    r"\b(fake|forged?|fabricat\w*|plant\w*|false|made[\s-]up)\s+(\w+\s+)?(evidence|proof)|"
    r"\bmake\s+(the\s+|all\s+|any\s+|my\s+)?(evidence|proof)\s+(disappear|go\s+away)|\b(evidence|proof)\s+away\s+from\b|"
    r"\b(evidence|proof)\s+(removed|deleted|erased|wiped|destroyed|thrown\s+out|off\s+(my|his|her|the))\b|"
    r"증거\S*\s*.{0,6}?(지우|지워|지울|없애|없앨|인멸|숨기|숨겨|조작|만들|만드)|증거\S*\s*(안|없이|못)\s*남|가짜\s*증거|흔적", re.I)
#: The asker's own plan or a request to write something for them: the victim-first rule does not apply.
PERPETRATOR_INTENT = re.compile(
    r"하려고|려고\s*(하|해|요)|할\s*거|할게|할라|보내려|올리려|만들려|보려고|싶어요|싶은데|싶음|써\s*(줘|주세요)|다듬어|"
    # owning up inside a victim's wording ("a victim asked me this but I'm the one who made it"), or shopping for
    # the tool and how to use it ("which undress app gives the most convincing results and how to use it on a photo")
    r"\b(i'?m|i\s+am)\s+(actually\s+|really\s+)?the\s+one\s+who\s+(made|posted|sent|shared|spread|did)\b|사실\s*(제가|내가)\s*(만든|올린|보낸|뿌린)|"
    r"\bwhich\s+(\w+\s+){0,2}(apps?|bots?|tools?|sites?)\s+(gives?|works?|makes?)\s+(the\s+)?(most|best)\b|\bhow\s+to\s+use\s+it\s+on\s+(a|an|her|his|any)\b|"
    r"\bget\s+(back\s+at|revenge\s+on|even\s+with)\b|\bhow\s+(could|would)\s+i\s+(make|create|generate|produce|photoshop)\b|"
    r"wanna|want\s+to|(?:gonna|going\s+to)(?!\s+(?:get|be)\s+(?:arrested|punished|charged|jailed|prosecuted|in\s+trouble))|\bi'?ll\b|plan\s+to|tryna|draft|write\s+(me|his|her|the)|"
    r"\bhow\s+(do|can|would|should)\s+i\b(?!.{0,25}(report|delete|remove|stop|prove|know|tell|protect|check\s+(\w+\s+){0,3}?for\s+(hidden|spy)|"
    r"get\s+(it|them|(the|my|our|her|his|a)\s+([\w'-]+\s+){0,3}" + _IMAGE + _OF_ONE + r")"
    r"\s+" + _GONE + r"|make\s+(it|them|(the|my|our|her|his|a)\s+([\w'-]+\s+){0,3}" + _IMAGE + r")"
    r"\s+(disappear|go\s+away|vanish)))",
    re.I)
#: Someone reporting, protecting or getting help: the rules stand back and let the learned gate decide.
_PROTECTIVE = re.compile(r"신고|삭제|차단|경찰|상담|도와|지원\s*센터|피해를|피해\s*(입|당|받)|report|delet|take\s*down|block|police|protect|warn|"
                         r"shut\s+(it|this|that)\s+down|help\s+(her|him|my)", re.I)
#: A quoted question is someone else's words (a pupil reporting what a classmate asked).
_QUOTED = re.compile(r"[\"“「『][^\"”」』]{3,300}[\"”」』]|(?<!\w)[\'‘][^\'’]{3,300}[\'’](?!\w)")


#: What every harmful request touches: sexual or personal images, a child, a person targeted, threats,
#: rooms and links where material is traded, police and evidence. A request that touches none of it (a
#: recipe, the weather, a roommate's dishes) is never refused, however it is worded.
ON_TOPIC = re.compile(r"딥페|딥패|딥페이크|합성|합사|능욕|누드|나체|알몸|벗|야한|야동|음란|성적|성착취|아청|몰카|촬영|사진|영상|이미지|짤|셀카|프사|얼굴|몸매|몸\b|"
    r"ㄷㅍ|ㅈㅇㄴㅇ|ㅎㅅ|ㅅㅈ|텔방|텔레|능욕방|자료방|방.{0,8}(링크|주소)|채널|오픈\s*채팅|기록|"
    r"아동|청소년|미성년|학생|중딩|고딩|초딩|여중|여고|어린|아이(?!폰|패드|디|콘|템|돌|맥|클라우드)|애들|중\d|고\d|초\d|\d+\s*(살|세)|\(\d{1,2}\)|학원|교복|명찰|"
    r"협박|뿌리|뿌린|퍼뜨|유포|강요|신상|압수|압색|포렌식|증거|수사|경찰|고소|소지죄|처벌|걸려|걸리|추적|vpn|ip\b|"
    r"걔|여자|여친|전여친|여사친|그\s*애|"
    r"deep\s*fak|fake|nud|naked|nsfw|lewd|porn|sex|explicit|intimate|topless|undress|strip|cloth|bikini|edit|swap|morph|"
    r"pics?\b|photo|picture|image|video|clip|selfie|face|body|camera|cam\b|portrait|gallery|model|"
    r"child|kid|minor|teen|younger|\b1\d\s*(yo|y/o|year|yr)|student|schoolgirl|hs\s*gr|middle\s*school|high\s*school|\b1[0-7]\b|"
    r"threat|blackmail|leak|spread|extort|dox|police|cops|evidence|forensic|warrant|seiz|authorit|charged|crime|illegal|trace|"
    r"\bher\b|\bshe\b|girl|woman|women|\bex\b|crush|classmate|coworker", re.I)


def on_topic(question: str) -> bool:
    return bool(ON_TOPIC.search(question))


#: The subject's words that are also everyday photography: a camera, a photo, a video, editing.
IMAGERY = re.compile(r"사진|영상|이미지|셀카|프사|촬영|편집|보정|"
                     r"pics?|photo\w*|pictures?|images?|videos?|clips?|selfies?|cameras?|cam|portraits?|gallery|edit\w*|model",
                     re.I)
#: Words that make an imagery request more than photography: a person (other than the asker), a body, sex,
#: a child, secrecy, hiding places, threats, trade and the rooms where material goes. Any of them sends the
#: request on to the model.
_BEYOND_IMAGERY = re.compile(
    r"몰래|숨겨|숨기|숨길|도촬|훔쳐|엿보|안\s*들키|모르게|누구|사람|남자|남의|친구|동료|룸메|언니|누나|오빠|형|선배|후배|동생|"
    r"애|얘|쟤|그분|남친|여친|애인|연예인|아이돌|스트리머|유튜버|bj|인플루언서|지인|동기|반\s*애|짝|선생|쌤|교사|"
    r"가슴|엉덩|다리|허벅|속옷|치마|수영복|노출|야하|야한|야짤|섹시|성인|19금|수위|샤워|화장실|탈의|목욕|침실|"
    r"팔|판매|구매|사고|살\s*수|돈|텔|톡방|채팅방|방\s*(링크|주소|장|들어)|링크|주소|채널|다운|공유|퍼|뿌|돌리|돌려|협박|"
    r"둘만|따로|개인\s*톡|디엠|dm|연락|주고\s*받|진도|옷|얼마|가게|고객|사업|안\s*내면|보낼|보내|신상|이름|어디\s*살|"
    r"학교|중고등|교회|학원|코치|학부모|부모|엄마|아빠|피해|"
    r"\b(he|him|his|guy|boy|man|men|roommate|flatmate|friend|mate|someone|somebody|anyone|person|people|neighbou?r|"
    r"celebrit\w*|idol|streamer|influencer|colleague|boss|teacher|tutor|stranger|they|them|their)\b|"
    r"secret|hidden|hide|spy|covert|sneak|without\s+\w+\s+(knowing|noticing)|upskirt|creep|voyeur|"
    r"breast|boob|butt|ass\b|legs?\b|thigh|underwear|lingerie|skirt|swimsuit|x-?rated|xxx|adult|hentai|spicy|"
    r"onlyfans|18\+|r18|shower|bathroom|toilet|changing|locker|bedroom|"
    r"sell|buy|price|paid|money|download|telegram|discord|link|channel|group|share|post|send|upload|viral|"
    r"victim|record|against\s+me|deny|name|located|locate|socials|address|where\s+\w+\s+lives?|"
    r"school|class|grade|coach|parent|mom|dad|church|dm\b|private|alone|"
    # a quoted word is a euphemism more often than a title ("the 'gallery'", "'옷 없는 버전'")
    r"(?<!\w)['‘][^'’]{1,60}['’](?!\w)|[\"“][^\"”]{1,60}[\"”]", re.I)


def names_beyond_imagery(question: str) -> bool:
    """Whether a request names a person, a body, sex, a child, secrecy, a threat or trade (`_BEYOND_IMAGERY`)."""
    return bool(_BEYOND_IMAGERY.search(question))


def everyday_imagery(question: str) -> bool:
    """A request whose only words of the subject are photography's (a camera, a photo, a video, editing) and
    that names no person, body, sex, child, secrecy, threat or trade: "best camera for vlogging", "사진 찍기
    좋은 명소". Such a request is answered without the model, which has seen these words mostly in asks for
    help with the crime and refused them."""
    text = " ".join(question.split())
    words = [m.group(0) for m in ON_TOPIC.finditer(text)]
    return bool(words) and all(IMAGERY.fullmatch(w) or IMAGERY.match(w) for w in words) \
        and not _BEYOND_IMAGERY.search(text)


def speaks_as_victim(question: str) -> bool:
    """Whether the words present the asker as the person harmed (comfort is for them alone)."""
    return bool(VICTIM_VOICE.search(question)) or stalked(question)


def followed(question: str) -> bool:
    """Whether the words say someone follows, waits for or turns up on the asker (or the one they speak for), and
    that someone is no pet, parent or caller about work (`NO_STALKER`)."""
    return bool(STALKED.search(question)) and not NO_STALKER.search(question)


def stalked(question: str) -> bool:
    """Whether the asker says they are followed, waited for or turned up on, and names nothing done with images."""
    return followed(question) and not _MATERIAL_ACT.search(question)


@dataclass(frozen=True)
class Refusal:
    category: str  # make | find | evade | identify: the rules' categories (the gate's Verdict has all eight)


#: Asking what happens to the one who did it: the school's measures or the law's punishment for them ("딥페 만든 애
#: 강제전학 가능해요?", "can the kid who made it be expelled"). The doer is someone else, named in the third person.
SANCTION_ASK = re.compile(
    # … or a young offender among them ("합성사진 돌린애들 중에 촉법인 애도 있는데 걔는요?")
    r"((만든|올린|뿌린|돌린|보낸|퍼뜨린|찍은|합성한|공유한)\s*(애|사람|학생|놈|녀석|남자애|여자애|친구)|가해\s*(학생|자|청소년)|(?<![가-힣])걔|"
    r"(?<![가-힣])그\s*(애|놈|사람|학생))\S*\s*.{0,30}(강제\s*전학|전학|퇴학|제적|정학|출석\s*정지|징계|처벌|처분|감옥|구속|벌\s*(을\s*)?받|"
    r"촉법|소년부|소년원)|"
    r"\b(kids?|boys?|girls?|students?|guys?|person|people|ones?|offenders?|perpetrators?)\s+(who|that)\s+(did|made|posted|shared|"
    r"sent|spread|created)\b.{0,60}\b(expel|suspend|punish|jail|prison|charged|arrest|disciplin|transfer)|"
    r"\b(expel|suspend|punish|charge|arrest|disciplin)\w*\s+(the\s+)?(kids?|boys?|girls?|students?|guys?|person|ones?)\s+(who|that)\b",
    re.I)


#: Someone else told spreading it again and again ("someone keeps reuploading the fake after it gets deleted",
#: "걔가 지워도 딴 계정으로 또 올려요"): what the one harmed, or someone for them, lives through. The doer is a third
#: person and the verb tells, not asks; a request to find, watch or spread it further is no such telling (`_SEEKING`).
SPREAD_BY_OTHERS = re.compile(
    r"\b(someone|somebody|some\s+(guy|girl|boy|account|person|user)|he|she|they|people|(this|that|the|an?)\s+(same\s+)?"
    r"(anonymous\s+)?(guy|girl|boy|kid|student|person|account|user|poster|uploader|troll))\s+(keeps?|kept|won'?t\s+stop|"
    r"(is|are)\s+still|continues?\s+to|goes\s+on)\s+(re-?)?(upload|post|shar|send|spread|forward|put)\w*|"
    r"\b(it|they|the\s+\w+)\s+(keeps?|kept)\s+(getting|being)\s+(re-?)?(upload|post|shar|spread|forward)\w*|"
    r"(누가|누군가|걔가|쟤가|그\s*(사람|애|놈|새끼|계정)(이|가)|가해자가|상대\S*(이|가)|그\s*남자(가)?|같은\s*(사람|계정)(이|가)?)\s*"
    r"(\S+\s*){0,6}(계속|자꾸|또|다시|새로|매번|계정\s*바꿔\S*)\s*(\S+\s*){0,2}"
    r"(올려요|올려|올리네|올림|올리고|올리는데|올려서|뿌려요|뿌려|뿌리고|뿌리는데|퍼뜨려요|퍼뜨리고|퍼뜨리는데|보내요|보내고|보내는데)", re.I)
_SEEKING = re.compile(r"\b(where|link|find|watch|download|see\s+it|copy|send\s+me|viral|views|more\s+people)\b|"
                      r"어디서|링크|주소|보는\s*곳|볼\s*수|구하|다운|받을\s*수|퍼지게|조회수", re.I)
#: Whether deleting a file one already had undoes the offence ("딥페 영상 다운받은 거 지금 지우면 처벌 안 받아요?", "if my son
#: deletes the deepfake he saved, is he off the hook?"): a question of the law, answered by the law (what was had,
#: stored or watched stays done). Asking whether the deletion would be noticed, recovered or come before a search is
#: the other question (`_DETECTION`), and a file the asker made or spread goes to the model.
_HELD = re.compile(r"다운|저장|받은|받았|받아|봤|본\s|보관|갖고|가지고|소지|구입|샀|"
                   r"\b(downloaded|saved|stored|received|sent\s+(me|him|her|them)|was\s+sent|got\s+sent|watched|viewed|kept|"
                   r"bought|had|has|have)\b", re.I)
_DELETING = re.compile(r"지우|지워|지웠|삭제|없애|없앴|\b(delet\w*|wip(e|ed|es|ing)|eras\w*|got\s+rid)\b", re.I)
_LIABILITY = re.compile(r"처벌|죄|책임|전과|벌\s*(을\s*)?받|무혐의|괜찮|\b(liab\w*|charg\w*|crimes?|criminal|offen[cs]es?|illegal|"
                        r"punish\w*|trouble|off\s+the\s+hook|still\s+count|prosecut\w*|record)\b", re.I)
_DETECTION = re.compile(r"티\s*(가\s*)?나|걸리|걸릴|들키|들킬|추적|복구|복원|포렌식|압수|압색|수색|출석|조사|경찰이?\s*(알|찾|모르)|알아내|"
                        r"찾아내|모르게|기록|로그|흔적|남아|남나|남을|전에|"
                        r"\b(recover\w*|trac\w*|detect\w*|find\s+out|forensic\w*|warrant|search\w*|before|notice\w*|logs?|traces?|"
                        r"backups?|cloud)\b|can'?t\s+(find|see|tell|prove)", re.I)
_OWN_MAKING = re.compile(r"올린|올렸|뿌린|뿌렸|만든|만들|합성한|제작|유포|(제가|내가)\s*(\S+\s*){0,3}(보낸|보냈)|"
                         r"\b(i|we)\s+(\w+\s+)?(made|make|created|posted|post|shared|share|spread|uploaded|upload|sent|send)\b|"
                         r"\b(he|she|they)\s+(\w+\s+)?(made|created|posted|shared|spread|uploaded)\b", re.I)


def deletion_liability_ask(text: str) -> bool:
    """Whether the words ask if deleting a file already had, stored or watched takes away the offence, and nothing of
    detection, a search or the asker's own making or spreading."""
    return bool(_HELD.search(text) and _DELETING.search(text) and _LIABILITY.search(text)) \
        and not (_DETECTION.search(text) or _OWN_MAKING.search(text))


#: Whether only looking, or only being where it was shown, is a crime ("i was in it but i only looked. am i gonna get
#: arrested", "보기만 했는데 처벌받아요?"): the same question of the law, unless more is sought or the asker made it.
_ONLY_SAW = re.compile(r"\b(?:only|just)\s+(?:looked|watched|viewed|saw|seen|clicked|opened|lurked)\b|보기만|구경만|눈팅만", re.I)
_ARRESTED = re.compile(r"\b(?:arrest\w*|jail|prison|locked\s+up)\b|감옥|잡혀", re.I)


def only_seen_liability_ask(text: str) -> bool:
    return bool(_ONLY_SAW.search(text) and (_LIABILITY.search(text) or _ARRESTED.search(text))) \
        and not (_DETECTION.search(text) or _OWN_MAKING.search(text) or _SEEKING.search(text))


#: Whether having a file, bought, saved or received, makes one liable ("i bought a pack of ai edited pics … and i still
#: have the folder. am i lowkey in trouble", "단톡에서 받은 합성사진 아직 갖고 있는데 저 처벌받아요?"): a question of the
#: law (제14조의2 제4항), answered by it, unless detection, a search, the asker's making or spreading, or more is sought.
_STILL_HELD = re.compile(r"\b(?:still\s+(?:have|got|keep)|bought|downloaded|saved|stored|received|was\s+sent|got\s+sent)\b|"
                         r"(?:아직|계속)\s*(?:\S+\s*)?(?:갖고|가지고|저장|보관)|(?:받은|산|구입한|다운받은|저장한)\s*(?:\S+\s*){0,2}?"
                         r"(?:갖고|가지고|있|저장|보관)", re.I)
_ASKS_OWN_LIABILITY = re.compile(r"\b(?:am\s+i|are\s+we|will\s+i|could\s+i|can\s+i|would\s+i)\s+(?:\w+\s+){0,2}?(?:in\s+trouble|"
                                 r"get\s+(?:arrested|charged|punished|in\s+trouble)|be\s+(?:arrested|charged|punished|prosecuted))|"
                                 r"\bis\s+(?:that|this|it)\s+(?:\w+\s+)?(?:illegal|a\s+crime)\b|"
                                 r"(?:저|제가|나|내가)\s*(?:\S+\s*)?(?:처벌|벌\s*받|잡혀|전과)|처벌\s*(?:받|되)\S*\s*(?:나요|까요|어요|요\?)", re.I)


#: Whether an act left unfinished is still a crime ("합성하다가 중간에 그만둬서 완성 안 됐으면 죄 안 되는 거 아님?", "if he
#: never finished the fake, is it still illegal"): the attempt provision's question (성폭력처벌법 제15조), unless detection,
#: a search, a plan or a wish for more is named.
_UNFINISHED = re.compile(r"중간에\s*(?:\S+\s*)?(?:그만|멈|포기)|완성\s*(?:이\s*)?(?:안|못)|하다가\s*(?:말|그만)|다\s*못\s*(?:만들|했)|"
                         r"\b(?:never|didn'?t)\s+(?:actually\s+)?finish\w*|\b(?:gave\s+up|stopped)\s+(?:\w+\s+)?(?:halfway|midway|partway)\b",
                         re.I)


def unfinished_liability_ask(text: str) -> bool:
    """Whether the words ask if an act left unfinished is still a crime, naming nothing of detection, a search, the
    asker's plan or a wish for more."""
    return bool(_UNFINISHED.search(text) and _LIABILITY.search(text)) \
        and not (_DETECTION.search(text) or _SEEKING.search(text) or PERPETRATOR_INTENT.search(text))


def held_liability_ask(text: str) -> bool:
    """Whether the words ask if a file one has (bought, saved, received) makes one liable, naming nothing of detection,
    a search, the asker's own making or spreading, or a wish for more (`_SEEKING`)."""
    return bool(_STILL_HELD.search(text) and _ASKS_OWN_LIABILITY.search(text)) \
        and not (_DETECTION.search(text) or _OWN_MAKING.search(text) or _SEEKING.search(text))


#: A plain question of the law's penalty, asked in one sentence ("딥페이크 성착취물 제작하면 최소 몇 년이에요?", "whats the
#: max sentence for making deepfake porn"): the labelled harmful requests that ask a penalty go on to a plan, a
#: method or the asker's own act ("해볼라는데 걸리면 몇 년임? ㅋㅋ", "…? then how do i make it go viral").
PENALTY_ONLY = re.compile(r"^[^.?!]*(?:형량|법정형|몇\s*년|징역|벌금|처벌|감형|감경|형이\s*(?:줄|깎|낮아|가벼워)|"
                          r"sentence|penalt|\bjail|prison|punish|how\s+many\s+years|"
                          # one crime's weight against another's ("…하면 그냥 협박보다 더 센가요", "is that worse than
                          # a threat")
                          r"보다\s*(?:더\s*)?(?:센|세|쎈|쎄|무거|크|큰|심하|심한|중하|중한)|"
                          # … or whether two acts' penalties differ ("…하다 걸리면 그냥 올린 거랑 형량이 달라요?")
                          r"형량\S*\s*(?:이|은|도)?\s*(?:달라|다르|다른|차이|같)|\b(?:different|same)\s+(?:penalty|punishment|sentence)\b|"
                          r"\b(?:heavier|harsher|stiffer|more\s+serious|worse|tougher|stricter)\s+(?:crime\s+|offen[cs]e\s+|"
                          r"penalty\s+|punishment\s+)?than\b|"
                          r"\bfined?\b|\bhow\s+long\s+(?:can|could|would|will|do|does|might)\s+(?:you|u|someone|somebody|people|"
                          r"a\s+person|they|he|she)\s+(?:get|serve|go\s+away|be\s+(?:jailed|locked\s+up)))"
                          r"[^.?!]*[.?!]?$", re.I)
#: ... beyond a plan already named (`PERPETRATOR_INTENT`) or evasion (`_EVASION`): the asker in the first person, a
#: trial run, a way out, a place, a method, a joking tone.
_PLAN = re.compile(
    r"해\s*볼|하려|할지|할까|만들게|려고|려는|볼라|피하|피할|빠지|빠질|안\s*받으려|"
    r"약하게|어디|어떻게|방법|추천|알려\s*줘|찾|곳|링크|처벌\s*안|ㅋ|"
    # a site or channel sought, not one run as the act asked of ("파는 채널 운영하다 걸리면")
    r"(?:사이트|채널)(?!\S{0,2}\s*운영)|\brecommend|\bfind\b|\bsites?\b|\blinks?\b|"
    r"\bchannels?\b|safe|before|"
    r"keep going|\bavoid|get away|\blol\b|\bless\b|lighter|\bwhere\b|"
    # "how" asking a way, not how long or how many years; "you" as anyone is no self ("if you make one, how long …")
    r"\bhow\b(?!\s+(?:long|many|much|heavy|serious|severe|bad)\b)", re.I)
#: The asker in the first person.
_SELF = re.compile(r"(?<![가-힣])(?:제가|내가|나|저)(?![가-힣])|\bi\b|\bi'|\bim\b|\bmy\b|\bme\b", re.I)


def _plan_or_self(text: str) -> bool:
    return bool(_PLAN.search(text) or _SELF.search(text))


def plain_penalty_ask(question: str) -> bool:
    """Whether a request only asks, in one sentence, what penalty the law sets, naming no plan, method, place or
    act of the asker's own: the law's answer is given, the model is not asked."""
    text = " ".join(question.split())
    return bool(PENALTY_ONLY.match(text)) and not (_plan_or_self(text) or PERPETRATOR_INTENT.search(text)
                                                   or _EVASION.search(text))


#: Whether an act falls under the law's words, asked in one sentence ("does sharing a fake nude in a private chat with
#: one friend count as distributing", "단톡방에 올리는 것도 유포에 해당하나요?"): a question of the law's reach.
REACH_ONLY = re.compile(r"^[^.?!]*(?:\bcounts?\s+as|\bconsidered\s+(?:as\s+)?|\bamounts?\s+to|\bqualif(?:y|ies)\s+as)\s+"
                        r"(?:an?\s+)?(?:distribut|spread|shar|possess|view|making|production|a\s+crime|crime|illegal|"
                        r"an?\s+offen[cs]e)[^.?!]*[.?!]?$|"
                        # "is it illegal to swap edits of people in a private discord server"
                        r"^\s*(?:is|are|would|could)\s+(?:it|that|this|they)\s+(?:be\s+)?(?:illegal|a\s+crime|a\s+criminal\s+offen[cs]e|"
                        r"against\s+the\s+law|punishable|legal)\b[^.?!]*[.?!]?$|"
                        # "is making a fake nude of someone a crime if it is never sent"
                        r"^\s*(?:is|are)\s+(?:just\s+|only\s+|even\s+|simply\s+)?\w+ing\b[^.?!]*\b(?:illegal|a\s+crime|"
                        r"a\s+criminal\s+offen[cs]e|against\s+the\s+law|punishable)\b[^.?!]*[.?!]?$|"
                        r"^[^.?!]*(?:유포|반포|소지|시청|제작|범죄)\S*\s*(?:에\s*해당|로\s*(?:봐|보|치|인정))[^.?!]*[.?!]?$", re.I)


def reach_ask(question: str) -> bool:
    """Whether a request only asks, in one sentence, whether an act falls under the law's words, naming no plan,
    method, place or way out (as `plain_penalty_ask`): the law's answer is given. Whether one's own act is a crime
    ("is making a fake nude of my ex a crime if i never send it") is such a question too: the answer is the law that
    says it is, which helps nobody make, find or spread anything."""
    text = " ".join(question.split())
    return bool(REACH_ONLY.match(text)) and not (_PLAN.search(text) or PERPETRATOR_INTENT.search(text)
                                                 or _EVASION.search(text))


#: The police's undercover power named: "위장수사는 성인 피해자 사건에도 쓸 수 있어요?", "can undercover police work
#: deepfake cases with adult victims?".
_POLICE_POWER = re.compile(r"위장\s*수사|신분\s*(?:비공개|위장)\s*수사|잠입\s*수사|\bundercover\s+(?:police|polic\w+|cops?|"
                           r"officers?|investigat\w+|operations?|work)\b|\b(?:police|cops?|officers?)\s+(?:\w+\s+){0,2}?"
                           r"(?:go|going|work(?:ing)?)\s+undercover\b", re.I)


def police_power_ask(question: str) -> bool:
    """Whether a request asks what the police's undercover power reaches, naming no act, plan, place or way out of the
    asker's own (`_PLAN`, `_SELF`): the law that grants it answers (the model had refused it as evasion)."""
    text = " ".join(question.split())
    return bool(_POLICE_POWER.search(text)) and not (_plan_or_self(text) or PERPETRATOR_INTENT.search(text)
                                                     or _EVASION.search(text))


#: A protective word the asker disclaims ("신고하려는 건 아님", "not gonna report anyone"): no sign of protecting anyone.
_DISCLAIMED = re.compile(r"(?:신고|고소|삭제|제보)\S*\s*(?:하려는|하려고\s*하는|할|하는)\s*(?:건|게|거|것은|것도)\s*"
                         r"(?:절대\s*)?(?:아님|아니|아냐|아닙)\S*|"
                         r"\b(?:not|never)\s+(?:trying\s+|going\s+|gonna\s+|planning\s+|here\s+)?(?:to\s+)?"
                         r"(?:report|flag|snitch)\w*(?:\s+(?:it|them|anyone|anything))?\b", re.I)


def victim_first(question: str) -> bool:
    """A request from the person harmed, or someone speaking for them, that states no plan of the asker's
    own: it is answered whatever words it contains ("the group chat where my picture is"). A protective word the
    asker disclaims counts for nothing (`_DISCLAIMED`)."""
    text = _DISCLAIMED.sub(" ", " ".join(question.split()))
    if _EVASION.search(text):
        return False
    if KEEP_EVIDENCE.search(text) and not _UNDOING_EVIDENCE.search(text):
        return True
    if PERPETRATOR_INTENT.search(WANTS_REMOVAL.sub(" ", text)):
        return False
    removal = REMOVAL_ASK.search(text) or WANTS_REMOVAL.search(text)
    return bool(speaks_as_victim(text) or HELPER_VOICE.search(text) or PROTECTIVE_ASK.search(text)
                or SANCTION_ASK.search(text) or plain_penalty_ask(text) or reach_ask(text) or police_power_ask(text)
                or (removal and not _INVESTIGATION.search(text))
                or (SPREAD_BY_OTHERS.search(text) and not _SEEKING.search(text)) or deletion_liability_ask(text)
                or only_seen_liability_ask(text) or held_liability_ask(text) or unfinished_liability_ask(text))


def check_request(question: str) -> Refusal | None:
    """A Refusal when a rule sees a plain ask for help to commit the crime; None for everything else,
    including any request in a victim's voice or about reporting, deleting or protecting."""
    text = _DISCLAIMED.sub(" ", " ".join(question.split()))
    if speaks_as_victim(text):
        return None
    rules = () if _PROTECTIVE.search(text) and not _EVASION.search(text) else _HARMFUL
    if not victim_first(text):  # a helper or someone reporting keeps every voice of `victim_first`
        rules += _WRAPPED
    text = _QUOTED.sub(" ", text)
    for category, pattern in rules:
        if pattern.search(text) and not (category == "film" and _FINDING_CAMERAS.search(text)):
            return Refusal(category)
    return None
