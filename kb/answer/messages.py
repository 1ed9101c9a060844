"""Every sentence and label the answer layer writes, as tables keyed by language ("ko", "en").

The logic that chooses a line lives with its strategy; what the line says in each language lives here, so
that a wording is changed (or a language added) in one place. Templates are ``str.format`` strings. Two
neighbours keep their own tables: the refusals, the abstention and the notices (`kb.answer.refusals`), and the
penalty's words (`kb.law.messages`: the law layer renders penalties and imports nothing of the answer's),
and the law's vocabulary (`kb.law.vocabulary`: the names of conducts and materials, and article labels).
"""
from __future__ import annotations


#: A law as a line names it: Korean readers know its short name; English ones get its English name first.
LAW_NAME = {"ko": "{short}", "en": "{english} ({short})"}
#: A penalty line: the law, the paragraph, the penalty, and since when that wording applies.
PENALTY_LINE = {"ko": "{name} {label}{conduct}: {penalty} ({since}부터 적용되는 조문)",
                "en": "{name}, {label}{conduct}: {penalty} (in force since {since})"}
#: What the paragraph punishes, after its label: "제14조의2 제4항(구입·소지·저장·시청)".
CONDUCT_NAMED = {"ko": "({conduct})", "en": " ({conduct})"}
#: Said of a youth-law penalty offered for a deepfake or a filmed image: when that law applies.
MINOR_CONDITION = {"ko": " — 피해자가 아동·청소년이고 영상이 아동ㆍ청소년성착취물에 해당할 때",
                   "en": " — when the person shown is a minor and the image is child sexual exploitation material"}
#: How a paragraph read before: added on a date (no such offence before), or its earlier penalty.
ADDED_ON = {"ko": "이 항은 {since}에 신설되었습니다. 그 전에는 이 조문에 해당 처벌 규정이 없었습니다.",
            "en": "This paragraph was added on {since}; before that, this article had no such offence."}
BEFORE = {"ko": "{since} 이전: {penalty}", "en": "Before {since}: {penalty}"}
#: ... with the day that earlier wording took effect, where the stored versions show it.
BEFORE_FROM = {"ko": "{since} 이전({start}부터): {penalty}", "en": "Before {since} (from {start}): {penalty}"}
#: A gap of the law on the asked date, and the provision that closed it from a later day: a gap of the laws held here
#: (the general Criminal Act, whose threat and coercion offences reach any threat, is not among them).
GAP_CLOSED = {"ko": "그 날짜에 시행 중이던 법 가운데 이 자료가 담은 법령에는 {material} {conduct}에 대한 처벌 규정이 없었습니다"
                    "(일반 형법은 이 자료에 없으니 따로 확인하세요). "
                    "{day}부터는 {name} {label}에 따라 처벌됩니다.",
              "en": "On that date no provision in force in the laws held here punished {conduct} {material} (the "
                    "general Criminal Act is not held here: check it apart); from {day}, "
                    "{name}, {label} does."}
#: A gap of the matrix (`kb.answer.strategies.gaps`): before which day nothing punished it, and what has since.
GAP_CLOSED_ON = {"ko": "{material} {conduct}: {day} 전에는 처벌 규정이 없었고, {day}부터 {name} {label}에 따라 처벌됩니다.",
                 "en": "{conduct} {material}: no provision punished it before {day}; since then {name}, {label} does."}
#: Whose images a gap left out, when the same image of a minor was already exploitation material.
GAP_VICTIMS = {"ko": "(성인 피해자)", "en": " of adults"}
#: The first line of an answer about the law's gaps, on a date that had some ...
GAPS_SOME = {"ko": "그 날짜에 시행 중이던 법 가운데 이 자료가 담은 법령에는 처벌 규정이 없는 행위가 있었습니다(일반 형법은 이 자료에 "
                   "없으니 따로 확인하세요). {rest}",
             "en": "On that date the laws held here left some of these acts unpunished (the general Criminal Act is not held "
                   "here: check it apart). {rest}"}
#: ... and on a date that had none: the gap matrix covers the penal provisions only.
GAPS_NONE = {"ko": "이 법들의 처벌 조항에는 지금 빈칸이 없습니다: 불법촬영물·딥페이크·아동·청소년성착취물을 만들고, (영리 목적을 "
                   "포함해) 퍼뜨리고, 갖거나 보고, 그것으로 협박·강요하는 행위가 모두 처벌됩니다(처벌 조항만 본 것으로, 플랫폼 의무 같은 "
                   "다른 공백은 따로 확인해야 합니다). 마지막 공백은 {day}에 메워졌습니다. {rest}",
             "en": "The penal provisions of these laws leave no gap now: making, sharing (also for profit), possessing or viewing "
                   "illegally filmed material, sexual deepfakes and child sexual exploitation material, and threats "
                   "or coercion with them, are all punished (this covers penal provisions only; other gaps, such as "
                   "platform duties, need checking apart). The last gap closed on {day}. {rest}"}
#: A news sentence saying the law did not cover something, when a statute line above now does.
NEWS_SUPERSEDED = {"ko": " (보도 시점 {reported}; {as_of} 현재 시행 중인 법령은 위 조문과 같습니다)",
                   "en": " (reported {reported}; the law in force on {as_of} is the provision above)"}
#: Korean terms of a Korean line in an English answer: "{korean} = {english}", joined by "; ".
GLOSSED = " ({terms})"
GLOSS = "{korean} = {english}"
#: The date an answer is for, when it is not today.
AS_OF = {"ko": "({as_of} 기준)", "en": "(As of {as_of}.)"}
#: Said only to the person harmed.
COMFORT = {"ko": "당신 잘못이 아닙니다. 혼자 감당하지 않아도 됩니다.",
           "en": "This is not your fault, and you do not have to deal with it alone."}
#: The card next to the one that answered, for a question between two situations (its title says which it covers).
NEIGHBOUR = {"ko": "상황이 다르면 「{other}」를 보세요.",
             "en": "If your situation is different, see “{other}”."}
#: The first line when the question asks about something no source speaks of (`kb.answer.unheard`): what the sources
#: do not say, before the closest they come.
UNHEARD = {"ko": "제 자료(법령·지침·보도)에는 {terms}에 관한 내용이 없어 이 질문에 직접 답할 수 없습니다. 아래는 자료에서 가장 가까운 내용이니, "
                 "정확한 답은 상담기관에 확인하세요.",
           "en": "My sources (statutes, guidance, news reports) say nothing about {terms}, so they cannot answer this "
                 "directly. Below is the closest they come; please check with one of the services below."}
#: The first line when the sources the answer found never name the one the question's ask is directed at
#: (`kb.answer.unheard.unanswered`): the parents asked about, when the lines speak only of the offender.
UNANSWERED = {"ko": "제가 찾은 자료는 {terms}에 대해서는 말하지 않아 이 질문에 직접 답할 수 없습니다. 아래는 자료에서 가장 가까운 "
                    "내용이니, 정확한 답은 상담기관에 확인하세요.",
              "en": "The sources I found do not speak of {terms}, so they cannot answer this directly. Below is the "
                    "closest they come; please check with one of the services below."}
#: The help line: 1366 always, then the numbers the question shows a need for, each with its label.
HELP_OPENING = {"ko": "도움: 여성긴급전화 1366(24시간)", "en": "Help: women's emergency line 1366 (24 hours)"}
HELP_LABELS = {"112": {"ko": "긴급 신고", "en": "police emergency"},
               "02-735-8994": {"ko": "삭제 지원(디성센터)", "en": "deletion support (Digital Sex Crime Victim Support Center)"},
               "117": {"ko": "학교폭력 신고·상담", "en": "school violence line"},
               "1388": {"ko": "청소년 상담", "en": "youth counselling line"}}

#: What an optional local model is told when it rewrites the verified evidence (`synthesis`).
SYSTEM_PROMPT = {
    "ko": ("당신은 한국의 디지털 성범죄 법률 정보를 안내합니다. 아래 번호가 붙은 근거만 사용하세요. "
           "모든 문장 끝에 근거 번호를 [1]처럼 붙이세요. 근거에 없는 숫자·날짜·조문·전화번호는 쓰지 마세요. "
           "쉬운 말로 짧게 답하세요."),
    "en": ("You explain Korean law on digital sex crimes. Use only the numbered evidence below. End every "
           "sentence with the number of its evidence, like [1]. Never write a number, date, article or phone "
           "number that the evidence does not contain. Answer briefly in plain words."),
}


def law_name(entry, language: str, fallback: str) -> str:
    """A law as a line in ``language`` names it (``entry``: its manifest entry; ``fallback`` when there is
    none or it has no short name)."""
    if entry is None or not entry.short_names:
        return fallback
    return LAW_NAME[language].format(short=entry.short_names[0], english=entry.english)
