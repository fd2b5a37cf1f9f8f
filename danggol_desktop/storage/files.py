"""Writing files the user asked for: only over a regular file (never a link, a device or a pipe), only over an
existing one when the person agreed, never half-written, readable like any other file they make (the umask), and with
the slow work done in a private temporary folder so a killed run strands nothing in their folder or on a USB stick."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from danggol_desktop.domain.errors import DanggolError


class FileNotWritable(DanggolError):
    code = "file_not_writable"


class OutputNotAFile(FileNotWritable):
    """The target is a folder, a link, a device or a pipe: we write nothing there."""

    code = "output_not_file"


class OutputExists(FileNotWritable):
    """A file of that name is already there and replacing it was not asked for."""

    code = "output_exists"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputInDataFolder(FileNotWritable):
    """The target is inside the app's own data folder (the database, its backups, its log): never written over,
    whatever --force says."""

    code = "output_in_data_folder"


def check_not_in(path: Path, data_dir: Path) -> None:
    """Refuse a target inside `data_dir` (links and `..` resolved first): an export over danggol.sqlite once replaced
    the live database."""
    try:
        target = Path(path).resolve()
        folder = Path(data_dir).resolve()
    except (OSError, RuntimeError):
        raise FileNotWritable(detail=str(path)) from None
    if target == folder or folder in target.parents:
        raise OutputInDataFolder(detail=str(path))


class OutputDiskFull(FileNotWritable):
    """No room left where the file was to go."""

    code = "output_disk_full"


class OutputReadOnly(FileNotWritable):
    """The place is read-only or protected."""

    code = "output_read_only"


def _refused(exc: OSError) -> FileNotWritable:
    """The reason a file could not be written there, in the words the person can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return OutputDiskFull(detail=str(exc))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return OutputReadOnly(detail=str(exc))
    return FileNotWritable(detail=str(exc))


def check_target(path: Path, overwrite: bool) -> None:
    """Refuse a target that is not a regular file or a new name; refuse an existing file unless `overwrite`."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        if not Path(path).parent.is_dir():
            raise FileNotWritable(detail=f"no folder {Path(path).parent}") from None
        return
    except OSError as exc:
        raise FileNotWritable(detail=str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise OutputNotAFile(detail=str(path))
    if not overwrite:
        raise OutputExists(detail=str(path))


@contextmanager
def private_temp(suffix: str) -> Iterator[Path]:
    """A temporary file in the system's temporary folder (not the user's), removed whatever happens."""
    fd, name = tempfile.mkstemp(prefix="danggol-", suffix=suffix)
    os.close(fd)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def _commit(path: Path, overwrite: bool, fill: Callable[[BinaryIO], None]) -> None:
    path = Path(path)
    check_target(path, overwrite)
    try:  # a file replaced keeps its own mode (a private one stays private); a new one follows the umask
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_name, mode)
        check_target(path, overwrite)  # nothing turned into a link while we wrote
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise _refused(exc) from None
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def place_file(source: Path, path: Path, overwrite: bool = True) -> None:
    """Copy a finished file into `path` through a short-lived temporary beside it, then rename it into place."""
    def fill(out: BinaryIO) -> None:
        with open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)

    _commit(path, overwrite, fill)


def write_atomically(path: Path, data: bytes, overwrite: bool = True) -> None:
    """Write `data` to `path` as place_file does; raise FileNotWritable (or a subclass) on failure."""
    def fill(out: BinaryIO) -> None:
        out.write(data)

    _commit(path, overwrite, fill)
