# The two commands of the README: `make run` and `make test`. Both set up what is missing first:
# the Debian libraries Qt needs, a .venv with the project installed, and the compiled translations.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# libpulse0: Qt Multimedia, which QtTextToSpeech (읽어 주기) loads, needs it even when no voice is used;
# libspeechd2: the speech-dispatcher voice 읽어 주기 uses on Linux (the bundle carries it); libcups2: printing
# (the bundle takes libcups and libpulse from the system, as it does libc);
# libxcb-*: what Qt's X11 platform plugin links against (the bundle's library check fails without them)
QT_DEBS := libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 \
           libxcb-cursor0 libxkbcommon-x11-0 libpulse0 libspeechd2 libcups2 \
           libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 \
           libxcb-xinerama0 libxcb-xkb1
TEST_DEBS := poppler-utils zbar-tools faketime qpdf
# binutils: `strip`, `objcopy`, `readelf` for the bundle's libraries; icu-devtools (icupkg) and gcc: the slim ICU data
# library; xvfb, xauth, weston: the frozen app's smoke test on a real X server and on Wayland; debootstrap: a bare
# Debian 12 root for the smoke test of what a shop PC without extra packages meets (minimal_root_smoke.sh)
PACKAGE_DEBS := binutils icu-devtools gcc xvfb xauth weston debootstrap
QM := $(patsubst %.ts,%.qm,$(wildcard translations/*.ts))
ARGS ?=

.PHONY: run test lint package package-windows system-deps test-system-deps package-system-deps translations screenshots clean

run: $(VENV)/.installed $(QM)
	$(BIN)/python -m danggol_desktop $(ARGS)

test: lint $(QM) test-system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(ARGS)

# the house rules the code keeps by itself (pyproject.toml): style, types, and the layers contract
lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

package: $(VENV)/.installed $(QM) package-system-deps
	bash packaging/wheel_check.sh
	bash packaging/build.sh

# The Windows bundle and installer, built and smoke-tested under Wine (packaging/windows/build_windows.sh)
package-windows: $(VENV)/.installed $(QM)
	bash packaging/windows/build_windows.sh

translations: $(QM)

screenshots: $(VENV)/.installed $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py docs/screenshots

system-deps:
	@PYTHON=$(PYTHON) bash packaging/linux/system_deps.sh $(QT_DEBS)

package-system-deps:
	@PYTHON=$(PYTHON) bash packaging/linux/system_deps.sh $(PACKAGE_DEBS)

# pdftoppm, pdftotext and pdffonts read the posters back in the tests, zbarimg their QR codes; faketime runs the
# suite on another day (.ci/run); qpdf --check checks the banners' page boxes
test-system-deps:
	@PYTHON=$(PYTHON) bash packaging/linux/system_deps.sh $(TEST_DEBS)

$(VENV)/.installed: pyproject.toml | system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

translations/%.qm: translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent -removeidentical $< -qm $@  # English keeps only what differs from the source

clean:
	rm -rf $(VENV) translations/*.qm build dist *.egg-info
