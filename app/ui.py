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
from urllib.parse import urlsplit

import gradio as gr

from app import render
from app.texts import LANGUAGES, ROLE_BY_KEY, ROLES, TEXT, role_choices
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
        seen[version["law_key"]] = version["title"]
    return [(title, key) for key, title in sorted(seen.items(), key=lambda kv: kv[1])]


def _version_choices(kb: KnowledgeBase, law_key: str) -> tuple[list[tuple[str, str]], str | None]:
    """(choices newest first, the version in force today)."""
    versions = kb.statute_versions(law_key) if law_key else []
    today = date.today().isoformat()
    in_force = [v for v in versions if v["effective"] <= today]
    current = in_force[-1]["version_id"] if in_force else (versions[-1]["version_id"] if versions else None)
    choices = [(f"{v['effective']} ({v['kind']} 제{v['promulgation_no']}호, 공포 {v['promulgated']})", v["version_id"])
               for v in reversed(versions)]
    return choices, current


def build(kb: KnowledgeBase) -> gr.Blocks:
    """The app for one knowledge base (its index must already be built)."""
    laws = _law_choices(kb)
    default_law = next((key for _, key in laws if key.startswith("성폭력범죄의처벌")), laws[0][1] if laws else None)

    with gr.Blocks(title=TEXT["ko"]["title"], analytics_enabled=False) as demo:
        lang = gr.State("ko")
        panels = gr.State([])
        with gr.Row(elem_id="topbar", equal_height=True):
            title = gr.Markdown(f"## {TEXT['ko']['title']}\n{TEXT['ko']['subtitle']}", elem_id="title")
            ui_lang = gr.Radio(LANGUAGES, value="ko", label=TEXT["ko"]["language"], elem_id="ui-lang",
                               scale=0, min_width=180)
            exit_button = gr.Button(TEXT["ko"]["quick_exit"], variant="stop", elem_id="quick-exit", scale=0,
                                    min_width=160)
        help_box = gr.HTML(render.help_html("ko"), elem_id="help-box")

        with gr.Tabs():
            with gr.Tab("묻고 답하기 · Ask", id="chat-tab", elem_id="chat-tab"):
                role = gr.Radio(role_choices("ko"), value=None, label=TEXT["ko"]["role"], elem_id="role")
                with gr.Row():
                    with gr.Column(scale=3, min_width=300):
                        chatbot = gr.Chatbot(label=TEXT["ko"]["chat"], elem_id="chatbot", height=480,
                                             latex_delimiters=[], sanitize_html=True, render_markdown=True,
                                             line_breaks=True, buttons=["copy"], feedback_options=None)
                        question = gr.Textbox(label=TEXT["ko"]["question"], placeholder=TEXT["ko"]["question_placeholder"],
                                              lines=1, max_lines=6, max_length=MAX_QUESTION_CHARS, elem_id="question",
                                              submit_btn=False)
                        with gr.Row():
                            send = gr.Button(TEXT["ko"]["send"], variant="primary", elem_id="send")
                            clear = gr.Button(TEXT["ko"]["clear"], elem_id="clear")
                        as_of = gr.DateTime(None, include_time=False, type="string", label=TEXT["ko"]["as_of"],
                                            visible=False, elem_id="as-of")
                        examples_label = gr.Markdown(f"**{TEXT['ko']['examples']}**", elem_id="examples-label")
                        example_buttons = [gr.Button(text, size="sm", elem_classes=["example-btn"], elem_id=f"example-{i}")
                                           for i, text in enumerate(ROLES[0].examples["ko"])]
                    with gr.Column(scale=2, min_width=280):
                        sources_title = gr.Markdown(f"### {TEXT['ko']['sources']}", elem_id="sources-title")
                        sources = gr.HTML(render.message_html(TEXT["ko"]["sources_empty"]), elem_id="sources")

            with gr.Tab("법령 보기 · Read the laws", id="browse-tab", elem_id="browse-tab"):
                choices, current = _version_choices(kb, default_law)
                with gr.Row():
                    browse_law = gr.Dropdown(laws, value=default_law, label=TEXT["ko"]["law"], elem_id="browse-law")
                    browse_version = gr.Dropdown(choices, value=current, label=TEXT["ko"]["version"],
                                                 elem_id="browse-version")
                    browse_article = gr.Dropdown([], label=TEXT["ko"]["article"], elem_id="browse-article")
                article_view = gr.HTML(elem_id="article-view")
                with gr.Row():
                    search_box = gr.Textbox(label=TEXT["ko"]["search"], placeholder=TEXT["ko"]["search_placeholder"],
                                            max_length=200, elem_id="search-box", scale=4)
                    search_button = gr.Button(TEXT["ko"]["search_button"], elem_id="search-button", scale=1)
                search_results = gr.HTML(elem_id="search-results")

            with gr.Tab("법의 변화 · Law over time", id="time-tab", elem_id="time-tab"):
                with gr.Row():
                    gaps_day = gr.DateTime(date.today().isoformat(), include_time=False, type="string",
                                           label=TEXT["ko"]["gaps_date"], elem_id="gaps-day", scale=3)
                    gaps_button = gr.Button(TEXT["ko"]["gaps_button"], elem_id="gaps-button", scale=1)
                gaps_view = gr.HTML(elem_id="gaps-view")
                with gr.Row():
                    history_law = gr.Dropdown(laws, value=default_law, label=TEXT["ko"]["law"], elem_id="history-law")
                    history_article = gr.Textbox("14조의2", label=TEXT["ko"]["history_article"], max_length=20,
                                                 elem_id="history-article")
                    history_button = gr.Button(TEXT["ko"]["history_button"], elem_id="history-button")
                history_view = gr.HTML(elem_id="history-view")

        # ---- chat -------------------------------------------------------------------------------
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
            chunks = {chunk_id: kb.chunk(chunk_id) for c in answer.citations
                      for chunk_id in (c.chunk_id, *(law["chunk_id"] for law in c.primary))}
            panel = render.sources_html(answer, chunks, turn, answer.language, message)
            kept = ([panel] if panel else []) + list(kept)[:PANELS_KEPT - 1]
            yield history, "".join(kept) or render.message_html(t["sources_empty"]), kept, ""

        chat_inputs = [question, chatbot, role, as_of, lang, panels]
        chat_outputs = [chatbot, sources, panels, question]
        send.click(respond, chat_inputs, chat_outputs, api_name="ask")
        question.submit(respond, chat_inputs, chat_outputs, api_name=False)
        for button in example_buttons:
            button.click(lambda text: text, button, question, api_name=False, queue=False).then(
                respond, chat_inputs, chat_outputs, api_name=False)
        clear.click(lambda ui: ([], render.message_html(TEXT[ui]["sources_empty"]), [], ""), lang,
                    [chatbot, sources, panels, question], api_name=False, queue=False)
        exit_button.click(None, js="() => { window.kbQuickExit(); }")

        def on_role(role_key, ui):
            chosen = ROLE_BY_KEY.get(role_key, ROLES[0])
            return ([gr.update(value=text) for text in chosen.examples[ui]]
                    + [gr.update(visible=chosen.persona == "aide")])
        role.change(on_role, [role, lang], [*example_buttons, as_of], api_name=False, queue=False)

        def language_updates(ui, role_key) -> dict:
            """Every component that shows words, mapped to its words in ``ui``: the outputs of a language
            change are this dict's keys, so no list has to keep the same order as the values."""
            t = TEXT[ui]
            chosen = ROLE_BY_KEY.get(role_key, ROLES[0])
            updates = {
                lang: ui, title: f"## {t['title']}\n{t['subtitle']}", ui_lang: gr.update(label=t["language"]),
                exit_button: gr.update(value=t["quick_exit"]), help_box: render.help_html(ui),
                role: gr.update(label=t["role"], choices=role_choices(ui), value=role_key),
                chatbot: gr.update(label=t["chat"]),
                question: gr.update(label=t["question"], placeholder=t["question_placeholder"]),
                send: gr.update(value=t["send"]), clear: gr.update(value=t["clear"]), as_of: gr.update(label=t["as_of"]),
                examples_label: f"**{t['examples']}**", sources_title: f"### {t['sources']}",
                browse_law: gr.update(label=t["law"]), browse_version: gr.update(label=t["version"]),
                browse_article: gr.update(label=t["article"]),
                search_box: gr.update(label=t["search"], placeholder=t["search_placeholder"]),
                search_button: gr.update(value=t["search_button"]), gaps_day: gr.update(label=t["gaps_date"]),
                gaps_button: gr.update(value=t["gaps_button"]), history_law: gr.update(label=t["law"]),
                history_article: gr.update(label=t["history_article"]), history_button: gr.update(value=t["history_button"]),
            }
            updates.update({button: gr.update(value=text) for button, text in zip(example_buttons, chosen.examples[ui])})
            return updates
        ui_lang.change(language_updates, [ui_lang, role], list(language_updates("ko", None)),
                       api_name=False, queue=False)

        # ---- source browser ---------------------------------------------------------------------
        def on_law(law_key):
            choices, current = _version_choices(kb, law_key)
            return gr.update(choices=choices, value=current)

        def on_version(version_id, current_article):
            articles = kb.statute_articles(version_id) if version_id else []
            choices = [(f"{a.article} {a.title}".strip(), a.article) for a in articles]
            keep = current_article if any(a.article == current_article for a in articles) else None
            return gr.update(choices=choices, value=keep or (choices[0][1] if choices else None))

        def on_article(version_id, article, ui):
            if not version_id or not article:
                return ""
            version = next((v for v in kb.statute_versions(version_id.split("@")[0]) if v["version_id"] == version_id), {})
            found = next((a for a in kb.statute_articles(version_id) if a.article == article), None)
            if not found:
                return ""
            return render.article_html(version.get("title", ""), found.article, found.title, found.text, version, ui)

        def on_search(query, ui):
            query = (query or "").strip()
            if not query:
                return ""
            return render.search_results_html(kb.search_statutes(query[:200], k=8), ui)

        browse_law.change(on_law, browse_law, browse_version, api_name=False)
        browse_version.change(on_version, [browse_version, browse_article], browse_article, api_name=False)
        browse_article.change(on_article, [browse_version, browse_article, lang], article_view, api_name=False)
        search_button.click(on_search, [search_box, lang], search_results, api_name=False)
        search_box.submit(on_search, [search_box, lang], search_results, api_name=False)

        # ---- law over time ----------------------------------------------------------------------
        def on_gaps(day, ui):
            day = _day(day) or date.today().isoformat()
            if not _valid_date(day):
                return render.message_html(TEXT[ui]["bad_date"])
            return render.gaps_html(kb.gaps(day), day, ui)

        def on_history(law_key, article, ui):
            try:
                key, label, wordings = kb.history(law_key, article or "")
            except ValueError as exc:
                return render.message_html(str(exc))
            title = next((t for t, k in laws if k == key), key)
            return render.history_html(title, label, wordings, ui)

        gaps_button.click(on_gaps, [gaps_day, lang], gaps_view, api_name=False)
        gaps_day.submit(on_gaps, [gaps_day, lang], gaps_view, api_name=False)
        demo.load(on_gaps, [gaps_day, lang], gaps_view, api_name=False)
        history_button.click(on_history, [history_law, history_article, lang], history_view, api_name=False)
        history_article.submit(on_history, [history_law, history_article, lang], history_view, api_name=False)

        demo.load(on_version, [browse_version, browse_article], browse_article, api_name=False)
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
