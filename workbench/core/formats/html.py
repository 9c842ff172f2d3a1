"""HTML (.html, .htm): the text of block elements, parsed with lxml (no network, no entities
resolved from outside).

A paragraph is a run of text and inline elements (b, i, a, span...) inside a block element,
up to the next block or untranslated child. Whitespace is collapsed, <br> read as "\\n".
Inline elements are inline codes: a pair for an element with text (its start tag with its
attributes, and its end tag; a link's URL is in the start tag, never translated), a
placeholder for an element without text (img) and for inline code (<code>, <kbd>, <samp>,
anything with translate="no"), whose content is never translated and stays in its sentence.
Markup around a whole paragraph is no code. script, style, pre, textarea and blocks with
translate="no" are not translated; nor is anything in <head> except <title> and
<meta name="description">. The attributes alt, title, placeholder and aria-label are
paragraphs of their own, after the text runs, in document order.

Writing puts the translation's text and codes back (the codes' markup taken from the file as
it is being written, so a translated alt inside a paragraph is kept). An unchanged run is
left untouched. The page is written as UTF-8 (any
<meta charset> is updated to say so), keeping a BOM and CRLF line ends if the source had
them; the doctype, comments, &nbsp; and the escaping of <, & are kept; other entities
(&laquo;...) are written as the characters themselves.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import lxml.etree as etree
import lxml.html

from workbench.core.document import Document
from workbench.core.errors import BadInput
from workbench.core.formats import base
from workbench.core.i18n import msg
from workbench.core.inline import MARKER_FIRST, MARKERS, Builder, Code, Coded, Kind, trim_frame

INLINE = frozenset(
    "a abbr b bdi bdo big br cite data del dfn em font i img ins label mark q s small span "
    "strike strong sub sup time tt u var wbr".split()
)
SKIP = frozenset(
    "script style code pre kbd samp textarea template noscript svg math iframe object "
    "select option meta link base".split()
)
# Inline elements whose content is never translated: one placeholder each, in the sentence.
OPAQUE = frozenset("code kbd samp".split())
ATTRIBUTES = ("alt", "title", "placeholder", "aria-label")
_SPACE = re.compile(r"[ \t\n\r\f]+")
# Deeper nesting is refused: it is libxml2's own default limit (lxml parses translated
# markup back with it, and docx XML too), and browsers flatten below 512 levels, so no
# page that displays sensibly needs more.
MAX_DEPTH = 256


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

    def coded(self) -> tuple[Coded, list[Code], list[Code]]:
        """The run as coded text (whitespace collapsed as in text()), less the markup around
        all of it, which is returned separately."""
        b = Builder()
        b.text(self.parent.text if self.first == 0 else self.parent[self.first - 1].tail)
        for child in self.parent[self.first : self.last]:
            _emit(child, b)
            b.text(child.tail or "")
        value = b.build()
        text = _SPACE.sub(" ", value.text)
        # "a <b> b</b>" shows one space (kept outside the pair); "a <img> b" shows two.
        text = _SPACE_AFTER_CODES.sub(
            lambda m: m.group() if _has_placeholder(value, m.group(1)) else f" {m.group(1)}",
            text,
        )
        text = "\n".join(line.strip(" ") for line in text.split("\x00")).strip()
        inner, head, tail = trim_frame(Coded(text, value.codes).normalised())
        return Coded(inner.text.strip(), inner.codes), head, tail


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


_SPACE_AFTER_CODES = re.compile(f" ((?:{MARKERS.pattern})+) ")


def _has_placeholder(value: Coded, markers: str) -> bool:
    return any(value.codes[ord(m) - MARKER_FIRST].kind == Kind.PLACEHOLDER for m in markers)


def _start_tag(el: etree._Element) -> str:
    attrs = "".join(f' {k}="{htmllib.escape(v, quote=True)}"' for k, v in el.attrib.items())
    return f"<{el.tag}{attrs}>"


def _emit(el: etree._Element, b: Builder) -> None:
    """An inline element into the builder: a pair around its content, or a placeholder."""
    tag = _tag(el)
    if tag == "br":
        b.text("\x00")
        return
    if _opaque(el) or (not len(el) and not (el.text or "").strip()):
        markup = etree.tostring(el, method="html", encoding="unicode", with_tail=False)
        b.placeholder(markup, _describe(el))
        return
    opening = b.open(_start_tag(el), _describe(el), whole=tag == "a")
    b.text(el.text or "")
    for child in el:
        _emit(child, b)
        b.text(child.tail or "")
    b.close(f"</{el.tag}>", opening)


def _describe(el: etree._Element) -> str:
    tag = _tag(el)
    if tag == "a" and el.get("href"):
        return f"link {el.get('href')}"
    if tag == "img":
        return f"image {el.get('src') or ''}".strip()
    return f"<{tag}>"


def _opaque(el: etree._Element) -> bool:
    return _tag(el) in OPAQUE or (el.get("translate") or "").strip().lower() == "no"


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _skipped(el: etree._Element) -> bool:
    return (
        not isinstance(el.tag, str)  # comments, processing instructions
        or _tag(el) in SKIP
        or (el.get("translate") or "").strip().lower() == "no"
    )


def _inline_elements(root: etree._Element) -> set[etree._Element]:
    """The inline elements under root that become inline codes in the text around them:
    an inline tag, not skipped, with only such elements inside; or inline code (<code>,
    translate="no") holding only phrasing elements, which becomes one placeholder. Decided
    bottom-up in one pass (children end before their parent)."""
    inline: set[etree._Element] = set()
    phrasing: set[etree._Element] = set()  # inline tags all the way down, skipped or not
    for _, el in etree.iterwalk(root, events=("end",)):
        if not isinstance(el.tag, str):
            continue
        tag = _tag(el)
        if tag in INLINE | OPAQUE and all(child in phrasing for child in el):
            phrasing.add(el)
        if _opaque(el) and el in phrasing:
            inline.add(el)
        elif not _skipped(el) and tag in INLINE and all(child in inline for child in el):
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
                msg(
                    "elements are nested more than {MAX_DEPTH} deep, which no "
                    "real page needs; the file is refused: check where it came "
                    "from",
                    MAX_DEPTH=MAX_DEPTH,
                ),
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
        raise BadInput(
            msg("cannot parse this HTML ({exc}); check the file", exc=exc), path=name
        ) from None
    _check_depth(root, name)
    return root.getroottree(), source


def _translatable(tree: etree._ElementTree) -> list[_Run]:
    return [run for run in _runs(tree.getroot()) if base.is_translatable(run.coded()[0].plain)]


def _attributes(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """(element, attribute) of the translatable attributes, in document order."""
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if not isinstance(el.tag, str):
            continue
        tag = _tag(el)
        if tag == "meta":
            if (el.get("name") or "").strip().lower() == "description" and el.get("content"):
                yield el, "content"
            continue
        if tag in ("script", "style", "template") or (
            (el.get("translate") or "").strip().lower() == "no"
        ):
            walker.skip_subtree()
            continue
        for name in ATTRIBUTES:
            if (el.get(name) or "").strip():
                yield el, name


def _render(parts: Sequence[str | Code], fresh: dict[tuple[str, Kind], Code]) -> str:
    out = []
    for part in parts:
        if isinstance(part, Code):
            out.append(fresh.get((part.id, part.kind), part).data)
        else:
            out.append(htmllib.escape(part, quote=False).replace("\n", "<br>"))
    return "".join(out)


def _replace_markup(run: _Run, markup: str) -> None:
    """Put `markup` (text and inline elements) in the place of the run's content."""
    raw = run.raw()
    lead = raw[: len(raw) - len(raw.lstrip())]
    trail = raw[len(raw.rstrip()) :]
    parent = run.parent
    for child in list(parent[run.first : run.last]):
        parent.remove(child)
    holder = lxml.html.fragment_fromstring(markup, create_parent="div")
    new = list(holder)
    head = lead + (holder.text or "")
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
        paragraphs = [base.make_paragraph(run.coded()[0]) for run in _translatable(tree)]
        for el, attr in _attributes(tree.getroot()):
            paragraphs.append(base.make_paragraph(" ".join(el.get(attr).split())))
        return Document(name, self.name, paragraphs, data, source.encoding)

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes:
        tree, source = _parse(data, "document.html")
        runs = _translatable(tree)
        attributes = list(_attributes(tree.getroot()))
        base.check_count(len(runs) + len(attributes), translations, "html")
        # Attributes first: a translated alt or title inside a run is then part of the
        # markup the run's codes put back.
        for (el, attr), translation in zip(attributes, translations[len(runs) :], strict=True):
            value = " ".join(base.xml_safe(base.as_coded(translation).plain).split())
            if value != " ".join(el.get(attr).split()):
                el.set(attr, value)
        # Later runs first: replacing a run changes the child indexes after it.
        pairs = list(zip(runs, translations[: len(runs)], strict=True))
        for run, translation in reversed(pairs):
            inner, head, tail = run.coded()
            if base.unchanged(translation, inner):
                continue
            value = base.as_coded(translation, inner)
            value = Coded(base.xml_safe(base.text.normalise_newlines(value.text)), value.codes)
            if _tag(run.parent) == "title":  # plain text only: no markup, no <br>
                value = Coded(value.plain.replace("\n", " "))
                head, tail = [], []
            fresh = {(c.id, c.kind): c for c in (*inner.codes, *head, *tail)}
            _replace_markup(run, _render([*head, *value.parts(), *tail], fresh))
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
