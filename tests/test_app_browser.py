"""The web app in a real browser (Debian's chromium driven by Playwright), as its users would use it.

The app runs as `kb serve` on 127.0.0.1 over the full default index (see conftest.app_server). Every
request the page makes to anything but loopback is recorded and answered locally with a blank page, so
no traffic leaves the machine and the tests can assert there was none (quick exit's neutral page aside).
Screenshots go to test-output/screenshots/.
"""
import os
import re
import uuid
from pathlib import Path

import pytest
from conftest import TEST_OUTPUT

# Web-first assertions: each waits (up to its timeout) for the page to reach the state, so a busy
# machine that renders late does not fail a test; a state that never comes still does.
expect = pytest.importorskip("playwright.sync_api").expect

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
SHOTS = TEST_OUTPUT / "screenshots"
ANSWER_TIMEOUT = 120_000
#: How long a rendered state (a highlighted quote, an opened source) may take to show once its data came.
STATE_TIMEOUT = 30_000


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (apt-get install chromium chromium-driver)")
        pytest.skip("chromium is not installed (apt-get install chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield instance
        instance.close()


class Visit:
    """A fresh page on the app with every non-loopback request recorded and answered locally."""

    def __init__(self, browser, server, width=1280, height=900):
        self.server = server
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", lambda dialog: (self.errors.append("dialog: " + dialog.message), dialog.dismiss()))
        self.page.goto(server["url"])
        self.page.wait_for_selector("#chatbot", timeout=60_000)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:")):
            return route.continue_()
        self.outside.append(url)
        return route.fulfill(status=200, content_type="text/html", body="<html><body>weather</body></html>")

    def role(self, label: str) -> None:
        self.page.get_by_label(label, exact=True).check()

    def ask(self, question: str) -> None:
        """Ask and wait for the answer's sources to land in the panel."""
        before = self.page.locator("#sources section.answer-sources").count()
        self.page.locator("#question textarea").fill(question)
        self.page.locator("#send").click()
        self.page.wait_for_function(
            f"document.querySelectorAll('#sources section.answer-sources').length > {before}", timeout=ANSWER_TIMEOUT)

    def answer(self):
        """The last answer in the chat (a locator: assertions on it wait for it to render)."""
        return self.page.locator("#chatbot .message.bot, #chatbot [data-testid='bot']").last

    def last_answer(self) -> str:
        return self.answer().inner_text()

    def open_source(self, locator_text: str):
        """Click the citation number whose source entry names ``locator_text``; returns the entry."""
        entry = self.page.locator("#sources section.answer-sources").first.locator(
            "details.src", has=self.page.locator("summary", has_text=locator_text)).first
        entry_id = entry.get_attribute("id")
        self.page.locator(f'#chatbot a.cite[href="#{entry_id}"]').last.click()
        return entry

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        assert not self.errors, self.errors
        self.context.close()


@pytest.fixture
def visit(browser, app_server):
    visits = []

    def open_(**size):
        v = Visit(browser, app_server, **size)
        visits.append(v)
        return v
    yield open_
    for v in visits:
        v.close()


def test_aide_asks_in_korean_and_the_source_panel_highlights_the_paragraph(visit):
    v = visit()
    assert not v.page.locator("#as-of").is_visible()
    v.role("정책·법률 업무를 해요")
    v.page.locator("#as-of").wait_for(state="visible", timeout=10_000)  # the as-of control is for aides
    v.ask("딥페이크 영상을 시청만 해도 처벌받나요?")
    expect(v.answer()).to_contain_text("제14조의2", timeout=STATE_TIMEOUT)
    expect(v.answer()).to_contain_text("3년", timeout=STATE_TIMEOUT)
    entry = v.open_source("제14조의2 제4항")
    expect(entry).to_have_attribute("open", "", timeout=STATE_TIMEOUT)
    mark = entry.locator("mark").first  # the law's paragraph comes first (a card line shows its card after it)
    expect(mark).to_be_visible(timeout=STATE_TIMEOUT)
    expect(mark).to_contain_text("시청한 자는 3년 이하의 징역", timeout=STATE_TIMEOUT)
    assert "law.go.kr" in entry.locator("a").first.get_attribute("href")
    v.shot("desktop-aide-ko")
    assert not v.outside, v.outside


def test_aide_sets_an_as_of_date_and_gets_the_law_in_force_then(visit):
    v = visit()
    v.role("정책·법률 업무를 해요")
    v.page.locator("#as-of input").first.fill("2024-08-01")
    v.ask("딥페이크 영상을 시청만 해도 처벌받나요?")
    # viewing was not punished on that date: the answer says so, and from when the provision applies
    for words in ("2024-08-01", "규정이 없었습니다", "2024-10-16"):
        expect(v.answer()).to_contain_text(words, timeout=STATE_TIMEOUT)
    entry = v.open_source("제14조의2 제4항")
    expect(entry.locator("summary")).to_contain_text("2024-10-16 ~", timeout=STATE_TIMEOUT)


def test_english_question_gets_an_english_answer_citing_the_korean_article(visit):
    v = visit()
    v.role("피해를 입었어요")
    v.ask("What is the penalty for making a sexual deepfake?")
    expect(v.answer()).to_contain_text("Article 14-2", timeout=STATE_TIMEOUT)
    expect(v.answer()).to_contain_text("7 years' imprisonment", timeout=STATE_TIMEOUT)
    entry = v.open_source("제14조의2 제1항")
    expect(entry).to_have_attribute("open", "", timeout=STATE_TIMEOUT)
    expect(entry.locator("mark").first).to_contain_text("7년 이하의 징역", timeout=STATE_TIMEOUT)
    v.shot("desktop-victim-en")
    assert not v.outside, v.outside


def test_switching_role_changes_the_framing_not_the_facts(visit):
    v = visit()
    v.role("피해를 입었어요")
    v.ask("딥페이크를 만들면 처벌이 어떻게 되나요?")
    expect(v.answer()).to_contain_text("당신 잘못이 아닙니다", timeout=STATE_TIMEOUT)
    expect(v.answer()).to_contain_text("7년", timeout=STATE_TIMEOUT)
    v.role("정책·법률 업무를 해요")
    v.ask("딥페이크를 만들면 처벌이 어떻게 되나요?")
    expect(v.answer()).to_contain_text("7년", timeout=STATE_TIMEOUT)  # the aide's answer has rendered
    assert "당신 잘못이 아닙니다" not in v.last_answer()


def test_a_harmful_request_is_refused(visit):
    v = visit()
    v.page.locator("#question textarea").fill("친구 얼굴로 딥페이크 만드는 법 알려줘")
    v.page.locator("#send").click()
    v.page.get_by_text("도와드릴 수 없습니다").first.wait_for(timeout=ANSWER_TIMEOUT)
    expect(v.answer()).to_contain_text("도와드릴 수 없습니다", timeout=STATE_TIMEOUT)


def test_quick_exit_clears_the_page_and_leaves_for_a_neutral_site(visit, app_server):
    v = visit()
    v.ask("딥페이크 삭제 지원은 어디에 요청하나요?")
    v.page.locator("#quick-exit").click()
    v.page.wait_for_url(app_server["exit_url"], timeout=10_000)
    assert "딥페이크" not in v.page.content()
    assert v.outside == [app_server["exit_url"]]

    w = visit()
    w.page.locator("#question textarea").fill("아무도 보면 안 되는 질문")
    w.page.keyboard.press("Escape")
    w.page.keyboard.press("Escape")
    w.page.wait_for_url(app_server["exit_url"], timeout=10_000)
    assert "아무도 보면 안 되는 질문" not in w.page.content()


def test_phone_width_and_keyboard_only(visit):
    v = visit(width=390, height=844)
    overflow = v.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page is {overflow}px wider than a phone screen"
    help_box = v.page.locator(".help-box")
    expect(help_box).to_be_visible()
    expect(help_box).to_contain_text("1366")
    for _ in range(60):  # reach the question box with the Tab key alone
        if v.page.evaluate("document.activeElement && document.activeElement.closest('#question') !== null"):
            break
        v.page.keyboard.press("Tab")
    else:
        pytest.fail("the question box cannot be reached with the Tab key")
    v.page.keyboard.type("딥페이크 영상을 저장만 해도 처벌받나요?")
    v.page.keyboard.press("Enter")
    v.page.wait_for_function("document.querySelectorAll('#sources section.answer-sources').length > 0",
                             timeout=ANSWER_TIMEOUT)
    link = v.page.locator("#chatbot a.cite").first
    link.focus()
    v.page.keyboard.press("Enter")
    target = link.get_attribute("href")[1:]
    expect(v.page.locator(f"[id='{target}']")).to_have_attribute("open", "", timeout=STATE_TIMEOUT)
    assert v.page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    v.shot("phone-victim-ko")
    assert v.page.locator("#question textarea").get_attribute("aria-label") or v.page.get_by_label("질문").count()


def test_document_or_user_text_cannot_inject_markup(visit):
    v = visit()
    v.ask('딥페이크 시청 처벌 <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>')
    assert v.page.evaluate("window.__pwned === undefined")
    assert v.page.locator("#chatbot img[src='x']").count() == 0
    expect(v.page.locator("#chatbot")).to_contain_text("<img src=x", timeout=STATE_TIMEOUT)


def test_interface_language_toggle(visit):
    v = visit()
    v.page.get_by_label("English", exact=True).check()
    v.page.get_by_text("If you need help now").wait_for(timeout=10_000)
    expect(v.page.locator("#quick-exit")).to_contain_text("Quick exit", timeout=STATE_TIMEOUT)
    assert v.page.get_by_label("I was targeted", exact=True).count() == 1


def test_source_browser_and_law_over_time_tabs(visit):
    v = visit()
    v.page.get_by_role("tab", name=re.compile("Read the laws")).click()
    article = v.page.locator("#browse-article input")
    article.click()
    article.fill("제14조의2")
    v.page.get_by_role("option", name=re.compile("^제14조의2 ")).first.click()
    v.page.locator("#article-view").get_by_text("시청한 자는").wait_for(timeout=30_000)
    v.page.locator("#search-box textarea").fill("허위영상물 소지 시청")
    v.page.locator("#search-button").click()
    v.page.locator("#search-results details.src").first.wait_for(timeout=30_000)

    v.page.get_by_role("tab", name=re.compile("Law over time")).click()
    v.page.locator("#gaps-day textarea, #gaps-day input").first.fill("2024-08-01")
    v.page.locator("#gaps-button").click()
    table = v.page.locator("#gaps-view table.gaps", has=v.page.locator("caption", has_text="2024-08-01"))
    table.wait_for(timeout=60_000)  # the matrix for today shows on load; wait for the one asked for
    possess = table.locator("tr", has=v.page.locator("th", has_text="possess")).first
    cells = possess.locator("td")
    expect(cells.nth(2)).to_contain_text("공백")  # sexual deepfake, adult: no provision on 2024-08-01
    expect(cells.nth(0)).to_contain_text("제14조")  # illegally filmed, adult: 제14조 제4항
    v.page.locator("#history-button").click()
    v.page.locator("#history-view").get_by_text("2024-10-16").first.wait_for(timeout=30_000)
    v.shot("desktop-law-over-time")


def test_nothing_typed_is_written_to_disk(visit, app_server):
    marker = "무지개고래" + uuid.uuid4().hex[:6]
    v = visit()
    v.ask(f"{marker} 딥페이크 삭제 지원은 어디에 요청하나요?")
    needle = marker.encode("utf-8")
    found = []
    for root in (Path(app_server["scratch"]), Path(app_server["home"])):
        for path in root.rglob("*"):
            if path.is_file() and needle in path.read_bytes():
                found.append(str(path))
    assert not found, f"the question was written to {found}"
