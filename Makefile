# UnionOffice — one command to run, one to test. Everything else is set up on the way.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench lint screenshots dist dist-test setup i18n-update system-deps-run system-deps-test clean

run: $(STAMP) $(QM) system-deps-run       ## set up and start the app on the local ledger
	$(PY) -m unionoffice $(ARGS)

test: $(STAMP) $(QM) system-deps-test     ## set up and run the whole suite, headless
	$(PY) -m ruff check src tests bench
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto $(PYTEST_ARGS)

bench: $(STAMP) $(QM)                    ## speed figures against their targets and baselines
	$(PY) bench/run_all.py

lint: $(STAMP)
	$(PY) -m ruff check src tests bench

screenshots: $(STAMP) $(QM) system-deps-test
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) scripts/screenshot.py docs/screenshots

dist: $(STAMP) $(QM)                     ## the one-folder desktop build in dist/UnionOffice/
	$(PY) -m pip install -q "pyinstaller>=6.5"
	$(PY) -m PyInstaller --noconfirm --log-level WARN build.spec

# The built program checks itself on this machine: a temporary ledger, migrations, an agreement
# PDF, a key in the keyring backend (an explicitly chosen file keyring here: CI has no desktop
# keyring), a signed and verified bundle, Qt. CI runs it after the tests.
dist-test: dist system-deps-test
	tmp=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=$$tmp \
	    PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring \
	    dist/UnionOffice/unionoffice-cli --self-test; rc=$$?; rm -rf $$tmp; exit $$rc

setup: $(STAMP)

# Translations: sources (.ts) are committed; compiled catalogs (.qm) are built here.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n-update: $(STAMP)                ## collect new UI strings into the .ts files
	$(VENV)/bin/pyside6-lupdate $$(find src/unionoffice/ui -name '*.py' | sort) \
	    -ts $(TS) -source-language zh_CN -no-obsolete

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
