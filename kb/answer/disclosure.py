"""What was made public: a victim's identity, or the image. Posting someone's name, school or address as "the
deepfake victim" is another offence than spreading the image itself (the Sexual Violence Punishment Act's
Article 24 and its penalty in Article 50; the youth law's Article 31 for a child), so a question that tells of it
asks about that offence, not about distributing a deepfake."""
from __future__ import annotations

import re

#: Details that tell who a person is.
_IDENTITY = r"(?:실명|이름|신상|신원|학번|학교|주소|전화\s*번호|연락처|개인\s*정보|사는\s*곳)"
_SPREAD_KO = (r"(?:올리|올렸|올린|올려|올라|공개|퍼뜨|퍼트|까발|뿌리|뿌렸|뿌린|뿌려|유포|알리|알렸|알린|알려(?!\s*(?:주|줘|줄|달|드))|밝히|밝혔|밝힌|밝혀|"
               r"적었|적은|썼|돌았|돌아|돌리|돌렸)")
_IDENTITY_EN = (r"(?:(?:real|full|first|last)\s+)?(?:name|identity|school|address|(?:phone\s+)?number|grade|class|"
                r"personal\s+(?:details|info\w*|data)|details|info)")
#: The details made public ("제 실명을 올렸어요", "이름 까발리는", "posted my name and my school", "doxxed me"); a place
#: the image was posted in is none ("학교 단톡방에 올렸어요").
IDENTITY_SPREAD = re.compile(
    # a detail as the object ("실명을 에타에 올렸", "이름까지 퍼뜨렸") or right before the verb ("신상 공개", "이름 까발리는")
    rf"{_IDENTITY}(?:을|를|이랑|랑|과|와|까지|도)\s*(?:\S+\s+)?{_SPREAD_KO}|{_IDENTITY}\s*{_SPREAD_KO}|"
    rf"\b(?:posted|shared|published|revealed|leaked|spread|put\s+up|exposed|outed|posting|sharing|revealing|"
    rf"leaking|publishing|named|naming|mentioned|identified|printed|disclosed|reported)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:my|her|his|their|our|the\s+victim'?s?)\s+{_IDENTITY_EN}\b|"
    r"\bdox+(?:ed|ing)?\b|"
    # ... or asked of as what may be made public ("Will my name be made public if I report?", "제 이름이 공개되나요?",
    # "신원이 알려질까 봐 무서워요")
    rf"\b(?:my|her|our|the\s+victim'?s?)\s+{_IDENTITY_EN}\s+(?:\w+\s+){{0,2}}?(?:be|get|gets|got|is|are|being|been)\s+"
    r"(?:\w+\s+)?(?:made\s+public|revealed|released|published|disclosed|leaked|exposed|out)\b|"
    rf"{_IDENTITY}(?:이|가|은|는|도)?\s*(?:\S+\s+)?(?:공개\s*(?:되|돼|될|됩)|알려\s*(?:지|질|져)|밝혀\s*(?:지|질|져)|노출\s*(?:되|돼|될)|"
    r"유출\s*(?:되|돼|될)|새어\s*나|새\s*나)|"
    # the details labelled as the victim's ("제 이름이랑 얼굴 사진이 '딥페이크 피해자'라고 올라왔어요", "named me as the victim"), or
    # a detail of a victim printed ("can I name the high school of a 17-year-old victim")
    rf"{_IDENTITY}\S*.{{0,40}}?(?:피해자|피해\s*학생)\S*\s*(?:라고|이라고|로|으로)\s*(?:\S+\s*){{0,2}}?{_SPREAD_KO}|"
    r"\b(?:named|identified|outed|exposed|labell?ed)\s+(?:me|her|him|them)\s+as\s+(?:a|the)\s+(?:\w+\s+)?victim\b|"
    rf"\b(?:name[sd]?|print(?:s|ed)?|publish(?:es|ed)?|reveal(?:s|ed)?|mention(?:s|ed)?)\s+(?:the\s+|her\s+|his\s+)?(?:\w+\s+)?"
    rf"{_IDENTITY_EN}(?:\s+of\s+(?:the|her|his)\s+{_IDENTITY_EN})?\s+of\s+(?:a|the|this|that)\s+(?:[\w-]+\s+){{0,3}}?victim\b",
    re.I)
#: ... and the image made public ("영상을 올렸", "posted the deepfake"): then the image was spread too.
IMAGE_SPREAD = re.compile(
    r"(?:영상|사진|합성물|합성\s*사진|딥페이크|딥페|파일|짤)(?:을|를|이|가|도|까지)?\s*(?:\S+\s*){0,2}?"
    r"(?:올렸|올린|올려|퍼뜨|퍼트|뿌렸|뿌린|유포|공유|보냈)|"
    r"\b(?:posted|shared|sent|spread|uploaded|forwarded|leaked)\s+(?:\w+\s+){0,2}?(?:deep\s*fakes?|fakes?|videos?|"
    r"photos?|pics?|pictures?|images?|nudes?|clips?|it|them)\b", re.I)


def identity_not_image(question: str) -> bool:
    """Whether what a question says was made public is who the victim is, not the image."""
    return bool(IDENTITY_SPREAD.search(question)) and not IMAGE_SPREAD.search(question)
