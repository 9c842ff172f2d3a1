"""Rebuild the interface catalogues with PySide6's Linguist tools.

    python -m workbench.gui.i18n_build            # .ts -> .qm (pyside6-lrelease), committed
    python -m workbench.gui.i18n_build --update   # first pyside6-lupdate: sources -> .ts
    python -m workbench.gui.i18n_build --check    # exit 1 when a .qm is out of date

Sources: resources/i18n/workbench_{ky,ru}.ts (every string), workbench_en.ts (plural forms
only: "1 segment" / "2 segments"), qtbase_ky.ts (Qt's own button and edit-menu texts, which
Qt does not ship in Kyrgyz; written by hand, never updated by lupdate). Compiled files go to
workbench/gui/translations/, inside the package, where gui/i18n.py loads them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).parent
REPO = PACKAGE.parent.parent
TS_DIR = REPO / "resources" / "i18n"
QM_DIR = PACKAGE / "translations"
UPDATED = ("ky", "ru", "en")  # catalogues lupdate refreshes from the sources


def tool(name: str) -> str:
    """A Linguist tool from PySide6 (next to the running Python, or on PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"i18n_build: {name} not found; install PySide6 (pip install PySide6)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "i18n_build.py")


def update(ts_dir: Path = TS_DIR) -> None:
    """New and changed strings of the sources into the .ts files (translations kept)."""
    files = [str(p.relative_to(REPO)) for p in sources()]
    for lang in UPDATED:
        ts = ts_dir / f"workbench_{lang}.ts"
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *extra,
                *files,
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=REPO,
        )


def compile_all(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Each .ts of ts_dir compiled into qm_dir; returns the .qm files written."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = qm_dir / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def stale() -> list[str]:
    """Names of the shipped .qm files that differ from a fresh build of their .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(TS_DIR, Path(tmp))
        return [
            qm.name
            for qm in fresh
            if not (QM_DIR / qm.name).is_file()
            or (QM_DIR / qm.name).read_bytes() != qm.read_bytes()
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbench.gui.i18n_build")
    parser.add_argument("--update", action="store_true", help="run lupdate first")
    parser.add_argument("--check", action="store_true", help="only check the .qm are current")
    args = parser.parse_args(argv)
    if args.check:
        old = stale()
        if old:
            print(f"out of date with their .ts: {', '.join(old)}; run {parser.prog}")
            return 1
        return 0
    if args.update:
        update()
    for qm in compile_all():
        print(qm.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
