# UnionOffice — one command to run, one to test. Everything else is set up on the way.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench lint screenshots dist setup system-deps-run system-deps-test clean

run: $(STAMP) system-deps-run        ## set up and start the app on the local ledger
	$(PY) -m unionoffice $(ARGS)

test: $(STAMP) system-deps-test      ## set up and run the whole suite, headless
	$(PY) -m ruff check src tests bench
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)                      ## speed figures against their targets and baselines
	$(PY) bench/run_all.py

lint: $(STAMP)
	$(PY) -m ruff check src tests bench

screenshots: $(STAMP) system-deps-test
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) scripts/screenshot.py docs/screenshots

dist: $(STAMP)
	$(PY) -m pip install -q "pyinstaller>=6.5"
	$(PY) -m PyInstaller --noconfirm build.spec

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $(STAMP)

system-deps-run:
	@bash scripts/system-deps.sh run

system-deps-test:
	@bash scripts/system-deps.sh test

clean:
	rm -rf $(VENV) build dist .pytest_cache
