"""Termbases as CSV or TSV: a header row naming the languages, one entry per row.

    ky,ru,en,note
    Жогорку Кеңеш,Жогорку Кенеш,Supreme Council,parliament
    министрлик,министерство,ministry,

Language columns may be named by any code the workbench knows (ky, ky-KG, kir_Cyrl,
Kyrgyz...). Other recognised columns: note, domain (or subject), forbidden (the languages
whose terms in that row are forbidden: "ru", "ru en", "yes" for all, or single terms as
"ru:Киргизия" when a language has allowed and forbidden terms) and case (the same way:
which terms are case sensitive). Several terms in one cell are separated by ";" or "|".
Unknown columns are ignored. TSV is chosen by the .tsv/.tab suffix or a tab in the header.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from workbench.core.errors import BadInput
from workbench.core.fileio import atomic_write
from workbench.core.i18n import msg
from workbench.core.languages import find_language
from workbench.core.termbase import Term, TermEntry
from workbench.core.text import decode_bytes

_SYNONYMS = re.compile(r"\s*[;|]\s*")
_YES = {"yes", "y", "true", "1", "x", "да", "ооба"}
_NOTE = {"note", "notes", "comment", "comments", "definition"}
_DOMAIN = {"domain", "subject", "subjectfield", "subject field"}
_FORBIDDEN = {"forbidden", "deprecated"}
_CASE = {"case", "case sensitive", "case-sensitive", "casesensitive"}


def read_csv(path: str | Path) -> list[TermEntry]:
    """The entries of a CSV/TSV termbase; BadInput naming the file if it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(
            msg("cannot be read ({value})", value=exc.strerror or exc), path=path
        ) from None
    text = decode_bytes(data, str(path)).text
    header_line = text.split("\n", 1)[0]
    tab = path.suffix.lower() in (".tsv", ".tab") or "\t" in header_line
    if tab:
        rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    else:
        try:
            dialect = csv.Sniffer().sniff(header_line, delimiters=",;")
        except csv.Error:
            dialect = csv.excel
        rows = list(csv.reader(io.StringIO(text), dialect))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise BadInput(msg("has no rows: a termbase needs a header and terms"), path=path)
    columns = _columns(rows[0], path)
    return [e for e in (_entry(row, columns) for row in rows[1:]) if e.terms]


def _columns(header: list[str], path: Path) -> dict[int, str]:
    columns: dict[int, str] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        lang = find_language(key) if key else None
        if lang is not None:
            columns[i] = lang.code
        elif key in _NOTE:
            columns[i] = "note"
        elif key in _DOMAIN:
            columns[i] = "domain"
        elif key in _FORBIDDEN:
            columns[i] = "forbidden"
        elif key in _CASE:
            columns[i] = "case"
    if not any(v not in ("note", "domain", "forbidden", "case") for v in columns.values()):
        raise BadInput(
            msg("has no language columns: its first row must name them, e.g. ky,ru,en,note"),
            path=path,
        )
    return columns


def _entry(row: list[str], columns: dict[int, str]) -> TermEntry:
    fields: dict[str, str] = {}
    for i, cell in enumerate(row):
        if i in columns:
            fields[columns[i]] = cell.strip()
    forbidden = _flags(fields.pop("forbidden", ""))
    case = _flags(fields.pop("case", ""))
    note = fields.pop("note", "")
    domain = fields.pop("domain", "")
    terms = {
        lang: tuple(
            Term(t, _flagged(forbidden, lang, t), _flagged(case, lang, t))
            for t in _SYNONYMS.split(cell)
            if t
        )
        for lang, cell in fields.items()
        if cell
    }
    return TermEntry({k: v for k, v in terms.items() if v}, note, domain)


def _flags(cell: str) -> set[str]:
    """A forbidden/case cell as a set: "*" (yes: all), language codes, "lang:term"."""
    if cell.strip().lower() in _YES:
        return {"*"}
    flags: set[str] = set()
    for part in re.split(r"\s*[,;|]\s*", cell.strip()):
        lang_part, sep, term = part.partition(":")
        if sep:
            found = find_language(lang_part)
            if found:
                flags.add(f"{found.code}:{term.strip().lower()}")
            continue
        for word in part.split():
            found = find_language(word)
            if found:
                flags.add(found.code)
    return flags


def _flagged(flags: set[str], lang: str, term: str) -> bool:
    return "*" in flags or lang in flags or f"{lang}:{term.lower()}" in flags


def _flag_cell(entry: TermEntry, langs: list[str], flag: str) -> str:
    every = [t for lang in langs for t in entry.in_lang(lang)]
    if every and all(getattr(t, flag) for t in every):
        return "yes"
    parts: list[str] = []
    for lang in langs:
        terms = entry.in_lang(lang)
        if terms and all(getattr(t, flag) for t in terms):
            parts.append(lang)
        else:
            parts += [f"{lang}:{t.text}" for t in terms if getattr(t, flag)]
    return "; ".join(parts)


def write_csv(path: str | Path, entries: Iterable[TermEntry], langs: Iterable[str]) -> int:
    """Write `entries` as CSV (TSV for a .tsv/.tab path); returns the rows written."""
    path = Path(path)
    langs = list(langs)
    tab = path.suffix.lower() in (".tsv", ".tab")
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t" if tab else ",", lineterminator="\n")
    writer.writerow([*langs, "note", "domain", "forbidden", "case"])
    count = 0
    for entry in entries:
        cells = [
            " | ".join(_tsv_safe(t.text) if tab else t.text for t in entry.in_lang(lang))
            for lang in langs
        ]
        if not any(cells):
            continue
        note = _tsv_safe(entry.note) if tab else entry.note
        forbidden = _flag_cell(entry, langs, "forbidden")
        case = _flag_cell(entry, langs, "case_sensitive")
        writer.writerow([*cells, note, entry.domain, forbidden, case])
        count += 1
    atomic_write(path, out.getvalue().encode("utf-8"))
    return count


def _tsv_safe(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())
