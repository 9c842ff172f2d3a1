"""Reading XML files a user was given (TMX, TBX): no entities resolved, no DTD or
network access, comments and processing instructions dropped, no huge-tree mode."""

from __future__ import annotations

from typing import Any, BinaryIO

from lxml import etree


def iterparse_untrusted(stream: BinaryIO) -> Any:
    """lxml's iterparse over `stream` with start and end events, safely."""
    return etree.iterparse(
        stream,
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
