"""Premises: a teachers' card is not the answer for a student harmed or a teacher who must report, a child-victim card not for a child
who did it, the AI law's cards not for a person harmed by an AI-made image, a stalking card not where nobody
stalks; a young offender's card is first when the question names one and asks about punishment, a penalty card
when a question asks for a penalty and names no school; a damages card is not the answer to a removal asked, and
the card on treatment at work is first when work and harm done there are named."""
import pytest

from kb.answer.premises import premise, young_offender_stated
from kb.answer.understanding import doer_age_named, doer_under_14, understand


@pytest.mark.parametrize("question, persona, topics, expected", [
    # a teacher harmed: stated by the words, by a staff member harmed, or left open when a teacher is named
    ("학생이 저를 합성한 음란사진을 만들어 돌렸어요. 교권보호위원회에서 그 학생한테 어떤 조치를 할 수 있나요?", "staff", ["teacher-victim"], 1),
    ("a teacher in our school found out students made deepfakes of her. what protection does she get", "staff", ["teacher-victim"], 0),
    ("a student made a deepfake of me", "staff", ["teacher-victim"], 0),
    # ... and stated by a teacher who says so and speaks as the one harmed
    ("I'm a teacher and students made a fake of me", "victim", ["teacher-victim"], 1),
    ("교사인데 학생들이 제 얼굴로 딥페이크 만들었어요", "victim", ["teacher-victim"], 1),
    # ... contradicted when the asker harmed is a student, or when nobody teaches
    ("my teacher saw the deepfake of me. what do i do", "victim", ["teacher-victim"], -1),
    ("담임쌤이 제 합성사진 봤대요 어떡해요", "victim", ["teacher-victim"], -1),
    # a card on adult victims: contradicted when the one harmed is under 19, open otherwise
    ("im 17 and i have to testify. can i do it by video link", "victim", ["adults"], -1),
    ("I'm 24 and have to testify. Can I do it by video link?", "victim", ["adults"], 0),
    # a card of a year's figures: contradicted when no figure is asked for
    ("r telegram channel admins liable in korea for deepfake rooms even if they didnt make the pics", "bystander",
     ["figures"], -1),
    ("What is MOGEF's role versus the Ministry of Education's role in responding to deepfakes?", "aide", ["figures"], -1),
    ("how many schools were hit by deepfakes in 2024", "aide", ["figures"], 0),
    ("2024년 텔레그램 딥페이크 피해 규모가 어느 정도였어요?", "aide", ["figures"], 0),
    ("what disciplinary measures can the school give to the kid who made the fakes", "staff", ["teacher-victim"], -1),
    # ... and when a teacher is the one who must report a harm, nobody speaking as harmed
    ("I'm a teacher, do I have to call the police if a student tells me", "staff", ["teacher-victim"], -1),
    ("what happens to a teacher who doesnt report a deepfake of a student", None, ["teacher-victim"], -1),
    ("담임인데 학생이 딥페이크 피해를 털어놨어요 꼭 경찰에 신고해야 하나요", "staff", ["teacher-victim"], -1),
    ("students made a deepfake of me, i'm their teacher. do i have to report it to the police", "staff",
     ["teacher-victim"], 1),
    ("교장이 교권침해 사건을 교육청에 신고 안 하고 덮으려 해요", "staff", ["teacher-victim"], 1),
    # a child harmed under 13, contradicted when the only young person is the one who did it
    ("the boy who did it is 13. can he even be punished", None, ["under-13"], -1),
    ("가해자가 중2래요 처벌 받아요?", None, ["under-13"], -1),
    ("my 10 year old was touched by a neighbour", "parent", ["under-13"], 0),
    # a young offender's card: stated by a young doer, nobody young harmed, and a question of punishment
    ("the boy who did it is 13. can he even be punished", None, ["juvenile"], 1),
    ("딥페이크 만든 애가 13살이에요 처벌돼요?", None, ["juvenile"], 1),
    ("the boy who did it is 13. how do i report it", None, ["juvenile"], 0),
    # ... and contradicted when the young person named is the one harmed and no doer is said to be young
    ("my 13 year old daughter was sent a fake. will they be punished", "parent", ["juvenile"], -1),
    # ... stated by an age said of "he" whose punishment is asked, even beside a young person harmed
    ("bro my friend made an ai nude of a girl in our grade as a joke. hes 14. can he actually go to jail", None,
     ["juvenile"], 1),
    ("a boy in her class made fake pics of my daughter. he's only 13, will he be punished", "parent", ["juvenile"], 1),
    # (the age said of "she", the daughter harmed, before a full stop: the young person named is the one harmed)
    ("someone made a fake of my daughter, she's 15. will he go to jail", "parent", ["juvenile"], -1),
    # ... stated by the age of the asker's child said with what the child did, and "what happens to him"
    ("My son is 12 and made a fake nude of a girl in his class. what happens to a child that young?", "parent",
     ["juvenile"], 1),
    ("our son is 13, he made deepfakes of classmates. will he go to jail?", "parent", ["juvenile"], 1),
    ("my boy is 11 and got caught sharing fakes, what happens to him?", "parent", ["juvenile"], 1),
    ("my son is 16 and she made a deepfake of him. will she be punished", "parent", ["juvenile"], -1),
    ("my daughter is 15 and someone made a fake nude of her. will they go to jail", "parent", ["juvenile"], -1),
    # ... and not when the punishment asked is the school's
    ("what punishments can the school give to the kid who made the deepfake", "parent", ["juvenile"], 0),
    ("the boy who made it is 14. can the school expel him or will he be punished", "parent", ["juvenile"], 0),
    # a card on what the criminal law punishes: stated by a question asking for a penalty that names no school
    ("what's the penalty for making deepfakes", None, ["penalty", "deepfake"], 1),
    ("what's the jail time for putting someone's face on porn and sharing it", None, ["penalty"], 1),
    ("딥페이크 만들면 징역 몇 년이에요?", None, ["penalty"], 1),
    ("what punishment will the kid who made it get at school", "parent", ["penalty"], 0),
    ("what punishments can the school give to the kid who made the deepfake", "parent", ["penalty"], 0),
    # a card on the limitation period: stated when the question names it, in words of the law or everyday ones
    ("Is the statute of limitations different when the deepfake victim is a minor?", None, ["limitation-period"], 1),
    ("is it too late to press charges, it happened when i was 15", "victim", ["limitation-period"], 1),
    ("공소시효가 지났으면 처벌 못 하나요?", None, ["limitation-period"], 1),
    ("If the person in the deepfake is a minor, is the punishment heavier?", None, ["limitation-period"], 0),
    # the school's measures as a whole: asked when the school is named as the one that punishes, no one measure named
    ("what punishments can the school give to the kid who made the deepfake", "parent", ["school-measures"], 1),
    ("how will the school punish the boy who made fakes of my daughter", "parent", ["school-measures"], 1),
    ("can the school expel the boy who made it", "parent", ["school-measures"], 0),
    ("what's the penalty for making deepfakes", None, ["school-measures"], 0),
    ("학교에서 가해 학생은 어떤 처벌 받아요?", "parent", ["penalty"], 0),
    ("how do I report a deepfake", None, ["penalty"], 0),
    ("Can they be punished for outing me as the girl in the deepfake?", "victim", ["penalty"], 0),
    ("What fine does a platform pay for not appointing a responsible officer?", "aide", ["penalty"], 0),
    ("피해자보호명령을 가해자가 지키는지 누가 점검하나요?", "aide", ["stalking"], 0),
    ("the boy who made the deepfakes is 13. what's the penalty", None, ["penalty", "juvenile"], 2),
    ("the boy who made the deepfakes is 13. what's the penalty", None, ["penalty"], 1),
    # a card on young people: contradicted when the question names adults and no young person
    ("Since when can police conduct undercover investigations into digital sex crimes against adults?", "aide",
     ["minors"], -1),
    ("성인 대상 디지털 성범죄도 위장수사 되나요?", "aide", ["minors"], -1),
    ("Is a deepfake of a minor punished differently from one of an adult?", None, ["minors"], 0),
    ("고등학교 다닐 때 찍힌 합성 사진인데 성인이 된 지금 신고해도 되나요?", "victim", ["minors"], 0),
    ("can police go undercover to catch people selling deepfakes of kids", "aide", ["minors"], 0),
    # a card on the penalty for one act: stated when the question asks the penalty of that act (counted once)
    ("What is the minimum sentence for producing child sexual exploitation material?", "aide", ["production"], 1),
    ("What is the minimum sentence for producing child sexual exploitation material?", "aide", ["distribution"], 0),
    ("If a student tried to make a deepfake but the app failed, is the attempt punishable?", None,
     ["penalty", "attempt"], 2),
    ("If a student tried to make a deepfake but the app failed, is the attempt punishable?", None,
     ["penalty", "production", "attempt", "habitual"], 2),
    ("my friend made a deepfake of me and shared it, what do i do", "victim", ["distribution"], 0),
    # ... an attempt or habitual offending only for the card about it
    ("협박만 한 경우랑 실제로 뭘 시킨 경우(강요) 처벌이 다른가요?", None, ["penalty", "attempt", "deepfake", "threat"], 1),
    ("협박만 한 경우랑 실제로 뭘 시킨 경우(강요) 처벌이 다른가요?", None, ["penalty", "threat", "coercion"], 2),
    ("If a student tried to make a deepfake but the app failed, is the attempt punishable?", None,
     ["penalty", "production", "attempt"], 2),
    # a stalking card: contradicted when nobody pursues the asker and no stalking is named, stated when someone does
    # in everyday words, open when stalking is named
    ("Will the guy who made it find out my name and address if I go to the police?", "victim", ["stalking"], -1),
    ("can I get a lawyer for free as a deepfake victim", "victim", ["stalking"], -1),
    ("my ex keeps showing up at my work after i told him to stop", "victim", ["stalking"], 1),
    ("헤어진 남친이 차단했는데도 계속 다른 번호로 연락해요", "victim", ["stalking"], 1),
    ("스토킹 피해자도 국선변호사 받을 수 있나요", "victim", ["stalking"], 0),
    ("how long does a stay-away order last", "aide", ["stalking"], 0),
    # a card on material of a child: contradicted when no young person is shown and no such material is named
    ("합성물 받기만 하고 안 열어봤는데 이것도 처벌돼요?", None, ["child-shown"], -1),
    ("is it illegal to watch deepfake porn of celebrities", None, ["child-shown"], -1),
    ("a student made deepfakes of our teacher. what's the penalty", "staff", ["child-shown"], -1),
    ("아청물 갖고만 있어도 처벌돼요?", None, ["child-shown"], 0),
    ("the fake is of a middle schooler. is that a crime?", None, ["child-shown"], 0),
    ("someone made a deepfake of my 15 year old daughter", "parent", ["child-shown"], 0),
    ("반 친구 합성 사진 저장해 뒀는데 처벌받나요", None, ["child-shown"], 0),
    # a card on money for a harm: contradicted when the question asks for removal and names no money
    ("how do i get a fake video of me removed from a porn site", "victim", ["compensation"], -1),
    ("the fake pics of my daughter are on twitter, how do we get them taken down", "parent", ["compensation"], -1),
    ("사이트에 올라간 합성 영상 지우려면 어디에 요청해요", "victim", ["compensation"], -1),
    ("can I sue the guy who posted it and also get it taken down", "victim", ["compensation"], 0),
    ("합성사진 올린 사람한테 손해배상 받을 수 있어요?", None, ["compensation"], 0),
    # the card on a school closing a case itself: contradicted when the committee is said to have decided already
    ("the committee only gave the boy who did it a written apology. can we challenge that", "parent",
     ["self-resolution"], -1),
    ("심의위원회에서 서면사과 처분이 나왔는데 너무 가벼워요", "parent", ["self-resolution"], -1),
    # (whether the committee must sit at all is the self-resolution card's question)
    ("the boy said sorry, does the school still have to hold the committee", "victim", ["self-resolution"], 1),
    # a card on treatment at work: stated when the question names work and something done there against one's will
    ("my boss found out about the deepfake and now he wants me to quit. is that legal", "victim", ["workplace"], 1),
    ("i reported a coworker who made fake porn of me and now im getting bad shifts", "victim", ["workplace"], 1),
    ("회사에 딥페이크 피해 사실을 말했더니 부서를 옮기래요", "victim", ["workplace"], 1),
    ("my coworker made a deepfake of me, what's the penalty", "victim", ["workplace"], 0),
    ("a regular at the cafe where i work follows me after my shift", "victim", ["workplace"], 0),
    # the AI law's cards: not for a person harmed by an image made with AI, unless the AI law is asked about
    ("my coworker shows everyone AI generated nude pics of me at the office. can i get help at work", "victim", ["ai"], -1),
    ("AI로 제 얼굴 합성한 사진이 돌아다녀요 어떡해요", "victim", ["ai"], -1),
    # (an AI business named states the AI law cards' premise)
    ("are AI companies required to label generated images in korea", "aide", ["ai"], 1),
    ("someone made an AI fake of me, shouldn't the app have put a watermark on it?", "victim", ["ai"], 0),
    # a bystander's card: contradicted when the asker is the one shown
    ("My friend made a deepfake of me and posted it. What do I do?", None, ["bystander"], -1),
    ("제 얼굴 합성한 사진이 단톡방에 돌아요", None, ["bystander"], -1),
    # ... and stated when the asker tells of another's image posted in a chat they are in, or sent to them
    ("someone posted a deepfake of a girl in our group chat, what should i do", None, ["bystander"], 1),
    ("단톡방에 누가 친구 합성사진 올렸는데 나도 그 방에 있었으면 처벌받아요?", None, ["bystander"], 1),
    ("a deepfake of a student was shared in the class chat, what must the school do", "staff", ["bystander"], 0),
    ("How is a deepfake shared in a chat punished?", None, ["bystander"], 0),
    # a penalty card: contradicted when the one harmed asks what to do and nothing of punishment
    ("someone in my class photoshopped my face onto a naked body and it's going around. help", None, ["penalty"], -1),
    ("우리 반 남자애가 제 얼굴로 야한 사진 만들어서 돌렸어요 어떡해요", None, ["penalty"], -1),
    ("someone made a deepfake of me, what do i do? can he go to jail for it", None, ["penalty"], 1),
    ("a deepfake of my classmate is going around, what do i do", None, ["penalty"], 0),
    ("my 15 year old daughter got sent a fake nude of herself, what do we do", "parent", ["penalty"], -1),
    ("모르는 계정이 제 얼굴 합성한 사진 보내면서 돈 안 보내면 뿌린대요 어떡해요", None, ["penalty"], 0),  # a threat's card
    # a card on deletion: stated when deletion is asked and punishment is not
    ("딥페이크 피해 영상 지워주는 곳 있나요", None, ["deletion"], 1),
    ("how do i get a fake video of me taken down", None, ["deletion"], 1),
    ("딥페 영상 다운받은 거 지우면 처벌 안 받아요?", None, ["deletion"], 0),
    ("방심위 이름 바뀐 게 삭제요청 조항에도 반영됐는지 언제부터인가요?", "aide", ["deletion"], 0),
    ("위장수사 하면서 제 영상을 미끼로 쓰면 오히려 더 퍼지는 거 아니에요?", None, ["deletion"], 0),
    # deleting one's own copy, asked whether one may, asks what to keep
    ("신고하기 전에 뭘 남겨둬야 해요? 보기 싫어서 다 지워버리고 싶은데 지워도 돼요?", None, ["deletion"], 0),
    ("should i delete his messages or keep them for the police", None, ["deletion"], 0),
    # a card on a young offender: contradicted when the young person named is the one harmed and no doer is young
    ("My 15-year-old son got a message saying they'll send a fake nude of him to his school unless he pays", "victim",
     ["juvenile"], -1),
    # a card on challenging a school measure: stated when a challenge is asked
    ("The committee gave the boy only a written apology. Can we appeal that?", None, ["school", "appeals"], 1),
    ("학폭위 결과에 불복하려면 어떻게 해요?", "staff", ["school", "appeals"], 1),
    ("what measures can the committee give", "staff", ["school", "appeals"], 0),
    ("Can a teacher appeal a disciplinary decision to the appeals commission?", "staff", ["school", "appeals"], 0),
    # a card on prevention (education, plans): contradicted when a measure against the one who did it is asked
    ("can the school make the boy who made deepfakes of me change schools", None, ["school", "prevention"], -1),
    ("가해학생 전학 보낼 수 있나요", None, ["school", "prevention-education"], -1),
    ("must the school run prevention education on suspension rules", "staff", ["school", "prevention"], 0),
    ("how often must a school run school violence prevention education", "staff", ["school", "prevention"], 0),
    # the card comparing fines and prison: stated when it is asked whether a fine is possible
    ("Which deepfake-related offences allow only imprisonment with no fine?", "aide", ["penalty", "imprisonment"], 1),
    ("what is the penalty for sharing a deepfake", None, ["penalty", "imprisonment"], 1),
    ("딥페이크 협박은 벌금형도 있나요?", None, ["imprisonment"], 1),
    ("is sharing a deepfake a crime", None, ["imprisonment"], 0),
    # a card on illegal filming alone: contradicted when a fake is named and no recording
    ("my friend keeps forwarding this ai pic of a girl in our grade to everyone, is that a crime", None,
     ["penalty", "illegal-filming", "distribution"], -1),
    ("he secretly filmed me and then made a deepfake from it, what's the penalty", None,
     ["penalty", "illegal-filming", "distribution"], 1),
    ("my friend keeps forwarding a fake of a girl, is that a crime", None,
     ["penalty", "deepfake", "illegal-filming", "distribution"], 1),
    # a penalty card on deepfakes alone: contradicted when child sexual exploitation material is named as such
    ("아청물 보기만 해도 처벌돼요?", None, ["penalty", "deepfake", "possession", "viewing"], -1),
    ("is it illegal just to have child porn on your laptop", None, ["penalty", "deepfake", "possession"], -1),
    ("아청물 보기만 해도 처벌돼요?", None, ["penalty", "csam", "child-shown", "possession", "viewing"], 2),
    ("미성년자 딥페이크 저장만 해도 처벌돼요?", None, ["penalty", "deepfake", "possession", "viewing"], 2),
    # sexual pictures in everyday words: a sexual messages case, not plain stalking (the stalking card is not first)
    ("someone i dont know keeps dming me gross pictures on insta is that illegal", None, ["stalking"], 0),
    ("someone i dont know keeps dming me on insta and waits outside my school", None, ["stalking"], 1),
    # a school card assumes a school up to high school: contradicted at a university where no child is named
    ("I'm at uni and a guy in my department made deepfakes of like 10 girls. will our names be kept secret", "victim",
     ["school"], -1),
    ("대학생인데 같은 과 선배가 제 딥페이크를 만들었어요", None, ["school"], -1),
    ("대학생인데 같은 과 선배가 제 딥페이크를 만들었어요", None, ["minors"], -1),
    ("고3인데 대학 붙고 나서 반 애가 제 딥페이크를 만들었어요", None, ["school"], 0),
    ("같은 반 애가 제 딥페이크를 만들었어요", None, ["school"], 0),
    # the identity card: stated when the question asks whether the asker's name stays secret or who learns it
    ("I'm at uni and a guy in my department made deepfakes of like 10 girls. will our names be kept secret", "victim",
     ["identity"], 1),
    ("경찰에 신고하면 걔가 내 이름 알게돼?", None, ["identity"], 1),
    ("신고하면 학교에 알려지나요", None, ["identity"], 1),
    ("학폭 심의위원회 열리면 제 이름 비밀 보장돼요?", None, ["identity"], 0),
    ("신고하면 어떻게 돼요?", None, ["identity"], 0),
    # who an anonymous poster is, asked by the one harmed: the poster's identity, not the asker's
    ("Can I find out who the anonymous account that posted my deepfake is?", "victim", ["identity"], 0),
    ("is there a way to learn who runs the anonymous profile posting my pics", "victim", ["identity"], 0),
    ("If I report it, can I stay anonymous?", "victim", ["identity"], 1),
    # the offender's details published by a court's order: the disclosure card's question, not a victim outed
    ("가해자 신상공개 명령이 나오면 얼굴 사진이랑 사는 곳도 다 나와요?", "victim", ["victim-identity"], 0),
    ("If the court orders disclosure, will the sex offender's photo and address be published?", "helper",
     ["victim-identity"], 0),
    # the evidence card: stated when the question asks what to keep or whether to screenshot
    ("What evidence should I save before reporting? should i screenshot it", "victim", ["evidence"], 1),
    ("걔가 내사진 합성한거 안지움 캡쳐해놔야돼?", None, ["evidence"], 1),
    ("단톡방에 누가 친구 합성사진 올렸는데 나도 그 방에 있었으면 캡처해도 돼요?", None, ["evidence"], 0),
    ("How do I report a deepfake?", None, ["evidence"], 0),
    ("알림e에서 본 가해자 얼굴 캡쳐해서 인스타 스토리에 올려도 돼요?", None, ["evidence"], 0),
    ("성범죄자 신상 공개는 누가 해요?", None, ["identity"], 0),
    # a threat's card: stated when a threat is told and what to do, or whether to give in, is asked
    ("My 15-year-old son got a message saying they'll send a fake nude of him to his whole school unless he pays. "
     "What should we do right now?", "victim", ["penalty", "threat"], 1),
    ("고1임 어떤 새끼가 내 딥페이크 안 뿌리려면 돈 보내래 진짜 보내야됨??", None, ["penalty", "threat"], 1),
    ("he said he'll post the fake unless i send more pics. can i talk to someone without my parents knowing", None,
     ["penalty", "threat"], 0),
    # a young victim and a doer said to be young too: the young offender's card
    ("초6 딸이 반 남자애가 만든 합성사진 피해자인데 그 남자애도 초6이에요 처벌 되나요", None, ["juvenile"], 1),
    ("중학생 딸이 딥페이크 피해자인데 만든 사람 처벌 되나요", None, ["juvenile"], -1),
    # a card on how a law changed: stated when since when, or on what date, is asked
    ("교원지위법 교육활동 침해행위에 딥페이크가 들어간 게 언제부터예요", "aide", ["history"], 1),
    ("교원지위법상 교육활동 침해행위가 뭐예요", "aide", ["history"], 0),
    # the duty to report: stated when a teacher or school keeping a harm quiet, or not reporting it, is asked of
    ("우리 학교 선생님이 학생 딥페이크 사건 알고도 덮으려고 하면 어떻게 되나요", None, ["mandatory-reporting"], 1),
    ("what happens to a teacher who doesnt report a deepfake of a student", None, ["mandatory-reporting"], 1),
    ("제 합성사진이 돌고 있는데 신고해야 하나요", None, ["mandatory-reporting"], 0),
    ("딸 학교에 딥페이크 사건이 터졌는데 학교는 경찰에 신고할 의무가 없나요?", None, ["mandatory-reporting"], 1),
    # penalties compared: the card comparing them
    ("성착취물 소지죄 법정형이 딥페이크 소지죄보다 무거운가요", "aide", ["comparison"], 1),
    ("is the penalty for a fake of a minor heavier than for an adult", None, ["comparison"], 1),
    ("딥페이크 소지죄 법정형이 뭐예요", "aide", ["comparison"], 0),
    # the asker's role told in passing names no teacher harmed
    ("교감입니다. 딥페이크 사안 접수되면 학교장이 바로 할 수 있는 조치가 뭔가요", "staff", ["teacher-victim"], -1),
    ("교사인데 학생들이 제 얼굴로 딥페이크를 만들었어요 어떤 보호를 받나요", "staff", ["teacher-victim"], 1),
    # one who was in the server where another posted: the bystander's question
    ("친구가 디코 서버에 여자애들 합성사진 올리는데 나도 그 서버에 있으면 처벌받음?", None, ["bystander"], 1),
    # the company punished beside its employee: the card on a business's own liability
    ("Is a company punished when its employee produces child sexual exploitation material at work?", "aide",
     ["corporate-liability"], 1),
    ("직원이 업무 중에 성착취물을 만들면 회사도 벌금을 내나요?", "aide", ["corporate-liability"], 1),
    ("my coworker made a deepfake of me at work, is that a crime", "victim", ["corporate-liability"], 0),
    # what the law asks of a teacher who was told: the reporting duty's card, not the teacher harmed's
    ("i'm a homeroom teacher. a student told me about a deepfake. what am i legally required to do", None,
     ["teacher-victim"], -1),
    ("i'm a homeroom teacher. a student told me about a deepfake. what am i legally required to do", None,
     ["mandatory-reporting"], 1),
    ("담임인데 학생이 친구 딥페이크 얘기를 해줬어요. 제가 법적으로 뭘 해야 하나요?", None, ["mandatory-reporting"], 1),
    ("I'm a teacher and a student made a deepfake of me. What are my options?", None, ["mandatory-reporting"], 0),
    # whom to call, asked after a story at school: help, not the school's measures
    ("my daughter is 15 and a boy at school put her face on porn. who do we call", None, ["school-measures"], 0),
    ("our son is 14 and a kid at school made fake nudes of him. where should we go for help?", None, ["school-measures"], 0),
    ("what punishments can the school give to the kid who made the deepfake of her?", None, ["school-measures"], 1),
    # undercover work to catch the offenders' trade is no question of the victim's consent to hand material over
    ("can the police go undercover to catch people selling deepfake sex videos of kids", None, ["consent"], 0),
    ("경찰이 아동 딥페이크 파는 사람 잡으려고 위장수사 할 수 있어요?", None, ["consent"], 0),
    ("Can undercover officers sell my video to catch the offenders?", None, ["consent"], 1),
    # a fake of a child weighed against the usual, in words of either language: the card comparing them
    ("is a deepfake of an adult treated differently from one of a minor under korean law", None, ["comparison"], 1),
    ("아이 얼굴로 만든 딥페이크면 처벌이 더 센가요?", None, ["comparison"], 1),
    ("아이 얼굴로 만든 딥페이크면 처벌이 더 센가요?", None, ["child-shown"], 0),
    ("is the punishment worse if the deepfake shows a child", None, ["comparison"], 1),
    # an AI business asked to be punished: the AI law's card, not the maker's penalty; the maker asking is the maker's
    ("are AI companies punished if their app is used to make deepfakes", None, ["penalty", "deepfake", "editing"], -1),
    ("are AI companies punished if their app is used to make deepfakes", None, ["ai", "liability", "fine"], 1),
    ("I used an AI app to make a deepfake of my classmate, will I be punished?", None, ["penalty", "deepfake", "editing"], 2),
    ("I used an AI app to make a deepfake of my classmate, will I be punished?", None, ["ai", "liability", "fine"], -1),
    # one reported who denies it states the accused student's card; one reporting an offender does not
    ("my son is accused of making a deepfake but he says he didn't", None, ["accused-student"], 1),
    ("억울하게 학폭 가해자로 지목됐어요", None, ["accused-student"], 1),
    ("a boy in my class made a deepfake of me and i reported him", None, ["accused-student"], 0),
    ("가해학생이 자기는 안 했다고 거짓말해요", None, ["accused-student"], 0),
])
def test_a_cards_premise_against_the_question(question, persona, topics, expected):
    assert premise(question, understand(question, persona), topics) == expected


@pytest.mark.parametrize("question", ["the boy who did it is 13. can he even be punished", "the offender was only 14",
                                      "가해자가 중2래요", "딥페이크 만든 애가 13살이에요", "the one who made it is 17",
                                      "딥페이크 만든 중학생은 어떤 처벌 받아요", "합성사진 뿌린 고등학생들 어떻게 돼요"])
def test_the_age_of_the_one_who_did_it_names_a_young_offender_not_a_young_victim(question):
    understanding = understand(question)
    assert understanding.minor_doer and not understanding.minor_victim


@pytest.mark.parametrize("question", ["아들이 고등학생인데 친구 딥페이크 만들었다고 경찰 연락왔어요. 아들은 어떻게 되나요",
                                      "딸이 중2인데 딥페이크 만들었다고 경찰에서 연락 왔어요"])
def test_ones_own_child_said_to_have_done_it_is_a_young_offender(question):
    understanding = understand(question)
    assert understanding.minor_doer and not understanding.minor_victim


@pytest.mark.parametrize("question", [
    "아들이 13살인데 친구들 사진으로 딥페이크 만들다 걸렸어요. 형사처벌 되나요?",  # the verb in any form, not only "…다고"
    "I made an edited pic of a classmate as a joke and deleted it. could I get a criminal record? I'm 15",
    "저 중3인데 반 친구 사진 합성해서 단톡에 올렸어요. 저 감옥 가나요?",
])
def test_the_age_of_a_child_or_of_the_asker_who_did_it_names_a_young_offender(question):
    understanding = understand(question)
    assert understanding.minor_doer and doer_age_named(question)
    assert young_offender_stated(question, understanding)


@pytest.mark.parametrize("question", ["I'm 15 and a guy in my class made a deepfake of me. what do I do",
                                      "I'm 16 and he was only charged at 19 for what he did to me",
                                      "딸이 중2인데 반 애가 합성 사진을 올렸어요. 어떻게 해야 하나요",
                                      "저 16살인데 누가 제 사진으로 합성했어요"])
def test_an_age_said_by_one_harmed_or_of_one_harmed_names_no_young_offender(question):
    assert not doer_age_named(question)


@pytest.mark.parametrize("question, under_14", [
    ("My son is 12 and got caught making deepfakes of girls in his class. Can he be punished?", True),
    ("아들이 13살인데 친구들 사진으로 딥페이크 만들다 걸렸어요", True),
    ("제가 중1인데 장난으로 친구 얼굴 합성했어요 처벌받나요", True),
    ("촉법소년이 딥페이크 만들면 어떻게 되나요", True),
    ("the boy who did it is 15. can he go to jail", False),
    ("가해자가 고1래요", False),
    ("I'm 13 and a guy made a fake of me", False),  # the one harmed is 13
    ("합성사진 만든 애가 같은반 남자앤데 걔 중2고 생일 안지나서 아직 13살이래요. 처벌 안 받아요?", True),
    ("걔 동생이 아직 13살이라 합성 피해 당한 거 알려야 할지", False),
    ("My son saved deepfakes from a group chat. Can he actually be criminally charged at 13?", True),
    ("My son saved deepfakes from a group chat. Can he actually be criminally charged at 14?", False),
])
def test_a_doer_under_14_is_read_from_an_age_a_school_year_or_the_word_for_it(question, under_14):
    assert doer_under_14(question) is under_14


@pytest.mark.parametrize("question", ["친구가 디코 서버에 여자애들 합성사진 올리는데 나도 그 서버에 있으면 처벌받음?",
                                      "애들이 단톡에 합성사진 뿌리는데 나도 잡혀가?"])
def test_another_spreading_it_where_the_asker_is_is_not_the_askers_spreading(question):
    assert "distribute" not in understand(question).conducts


@pytest.mark.parametrize("question", ["고1임 어떤 새끼가 내 딥페이크 안 뿌리려면 돈 보내래 진짜 보내야됨??",
                                      "합성사진 갖고 있다면서 돈 달래요"])
def test_a_price_for_not_spreading_it_is_a_threat(question):
    assert "threaten" in understand(question).conducts


def test_a_deed_denied_is_not_done():
    understanding = understand("중학생 아들 폰에서 여자애들 합성사진이 나왔어요 아들이 만든건 아니고 받기만 했대요 이것도 죄가 되나요")
    assert "make" not in understanding.conducts


def test_a_child_said_to_be_harmed_is_not_the_one_who_made_it():
    understanding = understand("중학생 딸이 딥페이크 피해자인데 만든 사람 처벌 되나요")
    assert understanding.minor_victim and not understanding.minor_doer


@pytest.mark.parametrize("question", ["the girl in the video is 15", "the girl is 15 and her classmate made a fake"])
def test_a_young_person_said_to_be_an_age_is_not_the_offender_unless_said_to_have_done_it(question):
    assert not understand(question).minor_doer


def test_a_sentence_of_a_line_already_given_is_not_given_again():
    # a card's first sentence found by retrieval after the card's whole paragraph was the answer's last two lines
    from types import SimpleNamespace

    from kb.answer.answerer import _once
    from kb.answer.records import Claim, Unit

    chunk = SimpleNamespace(chunk_id="card-1")
    paragraph = "First sentence of the paragraph. Second sentence."
    whole = Claim(paragraph, Unit(0, chunk, 10, paragraph), "point")
    part = Claim("First sentence of the paragraph.", Unit(0, chunk, 10, "First sentence of the paragraph."), "quote")
    other = Claim("Second sentence.", Unit(0, SimpleNamespace(chunk_id="card-2"), 0, "Second sentence."), "quote")
    assert _once([whole, part, other]) == [whole, other]
    assert _once([whole, whole]) == [whole]
    # the same words from two places: two points of a card that end alike ("Both carry up to 1 year …")
    again = Claim(other.text, Unit(0, SimpleNamespace(chunk_id="card-3"), 40, other.text), "point")
    assert _once([whole, other, again]) == [whole, other]



@pytest.mark.parametrize("question, topics, expected", [
    # what the asker keeps as evidence of their own case is no possession offence's question (before: the possession
    # card's two premises, a penalty and an act, outranked the evidence card)
    ("증거로 저장해둔 영상 때문에 내가 처벌받을 수도 있어요?", ["penalty", "deepfake", "possession", "viewing"], -1),
    ("내 합성사진 캡처해놨는데 이거 갖고있으면 나도 소지죄임?", ["penalty", "deepfake", "possession", "viewing"], -1),
    ("i screenshotted my fake nude for the police, can i get in trouble for keeping it", ["penalty", "deepfake", "possession"], -1),
    # … and asked whether keeping it is illegal, in either language
    ("I screenshotted the deepfake post to show the police. Is keeping the screenshot illegal possession?",
     ["penalty", "deepfake", "possession"], -1),
    ("증거로 쓰려고 캡처해뒀는데 이거 불법인가요?", ["penalty", "deepfake", "possession", "viewing"], -1),
    # … but a copy kept for its own sake is
    ("딥페이크 영상 저장만 해도 처벌돼요?", ["penalty", "deepfake", "possession", "viewing"], 2),
    # … and one who came upon another's image keeps the bystander's card
    ("단톡방에 친구 합성사진 올라와서 증거로 캡처해뒀는데 저도 처벌받아요?", ["bystander", "reporting", "possession", "students"], 0),
])
def test_evidence_kept_by_the_one_harmed_is_not_possession_asked(question, topics, expected):
    assert premise(question, understand(question, None, None), topics) == expected


@pytest.mark.parametrize("question", ["만14세 안된 애가 딥페이크 만들었으면 경찰이 수사 안해요?",
                                      "14살도 안 된 애가 합성물 뿌리면 어떻게 돼요", "14세 미만 학생이 딥페 만들면 처벌 못해요?"])
def test_an_age_said_as_below_a_line_is_the_young_doers(question):
    u = understand(question, None, None)
    assert u.minor_doer and not u.minor_victim


@pytest.mark.parametrize("question, topics, expected", [
    # the one a student speaks of ("걔"), said to be young, in a question of punishment
    ("걔 아직 13살인데 처벌 못받아요?", ["juvenile"], 1),
    ("걔 아직 13살인데 처벌 못받아요?", ["under-13"], -1),
    # the police telling a young offender's parents
    ("촉법 가해자 부모한테 경찰이 연락함?", ["juvenile"], 1),
    # a settlement, or money offered for dropping the complaint
    ("가해자가 돈줄테니까 신고 취소하래요 딥페때문에", ["settlement"], 1),
    ("합의 하에 찍은 영상인데 헤어지고 퍼뜨렸어요", ["settlement"], 0),
    # penalty points named: the school's, not a fine
    ("딥페이크 만든 애 벌점만 받고 끝난대요 이게 말이돼요?", ["school-measures"], 1),
    ("딥페이크 만든 애 벌점만 받고 끝난대요 이게 말이돼요?", ["imprisonment"], -1),
    ("벌점받을까봐 딥페 피해 말 못하겠어요", ["school-measures"], 0),
])
def test_situations_students_and_parents_tell(question, topics, expected):
    assert premise(question, understand(question), topics) == expected


@pytest.mark.parametrize("question, topics, expected", [
    ("딥페이크 안퍼뜨릴테니까 50만원 보내라고 디엠옴 어케해요", ["penalty", "deepfake", "threat"], True),
    ("가해자가 돈줄테니까 신고 취소하래요 딥페때문에", ["penalty", "minors", "settlement"], True),
    ("딥페이크 만든 애 벌점만 받고 끝난대요 이게 말이돼요?", ["school", "school-measures"], True),
    ("벌점받을까봐 딥페 피해 말 못하겠어요", ["school", "school-measures"], False),
])
def test_a_situation_told_reaches_the_card_that_answers_it(question, topics, expected):
    from kb.answer.premises import asks_what_card_answers

    assert asks_what_card_answers(question, understand(question), topics) is expected


@pytest.mark.parametrize("question, expected", [
    # a parent challenging the measure taken against their child: the school violence appeal, not the teachers' one
    ("아들이 딥페이크 사건으로 심의위원회에서 전학 조치를 받았는데 불복하려면 어떤 절차가 있어요?", -1),
    ("my daughter got suspended by the school violence committee, how do we appeal", -1),
    # a teacher disciplined keeps it
    ("딥페이크 사건 처리 때문에 징계받은 교사는 어디에 소청심사를 하나요?", 0),
])
def test_the_teachers_appeal_card_assumes_a_teacher(question, expected):
    assert premise(question, understand(question), ["teachers", "school", "appeal", "discipline"]) == expected


def test_the_ai_laws_card_is_no_answer_to_what_one_faces_for_an_ai_made_image():
    question = "Police found AI-generated nudes of girls from his high school on his phone. What could he be charged with?"
    assert premise(question, understand(question), ["ai", "labelling", "transparency", "law", "policy"]) == -1


@pytest.mark.parametrize("question, expected", [
    ("if i settle with my stalker does the case get dropped?", -1),  # the stalking law's own rule answers
    ("합의하면 딥페이크 만든 사람 처벌 안 받나요?", 2),  # a penalty and a settlement stated
])
def test_the_complaint_cards_of_the_sexual_crimes_laws_do_not_answer_stalking_alone(question, expected):
    topics = ["penalty", "complaint", "settlement", "law-change", "deepfake", "illegal-filming"]
    assert premise(question, understand(question), topics) == expected


@pytest.mark.parametrize("question, contradicted", [
    ("나 17살인데 전남친이랑 사귈때 찍은 사진을 헤어지고 나서 걔가 다른 애들한테 보냈어ㅠ 찍을땐 나도 동의했거든… 이것도 신고 되는거야?", True),
    ("I agreed to the video at the time but now he's showing it to his friends. Is that illegal?", True),
    ("a nude i took of myself and sent him is now on a forum", True),
    ("동의 없이 화장실에서 몰래 찍혔어요. 처벌 어떻게 돼요?", False),
    ("Someone filmed me in the changing room without my consent. Is that a crime?", False),
])
def test_a_filming_agreed_to_contradicts_the_card_on_filming_without_consent(question, contradicted):
    expected = -1 if contradicted else 1  # (filming told as done in secret, its offence asked, states the card's premise)
    assert premise(question, understand(question), ["covert-filming"]) == expected


@pytest.mark.parametrize("question", [
    "when i was 16 a guy from my old school made deepfakes of me. im 20 now. is it too late to go to the police?",
    "중3 때 합성 피해 당했는데 지금 스무살이에요 너무 늦었을까요?",
])
def test_asking_whether_it_is_too_late_names_the_limitation_period(question):
    from kb.answer.premises import limitation_asked

    assert limitation_asked(question, None)
    assert not limitation_asked("신고하면 몇 년 받아요?", None)


def test_a_duty_to_report_asked_is_no_question_of_the_act_seen():
    # a hagwon teacher shown a clip on a student's phone, asking whether staff must report and what happens if they
    # don't, had been answered by the possession card (the clip "on his phone"); the reporting duty's card answers
    question = ("I teach at a hagwon. A student showed me a deepfake clip of a classmate on his phone. Do hagwon staff "
                "have a legal duty to report this to the police, and what happens if we don't?")
    understood = understand(question, "staff")
    assert premise(question, understood, ["penalty", "deepfake", "possession", "viewing"]) < 1
    assert premise("whats the jail time for having a deepfake on your phone", understand("whats the jail time for having "
                   "a deepfake on your phone"), ["penalty", "deepfake", "possession", "viewing"]) >= 1


def test_young_victims_named_as_the_class_asked_of_state_a_minors_cards_premise():
    from kb.answer.premises import young_class_stated

    assert young_class_stated("For a sex crime against a minor, from when does the statute of limitations run?", None)
    assert young_class_stated("미성년자 대상 성범죄는 공소시효가 언제부터 진행돼요?", None)
    assert not young_class_stated("my classmate made a deepfake of me, what do i do", None)


def test_a_school_closing_a_case_itself_named_states_the_self_resolution_cards_premise():
    from kb.answer.premises import self_resolution_named

    # "settle" had stated only the mediation card's premise (a settlement between families)
    assert self_resolution_named("Can a principal settle a deepfake case within the school (self-resolution)?", None)
    assert self_resolution_named("학교장 자체해결로 끝내려면 조건이 뭐예요?", None)
    assert not self_resolution_named("can we settle with the other kid's parents?", None)


def test_a_platform_named_as_the_duty_holder_states_a_platform_cards_premise():
    from kb.answer.premises import platform_named

    assert platform_named("플랫폼 운영자인데 삭제 명령을 안 따르면 처벌받아요?", None)
    assert platform_named("We run a small forum. Do we have to appoint someone to stop illegal images?", None)
    assert platform_named("I work in trust & safety at a video app", None)
    assert not platform_named("my classmate posted a fake of me on instagram", None)


@pytest.mark.parametrize("question, asked", [
    ("전 남친이 합성 사진을 계속 보내요. 저한테 접근 못 하게 하는 방법 없나요?", True),
    ("how do i keep him away from me after he posted the fake", True),
    ("can I get a restraining order against my ex", True),
    ("전 남친이 합성 사진을 올렸어요. 처벌받나요?", False),
])
def test_asking_how_to_keep_someone_away_states_the_stay_away_cards_premise(question, asked):
    from kb.answer.asked import stay_away_asked

    assert stay_away_asked(question, None) is asked


@pytest.mark.parametrize("question, adult", [
    ("직장인인데 회사 게시판에 제 이름이 피해자라고 올라왔어요", True),
    ("my coworkers found out I'm the victim, can they tell people?", True),
    ("my coworker made a deepfake of my 15-year-old daughter", False),
])
def test_an_asker_at_work_is_an_adult_against_a_minors_card(question, adult):
    from kb.answer.premises import adult_named
    from kb.answer.understanding import understand

    assert adult_named(question, understand(question)) is adult


@pytest.mark.parametrize("question", [
    "회사 익명게시판에 제 이름이랑 얼굴 사진이 '딥페이크 피해자'라고 올라왔어요",
    "someone named me as the victim in the school group chat",
    "can I name the high school of a 17-year-old deepfake victim in my article?",
])
def test_a_victims_details_made_public_as_the_victims_are_identity_not_image(question):
    from kb.answer.disclosure import identity_not_image

    assert identity_not_image(question)


@pytest.mark.parametrize("question, asked", [
    ("The police confirmed the fake is still online. Are they required to do anything about getting it taken down?", True),
    ("경찰이 딥페이크 유포를 확인하면 삭제 요청을 해야 하나요?", True),
    ("Do I have to tell the police before I ask for deletion?", False),
    ("the police took my statement, what happens next", False),
])
def test_a_duty_asked_of_the_police_states_a_police_cards_premise(question, asked):
    from kb.answer.premises import police_duty_asked

    assert police_duty_asked(question, None) is asked


@pytest.mark.parametrize("question, asked", [
    ("who other than the victim can ask the state for deletion support?", True),
    ("삭제 지원은 가족이 대신 신청할 수 있나요?", True),
    ("how do I ask for deletion support?", False),
])
def test_asking_on_the_victims_behalf_states_the_who_may_ask_cards_premise(question, asked):
    from kb.answer.premises import on_behalf_asked

    assert on_behalf_asked(question, None) is asked


def test_the_name_of_the_one_who_reported_is_no_victims_identity():
    from kb.answer.premises import victim_identity_stated

    assert not victim_identity_stated("someone posted my name online calling me the snitch for reporting it", None)
    assert victim_identity_stated("someone posted my name and my school online", None)


@pytest.mark.parametrize("question", ["학폭위 열리기 전이라도 학교가 둘을 떼어놔야 하는 거 아닌가요?",
                                      "가해 학생이랑 우리 애를 따로 앉게 해 줄 수 있나요"])
def test_keeping_the_two_apart_in_everyday_korean_asks_separation(question):
    from kb.answer.asked import separation_asked

    assert separation_asked(question, None)


def test_a_young_victims_school_printed_is_the_victims_identity():
    from kb.answer.disclosure import identity_not_image

    assert identity_not_image("a newspaper printed the name of the school of a 16-year-old victim. is that legal?")


@pytest.mark.parametrize("question, asked", [
    ("Under the school violence act, do I as a teacher have to report a deepfake I overheard?", True),
    ("학교폭력 사실을 알면 교사가 꼭 신고해야 하나요?", True),
    ("교사가 학생 대상 성범죄 사실 알고도 신고 안 하면 어떤 불이익이 있어요?", False),
])
def test_a_duty_to_report_school_violence_states_the_school_violence_acts_duty_card(question, asked):
    from kb.answer.premises import school_violence_duty_asked
    from kb.answer.understanding import understand

    assert school_violence_duty_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, named", [
    ("방심위에 딥페 신고하려는데 피해자 본인만 할 수 있나요?", True),
    ("Can anyone report a deepfake to the Korea Communications Standards Commission?", True),
    ("학폭 심의위원회는 언제 열려요?", False),
])
def test_the_standards_commission_named_states_its_cards_premise(question, named):
    from kb.answer.premises import kocsc_named

    assert kocsc_named(question, None) is named


def test_meeting_the_offender_in_a_police_interview_is_no_school_separation():
    from kb.answer.asked import separation_asked

    assert not separation_asked("저 고1인데요 경찰 조사 받으면 가해자 얼굴 봐야되요? 진짜 마주치기 싫어요", None)
    assert separation_asked("학교에서 가해자랑 마주치기 싫어요. 분리해 줄 수 있나요?", None)


def test_a_teacher_said_in_apposition_is_the_teacher_harmed():
    from kb.answer.premises import teacher_harmed_contradicted
    from kb.answer.understanding import understand

    question = "A student made a sexual deepfake of me, a teacher, and spread it. Which committee decides what happens?"
    assert not teacher_harmed_contradicted(question, understand(question))


def test_who_pays_for_a_removal_states_the_cost_card_and_being_charged_does_not():
    from kb.answer.premises import deletion_cost_asked

    assert deletion_cost_asked("Who legally bears the cost of the takedown work the centre does?", None)
    assert deletion_cost_asked("삭제 지원 받으면 돈 내야됨??", None)
    assert not deletion_cost_asked("If I delete the file, will I still be charged?", None)


@pytest.mark.parametrize("question, dated", [
    ("When did Korea first criminalise making sexual deepfakes, and in which article?", True),
    ("2025년 3월 기준으로 학폭법 정의에 딥페이크가 명시돼 있었나요?", True),
    ("딥페이크 처벌 조항은 언제부터 생겼어요?", True),
    ("What counts as a deepfake under Korean law?", False),
    ("딥페이크의 법적 정의를 조문으로 알려 주세요", False),
])
def test_the_card_on_todays_legal_definition_is_no_answer_to_the_law_at_a_date(question, dated):
    from kb.answer.premises import law_at_a_date_asked
    from kb.answer.understanding import understand

    assert law_at_a_date_asked(question, understand(question)) is dated


@pytest.mark.parametrize("question, asked", [
    ("딥페이크 삭제까지 며칠 걸려요?", True),
    ("how long till the fake is taken down after i report it?", True),
    ("how fast does a site have to remove it?", True),
    ("How long is the prison sentence for posting a deepfake?", False),
    ("삭제해 주는 곳 어디예요?", False),
])
def test_how_long_a_removal_takes_states_the_deletion_time_card(question, asked):
    from kb.answer.premises import deletion_time_asked

    assert deletion_time_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, named", [
    ("do i need a lawyer to file a complaint?", True),
    ("국선변호사 붙여 주나요?", True),
    ("스토킹 피해자보호명령 사건에서 엄마인 제가 보조인을 할 수 있나요? 변호사가 아니어도 돼요?", False),
    ("Does the helper have to be a lawyer?", False),
    ("Can I sue him for damages?", False),
])
def test_a_lawyer_named_states_the_lawyer_cards_premise_unless_named_as_what_one_need_not_be(question, named):
    from kb.answer.premises import lawyer_named

    assert lawyer_named(question, understand(question)) is named


@pytest.mark.parametrize("question, told", [
    ("a boy secretly filmed me in the school changing room. is that the same crime as a deepfake?", True),
    ("학교 탈의실에서 몰래 찍힌 것도 딥페이크랑 같은 죄예요?", True),
    ("he filmed me without asking in the shower. what is the punishment?", True),
    ("성인인데 2년 전에 불법촬영 당했어요. 지금 신고해도 되나요?", False),
    ("찍을 땐 나도 동의했는데 몰래 올렸어요", False),
    ("he made a deepfake of me from my instagram photos", False),
])
def test_filming_told_as_done_in_secret_states_the_covert_filming_card(question, told):
    from kb.answer.premises import covert_filming_told

    assert covert_filming_told(question, understand(question)) is told


@pytest.mark.parametrize("question, told", [
    ("if i tell my teacher about the fake will she call my parents", True),
    ("학교에 신고하면 엄마 아빠도 알게 돼요?", True),
    ("can i report it at school without my mom finding out", True),
    ("my parents found the deepfake on my phone, am I in trouble?", False),
    ("will the police tell my parents?", False),
])
def test_parents_told_of_something_at_school_states_the_parents_notified_card(question, told):
    from kb.answer.premises import parents_told_at_school

    assert parents_told_at_school(question, understand(question)) is told


@pytest.mark.parametrize("question, asked", [
    ("will he find out that i reported him to the police?", True),
    ("고소하면 나중에 보복당할까 봐 무서워요", True),
    ("같은 반 애가 신고한 거 알고 보복했어요", False),     # among students: the school's retaliation card
    ("학폭 신고자 이름 비밀 보장되나요", False),
    ("how do i report a deepfake to the police?", False),
])
def test_asking_whether_the_one_reported_learns_who_reported_is_the_reporters_protection(question, asked):
    from kb.answer.asked import reporter_exposed_asked

    assert reporter_exposed_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, asked", [
    ("are male victims covered by the deepfake law?", True),
    ("피해자가 남학생이어도 성범죄예요?", True),
    ("a boy in my class made a fake of me", False),   # the boy is the one who did it
    ("남자애가 제 사진으로 합성했어요", False),
])
def test_a_boy_or_man_asked_about_as_the_one_harmed(question, asked):
    from kb.answer.asked import male_harmed_asked

    assert male_harmed_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, asked", [
    ("딥페이크 만든 애 부모한테 손해배상 청구할 수 있나요?", True),
    ("유포한 사람 상대로 민사소송 걸 수 있어요?", True),
    ("Can I sue the guy who posted it?", True),
    ("손해배상 문제로 분쟁조정을 신청할 수 있나요?", False),   # the school's mediation of the dispute
    ("삭제 지원 비용은 누가 내나요?", False),                 # a cost of deletion, not damages
])
def test_money_claimed_in_court_for_the_harm_asks_the_damages_card(question, asked):
    from kb.answer.asked import damages_asked

    assert damages_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, asked", [
    ("학폭 신고하면 신고자 비밀 보장되나요", True),
    ("If I report the deepfake to the school, will the other students find out it was me?", True),
    ("담임 선생님이 반 애들한테 다 말했어요", True),
    ("경찰에 신고하면 그 사람이 제가 신고한 걸 알게 될까요?", False),   # no school case: the reporter-protection card
    ("신고한 학생한테 가해학생이 보복성 메시지를 보냈어요", False),      # revenge at school: the retaliation card
])
def test_a_reporter_of_school_violence_kept_unnamed_is_the_school_secrecy_card(question, asked):
    from kb.answer.asked import school_told_others_asked

    assert school_told_others_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, asked", [
    ("is the school allowed to punish a kid for a deepfake made outside school?", True),
    ("학교 밖에서 만든 딥페이크도 학교에서 징계할 수 있나요", True),
    ("he made it at home, can the school still do something?", True),
    ("학교에서 어떤 징계를 받을 수 있나요?", False),            # which measures: the nine-measures card
    ("he made it at home. how many years can he get?", False),   # no school named
])
def test_an_act_away_from_school_asked_of_the_schools_reach(question, asked):
    from kb.answer.asked import outside_school_asked

    assert outside_school_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, asked", [
    ("what is the difference between illegal filming and deepfake crimes in the law?", True),
    ("How do the two crimes compare, secretly filming someone versus making a deepfake?", True),
    ("what is the difference between a deepfake and a cheapfake?", False),   # words compared, no offence
])
def test_two_offences_set_side_by_side_are_compared_by_what_the_law_does_to_each(question, asked):
    from kb.answer.asked import comparison_asked

    assert comparison_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, asked", [
    ("what's the youngest age someone can be punished for making deepfakes?", True),
    ("딥페이크 만들면 최소 몇 살부터 처벌돼요?", True),
    ("what is the minimum sentence for making a deepfake?", False),   # the least penalty, not the least age
])
def test_the_least_age_one_can_be_punished_at_asks_the_young_offenders_card(question, asked):
    from kb.answer.premises import responsibility_age_asked

    assert responsibility_age_asked(question, understand(question)) is asked


@pytest.mark.parametrize("question, teaches", [
    ("교사인데 학생들이 제 얼굴로 딥페이크 만들었어요", True),
    ("중학교 교사라서 궁금한데요, 학생이 제 사진을 합성했어요", True),
    ("가해자가 교사인데 처벌은 어떻게 돼요?", False),   # another's role, its subject marked
])
def test_the_askers_role_said_first_is_the_asker_teaching(question, teaches):
    from kb.answer.premises import _ASKER_TEACHES

    assert bool(_ASKER_TEACHES.search(question)) is teaches
