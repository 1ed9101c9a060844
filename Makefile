# Two commands on a fresh machine:  `make run` (set up, build the index, answer a sample question,
# then serve the web app on http://127.0.0.1:7860) and `make test` (set up, run the whole test
# suite). Both skip work already done.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QUESTION ?= 딥페이크 영상을 저장하거나 시청만 해도 처벌받나요?

.PHONY: setup run ask serve test build clean

setup: $(STAMP)

# torch is pinned and installed first: it takes the CPU build (an unpinned torch pulls CUDA).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test,eval]'
	touch $(STAMP)

build: setup
	$(BIN)/kb build

run: ask serve

ask: build
	$(BIN)/kb ask "$(QUESTION)"

serve: build
	$(BIN)/kb serve

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
