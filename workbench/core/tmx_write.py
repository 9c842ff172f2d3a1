"""Writing TMX 1.4b: streaming, atomic, valid against the TMX 1.4 DTD.

write_tmx() takes any iterable of TmxUnit (project segments, memory units, batch
results) and writes them one by one with lxml's incremental writer, so a memory
of any size needs little RAM. The file appears only when complete (temp file,
then rename). Characters XML 1.0 cannot carry are dropped with a warning.
"""

from __future__ import annotations

import errno
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from workbench import __version__
from workbench.core.errors import WorkbenchError
from workbench.core.fileio import replacing
from workbench.core.i18n import msg
from workbench.core.segment import Origin, Segment, Status
from workbench.core.settings import Settings
from workbench.core.store import Project
from workbench.core.tmx import (
    CREATION_TOOL,
    MT_CREATION_ID,
    PROP_CONFIRMATION,
    PROP_DOCUMENT,
    PROP_MT_MODEL,
    PROP_ORIGIN,
    PROP_STATUS,
    TmxUnit,
    tmx_date,
    tmx_lang,
)
from workbench.core.tmx_codes import fill_seg

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
        header["creationid"] = xml_safe(creation_id)[0]

    if not path.parent.is_dir():
        raise WorkbenchError(msg("folder does not exist; create it first"), path=path.parent)
    try:
        # Through a Python file, not a file name: lxml then raises every failed write,
        # while with a name it loses the error of its last flush (on a full disk a small
        # TMX came out empty, and "written").
        with (
            replacing(path) as tmp,
            open(tmp, "wb") as out,
            etree.xmlfile(out, encoding="UTF-8") as xf,
        ):
            xf.write_declaration()
            xf.write_doctype('<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
            with xf.element("tmx", version="1.4"):
                xf.write("\n  ")
                xf.write(etree.Element("header", header))
                xf.write("\n  ")
                with xf.element("body"):
                    xf.write("\n")
                    for number, unit in enumerate(units, 1):
                        xf.write(_tu(unit, number, warn), pretty_print=True)
                        result.units += 1
                    xf.write("  ")
                xf.write("\n")
    except (OSError, etree.SerialisationError) as exc:
        # lxml reports a failed write (a full disk...) as SerialisationError("IO_ENOSPC").
        raise WorkbenchError(
            msg(
                "cannot write the TMX file ({write_error}); it was not "
                "written (an earlier file of that name is left as it was)",
                write_error=write_error(exc),
            ),
            path=path,
        ) from exc
    return result


def write_error(exc: BaseException) -> str:
    """What went wrong in words: the OS's text for an errno, also when lxml wraps it."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    name = str(exc).strip().removeprefix("IO_")
    number = getattr(errno, name, None)
    return os.strerror(number) if number is not None else str(exc)


def _tu(unit: TmxUnit, number: int, warn: Callable[[str], None]) -> etree._Element:
    dropped = [0]

    def clean(text: str) -> str:
        cleaned, n = xml_safe(str(text))
        dropped[0] += n
        return cleaned

    attrs: dict[str, str] = {"tuid": clean(unit.tuid or str(number))}
    if unit.srclang:
        attrs["srclang"] = tmx_lang(unit.srclang)
    created = _date(unit.created) or _date(unit.changed)
    changed = _date(unit.changed) or created
    if created:
        attrs["creationdate"] = created
    creation_id = MT_CREATION_ID if unit.machine_translated else unit.creator
    if creation_id:
        attrs["creationid"] = clean(creation_id)
    if changed:
        attrs["changedate"] = changed
    change_id = unit.changer or unit.creator
    if change_id:
        attrs["changeid"] = clean(change_id)
    tu = etree.Element("tu", attrs)
    props = list(unit.props)
    if unit.machine_translated:
        props.append((PROP_ORIGIN, "MachineTranslation"))
        if unit.mt_model:
            props.append((PROP_MT_MODEL, unit.mt_model))
    for note in unit.notes:
        etree.SubElement(tu, "note").text = clean(note)
    for kind, value in props:
        etree.SubElement(tu, "prop", type=clean(kind)).text = clean(value)
    for lang, text in unit.variants:
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: tmx_lang(lang)})
        fill_seg(etree.SubElement(tuv, "seg"), text, clean)
    if dropped[0]:
        warn(
            f"unit {attrs['tuid']}: dropped {dropped[0]} control character(s) "
            "that XML 1.0 cannot carry"
        )
    return tu


def _date(value: datetime | str | None) -> str | None:
    """TMX form of a date; an unreadable one is left out rather than written wrong."""
    if not value:
        return None
    try:
        return tmx_date(value)
    except ValueError:
        return None


# ----------------------------------------------------------------------------- project export

EXPORT_STATUSES = ("confirmed", "any")


@dataclass
class ExportResult:
    write: WriteResult
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def units(self) -> int:
        return self.write.units

    def summary(self) -> str:
        text = f"{self.write.path}: wrote {self.units} translation units"
        if self.skipped:
            reasons = ", ".join(f"{n} {why}" for why, n in self.skipped.most_common())
            text += f" ({reasons} left out)"
        return text


def export_project(
    project: Project,
    path: str | Path,
    *,
    status: str = "confirmed",
    translator: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> ExportResult:
    """Write the project's translated segments as TMX (confirmed ones only by default).

    A segment repeated with the same translation is written once. creationid and
    changeid are the segment's translator, else `translator`, else the name in Settings.
    """
    if status not in EXPORT_STATUSES:
        raise WorkbenchError(msg("unknown status {status!r}: use confirmed or any", status=status))
    name = translator or Settings.load().translator_name or None
    wanted = Status.CONFIRMED if status == "confirmed" else None
    skipped: Counter[str] = Counter()

    def units() -> Iterator[TmxUnit]:
        seen: set[tuple[str, str, str]] = set()
        for seg in project.segments(status=wanted):
            source, target = seg.source.strip(), seg.target.strip()
            if seg.status == Status.NOT_NEEDED:
                skipped["no translation needed"] += 1
                continue
            if not target:
                skipped["untranslated"] += 1
                continue
            if seg.lang == project.target_lang:
                skipped["already in the target language"] += 1
                continue
            if (seg.lang, source, target) in seen:
                skipped["repeated"] += 1
                continue
            seen.add((seg.lang, source, target))
            yield segment_unit(seg, project, name)

    written = write_tmx(path, units(), project.source_lang, creation_id=name, on_warning=on_warning)
    return ExportResult(written, skipped)


def segment_unit(seg: Segment, project: Project, translator: str | None) -> TmxUnit:
    """A project segment as a TMX unit, with its document, status and MT marking."""
    unedited_mt = (
        seg.origin == Origin.MT
        and seg.mt_text is not None
        and seg.target.strip() == seg.mt_text.strip()
    )
    confirmed = seg.status == Status.CONFIRMED
    props = [
        (PROP_DOCUMENT, seg.document),
        (PROP_CONFIRMATION, "Translated" if confirmed else "Draft"),
        (PROP_STATUS, seg.status.name.lower()),
    ]
    who = seg.translator or translator
    return TmxUnit(
        variants=[
            (seg.lang, seg.source_coded.strip()),
            (project.target_lang, seg.target_coded.strip()),
        ],
        tuid=str(seg.id),
        srclang=seg.lang if seg.lang != project.source_lang else None,
        created=seg.created,
        changed=seg.updated,
        creator=who,
        changer=who,
        props=props,
        machine_translated=unedited_mt,
        mt_model=seg.mt_model if unedited_mt else None,
    )
