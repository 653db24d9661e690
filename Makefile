# dlkg: `make demo` builds the graph, answers sample questions and writes the HTML pages;
# `make test` runs the whole test suite. Both set everything up first (a venv in .venv/,
# and for the tests Debian's Chromium and Virtuoso when they are missing).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test chromium virtuoso lint

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(BIN)/kg build
	$(BIN)/kg query members
	$(BIN)/kg query goals
	$(BIN)/kg query sector-mix
	$(BIN)/kg viz --out build/network.html
	$(BIN)/kg report --out build/report.html
	@echo "Open build/network.html and build/report.html in a browser; 'kg serve' serves it all."

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

# Debian's Virtuoso 7 (virtuoso-t, isql-vt): tests/test_virtuoso.py starts it on loopback.
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO apt-get install -y -qq virtuoso-opensource-7-bin >/dev/null; }

lint: setup
	$(BIN)/ruff format --check
	$(BIN)/ruff check
	$(BIN)/mypy

test: setup chromium virtuoso lint
	$(BIN)/python -m pytest -q
