"""Keeping a made picture in 내 그림: its file written whole into the data folder, then its record; setting one
aside (and bringing it back)."""

from __future__ import annotations

import uuid
from pathlib import Path

from danggol_desktop import paths
from danggol_desktop.domain.picture import PictureDraft
from danggol_desktop.domain.records import StoredPicture
from danggol_desktop.storage.errors import classify
from danggol_desktop.storage.files import FileNotWritable, write_atomically
from danggol_desktop.storage.picture_repo import PictureRepo
from danggol_desktop.tasks.workspace import Workspace, task


def picture_dir(ws: Workspace) -> Path:
    return paths.pictures_dir(ws.data_dir)


@task
def keep_picture(ws: Workspace, shop_id: int, kind: str, draft: PictureDraft, data: bytes, suffix: str
                 ) -> StoredPicture:
    """Write the file (whole or not at all), then its record; a record that cannot be written takes its file away."""
    picture_uuid = str(uuid.uuid4())
    name = f"{picture_uuid}{suffix}"
    folder = picture_dir(ws)
    try:
        paths.make_private_dir(folder)
        write_atomically(folder / name, data, overwrite=False)
    except FileNotWritable as exc:  # the data folder itself: a full disk or a read-only folder, said as such
        cause = exc.__context__ if isinstance(exc.__context__, OSError) else OSError(str(exc))
        raise classify(cause, ws.data_dir) from exc
    try:
        return PictureRepo(ws.db).add(shop_id, kind, draft, name, len(data), picture_uuid)
    except BaseException:
        (folder / name).unlink(missing_ok=True)
        raise


def picture_path(ws: Workspace, picture: StoredPicture) -> Path:
    return picture_dir(ws) / picture.file


@task
def set_picture_aside(ws: Workspace, picture_id: int, aside: bool = True) -> bool:
    """Out of 내 그림 (the file stays until the list is tidied, so 되돌리기 can bring it back)."""
    return PictureRepo(ws.db).set_deleted(picture_id, aside)


@task
def list_pictures(ws: Workspace, shop_id: int) -> list[StoredPicture]:
    """내 그림, newest first."""
    return PictureRepo(ws.db).list(shop_id)


@task
def save_picture_copy(ws: Workspace, picture: StoredPicture, path: Path) -> Path:
    """A copy of a kept picture in a place the person chose (whole or not at all)."""
    source = picture_path(ws, picture)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise FileNotWritable(detail=f"{source.name}: {exc}") from None
    write_atomically(Path(path), data)
    return Path(path)
