# Two entry points (see README): `make datapackage` builds and validates the data package,
# `make test` runs the checks. Both create the virtual environment on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# cffconvert (the CITATION.cff validator the tests run) pins jsonschema<4, which frictionless
# (jsonschema>=4.20) excludes, so it lives in an environment of its own, linked into $(BIN).
CFFCONVERT := cffconvert==2.0.0
CFF_VENV := $(VENV)/tools/cffconvert

.PHONY: datapackage test lint bench clean-venv

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	test -x $(CFF_VENV)/bin/python || $(PYTHON) -m venv $(CFF_VENV)
	$(CFF_VENV)/bin/python -m pip install --quiet '$(CFFCONVERT)'
	ln -sf ../tools/cffconvert/bin/cffconvert $(BIN)/cffconvert
	touch $(STAMP)

datapackage: $(STAMP)
	$(BIN)/newsfigures build --strict
	$(BIN)/newsfigures validate

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m newsfigures.bench
	$(BIN)/python -m newsfigures.bench.adversarial

clean-venv:
	rm -rf $(VENV)
