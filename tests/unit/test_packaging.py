"""What ships: compiled translations that match their sources, and a wheel that carries fonts, data and .qm files."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease comes with PySide6 in the venv")
@pytest.mark.parametrize("language", ["ko", "en"])
def test_committed_translations_are_compiled_from_the_current_sources(tmp_path, language):
    fresh = tmp_path / f"danggol_{language}.qm"
    subprocess.run([str(LRELEASE), "-silent", "-removeidentical", str(ROOT / "translations" / f"danggol_{language}.ts"),
                    "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (ROOT / "translations" / f"danggol_{language}.qm").read_bytes(), \
        "run `make translations` and commit the .qm files"


def test_the_wheel_carries_fonts_data_and_translations(tmp_path):
    if not shutil.which("git"):
        pytest.skip("needs git to copy the tracked files")
    source = tmp_path / "src"
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in files:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("danggol_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "danggol_desktop/assets/fonts/NanumBarunGothic.ttf",
        "danggol_desktop/assets/fonts/OFL.txt",
        "danggol_desktop/assets/data/poster_layouts.json",
        "danggol_desktop/assets/data/categories.json",
        "danggol_desktop/translations/danggol_ko.qm",
        "danggol_desktop/app.py",
    ):
        assert expected in names


def test_the_slim_icu_data_keeps_korean_and_english_and_what_they_rest_on():
    import importlib.util

    spec = importlib.util.spec_from_file_location("icu_keep", ROOT / "packaging" / "linux" / "icu_keep.py")
    icu_keep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icu_keep)
    kept = ["ko.res", "en.res", "root.res", "pool.res", "res_index.res", "coll/ko.res", "coll/ucadata.icu",
            "zone/ko.res", "zone/pool.res", "zoneinfo64.res", "metaZones.res", "cnvalias.icu",
            "ibm-949_P110-1999.cnv", "windows-949-2000.cnv", "ibm-1363_P11B-1998.cnv", "nfkc.nrm", "rfc3491.spp"]
    dropped = ["ja.res", "zh_Hant.res", "coll/zh.res", "zone/fr.res", "brkitr/cjdict.dict", "brkitr/line.brk",
               "translit/root.res", "rbnf/ko.res", "unames.icu", "confusables.cfu", "ibm-943_P15A-2003.cnv",
               "euc-tw-2014.cnv"]
    assert [item for item in kept if not icu_keep.keep(item)] == []
    assert [item for item in dropped if icu_keep.keep(item)] == []


@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("readelf") is None, reason="needs gcc and binutils")
def test_prune_orphans_removes_only_libraries_nothing_reaches(tmp_path):
    """A tiny bundle: an extension module needs libneeded, which needs libdeep; a Qt plugin needs libplugdep;
    liborphan (and a link to it) is reached by nothing and goes, the rest stays."""
    bundle = tmp_path / "danggol"
    (bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    internal = bundle / "_internal"
    source = tmp_path / "empty.c"
    source.write_text("int marker(void) { return 1; }\n")

    def library(path, *needs):
        links = [f"-l:{name}" for name in needs]
        subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(path), str(source), f"-L{internal}", "-Wl,--no-as-needed",
                        *links],
                       check=True, capture_output=True)

    library(internal / "libdeep.so.1")
    library(internal / "libneeded.so.1", "libdeep.so.1")
    library(internal / "libplugdep.so.2")
    library(internal / "liborphan.so.3")
    (internal / "liborphan.so").symlink_to("liborphan.so.3")
    library(internal / "app.cpython-311-x86_64-linux-gnu.so", "libneeded.so.1")
    library(internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqfake.so", "libplugdep.so.2")
    out = subprocess.run([sys.executable, str(ROOT / "packaging" / "linux" / "prune_orphans.py"), str(bundle)],
                         capture_output=True, text=True, check=True).stdout
    left = sorted(p.name for p in internal.iterdir() if p.is_file() or p.is_symlink())
    assert left == ["app.cpython-311-x86_64-linux-gnu.so", "libdeep.so.1", "libneeded.so.1", "libplugdep.so.2"]
    assert "liborphan.so.3" in out and "removed 1 libraries" in out
