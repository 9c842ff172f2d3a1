"""Hostile and damaged documents: each is refused in one line or read correctly, never a
traceback, a runaway of time or memory, or text silently lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import BadInput
from workbench.core.formats import FORMATS, html, read_document

HTML = FORMATS["html"]

# ------------------------------------------------------------------ deeply nested HTML


def _nested(tag: str, depth: int, inner: str = "Салам <b>дүйнө</b>") -> str:
    return f"<html><body><p>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth}</p></body></html>"


@pytest.mark.parametrize("tag", ["div", "span", "b"])
def test_html_nested_just_under_the_limit_reads_and_writes(tag: str) -> None:
    depth = html.MAX_DEPTH - 10  # deeper than Python's recursion limit allows a recursive walk
    data = _nested(tag, depth).encode()
    doc = HTML.read(data, "deep.html")
    assert doc.texts == ["Салам дүйнө"]
    out = HTML.write(data, ["Hello world"]).decode()
    assert HTML.read(out.encode(), "deep.html").texts == ["Hello world"]
    assert out.count(f"<{tag}>") >= (depth if tag == "div" else 0)


@pytest.mark.parametrize("tag", ["div", "span", "b"])
@pytest.mark.parametrize("depth", [1000, 20000])
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
    depth = 300  # shallow enough for the old recursive walk, deep enough to show n^2
    body = f"<{tag}>x " * depth + "<div>y</div>" + f"</{tag}>" * depth
    data = f"<html><body>{body}</body></html>".encode()
    doc = HTML.read(data, "chain.html")
    assert "".join(doc.texts).replace(" ", "") == "x" * depth + "y"
    assert visits <= 4 * (depth + 4)
