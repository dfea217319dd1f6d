# Two commands: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint contracts pytest translations update-translations dist smoke-dist demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(VENV)/.installed-run translations
	QT_QPA_PLATFORM= $(BIN)/samverkan-desktop

demo: $(VENV)/.installed-run
	$(BIN)/samverkan demo

lint: $(VENV)/.installed-test
	$(BIN)/ruff check samverkan_desktop tests migrations benchmarks tools

contracts: $(VENV)/.installed-test
	$(BIN)/lint-imports

pytest: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint contracts pytest

# Re-scan the sources for tr() strings; new strings arrive untranslated and a test fails until they are.
update-translations: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -extensions py samverkan_desktop -ts resources/translations/samverkan_sv.ts

$(VENV)/.installed-dist: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@

dist: $(VENV)/.installed-dist translations
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	$(MAKE) smoke-dist

smoke-dist:
	QT_QPA_PLATFORM=offscreen SAMVERKAN_DATA_DIR=$$(mktemp -d) dist/samverkan-desktop/samverkan-desktop --smoke-test

clean:
	rm -rf build dist .pytest_cache .ruff_cache resources/translations/*.qm
