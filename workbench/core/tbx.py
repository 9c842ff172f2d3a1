"""TBX termbases: reading TBX v2 (martif: memoQ, Trados, OmegaT, IATE, translate-toolkit)
and TBX v3 (ISO 30042:2019, TBX-Basic dialect) safely, and writing TBX-Basic v3.

TBX comes from clients, so it is untrusted, like TMX (core/tmx_read.py): the parser never
loads a DTD or anything from the network, never resolves entities, and refuses a DOCTYPE
that declares entities. Entries are read as a stream and freed as they go.

Mapped data categories: subjectField -> domain; note/definition at entry level -> note;
administrativeStatus (or the older normativeAuthorization) deprecatedTerm/supersededTerm
-> forbidden; a term-level note "case-sensitive" -> case sensitive (written back the same
way, as TBX-Basic has no category for it). Languages other than ky, ru and en are skipped.
What this module writes is validated against a RELAX NG grammar of the TBX core structure
with TBX-Basic's data categories (below) before the file is replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from workbench.core.errors import BadInput
from workbench.core.fileio import atomic_write
from workbench.core.i18n import msg
from workbench.core.languages import LANGUAGES, find_language
from workbench.core.termbase import Term, TermEntry
from workbench.core.xml_safe import iterparse_untrusted

TBX3_NS = "urn:iso:std:iso:30042:ed-2"  # ISO 30042:2019 (drafts said ed:3.0)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_FORBIDDEN_STATUS = ("deprecated", "superseded")
CASE_NOTE = "case-sensitive"


def read_tbx(path: str | Path) -> list[TermEntry]:
    """The ky/ru/en entries of a TBX file; BadInput naming the file if it cannot be used."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(msg("no such TBX file; check the path"), path=path)
    try:
        with path.open("rb") as stream:
            return list(_parse(stream, path))
    except etree.XMLSyntaxError as exc:
        message = " ".join(str(exc).split())[:200]
        raise BadInput(
            msg(
                "is not a valid TBX file ({message}); export it again from the tool that made it",
                message=message,
            ),
            path=path,
        ) from None
    except OSError as exc:
        raise BadInput(
            msg("cannot be read ({value})", value=exc.strerror or exc), path=path
        ) from None


def _parse(stream: BinaryIO, path: Path) -> Iterator[TermEntry]:
    context = iterparse_untrusted(stream)
    root = None
    for event, elem in context:
        if root is None:
            root = elem
            _check_root(elem, path)
            continue
        if event == "end" and _tag(elem) in ("termentry", "conceptentry"):
            entry = _entry(elem)
            elem.clear()
            parent = elem.getparent()
            if parent is not None:
                while elem.getprevious() is not None:
                    del parent[0]
            if entry.terms:
                yield entry
    if root is None:
        raise BadInput(msg("is empty, not a TBX file"), path=path)


def _check_root(root: etree._Element, path: Path) -> None:
    if _tag(root) not in ("tbx", "martif"):
        raise BadInput(
            msg(
                "is not a TBX file: its root element is <{tag}>, not <tbx> or <martif>",
                tag=_tag(root),
            ),
            path=path,
        )
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise BadInput(
            msg(
                "declares XML entities in its DOCTYPE, which TBX never "
                "needs; refused as unsafe (remove the <!ENTITY ...> "
                "declarations)"
            ),
            path=path,
        )


def _entry(elem: etree._Element) -> TermEntry:
    note = domain = definition = ""
    terms: dict[str, list[Term]] = {}
    for child in elem:
        tag = _tag(child)
        if tag in ("langset", "langsec"):
            lang = find_language(child.get(XML_LANG) or child.get("lang") or "")
            if lang is None or lang.code not in LANGUAGES:
                continue
            for term in _terms(child):
                terms.setdefault(lang.code, []).append(term)
        elif tag == "descrip" and child.get("type") == "subjectField":
            domain = domain or _text(child)
        elif tag == "descrip" and child.get("type") == "definition":
            definition = definition or _text(child)
        elif tag == "note":
            note = note or _text(child)
        elif tag == "descripgrp":
            for sub in child:
                if _tag(sub) == "descrip" and sub.get("type") == "subjectField":
                    domain = domain or _text(sub)
                elif _tag(sub) == "descrip" and sub.get("type") == "definition":
                    definition = definition or _text(sub)
    return TermEntry({k: tuple(v) for k, v in terms.items()}, note or definition, domain)


def _terms(lang_set: etree._Element) -> Iterator[Term]:
    for holder in lang_set.iter():
        if _tag(holder) not in ("tig", "ntig", "termsec"):
            continue
        text = ""
        forbidden = case = False
        for node in holder.iter():
            tag = _tag(node)
            if tag == "term" and not text:
                text = _text(node)
            elif tag == "termnote" and node.get("type") in (
                "administrativeStatus",
                "normativeAuthorization",
            ):
                forbidden = _text(node).lower().startswith(_FORBIDDEN_STATUS)
            elif tag == "note" and _text(node).lower() == CASE_NOTE:
                case = True
        if text:
            yield Term(text, forbidden, case)


def _text(elem: etree._Element) -> str:
    return " ".join("".join(elem.itertext()).split())


def _tag(elem: etree._Element) -> str:
    tag = elem.tag
    if not isinstance(tag, str):
        return ""
    return etree.QName(tag).localname.lower()


# ------------------------------------------------------------------------------ writing
def write_tbx(path: str | Path, entries: Iterable[TermEntry], source_lang: str) -> int:
    """Write `entries` as TBX-Basic v3 (validated before the file is replaced)."""
    root = build_tbx(entries, source_lang)
    problems = validate_tbx(root)
    if problems:  # a bug here, not bad input: never write an invalid file
        raise RuntimeError(f"the TBX written would be invalid: {problems[0]}")
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    atomic_write(Path(path), data)
    return len(root.find(f"{{{TBX3_NS}}}text").find(f"{{{TBX3_NS}}}body"))


def build_tbx(entries: Iterable[TermEntry], source_lang: str) -> etree._Element:
    n = f"{{{TBX3_NS}}}"
    root = etree.Element(n + "tbx", nsmap={None: TBX3_NS})
    root.set("type", "TBX-Basic")
    root.set("style", "dca")
    root.set(XML_LANG, source_lang)
    header = etree.SubElement(root, n + "tbxHeader")
    desc = etree.SubElement(etree.SubElement(header, n + "fileDesc"), n + "sourceDesc")
    etree.SubElement(desc, n + "p").text = "Exported by the Kyrgyz translation workbench"
    body = etree.SubElement(etree.SubElement(root, n + "text"), n + "body")
    for number, entry in enumerate(entries, 1):
        if not entry.terms:
            continue
        concept = etree.SubElement(body, n + "conceptEntry", id=f"c{entry.id or number}")
        if entry.domain:
            etree.SubElement(concept, n + "descrip", type="subjectField").text = entry.domain
        if entry.note:
            etree.SubElement(concept, n + "note").text = entry.note
        for lang, terms in entry.terms.items():
            lang_sec = etree.SubElement(concept, n + "langSec")
            lang_sec.set(XML_LANG, lang)
            for term in terms:
                sec = etree.SubElement(lang_sec, n + "termSec")
                etree.SubElement(sec, n + "term").text = term.text
                status = "deprecatedTerm-admn-sts" if term.forbidden else "preferredTerm-admn-sts"
                note = etree.SubElement(sec, n + "termNote", type="administrativeStatus")
                note.text = status
                if term.case_sensitive:
                    etree.SubElement(sec, n + "note").text = CASE_NOTE
    return root


# The TBX v3 core structure, restricted to the elements and TBX-Basic data categories this
# module writes (written for the workbench from ISO 30042:2019 and the TBX-Basic dialect).
_GRAMMAR = f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{TBX3_NS}"
  datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="tbx">
    <attribute name="type"><value>TBX-Basic</value></attribute>
    <attribute name="style"><choice><value>dca</value><value>dct</value></choice></attribute>
    <attribute name="xml:lang" ns="http://www.w3.org/XML/1998/namespace">
      <data type="language"/></attribute>
    <element name="tbxHeader"><element name="fileDesc"><element name="sourceDesc">
      <oneOrMore><element name="p"><text/></element></oneOrMore>
    </element></element></element>
    <element name="text"><element name="body">
      <zeroOrMore><ref name="conceptEntry"/></zeroOrMore>
    </element></element>
  </element></start>
  <define name="conceptEntry"><element name="conceptEntry">
    <attribute name="id"><data type="ID"/></attribute>
    <zeroOrMore><choice>
      <element name="descrip"><attribute name="type"><choice>
        <value>subjectField</value><value>definition</value></choice></attribute><text/>
      </element>
      <element name="note"><text/></element>
    </choice></zeroOrMore>
    <oneOrMore><element name="langSec">
      <attribute name="xml:lang" ns="http://www.w3.org/XML/1998/namespace">
        <data type="language"/></attribute>
      <oneOrMore><element name="termSec">
        <element name="term"><data type="string"><param name="minLength">1</param></data>
        </element>
        <zeroOrMore><element name="termNote">
          <attribute name="type"><value>administrativeStatus</value></attribute>
          <choice><value>preferredTerm-admn-sts</value><value>admittedTerm-admn-sts</value>
            <value>deprecatedTerm-admn-sts</value><value>supersededTerm-admn-sts</value>
          </choice>
        </element></zeroOrMore>
        <zeroOrMore><element name="note"><text/></element></zeroOrMore>
      </element></oneOrMore>
    </element></oneOrMore>
  </element></define>
</grammar>"""
_SCHEMA: list[etree.RelaxNG] = []


def validate_tbx(root: etree._Element) -> list[str]:
    """Problems the grammar finds in a TBX tree this module built (empty when valid)."""
    if not _SCHEMA:
        _SCHEMA.append(etree.RelaxNG(etree.fromstring(_GRAMMAR.encode("utf-8"))))
    schema = _SCHEMA[0]
    if schema.validate(root):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
