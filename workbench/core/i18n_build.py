"""Rebuild the core's message catalogues (core/i18n.py) with Babel.

    python -m workbench.core.i18n_build            # .po -> .mo (committed, package data)
    python -m workbench.core.i18n_build --update   # first extract msg()/nmsg() into the .po
    python -m workbench.core.i18n_build --check    # exit 1: a .mo out of date, or untranslated

Sources: resources/i18n/core_{ru,ky}.po (translated by hand; --update adds new messages
with an empty translation and drops ones no longer in the code). Compiled files go to
workbench/core/translations/, where core/i18n.py loads them. Babel is the extractor and
compiler (the same .po/.mo any gettext tool reads); the running program needs only gettext.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from workbench.core.i18n import LANGUAGES, TRANSLATIONS_DIR

PACKAGE = Path(__file__).parent.parent  # workbench/
REPO = PACKAGE.parent
PO_DIR = REPO / "resources" / "i18n"
KEYWORDS = {"msg": None, "nmsg": (1, 2)}
_FIELD = re.compile(r"\{(\w+)")


def po_path(lang: str, po_dir: Path = PO_DIR) -> Path:
    return po_dir / f"core_{lang}.po"


def extract() -> Catalog:
    """Every msg()/nmsg() message of the package's sources (the GUI's go through Qt)."""
    template = Catalog(project="workbench", fuzzy=False)
    found = extract_from_dir(
        str(PACKAGE),
        method_map=[("gui/**.py", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("i18n:",),
    )
    for filename, lineno, message, comments, context in found:
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def read(lang: str, po_dir: Path = PO_DIR) -> Catalog:
    path = po_path(lang, po_dir)
    if not path.is_file():
        return Catalog(locale=lang, project="workbench", fuzzy=False)
    with path.open("rb") as fp:
        return read_po(fp, locale=lang)


def update(po_dir: Path = PO_DIR) -> None:
    """New messages into each .po (untranslated), gone ones out; translations kept."""
    template = extract()
    for lang in LANGUAGES:
        cat = read(lang, po_dir)
        template.creation_date = cat.creation_date  # no header change without a new message
        cat.update(template, no_fuzzy_matching=True)
        cat.last_translator = "workbench developers (not reviewed by a native speaker)"
        cat.obsolete.clear()
        with po_path(lang, po_dir).open("wb") as fp:
            write_po(fp, cat, width=100, omit_header=False, include_lineno=False)


def compiled(lang: str, po_dir: Path = PO_DIR) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, read(lang, po_dir), use_fuzzy=False)
    return buf.getvalue()


def compile_all(po_dir: Path = PO_DIR, mo_dir: Path = TRANSLATIONS_DIR) -> list[Path]:
    mo_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        path = mo_dir / f"core_{lang}.mo"
        path.write_bytes(compiled(lang, po_dir))
        written.append(path)
    return written


def stale() -> list[str]:
    """Names of shipped .mo files that differ from a fresh compile of their .po."""
    with tempfile.TemporaryDirectory() as tmp:
        return [
            p.name
            for p in compile_all(PO_DIR, Path(tmp))
            if not (TRANSLATIONS_DIR / p.name).is_file()
            or (TRANSLATIONS_DIR / p.name).read_bytes() != p.read_bytes()
        ]


def problems(lang: str) -> list[str]:
    """Messages of the code that the .po lacks, leaves untranslated or fuzzy, or whose
    translation has other {fields} than the English (it would fail to fill in)."""
    cat = read(lang)
    out = []
    for message in extract():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        have = cat.get(message.id)
        texts = () if have is None else have.string
        texts = texts if isinstance(texts, tuple) else (texts,)
        if have is None or have.fuzzy or not all(texts):
            out.append(f"{lang}: untranslated: {ids[0]!r}")
            continue
        wanted = set(_FIELD.findall(" ".join(ids)))
        for text in texts:
            if set(_FIELD.findall(text)) - wanted:
                out.append(f"{lang}: unknown field in {text!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbench.core.i18n_build")
    parser.add_argument("--update", action="store_true", help="extract messages first")
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        bad = [f"out of date with its .po: {name}" for name in stale()]
        bad += [p for lang in LANGUAGES for p in problems(lang)]
        for line in bad:
            print(line, file=sys.stderr)
        return 1 if bad else 0
    if args.update:
        update()
    for path in compile_all():
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
