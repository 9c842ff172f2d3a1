"""Inline codes in TMX 1.4b <seg>s: <bpt>/<ept>, <ph>, <it> (OmegaT, memoQ and Trados read
and write these).

Writing: a pair whose two halves are in the segment is <bpt i="n" x="id">data</bpt> ...
<ept i="n">data</ept> (i numbers the pairs of the segment; x is the code's id, the same
in the source and the target <tuv>, which is how the two are matched); a half without its
other half is <it pos="begin|end" x="id">; a placeholder is <ph x="id">. The element's text
is the code's original data (escaped as XML text).

Reading: the same elements become codes again (ids from x, else from i); <ut> is a
placeholder; <hi> keeps its text; <sub> text inside a code is part of the code's data.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from workbench.core.inline import Code, Coded, Kind


def _x(code: Code, fallback: int) -> str:
    return code.id if code.id.isdigit() else str(fallback)


def fill_seg(seg: etree._Element, value: str | Coded, clean: Callable[[str], str]) -> None:
    """Put text and codes into an empty <seg>."""
    if isinstance(value, str) or not value.codes:
        seg.text = clean(value if isinstance(value, str) else value.text)
        return
    parts = list(value.parts())
    closes = {i: p for i, p in enumerate(parts) if isinstance(p, Code) and p.kind == Kind.CLOSE}
    pair_of: dict[int, int] = {}  # index of an opening -> index of its closing
    used: set[int] = set()
    for i, part in enumerate(parts):
        if isinstance(part, Code) and part.kind == Kind.OPEN:
            j = next((j for j in sorted(closes) if j > i and j not in used
                      and closes[j].id == part.id), None)  # fmt: skip
            if j is not None:
                pair_of[i] = j
                used.add(j)
    numbers: dict[int, str] = {}
    last: etree._Element | None = None

    def add_text(text: str) -> None:
        if last is None:
            seg.text = (seg.text or "") + clean(text)
        else:
            last.tail = (last.tail or "") + clean(text)

    for i, part in enumerate(parts):
        if isinstance(part, str):
            add_text(part)
            continue
        x = _x(part, i + 1)
        if part.kind == Kind.PLACEHOLDER:
            el = etree.SubElement(seg, "ph", x=x)
        elif part.kind == Kind.OPEN and i in pair_of:
            numbers[pair_of[i]] = str(len(numbers) + 1)
            el = etree.SubElement(seg, "bpt", i=numbers[pair_of[i]], x=x)
        elif part.kind == Kind.CLOSE and i in numbers:
            el = etree.SubElement(seg, "ept", i=numbers[i])
        else:
            el = etree.SubElement(seg, "it", pos="begin" if part.kind == Kind.OPEN else "end", x=x)
        el.text = clean(part.data)
        last = el


def _tag(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def read_seg(seg: etree._Element) -> str | Coded:
    """The <seg>'s text, with its codes when it has any."""
    parts: list[str | Code] = [seg.text or ""]
    by_i: dict[str, str] = {}  # bpt i -> code id
    counter = [0]

    def new_id() -> str:
        counter[0] += 1
        return f"t{counter[0]}"

    def walk(parent: etree._Element) -> None:
        for child in parent:
            tag = _tag(child)
            data = "".join(child.itertext())
            if tag == "bpt":
                code_id = child.get("x") or child.get("i") or new_id()
                by_i[child.get("i") or code_id] = code_id
                parts.append(Code(code_id, Kind.OPEN, data, data))
            elif tag == "ept":
                code_id = by_i.get(child.get("i") or "", child.get("i") or new_id())
                parts.append(Code(code_id, Kind.CLOSE, data, data))
            elif tag == "it":
                kind = Kind.OPEN if child.get("pos") == "begin" else Kind.CLOSE
                parts.append(Code(child.get("x") or new_id(), kind, data, data))
            elif tag in ("ph", "ut"):
                parts.append(Code(child.get("x") or new_id(), Kind.PLACEHOLDER, data, data))
            elif tag:  # <hi> and anything else: its text
                parts.append(child.text or "")
                walk(child)
            parts.append(child.tail or "")

    walk(seg)
    if not any(isinstance(p, Code) for p in parts):
        return "".join(p for p in parts if isinstance(p, str))
    return Coded.from_parts(parts)
