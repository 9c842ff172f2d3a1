"""HTML (.html, .htm): the text of block elements, parsed with lxml (no network, no entities
resolved from outside).

A paragraph is a run of text and inline elements (b, i, a, span...) inside a block element,
up to the next block or untranslated child. Its text is flattened: whitespace collapsed, <br>
read as "\\n". script, style, code, pre, kbd, samp, textarea and anything with translate="no"
are not translated and stay as they are; so does everything in <head> except <title>.

Writing replaces a run with the translation as plain text (newlines become <br>): inline
markup inside a translated run (bold, links) is lost, since it cannot be placed in another
language's sentence reliably. Inline elements without text (img...) are kept after the text.
An unchanged run is left untouched, markup included. The page is written as UTF-8 (any
<meta charset> is updated to say so), keeping a BOM and CRLF line ends if the source had
them; the doctype, comments, &nbsp; and the escaping of <, & are kept; other entities
(&laquo;...) are written as the characters themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import lxml.etree as etree
import lxml.html

from workbench.core.document import Document
from workbench.core.errors import BadInput
from workbench.core.formats import base
from workbench.core.inline import Coded

INLINE = frozenset(
    "a abbr b bdi bdo big br cite data del dfn em font i img ins label mark q s small span "
    "strike strong sub sup time tt u var wbr".split()
)
SKIP = frozenset(
    "script style code pre kbd samp textarea template noscript svg math iframe object "
    "select option meta link base".split()
)
_SPACE = re.compile(r"[ \t\n\r\f]+")
# Deeper nesting is refused. Browsers stop nesting at about this depth too (Blink's HTML
# parser flattens the tree below 512 levels), so no page that displays sensibly needs more.
MAX_DEPTH = 512


@dataclass
class _Run:
    """Text and inline children of `parent` between two block (or untranslated) children.

    The run starts with parent.text (first == 0) or the tail of parent[first - 1], and holds
    the children parent[first:last] with their tails.
    """

    parent: etree._Element
    first: int
    last: int

    def slots(self) -> Iterator[str]:
        yield (self.parent.text if self.first == 0 else self.parent[self.first - 1].tail) or ""
        for child in self.parent[self.first : self.last]:
            yield from _flat(child)
            yield child.tail or ""

    def raw(self) -> str:
        return "".join(self.slots())

    def text(self) -> str:
        lines = self.raw().split("\x00")  # <br> marks, see _flat
        return "\n".join(_SPACE.sub(" ", line).strip() for line in lines).strip()


# The walks below are iterative (lxml's iterwalk or an explicit stack), never recursive:
# a page nested thousands deep must not hit Python's recursion limit, and each element is
# visited a bounded number of times, so the cost stays linear in the size of the page.


def _flat(el: etree._Element) -> Iterator[str]:
    """el's text with its descendants' text and tails, in document order; <br> as "\x00"."""
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node.tag == "br":
                yield "\x00"
                walker.skip_subtree()
            else:
                yield node.text or ""
        elif node is not el:
            yield node.tail or ""


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _skipped(el: etree._Element) -> bool:
    return (
        not isinstance(el.tag, str)  # comments, processing instructions
        or _tag(el) in SKIP
        or (el.get("translate") or "").strip().lower() == "no"
    )


def _inline_elements(root: etree._Element) -> set[etree._Element]:
    """The inline elements under root that can be flattened into the text around them:
    an inline tag, not skipped, with only such elements inside. Decided bottom-up in one
    pass (children end before their parent)."""
    inline: set[etree._Element] = set()
    for _, el in etree.iterwalk(root, events=("end",)):
        if not _skipped(el) and _tag(el) in INLINE and all(child in inline for child in el):
            inline.add(el)
    return inline


def _blocks(el: etree._Element, inline: set[etree._Element]) -> Iterator[_Run | etree._Element]:
    """One element's runs, each followed by the block child after it (to walk into next)."""
    if _skipped(el):
        return
    if _tag(el) == "head":
        yield from (child for child in el if _tag(child) == "title")
        return
    first = 0
    for index, child in enumerate(el):
        if child not in inline:
            yield _Run(el, first, index)
            yield child
            first = index + 1
    yield _Run(el, first, len(el))


def _runs(root: etree._Element) -> Iterator[_Run]:
    """Every run of the page in document order (depth first, with an explicit stack)."""
    inline = _inline_elements(root)
    stack = [_blocks(root, inline)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, _Run):
            yield item
        else:
            stack.append(_blocks(item, inline))


def _check_depth(root: etree._Element, name: str) -> None:
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            raise BadInput(
                f"elements are nested more than {MAX_DEPTH} deep, which no real page needs; "
                "the file is refused: check where it came from",
                path=name,
            )


def _parse(data: bytes, name: str) -> tuple[etree._ElementTree, base.TextFile]:
    source = base.decode(data, name)
    # The text is decoded already; hand lxml UTF-8 bytes and say so, which overrides any
    # <meta charset> or <?xml encoding?> in the page. huge_tree: text nodes over 10 MB.
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        remove_comments=False,
        no_network=True,
        default_doctype=False,
        huge_tree=True,
    )
    try:
        root = lxml.html.document_fromstring(source.text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise BadInput(f"cannot parse this HTML ({exc}); check the file", path=name) from None
    _check_depth(root, name)
    return root.getroottree(), source


def _translatable(tree: etree._ElementTree) -> list[_Run]:
    return [run for run in _runs(tree.getroot()) if base.is_translatable(run.text())]


def _replace(run: _Run, translation: str) -> None:
    if _tag(run.parent) == "title":  # plain text only: no <br> there
        translation = translation.replace("\n", " ")
    raw = run.raw()
    lead = raw[: len(raw) - len(raw.lstrip())]
    trail = raw[len(raw.rstrip()) :]
    parent = run.parent
    children = list(parent[run.first : run.last])
    kept = [c for c in children if _tag(c) != "br" and not "".join(_flat(c)).strip()]
    for child in children:
        parent.remove(child)
    lines = translation.split("\n")
    new: list[etree._Element] = []
    for line in lines[1:]:
        br = etree.Element("br")
        br.tail = line
        new.append(br)
    for child in kept:
        child.tail = None
        new.append(child)
    head = lead + lines[0]
    if run.first == 0:
        parent.text = head if new else head + trail
    else:
        parent[run.first - 1].tail = head if new else head + trail
    for offset, element in enumerate(new):
        parent.insert(run.first + offset, element)
    if new:
        new[-1].tail = (new[-1].tail or "") + trail


_FULL_PAGE = re.compile(r"<(?:html|head|body|title|!doctype)[\s>]", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"<!--\?xml[^>]*\?-->\n?")
_META_CHARSET = re.compile(r"charset\s*=\s*[\w-]+", re.IGNORECASE)


def _declare_utf8(tree: etree._ElementTree) -> None:
    for meta in tree.getroot().iter("meta"):
        if meta.get("charset") is not None:
            meta.set("charset", "utf-8")
        elif (meta.get("http-equiv") or "").lower() == "content-type":
            meta.set("content", _META_CHARSET.sub("charset=utf-8", meta.get("content") or ""))


def _serialize_fragment(tree: etree._ElementTree) -> str:
    """The content lxml put in <head> (a leading <script>, <style>...) and <body>, unwrapped."""
    parts = []
    for wrapper in tree.getroot():
        if _tag(wrapper) in ("head", "body"):
            parts.append(wrapper.text or "")
            parts += [etree.tostring(c, method="html", encoding="unicode") for c in wrapper]
    return "".join(parts)


class HtmlFormat:
    name = "html"
    extensions = (".html", ".htm")

    def read(self, data: bytes, name: str) -> Document:
        tree, source = _parse(data, name)
        paragraphs = [base.make_paragraph(run.text()) for run in _translatable(tree)]
        return Document(name, self.name, paragraphs, data, source.encoding)

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes:
        tree, source = _parse(data, "document.html")
        runs = _translatable(tree)
        base.check_count(len(runs), translations, "html")
        # Later runs first: replacing a run changes the child indexes after it.
        for run, translation in reversed(list(zip(runs, translations, strict=True))):
            translation = base.as_coded(translation).plain
            translation = base.xml_safe(base.text.normalise_newlines(translation))
            if translation != run.text():
                _replace(run, translation)
        _declare_utf8(tree)
        if _FULL_PAGE.search(source.text):
            html = etree.tostring(tree, method="html", encoding="unicode")
        else:  # a fragment: lxml wrapped it in <html><body>, leave those out again
            html = _serialize_fragment(tree)
        html = html.replace("\xa0", "&nbsp;")
        # lxml keeps an <?xml ... encoding="..."?> declaration as a comment; UTF-8 needs none.
        html = _XML_DECLARATION.sub("", html, count=1)
        if not html.endswith("\n"):
            html += "\n"
        return base.encode(html, source)
