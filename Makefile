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

.PHONY: bench-scale datapackage test lint bench explore screenshot clean-venv

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	test -x $(CFF_VENV)/bin/python || $(PYTHON) -m venv $(CFF_VENV)
	$(CFF_VENV)/bin/python -m pip install --quiet '$(CFFCONVERT)'
	ln -sf ../tools/cffconvert/bin/cffconvert $(BIN)/cffconvert
	$(MAKE) --no-print-directory chromium
	touch $(STAMP)

# The explorer's browser tests drive Debian's chromium (Playwright never downloads a browser here):
# installed with apt-get when missing and running as root; elsewhere those tests skip and say why.
.PHONY: chromium
chromium:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	      || echo "note: apt-get could not install chromium: browser tests will skip"; \
	  else echo "note: chromium is not installed and cannot be here (not root or no apt-get): browser tests will skip"; fi

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
	$(BIN)/python -m newsfigures.bench.periods
	$(BIN)/python -m newsfigures.bench.adversarial
	$(BIN)/python -m newsfigures.bench.money

# Long (tens of minutes on 2 cores): builds of the BBC corpus repeated 1x, 20x and 100x with 1 and 2
# workers, and a rebuild after adding one article to 10,000 (newsfigures.bench.scale; SCALE_ARGS to
# choose, e.g. SCALE_ARGS="--scales 1,20 --rebuild 2000"). Not in `make bench`: too long.
bench-scale: $(STAMP)
	$(BIN)/python -m newsfigures.bench.scale $(SCALE_ARGS)

# The explorer: a static site beside the package (explore/index.html), opens from the file system.
explore: $(STAMP)
	$(BIN)/newsfigures explore datapackage

# The README's picture of the explorer (docs/explorer.png), taken in headless chromium.
screenshot: $(STAMP)
	$(BIN)/python -m newsfigures.explore.screenshot datapackage --out docs/explorer.png

clean-venv:
	rm -rf $(VENV)
