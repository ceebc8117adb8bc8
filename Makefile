# Two entry points: `make run` and `make test`. Both bootstrap .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/县工信局2024年工作总结.txt

.PHONY: run test bench translations system-deps run-deps install-desktop bundle clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

# Debian packages the tests and the screenshots need (a CJK font, Xvfb, poppler-utils).
# Installed only when missing, only as root with apt-get; otherwise a hint.
system-deps:
	@sh tools/system_deps.sh test

# The system libraries Qt's X11 platform plugin loads (libxcb-icccm4, libxcb-keysyms1 …),
# installed the same way; elsewhere the exact packages are printed.
run-deps:
	@sh tools/system_deps.sh run

run: $(STAMP) run-deps
	$(PY) main.py "$(SAMPLE)"

# the suite, then the standalone bundle's build and smoke test (about 30 s more)
test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	@$(MAKE) --no-print-directory bundle

# The .desktop entry, icons and MIME types for this user ($$XDG_DATA_HOME), starting this
# checkout's venv; YUEPI_EXEC=yuepi-gui after `pip install .`/`pipx install .`.
YUEPI_EXEC ?= $(abspath $(PY)) $(abspath main.py)
install-desktop: $(STAMP)
	@sh tools/install_desktop.sh "$(YUEPI_EXEC)"

# A standalone one-folder application in dist/yuepi/ (PyInstaller), then its smoke test.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -r requirements-bundle.txt
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller tools/bundle/yuepi.spec
	sh tools/bundle/smoke_test.sh dist/yuepi

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate main.py $$(find gui -name "*.py" | sort) -ts resources/i18n/yuepi_zh_CN.ts -no-obsolete
	$(PY) -m tools.fill_translations resources/i18n/yuepi_zh_CN.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/yuepi_zh_CN.ts -qm resources/i18n/yuepi_zh_CN.qm
	$(PY) -m tools.english_plurals resources/i18n/yuepi_zh_CN.ts resources/i18n/yuepi_en.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/yuepi_en.ts -qm resources/i18n/yuepi_en.qm

clean:
	rm -rf $(VENV) .pytest_cache build dist
