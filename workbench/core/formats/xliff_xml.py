"""XLIFF as untrusted XML, parsed so that a writer can change a few elements and leave
every other byte of the file as it was.

lxml reads the structure (with the same rules as the TMX reader: no DTD loaded, no
entities resolved, nothing fetched from the network, entity declarations refused); expat
then walks the same bytes once to record where each element starts and ends, so the
n-th element of lxml's tree and the n-th span are the same element. Writers splice
their changes into those spans; everything between them (skeletons, headers, tool
namespaces, whitespace, the XML declaration) is copied unchanged.

Offsets are in a UTF-8 buffer: the file itself when it is UTF-8, otherwise the decoded
file re-encoded (the writer encodes the result back into the file's own encoding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.parsers import expat

from lxml import etree

from workbench.core.errors import BadInput
from workbench.core.i18n import msg

_BOM = b"\xef\xbb\xbf"
# A start tag: name, attributes (quoted values may hold '>'), optional '/'.
_START_TAG = re.compile(rb"<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>")


@dataclass
class Span:
    """Byte offsets of one element in the buffer: [start, open_end) is its start tag,
    [close_start, end) its end tag (empty for <x/>), [open_end, close_start) its content."""

    start: int
    open_end: int
    close_start: int
    end: int

    @property
    def empty(self) -> bool:
        return self.open_end == self.end


@dataclass
class XmlFile:
    root: etree._Element
    buf: bytes  # UTF-8
    encoding: str  # the file's own encoding (as declared or detected)
    spans: dict[etree._Element, Span]

    def text(self, start: int, end: int) -> str:
        return self.buf[start:end].decode("utf-8")

    def outer(self, el: etree._Element) -> str:
        s = self.spans[el]
        return self.text(s.start, s.end)

    def start_tag(self, el: etree._Element) -> str:
        s = self.spans[el]
        return self.text(s.start, s.open_end)

    def end_tag(self, el: etree._Element) -> str:
        s = self.spans[el]
        return self.text(s.close_start, s.end)

    def encode(self, buf: bytes) -> bytes:
        """A changed buffer in the file's own encoding."""
        if _is_utf8(self.encoding):
            return buf
        text = buf.decode("utf-8")
        return text.encode(self.encoding, errors="xmlcharrefreplace")


def _is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "ascii", "usascii")


def _one_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def parse(data: bytes, name: str) -> XmlFile:
    """Parse untrusted XLIFF bytes; any problem is one BadInput line naming the file."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as exc:
        raise BadInput(
            msg(
                "is not a well-formed XLIFF file ({one_line}); export it "
                "again from the tool that made it",
                one_line=_one_line(exc),
            ),
            path=name,
        ) from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise BadInput(
            msg(
                "declares XML entities in its DOCTYPE, which XLIFF never "
                "needs; refused as unsafe (remove the <!ENTITY ...> "
                "declarations)"
            ),
            path=name,
        )
    encoding = tree.docinfo.encoding or "UTF-8"
    if _is_utf8(encoding):
        buf = data
    else:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise BadInput(
                msg("cannot be decoded as {encoding} ({exc})", encoding=encoding, exc=exc),
                path=name,
            ) from None
        buf = text.lstrip("\ufeff").encode("utf-8")
    root = tree.getroot()
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    spans = _spans(buf, not _is_utf8(encoding), name)
    if len(spans) != len(elements):  # cannot happen for a file both parsers accept
        raise BadInput(msg("could not be read consistently; export it again"), path=name)
    return XmlFile(root, buf, encoding, dict(zip(elements, spans, strict=True)))


def _spans(buf: bytes, force_utf8: bool, name: str) -> list[Span]:
    parser = expat.ParserCreate("UTF-8" if force_utf8 else None)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    spans: list[Span] = []
    stack: list[Span] = []

    def start(_name: str, _attrs: dict) -> None:
        i = parser.CurrentByteIndex
        m = _START_TAG.match(buf, i)
        if m is None:
            raise ValueError(f"unexpected start tag at byte {i}")
        end = m.end()
        span = Span(i, end, end, end)
        spans.append(span)
        stack.append(span)
        if buf[end - 2 : end] == b"/>":
            span.close_start = end

    def finish(_name: str) -> None:
        span = stack.pop()
        if span.close_start == span.open_end and buf[span.open_end - 2 : span.open_end] == b"/>":
            return
        i = parser.CurrentByteIndex
        span.close_start = i
        span.end = buf.index(b">", i) + 1

    def refuse(*_args: object) -> None:
        raise ValueError("entity declarations are refused")

    parser.StartElementHandler = start
    parser.EndElementHandler = finish
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(buf, True)
    except (expat.ExpatError, ValueError) as exc:
        raise BadInput(msg("is not a well-formed XLIFF file ({exc})", exc=exc), path=name) from None
    return spans


# -- editing tags as text -----------------------------------------------------------------


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    return escape_text(text).replace('"', "&quot;")


def set_attrs(tag: str, values: dict[str, str | None]) -> str:
    """A start tag with attributes set (a value) or removed (None); other attributes, their
    order and quoting are kept. New attributes go at the end."""
    for name, value in values.items():
        pattern = re.compile(r"(\s+)" + re.escape(name) + r"\s*=\s*(\"[^\"]*\"|'[^']*')")
        m = pattern.search(tag)
        if value is None:
            if m:
                tag = tag[: m.start()] + tag[m.end() :]
            continue
        if m:
            tag = tag[: m.start(2)] + f'"{escape_attr(value)}"' + tag[m.end(2) :]
        else:
            cut = len(tag) - (2 if tag.endswith("/>") else 1)
            while cut > 0 and tag[cut - 1].isspace():
                cut -= 1
            tag = tag[:cut] + f' {name}="{escape_attr(value)}"' + tag[cut:]
    return tag


def tag_name(tag: str) -> str:
    """The qualified name in a start tag ("<xlf:target state=..>" -> "xlf:target")."""
    return re.match(r"<([^\s/>]+)", tag).group(1)  # type: ignore[union-attr]


def prefix_for(el: etree._Element, namespace: str) -> str | None:
    """The prefix bound to `namespace` where `el` is (None: not declared there)."""
    for prefix, uri in el.nsmap.items():
        if uri == namespace and prefix:
            return prefix
    return None


def open_as_pair(tag: str) -> str:
    """'<target a="1"/>' -> '<target a="1">'."""
    return tag[:-2].rstrip() + ">" if tag.endswith("/>") else tag


def indent_before(xml: XmlFile, el: etree._Element) -> str:
    """The whitespace just before an element's start tag (to indent a sibling like it)."""
    start = xml.spans[el].start
    i = start
    while i > 0 and xml.buf[i - 1 : i] in (b" ", b"\t", b"\n", b"\r"):
        i -= 1
    return xml.text(i, start)
