"""Word documents (.docx), read and written with python-docx.

Paragraphs come from the body (table cells and nested tables included, in document order,
text boxes too), then from headers and footers. Footnotes, endnotes and comments are not
read. A paragraph's text is the text of all its runs, hyperlinks' runs included ("\\t" for
tabs, "\\n" for line breaks), without the spaces around it (those stay in the document).

Writing keeps everything but the text: images, fields, page breaks, hyperlinks, styles and
run formatting. A paragraph whose translation equals its text is left untouched. Otherwise
the translation goes into the first run that has text, keeping that run's formatting, and
the text of the other runs is cleared (the runs stay, so images and hyperlink elements are
not lost); the legacy copy of a text box gets the same translation. Spreading the
translation over the runs by length would cut words and give formatting to the wrong words
of another language; one formatted run is the honest result and matches the common case of
uniform formatting.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

from workbench.core.document import Document
from workbench.core.errors import BadInput
from workbench.core.formats import base
from workbench.core.formats.archive import check_archive
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
            "this is not a valid .docx file (it may be damaged, or an old .doc); "
            "open it in Word or LibreOffice and save it again as .docx",
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
                f"{part.partname} contains the entity reference {entity.text}, which Word "
                "does not write and this reader cannot expand (the text after it would be "
                "lost); open the file in Word or LibreOffice and save it again as .docx",
                path=name,
            )


def _containers(document: docx.document.Document) -> Iterator[etree._Element]:
    yield document.element.body
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
            yield part.part.element


def _own_runs(p: etree._Element) -> list[etree._Element]:
    """The paragraph's runs, without those of paragraphs nested in it (text boxes)."""
    return [r for r in p.iter(_R) if next(r.iterancestors(_P)) is p]


def _run_text(r: etree._Element) -> str:
    return Run(r, None).text  # type: ignore[arg-type]


def _paragraphs(document: docx.document.Document) -> list[tuple[etree._Element, str]]:
    found = []
    for container in _containers(document):
        for p in container.iter(_P):
            if any(a.tag == _FALLBACK for a in p.iterancestors()):
                continue  # the legacy copy of a text box; Word shows the other one
            text = "".join(_run_text(r) for r in _own_runs(p))
            if base.is_translatable(text):
                found.append((p, text))
    return found


def _fallback_twin(p: etree._Element) -> etree._Element | None:
    """The legacy copy of a text box paragraph (in mc:Fallback), when there is one."""
    choice = next((a for a in p.iterancestors() if a.tag == _CHOICE), None)
    fallback = choice.getparent().find(_FALLBACK) if choice is not None else None
    if fallback is None:
        return None
    ours, theirs = list(choice.iter(_P)), list(fallback.iter(_P))
    return theirs[ours.index(p)] if len(ours) == len(theirs) else None


def _is_text(child: etree._Element) -> bool:
    if child.tag == _BR:
        return child.get(qn("w:type")) in (None, "textWrapping")
    return child.tag in _TEXT_TAGS


def _text_elements(text: str) -> list[etree._Element]:
    elements = []
    for i, line in enumerate(text.split("\n")):
        if i:
            elements.append(OxmlElement("w:br"))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                elements.append(OxmlElement("w:tab"))
            if chunk:
                t = OxmlElement("w:t")
                t.text = chunk
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                elements.append(t)
    return elements


def _set_text(p: etree._Element, translation: str) -> None:
    runs = [r for r in _own_runs(p) if _run_text(r)]
    for index, r in enumerate(runs):
        texts = [child for child in r if _is_text(child)]
        position = r.index(texts[0]) if texts else len(r)
        for child in texts:
            r.remove(child)
        if index == 0:
            for offset, element in enumerate(_text_elements(translation)):
                r.insert(position + offset, element)


class DocxFormat:
    name = "docx"
    extensions = (".docx",)

    def read(self, data: bytes, name: str) -> Document:
        document = _open(data, name)
        paragraphs = [base.make_paragraph(text.strip()) for _, text in _paragraphs(document)]
        return Document(name, self.name, paragraphs, data, "utf-8")

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes:
        document = _open(data, "document.docx")
        found = _paragraphs(document)
        base.check_count(len(found), translations, "docx")
        for (p, text), translation in zip(found, translations, strict=True):
            translation = base.as_coded(translation).plain
            translation = base.xml_safe(base.text.normalise_newlines(translation))
            if translation != text.strip():
                # Spaces around the text (before an image, say) stay in the document.
                lead = text[: len(text) - len(text.lstrip())]
                trail = text[len(text.rstrip()) :]
                _set_text(p, lead + translation + trail)
                twin = _fallback_twin(p)
                if twin is not None:  # keep the legacy copy of a text box in step
                    _set_text(twin, lead + translation + trail)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
