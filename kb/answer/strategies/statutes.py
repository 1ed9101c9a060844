"""Lines from the law itself: the penalty of the provision in force that fits the conduct and material asked
about (offered only where the gap matrix's element check passes), how that paragraph read before, the gap a
past date fell into, and one paragraph quoted or rendered for a refusal."""
from __future__ import annotations

import math
import re

from kb.answer.context import AnswerContext
from kb.answer.messages import (
    ADDED_ON,
    BEFORE,
    BEFORE_FROM,
    CONDUCT_NAMED,
    GAP_CLOSED,
    MINOR_CONDITION,
    PENALTY_LINE,
    law_name,
)
from kb.answer.records import Claim, Unit
from kb.answer.routing import Route
from kb.answer.strategies.extracts import quote_claim, scored_units
from kb.answer.understanding import asked_conducts_first
from kb.answer.units import ANSWER_KINDS, locator, named_articles, named_paragraphs, split_units
from kb.index.catalog import StoredChunk
from kb.index.lexical import tokenize
from kb.law.gaps import applies, covered_from
from kb.law.penalties import Penalty, parse_penalty
from kb.law.provisions import Provision, in_force
from kb.law.vocabulary import (
    CONDUCTS,
    MATERIALS,
    MATRIX_ROWS,
    PRESCRIBES,
    YOUTH,
    article_key,
    article_label,
    later_against_will,
    paragraph_label,
    punished_conduct,
    required_purpose,
)
from kb.search.retrieval import Hit
from kb.sources.statutes import tag_dates


def provision_claims(ctx: AnswerContext, law: str, article: str, paragraph: int, as_of: str,
                     language: str) -> list[Claim]:
    """One paragraph of an article as in force on ``as_of``: its penalty rendered, or its words quoted."""
    label = paragraph_label(article, paragraph)
    for provision in in_force(ctx.index, law, article, as_of):
        if provision.label != label:
            continue
        unit = Unit(0, provision.chunk, provision.start, provision.text)
        penalty = parse_penalty(provision.text)
        if penalty.empty or not PRESCRIBES.search(provision.text):
            return [Claim(provision.text, unit)]  # a prohibition (제24조 ②): quoted as it reads
        return [penalty_claim(ctx, unit, label, penalty, ctx.wording_since(unit, as_of), language)]
    return []


#: A paragraph named without the forms `named_paragraphs` reads: "14조의2 3항", "Article 14-2 paragraph 3".
_PARAGRAPH_NAMED = (re.compile(r"(?<!\d)(\d+)\s*조(?:\s*의\s*(\d+))?\s*(?:제\s*)?(\d+)\s*항"),
                    re.compile(r"\bArt(?:icle|\.)?\s*(\d+)(?:-(\d+))?,?\s+(?:paragraph|para\.?)\s+(\d+)", re.I),
                    re.compile(r"\bArt\.?\s*(\d+)(?:-(\d+))?\((\d+)\)", re.I))
#: A decree named: an article named without its law is then the decree's, else an Act's.
_DECREE = re.compile(r"시행령|decree", re.I)


def named_law(ctx: AnswerContext, question: str) -> str | None:
    """The law a question names, by its title, short name or English name (the longest name found: "성폭력처벌법
    시행령" is the decree, not the Act)."""
    text = "".join(question.split()).lower()
    found = [(len(key), law.key) for law in ctx.laws.laws
             for name in (law.title, law.name, law.english, *law.short_names, *law.english_aliases)
             if (key := "".join(name.split()).lower()) and key in text]
    return max(found)[1] if found else None


def named_provisions(ctx: AnswerContext, question: str, as_of: str | None = None) -> list[tuple[str, str, int]]:
    """The paragraphs a question names, with the law it names: (law, 제N조(의M), paragraph). A question that names
    no law names the only law in the index with that article in force on ``as_of`` ("Article 14-2(1)"), if only
    one has it (many laws have an Article 17)."""
    named = _paragraphs_named(question)
    law = named_law(ctx, question)
    found = []
    for article, paragraph in sorted(named):
        holders = [law] if law else _holders(ctx, question, article, as_of)
        if len(holders) == 1:
            found.append((holders[0], article, paragraph))
    return found


def _paragraphs_named(question: str) -> set[tuple[str, int]]:
    """(article, paragraph) for each paragraph the question names, in any of the forms people write one."""
    named = set(named_paragraphs(question))
    for pattern in _PARAGRAPH_NAMED:
        named |= {(article_key(m.group(1), m.group(2)), int(m.group(3))) for m in pattern.finditer(question)}
    return named


def _holders(ctx: AnswerContext, question: str, article: str, as_of: str | None) -> list[str]:
    """The laws in the index with ``article`` in force on ``as_of``: an Act's, unless the question names a decree."""
    decree = bool(_DECREE.search(question))
    return [entry.key for entry in ctx.laws.laws
            if as_of and (entry.kind == "시행령") == decree and in_force(ctx.index, entry.key, article, as_of)]


#: The most paragraphs given for an article a question names alone.
ARTICLE_ALONE_PARAGRAPHS = 2


def article_alone_paragraphs(ctx: AnswerContext, question: str, query: str, as_of: str) -> list[tuple[str, str, int]]:
    """The paragraphs in force on ``as_of`` that bear on the question, of the one article it names with no law and no
    paragraph ("In Article 14-2, does the image have to be sexual?", "제14조의2는 동의 없이 합성한 것만 처벌하나요?"),
    in the law whose article of that number holds most of the question: (law, article, paragraph), in the article's
    order. Without a law's name retrieval finds neighbours of the words, not the article named. The paragraphs are
    those that hold most of ``query`` (the lexical query: an English question with its Korean statute terms), the
    first ones when none holds any."""
    articles = named_articles(question)
    if len(articles) != 1 or named_law(ctx, question) or _paragraphs_named(question):
        return []
    article = next(iter(articles))
    # the law whose article of that number, in any version, holds most of the question: another law's article of
    # that number in force on a day the one asked about was not yet law ("As of 1 June 2020, was the false video
    # material offence (Article 14-2) in force?") is not the one asked about
    holders = _likeliest(_law_fit(ctx, question, query, (article,)), ctx, (article,))
    if not holders:
        return []
    paragraphs: dict[int, float] = {}
    for number, provision in _paragraphs(ctx, holders[0], article, as_of):
        paragraphs[number] = max(paragraphs.get(number, 0.0), ctx.coverage(query, provision.text))
    best = sorted(paragraphs, key=lambda n: (-paragraphs[n], n))[:ARTICLE_ALONE_PARAGRAPHS]
    return [(holders[0], article, n) for n in sorted(best)]


#: Two provisions set against each other ("What is the difference between Article 14-2 and 14-3?", "제14조의2랑
#: 제14조의3 차이가 뭐예요?", "14-2 vs 14-3").
COMPARED = re.compile(r"\bdiffer|\bcompar|\bvs\.?(?!\w)|\bversus\b|\bdistinguish|차이|비교|다른\s*점|어떻게\s*달라|"
                      r"뭐가\s*달라|뭐가\s*다른", re.I)


def compared_article_paragraphs(ctx: AnswerContext, question: str, query: str,
                                as_of: str) -> list[tuple[str, str, int]]:
    """The opening paragraph, in force on ``as_of``, of each of the two or three articles a question sets against
    each other with no paragraph named: (law, article, 1), in the question's order. The law is the one named, else
    the one law (an Act's, or a decree's when one is named) whose articles of those numbers hold most of ``query``
    (the lexical query, as `article_alone_paragraphs`). A card on one of them answers another question."""
    articles = named_articles(question)
    if not 2 <= len(articles) <= 3 or not COMPARED.search(question) or _paragraphs_named(question):
        return []
    law = named_law(ctx, question)
    if not law:
        holders = _likeliest(_law_fit(ctx, question, query, tuple(articles)), ctx, tuple(articles))
        if not holders:
            return []
        law = holders[0]
    order = sorted(articles, key=lambda article: _first_named(question, article))
    found = [(law, article, 1) for article in order
             if any(number == 1 for number, _ in _paragraphs(ctx, law, article, as_of))]
    return found if len(found) == len(order) else []


def _law_fit(ctx: AnswerContext, question: str, query: str, articles: tuple[str, ...]) -> dict[str, float]:
    """For each law (an Act, or a decree when the question names one) that has every one of ``articles`` in some
    version, how much of ``query`` those articles hold (the best chunk of each, summed)."""
    decree = bool(_DECREE.search(question))
    fit: dict[str, float] = {}
    for entry in ctx.laws.laws:
        if (entry.kind == "시행령") != decree:
            continue
        chunks = [ctx.index.article_chunks(entry.key, article) for article in articles]
        if all(chunks):
            fit[entry.key] = math.fsum(max(ctx.coverage(query, chunk.text) for chunk in held) for held in chunks)
    return fit


def _likeliest(fit: dict[str, float], ctx: AnswerContext, articles: tuple[str, ...]) -> list[str]:
    """The laws of ``fit`` (each holding ``articles``), the one meant first: the one whose articles hold most of the
    question, else, when the question's words do not tell, and every article is a branch article added by an amendment
    ("what does art. 14-3 cover": few laws have one of that number), the only one of those alike whose articles any
    card rests on (the field's own law). A plain number ("제17조" alone, which most laws have) names none. Empty when
    none is meant."""
    ranked = sorted(fit, key=lambda law: -fit[law])
    if len(ranked) < 2 or fit[ranked[0]] > fit[ranked[1]]:
        return ranked
    if not all("의" in article for article in articles):
        return []
    alike = [law for law in ranked if fit[law] == fit[ranked[0]]]
    carded = [law for law in alike if all(ctx.cards_resting_on(law, article) for article in articles)]
    return carded + [law for law in ranked if law not in carded] if len(carded) == 1 else []


def _first_named(question: str, article: str) -> int:
    """Where in the question an article (제N조(의M)) is first named."""
    number = re.match(r"제(\d+)조(?:의(\d+))?", article)
    if not number:
        return len(question)
    main, sub = number.groups()
    pattern = rf"(?<!\d){main}\s*조\s*의\s*{sub}(?!\d)|(?<![\d-]){main}-{sub}(?![\d-])" if sub else \
        rf"(?<!\d){main}\s*조(?!\s*의)|(?<![\d-]){main}(?![\d-])"
    found = re.search(pattern, question)
    return found.start() if found else len(question)


#: The most paragraphs of one article given for a question that names the article and a day.
DATED_ARTICLE_PARAGRAPHS = 3


def dated_article_paragraphs(ctx: AnswerContext, question: str, as_of: str) -> list[tuple[str, str, int]]:
    """The paragraphs in force on ``as_of`` of the one article a question names with its law and no paragraph, asked
    of a day ("What did Article 14-2 of the Sexual Violence Punishment Act say on 1 March 2024?"): (law, article,
    paragraph), in order."""
    law, articles = named_law(ctx, question), named_articles(question)
    if not law or len(articles) != 1:
        return []
    article = next(iter(articles))
    return [(law, article, n) for n in sorted({n for n, _ in _paragraphs(ctx, law, article, as_of)})]


def _paragraphs(ctx: AnswerContext, law: str, article: str, as_of: str) -> list[tuple[int, Provision]]:
    """The lines of an article in force on ``as_of`` that open a numbered paragraph, with the paragraph's number."""
    prefix = paragraph_label(article, 1).rsplit(" ", 1)[0]
    return [(int(m.group(1)), p) for p in in_force(ctx.index, law, article, as_of)
            if (m := re.fullmatch(re.escape(prefix) + r"\s*제(\d+)항", p.label))]


def named_provision_claims(ctx: AnswerContext, question: str, understanding, as_of: str) -> list[Claim]:
    """The paragraphs a question names by law, article and paragraph ("성폭력처벌법 제14조의3 제2항 법정형이 뭐예요?",
    "What penalty does Article 14-2(3) of the Sexual Violence Punishment Act set?"), as in force on the answer's
    date: an aide asking of a provision is answered by it, whatever card or sentence is closest in words. An
    article named with its law and a day, and no paragraph, is answered by its first paragraphs as they then read."""
    claims: list[Claim] = []
    named = named_provisions(ctx, question, as_of)[:2]
    if not named and understanding.implied_as_of:
        named = dated_article_paragraphs(ctx, question, as_of)
    for law, article, paragraph in named:
        claims += provision_claims(ctx, law, article, paragraph, as_of, understanding.language)
        if len(claims) >= DATED_ARTICLE_PARAGRAPHS:
            break
    return claims


def penalty_claim(ctx: AnswerContext, unit: Unit, label: str, penalty: Penalty, since: str, language: str,
                  consent: bool = False) -> Claim:
    """ "성폭력처벌법 제14조의2 제1항: 7년 이하의 징역 … (2024-10-16부터 적용되는 조문)", in the asker's language. Asked
    about consent given at the time (``consent``), a paragraph that punishes spreading later against the person's
    will says so."""
    name = law_name(ctx.laws.law(unit.chunk.record.source_id), language, unit.chunk.record.title)
    conduct = ", ".join(filter(None, (punished_conduct(unit.text, language), required_purpose(unit.text, language),
                                      later_against_will(unit.text, language) if consent else "")))
    text = PENALTY_LINE[language].format(name=name, label=article_label(label, language),
                                         conduct=CONDUCT_NAMED[language].format(conduct=conduct) if conduct else "",
                                         penalty=penalty.render(language), since=since)
    return Claim(text, unit, "penalty")


#: Conducts that make another one named beside them the heavier offence: spreading for profit (sell) is distributing's
#: aggravated form (성폭력처벌법 제14조의2 제3항, 청소년성보호법 제11조 제2항), coercion by a threat is the threat's
#: (성폭력처벌법 제14조의3 제2항, 청소년성보호법 제11조의2 제2항).
AGGRAVATED_FORMS = ("sell", "coerce")


#: A question that tells of consent given ("처음에 동의했으니까", "i agreed to the photo back then", "she said yes to it").
CONSENT_ASKED = re.compile(r"동의|허락|합의\s*하에|찍어도\s*된다고|consent|\bagreed\b|\bsaid\s+yes\b|\bwas\s+(?:ok|okay|fine)\s+with\b|"
                           r"\blet\s+(?:him|her|them)\s+(?:take|film|make|record)", re.I)


def penalty_claims(ctx: AnswerContext, hits: list[Hit], understanding, as_of: str, question: str = "") -> list[Claim]:
    """Structured penalty lines: the provision in force that fits the conduct and material asked about."""
    language = understanding.language
    cells = gap_cells(understanding)
    # the element check `kb gaps` uses: a provision of an article the matrix looks in for the situation
    # asked about is offered only if it punishes that conduct with that material on that date
    fits = {(law, p.label) for cell in cells for law, p in applies(ctx.index, *cell, as_of)}
    named = named_law(ctx, question)
    elsewhere = bool(named and fits) and not any(law == named for law, _ in fits)
    if elsewhere:
        # the penalty asked under a law named that the matrix's provisions are not of ("정보통신망법상 벌금 상한"
        # of defamation told with a deepfake): that law's own provisions answer, where it has any
        cells, fits = [], set()
    candidates = _penalty_candidates(ctx, hits, understanding, as_of, question, fits)
    if elsewhere:
        candidates = [c for c in candidates if c[1].chunk.record.source_id == named] or candidates
    if cells:  # another article (rape by threat, obscene material online) is not offered for this situation
        candidates = [c for c in candidates if (c[1].chunk.record.source_id, locator(c[1])) in fits]
    claims: list[Claim] = gap_claims(ctx, cells, understanding.language, as_of)
    chosen: list[tuple[float, Unit, Penalty]] = []
    # the best provision for each conduct asked about, an aggravated form first ("distributing … for profit": 제14조의2
    # 제3항 before 제2항; "forced by threats": coercion before the threat)
    # the conduct asked about before one only told in the story ("보기만 해도 처벌받아요? 단톡방에 누가 올려서 …")
    asked = asked_conducts_first(question, understanding.conducts)
    for conduct in sorted(asked, key=lambda c: c not in AGGRAVATED_FORMS):
        match = next((c for c in candidates if c not in chosen
                      and any(t in c[1].text for t in CONDUCTS[conduct].statute_terms)), None)
        if match:
            chosen.append(match)
    chosen += [c for c in candidates if c not in chosen][:max(0, 2 - len(chosen))]
    if understanding.minor_victim:  # a young person shown: the youth law's heavier provision is the answer first
        chosen.sort(key=lambda c: c[1].chunk.record.source_id != YOUTH)
    seen: set[str] = set()
    for _, unit, penalty in chosen[:3]:
        label = locator(unit)
        if label in seen:
            continue
        seen.add(label)
        since = ctx.wording_since(unit, as_of)
        claim = penalty_claim(ctx, unit, label, penalty, since, language, bool(CONSENT_ASKED.search(question)))
        if unit.chunk.record.source_id == YOUTH and {"deepfake", "filmed"} & set(understanding.materials):
            # the youth law applies to the image of a minor only when it is exploitation material
            claim.text += MINOR_CONDITION[language]
        claims.append(claim)
        claims += history_claims(ctx, unit, label, penalty, since, language)
    return claims


def _penalty_candidates(ctx: AnswerContext, hits: list[Hit], understanding, as_of: str,
                        question: str, fits: set[tuple[str, str]] = frozenset()) -> list[tuple[float, Unit, Penalty]]:
    """Every paragraph that imposes a penalty in the articles for the material asked about and in the
    statute hits, best first: by rank, the material, the conducts it names and the words of its heading.
    A paragraph in ``fits`` passed the element check for the material asked about, whatever words it
    names the material with (제14조의3 names filmed material "촬영물", not "촬영한 자")."""
    chunks = material_articles(ctx, understanding, as_of)
    for hit in hits:
        chunk = ctx.index.get(hit.chunk_id)
        if chunk is not None and chunk.record.source_type == "statute" and chunk not in chunks:
            chunks.append(chunk)
    candidates: list[tuple[float, Unit, Penalty]] = []
    asked = set(tokenize(ctx.retriever.lexical_query(question)))

    idf = ctx.retriever.lexical.idf

    def title_overlap(chunk: StoredChunk) -> float:
        """How much of the article's heading the question names (IDF-weighted), up to 2."""
        title = set(tokenize(chunk.record.article_title))
        total = math.fsum(idf(t) for t in title)
        return 2.0 * math.fsum(idf(t) for t in asked & title) / total if total else 0.0

    for rank, chunk in enumerate(chunks):
        heading = chunk.text[:chunk.record.body_start]
        for start, line in split_units(chunk):
            if not PRESCRIBES.search(line):
                continue  # mentions a sentence (e.g. as a condition) without imposing one
            penalty = parse_penalty(line)
            if penalty.empty:
                continue
            unit = Unit(rank, chunk, start, line)
            materials = {m.key for m in MATERIALS.values() if any(t in heading or t in line for t in m.statute_terms)}
            checked = (chunk.record.source_id, locator(unit)) in fits
            if understanding.materials and materials and not materials & set(understanding.materials) and not checked:
                continue  # a provision about another kind of material
            score = 1.0 / (1 + rank) + (1.0 if checked or materials & set(understanding.materials) else 0.0)
            score += sum(1.0 for c in understanding.conducts if any(t in line for t in CONDUCTS[c].statute_terms))
            score += title_overlap(chunk)  # the article named by its heading ("아동ㆍ청소년의 성을 사는 행위")
            unit.score = score
            candidates.append((score, unit, penalty))
    candidates.sort(key=lambda c: -c[0])
    return candidates


def material_articles(ctx: AnswerContext, understanding, as_of: str) -> list[StoredChunk]:
    """The in-force chunks of the articles that punish conduct with the material asked about."""
    # a young person harmed: the youth law's articles on exploitation material come first
    materials = sorted(understanding.materials, key=lambda m: m != "csam") if understanding.minor_victim \
        else understanding.materials
    wanted = [(law, article) for material in materials for law, article in MATERIALS[material].articles]
    if {"threaten", "coerce"} & set(understanding.conducts):
        wanted += [(law, article) for material in understanding.materials or ("deepfake",)
                   for law, article in MATERIALS[material].threat_articles]
    wanted += [pair for conduct in understanding.conducts for pair in CONDUCTS[conduct].articles]
    chunks: list[StoredChunk] = []
    for law, article in wanted:
        for provision in in_force(ctx.index, law, article, as_of):
            if provision.chunk not in chunks:
                chunks.append(provision.chunk)
    return chunks


def gap_cells(understanding) -> list[tuple[str, str, str]]:
    """The cells of the gap matrix a question is about: (conduct, material, victim)."""
    victim = "minor" if understanding.minor_victim else "adult"
    conducts = list(dict.fromkeys(CONDUCTS[c].matrix_row for c in understanding.conducts if CONDUCTS[c].matrix_row))
    return [(conduct, material, victim) for conduct in conducts for material in understanding.materials
            if material != "csam" or victim == "minor"]


def gap_claims(ctx: AnswerContext, cells: list[tuple[str, str, str]], language: str, as_of: str) -> list[Claim]:
    """For a cell the matrix shows as a gap on ``as_of``: what the law did not cover then, and the
    provision that covered it from when (or that nothing covers it yet)."""
    claims = []
    for conduct, material, victim in cells:
        if applies(ctx.index, conduct, material, victim, as_of):
            continue
        found = covered_from(ctx.index, conduct, material, victim, as_of)
        if found is None:
            continue  # still a gap today: the matrix shows it; no provision to cite for "from when"
        day, ((law, provision), *_) = found
        unit = Unit(0, provision.chunk, provision.start, provision.text)
        text = GAP_CLOSED[language].format(material=MATERIALS[material].words[language],
                                           conduct=MATRIX_ROWS[conduct].words[language], day=day,
                                           name=law_name(ctx.laws.law(law), language, law),
                                           label=article_label(provision.label, language))
        claims.append(Claim(text, unit, "history"))
    return claims


def history_claims(ctx: AnswerContext, unit: Unit, label: str, penalty: Penalty, since: str,
                   language: str) -> list[Claim]:
    """How the same paragraph read in the version before ``since``, when its penalty differed."""
    if not since:
        return []
    if since in tag_dates(unit.text, "신설"):
        return [Claim(ADDED_ON[language].format(since=since), unit, "history")]
    if since not in tag_dates(unit.text, "개정"):
        return []  # the article changed elsewhere; this paragraph kept its wording
    record = unit.chunk.record
    for older in ctx.index.article_chunks(record.source_id, record.article):
        if not any(end == since for _, end in older.intervals):
            continue
        for start, line in split_units(older):
            if locator(Unit(0, older, start, line)) != label:
                continue
            before = parse_penalty(line)
            purpose = required_purpose(line, language)  # "made only to look at himself" was no offence then
            purpose = purpose if purpose != required_purpose(unit.text, language) else ""
            if before.empty or (before.render("ko") == penalty.render("ko") and not purpose):
                return []
            old_unit = Unit(unit.hit_rank, older, start, line)
            began = _wording_began(ctx, older, label, before, since)
            text = (BEFORE_FROM[language].format(since=since, start=began, penalty=before.render(language)) if began
                    else BEFORE[language].format(since=since, penalty=before.render(language)))
            return [Claim(text + (f" ({purpose})" if purpose else ""), old_unit, "history")]
    return []


def _wording_began(ctx: AnswerContext, chunk, label: str, penalty: Penalty, until: str) -> str | None:
    """The day the paragraph ``label`` first carried ``penalty`` in the run of stored versions of ``chunk``'s article
    that ends on ``until`` (the versions back from there with the same penalty), or None when no version shows it."""
    record = chunk.record
    spans = []  # (start, end, the paragraph's penalty in that version or None)
    for version in ctx.index.article_chunks(record.source_id, record.article):
        found = next((parse_penalty(line).render("ko") for start, line in split_units(version)
                      if locator(Unit(0, version, start, line)) == label), None)
        spans += [(begin, end, found) for begin, end in version.intervals]
    began, edge = None, until
    for begin, end, found in sorted(spans, key=lambda span: span[0] or "", reverse=True):
        if end != edge or found != penalty.render("ko"):
            continue
        began, edge = begin, begin
    return began


#: A heavier sentence asked for a circumstance ("선생님이면 더 세게 처벌받나요?", "is it punished more harshly if …"):
#: the rule that makes it heavier answers, not the act's own penalty.
_HEAVIER = re.compile(r"더\s*(?:세게|쎄게|무겁게|심하게|엄하게|크게)|가중|\b(?:heavier|harsher|stiffer)\b|"
                      r"\bmore\s+(?:severe(?:ly)?|heavily|harshly|serious(?:ly)?)\b", re.I)


#: The penalty asked of a party that did not do the act told (an employer, a school, a platform): "what criminal penalty
#: does the company side face?", "회사는 어떤 처벌을 받아요?"
_OTHER_PARTY_PUNISHED = re.compile(
    r"\b(?:compan(?:y|ies)|employers?|boss|firm|school|platforms?|service\s+providers?)(?:\s+side)?(?:'s)?\s+(?:\w+\s+){0,2}?"
    r"(?:face|faces|get|gets|be\s+(?:punished|fined|liable))\b|"
    r"\b(?:punish|fine|penali[sz]e)\w*\s+(?:the\s+)?(?:compan(?:y|ies)|employers?|boss|firm|school|platforms?)\b|"
    # "are AI companies punished if their app is used", "can the developers be held liable"
    r"\b(?:compan(?:y|ies)|firms?|developers?|makers?|platforms?)\s+(?:\w+\s+)?(?:punished|fined|liable|held\s+(?:liable|responsible))\b|"
    r"(?:회사|사업주|고용주|사장|학교\s*측|플랫폼|사업자)(?:는|도|가|측은|측도|쪽은|에)\s*(?:\S+\s*){0,2}?(?:처벌|벌금|과태료|책임)", re.I)


def law_answers_elsewhere(ctx: AnswerContext, question: str, claims: list[Claim], route: Route,
                          understanding) -> bool:
    """Whether the law answers rather than the routed card: the question names the conduct and material
    of a penalty the element check found (unless the penalty is asked of another party: an employer who
    punished the one who reported it), or most of the words of the heading of an article the card
    does not rest on."""
    first = next((c for c in claims if c.kind == "penalty"), None)
    if first is None:
        return False
    if gap_cells(understanding) and "penalty" in understanding.intents and not understanding.minor_doer \
            and not understanding.intents_guessed and not _HEAVIER.search(question) \
            and not _OTHER_PARTY_PUNISHED.search(question):
        # the conduct, material and victim are named: the element-checked provisions answer (unless the one
        # who did it is young: then how the law deals with a young offender is the answer, not the sentence;
        # or no word asked of punishment: "does someone convicted of making deepfakes have to register?")
        return True
    record = first.unit.chunk.record
    if (record.source_id, record.article) in \
            {(law["law"], str(law["article"])) for law in ctx.card_law(route.card)}:
        return False
    heading = record.article_title
    idf = ctx.retriever.lexical.idf
    words = set(tokenize(heading))
    total = math.fsum(idf(t) for t in words)
    return bool(total) and math.fsum(idf(t) for t in words & set(tokenize(question))) / total >= 0.8


#: The kinds of answer a statute paragraph states itself: a length of time, a penalty, a sum.
_LAW_FIGURES = ("duration", "penalty", "amount")


#: The least share of the question's words (IDF-weighted) a paragraph must hold to give the figure asked for.
ASKED_FIGURE_COVERAGE = 0.1


def asked_figure_claims(ctx: AnswerContext, hits: list[Hit], question: str, understanding, as_of: str,
                        claims: list[Claim]) -> list[Claim]:
    """When an English question asks for a length of time, a penalty or a sum and none of the answer's lines
    states one (a card on the right subject without the figure asked for: "how long does the prosecutor have to
    ask a judge to approve the emergency measure?"), the paragraph of the statute hits that states one and covers
    most of the question's words. A Korean card may state it in words the patterns do not read ("반기마다"), and a
    Korean question's statutes compete with the cards for every place of its hits, so only English is helped."""
    wanted = [ANSWER_KINDS[kind] for kind in understanding.asks_for if kind in _LAW_FIGURES]
    if understanding.language != "en" or not wanted or any(kind.search(c.unit.text) or kind.search(c.text) for c in claims for kind in wanted):
        return []
    statutes = [h for h in hits if (chunk := ctx.index.get(h.chunk_id)) is not None
                and chunk.record.source_type == "statute"]
    query = ctx.retriever.lexical_query(question)
    # (a paragraph that shares next to none of the question's words states another figure: "is the 1366 line free?"
    # is not answered by a fine on institutions that skip a records check)
    units = [u for u in scored_units(ctx, statutes, query, understanding.language)
             if any(kind.search(u.text) for kind in wanted) and ctx.coverage(query, u.text) >= ASKED_FIGURE_COVERAGE]
    if not units:
        return []
    return [quote_claim(ctx, max(units, key=lambda u: u.score), understanding.language, as_of, False)]
