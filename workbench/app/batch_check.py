"""What a batch run checks before it starts: options, the folders (safe to use,
writable), the TMX location; and the notes the GUI's batch dialog shows under each
field as the inputs are typed, from the same checks."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.app.batch_manifest import STATE_DIR
from workbench.core.errors import WorkbenchError
from workbench.core.formats import FORMATS, SUPPORTED_EXTENSIONS, format_for
from workbench.core.i18n import Message, msg
from workbench.core.languages import CODES, get_language

if TYPE_CHECKING:
    from workbench.app.batch import BatchOptions

SOURCE_CHOICES = ("auto", *CODES)


def check_options(options: BatchOptions) -> None:
    get_language(options.target)
    options.mt.checked()
    if options.source not in SOURCE_CHOICES:
        choices = ", ".join(SOURCE_CHOICES)
        raise WorkbenchError(
            msg(
                "unknown source language {source!r}: use one of {choices}",
                source=options.source,
                choices=choices,
            )
        )
    format_names(options.formats)
    if options.project is not None and options.memory is not None:
        raise WorkbenchError(msg("give a project or a TMX memory to reuse matches from, not both"))


def format_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Format names from what a user typed: names (md) or extensions (.markdown, htm)."""
    found = []
    for name in names:
        key = name.strip().lower().lstrip(".")
        if key not in FORMATS:
            if f".{key}" not in SUPPORTED_EXTENSIONS:
                raise WorkbenchError(
                    msg(
                        "unknown format {name!r}: use some of {join} (comma-separated)",
                        name=name,
                        join=", ".join(FORMATS),
                    )
                )
            key = format_for(f"x.{key}").name
        found.append(key)
    return tuple(found)


def unwritable_folder(out: Path) -> Path | None:
    """The folder (`out`, or the nearest one above it that exists) that keeps `out`
    from being made or written; None when it can be."""
    folder = out
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        return folder
    return None


def check_writable(out: Path) -> None:
    """Fail early (before loading a model) when the output folder cannot be made or written."""
    folder = unwritable_folder(out)
    if folder is not None:
        why = (
            msg("it is under a file")
            if not folder.is_dir()
            else msg("{folder} is not writable", folder=folder)
        )
        raise WorkbenchError(
            msg(
                "cannot write in the output folder ({why}); choose a folder you can write to",
                why=why,
            ),
            path=out,
        )


def tmx_inside_source(src: Path, out: Path, tmx: Path) -> bool:
    """The TMX would be written inside the source folder (and not in the output
    folder within it): a batch never changes the source folder."""
    src_real, out_real = Path(os.path.realpath(src)), Path(os.path.realpath(out))
    tmx_real = Path(os.path.realpath(Path(tmx).expanduser()))
    return src_real in tmx_real.parents and out_real not in tmx_real.parents


def reason(exc: BaseException) -> str:
    """An error's first line without its leading 'PATH: ' (a report's path column, or
    the dialog's field, says which path)."""
    said = getattr(exc, "said", None)  # a WorkbenchError's own message (a core Message)
    if isinstance(said, Message) and said and "\n" not in said:
        return said
    text = str(exc) or type(exc).__name__
    path = getattr(exc, "path", None)
    if path is not None and text.startswith(f"{path}: "):
        text = text[len(str(path)) + 2 :]
    return text.splitlines()[0] if text else text


def check_folders(src: Path, out: Path, tmx: Path | None = None) -> tuple[Path, Path]:
    """The real source and output folders, or a one-line error about them."""
    src = Path(src).expanduser()
    if not src.is_dir():
        what = msg("does not exist") if not src.exists() else msg("is not a folder")
        raise WorkbenchError(
            msg("{what}; give the folder of documents to translate", what=what), path=src
        )
    out = Path(out).expanduser()
    if out.exists() and not out.is_dir():
        raise WorkbenchError(msg("is a file; give a folder for the translated copies"), path=out)
    src_real = Path(os.path.realpath(src))
    out_real = Path(os.path.realpath(out))
    if out_real == src_real:
        raise WorkbenchError(
            msg("the output folder is the source folder; choose another one"), path=out
        )
    if out_real in src_real.parents:
        raise WorkbenchError(
            msg(
                "the output folder contains the source folder, so copies "
                "could overwrite sources; choose an output folder outside it"
            ),
            path=out,
        )
    if tmx is not None and tmx_inside_source(src_real, out_real, tmx):
        raise WorkbenchError(
            msg(
                "is inside the source folder, which a batch never changes; write the TMX elsewhere"
            ),
            path=tmx,
        )
    return src_real, out_real


# ------------------------------------------------------------------- the dialog's field notes


@dataclass(frozen=True)
class Note:
    """What to say under an input field: a problem (error) or something worth knowing."""

    text: str = ""
    error: bool = False


def source_note(src: Path | None) -> Note:
    if src is None:
        return Note()
    if not src.exists():
        return Note("This folder does not exist.", True)
    if not src.is_dir():
        return Note("This is a file: choose the folder that holds the documents.", True)
    return Note()


def output_note(src: Path | None, out: Path | None) -> Note:
    """Whether the output folder can be used with this source folder, and what a run
    will do with it (create it, keep an earlier run's files)."""
    if out is None:
        return Note()
    if out.exists() and not out.is_dir():
        return Note("This is a file: choose a folder for the translated copies.", True)
    if src is not None and src.is_dir():
        try:
            check_folders(src, out)
        except WorkbenchError as exc:
            text = reason(exc)
            return Note(text[:1].upper() + text[1:] + ".", True)
    folder = unwritable_folder(out)
    if folder is not None:
        return Note(f"{folder} cannot be written: choose a folder you can write to.", True)
    notes = []
    if src is not None and src.is_dir():
        src_real, out_real = Path(os.path.realpath(src)), Path(os.path.realpath(out))
        if src_real in out_real.parents:
            notes.append(
                "Inside the source folder: allowed; it is not read as input and the "
                "source files are never changed."
            )
    if not out.exists():
        notes.append("It will be created.")
    elif (out / STATE_DIR).is_dir():
        notes.append(
            "It holds an earlier run: starting keeps the files already translated from "
            "unchanged sources and does only the rest."
        )
    return Note(" ".join(notes))


def tmx_note(src: Path | None, out: Path | None, tmx: Path | None) -> Note:
    if tmx is None:
        return Note()
    if tmx.is_dir():
        return Note("This is a folder: give a file name for the TMX (e.g. pairs.tmx).", True)
    if src is not None and out is not None and src.is_dir() and tmx_inside_source(src, out, tmx):
        return Note("This is inside the source folder, which a batch never changes.", True)
    return Note()
