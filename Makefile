# Two commands: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint contracts pytest translations update-translations dist smoke-dist smoke-wheel demo clean bench torture test-postgres

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
	$(BIN)/ruff check samverkan_desktop tests migrations benchmarks tools installer setup.py
	$(BIN)/mypy

contracts: $(VENV)/.installed-test
	$(BIN)/lint-imports

pytest: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint contracts pytest

# The service, search and migration tests on PostgreSQL, in the database SAMVERKAN_TEST_POSTGRES_URL names; for a
# throwaway server: eval "$(.ci/postgres start)" && make test-postgres; .ci/postgres stop (or .ci/postgres run …).
test-postgres: $(VENV)/.installed-test
	@test -n "$$SAMVERKAN_TEST_POSTGRES_URL" || { echo 'test-postgres: SAMVERKAN_TEST_POSTGRES_URL is not set;' \
		'start a server with: eval "$$(.ci/postgres start)"' >&2; exit 1; }
	$(BIN)/python -m pytest -q tests/services tests/migrations tests/cli/test_cli_postgres.py

# Hundreds of SIGKILLs during autosave, approval and publishing (tests/safety); `make test` runs a dozen.
torture: $(VENV)/.installed-test
	SAMVERKAN_KILL_RUNS=300 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/safety

# Benchmarks at region scale; writes benchmarks/RESULTS.md. The first run generates the databases (cached).
bench: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

# Re-scan the sources for tr() strings; new strings arrive untranslated and a test fails until they are.
update-translations: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -extensions py samverkan_desktop -ts resources/translations/samverkan_sv.ts

$(VENV)/.installed-dist: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@

# Both programs in one folder (build.spec compiles the translations itself), then their smoke test.
dist: $(VENV)/.installed-dist
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	$(MAKE) smoke-dist

# demo, export of minutes, verify and the GUI, with no system time-zone database (.ci/smoke-programs).
smoke-dist:
	SMOKE_BUNDLES_POSTGRES=1 .ci/smoke-programs dist/samverkan-desktop

# The sdist and wheel built, the wheel installed into a new environment outside the checkout, the same smoke test.
smoke-wheel:
	PYTHON=$(PYTHON) .ci/smoke-wheel

clean:
	rm -rf build dist .pytest_cache .ruff_cache resources/translations/*.qm
