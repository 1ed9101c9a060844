"""The answer layer: what a question asks (understanding), whether to answer it (safety), which card answers
it (routing), and the answer itself (answerer): its lines found by a strategy (strategies/: cards, statutes,
extracts), verified (verify), cited with the law they rest on (citations), composed (compose) in the words of
`messages`."""
