"""XLIFF inline markup <-> the workbench's coded text (core.inline), keeping the file's ids.

1.2: <g> and <mrk> are pairs around translatable text; <bx/>/<ex/> and <bpt>/<ept> are the
two halves of a pair (matched by rid, else id); <x/>, <ph>, <it> are placeholders.
2.0: <pc> and <mrk> are pairs; <sc/>/<ec/> and <sm/>/<em/> are halves (ec/em point back
with startRef); <ph/> and <cp/> are placeholders. A half whose partner is in another
segment (or isolated="yes") is a placeholder in this segment.

Each code's data is the element's markup exactly as in the file (the start tag of a
<g>, the whole <bpt>...</bpt>), so a target written from the codes reuses the source's
ids, attributes and namespace prefixes.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from workbench.core.formats.xliff_xml import XmlFile, escape_text
from workbench.core.inline import MARKERS, Code, Coded, Kind, is_marker

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"

_PAIRS = {"g", "mrk", "pc"}  # containers: their content is translatable text
_OPENERS = {"bx", "bpt", "sc", "sm"}
_CLOSERS = {"ex", "ept", "ec", "em"}
_PLACEHOLDERS = {"x", "ph", "it", "cp"}


def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _display(el: etree._Element, name: str) -> str:
    for attr in ("equiv-text", "equiv", "disp", "dispStart", "equivStart", "ctype", "type"):
        value = el.get(attr)
        if value:
            return f"{name} {value}"
    if name in ("bpt", "ept", "ph", "it") and el.text:
        return el.text.strip()[:60]
    if name == "cp":
        return f"U+{el.get('hex', '')}"
    return name


def _pair_id(el: etree._Element, name: str) -> str:
    if name in ("ec", "em"):
        return el.get("startRef") or el.get("id") or ""
    if name == "mrk" and el.nsmap.get(el.prefix) == NS12:
        return "m" + (el.get("mid") or "")
    return el.get("rid") or el.get("id") or el.get("mid") or ""


def read_coded(xml: XmlFile, container: etree._Element) -> Coded:
    """The content of a <source>, <target> or segment <mrk> as coded text."""
    parts: list[str | Code] = []
    _walk(xml, container, parts)
    return Coded.from_parts(_unpaired_to_placeholders(parts))


def _text(parts: list[str | Code], value: str | None) -> None:
    if not value:
        return
    if not MARKERS.search(value):
        parts.append(value)
        return
    # A private-use character in the file that looks like a marker: keep it as a
    # placeholder holding it, never as a marker.
    start = 0
    for i, ch in enumerate(value):
        if is_marker(ch):
            parts.append(value[start:i])
            parts.append(Code(f"u{ord(ch):04X}", Kind.PLACEHOLDER, ch, f"U+{ord(ch):04X}"))
            start = i + 1
    parts.append(value[start:])


def _walk(xml: XmlFile, el: etree._Element, parts: list[str | Code]) -> None:
    _text(parts, el.text)
    for child in el:
        if isinstance(child.tag, str):
            name = local(child)
            display = _display(child, name)
            if name in _PAIRS:
                cid = _pair_id(child, name)
                span = xml.spans[child]
                if span.empty:  # <g id="1"/>: nothing inside, a placeholder
                    parts.append(Code(cid, Kind.PLACEHOLDER, xml.outer(child), display))
                else:
                    parts.append(Code(cid, Kind.OPEN, xml.start_tag(child), display))
                    _walk(xml, child, parts)
                    parts.append(Code(cid, Kind.CLOSE, xml.end_tag(child), display))
            elif name in _OPENERS or name in _CLOSERS:
                kind = Kind.OPEN if name in _OPENERS else Kind.CLOSE
                if child.get("isolated") == "yes":
                    kind = Kind.PLACEHOLDER
                parts.append(Code(_pair_id(child, name), kind, xml.outer(child), display))
            else:  # x, ph, it, cp and anything unknown: kept whole
                cid = child.get("id") or child.get("mid") or f"{name}{len(parts)}"
                parts.append(Code(cid, Kind.PLACEHOLDER, xml.outer(child), display))
        # comments and processing instructions inside text are dropped from the segment
        _text(parts, child.tail)


def _unpaired_to_placeholders(parts: list[str | Code]) -> list[str | Code]:
    """Halves whose partner is not in this segment become placeholders; so do repeated ids
    that would make the pairs ambiguous."""
    opens = Counter(p.id for p in parts if isinstance(p, Code) and p.kind == Kind.OPEN)
    closes = Counter(p.id for p in parts if isinstance(p, Code) and p.kind == Kind.CLOSE)
    out: list[str | Code] = []
    depth: dict[str, int] = {}
    for p in parts:
        if isinstance(p, Code) and p.kind != Kind.PLACEHOLDER:
            ok = opens[p.id] == 1 and closes[p.id] == 1
            if ok and p.kind == Kind.OPEN:
                depth[p.id] = 1
            elif ok and p.kind == Kind.CLOSE and depth.get(p.id) != 1:
                ok = False  # a close before its open
            if not ok:
                p = Code(p.id, Kind.PLACEHOLDER, p.data, p.display)
        out.append(p)
    # An open whose close became a placeholder must not stay an open alone.
    closed = {p.id for p in out if isinstance(p, Code) and p.kind == Kind.CLOSE}
    return [
        Code(p.id, Kind.PLACEHOLDER, p.data, p.display)
        if isinstance(p, Code) and p.kind == Kind.OPEN and p.id not in closed
        else p
        for p in out
    ]


def write_coded(value: Coded) -> str:
    """Coded text as XLIFF content: text escaped, each code's own markup put back."""
    out: list[str] = []
    for part in value.parts():
        if isinstance(part, Code):
            out.append(part.data)
        else:
            out.append(escape_text(part))
    return "".join(out)


def has_text(value: Coded) -> bool:
    return bool(value.plain.strip())
