"""Running the `danggol` command: in this process through its entry point (fast: no Python and Qt start-up per
command, and the test clock injected), or as a real process for the few end-to-end checks that need one."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from danggol_desktop.domain.clock import Clock
from tests.clock import make_clock

# One clock per data folder, so that successive commands on the same data stamp later edits later.
_CLOCKS: dict[str, Clock] = {}


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = b""


def clock_for(data_dir: Path) -> Clock:
    return _CLOCKS.setdefault(str(data_dir), make_clock())


def run(data_dir, *args, clock: Clock | None = None) -> Ran:
    """`danggol --data-dir DATA_DIR ARGS…` through `cli.main`, with what it prints and its exit code."""
    from PySide6.QtWidgets import QApplication

    from danggol_desktop import cli

    # pytest-qt's application, which the GUI tests share (a command would otherwise make a bare QCoreApplication)
    assert QApplication.instance() is not None, "use the qapp fixture"
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="")
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", newline="")
    argv = ["--data-dir", str(data_dir), *[str(a) for a in args]]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv, clock=clock or clock_for(data_dir))
        except SystemExit as exc:  # argparse: --help, --version, a usage error
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        out.flush()
        err.flush()
    raw = out_bytes.getvalue()
    return Ran(code, raw.decode("utf-8", "replace").replace("\r\n", "\n"),
               err_bytes.getvalue().decode("utf-8", "replace"), raw)


def run_process(data_dir, *args, env_extra: dict[str, str] | None = None) -> Ran:
    """The same as a real, separate process (its own Python, Qt and the system clock): end-to-end checks only."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    done = subprocess.run([sys.executable, "-m", "danggol_desktop", "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, timeout=120, env=env)
    return Ran(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"),
               done.stdout)
