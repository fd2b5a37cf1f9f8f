import ast
from pathlib import Path

import danggol_desktop

PACKAGE = Path(danggol_desktop.__file__).parent


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_and_storage_never_import_qt():
    files = sorted((PACKAGE / "domain").rglob("*.py")) + sorted((PACKAGE / "storage").rglob("*.py"))
    assert len(files) >= 8
    offenders = {f.name: m for f in files for m in imported_modules(f) if m.split(".")[0] in ("PySide6", "shiboken6")}
    assert offenders == {}


def test_the_scan_would_see_a_qt_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in imported_modules(sample)
