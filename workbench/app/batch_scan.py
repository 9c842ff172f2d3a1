"""Finding the files of a batch run (app/batch_check.py checks the folders first).

Rules that keep a batch from doing harm: folder links are never followed (a loop,
or a second path to the same files); file links only when they point inside the
source folder; the output folder (when it lies inside the source folder) and
hidden folders are not read; the output folder may not be the source folder or
contain it (a mirrored copy could then land on a source file).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from workbench.app.batch_report import FAILED, SKIPPED
from workbench.core.errors import UnsupportedFile
from workbench.core.formats import format_for
from workbench.core.i18n import msg


@dataclass(frozen=True)
class Entry:
    """A file (or link, or folder) found under the source folder."""

    rel: str  # relative to the source folder, "/"-separated; folders end in "/"
    path: Path  # where to read it
    status: str = ""  # "" to translate, else SKIPPED or FAILED
    reason: str = ""
    format: str = ""


def scan_folder(src: Path, out: Path, formats: tuple[str, ...] = ()) -> list[Entry]:
    """Every file under `src` in a stable order (sorted by name, folder by folder)."""
    root = Path(os.path.realpath(src))
    out_real = Path(os.path.realpath(out))
    entries: list[Entry] = []

    def walk(folder: Path, rel: PurePosixPath) -> None:
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            reason = msg(
                "cannot read this folder ({error}); check its permissions", error=exc.strerror
            )
            entries.append(Entry(f"{rel}/", folder, FAILED, reason))
            return
        for child in children:
            child_rel = rel / child.name
            path = Path(child.path)
            if child.is_symlink():
                entries.append(_link_entry(path, str(child_rel), root, out_real, formats))
            elif child.is_dir(follow_symlinks=False):
                if path == out_real:
                    reason = msg("the output folder: not read as input")
                    entries.append(Entry(f"{child_rel}/", path, SKIPPED, reason))
                elif child.name.startswith("."):
                    hidden = msg("hidden folder: not read")
                    entries.append(Entry(f"{child_rel}/", path, SKIPPED, hidden))
                else:
                    walk(path, child_rel)
            elif child.is_file(follow_symlinks=False):
                entries.append(_file_entry(path, str(child_rel), formats))
            else:
                reason = msg("not a regular file (a device, pipe or socket)")
                entries.append(Entry(str(child_rel), path, SKIPPED, reason))

    walk(root, PurePosixPath())
    return entries


def _file_entry(path: Path, rel: str, formats: tuple[str, ...]) -> Entry:
    try:
        fmt = format_for(path)
    except UnsupportedFile:
        suffix = path.suffix.lower()
        unsupported = (
            msg("'{suffix}' files are not a supported format", suffix=suffix)
            if suffix
            else msg("files without an extension are not a supported format")
        )
        return Entry(rel, path, SKIPPED, unsupported)
    if formats and fmt.name not in formats:
        not_asked = msg("{format} is not among the formats asked for", format=fmt.name)
        return Entry(rel, path, SKIPPED, not_asked)
    return Entry(rel, path, format=fmt.name)


def _link_entry(
    path: Path, rel: str, root: Path, out_real: Path, formats: tuple[str, ...]
) -> Entry:
    target = Path(os.path.realpath(path))
    if not target.exists():
        return Entry(rel, path, SKIPPED, msg("broken link: its target does not exist"))
    if target.is_dir():
        here = Path(os.path.realpath(path.parent))
        if target == here or target in here.parents:
            reason = msg(
                "link loop: this folder link points to a folder that contains it; not followed"
            )
        else:
            reason = msg(
                "link to a folder: not followed (files are translated where they really are)"
            )
        return Entry(f"{rel}/", path, SKIPPED, reason)
    if root not in target.parents or out_real in target.parents:
        outside = msg("link to a file outside the source folder: not followed")
        return Entry(rel, path, SKIPPED, outside)
    return _file_entry(path, rel, formats)
