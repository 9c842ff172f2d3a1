"""XLIFF 1.2 (also Trados SDLXLIFF and memoQ mqxliff) and XLIFF 2.0/2.1: bilingual jobs
from agencies and other CAT tools, given back as the same file with targets filled.

The file's segmentation is kept: each segment of the file (a 1.2 <trans-unit>'s source,
or each <mrk mtype="seg"> of its <seg-source>; a 2.0 <segment>) is one paragraph of the
Document, and Document.segmented tells the importer not to split it again. Existing
targets and their states come in as the paragraph's target and status. Units marked
translate="no" and locked segments (SDL locked="true", memoQ mq:locked) come in flagged
LOCKED, done (confirmed with their target, or needing no translation): the editor shows
them read-only and the writer never changes them, whatever the project says.

Reading and writing walk the file the same way (scan()), so the writer can find the
n-th paragraph's segment again. Writing is in xliff_write.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from workbench.core.document import Document, Paragraph
from workbench.core.errors import BadInput
from workbench.core.flags import LOCKED
from workbench.core.formats.base import make_paragraph
from workbench.core.formats.xliff_codes import NS20, has_text, local, read_coded
from workbench.core.formats.xliff_xml import XmlFile, parse
from workbench.core.i18n import msg
from workbench.core.inline import Coded

SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
MQ = "MQXliff"
# Workflow statuses by value (core.segment.Status; this module stays free of the store).
NEW, MT_DRAFT, NEEDS_REVIEW, CONFIRMED, NOT_NEEDED = 0, 1, 2, 3, 4


@dataclass
class XSeg:
    """One translatable segment of the file and where its pieces are."""

    version: str  # "1.2" or "2.0"
    unit: etree._Element  # <trans-unit> or <unit>
    source: etree._Element  # what holds the source text (<source> or a seg <mrk>)
    target: etree._Element | None  # what holds the existing target text, if any
    segment: etree._Element | None = None  # 2.0 <segment>
    mid: str | None = None  # 1.2 <seg-source> segment id
    source_coded: Coded = Coded("")
    target_coded: Coded | None = None
    status: int = NEW
    origin: str = ""
    note: str = ""
    locked: bool = False


@dataclass
class Scan:
    xml: XmlFile
    version: str
    segments: list[XSeg]
    languages: tuple[str | None, str | None]


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}" if ns else name


def _translatable(el: etree._Element) -> bool:
    """translate="no" on the unit or any enclosing group/file switches translation off."""
    node: etree._Element | None = el
    while node is not None:
        if node.get("translate") == "no":
            return False
        node = node.getparent()
    return True


def scan(data: bytes, name: str) -> Scan:
    xml = parse(data, name)
    root = xml.root
    ns = etree.QName(root).namespace or ""
    if local(root) != "xliff":
        raise BadInput(msg("is not an XLIFF file (its root element is not <xliff>)"), path=name)
    if ns == NS20 or (root.get("version") or "").startswith("2"):
        return _scan20(xml, ns)
    return _scan12(xml, ns)


# -- XLIFF 1.2 ---------------------------------------------------------------------------


def _notes12(unit: etree._Element, ns: str) -> str:
    said = [f"id {unit.get('id')}"] if unit.get("id") else []
    if unit.get("resname"):
        said.append(f"resname {unit.get('resname')}")
    for note in unit.iter(_q(ns, "note")):
        if note.getparent() is unit and (note.text or "").strip():
            said.append(f"note: {note.text.strip()}")
    for ctx in unit.iter(_q(ns, "context")):
        if (ctx.text or "").strip():
            said.append(f"{ctx.get('context-type', 'context')}: {ctx.text.strip()}")
    return "; ".join(said)


def _status12(
    target: Coded | None, source: Coded, state: str | None, qualifier: str | None, approved: bool
) -> tuple[int, str]:
    if target is None or not has_text(target):
        return NEW, ""
    mt = qualifier in ("mt-suggestion", "leveraged-mt")
    if approved or state in ("final", "signed-off"):
        return CONFIRMED, "mt" if mt else "human"
    if state in (None, "new", "needs-translation") and target == source:
        return NEW, ""  # a copy of the source the tool put there (Okapi, Rainbow do)
    return (MT_DRAFT, "mt") if mt else (NEEDS_REVIEW, "human")


def _sdl_status(seg: etree._Element, status: tuple[int, str]) -> tuple[int, str]:
    conf = seg.get("conf")
    mt = seg.get("origin") == "mt"
    if status[0] == NEW or conf is None:
        return status
    if conf in ("Translated", "ApprovedTranslation", "ApprovedSignOff"):
        return CONFIRMED, "mt" if mt else "human"
    return (MT_DRAFT, "mt") if mt else (NEEDS_REVIEW, "human")


def _mq_status(unit: etree._Element, status: tuple[int, str]) -> tuple[int, str]:
    mq = unit.get(_q(MQ, "status"))
    if status[0] == NEW or mq is None:
        return status
    if "Confirmed" in mq or mq == "Proofread":
        return CONFIRMED, status[1]
    return (status[0] if status[0] != CONFIRMED else NEEDS_REVIEW), status[1]


def _segs_of(container: etree._Element, mrk: str) -> list[etree._Element]:
    """The <mrk mtype="seg"> inside a seg-source/target, outermost only, in order."""
    found = []
    for el in container.iter(mrk):
        if el.get("mtype") != "seg":
            continue
        parent = el.getparent()
        nested = False
        while parent is not None and parent is not container:
            if parent.tag == mrk and parent.get("mtype") == "seg":
                nested = True
            parent = parent.getparent()
        if not nested:
            found.append(el)
    return found


def _scan12(xml: XmlFile, ns: str) -> Scan:
    langs: tuple[str | None, str | None] = (None, None)
    segments: list[XSeg] = []
    for file in xml.root.iter(_q(ns, "file")):
        if langs == (None, None):
            langs = (file.get("source-language"), file.get("target-language"))
        for unit in file.iter(_q(ns, "trans-unit")):
            unit_locked = not _translatable(unit) or unit.get(_q(MQ, "locked")) == "locked"
            source = unit.find(_q(ns, "source"))
            if source is None:
                continue
            target = unit.find(_q(ns, "target"))
            state, qualifier = (
                (None, None)
                if target is None
                else (target.get("state"), target.get("state-qualifier"))
            )
            approved = unit.get("approved") == "yes"
            note = _notes12(unit, ns)
            seg_source = unit.find(_q(ns, "seg-source"))
            marks = _segs_of(seg_source, _q(ns, "mrk")) if seg_source is not None else []
            sdl_segs = {
                s.get("id"): s for s in unit.iter(_q(SDL, "seg")) if s.get("id") is not None
            }
            if not marks:
                src = read_coded(xml, source)
                tgt = read_coded(xml, target) if target is not None else None
                status = _mq_status(unit, _status12(tgt, src, state, qualifier, approved))
                segments.append(
                    XSeg(
                        "1.2",
                        unit,
                        source,
                        target,
                        None,
                        None,
                        src,
                        tgt,
                        *status,
                        note,
                        unit_locked,
                    )
                )
                continue
            by_mid = {}
            if target is not None:
                by_mid = {m.get("mid"): m for m in _segs_of(target, _q(ns, "mrk"))}
            for mark in marks:
                mid = mark.get("mid")
                sdl = sdl_segs.get(mid)
                locked = unit_locked or (sdl is not None and sdl.get("locked") == "true")
                src = read_coded(xml, mark)
                tmark = by_mid.get(mid)
                tgt = read_coded(xml, tmark) if tmark is not None else None
                status = _status12(tgt, src, state, qualifier, approved)
                if sdl is not None:
                    status = _sdl_status(sdl, status)
                status = _mq_status(unit, status)
                segments.append(
                    XSeg(
                        "1.2",
                        unit,
                        mark,
                        tmark,
                        None,
                        mid,
                        src,
                        tgt,
                        *status,
                        f"{note}; segment {mid}" if note else f"segment {mid}",
                        locked,
                    )
                )
    return Scan(xml, "1.2", segments, langs)


# -- XLIFF 2.0 / 2.1 ---------------------------------------------------------------------

_STATE20 = {
    "initial": NEEDS_REVIEW,
    "translated": NEEDS_REVIEW,
    "reviewed": CONFIRMED,
    "final": CONFIRMED,
}


def _notes20(unit: etree._Element, ns: str) -> str:
    said = [f"id {unit.get('id')}"] if unit.get("id") else []
    if unit.get("name"):
        said.append(f"name {unit.get('name')}")
    notes = unit.find(_q(ns, "notes"))
    if notes is not None:
        for note in notes.iter(_q(ns, "note")):
            if (note.text or "").strip():
                said.append(f"note: {note.text.strip()}")
    return "; ".join(said)


def _scan20(xml: XmlFile, ns: str) -> Scan:
    root = xml.root
    langs = (root.get("srcLang"), root.get("trgLang"))
    segments: list[XSeg] = []
    for unit in root.iter(_q(ns, "unit")):
        locked = not _translatable(unit)
        note = _notes20(unit, ns)
        for seg in unit.iterchildren(_q(ns, "segment")):
            source = seg.find(_q(ns, "source"))
            if source is None:
                continue
            target = seg.find(_q(ns, "target"))
            src = read_coded(xml, source)
            tgt = read_coded(xml, target) if target is not None else None
            status, origin = NEW, ""
            if tgt is not None and has_text(tgt):
                status = _STATE20.get(seg.get("state", "initial"), NEEDS_REVIEW)
                mt = (seg.get("subState") or "").endswith(":mt")
                origin = "mt" if mt else "human"
                if mt and status != CONFIRMED:
                    status = MT_DRAFT
            label = f"{note}; segment {seg.get('id')}" if seg.get("id") else note
            segments.append(
                XSeg(
                    "2.0",
                    unit,
                    source,
                    target,
                    seg,
                    seg.get("id"),
                    src,
                    tgt,
                    status,
                    origin,
                    label,
                    locked,
                )
            )
    return Scan(xml, "2.0", segments, langs)


# -- the Format ----------------------------------------------------------------------------


def _lead_trail(value: Coded) -> bool:
    return has_text(value)


class XliffFormat:
    name = "xliff"
    extensions = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")

    def read(self, data: bytes, name: str) -> Document:
        found = scan(data, name)
        paragraphs: list[Paragraph] = []
        for seg in found.segments:
            if not _lead_trail(seg.source_coded):
                continue
            para = make_paragraph(seg.source_coded)
            para.target = seg.target_coded if seg.status != NEW else None
            para.status = seg.status
            if seg.locked:
                para.flags = para.flags | {LOCKED}
                para.status = CONFIRMED if para.target is not None else NOT_NEEDED
            para.origin = seg.origin
            para.note = seg.note
            paragraphs.append(para)
        doc = Document(name, self.name, paragraphs, data, encoding=found.xml.encoding)
        doc.segmented = True
        doc.languages = found.languages
        return doc

    def write(
        self,
        data: bytes,
        translations: Sequence[str | Coded | None],
        states: Sequence[tuple[int, str] | None] | None = None,
    ) -> bytes:
        from workbench.core.formats.xliff_write import write_xliff

        return write_xliff(data, translations, states)


def translatable_segments(found: Scan) -> list[XSeg]:
    """The segments that are paragraphs of the Document, in the same order."""
    return [s for s in found.segments if _lead_trail(s.source_coded)]
