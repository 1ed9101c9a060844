"""The Gradio Blocks app: chat with cited answers, a source browser, and the law-over-time views.

Everything it shows comes from `kb.api.KnowledgeBase`; this module only lays out the page, passes
the user's choices to the library and hands the results to `app.render`. Privacy: no flagging, no
run history, analytics off, nothing written to disk; a quick-exit button and Esc-Esc leave the page.
"""
from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import gradio as gr

from app import render
from app.texts import LANGUAGES, ROLE_BY_KEY, ROLES, TEXT, VERSION_CHOICE, role_choices
from kb.api import KnowledgeBase
from kb.errors import BadQuestion, IndexMissing, KBError, SettingsError

ASSETS = Path(__file__).with_name("assets")
MAX_QUESTION_CHARS = 2000
PANELS_KEPT = 5  # the source entries of the last few answers stay clickable

log = logging.getLogger(__name__)


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _day(value) -> str:
    """A date control's value as YYYY-MM-DD text ("" when empty); a picker may add a time of day."""
    text = str(value or "").strip()
    return text.split(" ")[0] if len(text) > 10 and text[10] == " " else text


def _law_choices(kb: KnowledgeBase) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for version in kb.statute_versions():
        seen[version.law_key] = version.title
    return [(title, key) for key, title in sorted(seen.items(), key=lambda kv: kv[1])]


def _version_choices(kb: KnowledgeBase, law_key: str) -> tuple[list[tuple[str, str]], str | None]:
    """(choices newest first, the version in force today)."""
    versions = kb.statute_versions(law_key) if law_key else []
    today = date.today().isoformat()
    in_force = [v for v in versions if v.effective <= today]
    current = in_force[-1].version_id if in_force else (versions[-1].version_id if versions else None)
    choices = [(VERSION_CHOICE.format(effective=v.effective, kind=v.kind, number=v.promulgation_no,
                                      promulgated=v.promulgated), v.version_id)
               for v in reversed(versions)]
    return choices, current


def _layout(kb: KnowledgeBase, laws: list[tuple[str, str]], default_law: str | None) -> SimpleNamespace:
    """Every component of the page, in Korean first, as attributes named as on the page (elem_id)."""
    c = SimpleNamespace()
    c.lang = gr.State("ko")
    c.panels = gr.State([])
    with gr.Row(elem_id="topbar", equal_height=True):
        c.title = gr.Markdown(f"## {TEXT['ko']['title']}\n{TEXT['ko']['subtitle']}", elem_id="title")
        c.ui_lang = gr.Radio(LANGUAGES, value="ko", label=TEXT["ko"]["language"], elem_id="ui-lang",
                             scale=0, min_width=180)
        c.exit_button = gr.Button(TEXT["ko"]["quick_exit"], variant="stop", elem_id="quick-exit", scale=0,
                                  min_width=160)
    c.help_box = gr.HTML(render.help_html("ko"), elem_id="help-box")

    with gr.Tabs():
        with gr.Tab("묻고 답하기 · Ask", id="chat-tab", elem_id="chat-tab"):
            c.role = gr.Radio(role_choices("ko"), value=None, label=TEXT["ko"]["role"], elem_id="role")
            with gr.Row():
                with gr.Column(scale=3, min_width=300):
                    c.chatbot = gr.Chatbot(label=TEXT["ko"]["chat"], elem_id="chatbot", height=480,
                                           latex_delimiters=[], sanitize_html=True, render_markdown=True,
                                           line_breaks=True, buttons=["copy"], feedback_options=None)
                    c.question = gr.Textbox(label=TEXT["ko"]["question"], placeholder=TEXT["ko"]["question_placeholder"],
                                            lines=1, max_lines=6, max_length=MAX_QUESTION_CHARS, elem_id="question",
                                            submit_btn=False)
                    with gr.Row():
                        c.send = gr.Button(TEXT["ko"]["send"], variant="primary", elem_id="send")
                        c.clear = gr.Button(TEXT["ko"]["clear"], elem_id="clear")
                    c.as_of = gr.DateTime(None, include_time=False, type="string", label=TEXT["ko"]["as_of"],
                                          visible=False, elem_id="as-of")
                    c.examples_label = gr.Markdown(f"**{TEXT['ko']['examples']}**", elem_id="examples-label")
                    c.example_buttons = [gr.Button(text, size="sm", elem_classes=["example-btn"], elem_id=f"example-{i}")
                                         for i, text in enumerate(ROLES[0].examples["ko"])]
                with gr.Column(scale=2, min_width=280):
                    c.sources_title = gr.Markdown(f"### {TEXT['ko']['sources']}", elem_id="sources-title")
                    c.sources = gr.HTML(render.message_html(TEXT["ko"]["sources_empty"]), elem_id="sources")

        with gr.Tab("법령 보기 · Read the laws", id="browse-tab", elem_id="browse-tab"):
            choices, current = _version_choices(kb, default_law)
            with gr.Row():
                c.browse_law = gr.Dropdown(laws, value=default_law, label=TEXT["ko"]["law"], elem_id="browse-law")
                c.browse_version = gr.Dropdown(choices, value=current, label=TEXT["ko"]["version"],
                                               elem_id="browse-version")
                c.browse_article = gr.Dropdown([], label=TEXT["ko"]["article"], elem_id="browse-article")
            c.article_view = gr.HTML(elem_id="article-view")
            with gr.Row():
                c.search_box = gr.Textbox(label=TEXT["ko"]["search"], placeholder=TEXT["ko"]["search_placeholder"],
                                          max_length=200, elem_id="search-box", scale=4)
                c.search_button = gr.Button(TEXT["ko"]["search_button"], elem_id="search-button", scale=1)
            c.search_results = gr.HTML(elem_id="search-results")

        with gr.Tab("법의 변화 · Law over time", id="time-tab", elem_id="time-tab"):
            with gr.Row():
                c.gaps_day = gr.DateTime(date.today().isoformat(), include_time=False, type="string",
                                         label=TEXT["ko"]["gaps_date"], elem_id="gaps-day", scale=3)
                c.gaps_button = gr.Button(TEXT["ko"]["gaps_button"], elem_id="gaps-button", scale=1)
            c.gaps_view = gr.HTML(elem_id="gaps-view")
            with gr.Row():
                c.history_law = gr.Dropdown(laws, value=default_law, label=TEXT["ko"]["law"], elem_id="history-law")
                c.history_article = gr.Textbox("14조의2", label=TEXT["ko"]["history_article"], max_length=20,
                                               elem_id="history-article")
                c.history_button = gr.Button(TEXT["ko"]["history_button"], elem_id="history-button")
            c.history_view = gr.HTML(elem_id="history-view")
    return c


def _wire_chat(kb: KnowledgeBase, c: SimpleNamespace) -> None:
    """Questions in, cited answers out (streamed a line at a time), source panels kept for the last few answers."""
    def respond(message, history, role_key, day, ui, kept):
        history = list(history or [])
        message = (message or "").strip()[:MAX_QUESTION_CHARS]
        t = TEXT[ui]
        if not message:
            yield history, gr.skip(), kept, ""
            return
        history.append({"role": "user", "content": render.user_markdown(message)})
        day = _day(day) or None
        if day and not _valid_date(day):
            history.append({"role": "assistant", "content": render.escape_markdown(t["bad_date"])})
            yield history, gr.skip(), kept, message
            return
        history.append({"role": "assistant", "content": render.escape_markdown(t["thinking"])})
        yield history, gr.skip(), kept, ""
        persona = ROLE_BY_KEY[role_key].persona if role_key in ROLE_BY_KEY else None
        try:
            answer = kb.ask(message, persona=persona, as_of=day, targeted=role_key == "targeted")
        except IndexMissing:
            history[-1] = {"role": "assistant", "content": render.escape_markdown(t["empty_index"])}
            yield history, gr.skip(), kept, ""
            return
        except BadQuestion as exc:  # no words, or a pasted document: say so politely
            text = exc.korean if ui == "ko" else str(exc)
            history[-1] = {"role": "assistant", "content": render.escape_markdown(text)}
            yield history, gr.skip(), kept, ""
            return
        except (KBError, ValueError) as exc:
            log.warning("answer failed: %s", type(exc).__name__)  # never the question itself
            history[-1] = {"role": "assistant", "content": render.escape_markdown(t["error"])}
            yield history, gr.skip(), kept, ""
            return
        turn = sum(1 for m in history if m["role"] == "assistant")
        lines = render.answer_markdown(answer, turn, answer.language).split("\n")
        for end in range(1, len(lines) + 1):  # stream the answer a line at a time
            history[-1] = {"role": "assistant", "content": "\n".join(lines[:end])}
            if end < len(lines):
                yield history, gr.skip(), kept, ""
        chunks = {chunk_id: kb.chunk(chunk_id) for cited in answer.citations
                  for chunk_id in (cited.chunk_id, *(law["chunk_id"] for law in cited.primary))}
        panel = render.sources_html(answer, chunks, turn, answer.language, message)
        kept = ([panel] if panel else []) + list(kept)[:PANELS_KEPT - 1]
        yield history, "".join(kept) or render.message_html(t["sources_empty"]), kept, ""

    chat_inputs = [c.question, c.chatbot, c.role, c.as_of, c.lang, c.panels]
    chat_outputs = [c.chatbot, c.sources, c.panels, c.question]
    c.send.click(respond, chat_inputs, chat_outputs, api_name="ask")
    c.question.submit(respond, chat_inputs, chat_outputs, api_name=False)
    for button in c.example_buttons:
        button.click(lambda text: text, button, c.question, api_name=False, queue=False).then(
            respond, chat_inputs, chat_outputs, api_name=False)
    c.clear.click(lambda ui: ([], render.message_html(TEXT[ui]["sources_empty"]), [], ""), c.lang,
                  [c.chatbot, c.sources, c.panels, c.question], api_name=False, queue=False)
    c.exit_button.click(None, js="() => { window.kbQuickExit(); }")

    def on_role(role_key, ui):
        chosen = ROLE_BY_KEY.get(role_key, ROLES[0])
        return ([gr.update(value=text) for text in chosen.examples[ui]]
                + [gr.update(visible=chosen.persona == "aide")])
    c.role.change(on_role, [c.role, c.lang], [*c.example_buttons, c.as_of], api_name=False, queue=False)


def _wire_language(c: SimpleNamespace) -> None:
    """The interface language switch: every label and text on the page in the chosen language."""
    def language_updates(ui, role_key) -> dict:
        """Every component that shows words, mapped to its words in ``ui``: the outputs of a language
        change are this dict's keys, so no list has to keep the same order as the values."""
        t = TEXT[ui]
        chosen = ROLE_BY_KEY.get(role_key, ROLES[0])
        updates = {
            c.lang: ui, c.title: f"## {t['title']}\n{t['subtitle']}", c.ui_lang: gr.update(label=t["language"]),
            c.exit_button: gr.update(value=t["quick_exit"]), c.help_box: render.help_html(ui),
            c.role: gr.update(label=t["role"], choices=role_choices(ui), value=role_key),
            c.chatbot: gr.update(label=t["chat"]),
            c.question: gr.update(label=t["question"], placeholder=t["question_placeholder"]),
            c.send: gr.update(value=t["send"]), c.clear: gr.update(value=t["clear"]), c.as_of: gr.update(label=t["as_of"]),
            c.examples_label: f"**{t['examples']}**", c.sources_title: f"### {t['sources']}",
            c.browse_law: gr.update(label=t["law"]), c.browse_version: gr.update(label=t["version"]),
            c.browse_article: gr.update(label=t["article"]),
            c.search_box: gr.update(label=t["search"], placeholder=t["search_placeholder"]),
            c.search_button: gr.update(value=t["search_button"]), c.gaps_day: gr.update(label=t["gaps_date"]),
            c.gaps_button: gr.update(value=t["gaps_button"]), c.history_law: gr.update(label=t["law"]),
            c.history_article: gr.update(label=t["history_article"]), c.history_button: gr.update(value=t["history_button"]),
        }
        updates.update({button: gr.update(value=text) for button, text in zip(c.example_buttons, chosen.examples[ui])})
        return updates
    c.ui_lang.change(language_updates, [c.ui_lang, c.role], list(language_updates("ko", None)),
                     api_name=False, queue=False)


def _wire_browser(kb: KnowledgeBase, c: SimpleNamespace, demo: gr.Blocks) -> None:
    """The source browser: a law, one of its versions, one article; and a search over the statutes."""
    def on_law(law_key):
        choices, current = _version_choices(kb, law_key)
        return gr.update(choices=choices, value=current)

    def on_version(version_id, current_article):
        articles = kb.statute_articles(version_id) if version_id else []
        choices = [(f"{a.article} {a.title}".strip(), a.article) for a in articles]
        keep = current_article if any(a.article == current_article for a in articles) else None
        return gr.update(choices=choices, value=keep or (choices[0][1] if choices else None))

    def on_article(law_key, version_id, article, ui):
        if not version_id or not article:
            return ""
        version = next((v for v in kb.statute_versions(law_key) if v.version_id == version_id), None)
        found = next((a for a in kb.statute_articles(version_id) if a.article == article), None)
        if not found:
            return ""
        return render.article_html(version.title if version else "", found.article, found.title, found.text, version, ui)

    def on_search(query, ui):
        query = (query or "").strip()
        if not query:
            return ""
        return render.search_results_html(kb.search_statutes(query[:200], k=8), ui)

    c.browse_law.change(on_law, c.browse_law, c.browse_version, api_name=False)
    c.browse_version.change(on_version, [c.browse_version, c.browse_article], c.browse_article, api_name=False)
    c.browse_article.change(on_article, [c.browse_law, c.browse_version, c.browse_article, c.lang], c.article_view,
                            api_name=False)
    c.search_button.click(on_search, [c.search_box, c.lang], c.search_results, api_name=False)
    c.search_box.submit(on_search, [c.search_box, c.lang], c.search_results, api_name=False)
    demo.load(on_version, [c.browse_version, c.browse_article], c.browse_article, api_name=False)


def _wire_time(kb: KnowledgeBase, c: SimpleNamespace, demo: gr.Blocks, laws: list[tuple[str, str]]) -> None:
    """The law over time: the gap matrix on a date, and every wording of one article."""
    def on_gaps(day, ui):
        day = _day(day) or date.today().isoformat()
        if not _valid_date(day):
            return render.message_html(TEXT[ui]["bad_date"])
        return render.gaps_html(kb.gaps(day), day, ui)

    def on_history(law_key, article, ui):
        try:
            history = kb.history(law_key, article or "")
        except ValueError as exc:
            return render.message_html(str(exc))
        law_title = next((t for t, k in laws if k == history.law), history.law)
        return render.history_html(law_title, history.article, history.wordings, ui)

    c.gaps_button.click(on_gaps, [c.gaps_day, c.lang], c.gaps_view, api_name=False)
    c.gaps_day.submit(on_gaps, [c.gaps_day, c.lang], c.gaps_view, api_name=False)
    demo.load(on_gaps, [c.gaps_day, c.lang], c.gaps_view, api_name=False)
    c.history_button.click(on_history, [c.history_law, c.history_article, c.lang], c.history_view, api_name=False)
    c.history_article.submit(on_history, [c.history_law, c.history_article, c.lang], c.history_view, api_name=False)


def build(kb: KnowledgeBase) -> gr.Blocks:
    """The app for one knowledge base (its index must already be built)."""
    laws = _law_choices(kb)
    default_law = next((key for _, key in laws if key.startswith("성폭력범죄의처벌")), laws[0][1] if laws else None)

    with gr.Blocks(title=TEXT["ko"]["title"], analytics_enabled=False) as demo:
        c = _layout(kb, laws, default_law)
        _wire_chat(kb, c)
        _wire_language(c)
        _wire_browser(kb, c, demo)
        _wire_time(kb, c, demo, laws)
    return demo


def serve(kb: KnowledgeBase, host: str | None = None, port: int | None = None, block: bool = True):
    """Build the app and serve it (settings serve_host, serve_port, exit_url); returns the running
    Blocks when ``block`` is False (tests)."""
    settings = kb.settings
    if urlsplit(settings.exit_url).scheme not in ("http", "https"):
        raise SettingsError(f"exit_url must be an http(s) address, not {settings.exit_url!r}")
    kb.warm_up()
    demo = build(kb)
    exit_url = json.dumps(settings.exit_url)[1:-1].replace("</", "<\\/")
    script = (ASSETS / "app.js").read_text(encoding="utf-8").replace("__EXIT_URL__", exit_url)
    demo.queue(default_concurrency_limit=2)  # answers run side by side (kb.api.Access); two cores here
    theme = gr.themes.Default(font=["Pretendard", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR",
                                    "system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    demo.launch(server_name=host or settings.serve_host, server_port=port or settings.serve_port, prevent_thread_lock=not block, quiet=True, show_error=False,
                footer_links=[], run_history=False, enable_monitoring=False, ssr_mode=False, pwa=False,
                mcp_server=False, theme=theme, css=(ASSETS / "app.css").read_text(encoding="utf-8"),
                head=f"<script>{script}</script>")
    return demo
