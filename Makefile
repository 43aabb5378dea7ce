# Casework — every target sets up .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run demo test lint typecheck bench screenshots translations translations-update package package-check fuzz clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	QT_QPA_PLATFORM= $(BIN)/casework gui

demo: $(STAMP) translations
	QT_QPA_PLATFORM= $(BIN)/casework demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app storage
	$(BIN)/mypy ui
	$(BIN)/vulture app storage ui vulture_allowlist.py --min-confidence 60

typecheck: $(STAMP)
	$(BIN)/mypy app storage

test: $(STAMP) translations lint
	$(BIN)/python -m pytest -n 2 -q

bench: $(STAMP)
	$(BIN)/python -m bench.run $(ONLY)

screenshots: $(STAMP) translations
	$(BIN)/python -m ui.screenshots docs/screenshots

translations: $(STAMP)
	@if [ -d translations ] && ls translations/*.ts >/dev/null 2>&1; then \
		for ts in translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done; \
	fi

# The .ts sources from the code's strings (then translate the new entries: translations/README.md).
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui/desktop -name '*.py' | sort) \
		-ts translations/casework_az.ts translations/casework_ru.ts

package: $(STAMP) translations
	$(BIN)/python -m pip install --quiet $$(grep -iE '^(pyinstaller|pyinstaller-hooks-contrib)==' packaging/requirements-lock.txt)
	$(BIN)/python packaging/build.py

package-check:
	bash .ci/package-check

fuzz: $(STAMP)
	$(BIN)/python -m pytest -q tests/fuzz

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
