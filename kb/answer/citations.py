"""Citations: the numbered source of each line, with the dates its wording is in force and, for a card's
line, the law the card rests on as in force on the answer's date (its primary law), quoted exactly."""
from __future__ import annotations

import re

from kb.answer.context import AnswerContext
from kb.answer.records import Citation, Unit
from kb.answer.units import ARTICLE_NAMED, LIST_ITEM, is_sub_heading, locator, named_articles, named_paragraphs, \
    sentences
from kb.index.catalog import StatuteVersion, version_in_force
from kb.law.provisions import in_force
from kb.law.vocabulary import YOUTH, article_in_english, paragraph_key
from kb.search.retrieval import Filters
from kb.sources.documents import detect_language
from kb.sources.statutes import OPEN_END, covers

#: How many statute chunks the question's own search ranks to choose which of a card's articles a line
#: that names none rests on.
ASKED_SEARCH = 20


def citation(ctx: AnswerContext, n: int, unit: Unit, as_of: str) -> Citation:
    """Citation ``n`` of a unit: a statute's with the dates of the wording in force on ``as_of`` (and that
    version's address when it is no longer current), a card's with its primary law."""
    record = unit.chunk.record
    url, effective_from, effective_to = record.url, record.date or None, None
    if record.source_type == "statute":
        intervals = ctx.wording_intervals(unit)
        span = covers(intervals, as_of) or (intervals[-1] if intervals else None)
        if span:
            effective_from, effective_to = span[0], None if span[1] == OPEN_END else span[1]
        version = chunk_version_in_force(ctx, unit.chunk.chunk_id, effective_from or as_of)
        if version and effective_to is not None:
            url = version.version_url or url
    # a card line that cites a ministry's notice for what it says and names no article ("교권 침해 직통전화 1395 …
    # (교육부 … 발표, 2024-08-28)") rests on that notice, not on the article its list's lead line names
    own_report = bool(REPORT_CITED.search(unit.text)) and not ARTICLE_NAMED.search(unit.text)
    primary = primary_law(ctx, record.source_id, card_context(ctx, unit), as_of, opens_card(ctx, unit)) \
        if record.source_type == "card" and not own_report else []
    return Citation(n, unit.chunk.chunk_id, record.source_id, record.source_type, record.title,
                    locator(unit), unit.text, url, effective_from, effective_to, primary)


#: A list item that ends by citing articles, in brackets or parentheses: "… 5년 이하의 징역 …(청소년성보호법 제55조, 제65조).",
#: "… [Decree, Article 2-4(3)]". The citation covers every sentence of the item.
ITEM_CITED = re.compile(r"[(\[](?:[^()\[\]]|\(\w+\))*(?:Article|Art\.|제\s*\d+\s*조)(?:[^()\[\]]|\(\w+\))*[)\]]\s*[.。]?\s*$")


def card_context(ctx: AnswerContext, unit: Unit) -> str:
    """A card line with the words it depends on: part of a list item rests on the articles its item names
    ("… pass on what is said neutrally" on the item's "(Articles 38 and 50(2))"); a list item that names no article
    rests on the article its list's lead line names ("… under Article 11(5) of the Youth Sex Protection Act:"), a
    paragraph on the one its sub-heading names."""
    if ARTICLE_NAMED.search(unit.text):
        return unit.text
    lines, at = _card_line(ctx, unit)
    first = unit.text.split("\n", 1)[0]
    if at is None:
        return unit.text
    if LIST_ITEM.match(lines[at].text) and ARTICLE_NAMED.search(lines[at].text):
        item = lines[at].text
        if ITEM_CITED.search(item):
            return item  # a sentence or clause of a list item rests on the articles its item closes by citing
        # else on the article a sentence before it names: an article another sentence of the item is about ("On
        # the same day the threats article (Article 14-3) was widened") is not what "the purpose requirement is
        # deleted" rests on; with none before it, the list's lead line says which article its items are about
        with_lead = _with_lead_sentence(item, first, unit.text)
        if with_lead != unit.text:
            return with_lead
    if LIST_ITEM.match(lines[at].text):
        while at > 0 and LIST_ITEM.match(lines[at].text):
            at -= 1
    elif at > 0 and is_sub_heading(lines[at - 1].text):
        at -= 1  # a paragraph under a sub-heading that names the article ("어기면 (제50조제2항)")
    else:
        return _with_lead_sentence(lines[at].text, first, unit.text)
    lead = lines[at].text
    return f"{lead} {unit.text}" if not LIST_ITEM.match(lead) else unit.text


def opens_card(ctx: AnswerContext, unit: Unit) -> bool:
    """Whether a card line is the card's direct answer: the first line of its language's section."""
    lines, at = _card_line(ctx, unit)
    return at is not None and (at == 0 or detect_language(lines[at - 1].text) != detect_language(lines[at].text))


def _card_line(ctx: AnswerContext, unit: Unit) -> tuple[list[Unit], int | None]:
    """A card's lines, and which of them holds the unit (its first line: a run of short list items spans several)."""
    lines = ctx.card_lines(unit.chunk.record.source_id)
    first = unit.text.split("\n", 1)[0]
    return lines, next((i for i, line in enumerate(lines) if first in line.text), None)


def _with_lead_sentence(paragraph: str, first: str, text: str) -> str:
    """A sentence of a paragraph with the last sentence before it that names an article: "Since 16 October
    2024 the penalty is … at least 3 years." rests on the "Article 14-2(3) …" its paragraph opened with."""
    before = paragraph[:paragraph.find(first)] if first in paragraph else ""
    lead = next((s for _, s in reversed(sentences(before.strip())) if ARTICLE_NAMED.search(s)), "")
    return f"{lead.strip()} {text}" if lead else text


#: A card line's own citation of a report or a notice, in parentheses: "(교육부 학교 딥페이크 대응 TF 계획 발표, 2024-08-28)",
#: "(여성가족부·한국여성인권진흥원 보도자료, 2025년 4월)", "(Ministry of Education, school deepfake task force plan, …)".
REPORT_CITED = re.compile(r"\((?=[^()]*(?:교육부|여성가족부|성평등가족부|경찰청|여성인권진흥원|보도|발표|안내|조사|설문|"
                          r"\bMinistry\b|\bAgency\b|press\s+release|\bsurvey|\breport\b|announcement|\bnotice\b|Institute))"
                          # ... dated, or named by its guidance entry ("B2"): not a plain aside ("(조사·재판 동행)")
                          r"(?=[^()]*(?:(?:19|20)\d\d|\b[A-C]\d{1,2}\b))[^()]*\)", re.I)


def primary_law(ctx: AnswerContext, card: str, text: str, as_of: str, opening: bool = False) -> list[dict]:
    """The provisions in force on ``as_of`` that a card line rests on: the articles the line names, or else
    the card's source the question points at (`asked_source`); the card's direct answer (``opening``) rests on
    its first source, the law it is about. A line of a card that rests first on reports (a survey's figures) rests on
    no law unless it names one. Each is quoted exactly from its stored chunk."""
    laws = ctx.card_law(card)
    named = named_articles(text)
    # a law the line names by its short name ("청소년성보호법 제9조") narrows which law's article it is
    named_laws = {s["law"] for s in laws if (entry := ctx.laws.law(s["law"]))
                  and any(name in text for name in entry.short_names)}
    if not named and ctx.card_reports_first(card):
        return []  # a figure from a survey or the news rests on its report, not on a law the card names later
    chosen = [s for s in laws if str(s["article"]) in named and (not named_laws or s["law"] in named_laws)] \
        or [s for s in laws if str(s["article"]) in named] \
        or (laws[:1] if opening else asked_source(ctx, card, laws, as_of))
    # "Article 17(9)": of the card's 제17조 sources, paragraph 9 first; the articles stay in the card's order (a line on the
    # officer of 제44조의9 that adds the fine of 제76조③ and who imposes it, 제76조⑤, rests first on 제44조의9)
    paragraphs = named_paragraphs(text)
    articles = list(dict.fromkeys(str(s["article"]) for s in chosen))
    chosen = sorted(chosen, key=lambda s: (articles.index(str(s["article"])),
                                           (str(s["article"]), s.get("paragraph")) not in paragraphs))
    # a whole-article source read at the paragraph the line names ("… (Article 14(2))" of a card resting on 제14조)
    chosen = [dict(s, named_paragraph=next(n for a, n in sorted(paragraphs) if a == str(s["article"])))
              if not s.get("paragraph") and any(a == str(s["article"]) for a, _ in paragraphs) else s for s in chosen]
    # a line about an older wording ("version of 2020-06-02") rests on that version, as the card says
    as_of = next((d for d in re.findall(r"\d{4}-\d{2}-\d{2}", text)
                  if any(str(s.get("version")) == d for s in chosen)), as_of)
    key = (as_of, tuple((s["law"], str(s["article"]), s.get("paragraph"), s.get("named_paragraph")) for s in chosen))
    cache = ctx.kept("primary")  # this thread's answer
    if key not in cache:  # the lines of one card mostly rest on the same provisions
        cache[key] = _resolve_primary(ctx, chosen, as_of)
    return [dict(law) for law in cache[key]]


def asked_source(ctx: AnswerContext, card: str, laws: list[dict], as_of: str) -> list[dict]:
    """For a card line that names no article: of the card's statute sources, the one the question's
    own statute search ranks first (a card on appeals rests on several articles; the one on deadlines
    answers "how long"), else the card's first source."""
    if len(laws) < 2:
        return laws[:1]
    asked = ctx.kept("asked")  # this thread's answer
    if as_of not in asked:
        question = getattr(ctx.answering, "question", "")
        hits = ctx.retriever.search(question, ASKED_SEARCH, Filters(as_of=as_of, source_types=("statute",))) \
            if question else []
        chunks = [c for c in (ctx.index.get(h.chunk_id) for h in hits) if c is not None]
        asked[as_of] = [(c.record.source_id, c.record.article) for c in chunks]
    ranks = {key: rank for rank, key in reversed(list(enumerate(asked[as_of])))}
    # a question that names no child rests on the youth law's article only when the card rests on nothing else (the
    # threat card's "벌금형은 없습니다" is of 제14조의3, asked of an adult, not of the youth law's 제11조의2)
    laws = [s for s in laws if s["law"] != YOUTH or _child_named(ctx)] or laws
    best = min(laws, key=lambda s: ranks.get((s["law"], str(s["article"])), len(ranks)))
    return [best]


def _child_named(ctx: AnswerContext) -> bool:
    """Whether the question being answered names a child or a teenager, as shown or as the one who did it."""
    found = getattr(ctx.answering, "understanding", None)
    return found is not None and (found.minor_victim or found.minor_doer or "csam" in found.materials)


def _resolve_primary(ctx: AnswerContext, chosen: list[dict], as_of: str) -> list[dict]:
    """The card sources ``chosen`` as the provisions in force on ``as_of``, quoted exactly (at most two)."""
    primary: list[dict] = []
    seen: set[tuple] = set()
    for source in chosen:
        key = (source["law"], str(source["article"]), source.get("paragraph"))
        if key in seen:
            continue
        seen.add(key)
        provisions = in_force(ctx.index, source["law"], str(source["article"]), as_of)
        if source.get("paragraph"):
            provisions = [p for p in provisions if p.label.endswith(paragraph_key(source['paragraph']))]
        elif source.get("named_paragraph"):  # the paragraph the line names first, when the article in force has it
            provisions = [p for p in provisions if p.label.endswith(paragraph_key(source["named_paragraph"]))] \
                or provisions
        provisions = [p for p in provisions if p.text.strip()]
        if not provisions:
            continue
        provision = provisions[0]
        unit = Unit(0, provision.chunk, provision.start, provision.text)
        stored = ctx.index.get(provision.chunk.chunk_id)
        if stored is None or stored.text[provision.start:provision.start + len(provision.text)] != provision.text:
            continue
        cited = citation(ctx, 0, unit, as_of)
        primary.append({"chunk_id": cited.chunk_id, "source_id": cited.source_id, "title": cited.title,
                        "locator": cited.locator, "quote": cited.quote, "url": cited.url,
                        "effective_from": cited.effective_from, "effective_to": cited.effective_to})
        if len(primary) == 2:
            break
    return primary


def chunk_version_in_force(ctx: AnswerContext, chunk_id: str, as_of: str) -> StatuteVersion | None:
    return version_in_force(ctx.index.chunk_versions(chunk_id), as_of)


def where(ctx: AnswerContext, cited: Citation, language: str) -> str:
    """Where a line comes from, as a reader cites it: the law and article (for a card line, the law the
    card rests on), or the source's title."""
    if cited.source_type == "card":
        if not cited.primary:
            return ""
        law = ctx.laws.law(cited.primary[0]["source_id"])
        name = law.short_names[0] if law and law.short_names else cited.primary[0]["title"]
        at = cited.primary[0]["locator"]
        return f"{name} {at if language == 'ko' else article_in_english(at)}"
    return f"{_short(cited.title)} {cited.locator}".strip()


def states(ctx: AnswerContext, text: str, cited: Citation, language: str) -> bool:
    """Whether a card's line already names the law and article it rests on ("성폭력처벌법 제14조의2 제4항은 …"), so
    that the answer does not cite them twice."""
    if cited.source_type != "card" or not cited.primary:
        return False
    law = ctx.laws.law(cited.primary[0]["source_id"])
    names = ((law.title, law.name, law.english, *law.short_names, *law.english_aliases) if law
             else (cited.primary[0]["title"],))
    at = cited.primary[0]["locator"]
    return (at if language == "ko" else article_in_english(at)) in text and any(n and n.lower() in text.lower()
                                                                                 for n in names)


#: A source's title in an answer's line is cut to this many characters: a news report without a headline is
#: titled by its first sentence (up to 150 characters), and the citation carries the whole title anyway.
TITLE_CHARS = 60


def _short(title: str) -> str:
    """A title as a line cites it: whole when short, else cut at the last word that fits, with "…"."""
    if len(title) <= TITLE_CHARS:
        return title
    cut = title[:TITLE_CHARS].rsplit(" ", 1)[0] if " " in title[:TITLE_CHARS] else title[:TITLE_CHARS]
    return cut.rstrip(" ,.;:–-") + "…"
