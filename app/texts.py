"""Interface text of the web app in Korean and English, the roles a user can pick and their examples.

Answers come from the library in the language of each question; this module only words the page.
"""
from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = (("한국어", "ko"), ("English", "en"))


@dataclass(frozen=True)
class Role:
    key: str
    persona: str  # the answer engine's persona: victim | staff | aide
    label: dict[str, str]
    examples: dict[str, tuple[str, ...]]


ROLES = (
    Role("targeted", "victim", {"ko": "피해를 입었어요", "en": "I was targeted"}, {
        "ko": ("제 얼굴로 만든 딥페이크가 퍼지고 있어요. 어디에 신고하나요?",
               "딥페이크 영상을 지워 달라고 어디에 요청하나요?",
               "신고하기 전에 어떤 증거를 남겨 두어야 하나요?"),
        "en": ("A deepfake of me is being shared. Where do I report it?",
               "How can I get a deepfake of me deleted?",
               "What evidence should I keep before I report?"),
    }),
    Role("helper", "victim", {"ko": "다른 사람을 돕고 있어요", "en": "I'm helping someone"}, {
        "ko": ("친구가 딥페이크 피해를 입었어요. 제가 대신 삭제 지원을 요청할 수 있나요?",
               "자녀가 딥페이크 피해를 입었어요. 부모는 무엇을 할 수 있나요?",
               "딥페이크 영상을 갖고 있기만 해도 처벌받나요?"),
        "en": ("My friend is a deepfake victim. Can I ask for deletion on their behalf?",
               "My child is a deepfake victim. What can a parent do?",
               "Is it a crime just to have a deepfake video?"),
    }),
    Role("staff", "staff", {"ko": "학교 교직원이에요", "en": "School staff"}, {
        "ko": ("학생이 친구의 딥페이크를 만들어 퍼뜨렸어요. 학교는 무엇을 해야 하나요?",
               "교직원이 학생의 성범죄 피해를 알게 되면 신고 의무가 있나요?",
               "학교폭력 가해학생에게 내릴 수 있는 조치는 무엇인가요?"),
        "en": ("A student made and shared a deepfake of a classmate. What must the school do?",
               "Must school staff report a sexual crime against a student?",
               "What measures can be taken against a student who committed school violence?"),
    }),
    Role("policy", "aide", {"ko": "정책·법률 업무를 해요", "en": "Policy and law"}, {
        "ko": ("2024년 10월 이전에는 딥페이크를 시청하면 처벌받았나요?",
               "성폭력처벌법 제14조의2는 언제 어떻게 바뀌었나요?",
               "딥페이크를 만들면 처벌이 어떻게 되나요?"),
        "en": ("Before October 2024, was watching a deepfake a crime?",
               "When and how did Article 14-2 of the Sexual Violence Punishment Act change?",
               "What is the penalty for making a sexual deepfake?"),
    }),
)
ROLE_BY_KEY = {r.key: r for r in ROLES}

#: A statute version in the source browser's list, in the statute's own Korean notation in both languages.
VERSION_CHOICE = "{effective} ({kind} 제{number}호, 공포 {promulgated})"

TEXT = {
    "ko": {
        "title": "딥페이크 성범죄 법률·지원 안내",
        "subtitle": "법령·정부 지침·보도에서 찾은 내용을 출처와 함께 보여 드립니다. 입력한 내용은 저장되지 않습니다.",
        "not_advice": "이 안내는 법률 자문이 아니라 공개된 법령과 자료에 근거한 정보입니다. 급하면 아래 번호로 바로 연락하세요.",
        "help_title": "지금 도움이 필요하면",
        "quick_exit": "빠른 나가기 (Esc 두 번)",
        "language": "화면 언어",
        "role": "어떤 상황인가요? (답변 방식이 달라집니다)",
        "chat_tab": "묻고 답하기",
        "chat": "대화",
        "question": "질문",
        "question_placeholder": "예: 딥페이크 영상을 지워 달라고 어디에 요청하나요?",
        "send": "보내기",
        "clear": "대화 지우기",
        "examples": "예시 질문",
        "as_of": "기준일 (YYYY-MM-DD, 비우면 오늘)",
        "sources": "출처",
        "sources_empty": "답변의 [번호]를 누르면 그 출처와 인용한 부분이 여기에 표시됩니다.",
        "browse_tab": "법령 보기",
        "law": "법령",
        "version": "판 (시행일)",
        "article": "조문",
        "search": "조문 검색",
        "search_placeholder": "예: 허위영상물 시청",
        "search_button": "찾기",
        "time_tab": "법의 변화",
        "gaps_date": "기준일 (YYYY-MM-DD)",
        "gaps_button": "표 보기",
        "history_article": "조문 (예: 14조의2)",
        "history_button": "연혁 보기",
        "thinking": "자료를 찾고 있습니다…",
        "bad_date": "기준일은 2024-10-16 처럼 YYYY-MM-DD 형식으로 적어 주세요.",
        "empty_index": "아직 자료가 색인되지 않았습니다. 관리자에게 `kb build` 실행을 요청해 주세요.",
        "error": "답변을 만드는 중 문제가 생겼습니다. 잠시 후 다시 시도하거나 아래 상담 번호로 연락해 주세요.",
        "official": "법제처 국가법령정보센터에서 보기",
        "in_force": "시행",
        "now": "현재",
        "card": "이 프로젝트의 안내 카드 (인용한 법령·자료는 본문에 표시)",
        "card_law": "법령 원문 (이 카드가 근거로 삼은 조문)",
        "cite_label": "출처 {n}",
        "no_match": "찾은 조문이 없습니다.",
        "gaps_caption": "{as_of} 현재 처벌 조항 (빈 칸 = 공백)",
        "adult": "성인",
        "minor": "아동·청소년",
        "gap": "공백",
        "since": "{day}~",
        "wordings": "{n}개 문언",
        "penalty_changes": "형량 변화",
        "no_history": "이 조문의 기록이 없습니다.",
    },
    "en": {
        "title": "Deepfake sexual crimes: law and help in Korea",
        "subtitle": "Answers from statutes, government guidance and news, with their sources. Nothing you type is stored.",
        "not_advice": "This is information from public laws and sources, not legal advice. If it is urgent, call one of the numbers below now.",
        "help_title": "If you need help now",
        "quick_exit": "Quick exit (Esc twice)",
        "language": "Interface language",
        "role": "Which describes you? (answers adapt)",
        "chat_tab": "Ask",
        "chat": "Conversation",
        "question": "Question",
        "question_placeholder": "e.g. How can I get a deepfake of me deleted?",
        "send": "Send",
        "clear": "Clear conversation",
        "examples": "Example questions",
        "as_of": "As of (YYYY-MM-DD, empty = today)",
        "sources": "Sources",
        "sources_empty": "Click a [number] in an answer to see that source here, with the quoted part highlighted.",
        "browse_tab": "Read the laws",
        "law": "Law",
        "version": "Version (in force from)",
        "article": "Article",
        "search": "Search the articles",
        "search_placeholder": "e.g. watching a deepfake",
        "search_button": "Search",
        "time_tab": "Law over time",
        "gaps_date": "Date (YYYY-MM-DD)",
        "gaps_button": "Show matrix",
        "history_article": "Article (e.g. 14-2)",
        "history_button": "Show history",
        "thinking": "Looking through the sources…",
        "bad_date": "Please write the date as YYYY-MM-DD, e.g. 2024-10-16.",
        "empty_index": "Nothing is indexed yet. Please ask whoever runs this app to run `kb build`.",
        "error": "Something went wrong while answering. Please try again, or call one of the help lines below.",
        "official": "Official text at law.go.kr",
        "in_force": "in force",
        "now": "now",
        "card": "This project's knowledge card (the laws and sources it rests on are named in its text)",
        "card_law": "The law itself (the provision this card rests on)",
        "cite_label": "source {n}",
        "no_match": "No article matched.",
        "gaps_caption": "Provisions in force on {as_of} (GAP = no provision)",
        "adult": "adult",
        "minor": "minor",
        "gap": "GAP",
        "since": "since {day}",
        "wordings": "{n} wording(s)",
        "penalty_changes": "Penalty changes",
        "no_history": "No wording of this article is indexed.",
    },
}


def role_choices(lang: str) -> list[tuple[str, str]]:
    return [(r.label[lang], r.key) for r in ROLES]
