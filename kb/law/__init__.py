"""Law: what the indexed statutes say, as data — the paragraphs in force on a date (`provisions`), penalty
clauses (`penalties`, in the words of `messages`), every wording of an article over time (`history`) and
the conduct × material × victim matrix of what is punished and what is a gap (`gaps`)."""
