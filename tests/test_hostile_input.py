"""Hostile and damaged documents: each is refused in one line or read correctly, never a
traceback, a runaway of time or memory, or text silently lost."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest

from workbench.core.errors import BadInput
from workbench.core.formats import FORMATS, archive, html, read_document

HTML = FORMATS["html"]

# ------------------------------------------------------------------ deeply nested HTML


def _nested(tag: str, depth: int, inner: str = "Салам <b>дүйнө</b>") -> str:
    return f"<html><body><p>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth}</p></body></html>"


@pytest.mark.parametrize("tag", ["div", "span", "b"])
def test_html_nested_just_under_the_limit_reads_and_writes(tag: str) -> None:
    depth = html.MAX_DEPTH - 10
    data = _nested(tag, depth).encode()
    doc = HTML.read(data, "deep.html")
    assert doc.texts == ["Салам дүйнө"]
    out = HTML.write(data, ["Hello world"]).decode()
    assert HTML.read(out.encode(), "deep.html").texts == ["Hello world"]
    assert out.count(f"<{tag}>") >= (depth if tag == "div" else 0)


def test_html_walks_are_iterative_at_any_depth() -> None:
    """The walks themselves never recurse (the depth limit is a second line): a tree
    deeper than Python's recursion limit, parsed directly, walks fine."""
    import lxml.html

    depth = 1500  # over Python's recursion limit; libxml2 parses up to 2048 with huge_tree
    parser = lxml.html.HTMLParser(huge_tree=True)
    page = f"<html><body><p>{'<span>' * depth}a <i>b</i>{'</span>' * depth} c</p></body></html>"
    root = lxml.html.document_fromstring(page, parser=parser)
    runs = [run for run in html._runs(root) if run.text()]
    assert [run.text() for run in runs] == ["a b c"]
    assert "".join(html._flat(root)).split() == ["a", "b", "c"]


@pytest.mark.parametrize("tag", ["div", "span", "b"])
@pytest.mark.parametrize("depth", [300, 1000, 20000])
def test_html_nested_absurdly_deep_is_refused_in_one_line(
    tmp_path: Path, tag: str, depth: int
) -> None:
    path = tmp_path / "deep.html"
    path.write_text(_nested(tag, depth))
    with pytest.raises(BadInput) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"{path}: elements are nested more than {html.MAX_DEPTH} deep")
    assert "\n" not in message


@pytest.mark.parametrize("tag", ["div", "span"])
def test_html_walks_are_linear_in_the_number_of_elements(monkeypatch, tag: str) -> None:
    """Inline elements wrapping a block: every level asked again whether its whole subtree
    was inline, n^2 visits. Count the visits instead of timing them."""
    visits = 0
    skipped = html._skipped

    def counting(el):
        nonlocal visits
        visits += 1
        return skipped(el)

    monkeypatch.setattr(html, "_skipped", counting)
    depth = 200  # under the depth limit, deep enough to show n^2
    body = f"<{tag}>x " * depth + "<div>y</div>" + f"</{tag}>" * depth
    data = f"<html><body>{body}</body></html>".encode()
    doc = HTML.read(data, "chain.html")
    assert "".join(doc.texts).replace(" ", "") == "x" * depth + "y"
    assert visits <= 4 * (depth + 4)


# ------------------------------------------------------------------ zip bombs and entities


def _docx_with(document_xml: Callable[[bytes], bytes | Iterator[bytes]], extra: int = 0) -> bytes:
    """A real .docx whose word/document.xml is rewritten (streamed when it is an iterator),
    plus `extra` padding members of 1 MB of spaces each."""
    d = docx.Document()
    d.add_paragraph("Салам дүйнө. Экинчи сүйлөм.")
    d.add_paragraph("Next paragraph.")
    original = io.BytesIO()
    d.save(original)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(original) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename != "word/document.xml":
                zout.writestr(info, data)
                continue
            new = document_xml(data)
            with zout.open(info.filename, "w", force_zip64=True) as f:
                for piece in [new] if isinstance(new, bytes) else new:
                    f.write(piece)
        for i in range(extra):
            zout.writestr(f"customXml/pad{i}.xml", b" " * (1024 * 1024))
    return out.getvalue()


def _padded(spaces: int) -> Callable[[bytes], Iterator[bytes]]:
    """document.xml with `spaces` bytes of white space before </w:body> (still valid XML)."""

    def rewrite(xml: bytes) -> Iterator[bytes]:
        head, tail = xml.split(b"</w:body>")
        yield head
        block = b" " * (1024 * 1024)
        for _ in range(spaces // len(block)):
            yield block
        yield b"</w:body>" + tail

    return rewrite


def _refused(tmp_path: Path, data: bytes, name: str = "bomb.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadInput) as err:
        read_document(path)
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


def test_a_real_docx_passes_the_archive_check(tmp_path: Path) -> None:
    path = tmp_path / "fine.docx"
    path.write_bytes(_docx_with(lambda xml: xml))
    assert read_document(path).texts == ["Салам дүйнө. Экинчи сүйлөм.", "Next paragraph."]


def test_docx_member_inflating_a_thousandfold_is_refused(tmp_path: Path) -> None:
    data = _docx_with(_padded(40 * 1024 * 1024))  # 40 MB of XML packed into some 40 KB
    assert len(data) < 100 * 1024
    message = _refused(tmp_path, data)
    assert "word/document.xml unpacks from" in message and "zip bomb" in message


def test_docx_unpacking_past_the_total_limit_is_refused(tmp_path: Path) -> None:
    """Every member is small and packs only as well as real XML does; together they are
    too much."""
    extra = archive.MAX_UNPACKED_BYTES // (1024 * 1024) + 1
    message = _refused(tmp_path, _docx_with(lambda xml: xml, extra=extra))
    assert f"(the limit is {archive.MAX_UNPACKED_BYTES // (1024 * 1024)}.0 MB)" in message


def test_archive_with_too_many_members_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for i in range(archive.MAX_ENTRIES + 1):
            z.writestr(f"p/{i}", b"")
    message = _refused(tmp_path, out.getvalue())
    assert f"holds {archive.MAX_ENTRIES + 1:,} files" in message


def test_zip_check_covers_every_format_by_content_not_extension(tmp_path: Path) -> None:
    """A zip-based format added later gets the check before its reader runs: here the bomb
    is named .txt, and is refused as a bomb rather than read as text."""
    message = _refused(tmp_path, _docx_with(_padded(40 * 1024 * 1024)), "bomb.txt")
    assert "zip bomb" in message


def test_docx_member_larger_than_it_declares_is_not_unpacked_past_it(tmp_path: Path) -> None:
    """The check trusts declared sizes because zipfile stops at them: a member that says
    it is small but inflates further is reported damaged."""
    data = bytearray(_docx_with(_padded(8 * 1024 * 1024)))
    real = 8 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    assert info.file_size > real
    # The size is in the local header (zip64 extra field, 8 bytes) and the directory (4).
    patched = 0
    for fmt in ("<Q", "<I"):
        old, lie = struct.pack(fmt, info.file_size), struct.pack(fmt, 1000)
        while (at := data.find(old)) != -1:
            data[at : at + len(old)] = lie
            patched += 1
    assert patched >= 2
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        assert z.getinfo("word/document.xml").file_size == 1000
    message = _refused(tmp_path, bytes(data))
    assert "not a valid .docx file" in message


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE w:document [<!ENTITY foo "FOO">]>',
        b'<!DOCTYPE w:document [<!ENTITY foo SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_docx_entity_reference_is_reported_not_dropped_with_the_text_after_it(
    tmp_path: Path, doctype: bytes
) -> None:
    def rewrite(xml: bytes) -> bytes:
        declaration, rest = xml.split(b"?>", 1)
        return declaration + b"?>" + doctype + rest.replace("дүйнө".encode(), b"&foo;")

    message = _refused(tmp_path, _docx_with(rewrite), "entity.docx")
    assert "/word/document.xml contains the entity reference &foo;" in message


def test_docx_reader_and_writer_check_the_archive_themselves() -> None:
    """Export re-reads the stored original and the writer parses it again: a project made
    elsewhere may hold a bomb that never went through read_document."""
    data = _docx_with(_padded(40 * 1024 * 1024))
    for call in (
        lambda: FORMATS["docx"].read(data, "x.docx"),
        lambda: FORMATS["docx"].write(data, []),
    ):
        with pytest.raises(BadInput, match="zip bomb"):
            call()


# ------------------------------------------------------------------ subtitles


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # cue 2 follows cue 1's text without the empty line
        (
            "1\n00:00:01,000 --> 00:00:02,000\nFirst.\n2\n00:00:03,000 --> 00:00:04,000\nSecond.\n",
            4,
        ),
        # the same with two text lines, CRLF and no cue numbers
        (
            "00:00:01,000 --> 00:00:02,000\r\nFirst,\r\nsecond line.\r\n"
            "00:00:03,000 --> 00:00:04,000\r\nThird.\r\n",
            4,
        ),
        # the timing doubled right after the first one
        ("1\n00:00:01,000 --> 00:00:02,000\n00:00:01,000 --> 00:00:02,000\nText.\n", 3),
    ],
)
def test_srt_cue_without_the_empty_line_before_it_is_refused_with_its_line(
    tmp_path: Path, text: str, line: int
) -> None:
    path = tmp_path / "subs.srt"
    path.write_bytes(text.encode())
    with pytest.raises(BadInput) as err:
        read_document(path)
    assert str(err.value) == (
        f"{path}: line {line}: a new cue starts here without the empty line that must end "
        f"the cue before it; add an empty line before line {line} and try again"
    )


def test_srt_repaired_file_translates_text_only() -> None:
    data = (
        b"1\n00:00:01,000 --> 00:00:02,000\nFirst.\n\n2\n00:00:03,000 --> 00:00:04,000\nSecond.\n"
    )
    srt = FORMATS["srt"]
    assert srt.read(data, "s.srt").texts == ["First.", "Second."]
    out = srt.write(data, ["Биринчи.", "Экинчи."]).decode()
    assert out == (
        "1\n00:00:01,000 --> 00:00:02,000\nБиринчи.\n\n2\n00:00:03,000 --> 00:00:04,000\nЭкинчи.\n"
    )
