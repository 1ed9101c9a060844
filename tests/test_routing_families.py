"""Families of questions found by probe sets written apart from the eval set (issue 17), each asked here in words of
this test's own: the card on what is asked answers (or the law's own paragraph, where no card is named), on the
default index, and says the fact asked for."""
import re

import pytest


@pytest.mark.parametrize("question, card, fact", [
    # a law named without an article: that law's card before another law's
    ("Under the school violence act, do I as a teacher have to report a deepfake I overheard students talking about?",
     "school-report-duty-anyone", r"20"),
    # a duty asked of the police
    ("the cops say the fake is still up online. do they have to do anything to get it removed?",
     "support-police-deletion-duty", r"23-2|23조의2"),
    # someone asking on the victim's behalf
    ("can my husband apply for deletion support on my behalf?", "support-deletion-who-can-ask", r"spouse|배우자"),
    # how to keep someone away, after a story of messages
    ("my ex keeps DMing me the edited pics. how do i stop him from coming near me?", "support-stalking-stay-away",
     r"emergency|provisional"),
    # a platform as the duty-holder
    ("We run a community site. Do we need to appoint an officer against illegal filmed material, and what is the fine "
     "if we don't?", "support-illegal-information-blocking", r"20 million|2천만"),
    # the committee as the one that decides
    ("what can the deliberation committee order against a student who made deepfakes?", "school-measures-nine-list",
     r"apolog"),
    # a young victim's details printed
    ("a newspaper printed the name of the school of a 16-year-old victim. is that legal?",
     "rights-youth-victim-identity-secrecy", r"31"),
    # a person already punished, asked about a job
    ("딥페이크로 처벌받은 사람이 나중에 학원에서 일할 수 있나요?", "penalty-youth-employment-ban", r"취업\s*제한"),
    # a heavier sentence asked for who did it
    ("담임 선생님이 학생 사진으로 합성물을 만들면 선생님이라서 더 무겁게 처벌되나요?", "penalty-youth-reporter-offender",
     r"2분의\s*1"),
    # keeping the two apart before the committee meets
    ("학폭위 전에 가해 학생이랑 우리 애를 따로 떼어놔 달라고 할 수 있나요?", "school-victim-separation", r"분리|떼어"),
    # who pays for a removal, asked beside the offender or in a teenager's words with a wage word
    ("Who legally bears the cost of the takedown work the support centre does: the victim, the government, or the offender?",
     "support-deletion-cost", r"offender"),
    ("삭제 지원 받으면 돈 내야됨?? 나 알바비밖에 없는데..", "support-deletion-cost", r"가해자"),
    # a heavier penalty asked of a teacher who did it: the card on those bound to protect children, from beyond the
    # candidates the penalty words alone found
    ("If a teacher at our school made deepfakes of his own pupils, would the law punish him more harshly than a stranger?",
     "penalty-youth-reporter-offender", r"one half|18"),
    # the measures that protect the one harmed, asked of the committee, are not the measures against the offender
    ("As her mother, what protective measures can the committee order for my daughter, and how fast?",
     "school-victim-protection-measures", r"7 days"),
    # the same act weighed by who is shown
    ("A boy made sexual fake images of my 14-year-old. Is that treated more seriously because she's a minor?",
     "penalty-minor-deepfake", r"life|at least 5"),
    # material handed over in undercover work
    ("Can undercover police really sell an adult victim's deepfake to offenders to look legit?",
     "support-undercover-victim-consent", r"consent"),
    # drink told of the one who did it, beside the act and its material: the intoxication card, not the act's penalty
    ("He says he was wasted when he posted the fakes of me. Can that get him a lighter sentence?",
     "penalty-intoxication-no-mitigation", r"Article 20"),
    ("걔가 술 취해서 합성사진 올린 거라는데 그럼 형이 줄어들어요?", "penalty-intoxication-no-mitigation", r"제20조"),
    # a principal keeping a case quiet
    ("The school wants to keep the deepfake case quiet for its reputation, no committee. Can a principal do that?",
     "school-violence-no-coverup", r"19\(2\)"),
    # a report the asker must make to the police is no duty of the police
    ("담임인데 반 여학생 합성영상이 돈대요. 학교폭력으로만 처리하면 되나요, 경찰 신고도 해야 하나요?",
     "school-teacher-police-report-duty", r"제34조"),
    # what the helpers need to trace the spread is what to keep
    ("What information does the deletion centre need from us to track how far the fake has spread?", "support-evidence",
     r"keywords"),
    ("삭제지원 받을 때 유포 범위 파악하려면 어떤 자료를 준비해야 돼요?", "support-evidence", r"키워드"),
    # the standards commission named
    ("방심위 신고는 누가 할 수 있어요? 번호도 알려주세요", "support-kocsc-1377", r"1377"),
    # a support centre by its everyday name
    ("해바라기센터는 무슨 법에 근거가 있어요?", "support-integrated-center", r"18"),
    # a young victim and the time limit to prosecute
    ("my son is 16 and someone made a sexual fake of him. when does the time limit for prosecuting it start?",
     "penalty-time-limit-minor-victims", r"adult|19|majority"),
    # doing it again and again: the law's own paragraph answers (no card needed)
    ("합성물을 계속 만들어서 올리는 사람은 더 무겁게 처벌돼요?", None, r"상습"),
    # a held law by the short name people use, which had been taken for a law not held
    ("반 친구가 제 얼굴로 딥페 만들어서 단톡에 뿌렸는데 성처벌법상 최대 형량이 몇 년이에요?", None, r"7년"),
    # spreading for money, said as "돈을 받고": the for-profit paragraph
    ("돈을 받고 합성 영상을 단톡방에 퍼뜨린 사람은 형량이 어떻게 돼요?", None, r"3년\s*이상"),
    # a teacher harmed, the measures against the student asked: the teachers' committee's card, not a parent's
    ("I work as a middle school teacher and one of my pupils made a nude fake of me. What can the committee order "
     "against the pupil?", "school-teacher-rights-committee", r"suspen|transfer"),
    # ... said as the one harmed and the pupil's teacher, the school named as the one that punishes; in Korean too
    ("A student made a deepfake of me, I'm his teacher. What punishments can the school give him?",
     "school-teacher-rights-committee", r"suspen|transfer"),
    ("교사인데 제자가 제 딥페이크를 만들었어요. 학교에서 그 학생한테 어떤 처분을 할 수 있나요?", "school-teacher-rights-committee", r"전학"),
    # where to report, asked plainly: the first steps (112, 1366, the deletion centre), not a platform's duty to answer reports
    ("딥페이크 신고 어디로 해요", "support-first-steps", r"112"),
    # a harm told in shorthand ("ㄷㅍ 당함 어캄"): the first steps, not a bystander's card
    ("ㄷㅍ 당함 어캄", "support-first-steps", r"1366"),
    # who imposes a platform's fine for no officer against illegal images (정보통신망법 76조⑤)
    ("불법촬영물 유통방지 책임자를 안 둔 플랫폼에 과태료는 누가 부과해요?", "support-illegal-information-blocking",
     r"과학기술정보통신부장관이나 방송미디어통신위원회"),
    # a child under 14 who made it, named by age alone: the juvenile division, not the exploitation-material penalty
    ("만 13세 미만이 딥페이크 만들면 어떻게 처리돼요?", "penalty-youth-minor-offenders", r"소년부"),
    # ... while a student harmed keeps the School Violence Act's nine measures
    ("what punishments can the school give to the kid who made the deepfake of my daughter", "school-measures-nine-list",
     r"expulsion|No\. 9"),
    # a teacher harmed, the principal's measures before that committee decides
    ("A student of mine made a sexual deepfake of me. Can the principal act against the student before the teachers' "
     "rights committee meets?", "school-teacher-urgent-measures-2026", r"principal"),
    # how long a court's stay-away order lasts and whether it can be extended: the paragraph with the figures
    ("법원 접근금지 잠정조치는 기간이 얼마나 되고 연장도 되나요?", "support-stalking-stay-away", r"3개월"),
    # a fine told as given, the register asked: the register's card, not the penalty of the act told
    ("친구가 합성 영상 본 걸로 벌금 나올 거래요. 벌금형이어도 신상등록이 되나요?", None, r"등록"),
    # a teacher told of a pupil's harm, asked whether to report: the reporting duty's card (the pupil was harmed)
    ("우리 반 학생이 딥페 피해 당했다고 저한테만 말했어요. 담임인 제가 신고해야 할 의무가 있나요?",
     "school-teacher-police-report-duty", r"300만"),
    # the committee's list asked, with one measure beside it: the list
    ("학폭위가 딥페 만든 중학생한테 줄 수 있는 조치가 뭐뭐예요? 퇴학도 돼요?", "school-measures-nine-list", r"서면\s*사과"),
    # whether a young victim's interview is recorded on video, and refusing it
    ("Will my 14-year-old's police interview be recorded on video? Can we say no to that?",
     "support-video-recorded-statement", r"30"),
    # when an offence first took effect: the earlier wording's line says from when it read so
    ("When did making a sexual deepfake first become its own separate crime? The date it took effect, please.", None,
     r"2020-06-25|25 June 2020"),
    # a threat made to get a meeting: coercion's paragraph beside the threat's
    ("전 남친이 합성 사진 뿌린다고 협박하면서 다시 만나자고 해요. 처벌 조항이랑 형량이 어떻게 돼요?", None, r"3년\s*이상"),
    # a penalty asked under a law named that the deepfake's own articles are not of: that law's paragraph
    ("합성 사진에 거짓 소문까지 붙여 비방하려고 올렸으면 정보통신망법상 벌금은 최대 얼마예요?", None, r"7천만원"),
    # where besides the police a post can be reported to be blocked: the standards commission
    ("Apart from the police, is there somewhere we can report the posts to get them blocked?", "support-kocsc-1377",
     r"1377"),
    # a teacher harmed, what the principal may do before the teachers' committee's decision, asked in Korean
    ("학생이 저를 합성한 음란물을 만들었는데 교권보호위원회 결정 전에 교장 선생님이 먼저 조치할 수 있나요?",
     "school-teacher-urgent-measures-2026", r"추인|보고"),
    # the penalty asked of the employer who punished the one who reported, not of the one who made the fake
    ("My coworker made deepfakes of me and I reported it. Now my boss moved me to another team against my will. "
     "What penalty can the employer face?", "support-no-disadvantage-at-work", r"3 years|30 million"),
    # the school's discipline asked in Korean ("학교에서 어떤 처분"): the measures, not whether it is school violence
    ("중학생 아들이 반 여자애 합성사진 만들었대요. 학교에서 어떤 처분이 나와요?", "school-measures-nine-list", r"서면\s*사과"),
    # the time left to go to the police, asked without the words "limitation" or "too late"
    ("how many years after the fake was posted can she still go to the police about it?", "penalty-time-limit-reporting",
     r"limitation"),
    # a fake said not to be sexual: the sexual-image offence does not reach it
    ("My classmate swapped my face into a silly dance video, nothing sexual. Is that illegal?",
     "penalty-deepfake-not-sexual", r"14-2"),
    ("성적인 내용은 없는 합성 영상인데 이것도 딥페이크 성범죄예요?", "penalty-deepfake-not-sexual", r"처벌되지\s*않"),
    # a place other than a school that the youth law binds to report
    ("My cousin is a nurse at a children's hospital. If a young patient tells her about a fake nude, must she report it?",
     "support-youth-mandatory-reporters", r"34"),
    ("어린이집 교사인데 원아 관련 합성 사진 알게 되면 신고 의무가 있나요?", "support-youth-mandatory-reporters", r"제34조"),
    # a service that charges, asked of a removal
    ("Does the takedown centre charge families anything for the removal?", "support-deletion-cost", r"offender"),
    # what the law calls a deepfake, and its elements
    ("딥페이크의 법적 정의를 조문으로 알려 주세요", "penalty-deepfake-legal-definition", r"제14조의2"),
    ("how does korean law define a deepfake, and does the statute even use that word?",
     "penalty-deepfake-legal-definition", r"14-2"),
    # what an application for removal needs: what to keep, not who may apply
    ("삭제 지원 신청할 때 뭘 준비해야 돼요?", "support-evidence", r"URL|주소"),
    ("what do we need to bring when we apply to get the fake removed?", "support-evidence", r"URL|address"),
    # a drawn figure that looks like a child: the youth law's definition, not the deepfake article
    ("Is it a crime here to make explicit AI pictures of anime characters that look underage?", None,
     r"Article 11\(1\)|representation"),
    # a teacher told of a case, asking what the law asks of them: the reporting duty, not the teacher harmed's card
    ("I'm a homeroom teacher and a student just told me about a deepfake of a classmate. What am I legally obliged to "
     "do?", "school-teacher-police-report-duty", r"34"),
    # undercover work asked of the offenders' trade: the undercover cards, not the victim's consent to hand material over
    ("can cops pose as buyers to catch people selling deepfake porn of teens?", None, r"22-2|25-2"),
    # a fake of a child weighed against one of an adult: the youth law's heavier penalty
    ("애들 얼굴로 만든 딥페이크는 어른 거보다 처벌이 더 센가요?", None, r"청소년성보호법|아동ㆍ청소년성착취물|아동·청소년성착취물"),
    # a borderline form named ("bikini"): the law's article on sexual edits answers, no abstention
    ("if someone photoshops my face onto a bikini pic is that a crime", None, r"14-2"),
    # an article named in lower case without its law: a card resting on that article, not another law's history
    ("what did the 2024 amendment change in article 14-2?", "penalty-deepfake-law-history", r"16 October 2024"),
    # an AI business asked to be punished: the duties and fines of AI businesses, not the maker's prison term
    ("can the company that made the face swap app be fined or punished?", "platform-ai-business-liability",
     r"^No law held here punishes"),
    ("딥페이크 앱 만든 회사도 처벌받나요?", "platform-ai-business-liability", r"^여기 있는 법에는"),
    # material on a site abroad: deletion support's scope, which is not limited to Korean sites
    ("the fake video is on a website hosted overseas. can deletion support still help?", "support-deletion-scope",
     r"foreign|Korean sites"),
    ("외국 사이트에 올라간 합성 영상도 삭제 지원 받을 수 있나요?", "support-deletion-scope", r"해외|국내 사이트"),
    # one reported who denies it: the accused student's rights before the committee, not a bystander's or a victim's card
    ("My daughter was accused of making a fake nude of a classmate but she says she never did. What can we do at the "
     "school violence hearing?", "school-accused-student-rights", r"17\(8\)"),
    ("아들이 딥페이크 만든 애로 몰렸는데 자기는 안 했대요. 심의에서 말할 기회가 있나요?", "school-accused-student-rights",
     r"제17조제8항"),
    # a lawyer asked about as a condition of reporting: the victim's lawyer card, which says it is none
    ("is hiring an attorney required before i go file a complaint about the fake pics?", "support-victim-lawyer",
     r"not a condition"),
    ("변호사 없으면 고소 못 하나요?", "support-victim-lawyer", r"변호사 없이도"),
    # how long a removal takes: no number of days in the law, "without delay", the plan's 24 hours
    ("how many days do they have to remove the fake once i've asked?", "support-deletion-how-long",
     r"without delay.*24 hours"),
    ("삭제 요청하면 보통 며칠이면 지워져요?", "support-deletion-how-long", r"지체 없이.*24시간"),
    # showing that the image is a fake: what to keep and show
    ("how can i show the cops the nude going around is a fake and not really me?", "support-evidence", r"URL"),
    # filming at school weighed against deepfakes: the filming offence, not the school's measures
    ("몰카 찍힌 거랑 딥페이크랑 같은 법으로 처벌돼요? 학교 탈의실에서 찍혔어요", "penalty-illegal-filming", r"제14조"),
    ("a boy secretly filmed me in the school changing room. is that the same crime as a deepfake?",
     "penalty-illegal-filming", r"Article 14\(1\)"),
    # a teacher told as the one who made it: the heavier penalty for one bound to protect children, not a teacher harmed
    ("우리 학교 선생님이 학생들 사진으로 합성물 만들었대요 그 선생님 어떻게 되나요", "penalty-youth-reporter-offender",
     r"2분의\s*1"),
    ("our homeroom teacher made deepfakes of the girls in class. what happens to him?", "penalty-youth-reporter-offender",
     r"one half"),
    # those who did it said to be as young as the child harmed: the juvenile division, not a life sentence
    ("my little sister is 12 and boys in her class made a naked ai picture of her. what happens to them, theyre 12 too",
     "penalty-youth-minor-offenders", r"juvenile"),
    # from what age one can be punished: the card on children under 14, not a prison term
    ("how old do you need to be before you can be charged over a deepfake?", "penalty-youth-minor-offenders", r"under 14"),
    ("딥페이크 만들면 몇 살부터 형사처벌 받아요?", "penalty-youth-minor-offenders", r"14세 미만"),
    # whether parents are told of a report at school: the guardians of both students are (School Violence Act 20(2))
    ("if i tell my teacher about the fake will she call my parents", "school-parents-notified", r"20\(2\)"),
    ("딥페이크 당한 거 학교에 말하면 우리 엄마한테도 연락 가요?", "school-parents-notified", r"제20조 제2항"),
    ("Will the school let the parents of the boy who made the deepfake know about it?", "school-parents-notified",
     r"guardians"),
    # a teacher sent a deepfake by a parent: the parent's infringement of teaching, not a bystander's card
    ("A teacher at our school was sent a deepfake by one of the parents. What can be done?",
     "school-teacher-parent-infringement", r"26\(2\)|apolog"),
    # what became law after the 2024 crisis
    ("which changes to the law came after the 2024 telegram deepfake rooms?", "support-government-response-2024",
     r"15-3|14-2\(4\)"),
    # the asker's own name asked of as what may be made public: the victim's identity, not an offender's disclosure
    ("if i go to the police about the fake pics, will my identity get leaked?", "support-victim-identity-protection",
     r"Article 24"),
    ("경찰에 신고하면 제 신원이 알려질까 봐 무서워요", "support-victim-identity-protection", r"제24조"),
    # whether someone is put on the register: the card on who is registered, not on correcting the register
    ("do people convicted over deepfakes end up on the sex offender registry?", "penalty-registration-and-orders",
     r"42\(1\)"),
    ("딥페이크 유포로 벌금형 받아도 신상정보 등록 대상이 되나요?", "penalty-registration-and-orders", r"제42조"),
    # a school's staff telling others of a student's case: the school's duty of confidentiality, not who must report
    ("the counselling teacher told other parents about my deepfake case. is she allowed to?", "school-confidentiality",
     r"21\(1\)"),
    ("학폭 담당 선생님이 제 사건을 다른 학부모들한테 말했어요 이래도 돼요?", "school-confidentiality", r"제21조"),
    # a number to call asked for: the card whose direct answer gives one, not one on the same matter that gives none
    ("who do i call to get the fake videos taken down", "support-central-center", r"02-735-8994"),
    # undercover work asked to catch the trade, or whom it reaches with nothing handed over named: the undercover card,
    # not the victim's consent to material handed over
    ("can police go undercover to catch deepfake sellers", "support-undercover-investigation", r"22-2"),
    ("위장수사는 피해자가 성인인 딥페이크 사건에도 쓸 수 있어요?", "support-undercover-investigation", r"제22조의2"),
    # how long deletion takes, asked as "얼마나 걸려요": the deletion-time card, not who pays
    ("합성 사진 삭제 요청하면 얼마나 걸려요?", "support-deletion-how-long", r"지체\s*없이"),
    # a label on AI output asked about: the labelling card, not the state's support for AI
    ("AI로 만든 이미지에 워터마크 표시 의무 있나요?", "support-ai-labelling", r"제31조"),
    # a class changed, or a seat beside the one who did it: keeping them apart
    ("우리 애가 가해 학생이랑 같은 반이라 반을 옮겨 달라고 하고 싶어요", "school-victim-separation", r"분리"),
    # AI said to put the image outside the law: the card on what Article 14-2 covers (it asks no tool), not AI labelling
    ("the guy says an AI made it so it doesn't count as a crime, is he right?", "penalty-deepfake-legal-definition",
     r"14-2"),
    ("AI가 만든 거라서 처벌 안 받는다는데 맞아요?", "penalty-deepfake-legal-definition", r"제14조의2"),
    # removal asked with the police left out: deletion support needs no report (Article 7-3(2)), not the evidence card
    ("is there a way to get the fake taken down if we don't involve the police at all?",
     "support-deletion-without-police", r"7-3\(2\)"),
    ("제 합성 사진이 돌아다니는데 경찰서에 안 가고 지워 달라고만 할 수 있어요?", "support-deletion-without-police",
     r"제7조의3 제2항"),
    # only whether one can report, after a story of someone who saw it: the police report card, not a viewing penalty
    ("a classmate told me he saw a fake of me online but i never saw it myself. can i still report?",
     "support-police-report", r"112"),
    # whether the one who did it will learn who reported, outside a school case
    ("if i go to the police will the guy who posted it know it was me who reported him?", "support-reporter-protection",
     r"Article 23"),
    ("경찰에 신고하면 그 사람이 제가 신고한 걸 알게 될까요?", "support-reporter-protection", r"제23조"),
    # the one who did it named as a teacher, and what follows for them
    ("what would happen if the offender turned out to be a teacher at her school?", "penalty-youth-reporter-offender",
     r"one half|Article 18"),
    ("가해자가 담임 선생님이면 어떻게 돼요?", "penalty-youth-reporter-offender", r"2분의\s*1|제18조"),
    # whether the committee must sit at all
    ("is the school required to convene a committee for this or can the principal deal with it?", "school-self-resolution",
     r"13-2"),
    ("학폭위는 무조건 열리는 거예요? 꼭 개최해야 하나요", "school-self-resolution", r"제13조의2"),
    # a boy or a man as the one harmed
    ("my little brother is 15, a kid made a nude edit of him. is that even a crime if the victim is a boy?",
     "rights-victims-of-any-sex", r"14-2"),
    ("남성 피해자도 여자랑 똑같이 보호받아요?", "rights-victims-of-any-sex", r"제14조의2"),
    # one harmed asking what to do, and nothing narrower
    ("a guy in my class made a fake nude of me and sent it round the class chat. what should i do??", "support-first-steps",
     r"1366"),
    ("제 얼굴 합성한 사진이 여기저기 돌아다니는 것 같아요 뭐부터 해야 할까요", "support-first-steps", r"1366"),
    # a teacher told of a pupil's harm, asking what to do: the duty to report
    ("I teach year 9 and a girl in my class just told me boys made fake nudes of her. What do I have to do now?",
     "school-teacher-police-report-duty", r"34"),
    # a measure before the committee decides, asked in English
    ("is the principal allowed to send the boy home before the committee rules on the deepfake?",
     "school-principal-immediate-measures", r"committee"),
    # a teacher's image named in English: the teachers' cards
    ("which law deals with deepfake porn of teachers that kids in the school make?", "school-teacher-deepfake-victim",
     r"Article 19|educational activit"),
    # money claimed in court for the harm, from whomever (the separation card had answered the offender's parents)
    ("가해 학생 부모한테 손해배상 청구할 수 있나요", "rights-online-damages-false-info", r"제44조의10"),
    ("can i take the person who spread it to civil court for compensation?", "rights-online-damages-false-info",
     r"44-10"),
    # where to ask for deletion or to report: a card that gives the number (it had reached how long deletion takes, and
    # the teacher's duty's scope)
    ("딥페이크 영상 삭제 요청 어디서 해요?", "support-central-center", r"02-735-8994"),
    ("교사가 딥페이크 피해 학생 알게 되면 어디에 신고해야 하나요", "support-school-report-117", r"112"),
    # a demand with the harm if it is not met, asked as the offence it is (the sale card had answered: money named)
    ("I was asked to pay money or he will send the deepfakes to my school. is that extortion?", "penalty-deepfake-threat",
     r"14-3"),
    # whether one who reports school violence stays unnamed: the school's secrecy (it reached who must report)
    ("학폭 신고하면 신고자 비밀 보장되나요", "school-confidentiality", r"제21조"),
    # an act away from school, asked of the school's reach: school violence is inside or outside school (제2조제1호)
    ("is the school allowed to punish a kid for a deepfake made outside school?", "school-deepfake-is-school-violence",
     r"outside school"),
    ("학교 밖에서 만든 딥페이크도 학교에서 징계할 수 있나요", "school-deepfake-is-school-violence", r"학교 안이든 밖이든"),
    # a teacher who says so first and speaks as the one harmed, asking where to get help: the teachers' card, its line 1395
    ("교사인데 학생들이 제 얼굴로 딥페이크 만들었어요 어디에 도움 요청하죠", "school-teacher-deepfake-victim", r"1395"),
    # the accused's side appealing the committee's decision, with no word of the crime (it abstained)
    ("I'm the parent of the accused. can we appeal the committee's decision?", "school-appeals", r"17-2"),
    # the least age one can be punished at, asked in English (the penalty of making one had answered)
    ("what's the youngest age someone can be punished for making deepfakes?", "penalty-youth-minor-offenders",
     r"under 14"),
])
def test_a_family_found_by_the_probes_routes_to_the_card_that_answers_it(full_kb, question, card, fact):
    answer = full_kb.answerer.ask(question)
    assert not answer.abstained and not answer.refused, answer.answer
    if card is not None:
        assert answer.route and answer.route["card"] == card, (answer.route, answer.answer[:300])
    assert re.search(fact, answer.answer, re.I | re.M), answer.answer


@pytest.mark.parametrize("question, other", [
    ("회사가 처벌받을 수도 있어요?", True), ("What criminal penalty does the company side face?", True),
    ("회사 동료가 처벌받나요?", False), ("My coworker made a deepfake of me. Will he get punished?", False),
])
def test_a_penalty_asked_of_the_employer_is_told_from_one_asked_of_a_coworker(question, other):
    from kb.answer.strategies.statutes import _OTHER_PARTY_PUNISHED

    assert bool(_OTHER_PARTY_PUNISHED.search(question)) is other


@pytest.mark.parametrize("question, not_first, help_", [
    # the age said beside the material made the exploitation material's penalty card answer a request for removal
    ("My 15 y/o found a fake nude of herself on some site. How do we get it taken off?",
     r"imprisonment|at least 5 years", r"1366|02-735-8994|delet|remov|take"),
    ("I'm 14 and someone uploaded an edited video of me to a website, how can I have it removed from there?",
     r"imprisonment|at least 5 years", r"1366|02-735-8994|delet|remov|take"),
    # a frightened teenager who asks nothing was answered with the threat offence's penalty
    ("중2인데 애들이 제 얼굴로 합성한 거 돌린대요 무서워요", r"징역|imprisonment|협박|threat", r"1366|02-735-8994|117|112"),
    ("im 16 and some guys made an edited pic of me, i'm so scared", r"징역|imprisonment|협박|threat",
     r"1366|02-735-8994|117|112"),
    # whom to call, asked by a parent after a story at school, got the school's nine measures first
    ("our 14 year old's classmate made a fake nude of her at school. who should we contact?",
     r"No\. ?\d|written apology|expulsion", r"1366|02-735-8994"),
])
def test_a_young_victim_asking_for_help_gets_help_first_not_a_penalty(full_kb, question, not_first, help_):
    answer = full_kb.answerer.ask(question)
    first = answer.answer.splitlines()[0]
    assert not re.search(not_first, first), answer.answer
    assert re.search(help_, answer.answer, re.I), answer.answer


@pytest.mark.parametrize("question", [
    "Is it illegal to make a deepfake of a celebrity if it's not sexual, just funny?",
    "야한 건 아니고 웃기려고 친구 얼굴 합성했는데 이것도 처벌돼요?",
])
def test_a_fake_said_not_to_be_sexual_gets_no_sexual_deepfake_penalty(full_kb, question):
    answer = full_kb.answerer.ask(question)
    assert answer.route and answer.route["card"] == "penalty-deepfake-not-sexual", answer.route
    first = answer.answer.splitlines()[0]
    assert re.search(r"not punished|처벌되지\s*않", first), answer.answer
    # no line gives Article 14-2's penalty as if it applied
    assert not re.search(r"7년 이하의 징역 또는 5천만원|7 years' imprisonment or a fine of up to KRW 50 million", answer.answer), \
        answer.answer


@pytest.mark.parametrize("question, first, never", [
    ("2022년 3월 1일 기준으로 제14조의2는 뭐라고 규정했나요?", r"5년 이하", r"학교폭력|School Violence"),
    ("What did Article 14-2 provide on 1 March 2022?", r"5 years", r"school violence|성폭력방지법|7-3"),
])
def test_the_wording_of_an_article_on_a_past_date_is_given_by_that_article(full_kb, question, first, never):
    # a card on when the article began led the Korean answer; another law's Article 2 and 7-3 filled the English one
    answer = full_kb.answerer.ask(question)
    lines = answer.answer.split("\n\n")[0].splitlines()
    assert re.search(first, lines[0]), answer.answer
    assert not any(re.search(never, line, re.I) for line in lines), answer.answer


@pytest.mark.parametrize("question", [
    "do i need a lawyer to file a complaint about a deepfake of me?",
    "Do I have to get a lawyer before the police will take my report?",
])
def test_a_lawyer_asked_as_a_requirement_gets_no_bare_yes(full_kb, question):
    # the victim's lawyer card opens "Yes." to its own title (can a victim have one?): said to "do I need one?", it
    # would tell a victim that a lawyer is required
    answer = full_kb.answerer.ask(question)
    assert not re.match(r"\s*Yes\b", answer.answer), answer.answer
    assert re.search(r"not a condition|may appoint", answer.answer), answer.answer


@pytest.mark.parametrize("question", [
    "if i share a deepfake in a private chat with only 2 friends is that still a crime",
    "단톡방 말고 친구 두 명한테만 개인톡으로 합성사진 보내도 범죄예요?",
])
def test_penalty_lines_are_not_followed_by_a_police_operation_sharing_their_words(full_kb, question):
    # the undercover cards (a police officer joining a chat room) share "chat" with the question, not its offence
    answer = full_kb.answerer.ask(question)
    assert re.search(r"14-2\(2\)|제14조의2 제2항", answer.answer), answer.answer
    assert not re.search(r"undercover|hide that they are police|신분(?:비공개|위장)", answer.answer), answer.answer


@pytest.mark.parametrize("question", [
    "can i report the deepfake to my school without my parents finding out?",
    "부모님 모르게 학교에 딥페이크 신고할 수 있어요?",
])
def test_reporting_at_school_without_the_parents_knowing_gets_no_bare_yes(full_kb, question):
    # the guardians of both students are told (School Violence Act 20(2)): a "Yes." here would promise the opposite
    answer = full_kb.answerer.ask(question)
    assert not re.match(r"\s*(?:Yes|네)\b", answer.answer), answer.answer
    assert re.search(r"guardians|보호자", answer.answer.splitlines()[0]), answer.answer


def test_a_bystander_asking_about_the_chat_gets_no_penalty_for_what_another_does_again_and_again(full_kb):
    # "keeps sending" is the friend's doing: the habitual offender's aggravation, or a guessed act's prison term, led
    answer = full_kb.answerer.ask("my friend keeps sending me deepfakes of a classmate in our group chat. am i in trouble "
                                  "for being in the chat?")
    assert answer.route and answer.route["card"] == "support-bystander", answer.route
    assert not re.search(r"habitual|editing, compositing", answer.answer), answer.answer


def test_a_law_against_something_asks_whether_it_is_punished(full_kb):
    # before: the AI Act's labelling duty answered; the offences that punish it answer
    answer = full_kb.answerer.ask("does korea have a law against AI generated sexual images of minors")
    first = answer.answer.split("\n")[0]
    assert "Article 11" in first or "Article 14-2" in first, answer.answer[:400]


def test_a_video_of_the_harm_is_no_recorded_statement():
    from kb.answer.premises import premise
    from kb.answer.understanding import understand

    topics = ["minors", "video-recording", "recorded-statement"]
    question = "is there anything i can do if the video is on telegram"
    assert premise(question, understand(question), topics) == -1
    asked = "will my statement to the police be video recorded?"
    assert premise(asked, understand(asked), topics) >= 0


def test_a_service_that_does_not_remove_material_is_no_business_fined_for_its_employee(full_kb):
    # before: the youth law's joint penalty ("the company is fined too … when the material is made") answered
    answer = full_kb.answerer.ask("can the platform be punished for not removing it")
    assert not (answer.route and answer.route["card"] == "platform-youth-company-liability"), answer.answer[:300]
    assert "joint-penalty" not in answer.answer, answer.answer
