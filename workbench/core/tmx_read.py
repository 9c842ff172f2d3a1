"""Reading TMX 1.1-1.4 safely and importing it into a project's translation memory.

TMX comes from clients, so it is untrusted. The parser never fetches a DTD or
anything from the network, never resolves entities, and refuses any file whose
DOCTYPE declares entities (external-entity tricks and entity bombs both need
one; real TMX files never do). The file is read as a stream (lxml iterparse),
each <tu> is cleared once read, so files of hundreds of MB use little memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from workbench.core import tm
from workbench.core.errors import BadInput
from workbench.core.i18n import msg
from workbench.core.inline import Coded
from workbench.core.languages import LANGUAGES, find_language
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.core.tmx import TmxUnit, is_machine_translation, iso_date, parse_date
from workbench.core.tmx_codes import read_seg
from workbench.core.xml_safe import iterparse_untrusted

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = frozenset({"bpt", "ept", "it", "ph", "ut", "sub"})  # native codes: not text


@dataclass
class TmxHeader:
    version: str | None = None
    srclang: str | None = None
    creationtool: str | None = None
    creationtoolversion: str | None = None
    o_tmf: str | None = None
    datatype: str | None = None


class TmxReader:
    """Iterate over the units of a TMX file: `for unit in TmxReader(path): ...`.

    `header` is filled once the <header> has been read. Any problem with the file
    raises BadInput naming it; nothing is read past the problem.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.header = TmxHeader()
        self.bytes_read = 0
        self.size = 0

    def __iter__(self) -> Iterator[TmxUnit]:
        if self.path.is_dir():
            raise BadInput(msg("is a folder, not a TMX file"), path=self.path)
        if not self.path.is_file():
            raise BadInput(msg("no such TMX file; check the path"), path=self.path)
        try:
            with self.path.open("rb") as stream:
                self.size = self.path.stat().st_size
                yield from self._parse(stream)
        except etree.XMLSyntaxError as exc:
            raise BadInput(
                msg(
                    "is not a valid TMX file ({one_line}); export it again from "
                    "the tool that made it",
                    one_line=_one_line(exc),
                ),
                path=self.path,
            ) from None
        except OSError as exc:
            raise BadInput(
                msg("cannot be read ({value})", value=exc.strerror or exc), path=self.path
            ) from None

    def _parse(self, stream: BinaryIO) -> Iterator[TmxUnit]:
        context = iterparse_untrusted(stream)
        root = None
        for event, elem in context:
            if root is None:
                root = elem
                self._check_root(elem)
                continue
            if event != "end":
                continue
            tag = _tag(elem)
            if tag == "header":
                self._read_header(root, elem)
            elif tag == "tu":
                unit = _unit(elem)
                # Free what has been read: the unit and the siblings before it.
                elem.clear()
                parent = elem.getparent()
                if parent is not None:
                    while elem.getprevious() is not None:
                        del parent[0]
                self.bytes_read = stream.tell()
                yield unit
        if root is None:
            raise BadInput(msg("is empty, not a TMX file"), path=self.path)

    def _check_root(self, root: etree._Element) -> None:
        if _tag(root) != "tmx":
            raise BadInput(
                msg("is not a TMX file: its root element is <{tag}>, not <tmx>", tag=_tag(root)),
                path=self.path,
            )
        dtd = root.getroottree().docinfo.internalDTD
        if dtd is not None and any(True for _ in dtd.iterentities()):
            raise BadInput(
                msg(
                    "declares XML entities in its DOCTYPE, which TMX never "
                    "needs; refused as unsafe (remove the <!ENTITY ...> "
                    "declarations)"
                ),
                path=self.path,
            )
        self.header.version = root.get("version")

    def _read_header(self, root: etree._Element, header: etree._Element) -> None:
        self.header.srclang = header.get("srclang")
        self.header.creationtool = header.get("creationtool")
        self.header.creationtoolversion = header.get("creationtoolversion")
        self.header.o_tmf = header.get("o-tmf")
        self.header.datatype = header.get("datatype")
        header.clear()


def _tag(elem: etree._Element) -> str:
    tag = elem.tag
    if not isinstance(tag, str):
        return ""
    return etree.QName(tag).localname.lower()


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:200]


def _unit(tu: etree._Element) -> TmxUnit:
    props: list[tuple[str, str]] = []
    notes: list[str] = []
    variants: list[tuple[str, str]] = []
    # OmegaT puts dates and authors on the <tuv>, others on the <tu>: take the tu's,
    # else the first tuv's.
    meta = {a: tu.get(a) for a in ("creationid", "creationdate", "changeid", "changedate")}
    for child in tu:
        tag = _tag(child)
        if tag == "prop":
            props.append((child.get("type", ""), (child.text or "").strip()))
        elif tag == "note":
            notes.append((child.text or "").strip())
        elif tag == "tuv":
            lang = child.get(XML_LANG) or child.get("lang") or ""
            seg = next((c for c in child if _tag(c) == "seg"), None)
            text = read_seg(seg) if seg is not None else ""
            variants.append((lang.strip(), text.strip()))
            for attr, value in meta.items():
                if value is None:
                    meta[attr] = child.get(attr)
    return TmxUnit(
        variants=variants,
        tuid=tu.get("tuid"),
        srclang=tu.get("srclang"),
        created=meta["creationdate"],
        changed=meta["changedate"],
        creator=meta["creationid"],
        changer=meta["changeid"],
        props=props,
        notes=notes,
        machine_translated=is_machine_translation(meta["creationid"], props),
        mt_model=next((v for k, v in props if k.lower() == "x-mt-model"), None),
    )


def seg_text(seg: etree._Element) -> str:
    """The plain text of a <seg>: <hi> keeps its text, native codes (bpt, ph...) are dropped."""
    parts = [seg.text or ""]
    dropped = False
    for child in seg:
        tag = _tag(child)
        if tag in _CODES:
            dropped = True
        elif tag:
            parts.append(seg_text(child))
        parts.append(child.tail or "")
    text = "".join(parts)
    if dropped:  # "Press <ph/> now" must not become "Press  now"
        text = " ".join(part for part in text.split(" ") if part) if "  " in text else text
    return text


# ----------------------------------------------------------------------------- import


@dataclass
class TmxImportReport:
    path: Path
    units: int = 0  # <tu> elements read
    imported: int = 0  # units that added at least one pair
    pairs: int = 0  # rows added (a ky/ru/en unit gives six directions)
    usable: int = 0  # imported units that have the project's own pair
    skipped: Counter[str] = field(default_factory=Counter)
    other_languages: Counter[str] = field(default_factory=Counter)

    def summary(self, project: Project) -> str:
        src, tgt = (LANGUAGES[c].tmx for c in (project.source_lang, project.target_lang))
        text = (
            f"{self.path.name}: imported {self.imported} of {self.units} units "
            f"({self.pairs} pairs; {self.usable} with {src} and {tgt})"
        )
        if self.skipped:
            reasons = ", ".join(f"{n} {why}" for why, n in self.skipped.most_common())
            text += f"; {sum(self.skipped.values())} skipped: {reasons}"
        if self.other_languages:
            seen = ", ".join(code for code, _ in self.other_languages.most_common(5))
            text += f"; languages the workbench does not use: {seen}"
        return text


SKIP_ONE_LANGUAGE = "with only one of ky/ru/en"
SKIP_NO_LANGUAGE = "with no ky/ru/en variant"
SKIP_EMPTY = "with an empty segment"
SKIP_DUPLICATE = "already in the memory"


CHUNK_UNITS = 2000  # units per commit: a fraction of a second of work


def import_tmx(
    project: Project,
    path: str | Path,
    task: TaskState | None = None,
    *,
    chunk_units: int = CHUNK_UNITS,
) -> TmxImportReport:
    """Add every unit of a TMX file to the project's memory: all or nothing.

    Every ordered pair among the unit's ky/ru/en variants is stored (the first
    variant of each language, so en-US and en-GB give one English text). The
    units are committed a chunk at a time, so a 300,000-unit file neither holds
    one huge transaction nor grows the WAL without bound; they stay invisible to
    lookups until the last chunk is in, and a bad or truncated file, a cancel or
    Ctrl+C removes them again (a killed process's are removed when the project
    is next opened for writing). The memory is then as it was.
    """
    reader = TmxReader(path)
    report = TmxImportReport(reader.path)
    tm.check_key_version(project)
    import_id = project.begin_import(reader.path.name)
    try:
        units = iter(reader)
        finished = False
        while not finished:
            with project.transaction():
                for _ in range(chunk_units):
                    unit = next(units, None)
                    if unit is None:
                        finished = True
                        break
                    _import_unit(project, unit, reader, report, import_id)
                    if task is not None and report.units % 500 == 0:
                        task.check_cancelled()
                        task.set_progress(reader.bytes_read, reader.size)
        project.finish_import(import_id)
    except BaseException:
        project.discard_import(import_id)
        raise
    if task is not None:
        task.set_progress(reader.size, reader.size)
    return report


def _import_unit(
    project: Project,
    unit: TmxUnit,
    reader: TmxReader,
    report: TmxImportReport,
    import_id: int,
) -> None:
    report.units += 1
    texts, empty = _texts_by_language(unit, report)
    if len(texts) < 2:
        if empty:
            report.skipped[SKIP_EMPTY] += 1
        elif texts:
            report.skipped[SKIP_ONE_LANGUAGE] += 1
        else:
            report.skipped[SKIP_NO_LANGUAGE] += 1
        return
    added = _store(project, unit, texts, reader.path.name, import_id)
    if added:
        report.imported += 1
        report.pairs += added
        if project.source_lang in texts and project.target_lang in texts:
            report.usable += 1
    else:
        report.skipped[SKIP_DUPLICATE] += 1


def _texts_by_language(unit: TmxUnit, report: TmxImportReport) -> tuple[dict[str, str], bool]:
    texts: dict[str, str] = {}
    empty = False
    for code, text in unit.variants:
        lang = find_language(code) if code else None
        if lang is None:
            report.other_languages[code or "(no language)"] += 1
        elif lang.code not in texts:
            if text:
                texts[lang.code] = text
            else:
                empty = True
    return texts, empty


def _store(
    project: Project,
    unit: TmxUnit,
    texts: dict[str, str],
    file_name: str,
    import_id: int | None = None,
) -> int:
    created = parse_date(unit.created if isinstance(unit.created, str) else None)
    changed = parse_date(unit.changed if isinstance(unit.changed, str) else None) or created
    props: dict[str, object] = {"tmx": file_name}
    if unit.tuid:
        props["tuid"] = unit.tuid
    for kind, value in unit.props:
        props.setdefault(kind, value)
    if unit.notes:
        props["notes"] = unit.notes
    added = 0
    for src, source in texts.items():
        key = tm.match_key(source.plain if isinstance(source, Coded) else source.strip(), src)
        for tgt, target in texts.items():
            if src == tgt:
                continue
            added += tm.store_unit(
                project,
                src,
                tgt,
                source,
                target,
                origin=tm.ORIGIN_MT if unit.machine_translated else tm.ORIGIN_TMX,
                document=unit.document,
                creator=unit.changer or unit.creator,
                created=iso_date(created) if created else None,
                changed=iso_date(changed) if changed else None,
                props=props,
                key=key,
                import_id=import_id,
            )
    return added
