"""The answer layer: what a question asks (understanding), whether to answer it (safety), which card answers
it (routing), and the answer itself, its lines verified and its law cited (answerer)."""
