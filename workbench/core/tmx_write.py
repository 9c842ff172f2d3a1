"""Writing TMX 1.4b: streaming, atomic, valid against the TMX 1.4 DTD.

write_tmx() takes any iterable of TmxUnit (project segments, memory units, batch
results) and writes them one by one with lxml's incremental writer, so a memory
of any size needs little RAM. The file appears only when complete (temp file,
then rename). Characters XML 1.0 cannot carry are dropped with a warning.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from workbench import __version__
from workbench.core.errors import WorkbenchError
from workbench.core.tmx import (
    CREATION_TOOL,
    MT_CREATION_ID,
    PROP_MT_MODEL,
    PROP_ORIGIN,
    TmxUnit,
    tmx_date,
    tmx_lang,
)

# Everything outside XML 1.0's Char production: C0 controls except tab/LF/CR,
# lone surrogates, U+FFFE and U+FFFF.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class WriteResult:
    path: Path
    units: int = 0
    warnings: list[str] = field(default_factory=list)


def xml_safe(text: str) -> tuple[str, int]:
    """The text without characters XML 1.0 forbids, and how many were dropped."""
    cleaned, n = _INVALID_XML.subn("", text)
    return cleaned, n


def write_tmx(
    path: str | Path,
    units: Iterable[TmxUnit],
    srclang: str,
    *,
    datatype: str = "plaintext",
    segtype: str = "sentence",
    adminlang: str = "en-US",
    creation_id: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> WriteResult:
    """Write `units` as a TMX 1.4b file at `path` (replaced only when complete).

    `srclang` is any code find_language() knows (written as ky-KG, ru-RU, en-US) or
    "*all*". Returns the number of units written and the warnings (dropped characters).
    """
    path = Path(path)
    result = WriteResult(path)

    def warn(message: str) -> None:
        result.warnings.append(message)
        if on_warning is not None:
            on_warning(message)

    header = {
        "creationtool": CREATION_TOOL,
        "creationtoolversion": __version__,
        "segtype": segtype,
        "o-tmf": CREATION_TOOL,
        "adminlang": tmx_lang(adminlang),
        "srclang": srclang if srclang == "*all*" else tmx_lang(srclang),
        "datatype": datatype,
        "creationdate": tmx_date(datetime.now(UTC)),
    }
    if creation_id:
        header["creationid"] = _attr(creation_id, "creationid", warn)

    if not path.parent.is_dir():
        raise WorkbenchError("folder does not exist; create it first", path=path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with etree.xmlfile(str(tmp), encoding="UTF-8") as xf:
            xf.write_declaration()
            xf.write_doctype('<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
            xf.write("\n")
            with xf.element("tmx", version="1.4"):
                xf.write("\n  ")
                xf.write(etree.Element("header", header))
                xf.write("\n  ")
                with xf.element("body"):
                    for number, unit in enumerate(units, 1):
                        xf.write("\n    ")
                        xf.write(_tu(unit, number, warn), pretty_print=False)
                        result.units += 1
                    xf.write("\n  ")
                xf.write("\n")
            xf.write("\n")
        os.replace(tmp, path)
    except OSError as exc:
        raise WorkbenchError(f"cannot write the TMX file ({exc.strerror or exc})", path=path) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return result


def _tu(unit: TmxUnit, number: int, warn: Callable[[str], None]) -> etree._Element:
    where = f"unit {unit.tuid or number}"
    attrs: dict[str, str] = {"tuid": _attr(unit.tuid or str(number), "tuid", warn)}
    if unit.srclang:
        attrs["srclang"] = tmx_lang(unit.srclang)
    created = unit.created or unit.changed
    changed = unit.changed or unit.created
    if created:
        attrs["creationdate"] = tmx_date(created)
    creation_id = MT_CREATION_ID if unit.machine_translated else unit.creator
    if creation_id:
        attrs["creationid"] = _attr(creation_id, where, warn)
    if changed:
        attrs["changedate"] = tmx_date(changed)
    change_id = unit.changer or unit.creator
    if change_id:
        attrs["changeid"] = _attr(change_id, where, warn)
    tu = etree.Element("tu", attrs)
    tu.text = "\n      "
    props = list(unit.props)
    if unit.machine_translated:
        props.append((PROP_ORIGIN, "MachineTranslation"))
        if unit.mt_model:
            props.append((PROP_MT_MODEL, unit.mt_model))
    for note in unit.notes:
        _child(tu, "note", _text(note, where, warn))
    for kind, value in props:
        _child(tu, "prop", _text(value, where, warn), type=_attr(kind, where, warn))
    for lang, text in unit.variants:
        tuv = _child(tu, "tuv", None)
        tuv.set(XML_LANG, tmx_lang(lang))
        tuv.text = "\n        "
        seg = _child(tuv, "seg", _text(text, where, warn))
        seg.tail = "\n      "
    last = tu[-1] if len(tu) else None
    if last is not None:
        last.tail = "\n    "
    return tu


def _child(parent: etree._Element, tag: str, text: str | None, **attrs: str) -> etree._Element:
    if len(parent):
        parent[-1].tail = "\n      "
    element = etree.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _text(text: str, where: str, warn: Callable[[str], None]) -> str:
    cleaned, dropped = xml_safe(text)
    if dropped:
        warn(f"{where}: dropped {dropped} control character(s) that XML 1.0 cannot carry")
    return cleaned


def _attr(text: str, where: str, warn: Callable[[str], None]) -> str:
    return _text(str(text), where, warn)
