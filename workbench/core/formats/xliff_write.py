"""Writing an XLIFF job back: the same file, with targets and states of changed segments.

Only what changed is touched: a target element (or the <mrk> of one segment inside it),
the attributes that carry the state (1.2 target state/state-qualifier, SDL <sdl:seg conf>,
memoQ mq:status, the unit's approved; 2.0 segment state/subState). Everything else, byte
for byte, stays as the file had it; a file given back with nothing changed is identical.

States written (1.2 / 2.0):
  MT draft      needs-review-translation + state-qualifier="mt-suggestion" / translated +
                subState="workbench:mt"; SDL conf="Draft" origin="mt"
  needs review  translated / translated; SDL conf="Draft"
  confirmed     final (signed-off kept where the file had it) / final; SDL conf="Translated"
                (an approval already in the file is kept); memoQ "ManuallyConfirmed"
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from workbench.core.formats.base import as_coded, unchanged, xml_safe
from workbench.core.formats.xliff import (
    CONFIRMED,
    MQ,
    MT_DRAFT,
    NEW,
    NOT_NEEDED,
    SDL,
    Scan,
    XSeg,
    scan,
    translatable_segments,
)
from workbench.core.formats.xliff_codes import write_coded
from workbench.core.formats.xliff_xml import (
    XmlFile,
    indent_before,
    open_as_pair,
    prefix_for,
    set_attrs,
    tag_name,
)
from workbench.core.inline import Coded

_DONE = (CONFIRMED, NOT_NEEDED)
Edit = tuple[int, int, str]  # replace buf[start:end] with the text


def write_xliff(
    data: bytes,
    translations: Sequence[str | Coded | None],
    states: Sequence[tuple[int, str] | None] | None = None,
) -> bytes:
    found = scan(data, "the XLIFF file")
    segs = translatable_segments(found)
    if len(translations) != len(segs):
        raise ValueError(f"XLIFF: got {len(translations)} translations for {len(segs)} segments")
    changed: dict[int, tuple[Coded, int, str]] = {}
    for i, (seg, value) in enumerate(zip(segs, translations, strict=True)):
        if value is None or seg.locked:  # locked in the file: never changed
            continue
        state = states[i] if states is not None else None
        text = as_coded(value, seg.source_coded)
        text = Coded(xml_safe(text.text), text.codes) if text.codes else Coded(xml_safe(text.text))
        status, origin = state if state is not None else (MT_DRAFT, "mt")
        if seg.target_coded is not None and text.strip() == seg.target_coded.strip():
            if state is None or status == seg.status:
                continue
        if state is None and unchanged(value, seg.source_coded):
            continue  # the paragraph given back as read (untranslated): nothing to write
        if status == NEW:
            continue  # nothing translated: the file keeps what it had
        changed[i] = (text, status, origin)
    if not changed:
        return data
    edits = _edits(found, segs, changed)
    buf = found.xml.buf
    pieces: list[bytes] = []
    pos = 0
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:  # two edits of one place: a bug here, never a damaged file
            raise ValueError(f"XLIFF: overlapping changes at byte {start}")
        pieces += [buf[pos:start], text.encode("utf-8")]
        pos = end
    pieces.append(buf[pos:])
    return found.xml.encode(b"".join(pieces))


def _edits(found: Scan, segs: list[XSeg], changed: dict[int, tuple[Coded, int, str]]) -> list[Edit]:
    xml = found.xml
    edits: list[Edit] = []
    by_unit: dict[etree._Element, list[int]] = {}
    for i, seg in enumerate(segs):
        by_unit.setdefault(seg.unit, []).append(i)
    for unit, indexes in by_unit.items():
        if not any(i in changed for i in indexes):
            continue
        statuses = [changed[i][1] if i in changed else segs[i].status for i in indexes]
        if found.version == "2.0":
            for i in indexes:
                if i in changed:
                    edits.extend(_segment20(xml, segs[i], *changed[i]))
        elif segs[indexes[0]].mid is None:
            edits.extend(_unit12(xml, segs[indexes[0]], *changed[indexes[0]], found.languages[1]))
        else:
            edits.extend(
                _marked12(
                    xml,
                    unit,
                    [segs[i] for i in indexes],
                    {segs[i].mid: changed[i] for i in indexes if i in changed},
                    statuses,
                    found.languages[1],
                )
            )
        if found.version == "1.2":
            edits.extend(_unit_attrs(xml, unit, statuses))
            for i in indexes:
                if i in changed:
                    edits.extend(_sdl(xml, unit, segs[i], changed[i][1], changed[i][2]))
    return edits


# -- XLIFF 1.2 -----------------------------------------------------------------------------


def _state12(statuses: list[int], current: etree._Element | None) -> dict[str, str | None]:
    old_state = current.get("state") if current is not None else None
    old_qualifier = current.get("state-qualifier") if current is not None else None
    attrs: dict[str, str | None] = {}
    if all(s in _DONE for s in statuses):
        attrs["state"] = "signed-off" if old_state == "signed-off" else "final"
    elif any(s == MT_DRAFT for s in statuses):
        attrs["state"] = "needs-review-translation"
        attrs["state-qualifier"] = "mt-suggestion"
        return attrs
    elif any(s == NEW for s in statuses):
        attrs["state"] = "needs-translation"
    else:
        attrs["state"] = "translated"
    if old_qualifier in ("mt-suggestion", "leveraged-mt"):
        attrs["state-qualifier"] = None  # a person's work now, not the machine's
    return attrs


def _new_target_tag(
    xml: XmlFile, source: etree._Element, lang: str | None, attrs: dict[str, str | None]
) -> tuple[str, str]:
    qname = tag_name(xml.start_tag(source))
    name = qname[: -len("source")] + "target" if qname.endswith("source") else "target"
    tag = f"<{name}>"
    if lang:
        tag = set_attrs(tag, {"xml:lang": lang})
    return set_attrs(tag, {k: v for k, v in attrs.items() if v is not None}), f"</{name}>"


def _replace_element(
    xml: XmlFile, el: etree._Element, content: str, attrs: dict[str, str | None]
) -> Edit:
    span = xml.spans[el]
    tag = set_attrs(open_as_pair(xml.start_tag(el)), attrs)
    close = f"</{tag_name(tag)}>" if span.empty else xml.end_tag(el)
    return span.start, span.end, tag + content + close


def _unit12(
    xml: XmlFile, seg: XSeg, text: Coded, status: int, origin: str, lang: str | None
) -> list[Edit]:
    attrs = _state12([status], seg.target)
    content = write_coded(text)
    if seg.target is not None:
        return [_replace_element(xml, seg.target, content, attrs)]
    ns = etree.QName(seg.unit).namespace
    after = seg.unit.find(f"{{{ns}}}seg-source" if ns else "seg-source")
    after = seg.source if after is None else after
    open_tag, close = _new_target_tag(xml, seg.source, lang, attrs)
    pos = xml.spans[after].end
    return [(pos, pos, indent_before(xml, seg.source) + open_tag + content + close)]


def _marked12(
    xml: XmlFile,
    unit: etree._Element,
    segs: list[XSeg],
    changed: dict[str | None, tuple[Coded, int, str]],
    statuses: list[int],
    lang: str | None,
) -> list[Edit]:
    ns = etree.QName(unit).namespace
    target = unit.find(f"{{{ns}}}target" if ns else "target")
    attrs = _state12(statuses, target)
    in_place = target is not None and all(s.target is not None for s in segs if s.mid in changed)
    if in_place:
        assert target is not None
        edits: list[Edit] = []
        for seg in segs:
            if seg.mid not in changed:
                continue
            content = write_coded(changed[seg.mid][0])
            span = xml.spans[seg.target]
            if span.empty:
                edits.append(_replace_element(xml, seg.target, content, {}))
            else:
                edits.append((span.open_end, span.close_start, content))
        span = xml.spans[target]
        edits.append((span.start, span.open_end, set_attrs(xml.start_tag(target), attrs)))
        return edits
    # Build the whole target from the seg-source: its markup between the segments kept,
    # each segment's text the translation, the file's own target, or the source.
    seg_source = unit.find(f"{{{ns}}}seg-source" if ns else "seg-source")
    s_span = xml.spans[seg_source]
    pieces: list[str] = []
    pos = s_span.open_end
    for seg in segs:
        m = xml.spans[seg.source]
        if m.empty:
            continue
        pieces.append(xml.text(pos, m.open_end))
        if seg.mid in changed:
            pieces.append(write_coded(changed[seg.mid][0]))
        elif seg.target is not None and not xml.spans[seg.target].empty:
            t = xml.spans[seg.target]
            pieces.append(xml.text(t.open_end, t.close_start))
        else:
            pieces.append(xml.text(m.open_end, m.close_start))
        pos = m.close_start
    pieces.append(xml.text(pos, s_span.close_start))
    content = "".join(pieces)
    if target is not None:
        return [_replace_element(xml, target, content, attrs)]
    open_tag, close = _new_target_tag(
        xml, unit.find(f"{{{ns}}}source" if ns else "source"), lang, attrs
    )
    return [(s_span.end, s_span.end, indent_before(xml, seg_source) + open_tag + content + close)]


def _unit_attrs(xml: XmlFile, unit: etree._Element, statuses: list[int]) -> list[Edit]:
    attrs: dict[str, str | None] = {}
    done = all(s in _DONE for s in statuses)
    if unit.get("approved") is not None:
        attrs["approved"] = "yes" if done else "no"
    mq = prefix_for(unit, MQ)
    if mq and unit.get(f"{{{MQ}}}status") is not None:
        attrs[f"{mq}:status"] = "ManuallyConfirmed" if done else "PartiallyEdited"
    if not attrs:
        return []
    span = xml.spans[unit]
    return [(span.start, span.open_end, set_attrs(xml.start_tag(unit), attrs))]


def _sdl(xml: XmlFile, unit: etree._Element, seg: XSeg, status: int, origin: str) -> list[Edit]:
    """Trados keeps each segment's confirmation level in <sdl:seg conf=...>."""
    for el in unit.iter(f"{{{SDL}}}seg"):
        if el.get("id") != seg.mid:
            continue
        conf = el.get("conf")
        attrs: dict[str, str | None] = {}
        if status in _DONE:
            if conf not in ("ApprovedTranslation", "ApprovedSignOff"):
                attrs["conf"] = "Translated"
        else:
            attrs["conf"] = "Draft"
        if status == MT_DRAFT or origin == "mt":
            attrs["origin"] = "mt"
        elif el.get("origin") == "mt" or status != seg.status:
            attrs["origin"] = "interactive"
        span = xml.spans[el]
        return [(span.start, span.open_end, set_attrs(xml.start_tag(el), attrs))]
    return []


# -- XLIFF 2.0 -----------------------------------------------------------------------------


def _segment20(xml: XmlFile, seg: XSeg, text: Coded, status: int, origin: str) -> list[Edit]:
    assert seg.segment is not None
    attrs: dict[str, str | None] = {}
    if status in _DONE:
        attrs["state"] = "final" if seg.segment.get("state") != "reviewed" else "reviewed"
    else:
        attrs["state"] = "translated"
    sub = seg.segment.get("subState")
    if status == MT_DRAFT:
        attrs["subState"] = "workbench:mt"
    elif sub is not None:
        attrs["subState"] = None  # the file's sub-state described the text now replaced
    span = xml.spans[seg.segment]
    edits: list[Edit] = [(span.start, span.open_end, set_attrs(xml.start_tag(seg.segment), attrs))]
    content = write_coded(text)
    if seg.target is not None:
        edits.append(_replace_element(xml, seg.target, content, {}))
    else:
        qname = tag_name(xml.start_tag(seg.source))
        name = qname[: -len("source")] + "target" if qname.endswith("source") else "target"
        pos = xml.spans[seg.source].end
        edits.append((pos, pos, f"{indent_before(xml, seg.source)}<{name}>{content}</{name}>"))
    return edits
