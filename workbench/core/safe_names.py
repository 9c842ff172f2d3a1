"""Names from a project are untrusted: a document name becomes a plain file name before it
is joined to a folder.

A project file can come from anyone (shared, downloaded, edited with any SQLite tool), and a
document name like "/tmp/x.txt", "../../x.txt" or "C:\\\\x.txt" would make an export write
outside the folder the user chose. Names the workbench stores itself are always plain file
names (the file's own name at import), so only tampered ones change here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Characters no file system takes, or that mean something to one (Windows: <>:"|?*).
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
# Names Windows reserves for devices, with any extension ("CON.txt" is the console).
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)]
)
_FALLBACK = "document"


def safe_file_name(name: str, extension: str = "") -> str:
    """`name` as one plain file name: its last path component (either slash), without
    characters a file system refuses, never empty, "." or "..", never a device name;
    `extension` (".txt") is added when what is left has none."""
    last = re.split(r"[\\/]", name)[-1]
    last = _UNSAFE.sub("_", last).rstrip(" .")  # Windows drops trailing dots and spaces
    if not last.strip(". "):
        last = _FALLBACK
    if last.split(".")[0].upper() in _DEVICES:
        last = "_" + last
    if "." not in last[1:]:
        last += extension
    return last


def unique_file_names(names: Iterable[tuple[str, str]], reserved: Iterable[str] = ()) -> list[str]:
    """safe_file_name() of each (name, extension), made unique ignoring case (so two
    documents never write one file, on any file system): "x.txt", then "x (2).txt"...
    `reserved`: names the writer needs for itself, never given to a document."""
    taken = {name.casefold() for name in reserved}
    result = []
    for name, extension in names:
        safe = safe_file_name(name, extension)
        stem, dot, ext = safe.rpartition(".") if "." in safe[1:] else (safe, "", "")
        candidate, n = safe, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n}){dot}{ext}"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result
