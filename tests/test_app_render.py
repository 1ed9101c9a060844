"""What the web app puts on the page: document and user text can never become markup."""
import re
from html.parser import HTMLParser

from app import render
from app.texts import ROLES, TEXT
from kb.answer.records import Answer, Citation
from kb.index.catalog import ChunkRecord, StatuteVersion, StoredChunk
from kb.law.gaps import Cell, Entry
from kb.law.vocabulary import MATERIALS, MATRIX_ROWS, VICTIMS
from kb.law.history import Wording

INJECTION = '<img src=x onerror="alert(1)"><script>alert(2)</script>[link](javascript:alert(3)) **bold** $x$'


def _chunk(text: str, chunk_id: str = "c1") -> StoredChunk:
    return StoredChunk(chunk_id, text, ChunkRecord(language="ko", title="법", locator="제1조"), [("2024-10-16", "9999-12-31")])


def _answer(text: str, quote: str, url: str = "https://www.law.go.kr/법령/x") -> Answer:
    citation = Citation(1, "c1", "law/법률", "statute", "성폭력범죄의 처벌 등에 관한 특례법", "제14조의2 제4항", quote, url,
                        "2024-10-16", None)
    return Answer("q-1", "질문", "ko", "aide", "2026-11-21", text, [citation])


def _no_markup(rendered: str) -> None:
    """No tag, handler or link came from the text (in Markdown, "[link](…)" must arrive escaped)."""
    assert "<img" not in rendered and "<script" not in rendered and 'href="javascript' not in rendered
    assert "](javascript" not in rendered


def test_markdown_escaping_keeps_text_literal():
    out = render.escape_markdown(INJECTION)
    _no_markup(out)
    assert "&lt;img" in out and "\\*\\*bold\\*\\*" in out and "\\$x\\$" in out and "\\[link\\]" in out


def test_apostrophes_and_quotes_stay_readable():
    out = render.escape_markdown("up to 7 years' imprisonment, \"deepfake\" & more")
    assert "years' imprisonment" in out and '"deepfake"' in out and "&amp;" in out and "&#" not in out


def test_answer_links_known_citations_only_and_keeps_bullets():
    answer = _answer(f"- 처벌 조항입니다 {INJECTION} [1]\n- 모르는 번호 [7]\n1. 첫 단계 [1]", "④ 조문")
    out = render.answer_markdown(answer, turn=3, lang="ko")
    lines = out.split("\n")
    assert lines[0].startswith("- ") and lines[2].startswith("1. ")
    assert out.count('href="#src-3-1"') == 2
    assert "#src-3-7" not in out and "\\[7\\]" in out
    _no_markup(out)


def test_source_entry_highlights_the_exact_span_and_escapes_the_document():
    text = f"제14조의2 ① 앞 문장. {INJECTION} ④ 소지ㆍ시청한 자는 3년 이하의 징역 <신설 2024.10.16>"
    quote = "④ 소지ㆍ시청한 자는 3년 이하의 징역 <신설 2024.10.16>"
    out = render.sources_html(_answer("x [1]", quote), {"c1": _chunk(text)}, turn=2, lang="ko", question="<b>q</b>")
    assert 'id="src-2-1"' in out
    marked = re.search(r"<mark>(.*?)</mark>", out).group(1)
    assert marked == "④ 소지ㆍ시청한 자는 3년 이하의 징역 &lt;신설 2024.10.16&gt;"
    assert "<img" not in out and "<script" not in out and 'href="javascript' not in out
    assert "&lt;b&gt;q&lt;/b&gt;" in out
    assert 'href="https://www.law.go.kr/법령/x"' in out and 'rel="noopener noreferrer"' in out
    assert "시행 2024-10-16 ~ 현재" in out


def test_source_entry_drops_a_non_http_link():
    out = render.sources_html(_answer("x [1]", "조문", url="javascript:alert(1)"), {"c1": _chunk("조문")}, 1, "en", "q")
    assert "javascript" not in out and "<mark>조문</mark>" in out


def test_help_box_lists_every_service_in_both_languages():
    for lang, heading in (("ko", "지금 도움이 필요하면"), ("en", "If you need help now")):
        out = render.help_html(lang)
        assert heading in out
        for tel in ("tel:1366", "tel:027358994", "tel:112", "tel:117"):
            assert f'href="{tel}"' in out
        assert 'href="https://d4u.stop.or.kr"' in out
        assert TEXT[lang]["not_advice"] in out


def test_gap_matrix_marks_gaps_and_escapes_entries():
    cells = [Cell(c, m, v) for c in MATRIX_ROWS for m in MATERIALS for v in VICTIMS]
    cells[0].entries.append(Entry("성폭력처벌법", "제14조의2 제1항", "7년 <script>", "up to 7 years", "2024-10-16", "q"))
    out = render.gaps_html(cells, "2026-11-21", "en")
    assert out.count("<strong>GAP</strong>") == len(cells) - 1
    assert "7 years" in out and "<script" not in out and "<caption>" in out and 'scope="row"' in out


def test_history_shows_word_changes_as_ins_and_del():
    wordings = [Wording("① 5년 <개정>", [("2020-06-25", "2024-10-16")], ["법률 제17264호"]),
                Wording("① 7년", [("2024-10-16", None)], ["법률 제20459호"], diff="…① [-5년-] {+7년+}",
                        penalty_changes=["① 5년 → 7년"])]
    out = render.history_html("성폭력처벌법", "제14조의2", wordings, "ko")
    assert "<del>5년</del>" in out and "<ins>7년</ins>" in out and "&lt;개정&gt;" in out
    assert "시행 2024-10-16 ~ 현재" in out


def test_every_role_has_three_examples_per_language():
    assert {r.persona for r in ROLES} == {"victim", "staff", "aide"}
    for role in ROLES:
        assert set(role.label) == {"ko", "en"}
        assert all(len(role.examples[lang]) == 3 for lang in ("ko", "en"))


# ---- a hostile string in every place a page shows text ------------------------------------------------

HOSTILE = "<script>alert('x')</script> \"q\" & <b>"


class _Page(HTMLParser):
    """A rendered page as what a browser would build: its tags (with attributes) and its text."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], ""
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text += data


def _shows_literally(page: str, times: int) -> None:
    """The hostile string arrives as text ``times`` times and never as markup."""
    parsed = _Page(page)
    assert parsed.text.count(HOSTILE) == times, page
    assert not {"script", "b"} & {tag for tag, _ in parsed.tags}, page
    assert not any("javascript" in (value or "") for _, attrs in parsed.tags for value in attrs.values())


def test_a_hostile_question_quote_and_title_are_text_in_the_sources_panel():
    law = {"chunk_id": "c2", "title": HOSTILE, "locator": HOSTILE, "quote": HOSTILE, "url": "javascript:alert(1)",
           "effective_from": "2024-10-16", "effective_to": None}
    statute = Citation(1, "c1", "law/법률", "statute", HOSTILE, HOSTILE, HOSTILE, "javascript:alert(1)", "2024-10-16", None)
    card = Citation(2, "c3", "card-x", "card", HOSTILE, HOSTILE, HOSTILE, "https://example.org/", None, None, [law])
    answer = Answer("q-1", HOSTILE, "ko", "aide", "2026-11-21", HOSTILE, [statute, card])
    chunks = {"c1": _chunk(f"앞 {HOSTILE} 뒤", "c1"), "c2": _chunk(f"{HOSTILE} 조문", "c2")}
    out = render.sources_html(answer, chunks, 1, "ko", HOSTILE)
    # the question; the statute's title, locator and quote; the law's title, locator and quote; the card's title
    # and its quote (no stored chunk: the quote alone)
    _shows_literally(out, 9)
    assert len(re.findall(r"<mark>", out)) == 3


def test_a_hostile_string_is_text_in_every_other_panel():
    version = StatuteVersion("v", "law", HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE, "javascript:alert(1)", "", "")
    _shows_literally(render.article_html(HOSTILE, HOSTILE, HOSTILE, f"{HOSTILE} {HOSTILE}", version, "en", HOSTILE), 9)
    chunk = StoredChunk("c1", HOSTILE, ChunkRecord(title=HOSTILE, locator=HOSTILE), [("2024-10-16", "9999-12-31")])
    _shows_literally(render.search_results_html([chunk], "ko"), 3)
    wording = Wording(HOSTILE, [("2020-06-25", None)], [HOSTILE], {"①": {"ko": HOSTILE, "en": HOSTILE}},
                      diff=f"[-{HOSTILE}-] {{+{HOSTILE}+}} {HOSTILE}", penalty_changes=[HOSTILE])
    _shows_literally(render.history_html(HOSTILE, HOSTILE, [wording], "en"), 9)
    cells = [Cell(c, m, v) for c in MATRIX_ROWS for m in MATERIALS for v in VICTIMS]
    cells[0].entries.append(Entry(HOSTILE, HOSTILE, HOSTILE, HOSTILE, "2024-10-16", HOSTILE, condition=HOSTILE))
    _shows_literally(render.gaps_html(cells, "2026-11-21", "en"), 4)
    _shows_literally(render.message_html(HOSTILE), 1)


def test_the_law_dropdowns_and_a_card_lines_law_have_their_own_words():
    """Two texts once shared the key "law", so the law dropdowns were labelled with the card panel's long phrase."""
    for lang, label in (("ko", "법령"), ("en", "Law")):
        assert TEXT[lang]["law"] == label
        assert TEXT[lang]["card_law"] not in (label, "")
    law = {"chunk_id": "c2", "title": "법", "locator": "제1조", "quote": "조문", "url": "", "effective_from": None,
           "effective_to": None}
    card = Citation(1, "c1", "card-x", "card", "카드", "", "안내", "", None, None, [law])
    out = render.sources_html(Answer("q-1", "질문", "ko", "aide", "2026-11-21", "x [1]", [card]), {}, 1, "ko", "질문")
    assert TEXT["ko"]["card_law"] in out
