"""What a hostile or mistaken path can be instead of a regular file: a FIFO (reading it hangs), a link to /dev/zero
(reading it never ends), a folder."""

from __future__ import annotations

import os


def make_non_regular(path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
