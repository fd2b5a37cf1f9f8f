"""The import-linter contracts in pyproject.toml hold the layers statically (run by `make test`); this checks at run
time that loading every module of the data layers and the tasks brings in no Qt, lazy imports included."""

import subprocess
import sys
from pathlib import Path

import danggol_desktop

PACKAGE = Path(danggol_desktop.__file__).parent

PROBE = """
import importlib, pkgutil, sys
import danggol_desktop
for layer in ("domain", "storage", "tasks"):
    package = importlib.import_module(f"danggol_desktop.{layer}")
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
print(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")))
print(sum(1 for m in sys.modules if m.startswith("danggol_desktop.")))
"""


def test_the_data_layers_and_tasks_load_no_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    qt_modules, loaded = out.stdout.splitlines()
    assert qt_modules == "[]"
    assert int(loaded) >= len(list((PACKAGE / "storage").glob("*.py")))  # the walk really imported the layers


def test_the_probe_would_see_qt():
    out = subprocess.run([sys.executable, "-c", "import PySide6.QtCore\n" + PROBE], capture_output=True, text=True,
                         timeout=120, check=True)
    assert "PySide6.QtCore" in out.stdout.splitlines()[0]
