"""Whole-memory operations: export every unit as TMX, clear the memory.

`tmx export` (tmx_write.export_project) writes the project's segments; this writes the
memory itself: confirmed pairs, imported TMX units and MT units, in every language pair.
The memory keeps one row per direction, so a pair imported from TMX (ky->ru and ru->ky)
is written once, as the unit it came from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from workbench.core import store_tm
from workbench.core.inline import from_positions
from workbench.core.store import Project
from workbench.core.tm import ORIGIN_MT, ORIGIN_PROJECT
from workbench.core.tmx import (
    DOCUMENT_PROPS,
    PROP_CONFIRMATION,
    PROP_DOCUMENT,
    PROP_MT_MODEL,
    PROP_ORIGIN,
    TmxUnit,
)
from workbench.core.tmx_write import WriteResult, write_tmx

# Keys of tm_units.props that are the workbench's own bookkeeping or written otherwise.
_OWN_PROPS = frozenset(
    {"tmx", "tuid", "notes", "segment_origin", "mt_model", *DOCUMENT_PROPS}
    | {p.lower() for p in (PROP_ORIGIN, PROP_MT_MODEL, PROP_CONFIRMATION)}
)


def memory_units(project: Project) -> Iterator[TmxUnit]:
    """Every visible unit of the memory as a TMX unit (the reverse direction of a pair
    already given is left out), with its inline codes, author, dates and document."""
    seen: set[bytes] = set()
    for row in store_tm.all_unit_rows(project):
        (unit_id, src, tgt, source, target, origin, document, creator, created, changed) = row[:10]
        props_json, source_codes, target_codes = row[10:]
        this = _pair_digest((src, source, source_codes), (tgt, target, target_codes))
        if this in seen:
            continue
        seen.add(this)
        seen.add(_pair_digest((tgt, target, target_codes), (src, source, source_codes)))
        extra = _props(props_json)
        props = [(PROP_DOCUMENT, document)] if document else []
        if origin == ORIGIN_PROJECT:
            props.append((PROP_CONFIRMATION, "Translated"))
        # An imported unit's own properties go back out (ours are written above).
        props += [
            (kind, value)
            for kind, value in extra.items()
            if isinstance(value, str) and kind.lower() not in _OWN_PROPS
        ]
        notes = extra.get("notes")
        mt = origin == ORIGIN_MT
        model = extra.get("mt_model")
        yield TmxUnit(
            variants=[
                (src, from_positions(source, source_codes)),
                (tgt, from_positions(target, target_codes)),
            ],
            tuid=str(unit_id),
            srclang=src,
            created=created,
            changed=changed,
            creator=creator,
            changer=creator,
            props=props,
            notes=[str(n) for n in notes] if isinstance(notes, list) else [],
            machine_translated=mt,
            mt_model=str(model) if mt and model else None,
        )


def export_memory(
    project: Project, path: str | Path, on_warning: Callable[[str], None] | None = None
) -> WriteResult:
    """Write the whole memory as TMX 1.4b (srclang "*all*": units go in every direction)."""
    return write_tmx(path, memory_units(project), "*all*", on_warning=on_warning)


def clear_memory(project: Project) -> int:
    """Remove every unit of the memory (and the record of finished imports); returns how
    many units (rows, one per direction, as `tm stats` counts them) were removed."""
    with project.transaction():
        return store_tm.delete_all_units(project)


def count_memory(project: Project) -> int:
    return store_tm.visible_unit_count(project)


def _pair_digest(a: tuple[str, str, str], b: tuple[str, str, str]) -> bytes:
    return hashlib.blake2b("\x00".join((*a, *b)).encode(), digest_size=16).digest()


def _props(text: str | None) -> dict[str, object]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
