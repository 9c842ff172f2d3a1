"""Word documents (.docx), read and written with python-docx.

Paragraphs come from the body (table cells and nested tables included, in document order,
text boxes too), then from headers and footers, then footnotes, endnotes and comments. A
paragraph's text is its runs' text with inline codes for formatting, hyperlinks, pictures,
note references, fields... (see docx_runs), without the spaces around it (those stay).

Writing leaves a paragraph whose translation equals what was read untouched (its XML stays
byte for byte as it was); a changed one gets its runs rebuilt from the translation's text
and codes, formatting on the translated words (docx_runs.rebuild). The legacy copy of a text
box gets the same translation. Notes and comments parts that python-docx keeps as raw bytes
are parsed (no DTD, no entities, no network) and written back only when changed.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from workbench.core.document import Document
from workbench.core.errors import BadInput
from workbench.core.formats import base
from workbench.core.formats.archive import check_archive
from workbench.core.formats.docx_runs import Analysis, analyse, rebuild
from workbench.core.i18n import msg
from workbench.core.inline import Coded

_P, _R = qn("w:p"), qn("w:r")
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CHOICE, _FALLBACK = _MC + "Choice", _MC + "Fallback"
# Run children that hold text; a <w:br> counts only as a line break (not page or column).
_TEXT_TAGS = frozenset(qn(t) for t in ("w:t", "w:tab", "w:cr", "w:noBreakHyphen", "w:ptab"))
_BR = qn("w:br")


def _open(data: bytes, name: str) -> docx.document.Document:
    check_archive(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError):
        raise BadInput(
            msg(
                "this is not a valid .docx file (it may be damaged, or an "
                "old .doc); open it in Word or LibreOffice and save it again "
                "as .docx"
            ),
            path=name,
        ) from None
    _check_no_entities(document, name)
    return document


def _check_no_entities(document: docx.document.Document, name: str) -> None:
    """Refuse entity references (possible only with a DTD, which Office files must not
    have): python-docx parses without expanding them and reads a text node only up to the
    first one, so the text after it would vanish without a word."""
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        entity = next(element.iter(etree.Entity), None)
        if entity is not None:
            raise BadInput(
                msg(
                    "{partname} contains the entity reference {text}, which Word "
                    "does not write and this reader cannot expand (the text "
                    "after it would be lost); open the file in Word or "
                    "LibreOffice and save it again as .docx",
                    partname=part.partname,
                    text=entity.text,
                ),
                path=name,
            )


def _containers(document: docx.document.Document) -> Iterator[tuple[etree._Element, object]]:
    yield document.element.body, document.part
    seen = set()
    for section in document.sections:
        for part in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            if part.is_linked_to_previous or part.part.partname in seen:
                continue
            seen.add(part.part.partname)
            yield part.part.element, part.part


_NOTES = ("/word/footnotes.xml", "/word/endnotes.xml", "/word/comments.xml")
_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


@dataclass
class _Notes:
    """A notes or comments part: its root element and how to put it back."""

    part: object
    root: etree._Element
    raw: bool  # python-docx keeps the part as bytes: write them back when changed


def _notes(document: docx.document.Document, name: str) -> list[_Notes]:
    found = []
    for part in document.part.package.iter_parts():
        if str(part.partname) not in _NOTES:
            continue
        element = getattr(part, "_element", None)
        if element is not None:
            found.append(_Notes(part, element, False))
            continue
        try:
            root = etree.fromstring(part.blob, _SAFE)
        except etree.XMLSyntaxError:
            raise BadInput(
                msg(
                    "{partname} is damaged; open the file in Word or LibreOffice "
                    "and save it again as .docx",
                    partname=part.partname,
                ),
                path=name,
            ) from None
        entity = next(root.iter(etree.Entity), None)
        if entity is not None:
            raise BadInput(
                msg(
                    "{partname} contains the entity reference {text}, which Word "
                    "does not write; open the file in Word or LibreOffice and "
                    "save it again",
                    partname=part.partname,
                    text=entity.text,
                ),
                path=name,
            )
        found.append(_Notes(part, root, True))
    found.sort(key=lambda n: _NOTES.index(str(n.part.partname)))
    return found


def _paragraphs(
    document: docx.document.Document, notes: list[_Notes]
) -> list[tuple[etree._Element, Analysis]]:
    found = []
    roots = [*_containers(document), *((n.root, n.part) for n in notes)]
    for container, part in roots:
        links = _links(part)
        for p in container.iter(_P):
            if any(a.tag == _FALLBACK for a in p.iterancestors()):
                continue  # the legacy copy of a text box; Word shows the other one
            analysis = analyse(p, links)
            if base.is_translatable(analysis.coded.plain):
                found.append((p, analysis))
    return found


def _links(part: object) -> dict[str, str]:
    """Hyperlink relationship ids of a part and their URLs."""
    rels = getattr(part, "rels", {})
    return {rid: rel.target_ref for rid, rel in rels.items() if rel.reltype.endswith("/hyperlink")}


def _fallback_twin(p: etree._Element) -> etree._Element | None:
    """The legacy copy of a text box paragraph (in mc:Fallback), when there is one."""
    choice = next((a for a in p.iterancestors() if a.tag == _CHOICE), None)
    fallback = choice.getparent().find(_FALLBACK) if choice is not None else None
    if fallback is None:
        return None
    ours, theirs = list(choice.iter(_P)), list(fallback.iter(_P))
    return theirs[ours.index(p)] if len(ours) == len(theirs) else None


class DocxFormat:
    name = "docx"
    extensions = (".docx",)

    def read(self, data: bytes, name: str) -> Document:
        document = _open(data, name)
        found = _paragraphs(document, _notes(document, name))
        paragraphs = [base.make_paragraph(analysis.coded) for _, analysis in found]
        return Document(name, self.name, paragraphs, data, "utf-8")

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes:
        document = _open(data, "document.docx")
        notes = _notes(document, "document.docx")
        found = _paragraphs(document, notes)
        base.check_count(len(found), translations, "docx")
        changed: set[int] = set()
        for (p, first), translation in zip(found, translations, strict=True):
            if base.unchanged(translation, first.coded):
                continue
            value = base.as_coded(translation, first.coded)
            value = Coded(base.xml_safe(base.text.normalise_newlines(value.text)), value.codes)
            # Codes are matched against the paragraph as it is now: a text box inside it
            # may have been translated since it was read.
            rebuild(p, analyse(p), value)
            twin = _fallback_twin(p)
            if twin is not None:  # keep the legacy copy of a text box in step
                rebuild(twin, analyse(twin), value)
            changed.add(id(p.getroottree().getroot()))
        for n in notes:
            if n.raw and id(n.root) in changed:
                n.part._blob = etree.tostring(  # type: ignore[attr-defined]
                    n.root, xml_declaration=True, encoding="UTF-8", standalone=True
                )
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
