# zhibiao: `make run` starts everything on this machine; `make test` runs every test.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint install eval bench clean

$(BIN)/zhibiao: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

install: $(BIN)/zhibiao

run: install
	$(BIN)/zhibiao up

test: install
	$(BIN)/python -m pytest -q

# ruff (imports, unused arguments, bugbear), mypy on the packages, dead code (vulture) and
# undeclared or unused dependencies (deptry); the layer contracts run inside the tests
lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/vulture
	$(BIN)/deptry .

eval: install
	$(BIN)/pip install -q -e '.[test,eval]'
	$(BIN)/python -m evaluation

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var build *.egg-info bench/out
