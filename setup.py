"""Only to put assets/ and the compiled translations inside the wheel (the checkout keeps them at the top level, as
the product brief lays it out; resources.py finds them in either place). Everything else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithAssets(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "danggol_desktop"
        # the Windows icon (.ico) is read from the checkout by the installer and PyInstaller; the app needs the PNG
        shutil.copytree(ROOT / "assets", target / "assets", dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.ico"))
        (target / "translations").mkdir(parents=True, exist_ok=True)
        for compiled in (ROOT / "translations").glob("*.qm"):
            shutil.copy2(compiled, target / "translations" / compiled.name)


setup(cmdclass={"build_py": BuildWithAssets})
