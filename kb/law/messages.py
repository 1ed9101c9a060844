"""The law layer's words in each language ("ko", "en"): how a penalty reads. One renderer
(`Penalty.render`) walks a penalty's parts and fills these in, so that the Korean and English renderings
cannot drift apart in shape. Templates are ``str.format`` strings (``low``/``high``: the bounds; ``low_s``
/ ``high_s``: an English plural; ``high_years``: "years'" or "year's" before a noun; ``fixed``: the fixed-term
word when the clause says 유기징역)."""

PENALTY_WORDS = {
    "ko": {
        "death": "사형", "life": "무기징역",
        "prison_range": "{low}년 이상 {high}년 이하의 징역",
        "prison_min": "{low}년 이상의 {fixed}징역", "fixed": "유기",
        "prison_max": "{high}년 이하의 징역",
        "fine_range": "{low} 이상 {high} 이하의 벌금", "fine_max": "{high} 이하의 벌금",
        "or": " 또는 ",
        "admin_fine": "{high} 이하의 과태료",
        "aggravation": "상습범은 그 죄에 정한 형의 2분의 1까지 가중",
        "attempt": "미수범도 처벌",
        "proceeds": "범죄수익 등 {what}", "proceeds_and": "·", "confiscated": "몰수", "collected": "추징",
    },
    "en": {
        "death": "death", "life": "life imprisonment",
        "prison_range": "{fixed}imprisonment of at least {low} year{low_s} and up to {high} years",
        "prison_min": "at least {low} year{low_s} of {fixed}imprisonment", "fixed": "fixed-term ",
        "prison_max": "up to {high} {high_years} imprisonment",
        "fine_range": "a fine of at least {low} and up to {high}", "fine_max": "a fine of up to {high}",
        "or": " or ",
        "admin_fine": "an administrative fine (과태료) of up to {high}",
        "aggravation": "habitual offenders: the penalty is increased by up to one half",
        "attempt": "attempts are punishable",
        "proceeds": "proceeds are {what}", "proceeds_and": " and ", "confiscated": "confiscated",
        "collected": "collected (추징)",
    },
}
