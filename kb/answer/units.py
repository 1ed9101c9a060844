"""The units an answer quotes: a chunk split into citable lines and sentences, a card's run of short list
items read as one line, the best sentence of a line too long to fit, and what a line names (articles,
paragraphs, the kind of answer it holds)."""
from __future__ import annotations

import re
from collections.abc import Callable

from kb.answer.records import Claim, Unit
from kb.index.catalog import StoredChunk
from kb.law.provisions import Provision
from kb.law.vocabulary import article_key
from kb.sources.documents import detect_language as detect_text_language

#: A line that says the act is not punished ("제14조의2로는 처벌되지 않습니다", "It is not punished under Article 14-2"):
#: asked the penalty, it answers as much as a penalty does.
NOT_PUNISHED = re.compile(r"처벌(?:되|받)지\s*않|처벌\s*대상이\s*아니|\bnot\s+(?:be\s+)?punish(?:ed|able)\b|"
                          # no provision said to punish it: "처벌하는 조항이 없습니다", "No law held here punishes …"
                          r"처벌하는\s*(?:조항|규정|조문)\S*\s*없|\bno\s+(?:law|provision|article)\s+(?:\w+\s+){0,3}?punish", re.I)
#: What a line holding each kind of answer (understanding.ASKS_FOR) looks like.
ANSWER_KINDS = {
    # (an aggravated sentence is one too: "그 죄에 정해진 형의 2분의 1까지 무겁게", "increased by up to one half")
    "penalty": re.compile(r"징역|벌금|금고|과태료|imprisonment|\bfine\b|fine of|KRW|2분의\s*1까지|가중\s*처벌|"
                          r"(?:by|to)\s+(?:up\s+to\s+)?(?:one\s+)?half\b|aggravat", re.I),
    "date": re.compile(r"(?<!\d)(19|20)\d\d(?=\s*년|-\d\d-\d\d|[\s).,;]|$)"),  # a year, not "2000만원"
    # a length of time, not a date ("2024년 10월 16일") or the hours a service is open ("365일 24시간", "24 hours a day")
    # ... nor a prison term ("2년 이하의 징역", "up to 2 years in prison"), which answers "what is the penalty"
    "duration": re.compile(r"(?<![\d.,])(?<!월 )(?<!월)(?<!징역 )(?<!징역)(?<!금고 )"
                           r"(?!(?:19|20)\d\d\s*년|24\s*시간\s*(?:운영|연결|받|상담|\)|$)|365\s*일|24 hours(?: a day|\))|"
                           r"365 days a year|24/7)(?:(?:\d+\s*(일|년|개월|달|시간|주)|\d+[\s-]*(days?|months?|years?|hours?|weeks?)\b|"
                           r"(one|two|three|four|five|six|seven|ten|thirty|sixty|ninety)[\s-]+(days?|months?|years?)\b|"
                           r"(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:달|해(?![가-힣])))"
                           r"(?!\s*(?:이상|이하)?의?\s*(?:유기)?(?:징역|금고)|'?\s*(?:in prison|in jail|imprisonment|of imprisonment)|"
                           # a prison term with its fine: "up to 5 years or KRW 50 million", "5년 이하 또는"
                           r"\s+or\s+(?:a\s+)?(?:fine|KRW)|\s*(?:이하|이상)?\s*또는\s*\d))|"
                           # how often ("주기", "how often"): "연 1회 이상", "3년마다", "해마다", "once a year", "every semester"
                           r"연\s*\d+\s*회|\d+\s*년\s*마다|해마다|매년|매\s*학기|학기마다|분기마다|"
                           r"\b(?:once|twice|\d+\s+times)\s+(?:a|per|every)\s+(?:year|month|semester|term|quarter)\b|"
                           r"\bevery\s+(?:year|semester|term|quarter|\d+\s+years)\b|\bannually\b", re.I),
    # how fast: a length of time, or promptness said without a number ("how fast must they be told?": "promptly")
    "speed": re.compile(r"\b(?:promptly|without\s+delay|immediately|at\s+once)\b|지체\s*없이|즉시"),
    "count": re.compile(r"\d+\s*(명|건|가지|개|호|곳|번)|\b(?!(?:19|20)\d\d\b)\d+\b|여덟|아홉|\b(two|three|four|five|six|seven|eight|nine|ten)\b", re.I),
    "amount": re.compile(r"\d[\d,.]*\s*(만\s*)?원|KRW|won\b|비용|부담|cost|pays?\b|free of charge|무료", re.I),
    # a number with dashes, or a short line (112, 117, 1366, 1388), also with a Korean particle after it ("117로",
    # "112나"), not a year, an article, a count or a sum ("1998년", "150 days", "100명", "120만 원")
    "phone": re.compile(r"(?<![\d,.-])\d{2,4}-\d{3,4}(?:-\d{4})?(?![\d-])|"
                        r"(?<![\d,.])(?<!article )(?<!art\. )(?!19\d\d)1\d{2,3}(?![\d,.]|\s*(?:년|월|일|조|항|호|명|건|개|세|살|"
                        r"시간|분|만|억|원|%|퍼센트|번째|차|회|주|years?\b|days?\b|months?\b|hours?\b|weeks?\b|cases?\b|"
                        r"people\b|persons?\b|victims?\b|students?\b|won\b|percent\b|times?\b))", re.I),
    # where to turn: a phone number, an office or centre, a web address
    "place": re.compile(r"(?<![\d,.-])\d{2,4}-\d{3,4}(?:-\d{4})?(?![\d-])|\b(?:112|117|1366|1377|1388)\b|"
                        r"센터|경찰서|경찰청|교육청|교육지원청|위원회|상담소|법원|검찰|법무부|교육부|가족부|"
                        r"https?://|www\.|\.kr\b|\.or\.kr|"
                        r"\b(?:cent(?:er|re)|police station|commission|office|ministry|agency|court|committee|prosecutors?)\b",
                        re.I),
    # a run of a card's list items, quoted as one line, or items numbered inline ("1호 학교에서의 봉사, 2호 사회봉사, …",
    # "No. 1 a written apology … No. 2 …")
    "list": re.compile(r"\n\s*(?:[-*•]|\d{1,2}[.)])\s|(?<!\d)1\s*호\s.{0,80}?(?<!\d)2\s*호\s|\bNo\.\s*1\b.{0,120}?\bNo\.\s*2\b|①.{0,120}?②",
                       re.S),
}
ANSWER_KINDS["speed"] = re.compile(f"{ANSWER_KINDS['duration'].pattern}|{ANSWER_KINDS['speed'].pattern}", re.I)
#: English needs more characters than Korean for the same thing; its budget grows by this.
ENGLISH_LENGTH = 1.4
#: A run of at least ``SHORT_RUN`` list items of one chunk, none longer than ``SHORT_ITEM`` characters (English
#: ``ENGLISH_LENGTH`` times more), is one line of an answer: "1호 서면사과 · 2호 접촉 금지 · …". A list asked for
#: is then given whole, not cut at the answer's line count.
SHORT_RUN = 3
SHORT_ITEM = 80
#: A card line that only introduces the next ones: a question, a label, or a lead-in ending in a colon.
HEADING_LINE = re.compile(r".*[?:：]$|^[^\d.]{0,30}$")
#: A list item in a card: "- text" or "1. text".
LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(?=\S)")
ARTICLE_NAMED = re.compile(r"제\s*\d+\s*조|Articles?\s+\d+")
#: A card sentence that leans on the one before it: its subject is "the article", "this", "그 조항", "같은 조" …
#: Quoted alone, away from its paragraph, it says something of the wrong thing ("The article was created … 2024"
#: was about the youth law's Article 11-2, offered for Article 14-2).
DEPENDENT_OPENING = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:(?:The|This|That|These|Those|Such|Both|Either)\s+(?:same\s+)?(?:article|paragraph|provision|"
    r"amendment|item|clause|rule|sentence|proviso|change|penalt)\w*\b|(?:This|That|These|Those|It|They|Such)\b(?!\s+(?:is|are)\s+"
    r"(?:a|an|the)\s+(?:crime|offence))|"
    r"(?:같은|해당|이|그|위|앞의)\s*(?:조|항|조항|조문|규정|개정|법)(?![가-힣])|이\s*(?:조항|조문|규정|개정)|그\s*(?:조항|조문|규정|개정|전|뒤|후)\b|"
    r"(?:이때|이런|이러한|그런|그러한)\b|"
    # a paragraph of the article the card is about, named without it: "제7항: 상습으로 제작하면 …", "Paragraph 7: …"
    r"(?:\*\*)?(?:제\s*\d+\s*항|Paragraphs?\s+\d+)(?:\*\*)?\s*[:：]|"
    # a labelled note on what came before: "Statute cross-check: this overstates some penalties."
    r"[*_]{0,2}[^\s:：]+(?:\s+[^\s:：]+){0,3}?[*_]{0,2}\s*[:：][*_]{0,2}\s+(?:This|That|These|Those|It|They)\b(?!\s+(?:is|are)\s+"
    r"(?:a|an|the)\s+(?:crime|offence)))", re.I)
#: ... or that qualifies the one before it and names no article of its own: "다만 어디부터 '시작'으로 볼지는 법원이
#: 판단합니다" (of the attempt provision, quoted beside a question about gaps in the law), "But …", "In that case …".
#: ("다만 청소년성보호법 제11조 제3항의 죄로 … 예외입니다" names what it is about and stays.)
QUALIFYING_OPENING = re.compile(r"^\s*(?:[-*•]\s+)?(?:(?:다만|하지만|그러나|그렇지만|그런데|반면|이\s*경우|그\s*경우|"
                                r"그렇지\s*않으면|그래서|따라서|그러므로|즉)(?![가-힣])|(?:However|But|Still|Even so|That said|"
                                r"Nevertheless|Otherwise|In (?:that|this|such a) case|So|Thus|Therefore|Hence)\b)", re.I)
#: ... or that says something of an article the sentence before named: "deepfakes were added to that article only
#: in 2024" (quoted for another article, it is false of it). ("Article 14-3 … was one of them, but …" names its
#: subject and stays: it answered what 제14조의3 covered before 2024.)
DEPENDENT_REFERENCE = re.compile(r"\b(?:to|in|from|of|under) (?:that|this|the same) (?:article|paragraph|provision)\b|"
                                 r"(?:그|같은)\s*조항에|\bthe\s+same\s+(?:rule|exception|special\s+rule)\b|같은\s*특례|"
                                 # a document the sentence before named ("read the Act, not this notice, for the
                                 # penalty": a note on a ministry notice, lent as a line of an answer on a penalty)
                                 r"\b(?:this|that)\s+(?:notice|leaflet|flyer|announcement|press\s+release)\b|"
                                 r"\bstatute\s+files?\b|(?:이|그)\s*(?:안내문|공지문|보도자료)", re.I)

#: ... or that answers the card's own title and says nothing else: "Yes.", "Only partly.", "네, 처벌됩니다." (lent to
#: another question, "Only partly." answers nothing; "네, 피해자보호명령 제도가 생겼습니다" says what it affirms and stays).
TITLE_VERDICT = re.compile(r"^\s*(?:Yes|No|Only partly|Partly|Not quite|Not always|Not necessarily|Possibly|Probably|"
                           r"In principle,?\s+(?:yes|no)|As a rule,?\s+(?:yes|no)|꼭\s*그렇지는\s*않습니다|네|예|아니요|아니오|일부만\s*맞습니다)"
                           r"(?:[,.!]\s*[^.!?]{0,14})?[.!?]?\s*$", re.I)
#: ... or that says only that no fine is possible ("벌금형은 없습니다.", "There is no fine option."): of the penalty named
#: before it, whichever that was.
NO_FINE_ALONE = re.compile(r"^\s*(?:[-*•]\s+)?(?:벌금형?(?:은|이)?\s*없(?:습니다|어요|음)|There\s+is\s+no\s+fine(?:\s+option)?|"
                           r"No\s+fine(?:\s+is\s+possible)?)\s*[.!]?\s*$|"
                           # ... and what follows from it ("There is no fine option, so a conviction means a prison
                           # sentence", "벌금형이 없어서, 유죄가 되면 징역형이 선고됩니다"), naming no article
                           r"^\s*(?:[-*•]\s+)?(?:There\s+is\s+no\s+fine(?:\s+option)?\s*,\s*so\b|벌금형?(?:은|이)?\s*없(?:어서|으므로|으니))"
                           r"(?![^.]*(?:Article|제\s*\d+\s*조))[^.]*[.!]?\s*$", re.I)
#: ... or that reports a claim the card goes on to correct: "A school's notice says that possessing one carries 7
#: years" (lent alone, the claim reads as the law).
REPORTED_CLAIM = re.compile(r"\b(?:notice|leaflet|flyer|post|rumou?r)\b[^.]{0,80}\bsays?\s+that\b|"
                            r"(?:안내문|전단|게시물|소문)[^.]{0,120}(?:라고|다고)\s*(?:설명|안내|주장)합니다", re.I)


def dependent(sentence: str) -> bool:
    """Whether a card sentence leans on the one before it (`DEPENDENT_OPENING`, `DEPENDENT_REFERENCE`,
    `QUALIFYING_OPENING`, `NO_FINE_ALONE`), on the card's title (`TITLE_VERDICT`) or on the correction after it
    (`REPORTED_CLAIM`)."""
    return bool(DEPENDENT_OPENING.match(sentence) or DEPENDENT_REFERENCE.search(sentence)
                or (QUALIFYING_OPENING.match(sentence) and not ARTICLE_NAMED.search(sentence))
                or TITLE_VERDICT.match(sentence) or REPORTED_CLAIM.search(sentence) or NO_FINE_ALONE.match(sentence))


_ENGLISH_ARTICLES = re.compile(r"\b(?:Articles?\s+|Arts?\.\s*|Art\s+(?=\d))((?:\d+(?:-\d+)?(?:\(\d+\))*(?:,\s*|\s+and\s+|\s*/\s*)?)+)", re.I)


def detect_language(text: str) -> str:
    """'ko' or 'en' for a question or sentence (English when there are no letters at all)."""
    return detect_text_language(text) or "en"


def plain(text: str) -> str:
    """Card Markdown emphasis removed for display (the citation keeps the exact stored span)."""
    return text.replace("**", "")


def locator(unit: Unit) -> str:
    """The article and paragraph a unit of a statute sits in ("제14조의2 제4항"), else its chunk's locator."""
    return Provision(unit.chunk, unit.start, unit.text).label


#: A word before a full stop that does not end a sentence: "measure No. 2", "Art. 15-3", "e.g. a shelter".
_ABBREVIATION = re.compile(r"(?:\b(?:No|Nos|Art|Arts|para|paras|e\.g|i\.e|cf|vs|Mr|Mrs|Ms|Dr)|\s[A-Z])$")


def sentences(line: str) -> list[tuple[int, str]]:
    """Sentences of one line with their offsets; never split inside parentheses or quotes."""
    found, depth, begin = [], 0, 0
    for i, char in enumerate(line):
        if char in "(「『“[":
            depth += 1
        elif char in ")」』”]" and depth:
            depth -= 1
        elif char in ".?!" and depth == 0 and i + 1 < len(line) and line[i + 1] == " " and i > 0 \
                and not line[i - 1].isdigit() and not (char == "." and _ABBREVIATION.search(line, 0, i)):
            found.append((begin, line[begin:i + 1]))
            begin = i + 2
    found.append((begin, line[begin:]))
    return found


def split_units(chunk: StoredChunk) -> list[tuple[int, str]]:
    """Citable units of a chunk's body as (offset in chunk text, text).

    A statute's unit is a line — a paragraph (항) or an item (호) — quoted whole with its amendment
    tag; prose is split into sentences.
    """
    units: list[tuple[int, str]] = []
    body_start = chunk.record.body_start
    statute = chunk.record.source_type == "statute"
    offset = body_start
    for line in chunk.text[body_start:].split("\n"):
        pieces = [(0, line)] if statute else sentences(line)
        for at, piece in pieces:
            stripped = piece.strip()
            if stripped:
                units.append((offset + at + len(piece) - len(piece.lstrip()), stripped))
        offset += len(line) + 1
    return units


def named_articles(text: str) -> set[str]:
    """The articles a line names, as 제N조(의M): "제9조제1항, 제7조제1항", "Articles 9(1) and 7(1)",
    "Article 14-2(4)"."""
    named = {article_key(m.group(1), m.group(2))
             for m in re.finditer(r"제\s*(\d+)\s*조(?:의\s*(\d+))?", text)}
    for listed in _ENGLISH_ARTICLES.finditer(text):
        numbers = re.sub(r"\(\d+\)", "", listed.group(1))  # paragraphs: "9(1)" names Article 9
        named |= {article_key(m.group(1), m.group(2))
                  for m in re.finditer(r"(\d+)(?:-(\d+))?", numbers)}
    return named


def named_paragraphs(text: str) -> set[tuple[str, int]]:
    """The paragraphs a line names, as (제N조(의M), paragraph): "제17조제9항", "Article 17(9)"."""
    named = {(article_key(m.group(1), m.group(2)), int(m.group(3)))
             for m in re.finditer(r"제\s*(\d+)\s*조(?:의\s*(\d+))?\s*제\s*(\d+)\s*항", text)}
    named |= {(article_key(m.group(1), m.group(2)), int(m.group(3)))
              for m in re.finditer(r"\bArticles?\s+(\d+)(?:-(\d+))?\((\d+)\)", text)}
    return named


def short_runs(units: list[Unit], language: str) -> list[tuple[Unit, str | None]]:
    """A card's body lines in order, each as (unit, None), except that a run of short list items becomes
    one (unit spanning the run in its chunk, the items joined with " · ")."""
    longest = SHORT_ITEM * (ENGLISH_LENGTH if language == "en" else 1.0)
    out: list[tuple[Unit, str | None]] = []
    run: list[Unit] = []

    def close() -> None:
        if len(run) >= SHORT_RUN:
            first, last = run[0], run[-1]
            start = first.start + LIST_ITEM.match(first.text).end()
            span = first.chunk.text[start:last.start + len(last.text)]
            shown = " · ".join(u.text[LIST_ITEM.match(u.text).end():].strip() for u in run)
            out.append((Unit(0, first.chunk, start, span, 1.0), shown))
        else:
            out.extend((u, None) for u in run)
        run.clear()

    for unit in units:
        item = LIST_ITEM.match(unit.text)
        short = bool(item) and len(unit.text) - item.end() <= longest
        follows = not run or (run[-1].chunk is unit.chunk and
                              not unit.chunk.text[run[-1].start + len(run[-1].text):unit.start].strip())
        if not (short and follows):
            close()
        if short:
            run.append(unit)
        else:
            out.append((unit, None))
    close()
    return out


def is_sub_heading(line: str) -> bool:
    """A card's sub-heading as stored (the loader drops its bold): a short line that is no list item, no
    table row and no sentence ("어기면 (제50조제2항)", "Good to know", "성폭력처벌법:")."""
    text = line.strip()
    if _ARTICLE_HEADING.match(text):  # "Article 31 (duty to ensure AI transparency)", "제31조(인공지능 투명성 확보 의무)"
        return True
    return len(text) <= 40 and not LIST_ITEM.match(text) and not text.startswith("|") \
        and not re.search(r"[.!。\]]$", text)


#: A card's sub-heading that only names an article and its title.
_ARTICLE_HEADING = re.compile(r"^(?:Article\s+\d+(?:-\d+)?|제\s*\d+\s*조(?:의\s*\d+)?)\s*\([^()]{1,60}\)$")


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence that semicolons join, with their offsets (the semicolon left out)."""
    found, begin = [], 0
    for match in re.finditer(r";\s+", sentence):
        head = sentence[:match.start()]
        if head.count("[") > head.count("]") or head.count("(") > head.count(")"):
            continue  # a semicolon inside brackets joins citations ("[Act, Article 25-3; Decree, Article 2-5(1)]")
        found.append((begin, sentence[begin:match.start()]))
        begin = match.end()
    return found + [(begin, sentence[begin:])]


def best_sentence(claim: Claim, bearing: Callable[[str], float], room: int) -> Claim | None:
    """The sentence of a long line that bears most on the question, when the whole line does not fit in
    ``room`` characters but that sentence does (quoted exactly, where it sits in the line)."""
    if "\n" in claim.unit.text:
        return None  # a run of list items is given whole or not at all
    found = sentences(claim.unit.text)
    fitting = [(at, text) for at, text in found if text.strip() and len(text) <= room]
    clause = not fitting
    if clause:
        # no sentence fits: the clauses a semicolon joins ("must pass on what is said neutrally; disclosing … is
        # punishable"), each a statement of its own
        found = [(at + start, part) for at, text in found for start, part in _clauses(text)]
        fitting = [(at, text) for at, text in found if text.strip() and len(text) <= room]
    if len(found) < 2 or not fitting:
        return None  # a line of one sentence, or nothing short enough
    at, text = max(fitting, key=lambda s: bearing(s[1]))
    if bearing(text) <= 0:
        return None
    unit = claim.unit
    shown = plain(text)
    label = _LABEL.match(unit.text)
    if clause and label and at >= label.end():
        # one clause of a labelled list ("**Institutions with the duty**: kindergartens, …; private academies and
        # tutoring rooms; …") says nothing alone: it is shown after its label, the quote still the clause itself
        shown = f"{plain(label.group(1)).strip()}: … {shown}"
    return Claim(shown, Unit(unit.hit_rank, unit.chunk, unit.start + at, text, unit.score), claim.kind)


#: A card line's label (its Markdown emphasis already gone from the stored text): "Banned treatment (Article 8,
#: items):", "화상 증언 안내:".
_LABEL = re.compile(r"\s*(?:[-*•]\s+)?([^:：.;,?!\n]{2,40}?(?:\s*\([^()\n]{1,30}\))?)[:：]\s+")
