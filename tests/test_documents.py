"""Specification of the prose loaders in kb.sources.documents (text, Markdown, HTML, PDF)."""
from __future__ import annotations

import hashlib
import io
import json
import time
from pathlib import Path

import pytest

from kb.errors import BadSource
from kb.sources.documents import BOILERPLATE_RULES, Document, Page, is_sidecar, load_document, parse_date

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SHARED_NEWS = SHARED_CORPUS / "news"

KO_PARAGRAPH = "디지털 성범죄 피해자는 상담 기관에서 삭제 지원과 법률 상담을 받을 수 있습니다."
EN_PARAGRAPH = "Victims of digital sex crimes can ask a support centre for help with removing images."


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def texts(doc: Document) -> list[str]:
    return [page.text for page in doc.pages]


# --- a real, minimal PDF written by hand (Helvetica text, correct xref offsets) ---------------


def pdf_bytes(page_texts: list[str], title: str | None = None) -> bytes:
    def escape(value: str) -> str:
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids, number = [], 4
    for text in page_texts:
        shown = " ".join(f"({escape(line)}) Tj T*" for line in text.split("\n") if line)
        stream = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET".encode("latin-1") if shown else b""
        objects[number] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                           b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (number + 1))
        objects[number + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        kids.append(number)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join(f"{kid} 0 R" for kid in kids).encode(), len(kids))
    info = None
    if title is not None:
        objects[number] = b"<< /Title (%s) >>" % escape(title).encode("latin-1")
        info, number = number, number + 1

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for obj in range(1, number):
        offsets[obj] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (obj, objects[obj])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % number
    out += b"".join(b"%010d 00000 n \n" % offsets[obj] for obj in range(1, number))
    trailer = b"<< /Size %d /Root 1 0 R%s >>" % (number, b" /Info %d 0 R" % info if info else b"")
    out += b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def encrypted(pdf: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- decoding ---------------------------------------------------------------------------------


def test_utf8_text_is_decoded(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", KO_PARAGRAPH))
    assert texts(doc) == [KO_PARAGRAPH]
    assert doc.metadata["encoding"] == "utf-8"


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + EN_PARAGRAPH.encode()))
    assert texts(doc) == [EN_PARAGRAPH]


def test_cp949_text_is_decoded(tmp_path):
    doc = load_document(write(tmp_path, "legacy.txt", KO_PARAGRAPH.encode("cp949")))
    assert texts(doc) == [KO_PARAGRAPH]
    assert doc.metadata["encoding"] == "cp949"
    assert doc.language == "ko"


def test_euc_kr_text_is_read_as_cp949_which_contains_it(tmp_path):
    """No separate EUC-KR fallback is needed: every byte sequence EUC-KR decodes, CP949 decodes too."""
    doc = load_document(write(tmp_path, "older.txt", KO_PARAGRAPH.encode("euc-kr")))
    assert texts(doc) == [KO_PARAGRAPH]
    assert doc.metadata["encoding"] == "cp949"
    for lead in range(0x80, 0x100):
        for trail in range(0x100):
            unit = bytes([lead, trail])
            try:
                expected = unit.decode("euc-kr")
            except UnicodeDecodeError:
                continue
            assert unit.decode("cp949") == expected


def test_bytes_that_are_neither_utf8_nor_cp949_are_not_text(tmp_path):
    with pytest.raises(BadSource, match=r"^not text: "):
        load_document(write(tmp_path, "odd.txt", b"abc \xff\xfe\xff\xfe\xff def"))


def test_decomposed_hangul_is_normalised(tmp_path):
    import unicodedata

    doc = load_document(write(tmp_path, "nfd.txt", unicodedata.normalize("NFD", KO_PARAGRAPH)))
    assert texts(doc) == [KO_PARAGRAPH]


def test_binary_junk_is_rejected_with_reason(tmp_path):
    with pytest.raises(BadSource, match=r"binary data, not text \(contains NUL bytes\)"):
        load_document(write(tmp_path, "junk.txt", b"text\x00\x01\x02\x00more"))


def test_control_character_junk_is_rejected_with_reason(tmp_path):
    junk = ("ab\x01\x02\x03\x04\x05" * 200).encode()
    with pytest.raises(BadSource, match=r"binary data, not text \(\d+% control characters\)"):
        load_document(write(tmp_path, "junk.txt", junk))


def test_empty_file_is_rejected(tmp_path):
    with pytest.raises(BadSource, match=r"^empty file$"):
        load_document(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file_is_rejected_as_empty(tmp_path):
    with pytest.raises(BadSource, match=r"^empty file$"):
        load_document(write(tmp_path, "blank.md", " \n\t\r\n  \n"))


def test_file_over_the_size_limit_is_rejected_naming_its_size(tmp_path):
    path = write(tmp_path, "big.txt", "x" * 3000)
    with pytest.raises(BadSource, match=r"^file too large: 2\.9 KB \(limit 2\.0 KB\)$"):
        load_document(path, max_bytes=2048)


def test_five_megabyte_text_loads(tmp_path):
    paragraph = "Paragraph {} describes where victims can report abuse and ask for removal support."
    body = "\n\n".join(paragraph.format(i) for i in range(65_000))
    path = write(tmp_path, "large.txt", body)
    assert path.stat().st_size >= 5 * 1024 * 1024
    started = time.perf_counter()
    doc = load_document(path)
    assert time.perf_counter() - started < 10
    assert len(doc.pages) == 65_000
    assert doc.pages[-1] == Page("para 65000", paragraph.format(64_999))


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(BadSource, match=r"^file not found$"):
        load_document(tmp_path / "nowhere.txt")


def test_unknown_extension_that_decodes_is_read_as_text(tmp_path):
    doc = load_document(write(tmp_path, "notes.log", EN_PARAGRAPH))
    assert texts(doc) == [EN_PARAGRAPH]
    assert doc.metadata["format"] == "text"


def test_unknown_extension_with_binary_content_is_unsupported(tmp_path):
    with pytest.raises(BadSource, match=r"^unsupported file type '\.hwp'$"):
        load_document(write(tmp_path, "form.hwp", b"\xd0\xcf\x11\xe0\x00\x00binary"))


def test_every_bad_source_message_is_one_short_line(tmp_path):
    bad = {
        "empty.txt": b"",
        "junk.txt": b"\x00\x01",
        "odd.txt": b"\xff\xfe\xfd abc \xff",
        "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog",
        "blank.pdf": pdf_bytes([""]),
        "locked.pdf": encrypted(pdf_bytes(["Hello"]), "secret"),
        "thing.bin": b"\x00\x00\x00",
        "chrome.txt": "Home\nSearch\nMenu\n",
    }
    for name, content in bad.items():
        with pytest.raises(BadSource) as caught:
            load_document(write(tmp_path, name, content))
        message = str(caught.value)
        assert "\n" not in message and 0 < len(message) <= 140, (name, message)


# --- boilerplate ------------------------------------------------------------------------------


def test_boilerplate_lines_are_stripped_but_sentences_kept(tmp_path):
    sentence_share = "Officials said they would share the findings with schools next week."
    sentence_comments = "The ministry invited comments on the draft guideline until the end of the month."
    sentence_print = "Victims may print the confirmation page and bring it to the police station."
    raw = "\n".join([
        "top of page", "Skip to content", "Menu", "Search", "Home", "Share", "Print", "Subscribe",
        "Commentaires", "Comments (3)", "Advertisement", "Accept all",
        sentence_share, sentence_comments, sentence_print,
        "Copyright © 2024 Example Media. All rights reserved.", "bottom of page",
    ])
    doc = load_document(write(tmp_path, "capture.txt", raw))
    assert texts(doc) == [sentence_share, sentence_comments, sentence_print]


def test_korean_boilerplate_lines_are_stripped(tmp_path):
    raw = "\n".join(["본문 바로가기", "메뉴 바로가기", "로그인", "공유하기", "인쇄", "댓글", "광고",
                     KO_PARAGRAPH, "무단전재 및 재배포 금지"])
    assert texts(load_document(write(tmp_path, "ko.txt", raw))) == [KO_PARAGRAPH]


def test_cookie_banner_is_stripped(tmp_path):
    raw = "\n".join(["We use cookies to improve your experience on our website. By continuing you agree.",
                     "Cookie settings", "이 사이트는 쿠키를 사용합니다.", EN_PARAGRAPH])
    assert texts(load_document(write(tmp_path, "c.txt", raw))) == [EN_PARAGRAPH]


def test_bulleted_or_bracketed_furniture_is_stripped(tmp_path):
    raw = "\n".join(["[공유하기]", "| Print |", "• Subscribe", "Loading...", EN_PARAGRAPH])
    assert texts(load_document(write(tmp_path, "b.txt", raw))) == [EN_PARAGRAPH]


def test_menu_bar_of_several_furniture_items_is_stripped(tmp_path):
    raw = "\n".join(["로그인 | 회원가입", "Share · Print · Subscribe", "Home News", EN_PARAGRAPH])
    assert texts(load_document(write(tmp_path, "m.txt", raw))) == ["Home News", EN_PARAGRAPH]


def test_short_lines_that_only_mention_a_furniture_word_are_kept(tmp_path):
    raw = "\n".join(["Share of victims under 20", "Search warrants issued", "Print media coverage",
                     "Home visits by counsellors", "댓글 조작 수사 착수"])
    assert texts(load_document(write(tmp_path, "k.txt", raw))) == raw.split("\n")


def test_removed_boilerplate_is_listed_in_metadata(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", "top of page\n" + EN_PARAGRAPH + "\nCommentaires\n"))
    assert doc.metadata["boilerplate_removed"] == [
        {"rule": "page edge", "text": "top of page"},
        {"rule": "comments", "text": "Commentaires"},
    ]
    assert doc.metadata["boilerplate_removed_count"] == 2


def test_repeated_headline_is_dropped(tmp_path):
    headline = "Schools report new cases of manipulated images"
    raw = "\n\n".join([headline, EN_PARAGRAPH, headline, "A second paragraph of the report."])
    doc = load_document(write(tmp_path, "h.txt", raw))
    assert texts(doc) == [headline, EN_PARAGRAPH, "A second paragraph of the report."]


def test_repeated_blank_lines_collapse(tmp_path):
    raw = "First paragraph here.\n\n\n\n\nSecond paragraph here.\n \n\t\n\nThird one."
    assert texts(load_document(write(tmp_path, "gaps.txt", raw))) == [
        "First paragraph here.", "Second paragraph here.", "Third one."]


def test_file_of_only_boilerplate_is_rejected(tmp_path):
    with pytest.raises(BadSource, match=r"^no text left after removing page boilerplate$"):
        load_document(write(tmp_path, "chrome.txt", "Home\n\nSearch\n\nMenu\n\nTop\n"))


def test_boilerplate_rules_are_a_named_table():
    names = [rule.name for rule in BOILERPLATE_RULES]
    assert len(names) == len(set(names))
    assert all(rule.pattern and rule.max_chars > 0 for rule in BOILERPLATE_RULES)


# --- paragraphs -------------------------------------------------------------------------------


def test_blank_lines_separate_paragraphs_and_wrapped_lines_stay_together(tmp_path):
    raw = "Line one of the first\nparagraph.\n\nSecond paragraph."
    assert texts(load_document(write(tmp_path, "p.txt", raw))) == [
        "Line one of the first\nparagraph.", "Second paragraph."]


def test_single_newlines_separate_paragraphs_when_text_has_no_blank_lines(tmp_path):
    raw = "First paragraph.\nSecond paragraph.\nThird paragraph.\n"
    assert texts(load_document(write(tmp_path, "p.txt", raw))) == [
        "First paragraph.", "Second paragraph.", "Third paragraph."]


def test_paragraph_locators_count_from_one(tmp_path):
    doc = load_document(write(tmp_path, "p.txt", "Alpha.\n\nBeta.\n\nGamma."))
    assert [page.locator for page in doc.pages] == ["para 1", "para 2", "para 3"]


def test_windows_line_endings_are_handled(tmp_path):
    doc = load_document(write(tmp_path, "crlf.txt", b"Alpha.\r\n\r\nBeta.\r\n"))
    assert texts(doc) == ["Alpha.", "Beta."]


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_front_matter_is_stripped_and_used(tmp_path):
    raw = "---\ntitle: Guide to reporting\ndate: 2025-04-17\ntype: guidance\n---\n\nBody text.\n"
    doc = load_document(write(tmp_path, "g.md", raw))
    assert texts(doc) == ["Body text."]
    assert (doc.title, doc.date, doc.source_type) == ("Guide to reporting", "2025-04-17", "guidance")


def test_markdown_headings_become_their_own_paragraphs_without_hashes(tmp_path):
    raw = "# Reporting\nWhere to go first.\n## Removal support\nAsk the centre."
    assert texts(load_document(write(tmp_path, "g.md", raw))) == [
        "Reporting", "Where to go first.", "Removal support", "Ask the centre."]


def test_markdown_title_is_the_first_heading(tmp_path):
    doc = load_document(write(tmp_path, "g.md", "Intro line.\n\n## Help lines\n\nCall 1366."))
    assert doc.title == "Help lines"


def test_markdown_links_and_emphasis_are_reduced_to_text(tmp_path):
    raw = "Call **1366** or see [the portal](https://example.org) for `details`."
    assert texts(load_document(write(tmp_path, "g.md", raw))) == ["Call 1366 or see the portal for details."]


def test_markdown_underlined_headings_are_headings(tmp_path):
    raw = "Main title\n==========\n\nIntro.\n\nSection\n-------\n\nBody."
    doc = load_document(write(tmp_path, "g.md", raw))
    assert (doc.title, texts(doc)) == ("Main title", ["Main title", "Intro.", "Section", "Body."])


def test_text_file_front_matter_is_read(tmp_path):
    raw = "---\nissuer: Example Ministry\nlang: ko\n---\n" + KO_PARAGRAPH
    doc = load_document(write(tmp_path, "t.txt", raw))
    assert (doc.issuer, doc.language, texts(doc)) == ("Example Ministry", "ko", [KO_PARAGRAPH])


def test_leading_rule_lines_that_are_not_yaml_mappings_are_kept_as_text(tmp_path):
    doc = load_document(write(tmp_path, "t.txt", "---\nA heading between rules\n---\nBody."))
    assert texts(doc) == ["A heading between rules", "Body."]


# --- HTML -------------------------------------------------------------------------------------


HTML_PAGE = """<!doctype html><html lang="ko"><head><title>Support centres open</title>
<style>p { color: red }</style><script>var tracking = 1;</script></head>
<body><header>Site header text</header><nav><a href="/">Home</a> <a>News</a></nav>
<main><h1>Support centres open</h1><p>First <b>paragraph</b> of the body.</p>
<ul><li>One item</li><li>Another item</li></ul><blockquote>A quoted remark.</blockquote>
<table><tr><td>Region</td><td>Centres</td></tr><tr><td>Seoul</td><td>1</td></tr></table>
<p>공유하기</p></main><aside>Related stories</aside><form>Search this site</form>
<footer>Footer text</footer><noscript>Enable scripts</noscript></body></html>"""


def test_html_non_content_elements_are_dropped(tmp_path):
    joined = load_document(write(tmp_path, "p.html", HTML_PAGE)).text
    for gone in ("tracking", "color", "Site header", "News", "Related stories", "Search this site",
                 "Footer text", "Enable scripts", "공유하기"):
        assert gone not in joined


def test_html_block_elements_become_paragraphs(tmp_path):
    assert texts(load_document(write(tmp_path, "p.html", HTML_PAGE))) == [
        "Support centres open", "First paragraph of the body.", "One item", "Another item",
        "A quoted remark.", "Region | Centres", "Seoul | 1"]


def test_html_title_comes_from_the_title_element(tmp_path):
    doc = load_document(write(tmp_path, "p.html", HTML_PAGE.replace("<title>Support centres open",
                                                                     "<title>Page title")))
    assert doc.title == "Page title"


def test_html_meta_tags_give_date_url_and_issuer(tmp_path):
    head = ('<meta property="article:published_time" content="2025-04-16T09:00:00+09:00">'
            '<meta property="og:url" content="https://example.org/a/1">'
            '<meta property="og:site_name" content="Example News">')
    doc = load_document(write(tmp_path, "p.html", HTML_PAGE.replace("</head>", head + "</head>")))
    assert (doc.date, doc.url, doc.issuer) == ("2025-04-16", "https://example.org/a/1", "Example News")


def test_legacy_encoded_korean_html_is_cleaned_and_dated(tmp_path):
    page = ("<html><head><title>대응 강화</title></head><body><div>로그인 | 회원가입</div><div>전체메뉴</div>"
            "<div><h2>대응 강화</h2><span>입력 2024.08.29 오후 3:12</span>"
            "<div>지원을 확대한다고 밝혔다.<br><br>현황을 점검한다.</div><div>공유하기</div>"
            "<p>ⓒ 예시신문 무단전재 및 재배포 금지</p></div></body></html>")
    doc = load_document(write(tmp_path, "k.html", page.encode("cp949")))
    assert texts(doc) == ["대응 강화", "지원을 확대한다고 밝혔다.\n현황을 점검한다."]
    assert (doc.date, doc.language, doc.issuer) == ("2024-08-29", "ko", "예시신문")


def test_html_article_header_keeps_its_headline(tmp_path):
    raw = "<html><body><article><header><h1>Headline</h1></header><p>Body.</p></article></body></html>"
    assert texts(load_document(write(tmp_path, "a.htm", raw))) == ["Headline", "Body."]


# --- PDF --------------------------------------------------------------------------------------


def test_pdf_pages_are_located_by_page_number(tmp_path):
    doc = load_document(write(tmp_path, "r.pdf", pdf_bytes(["First page text", "Second page text"])))
    assert [(page.locator, page.text) for page in doc.pages] == [
        ("p. 1", "First page text"), ("p. 2", "Second page text")]
    assert doc.metadata["format"] == "pdf"


def test_pdf_page_without_text_keeps_the_numbering_of_the_others(tmp_path):
    doc = load_document(write(tmp_path, "r.pdf", pdf_bytes(["Cover", "", "Third page"])))
    assert [page.locator for page in doc.pages] == ["p. 1", "p. 3"]


def test_pdf_title_comes_from_pdf_metadata(tmp_path):
    doc = load_document(write(tmp_path, "r.pdf", pdf_bytes(["Body text"], title="Annual report")))
    assert doc.title == "Annual report"


def test_pdf_title_falls_back_to_first_line(tmp_path):
    doc = load_document(write(tmp_path, "r.pdf", pdf_bytes(["Report heading\nBody text"])))
    assert doc.title == "Report heading"


def test_encrypted_pdf_is_rejected(tmp_path):
    path = write(tmp_path, "locked.pdf", encrypted(pdf_bytes(["Secret text"]), "secret"))
    with pytest.raises(BadSource, match=r"^encrypted PDF"):
        load_document(path)


def test_pdf_encrypted_with_an_empty_password_opens(tmp_path):
    doc = load_document(write(tmp_path, "open.pdf", encrypted(pdf_bytes(["Readable text"]), "")))
    assert texts(doc) == ["Readable text"]


def test_corrupt_pdf_is_reported_not_fatal(tmp_path, capfd):
    with pytest.raises(BadSource, match=r"^corrupt PDF (\(truncated: no end-of-file marker\))?: "):
        load_document(write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog"))
    assert capfd.readouterr() == ("", "")


def test_pdf_without_extractable_text_is_reported_as_scanned(tmp_path):
    with pytest.raises(BadSource, match=r"^no text layer \(a scanned or image-only PDF"):
        load_document(write(tmp_path, "scan.pdf", pdf_bytes(["", ""])))


def test_pdf_with_unknown_extension_is_recognised_by_its_header(tmp_path):
    doc = load_document(write(tmp_path, "download.bin", pdf_bytes(["Body text"])))
    assert doc.pages == [Page("p. 1", "Body text")]


# --- identity and metadata --------------------------------------------------------------------


def test_content_hash_is_the_sha256_of_the_raw_bytes(tmp_path):
    raw = KO_PARAGRAPH.encode("cp949")
    doc = load_document(write(tmp_path, "a.txt", raw))
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()


def test_source_id_derives_from_content_and_not_from_location(tmp_path):
    first = load_document(write(tmp_path, "a.txt", EN_PARAGRAPH))
    (tmp_path / "elsewhere").mkdir()
    second = load_document(write(tmp_path / "elsewhere", "b.txt", EN_PARAGRAPH))
    assert first.source_id == second.source_id == "doc-" + first.content_hash[:16]


def test_source_id_can_be_given_by_metadata(tmp_path):
    doc = load_document(write(tmp_path, "a.md", "---\nid: moe-guide-2024\n---\nBody."))
    assert doc.source_id == "moe-guide-2024"


def test_default_source_type_is_document(tmp_path):
    assert load_document(write(tmp_path, "a.txt", EN_PARAGRAPH)).source_type == "document"


def test_unknown_source_type_falls_back_to_document_with_warning(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", EN_PARAGRAPH), {"type": "newz"})
    assert doc.source_type == "document"
    assert any("newz" in warning for warning in doc.metadata["warnings"])


def test_sidecar_metadata_overrides_front_matter(tmp_path):
    path = write(tmp_path, "a.md", "---\ntitle: From front matter\nissuer: Front\n---\nBody.")
    write(tmp_path, "a.md.meta.json", json.dumps({"title": "From sidecar", "type": "card"}))
    doc = load_document(path)
    assert (doc.title, doc.issuer, doc.source_type) == ("From sidecar", "Front", "card")
    assert doc.metadata["sidecar"] == "a.md.meta.json"


def test_yaml_sidecar_next_to_the_file_is_read(tmp_path):
    path = write(tmp_path, "a.txt", EN_PARAGRAPH)
    write(tmp_path, "a.txt.meta.yaml", "url: https://example.org/x\ndate: 2024-08-29\n")
    doc = load_document(path)
    assert (doc.url, doc.date) == ("https://example.org/x", "2024-08-29")


def test_overrides_win_over_sidecar(tmp_path):
    path = write(tmp_path, "a.txt", EN_PARAGRAPH)
    write(tmp_path, "a.txt.meta.json", json.dumps({"title": "Sidecar", "lang": "en"}))
    doc = load_document(path, {"title": "Override", "lang": "ko", "date": "2024.8.28", "url": None})
    assert (doc.title, doc.language, doc.date, doc.url) == ("Override", "ko", "2024-08-28", "")


def test_invalid_sidecar_is_rejected_naming_it(tmp_path):
    path = write(tmp_path, "a.txt", EN_PARAGRAPH)
    write(tmp_path, "a.txt.meta.json", "{not json")
    with pytest.raises(BadSource, match=r"^sidecar a\.txt\.meta\.json: not valid JSON \(line 1\)$"):
        load_document(path)


def test_sidecar_files_are_recognised():
    assert is_sidecar(Path("x/a.txt.meta.json")) and is_sidecar(Path("a.meta.yaml"))
    assert not is_sidecar(Path("a.json"))


def test_other_metadata_is_kept_and_json_serialisable(tmp_path):
    raw = "---\ntopics: [reporting, removal]\npersonas:\n  - student\nreviewed: 2025-01-02\n---\nBody."
    doc = load_document(write(tmp_path, "a.md", raw))
    assert doc.metadata["topics"] == ["reporting", "removal"]
    assert doc.metadata["personas"] == ["student"]
    assert doc.metadata["reviewed"] == "2025-01-02"
    json.dumps(doc.to_dict())


def test_unparseable_date_is_left_empty_with_a_warning(tmp_path):
    doc = load_document(write(tmp_path, "a-2024-08-29-x.md", "---\ndate: sometime in spring\n---\nBody."))
    assert doc.date == ""
    assert any("sometime in spring" in warning for warning in doc.metadata["warnings"])


@pytest.mark.parametrize("raw, expected", [
    ("2024-08-29", "2024-08-29"), ("2024.8.29", "2024-08-29"), ("2024/08/29", "2024-08-29"),
    ("2024년 8월 29일", "2024-08-29"), ("2024. 8. 29.", "2024-08-29"), ("August 28, 2024", "2024-08-28"),
    ("Aug 28, 2024", "2024-08-28"), ("28 August 2024", "2024-08-28"),
    ("2024-08-29T10:00:00+09:00", "2024-08-29"), ("2024-02-30", None), ("spring 2024", None),
])
def test_dates_are_normalised_to_iso(raw, expected):
    assert parse_date(raw) == expected


def test_date_is_inferred_from_a_leading_date_line_which_is_removed(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", "August 28, 2024\nFirst paragraph.\nSecond."))
    assert doc.date == "2024-08-28"
    assert texts(doc) == ["First paragraph.", "Second."]


def test_date_is_inferred_from_the_file_name(tmp_path):
    doc = load_document(write(tmp_path, "paper-2024-08-29-survey.txt", EN_PARAGRAPH))
    assert doc.date == "2024-08-29"
    assert "date" in doc.metadata["inferred"]


def test_partial_date_in_file_name_gives_no_date(tmp_path):
    assert load_document(write(tmp_path, "blog-2024-09-topic.txt", EN_PARAGRAPH)).date == ""


def test_language_is_detected_from_hangul_ratio(tmp_path):
    assert load_document(write(tmp_path, "ko.txt", KO_PARAGRAPH + " (deepfake)")).language == "ko"
    assert load_document(write(tmp_path, "en.txt", EN_PARAGRAPH + " 딥페이크")).language == "en"


def test_title_is_inferred_from_the_first_line(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", "A short headline\n\nBody text follows."))
    assert doc.title == "A short headline"
    assert "title" in doc.metadata["inferred"]


def test_issuer_is_inferred_from_a_removed_copyright_line(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", EN_PARAGRAPH + "\n© Example Daily (www.example.com). All rights reserved."))
    assert doc.issuer == "Example Daily"


def test_loading_prints_nothing(tmp_path, capfd):
    load_document(write(tmp_path, "a.txt", "top of page\n" + EN_PARAGRAPH))
    load_document(write(tmp_path, "a.html", HTML_PAGE))
    load_document(write(tmp_path, "a.pdf", pdf_bytes(["Body"])))
    assert capfd.readouterr() == ("", "")


# --- real captures from the shared corpus ---------------------------------------------------

NEWS_FILES = sorted(SHARED_NEWS.glob("*.txt")) if SHARED_NEWS.is_dir() else []
FURNITURE = ("top of page", "bottom of page", "본문 바로가기", "commentaires", "bar_progress",
             "text size", "all rights reserved", "join us on social")


@pytest.mark.skipif(not NEWS_FILES, reason=f"shared news captures not found at {SHARED_NEWS}")
@pytest.mark.parametrize("path", NEWS_FILES, ids=lambda p: p.name)
def test_news_capture_from_shared_is_cleaned(path):
    doc = load_document(path, {"type": "news"})
    assert doc.source_type == "news" and doc.language == "en" and doc.title
    assert len(doc.pages) >= 5
    assert [page.locator for page in doc.pages] == [f"para {n}" for n in range(1, len(doc.pages) + 1)]
    for page in doc.pages:
        assert page.text.strip()
        assert not any(page.text.strip().lower() == junk for junk in FURNITURE)
        assert "all rights reserved" not in page.text.lower()
    # no real sentence was dropped: every long line of the capture survives somewhere
    kept = " ".join(doc.text.split())
    for line in path.read_text(encoding="utf-8").splitlines():
        if len(line.strip()) > 120:
            assert " ".join(line.split()) in kept
