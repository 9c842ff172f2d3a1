"""A Word paragraph's runs as coded text, and the runs rebuilt from a translation.

Reading: the text of the runs (tabs and line breaks as "\\t" and "\\n") with inline codes
for what changes inside the paragraph:
- formatting (run properties: bold, italic, underline, strike, sub/superscript, colour,
  font, size, character style...): a pair around the text whose properties differ from the
  paragraph's prevailing ones (the most text has them). Formatting of the whole paragraph
  is therefore no code;
- hyperlinks: a pair (its target, the r:id or anchor, is in the code, never translated);
  inside it, the link's own prevailing properties are no code either;
- everything else in the runs (pictures, footnote and endnote references, comment
  references, complex fields from begin to end, simple fields, symbols, page breaks, text
  boxes) and in the paragraph (bookmarks, comment ranges, content controls, equations,
  tracked deletions): placeholders that keep the very elements. Bookmarks and comment
  ranges at the start or end of the paragraph stay there and are no codes.
Spell-check marks and rendered page break hints are dropped; tracked insertions, smart tags
and custom XML wrappers are read through (their text becomes plain runs when rewritten).

Writing a changed paragraph removes its content (not its properties) and builds runs from
the translation: each piece of text in a run with the properties its codes give (adjacent
pieces with the same properties in one run, so no empty or needless runs), hyperlinks
around their text, the placeholders' own elements moved into place. Codes are matched by
id against the paragraph as it is in the file being written, so a text box inside it that
was translated meanwhile is kept.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from workbench.core.inline import Builder, Code, Coded, Kind

_P, _R, _PPR, _RPR = qn("w:p"), qn("w:r"), qn("w:pPr"), qn("w:rPr")
_HYPERLINK, _FLDCHAR = qn("w:hyperlink"), qn("w:fldChar")
_T, _TAB, _PTAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
_NBH = qn("w:noBreakHyphen")
_TRANSPARENT = frozenset(qn(t) for t in ("w:ins", "w:smartTag", "w:customXml"))
_DROPPED = frozenset(qn(t) for t in ("w:proofErr", "w:lastRenderedPageBreak"))
_EDGE = frozenset(
    qn(t)
    for t in (
        "w:bookmarkStart",
        "w:bookmarkEnd",
        "w:commentRangeStart",
        "w:commentRangeEnd",
        "w:permStart",
        "w:permEnd",
    )
)
# Run properties that do not show (language, spelling) and do not make a code.
_QUIET = frozenset(qn(t) for t in ("w:lang", "w:noProof", "w:rtl", "w:cs"))
_QUIET_ATTRS = frozenset({qn("w:hint")})


@dataclass
class _Text:
    text: str
    rpr: etree._Element | None
    link: etree._Element | None


@dataclass
class _Obj:
    elements: list[etree._Element]
    rpr: etree._Element | None  # set when the elements are run content (wrap in a run)
    link: etree._Element | None
    name: str
    edge: bool = False  # a bookmark or comment range: stays at the paragraph's edge
    in_run: bool = False  # run content (a picture, a note reference): wrapped in a run


@dataclass
class Analysis:
    coded: Coded
    head: list[Code]
    tail: list[Code]
    lead: str
    trail: str
    base: etree._Element | None  # the prevailing run properties
    link_base: dict[int, etree._Element | None]  # per hyperlink (by id()): its prevailing ones
    # what each code stands for: (id, kind) -> rPr element, hyperlink element or _Obj
    targets: dict[tuple[str, Kind], object] = field(default_factory=dict)


def _key(rpr: etree._Element | None) -> bytes:
    if rpr is None:
        return b""
    clone = copy.deepcopy(rpr)
    for child in list(clone):
        if child.tag in _QUIET:
            clone.remove(child)
    for el in clone.iter():
        for attr in _QUIET_ATTRS & set(el.attrib):
            del el.attrib[attr]
    return etree.tostring(clone, method="c14n") if len(clone) else b""


def _tokens(p: etree._Element) -> list[_Text | _Obj]:
    tokens: list[_Text | _Obj] = []
    field_runs: list[etree._Element] | None = None
    depth = 0

    def run(r: etree._Element, link: etree._Element | None) -> None:
        nonlocal field_runs, depth
        chars = [c.get(qn("w:fldCharType")) for c in r.iter(_FLDCHAR)]
        if field_runs is not None or "begin" in chars:
            if field_runs is None:
                field_runs = []
                tokens.append(_Obj(field_runs, None, link, "field"))
            field_runs.append(r)
            depth += chars.count("begin") - chars.count("end")
            if depth <= 0:
                field_runs, depth = None, 0
            return
        rpr = r.find(_RPR)
        for child in r:
            tag = child.tag
            if tag == _RPR or tag in _DROPPED:
                continue
            text = _char(child)
            if text is not None:
                tokens.append(_Text(text, rpr, link))
            else:
                name = etree.QName(child).localname
                tokens.append(_Obj([child], rpr, link, name, in_run=True))

    def walk(container: etree._Element, link: etree._Element | None) -> None:
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag == _PPR or tag in _DROPPED:
                if not isinstance(tag, str):
                    tokens.append(_Obj([child], None, link, "comment"))
                continue
            if tag in _TRANSPARENT:
                walk(child, link)
            elif tag == _HYPERLINK:
                walk(child, child)
            elif tag == _R:
                run(child, link)
            elif field_runs is not None:
                field_runs.append(child)
            else:
                name = etree.QName(child).localname
                tokens.append(_Obj([child], None, link, name, edge=tag in _EDGE))

    walk(p, None)
    return tokens


def _char(child: etree._Element) -> str | None:
    """The text a run child stands for, or None when it is no text."""
    tag = child.tag
    if tag == _T:
        return child.text or ""
    if tag in (_TAB, _PTAB):
        return "\t"
    if tag == _CR:
        return "\n"
    if tag == _BR:
        return "\n" if child.get(qn("w:type")) in (None, "textWrapping") else None
    if tag == _NBH:
        return "\u2011"
    return None


def _prevailing(texts: Sequence[_Text]) -> etree._Element | None:
    weight: Counter[bytes] = Counter()
    first: dict[bytes, etree._Element | None] = {}
    for t in texts:
        key = _key(t.rpr)
        weight[key] += len(t.text.strip()) or 0
        first.setdefault(key, t.rpr)
    if not weight:
        return None
    return first[weight.most_common(1)[0][0]]


def describe(rpr: etree._Element | None) -> str:
    """A few words for a tooltip: "bold italic colour C00000"."""
    if rpr is None:
        return "plain"
    words = []
    for child in rpr:
        name = etree.QName(child).localname
        val = child.get(qn("w:val"))
        if name in ("b", "i", "strike", "dstrike", "caps", "smallCaps") and val in (
            None,
            "1",
            "true",
        ):
            words.append({"b": "bold", "i": "italic"}.get(name, name))
        elif name == "u" and val != "none":
            words.append("underline")
        elif name == "vertAlign" and val in ("superscript", "subscript"):
            words.append(val)
        elif name == "color" and val:
            words.append(f"colour {val}")
        elif name == "rFonts":
            font = child.get(qn("w:ascii")) or child.get(qn("w:hAnsi"))
            if font:
                words.append(f"font {font}")
        elif name == "sz" and val:
            words.append(f"size {int(val) / 2:g}")
        elif name == "highlight" and val:
            words.append(f"highlight {val}")
        elif name == "rStyle" and val:
            words.append(f"style {val}")
    return " ".join(words) or "plain"


def _xml(el: etree._Element | None) -> str:
    return etree.tostring(el, encoding="unicode") if el is not None else "<w:rPr/>"


def analyse(p: etree._Element, links: dict[str, str] | None = None) -> Analysis:
    """The paragraph as coded text; `links` maps hyperlink relationship ids to URLs (for
    the codes' descriptions)."""
    links = links or {}
    tokens = _tokens(p)
    texts = [t for t in tokens if isinstance(t, _Text)]
    outside = [t for t in texts if t.link is None]
    base = _prevailing(outside or texts)
    link_base: dict[int, etree._Element | None] = {}
    for t in texts:
        if t.link is not None and id(t.link) not in link_base:
            link_base[id(t.link)] = _prevailing([x for x in texts if x.link is t.link])
    b = Builder()
    targets: dict[tuple[str, Kind], object] = {}
    link_code: Code | None = None
    link_el: etree._Element | None = None
    fmt_code: Code | None = None
    fmt_key = b""

    def close_fmt() -> None:
        nonlocal fmt_code, fmt_key
        if fmt_code is not None:
            b.close("</w:rPr>", fmt_code)
        fmt_code, fmt_key = None, b""

    for token in tokens:
        if token.link is not link_el:
            close_fmt()
            if link_code is not None:
                b.close("</w:hyperlink>", link_code)
                link_code = None
            link_el = token.link
            if link_el is not None:
                rid = link_el.get(qn("r:id"))
                target = links.get(rid, rid) if rid else "#" + (link_el.get(qn("w:anchor")) or "")
                shell = etree.Element(link_el.tag, dict(link_el.attrib), nsmap=link_el.nsmap)
                markup = etree.tostring(shell, encoding="unicode")
                link_code = b.open(markup, f"link {target}", whole=True)
                targets[(link_code.id, Kind.OPEN)] = link_el
        if isinstance(token, _Obj):
            code = b.placeholder("".join(_xml(e) for e in token.elements), token.name)
            targets[(code.id, Kind.PLACEHOLDER)] = token
            continue
        context = link_base.get(id(link_el)) if link_el is not None else base
        key = _key(token.rpr)
        if fmt_code is not None and key == fmt_key:
            pass  # more text in the open formatting
        elif fmt_code is not None or key != _key(context):
            close_fmt()
            if key != _key(context):
                fmt_code = b.open(_xml(token.rpr), describe(token.rpr))
                fmt_key = key
                # no properties at all: an empty rPr stands for them
                empty = token.rpr if token.rpr is not None else OxmlElement("w:rPr")
                targets[(fmt_code.id, Kind.OPEN)] = empty
        b.text(token.text)
    close_fmt()
    if link_code is not None:
        b.close("</w:hyperlink>", link_code)
    coded, head, tail = _frame(b.build(), targets)
    lead, trail, coded = _strip(coded)
    return Analysis(coded, head, tail, lead, trail, base, link_base, targets)


def _frame(value: Coded, targets: dict) -> tuple[Coded, list[Code], list[Code]]:
    """Pairs around all the text and bookmarks at the edges are no codes."""
    parts = list(value.parts())
    head: list[Code] = []
    tail: list[Code] = []

    def edge(part: object) -> bool:
        if not isinstance(part, Code) or part.kind != Kind.PLACEHOLDER:
            return False
        target = targets.get((part.id, part.kind))
        return isinstance(target, _Obj) and target.edge

    changed = True
    while changed and parts:
        changed = False
        while parts and edge(parts[0]):
            head.append(parts.pop(0))
            changed = True
        while parts and edge(parts[-1]):
            tail.insert(0, parts.pop())
            changed = True
        if len(parts) >= 2:
            first, last = parts[0], parts[-1]
            if (
                isinstance(first, Code)
                and isinstance(last, Code)
                and first.kind == Kind.OPEN
                and last.kind == Kind.CLOSE
                and first.id == last.id
                and not any(isinstance(x, Code) and x.id == first.id for x in parts[1:-1])
            ):
                head.append(parts.pop(0))
                tail.insert(0, parts.pop())
                changed = True
    return Coded.from_parts(parts), head, tail


def _strip(value: Coded) -> tuple[str, str, Coded]:
    parts = list(value.parts())
    lead = trail = ""
    if parts and isinstance(parts[0], str):
        lead = parts[0][: len(parts[0]) - len(parts[0].lstrip())]
        parts[0] = parts[0].lstrip()
    if parts and isinstance(parts[-1], str):
        trail = parts[-1][len(parts[-1].rstrip()) :]
        parts[-1] = parts[-1].rstrip()
    return lead, trail, Coded.from_parts(parts)


# -- writing -------------------------------------------------------------------------------


def text_elements(text: str) -> list[etree._Element]:
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


@dataclass
class _Open:
    code: Code
    target: object
    container: etree._Element | None = None  # the hyperlink made for this opening


def rebuild(p: etree._Element, analysis: Analysis, translation: Coded) -> None:
    """Replace the paragraph's content with the translation's text and codes."""
    parts: list[str | Code] = [
        *analysis.head,
        analysis.lead,
        *translation.parts(),
        analysis.trail,
        *analysis.tail,
    ]
    for child in list(p):
        if child.tag != _PPR:
            p.remove(child)
    stack: list[_Open] = []
    last: tuple[etree._Element, etree._Element, bytes] | None = None  # container, run, key

    def container() -> etree._Element:
        for entry in reversed(stack):
            if isinstance(entry.target, etree._Element) and entry.target.tag == _HYPERLINK:
                if entry.container is None:
                    entry.container = etree.SubElement(
                        p, entry.target.tag, dict(entry.target.attrib)
                    )
                return entry.container
        return p

    def properties() -> etree._Element | None:
        for entry in reversed(stack):
            if isinstance(entry.target, etree._Element) and entry.target.tag == _RPR:
                return entry.target
            if isinstance(entry.target, etree._Element) and entry.target.tag == _HYPERLINK:
                return analysis.link_base.get(id(entry.target))
        return analysis.base

    for part in parts:
        if isinstance(part, str):
            if not part:
                continue
            where, rpr = container(), properties()
            key = _key(rpr)
            if last is not None and last[0] is where and last[2] == key and where[-1] is last[1]:
                last[1].extend(text_elements(part))
                continue
            r = etree.SubElement(where, _R)
            if rpr is not None and len(rpr):
                r.append(copy.deepcopy(rpr))
            r.extend(text_elements(part))
            last = (where, r, key)
            continue
        target = analysis.targets.get(
            (part.id, Kind.OPEN if part.kind == Kind.CLOSE else part.kind)
        )
        if part.kind == Kind.OPEN:
            if target is not None:
                stack.append(_Open(part, target))
        elif part.kind == Kind.CLOSE:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i].code.id == part.id:
                    del stack[i]
                    break
        elif isinstance(target, _Obj):
            where = container()
            if target.in_run:
                r = etree.SubElement(where, _R)
                if target.rpr is not None:
                    r.append(copy.deepcopy(target.rpr))
                r.extend(target.elements)
            else:
                where.extend(target.elements)
            last = None
