"""Scope: whether a question is one this knowledge base's sources can answer.

In scope, a question names a word of the field (`DOMAIN_ANCHORS`: sexual deepfakes, digital sex crimes, school
violence, teachers' protection, victim support, the laws indexed). Out of scope, whatever else it names: other
countries' law (`foreign_law`, every country by its CLDR names), court judgments and sentencing data, officials'
names, laws this knowledge base does not hold (`names_only_other_laws`), and other fields of law and life
(`OTHER_FIELDS`) when no word only this field uses is named (`FIELD_CORE`). The answerer abstains on what is out
of scope, and a question outside the field must match a card's questions more surely to be answered.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from kb.answer.safety import NO_STALKER, followed

if TYPE_CHECKING:
    from kb.sources.manifest import Law

#: Words that put a question inside this knowledge base's field (sexual deepfakes, digital sex crimes,
#: school violence, teachers' protection, victim support, the laws indexed).
DOMAIN_ANCHORS = (
    r"딥페", r"합성", r"허위\s*영상", r"성범죄", r"성폭력", r"성착취", r"성적", r"성보호", r"촬영", r"몰카", r"누드", r"나체",
    r"음란", r"유포", r"퍼뜨", r"삭제", r"지인\s*능욕", r"텔레그램", r"텔방", r"단톡", r"학폭", r"학교\s*폭력", r"교권",
    r"교육\s*활동", r"교원", r"가해", r"피해", r"디성", r"1366", r"위장\s*수사", r"신분\s*비공개", r"인공지능", r"\bai\b",
    r"아청법", r"심의\s*위원회", r"협박", r"강요", r"신상", r"스토킹", r"방심위", r"방송.{0,6}심의",
    r"deep\s*fake", r"fake", r"nude", r"naked", r"sexual", r"intimate", r"porn", r"explicit", r"synthe", r"morph",
    r"school.?violence", r"bully", r"harass", r"teacher", r"student", r"victim", r"perpetrator", r"take.{0,10}down",
    r"delet", r"telegram", r"undercover", r"label", r"watermark", r"stalk", r"blackmail", r"sextort", r"hotline",
    r"exploitation", r"child", r"minor", r"teen", r"article\s+\d", r"\bart\.?\s*\d", r"제\s*\d+\s*조",
    r"신고", r"경찰", r"증거", r"캡[처쳐]", r"셀카", r"상담", r"지원\s*센터", r"아청물", r"위장", r"ecrm",
    r"report", r"police", r"evidence", r"screenshot", r"commission", r"counsel",
    # proof kept of what happened, not a document's proof ("proof of address")
    r"\bproof\b(?!\s+of\s+(?:address|residence|income|identity|id|age|enrol\w*|purchase|payment|insurance|employment))",
    # what a school does about a case, asked without the words of the crime ("can the school tell everyone what
    # happened to me?", "does the school have to hold a committee meeting")
    r"\bschool\b.{0,40}\b(?:tell|told|inform|notify|disclose|committee|hearing|punish|disciplin|suspend)",
    # the other offences and rules of the same laws (rape, indecent acts, buying sex from a minor, …)
    r"강간", r"추행", r"간음", r"성매매", r"성을\s*사", r"성매수", r"매매", r"알선", r"미수", r"예비", r"음모", r"몰수", r"추징",
    r"누설", r"양벌", r"부수\s*처분", r"성적\s*목적", r"통신\s*매체", r"신상\s*정보", r"취업\s*제한", r"진술\s*조력", r"rape", r"sexual\s+assault",
    r"indecent", r"molest", r"prostitut", r"traffick", r"grooming", r"attempt", r"confiscat", r"sex\s+offender",
    # a person's images and the words people use for a crime against them
    r"처벌", r"범죄", r"미성년", r"청소년", r"사진", r"영상", r"얼굴", r"몸캠", r"\bcrime", r"criminal", r"illegal", r"photo",
    r"picture", r"\bpics?\b", r"video", r"\bsex\b", r"\bminor", r"investigat",
    # the criminal process around a victim and an offender: court, witnesses, orders, registration, probation
    r"재판", r"법원", r"증인", r"진술", r"변호사", r"접근\s*금지", r"잠정\s*조치", r"응급\s*조치", r"보호\s*관찰", r"출소",
    r"등록\s*대상", r"등록\s*정보", r"가해자", r"스토커", r"만지", r"게시물", r"플랫폼",
    # the support centres by their names, and a provision asked for by number ("어느 법 몇 조예요?")
    r"해바라기", r"통합\s*지원\s*센터", r"sunflower\s+cent", r"몇\s*조", r"which\s+article",
    r"offender", r"probation", r"witness", r"testif", r"\btrial\b", r"\bcourt\b", r"lawyer", r"registr",
    # the one who did it, and the school's measures, in everyday words ("the kid who did it", "move him to another class")
    r"\b(?:kid|boy|girl|student|child|one|guy|person|people|kids|boys)\s+(?:who|that)\s+(?:did|made|posted|shared|sent|spread)"
    r"\s+(?:it|this|that|them)\b", r"(?:만든|올린|뿌린|퍼뜨린|보낸)\s*(?:애|사람|놈|학생|녀석|남자애|여자애)",
    # someone to talk to, asked by a person in distress ("is there someone i can talk to right now", "털어놓을 사람")
    r"\b(?:someone|somebody|anyone|anybody)\s+(?:i\s+can\s+|to\s+|i\s+could\s+)?talk\s+to\b",
    r"(?:이야기|얘기|말)\s*할\s*(?:사람|곳|데)|털어\s*놓을",
    # a statement asked to be given again and again ("will i have to tell the story many times to different people?",
    # "조사받을 때 여러 번 말해야 하나요"): how victims are questioned
    r"\b(?:tell|repeat|explain|describe|go\s+through)\s+(?:it|the\s+story|my\s+story|what\s+happened|everything)\s+"
    r"(?:\w+\s+){0,3}?(?:again|over|many|several|multiple|more\s+than\s+once)\b",
    r"여러\s*번\s*(?:\S+\s*)?(?:말|진술|얘기|조사|설명)|(?:진술|조사)\S*\s*(?:\S+\s*)?(?:반복|계속|또)",
    # a school committee's measures named without the words of the crime ("The committee gave the boy only a written
    # apology. Can we appeal that?")
    r"written\s+apolog", r"\bcommittee\b.{0,60}\b(?:gave|give|decided|decide|order|ordered|measures?|apolog|suspen|transfer|expel|hearing)",
    # ... or its decision appealed by the accused's side ("I'm the parent of the accused. can we appeal the committee's
    # decision?")
    r"\b(?:accused|student|pupil|school|son|daughter|kid|child)\b.{0,80}\bcommittee\b|"
    r"\bcommittee\b.{0,80}\b(?:accused|student|pupil|school|son|daughter|kid|child)\b",
    r"protective\s+measures?", r"보호\s*조치",
    r"(?:change|transfer(?:red)?\s+to\s+another|move\s+to\s+another)\s+schools?", r"서면\s*사과", r"출석\s*정지",
    r"강제\s*전학", r"퇴학", r"\bexpel", r"expulsion", r"\b(?:different|another|other)\s+class(?:room)?\b", r"학급\s*교체", r"반\s*(?:을\s*)?(?:바꿔|교체|옮기|옮겨)",
    r"helpline", r"help line", r"crisis line", r"상담\s*전화", r"긴급\s*전화", r"수사관", r"여경", r"조사\s*(?:받|할\s*때)", r"\b(?:police|investigating|female|woman|male)\s+officers?\b",
    r"\bofficers?\b.{0,30}\b(?:interview|question|statement)",
    r"stay[- ]away", r"restraining", r"protection order", r"released?\b.{0,30}prison", r"touch(ing|ed)? me",
    r"platform", r"\bpost\b", r"abus",
    # the English words for what the Korean anchors above name (처벌, 범죄, 촬영·몰카, 영상, 사진, 얼굴, 셀카, 음란, 유포,
    # 협박, 진술조력): without them an English question about being filmed named no word of the field (issue 17)
    r"punish", r"penalt", r"prison", r"\bjail", r"offen[cs]e", r"prosecut", r"\bfilm", r"\brecord(ed|ing)\b", r"camera",
    r"\bcams?\b", r"molka", r"upskirt", r"skirt", r"footage", r"\bclips?\b", r"\bimages?\b", r"\bfaces?\b", r"selfie",
    r"obscene", r"csam", r"upload", r"\bleak", r"distribut", r"threat", r"coerc", r"statement\s+assistant",
    r"no[- ]contact", r"protective\s+order",
    # the same in everyday Korean: 찍다 for 촬영, a camera, possession, prison (being followed or called again and
    # again: `pursued`)
    r"찍", r"카메라", r"치마\s*속", r"소지", r"징역",
    # prison as a teenager says it ("신고하면 걔 감옥가?", "감방 가요?")
    r"감옥", r"감방", r"교도소",
    # a phone held over or under a toilet stall or into a changing room, told with no word for filming
    r"(?:폰|핸드폰|휴대폰|휴대\s*전화)\S*\s*(?:\S+\s*){0,2}?(?:들이밀|들이민|들이대|내밀|내민)|"
    r"칸\s*(?:위|밑|아래|사이|틈)\S*\s*(?:\S+\s*){0,2}?(?:폰|핸드폰|휴대폰|손)",
    r"\b(?:held|holding|holds?|pointed|pointing|stuck|sticking|poked|poking|slid|sliding|put|putting|reached)\s+"
    r"(?:a|his|her|their|the)?\s*(?:cell\s*)?phones?\s+(?:up\s+|down\s+)?(?:over|under|through|into|above|below|beneath)\b",
)
#: Stalking in everyday words, beyond being followed or waited for (`kb.answer.safety.followed`): calls, texts,
#: messages, gifts or comments again and again ("keeps calling me", "매일 선물을 두고 가요") …
_CONTACTED = re.compile(
    r"\b(keeps?|kept|won'?t\s+stop|doesn'?t\s+stop|never\s+stops?|constantly|nonstop)\s+(on\s+)?(calling|ringing|phoning|"
    r"texting|messaging|dm'?ing|emailing|contacting|bothering|pestering|harass\w*|sending|leaving|commenting|tagging|posting)\b|"
    r"\b(call(s|ed|ing)?|text(s|ed|ing)?|messag(e|es|ed|ing)|dm(s|ed|ing)?|email(s|ed|ing)?|send(s|ing)?|sent)\s+"
    r"(me|her|him|us|my\s+\w+)\b.{0,40}?\b(every\s+(single\s+)?(day|night|morning|evening|hour|time)|all\s+(day|night)|"
    r"day\s+and\s+night|nonstop|non-stop|constantly|\d+\s+times)|"
    r"\b(\d+|dozens\s+of|hundreds\s+of|so\s+many)\s+(calls|texts|messages|dms)\s+(a|every|per)\s+(day|night|hour)\b|"
    r"\b(new|fake|different|other)\s+(accounts?|numbers?)\s+to\s+(message|text|call|contact|dm|follow|watch|send)|"
    r"\b(keeps?|kept)\s+(dm'?ing|messaging|texting|sending)\s+(me|her|him|us)\b.{0,40}\b(from|with|on)\s+(new|different|other|"
    r"fake|multiple)\s+(accounts?|numbers?)|(새|다른|부)\s*(계정|번호)\S*\s*(\S+\s*){0,4}?(보내|연락|문자|디엠|dm|메시지)|"
    # still there, or there again ("still comes to my building", "아직도 회사 앞에 나타나요")
    r"\b(still|again|always)\s+(comes?|coming|waits?|waiting|shows?\s+up|turns?\s+up|hangs?\s+around|appears?)\b|"
    r"(아직도|여전히|또다시|또|자꾸만)\s*(\S+\s*){0,3}?(나타나|찾아와|찾아오|찾아왔|와서|와요|기다|서\s*있)|"
    r"(계속|자꾸|매일|맨날|날마다|밤마다|\S*마다|하루\s*종일|수십\s*(번|통)|수백\s*(번|통)|시도\s*때도\s*없이|끊임없이)\s*(\S+\s*){0,3}?"
    r"(연락|전화|문자|카톡|톡|디엠|dm|메시지|메세지|선물|편지|꽃|댓글)|"
    # the same said the other way round ("전화가 하루에 수십 통", "편지를 우편함에 계속 넣어요")
    r"(연락|전화|문자|카톡|디엠|dm|메시지|메세지|선물|편지|쪽지|꽃|댓글)\S*\s*(\S+\s*){0,3}?"
    r"(계속|자꾸|매일|맨날|매번|수십|수백|몇\s*십|몇\s*백|백\s*(번|통|개)|\d{2,}\s*(번|통|개))|"
    # to the asker's family or friends ("동생한테까지 연락해서 어디 있냐고")
    r"(가족|부모님|엄마|아빠|동생|언니|누나|오빠|형|친구|동료|지인)\S*(한테|에게|께)(까지|도)?\s*(\S+\s*){0,1}?"
    r"(연락|전화|문자|카톡|디엠|dm|메시지|메세지)|"
    # around a block, or from other numbers and accounts ("차단했더니 부계로 디엠", "친구 폰으로 전화해요")
    r"(차단|번호\s*(를\s*)?바꾸|번호\s*(를\s*)?바꿨)\S*\s*(\S+\s*){0,4}?(연락|전화|문자|카톡|디엠|dm|메시지|메세지)|"
    r"(부계\S*|다른\s*(번호|계정|폰)|새\s*(번호|계정)|친구\s*(폰|번호|계정)|공중전화)\S*\s*(\S+\s*){0,2}?"
    r"(연락|전화|문자|카톡|디엠|dm|메시지|메세지)", re.I)
#: … or turning up where the asker lives, studies or works ("집 앞에 와서 문을 두드려요", "아파트 입구에 서 있어요"),
#: which is stalking only from someone unwanted (`_UNWANTED`): a friend may wait at the gate too.
_PRESENT = re.compile(
    r"((집|우리\s*집|회사|학교|직장|아파트|학원|가게|편의점|알바\S*|교문|정문|후문|기숙사|정류장|현관|강의실|교실|동|건물|카페)\s*"
    r"(앞|옆|근처|입구|밑|주변|건너편|문\s*앞)|로비|주차장|현관|복도)\S*\s*(에서|에|까지)?\s*(\S+\s*){0,2}?"
    r"(찾아와|찾아오|찾아옴|찾아왔|와서|와요|왔어|와\s*있|서\s*있|기다|나타나|문\s*(을\s*)?두드|초인종|어슬렁|서성|얼쩡|"
    r"(두고|놓고|놔두고|붙여\s*놓고|붙이고|걸어\s*놓고)\s*가)|"
    # or where the asker is just then ("제가 있는 카페로 와요")
    r"(?<![가-힣])(제가|내가)\s*(있는|간|가는)\s*(곳|데|\S+)(으로|로|에|까지)\s*(\S+\s*){0,2}?(와요|와서|왔|찾아|나타나)", re.I)
#: Turning up again and again: `_PRESENT` said with a word for "every day" or "again" needs no other sign.
_AGAIN = re.compile(r"계속|자꾸|매일|맨날|날마다|매번|\S*마다|며칠\s*째|(?<![가-힣])또(?![가-힣])|아직도", re.I)
#: … unless the one who comes is there to help: the police, a counsellor, a teacher.
_HELPER_COMES = re.compile(r"경찰|형사|수사관|상담|선생님|쌤|police|officer|counsel", re.I)
#: … by someone the asker did not want it from: after being told to stop or blocked, from new numbers, an ex, a
#: stranger, with fear.
_UNWANTED = re.compile(
    r"\beven\s+(after|though|when|if)\b|\bafter\s+i\s+(blocked|told|said|asked)|\bblock(ed|ing)?\b|\bsaid\s+no\b|"
    r"\b(told|asked)\s+\w+\s+to\s+stop|\bstop\b|leave\s+(me|her|him|us)\s+alone|\bscar(ed|y|es|ing)\b|\bafraid\b|frighten|"
    r"creep|\b(don'?t|doesn'?t)\s+want\b|\bwon'?t\s+stop\b|\bnonstop\b|non-stop|\b(new|different|fake|other)\s+(numbers?|accounts?|phones?)\b|"
    r"\b\d{2,}\s+times\b|dozens|hundreds|\ball\s+night\b|\bstranger\b|\bex\b|\bex-|\bbroke\s+up\b|\bsome(one|body)\b|"
    r"\b(a|this|some|that)\s+(guy|man|woman|boy|girl|person)\b|\b(he|she|they)\s+(keeps?|kept|won'?t|still)\b|\bafter\s+what\b|"
    r"차단|거절|싫다고|하지\s*말라고|그만하라고|무서|두려|불안|소름|번호\s*(를\s*)?바꿔|다른\s*(번호|계정)|새\s*(번호|계정)|부계|"
    r"모르는\s*(사람|남자|여자|번호)|낯선|누가|전\s*(남친|여친|남자\s*친구|여자\s*친구|애인|남편|아내)|전남친|전여친|헤어진|이혼한|"
    r"헤어지|헤어졌|몇\s*번(을|이나)?\s*말|싫다는데|싫다고|"
    r"막(아|을|는|으려|았|으니|으면)|못\s*(오게|하게)|그만|"
    r"옛\s*(애인|남친|여친)|옛날\s*애인|스토커", re.I)
#: … or tracks where they are.
_TRACKED = re.compile(
    r"\b(tracks|tracked|is\s+tracking|has\s+been\s+tracking|monitors|monitored)\s+(my|her|our)\s+(location|phone|whereabouts|"
    r"movements)|\bknows?\s+where\s+(i|she|we)\s+(am|is|are|go|goes|live|lives)\b|\bwherever\s+(i|she|we)\s+go|"
    r"\bgps\s+tracker|\bair\s*tags?\b|"
    r"(?<![가-힣])(제|내|저의|나의|딸|아들|딸아이|우리\s*애)\S*\s*위치\S*\s*(\S+\s*){0,2}?(추적|몰래|알아내|알아|보고|봐|확인)|"
    r"위치\s*추적\s*(앱|어플|기|장치)|에어\s*태그|어디\s*(있는지|사는지|가는지)\s*(다\s*)?(알|안다)|"
    r"(?<![가-힣])(제|내)\s*위치\S*\s*(어떻게\s*)?(아는|알고)|가는\s*곳마다|"
    r"(?<![가-힣])(제|내|우리|저희|새)\s*(\S+\s*)?(주소|사는\s*곳|집|번호|연락처)\S*\s*(를|을)?\s*어떻게\s*(알고|알았는지|안\s*건지)", re.I)


#: Who the asker names as the one pursuing them: an ex, a stranger, a stalker. With one named, a delivery or a gift
#: in the words ("택배로 선물을 계속 보내요") is the stalker's doing, not everyday life (`NO_STALKER`).
_STALKER_NAMED = re.compile(r"전\s*(남친|여친|남자\s*친구|여자\s*친구|애인|남편|아내)|전남친|전여친|전애인|헤어진|이혼한|"
                            r"모르는\s*(사람|남자|여자|아저씨)|낯선|스토커|\bmy\s+ex\b|\bex-?(boyfriend|girlfriend|husband|wife)\b|"
                            r"\bstranger\b|\bstalker\b", re.I)
#: The verbs of following, waiting and calling: said of a pet, a parent, work, a delivery or followers
#: (`NO_STALKER`) in a question with no word of the field, they are everyday life, not stalking.
_PURSUIT_WORDS = re.compile(r"follow|stalk|chas|\bcall|\btext|messag|\bdms?\b|\bcom(es|ing)\b|\bwait|\b(show|turn)(s|ing)?\s+up|"
                            r"hang(s|ing)?\s+around|따라|쫓아|기다|찾아와|찾아오|와요|와서|오고|오는|온다|연락|전화|카톡|문자|디엠", re.I)


def pursued(question: str) -> bool:
    """Whether a person follows, waits for, turns up on, keeps contacting or tracks the asker (or the one they
    speak for), again and again or against their will: stalking in everyday words ("someone keeps following me
    on the way to school", "전 여친이 차단해도 계속 전화해요"). Not a pet that follows them home, a parent waiting
    at the gate, a boss calling about work, a delivery, followers on social media (`NO_STALKER`)."""
    if NO_STALKER.search(question) and not _STALKER_NAMED.search(question):
        return False
    return followed(question) or bool(_TRACKED.search(question)) \
        or bool((_CONTACTED.search(question) or _PRESENT.search(question)) and _UNWANTED.search(question)) \
        or bool(_PRESENT.search(question) and _AGAIN.search(question) and not _HELPER_COMES.search(question))


#: Companies whose own rules or speed people ask about (no source holds them).
_COMPANIES = (r"구글|\bgoogle\b|오픈\s*ai|\bopen\s*ai\b|메타(?!버스|데이터)|\bmeta\b|텔레그램|\btelegram\b|디스코드|\bdiscord\b|"
              r"트위터|\btwitter\b|인스타그램|\binstagram\b|유튜브|\byoutube\b|틱톡|\btiktok\b|네이버|\bnaver\b|카카오|\bkakao\b|"
              r"제미나이|\bgemini\b|미드저니|\bmidjourney\b|페이스북|\bfacebook\b|\breddit\b")
#: This year and the four after it: no source holds figures for them.
_COMING_YEARS = "|".join(str(year) for year in range(date.today().year, date.today().year + 5))
#: The years after this one: what happens in them is a prediction.
_LATER_YEARS = "|".join(str(year) for year in range(date.today().year + 1, date.today().year + 6))
#: Years after the last the sources' figures cover (2024, some into early 2025) and before this one: counts of cases,
#: arrests or deletions asked for them are not held either ("2025년 하반기 검거 인원", "in the first half of 2025").
_PAST_UNHELD_YEARS = "|".join(str(year) for year in range(2025, date.today().year))
#: Counts of cases asked for: arrests, suspects, reports, victims, deletions, a survey's share.
_CASE_FIGURES = (r"검거|피의자|입건|구속|통계|현황|(?:신고|피해|삭제\S*)\s*(?:\S+\s*)?(?:건수|인원|몇\s*(?:건|명))|몇\s*(?:건|명)|비율|"
                 r"\b(?:how\s+many|number\s+of|statistics?|figures?|what\s+share|what\s+percentage|proportion)\b[^.?!]{0,60}?"
                 r"\b(?:cases?|arrests?|arrested|reports?|reported|victims?|suspects?|offenders?|deletions?|removals?|videos?|"
                 r"crimes?|involved)\b")
#: Things no source here covers: court judgments and sentencing data, statistics of this year and years to come,
#: officials' and helpers' names, the amounts victims usually get (other countries' law: `foreign_law`).
OUT_OF_SCOPE = (
    # what a judgment said, not a judgment in the story ("1심 판결 받고 항소했대요") or the procedure around one
    # (판결 전 조사; what follows 판결이 확정)
    r"판결\S{0,2}\s*(?:내용|요지|결과|이유|사례|전문|문\s*내용)|(?:주요|어떤|최근|대법원)\s*판결|"
    r"판례|사건\s*번호|선고\s*(된|한|받은)|평균\s*(형량|형|금액)|위자료|case\s+law|case\s+numbers?\s+(?:and|of|for)|"
    r"court\s+(ruling|decision)|"
    r"(?<!appeal\s)rulings?|average\s+(prison\s+)?sentence|sentences?\s+actually\s+imposed|hand(ed)?\s+down|judgment\s+details|"
    r"court\s+(actually\s+)?(gave|imposed|sentenced)",
    # figures of this year and the years to come, however the ask is ordered ("검거 건수 2027년 기준", "how many
    # were arrested in 2027")
    rf"(?:{_COMING_YEARS})\s*년?.{{0,20}}(?:통계|검거|인원|건수|구속)|(?:통계|검거|인원|건수|몇\s*(?:명|건)).{{0,20}}"
    rf"(?:{_COMING_YEARS})\s*년|(?:statistic|arrest|figure|how\s+many|number\s+of|percent|proportion|share\s+of)\w*[^.?!]{{0,100}}"
    rf"\b(?:{_COMING_YEARS})\b|\b(?:{_COMING_YEARS})\b.{{0,40}}(?:statistic|arrest|figure|how\s+many|number\s+of)",
    # ... and of the years between the sources' last figures and this one, unless the question spans the 2024 figures too
    rf"^(?!.*2024)(?=.*(?<!\d)(?:{_PAST_UNHELD_YEARS})(?!\d))(?=.*(?:{_CASE_FIGURES}))" if _PAST_UNHELD_YEARS else r"(?!x)x",
    # the name of a person in office: no source names officials
    # … or of one who helps (a counsellor, a lawyer, a doctor), and who proposed a law
    r"(과장|팀장|청장|서장|시장|교장|교감|검사|판사|경찰관|형사|수사관|국장|장관|의원|위원장|센터장|원장|담당자?|상담사|상담원|"
    r"상담\s*선생님|변호사|의사|치료사)\s*(님|선생님)?\s*(의\s*)?(이름|성함)|"
    r"\bnames?\s+of\s+(the|my|our|a)\s+(\w+\s+){0,4}(head|chief|director|principal|prosecutor|judge|officer|detective|minister|"
    r"mayor|commissioner|superintendent|governor|lawmaker|counsell?or|therapist|lawyer|attorney|doctor)|\bwho\s*(is|'s)\s+(the\s+)?"
    r"(current\s+)?(head|chief|director|principal|prosecutor|judge|minister|mayor|commissioner|superintendent|governor)\b|"
    r"\b(which|what)\s+(lawmakers?|legislators?|politicians?|assembly\s*(wo)?m[ae]n|assembly\s+members?|mps?)\b|"
    r"\bwho\s+(proposed|sponsored|introduced|drafted|wrote)\s+(the|this|that)\s+(bill|amendment|law)|"
    r"(누가|어느\s*의원|어떤\s*의원|무슨\s*의원)\S*\s*(\S+\s*){0,1}?(발의|대표\s*발의|제안)",
    # what victims usually get in damages: no source gives awards or their average (the law's ceiling is a card's:
    # "얼마까지")
    r"(?:손해\s*배상|배상금?|위자료|합의금|보상금?)\S*\s*(?:\S+\s*){0,4}?(?:보통|평균|대략|대개|일반적으로)\s*(?:\S+\s*){0,2}?얼마|"
    r"(?:보통|평균|대략|대개|일반적으로)\s*(?:\S+\s*){0,2}?얼마\S*\s*(?:\S+\s*){0,2}?(?:받|나와|나오|줘)|"
    r"\b(?:average|typical|usual)\s+(?:\w+\s+){0,2}(?:amount|damages|compensation|settlement|payout|award)|"
    r"\bhow\s+much\b.{0,60}\b(?:usually|typically|normally|on\s+average|tend\s+to)\b.{0,40}\b(?:get|receive|awarded|paid|win)|"
    r"\bhow\s+much\b.{0,80}\b(?:award|awarded|damages|compensation)\b.{0,40}\baverage\b",
    # how long a removal takes on average: no source gives it ("평균 며칠 만에 지워져요?", "on average how long does the
    # centre take")
    r"평균\S*\s*(?:\S+\s*){0,2}?(?:며칠|몇\s*(?:일|시간|달)|얼마나\s*걸)|\b(?:on\s+)?average\b[^.?!]{0,40}\bhow\s+long\b|"
    r"\bhow\s+long\b[^.?!]{0,80}\bon\s+average\b",
    # the sentence one person got: a case's outcome, which no source holds ("What sentence did the ringleader … get on
    # appeal?", "그 주범은 몇 년 받았어요?")
    r"\bwhat\s+(?:sentence|punishment|penalty)\s+did\b(?!\s+(?:the\s+|that\s+|korean\s+)?(?:law|act|statute|provision|"
    r"article|code|legislation|it)\b)|\b(?:get|got)\s+on\s+appeal\b|\bhow\s+(?:long|many\s+years)\s+did\s+"
    r"(?:he|she|they|the\s+\w+)\s+get\b|\bwas\s+(?:he|she|the\s+\w+)\s+sentenced\s+to\b|"
    r"(?:주범|운영자|가해자|피고인|범인)\S*\s*(?:\S+\s*){0,3}?몇\s*년\s*(?:형\S*\s*)?(?:을\s*)?(?:받았|선고\s*받았|나왔|살았)|"
    r"(?:항소심|1심|2심|상고심)\S*\s*(?:\S+\s*){0,3}?(?:형량은|몇\s*년\s*(?:형\S*\s*)?(?:받았|나왔|선고))|"
    r"\bwhat\s+did\s+(?:he|she|they|the\s+\w+)(?:\s+(?:who|that)(?:\s+\w+){1,4}?)?\s+(?:end\s+up\s+)?(?:get|getting)\b",
    # what a private lawyer charges, how long a trial takes, how lawmakers voted, a university's
    # own rules, a tax: no source holds them (the state's lawyer for victims is a card's: "국선변호사 비용")
    r"수임료|착수금|성공\s*보수|\bhow\s+much\s+(?:would|will|does|do|might|could)\s+(?:a\s+|the\s+|my\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:lawyers?|attorneys?)\s+(?:\w+\s+){0,3}?charge\b|\b(?:lawyers?|attorneys?)(?:'s|s')?\s+fees?\b(?=.{0,60}\b(?:ballpark|roughly|"
    r"typically|usually|how\s+much|around|about)\b)|\b(?:ballpark|typical|average|usual)\s+(?:lawyer|attorney|legal)\s+fees?\b",
    r"\bhow\s+long\s+(?:does|do|will|would|did)\s+(?:a|an|the|my|his|her)\s+(?:\w+\s+){0,3}?(?:trials?|court\s+cases?|prosecutions?)\s+"
    r"(?:usually\s+|typically\s+|normally\s+)?(?:take|last)\b|"
    r"재판\S*\s*(?:\S+\s*){0,2}?(?:보통|평균|대략|대개)\s*(?:\S+\s*){0,2}?(?:얼마나|몇\s*(?:달|개월|년))\s*(?:걸려|걸리)|어느\s*판사|"
    r"\bvoted?\s+(?:for|against)\b|\bvote\s+(?:count|tally|breakdown)|찬성\s*(?:표|몇)|반대\s*표|표결\s*결과|"
    r"(?:대학|대학교)\S*\s*(?:\S+\s*){0,4}?(?:학칙|교칙)|학칙|교칙|\bschool'?s\s+own\s+rules\b|\bstudent\s+handbook\b|\buniversity'?s?\s+(?:own\s+)?(?:rules|regulations|code\s+of\s+conduct|"
    r"disciplinary\s+(?:committee|board|rules|code))|"
    # the price or the pick of a private removal firm
    r"\bdigital\s+undertakers?\b|디지털\s*장의사|"
    r"\bincome\s+tax|\btaxable\b|\bpay\s+(?:any\s+)?tax(?:es)?\b|소득세|과세|세금\s*(?:을\s*|도\s*)?(?:내야|물어야|떼|신고)",
    # a lawyer for the accused's side (a defence counsel's rules, which no source holds; the victim's lawyer is a card's):
    # "우리 애가 딥페이크 가해자로 지목됐어요 변호사 필요한가요", "my son is accused of making a deepfake. does he need a lawyer?"
    r"^(?=.*(?:변호사|변호인|국선|\blawyers?\b|\battorneys?\b|\bdefen[cs]e\s+counsel))(?=.*(?:(?:가해자|가해\s*학생|피의자|범인)\S{0,2}\s*"
    r"(?:로|으로)\s*(?:지목|의심|신고|고소|몰|조사)|\b(?:my|our)\s+(?:son|daughter|child|kid|boy|girl)\s+(?:is|was|has\s+been|got)\s+"
    r"(?:being\s+)?(?:accused|reported|charged|investigated)\b|\bi(?:'m|\s+am|\s+was|\s+have\s+been|'ve\s+been|\s+got)\s+"
    r"(?:being\s+)?(?:accused|charged|reported)\b|\bparents?\s+of\s+the\s+accused\b))|"
    # a civil claim's time limit (민법's, which no source holds; the time to prosecute is a card's: "공소시효")
    r"소멸\s*시효|\bcivil\b.{0,40}\b(?:statutes?\s+of\s+limitations?|limitation\s+period|time\s+limit|deadline)|"
    r"\b(?:statutes?\s+of\s+limitations?|limitation\s+period|time\s+limit|deadline)\b.{0,40}\bcivil\b",
    # who the people harmed were: no source names them ("which kpop idols were in those rooms")
    r"\bwhich\s+(?:k-?pop\s+)?(?:idols?|celebrit(?:y|ies)|actress(?:es)?|actors?|singers?|streamers?|influencers?|stars?)\s+"
    r"(?:were|was|got)\b|(?:어떤|어느|누구)\s*(?:연예인|아이돌|배우|가수|스트리머|유튜버)\S*\s*(?:\S+\s*){0,3}?(?:피해|당했|나왔|있었)",
    # a named company's own rules or speed ("구글이나 오픈AI는 어떤 기준으로 차단해요?", "Telegram's turnaround time for takedown
    # requests"): no source holds a company's policy; what the law requires of a platform stays in scope
    # (a victim asking how to get it off a company's service, or telling how fast it spread there, stays in scope)
    r"^(?!.*(?:법적|법상|법에\s*따라|의무|해야\s*하|\bmust\b|\brequired\b|\bobliged\b|\blaw\b|\bact\b))"
    rf"(?=.*(?:{_COMPANIES})).*?(?:정책|약관|내부\s*기준|가이드라인|어떤\s*기준으로|처리\s*(?:기간|시간|속도)|"
    r"(?:보통|평균|대개|통상|공식)\S*\s*(?:며칠|얼마|몇\s*(?:시간|일))\s*(?:만에|안에|이내|걸려|걸리)|"
    r"\bpolic(?:y|ies)\b|\bterms\s+of\s+(?:service|use)\b|\bcommunity\s+(?:guidelines|standards)\b|\bturnaround\b|"
    r"\bresponse\s+times?\b|\b(?:usually|typically|normally|on\s+average)\s+(?:\w+\s+){0,2}?(?:take|takes|respond|remove|delete)|"
    r"몇\s*(?:시간|일)\s*(?:안에|만에|이내)\s*(?:\S+\s*)?(?:처리|삭제|지워|내려)|회사\s*(?:자체\s*)?기준)",
    # a figure of a decree's attached table (별표): the statute texts hold links to the tables, not the tables
    r"별표\S*\s*(?:\S+\s*){0,6}?(?:얼마|금액|기준|몇)|\b(?:attached\s+)?(?:schedule|annex|appendix)\s+(?:\d+\s+)?(?:of|to)\s+the\s+"
    r"(?:enforcement\s+)?decree\b",
    # how long a school record keeps a measure (the 초중등교육법's rules, which no source holds)
    r"(?:학교\s*생활\s*기록부|학생부|생기부|생활\s*기록부)\S*\s*(?:\S+\s*){0,5}?(?:몇\s*년|얼마나|보존|남아|남나|남는|지워|삭제)|"
    r"\b(?:school|student|academic)\s+records?\b.{0,60}\b(?:how\s+long|stays?|remains?|removed|erased|expunged|deleted)\b|"
    r"\b(?:how\s+long|stays?|remains?)\b.{0,60}\b(?:school|student|academic)\s+records?\b",
    # how many were convicted or sentenced: no source holds court statistics
    r"(?:how\s+many\s+(?:people|persons|offenders|defendants|individuals|men|students|teens|minors|suspects)|number\s+of\s+"
    r"(?:people|persons|convictions|offenders|defendants)|what\s+(?:share|percentage|proportion))\b.{0,60}\b(?:convicted|sentenced|got\s+prison|"
    r"prison\s+sentences?|jailed)\b|\bhow\s+many\s+(?:\w+\s+){0,2}?(?:got|received|were\s+given|ended\s+up\s+(?:with|in))\s+"
    r"(?:a\s+)?(?:prison|jail)\b|(?:유죄|실형|징역형)\S*\s*(?:\S+\s*){0,3}?(?:몇\s*(?:명|건|퍼센트|%)|비율|통계)",
    # what a conviction means for a foreigner's stay (immigration law, which no source holds): deportation, a visa, re-entry
    r"\bdeport\w*|\bvisas?\b|\bimmigration\s+(?:status|consequences?|law|record)|\b(?:barred|banned)\s+from\s+(?:re-?)?enter\w*|"
    r"강제\s*퇴거|(?<!성폭력\s)(?<!성폭력)추방(?!\s*주간)|출국\s*명령|입국\s*금지|체류\s*(?:자격|허가|기간\s*연장)|비자",
    # whether a bill will pass, and its odds: a prediction no source makes (what a bill proposed says is asked of the news)
    r"\b(?:odds|chances?|likel(?:y|ihood)|probability)\b[^.?!]{0,40}\b(?:pass|passes|passed|passing|get\s+through|become\s+law|be\s+adopted)\b|"
    r"\bwill\s+(?:it|the\s+bill|the\s+amendment|this\s+bill)\s+(?:actually\s+)?pass\b|"
    r"\b(?:is|are)\s+(?:the\s+)?(?:national\s+assembly|lawmakers|government|parliament|legislature)\s+going\s+to\s+"
    r"(?:raise|change|amend|pass|introduce|strengthen|increase|toughen|lower)\b|"
    # ... or whether the state will act, a year or "next year" ahead ("is korea gonna ban telegram bc of all this?? like next
    # year", "Will the National Assembly raise the possession penalty in 2027? How likely is that?")
    r"\b(?:is|are|will)\s+(?:korea|the\s+government|the\s+national\s+assembly|lawmakers|parliament|the\s+legislature)\s+"
    r"(?:gonna|going\s+to|ever|actually|really)?\s*(?:make|ban|raise|change|amend|pass|introduce|strengthen|increase|toughen|lower|block)\b"
    r"[^.?!]{0,80}(?:\bnext\s+year\b|\b(?:in|by)\s+(?:" + _LATER_YEARS + r")\b|\bhow\s+likely\b|\?\s*\S*\s*(?:like\s+)?next\s+year)|"
    r"\bhow\s+likely\s+is\s+(?:that|it|this)\b|"
    r"통과\s*(?:될|할)\s*(?:까|가능성|확률)|통과\s*(?:가능성|확률|전망)|(?:내년|앞으로)\S*\s*(?:\S+\s*){0,4}?(?:올라갈까|바뀔까|강화될까|개정될까)|(?:내년|앞으로|향후)\S*\s*.{0,40}?(?:가능성|전망)",
    # how often a request succeeds: no source gives a success rate
    r"\b(?:what\s+(?:share|percentage|proportion|fraction)|success\s+rate)\b[^.?!]{0,60}\b(?:succeed\w*|successful\w*|removed|"
    r"deleted|taken\s+down|work)|성공률|삭제율|삭제\s*성공\s*(?:비율|확률)",
    # a university's own disciplinary power ("what's the max our uni can give him", "under its own rules")
    r"\b(?:uni|university|college)\b[^.?!]{0,80}\b(?:its|their|our)\s+own\s+(?:rules|regulations|code)|"
    r"\b(?:max(?:imum)?|harshest|toughest)\s+disciplinary\s+(?:\w+\s+)?(?:our|a|the|his)\s+(?:uni|university|college)\b|"
    r"\b(?:max(?:imum)?|harshest|toughest)\s+disciplinary\s+\w+\s+(?:\w+\s+){0,2}?(?:uni|university|college)\s+can\b",
    # the sentencing commission's ranges, a constitutional court's review: no source holds them
    r"양형\s*(?:기준|위원회)|\bsentencing\s+(?:guidelines?|commission)\b|헌법\s*재판소|헌재|위헌|"
    r"\bconstitutional\s+court\b|\bunconstitutional\b",
    # what a yearly notice fixes (구상금 산정 고시), a budget's amount, a tool's accuracy: no source holds them
    r"고시\S*\s*(?:\S+\s*){0,6}?(?:얼마|금액|단가|몇\s*원)|예산\S*\s*(?:\S+\s*){0,4}?(?:얼마|몇\s*억|규모|총액|편성)|"
    r"\bbudget\b.{0,60}\b(?:how\s+much|amount|total|size)\b|\bhow\s+much\b.{0,60}\bbudget\b|"
    r"(?:탐지|감지|검출|판별)\S*\s*(?:\S+\s*){0,4}?(?:정확도|오탐)|오탐|\baccuracy\s+(?:rate|of\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:detect\w*|tools?|software|models?|classifiers?))|\b(?:detect\w*|tools?|software|models?)\b[^.?!]{0,60}\baccuracy\b|"
    r"\bfalse[\s-]+positive|\bdetection\s+rate\b",
    # an investment, whatever field its company works in ("딥페이크 탐지 AI 관련주 지금 들어가도 될까요?")
    r"관련주|주가|주식(?!회사)|(?:종목|코인)\s*추천|\bstocks?\b|\bticker\b|\bshould\s+i\s+(?:buy|invest)\b|"
    r"\binvest(?:ing)?\s+in\s+(?:\w+\s+){0,3}(?:compan(?:y|ies)|stocks?|startups?|firms?|shares)\b",
)
#: Country names that are also common words (인도 'sidewalk', 수단 'means', 이란 '~이란', 저지 'blocking'; Chad,
#: Jordan, Georgia as names) are not read as countries; Korea is this knowledge base's own.
_NOT_COUNTRIES = {"가나", "가봉", "건지", "기니", "말리", "수단", "오만", "이란", "인도", "저지", "차드", "토고", "통가", "피지",
                  "부탄", "조지아", "chad", "jordan", "georgia", "jersey", "guernsey", "guinea", "niger", "mali", "dominica",
                  "oman"}
#: Words for a law, an offence or a penalty, near a country's name: the question is about that country's law
#: (a victim who names where they are from, or where they live, is not asking about that country's law); an English
#: law's name may run on into a Korean particle ("EU AI Act에서").
_LAW_NEAR_KO = r"\s*(?:은|는|에서는|에선|에서도|에서|의)?[^.?!]{0,15}?(?:법|처벌|규제|형량|불법|범죄|징역|벌금|몇\s*년)"
#: … or further on, when the country is the topic the question opens with ("호주는 학생들이 만든 성적 딥페이크를 어떤 식으로
#: 처벌하나요?", "영국에서는 … 공유하기만 해도 처벌을 받나요?").
_LAW_AFTER_TOPIC_KO = r"(?:은|는|에서는|에선)\s[^.?!]{0,40}?(?:법|처벌|규제|형량|불법|범죄|징역|벌금|몇\s*년)"
#: … or right before the name of its law or regulator, written in its own letters ("독일 NetzDG에서", "미국 TAKE IT DOWN
#: Act", "호주 eSafety Commissioner가").
_FOREIGN_BODY_KO = (r"\s*(?:의\s*)?(?:연방\s*|주\s*|정부\s*)?(?=[A-Za-z])[A-Za-z0-9.\- ]{0,40}?(?:Act|Law|Code|Bill|Directive|Regulation|"
                    r"Commission(?:er)?|DG|eSafety|Ofcom|FTC|DSA|GDPR)(?![A-Za-z])")
#: Places whose law people compare that CLDR does not list as countries, or names it another way: unions, states and
#: nations within one, short names and the words for their people ("the US", "EU", "German law", "Japanese courts").
_PLACES_KO = ("유럽", "호주", "캘리포니아", "뉴욕", "텍사스", "스코틀랜드", "잉글랜드")
_PLACES_EN = (r"(?-i:US|USA|EU|UK)", r"u\.s\.?", r"american", r"europe(?:an)?", r"british", r"britain", r"japanese",
              r"chinese", r"german", r"french", r"australian", r"canadian", r"california", r"texas", r"new\s+york",
              r"scotland", r"scottish", r"england", r"english\s+(?=law|courts?)")
_LAW_NEAR_EN = r"(?:'s)?[^.?!]{0,30}?\b(?:laws?|acts?|statutes?|codes?|illegal|crimes?|criminal\w*|punish\w*|penalt\w*|legal|ban\w*)(?![a-z])"


@lru_cache(maxsize=1)
def _countries() -> tuple[re.Pattern, re.Pattern]:
    """Every country and territory by its English and Korean names (CLDR's, through Babel) and the places of
    `_PLACES_KO` and `_PLACES_EN`, as two patterns: the name followed closely by a word for law or punishment, in
    Korean and in English."""
    from babel import Locale

    english, korean = Locale("en").territories, Locale("ko").territories
    names = set()
    for code, name in english.items():
        if len(code) != 2 or not code.isalpha() or code in ("KR", "KP", "ZZ", "UN", "EU", "EZ", "QO") \
                or code.startswith("X") or code not in korean:
            continue
        for form in (name, korean[code]):  # "Hong Kong SAR China", "홍콩(중국 특별행정구)" → "hong kong", "홍콩"
            form = re.split(r"\s*[(（]|\s+SAR\b", form)[0].strip().lower()
            if len(form) > 1 and form not in _NOT_COUNTRIES:
                names.add(form)
    ordered = sorted(names, key=len, reverse=True)
    hangul = "|".join([re.escape(n).replace(r"\ ", r"\s*") for n in ordered if not n[0].isascii()] + list(_PLACES_KO))
    latin = "|".join([re.escape(n).replace(r"\ ", r"\s+") for n in ordered if n[0].isascii()] + list(_PLACES_EN))
    return (re.compile(rf"(?<![가-힣])(?:{hangul})(?:{_LAW_NEAR_KO}|{_LAW_AFTER_TOPIC_KO}|{_FOREIGN_BODY_KO}|"
                       # two places compared ("영국이나 EU에서는 … 몇 년형이에요?")
                       rf"(?:이나|나|와|과|이랑|랑|하고|\s*,)\s*\S{{1,10}}?{_LAW_AFTER_TOPIC_KO})"),
            re.compile(rf"\b(?:{latin})\b{_LAW_NEAR_EN}|\b(?:{latin})(?:'s)?\s+(?:the\s+)?(?:[\w.\-]+\s+){{0,4}}?"
                       r"(?:eSafety|Ofcom|FTC|NetzDG|DSA|GDPR|Commission(?:er)?)\b|"
                       r"\b(?:laws?|illegal|crimes?|criminal|punish\w*|penalt\w*|legal)\b"
                       rf"[^.?!]{{0,30}}\b(?:in|under|of)\s+(?:the\s+)?(?:{latin})\b|"
                       # the place that frames the question ("In California, can a minor get a restraining order …",
                       # "Back home in Texas, what would a kid get …")
                       rf"(?:^|[.?!]\s+)(?:in|under)\s+(?:the\s+)?(?:{latin})\s*,|\bback\s+home\s+in\s+(?:the\s+)?(?:{latin})\b|"
                       # the country named first, its law asked as "there" ("going back to Japan soon. Is making one a crime there?")
                       rf"\b(?:to|in|from|back\s+to)\s+(?:{latin})\b.{{0,200}}?\b(?:crimes?|illegal|legal|penalt\w*|punish\w*|laws?)\b"
                       r"[^.?!]{0,30}\bthere\b", re.I))


def foreign_law(question: str) -> bool:
    """True when the question asks about another country's law: a country named near a word for law or
    punishment ("싱가포르는 딥페이크 처벌법이 있나요?", "How does South Africa punish …", "is it a crime in Peru")."""
    return any(pattern.search(question) for pattern in _countries())


#: Other fields of law and life (tax, family, traffic, labour, housing, residence, money, how AI in general
#: works, pets, driving, and the other crimes: drugs, fraud, theft, gambling, copyright, loans, murder,
#: smoking):
#: out of scope when the question names none of `FIELD_CORE`.
OTHER_FIELDS = re.compile(
    r"세금|세액|소득세|양도세|연말\s*정산|부가세|이혼|양육권|상속|유언|음주\s*운전|교통\s*사고|과속|주차\s*(?:위반|딱지)|신호\s*위반|"
    r"퇴직금|임금|체불|수당|알바비|월급|급여|연차|유급\s*휴가|병가|\bannual\s+leave|\bpaid\s+leave|\bsick\s+leave|\bvacation\s+days|시급(?![한히하])|노동청|해고|전세|월세|보증금|집주인|임대차|층간\s*소음|전입\s*신고|비자|체류|외국인\s*등록|주식|코인|부동산|"
    r"모델|학습|알고리즘|"
    # school life: meals, uniforms, hair rules, marks
    r"급식|교복|두발|수행\s*평가|내신|벌점|"
    r"\btax(es|ation)?\b|\bdivorce|alimony|inheritance|drunk\s+driving|\bdui\b|speeding|traffic(?!k)|parking|overtime|wages?\b|"
    r"severance|\bvisa\b|alien\s+registration|immigration|landlord|\blease\b|jeonse|\bdeposit\b|\brent\b|noise|real\s+estate|"
    r"\bstocks?\b|crypto|\bmodels?\b|algorithm|neural|diffusion|\bllms?\b|chatgpt|\bgpt|claude|gemini|"
    r"마약|대마|필로폰|투약|보이스\s*피싱|(?<!몸캠\s)피싱|(?<!수)사기(?!관)|절도|도둑질|소매치기|"
    # a thing stolen or lost, unless images on it are named ("폰 잃어버렸는데 사진이 올라왔어요")
    r"(?:도난|분실|잃어\s*버)(?!.*(?:사진|영상|동영상|파일|유출|퍼지|퍼졌|올렸|올라))|"
    r"(?:돈|지갑|자전거|아이템|물건|가방|현금|에어팟|이어폰|헤드폰|노트북|태블릿|게임기|신발|패딩|옷|카드|시계|킥보드)\S*\s*(?:\S+\s*){0,2}?(?:훔|도둑)|도박|저작권|"
    r"불법\s*다운|빚|대출|채무|돈\s*(?:을\s*)?(?:빌|안\s*갚)|담배|흡연|(?<![\d가-힣])살인|강도|운전|강아지|고양이|반려|방화|\bdrugs?\b|narcotic|cannabis|marijuana|meth\b|phishing|\bscam|fraud|theft|\b(?:stole|steal\w*|robbed)\b.{0,25}\b(?:money|wallet|bike|bicycle|cash|car|items?|bag)\b|shoplift|"
    r"robbery|burglar|gambl|copyright|pirat|\bloans?\b|\bdebts?\b|small\s+claims|murder|arson|smok|cigarette|vap(?:e|ing)|"
    r"\bdriv(?:e|ing|er)|\bdogs?\b|\bcats?\b|\bpets?\b|"
    # wages not paid, said without the word ("still hasn't paid me")
    r"\b(?:has|have|did|does|do|was|were|is|are|wo)(?:n'?t|\s+not)\s+(?:been\s+|yet\s+|even\s+)?pa(?:id|y(?:ing)?)\s+(?:me|us|him|her|them)\b|"
    r"\bunpaid\b|\bsalary|\bpaychecks?\b|"
    # a person's likeness used with no sexual image: portrait rights, impersonation, an advert
    r"초상\s*권|사칭|portrait\s+rights?|image\s+rights?|publicity\s+rights?|impersonat|catfish|"
    r"pretend(?:s|ed|ing)?\s+to\s+be\s+(?:me|him|her|them|us|my)\b|"
    r"\b(?:in|for|on)\s+(?:their|its)\s+(?:\w+\s+)?(?:ads?|adverts?|advertisements?|commercials?|marketing|billboards?|"
    r"brochures?)\b|"
    # school life: a phone taken in class, homework, cheating at a test
    r"(?:선생님|쌤|담임|교장|교감)\S*\s*(?:\S+\s*){0,3}?(?:폰|휴대폰|핸드폰|휴대\s*전화)\S*\s*(?:\S+\s*){0,2}?"
    r"(?:압수|뺏|빼앗|걷어|걷었|걷어가)|숙제|커닝|컨닝|"
    r"\bteachers?\b.{0,30}\b(?:confiscat\w*|took|takes|taken|take)\s+(?:away\s+)?(?:my|his|her|our|their)\s+"
    r"(?:phones?|cell\s*phones?|devices?)|\bhomework|\bcheat(?:ed|ing)?\s+(?:on|in|at)\b|"
    r"\bthinks?\s+(?:i|he|she|we)\s+cheated\b|"
    # a child hit by a carer outside school (child-abuse law), a company's data breach
    r"(?:학원|과외|어린이집|유치원|태권도|관장|코치|감독|베이비\s*시터|돌보미|이모님)\S*\s*(?:\S+\s*){0,4}?"
    r"(?:때리|때렸|때려|체벌|손찌검)|\b(?:tutor|coach|babysitter|nanny|daycare|nursery|childminder)\b.{0,40}\b(?:hit|hits|"
    r"hitting|slapped|slaps|beat|beats|beating|spanked|smacked|kicked)\b|\bdata\s+breach|\b(?:data|information|details)\s+(?:was\s+|were\s+|got\s+)?breached\b",
    re.I)
#: Words only this field uses: a question naming one of them is about it, whatever else it names.
FIELD_CORE = re.compile(
    r"딥페|합성|허위\s*영상|성범죄|성폭력|성착취|아청물|아청법|성적|성희롱|촬영|몰카|찍|카메라|음란|유포|스토킹|스토커|학폭|학교\s*폭력|교권|협박|나체|누드|"
    r"deep\s*fake|fake|sexual|\bsex\b|nude|naked|porn|intimate|explicit|csam|exploitation|blackmail|sextort|stalk|film|camera|"
    r"record(ed|ing)|school\s*violence|bully|harass|molka|upskirt|"
    # threats over a person's images, in English as in Korean (협박), and a video call turned into blackmail
    r"threat|extort|몸캠|강간|추행|성매매|성매수|성폭행|\brape|molest|indecent|prostitut|"
    # a victim's own lawyer ("pay a deposit or any fee to get a lawyer as a victim")
    r"(?:victim'?s?|as\s+a\s+victim)\W+(?:\w+\W+){0,3}?(?:lawyer|attorney)|(?:lawyer|attorney)\W+(?:\w+\W+){0,3}?victim|"
    r"피해자\s*(?:국선\s*)?변호사|"
    # the state's deletion support and its centre ("삭제 지원 받으면 돈 내야됨?? 나 알바비밖에 없는데": the wage word is the
    # asker's means, not the question's field)
    r"삭제\s*지원|디성\s*센터|디지털\s*성범죄|\bdeletion\s+support|digital\s+sex\s+crime|"
    # the everyday words for sexual ("야한 사진", "야동", "nsfw")
    r"야한\s*(?:사진|영상|그림|합성|짤|거|것|동영상)|야하게|야동|야짤|\blewd|\bnsfw\b|\bsexy\b|"
    # a person's picture edited, the everyday English for 합성 and 편집 ("edited a picture of my daughter")
    r"\b(?:edit(?:ed|ing)?|alter(?:ed|ing)?|doctor(?:ed|ing)|photoshop\w*|morph(?:ed|ing)?|manipulat(?:ed|ing)|"
    r"face[- ]?swap\w*)\b(?:\s+\w+){0,4}?\s+(?:pics?|pictures?|photos?|images?|videos?|selfies?|clips?|faces?)\b|"
    r"\bphotoshop\w*|\bface[- ]?swap\w*|"
    # the register of sex offenders ("신상정보 등록대상자가 6개월 넘게 해외에 체류하러 나가면"): its words of travel or
    # residence are the register's, not immigration's
    r"신상\s*정보\s*(?:등록|공개|고지)|등록\s*대상자|sex[- ]offender\s+regist\w*|\bregistered\s+sex\s+offender", re.I)

#: The field's words that have an everyday sense too: filming and cameras (a street vlog, a doorbell camera, a
#: dashcam), and a fake account, profile or review. They are the field's only with a sign that someone was filmed
#: or faked against their will (`_FILMED_AGAINST`).
_EVERYDAY_SENSE = re.compile(r"찍|촬영|카메라|\bcameras?\b|\bfilm\w*|\brecord(?:ed|ing)\b|"
                             r"\bfake\s+(?:\w+\s+)?(?:accounts?|profiles?|ids?|news|reviews?|numbers?|pages?|names?|"
                             r"followers?|likes?)\b", re.I)
_FILMED_AGAINST = re.compile(r"몰래|숨겨|숨긴|숨어|화장실|탈의실|샤워|욕실|목욕|치마|속옷|신체|몸|벗|갈아\s*입|옷\s*갈아|"
                             r"\bhidden\b|\bhid\b|secret|\bspy\b|bathroom|toilet|restroom|changing|shower|undress|"
                             r"skirt|underwear|\bbody\b|getting\s+changed|without\s+(?:my|her|his|their)\s+(?:consent|knowing)",
                             re.I)


def field_named(question: str) -> bool:
    """Whether the question names a word only this field uses, in the field's sense: filming, a camera or a fake
    account count only with a sign that someone was filmed or faked against their will ("유튜버가 길에서 찍은 영상에 제
    얼굴이 나왔어요", "someone made a fake account with my name" name none; "누가 화장실에서 저를 찍었어요" does). Stalking
    told in everyday words is the field's too (`pursued`: "헤어진 애인이 우리 아파트 입구에 매일 서 있어요")."""
    if FIELD_CORE.search(_EVERYDAY_SENSE.sub(" ", question)) or pursued(question):
        return True
    return bool(_EVERYDAY_SENSE.search(question) and _FILMED_AGAINST.search(question))


#: A Korean law's name as people write it: Hangul ending in 법, then a particle or the end of the word.
_KOREAN_LAW = re.compile(r"([가-힣]{1,20}법)(?=(?:률|상|에서|에|의|은|는|이|가|을|를|으로|로|과|와|도|만|위반)?(?![가-힣]))")
#: Words ending in these are not a law's name ("신고방법", "불법", "입법", "촉법" for 촉법소년, a child offender under
#: 14)…
_NOT_A_LAW_ENDINGS = ("방법", "는법", "불법", "위법", "합법", "적법", "탈법", "편법", "수법", "기법", "해법", "문법", "입법",
                      "사법", "요법", "작법", "예법", "필법", "어법", "용법", "화법", "비법", "마법", "촉법")
#: …and these name no law in particular.
_NOT_A_LAW = {"법", "처벌법", "특별법", "관련법", "현행법", "개정법", "특례법", "이법", "그법", "해당법"}
#: Other Korean laws people name in English; none is indexed here.
_OTHER_ACTS_EN = re.compile(r"\b(criminal\s+(act|code)|penal\s+code|civil\s+(act|code)|criminal\s+procedure\s+act|"
                            r"personal\s+information\s+protection\s+act|copyright\s+act|labou?r\s+standards\s+act|"
                            r"road\s+traffic\s+act|constitution)\b", re.I)


@lru_cache(maxsize=1)
def _indexed_law_names() -> frozenset[str]:
    """Every way the manifest names its laws, without spaces (short names, titles, key stems)."""
    from kb.sources.manifest import load_manifest

    names: set[str] = set()
    for law in load_manifest().laws:
        for name in (*law.short_names, law.title, law.name):
            compact = re.sub(r"\s+", "", name)
            names.add(compact)
            names.update(m.group(1) for m in _KOREAN_LAW.finditer(compact))
    return frozenset(names)


@lru_cache(maxsize=1)
def _manifest_law_names() -> tuple[tuple[Law, tuple[str, ...], re.Pattern], ...]:
    """Each law of the manifest with its Korean names without spaces (title, name, short names of three syllables or
    more) and a pattern of its other names: English names and aliases, and a two-syllable short name ("망법") standing
    as a word of its own (not inside "희망법")."""
    from kb.sources.manifest import load_manifest

    table = []
    for law in load_manifest().laws:
        korean = tuple(re.sub(r"\s+", "", n).lower() for n in (law.title, law.name, *law.short_names)
                       if len(n) > 2 and not n.isascii())
        english = [r"\b(?:" + "|".join(r"\s+".join(map(re.escape, n.lower().replace("'", "").split()))
                                       for n in (law.english, *law.english_aliases)) + r")\b"]
        english += [r"(?<![가-힣])" + re.escape(n) for n in law.short_names if len(n) == 2 and not n.isascii()]
        table.append((law, korean, re.compile("|".join(english))))
    return tuple(table)


def laws_named(question: str) -> list[Law]:
    """The manifest's laws a question names, in Korean ("인공지능기본법상", "정보통신망법") or English ("the AI Basic Act",
    "the Network Act's", "Teachers' Status Act")."""
    compact = re.sub(r"\s+", "", question).lower()
    plain = re.sub(r"['’]s\b", "", question.lower()).replace("'", "").replace("’", "")
    return [law for law, korean, english in _manifest_law_names()
            if any(name in compact for name in korean) or english.search(plain)]


def indexed_law_named(question: str) -> bool:
    """Whether the question names a law this knowledge base holds: a question about that law, whatever everyday words
    it holds ("AI 모델", "algorithm")."""
    return bool(laws_named(question))


#: A decree named, and a figure or criterion of it asked ("what exact threshold in the enforcement decree", "시행령 기준이
#: 뭐예요").
_DECREE = re.compile(r"시행령|대통령령|enforcement\s+decree|presidential\s+decree", re.I)
_DECREE_DETAIL = re.compile(r"기준|요건|수치|몇|며칠|얼마|정확|최대|threshold|criteri|exact|how\s+many|how\s+much|how\s+long|"
                            r"what\s+(?:number|figure|size)|maximum", re.I)


def unheld_decree_asked(question: str) -> bool:
    """Whether the question asks what a decree sets (a threshold, a criterion) under a law whose decree this knowledge
    base does not hold (the Network Act's): only the act is here, and it leaves the figure to the decree."""
    if not (_DECREE.search(question) and _DECREE_DETAIL.search(question)):
        return False
    held = {law.name for law, _, _ in _manifest_law_names() if law.kind == "시행령"}
    acts = [law for law in laws_named(question) if law.kind != "시행령"]
    return bool(acts) and not any(law.name in held for law in acts)


def names_only_other_laws(question: str) -> bool:
    """True when the question names a law, and every law it names is one this knowledge base does not hold
    (형법, 개인정보보호법, the Criminal Act, …): its sources cannot speak for that law."""
    known = _indexed_law_names()
    compact = re.sub(r"\s+", "", question)
    if any(name in compact for name in known if len(name) > 3):
        return False
    korean = {m.group(1) for m in _KOREAN_LAW.finditer(question)
              if m.group(1) not in _NOT_A_LAW and not m.group(1).endswith(_NOT_A_LAW_ENDINGS)}
    unknown = {name for name in korean
               if not any(name == k or (len(k) > 3 and name.endswith(k)) or (len(name) >= 4 and k.endswith(name))
                          for k in known)}
    return bool(unknown) or bool(_OTHER_ACTS_EN.search(question))


def out_of_scope(question: str) -> bool:
    """True for questions about what no source here holds: foreign law, case law, sentencing data, laws
    that are not indexed, the names of officials, other fields of law and life (`OTHER_FIELDS`) unless someone
    stalks the asker there ("my divorced husband still turns up at my office": `pursued`), and a pet, a parent,
    work, a delivery or followers that follow, wait or call (`everyday_pursuit`), AI as an everyday tool
    (`everyday_ai`), a photo of school life or paperwork asked about as such (`everyday_photo`), and a camera that
    watches a home, a shop or a road (`everyday_camera`), a film, a book or an app to recommend (`recommendation`).
    A filming word without a sign of the harm does not hold
    another field's question in (`field_named`)."""
    return (any(re.search(p, question, re.I) for p in OUT_OF_SCOPE) or names_only_other_laws(question)
            or unheld_decree_asked(question)
            or foreign_law(question) or everyday_pursuit(question) or everyday_ai(question) or everyday_photo(question)
            or everyday_camera(question) or recommendation(question)
            or bool(OTHER_FIELDS.search(question) and not field_named(question) and not pursued(question)
                    and not indexed_law_named(question)))


#: AI named as a tool of everyday life: what to use, how it works, homework, pictures, voices, songs …
_AI_NAMED = re.compile(r"(?<![a-z])ai(?![a-z])|인공\s*지능|생성형|챗\s*gpt|챗\s*지피티|지피티|\bgpt|chatgpt|"
                       r"\bartificial\s+intelligence\b", re.I)
_AI_USE = re.compile(r"추천|사이트|앱|어플|숙제|과제|그림|목소리|음성|노래|음악|번역|코딩|공부|사용법|쓰는\s*법|써도|"
                     r"어떻게\s*(?:학습|작동|만들어)|원리|recommend|\bbest\b|\bapps?\b|\bsites?\b|homework|essay|"
                     r"\bdraw|\bvoice|\bsongs?\b|\bmusic\b|translat|\bcod(?:e|ing)\b|how\s+does\s+\w+\s+work", re.I)
#: … unless the question asks what the AI law requires of it (a label, a watermark, a provider's duty) or names a
#: harm to a person.
_AI_LAW = re.compile(r"법|의무|표시|워터마크|사업자|규제|처벌|신고|불법|위법|범죄|피해|제\s*\d+\s*조|\blaw\b|\bacts?\b|"
                     r"label|watermark|\bmark|requir|legal|\bdut(?:y|ies)\b|obligat|provider|regulat|punish|illegal|crime|victim|report|"
                     r"\bfines?\b|article", re.I)


def everyday_ai(question: str) -> bool:
    """AI asked about as a tool of everyday life ("AI 그림 그려주는 사이트 추천해줘", "인공지능으로 목소리 바꾸는 앱
    써도 돼요?"), with no word of the field and nothing the AI law says of it: no source here answers that."""
    return bool(_AI_NAMED.search(question) and _AI_USE.search(question) and not _AI_LAW.search(question)
                and not FIELD_CORE.search(question))


#: The photos of everyday school life and paperwork: a graduation or ID photo, a class photo, an album.
_EVERYDAY_PHOTO = re.compile(r"(?:졸업|증명|단체|여권|프로필|학생증|반\s*단체|수학\s*여행|체육\s*대회|학급)\s*(?:사진|앨범)|졸업\s*앨범|"
                             r"\b(?:graduation|passport|yearbook|class|id)\s+(?:photos?|pictures?|pics?)\b", re.I)
#: … taken, posted or used against someone: then it is the field's question, not everyday life.
_PHOTO_MISUSED = re.compile(r"몰래|동의|허락|치마|속옷|신체|몸|유포|올렸|올라|퍼지|퍼졌|퍼뜨|돌아|돌려|단톡|협박|합성|딥페|야한|"
                            r"without|secret|posted|shared|spread|edit|fake|nude|threat", re.I)


def everyday_photo(question: str) -> bool:
    """A photo of school life or paperwork asked about as such ("교복 입고 찍은 졸업사진 언제 나와요", "증명사진 어디서
    찍어요"): 찍다 and 사진 are the field's words only when someone is filmed, posted or faked against their will."""
    core = {m.group(0) for m in FIELD_CORE.finditer(question)}
    return bool(_EVERYDAY_PHOTO.search(question)) and core <= {"찍", "촬영", "카메라"} \
        and not _PHOTO_MISUSED.search(question)


#: A camera that watches a place: CCTV, a security, doorbell or dash camera, a car's black box.
_WATCHING_CAMERA = re.compile(r"cctv|씨씨티비|방범\s*카메라|감시\s*카메라|블랙\s*박스|홈\s*캠|도어\s*(?:캠|벨)|"
                              r"\b(?:security|surveillance|doorbell|dash|ring|nest|home)\s*cam(?:era)?s?\b|\bdashcams?\b", re.I)
#: … at a school, watched from a monitoring centre, or asked of a provision: the schools' CCTV is a card's subject
#: (school violence prevention).
_AT_SCHOOL = re.compile(r"학교|교실|교내|학폭|관제|시행령|제\s*\d+\s*조|school|classroom|campus|bully|"
                        r"cctv\s+monitoring|integrated\s+monitoring|\barticle\s+\d|\bdecree\b", re.I)


def everyday_camera(question: str) -> bool:
    """A camera that watches a home, a shop or a road ("윗집이 복도에 CCTV 달아서 우리 집 문을 찍어요", "our neighbour's
    doorbell camera records our yard"), not at a school and with no sign that someone was filmed in a sexual way:
    privacy law no source here holds."""
    return bool(_WATCHING_CAMERA.search(question)) and not _AT_SCHOOL.search(question) and not field_named(question)


#: A film, a book, a show or a product asked for by recommendation …
_RECOMMENDED = re.compile(
    r"(?:영화|책|도서|드라마|다큐\S*|웹툰|노래|게임|앱|어플|프로그램|유튜브\s*채널)\S*\s*(?:\S+\s*){0,2}?(?:추천|골라)|"
    r"(?:추천|좋은|괜찮은|재밌는|볼만한)\s*(?:\S+\s*){0,1}?(?:영화|책|도서|드라마|다큐|웹툰|노래|게임|앱|어플|프로그램)|"
    r"\b(?:recommend|suggest)\w*\b.{0,40}\b(?:movies?|films?|books?|shows?|series|documentar\w+|songs?|games?|apps?|"
    r"software|tools?|podcasts?)\b|\b(?:best|good|top)\s+(?:\w+\s+){0,2}(?:movies?|films?|books?|shows?|series|"
    r"documentar\w+|songs?|games?|apps?|software|tools?|podcasts?)\b", re.I)
#: … unless what is asked for is a way to report, delete or get help.
_HELP_ASKED = re.compile(r"신고|삭제|상담|센터|기관|도움|지원|report|delet|remov|take\s*down|counsel|help|support|hotline",
                         re.I)


def recommendation(question: str) -> bool:
    """A film, a book, a show or an app asked for by recommendation ("딥페이크 다룬 다큐멘터리 추천해 주세요", "what's the
    best app for spotting deepfake videos?"), whatever words of the field it names: the sources are laws and
    guidance, not reviews. A way to report, delete or get help asked for is the field's question."""
    return bool(_RECOMMENDED.search(question)) and not _HELP_ASKED.search(question)


def everyday_pursuit(question: str) -> bool:
    """Following, waiting or calling said of what stalks no one ("a cat keeps following me home", "the delivery
    man comes to my door every day", "택배 기사님이 매일 와요"), in a question with no word of the field: no card
    may answer it, however closely it echoes a stalking victim's words."""
    return bool(NO_STALKER.search(question) and _PURSUIT_WORDS.search(question)
                and not any(re.search(p, question, re.I) for p in DOMAIN_ANCHORS) and not _STALKER_NAMED.search(question))


def in_scope(question: str) -> bool:
    """False for questions no source here can answer: off-topic (no word of the field, and no one stalking the
    asker in everyday words: `pursued`), foreign law, case law, sentencing data, laws that are not indexed."""
    return not out_of_scope(question) and (any(re.search(p, question, re.I) for p in DOMAIN_ANCHORS)
                                           or pursued(question) or indexed_law_named(question))
