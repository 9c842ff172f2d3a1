"""The translation memory's in-memory fuzzy index: every matching key of a language
pair, per open Project, for rapidfuzz.process.extract to scan in C."""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from workbench.core import store_tm
from workbench.core.store import Project


class PairKeys:
    """All matching keys of one language pair, in a compact form for rapidfuzz to scan.

    rapidfuzz compares strings of code points below 256 several times faster than
    Cyrillic ones, so each character seen in the keys gets a one-byte code (a charmap
    codec does the conversion in C). Past 255 distinct characters the rarest ones all
    share the code of "?"; sharing a code can only raise a ratio, so this prefilter
    never loses a candidate. Final scores are computed on the real keys.
    """

    def __init__(self, count: int, max_id: int) -> None:
        self.count = count
        self.max_id = max_id
        self.stamp: tuple[int, int] = (-1, -1)
        self.ids: list[int] = []
        self.compact: list[str] = []
        self._chars: list[str] = ["\n", "?"]  # codes 0 (separator) and 1 (shared)
        self._map = codecs.charmap_build(self._table())

    def extend(self, rows: Iterable[tuple[int, str]]) -> None:
        rows = list(rows)
        if not rows:
            return
        text = "\n".join(key for _, key in rows)  # keys never hold a newline
        new = sorted(set(text).difference(self._chars))
        if new and len(self._chars) < 256:
            self._chars.extend(new[: 256 - len(self._chars)])
            self._map = codecs.charmap_build(self._table())
        self.ids.extend(unit_id for unit_id, _ in rows)
        self.compact.extend(self.query(text).split("\x00"))  # the newline's code

    def query(self, key: str) -> str:
        """The key in compact form."""
        return codecs.charmap_encode(key, "replace", self._map)[0].decode("latin-1")

    def _table(self) -> str:
        """256 characters: byte i stands for table[i]; unused bytes get unused characters."""
        used = set(self._chars)
        fillers = (ch for ch in map(chr, range(0xE000, 0xF900)) if ch not in used)
        return "".join(self._chars) + "".join(next(fillers) for _ in range(256 - len(self._chars)))


_CACHE: WeakKeyDictionary[Project, dict[tuple[str, str], PairKeys]] = WeakKeyDictionary()


def pair_keys(project: Project, src: str, tgt: str) -> PairKeys:
    """The index of one language pair, brought up to date with the stored units."""
    # Without a commit since the last call, the cached keys are current and cost nothing.
    stamp = store_tm.change_stamp(project)
    per_project = _CACHE.setdefault(project, {})
    cached = per_project.get((src, tgt))
    if cached and cached.stamp == stamp:
        return cached
    count, max_id = store_tm.pair_extent(project, src, tgt)
    if cached and (cached.count, cached.max_id) == (count, max_id):
        cached.stamp = stamp
        return cached
    if cached and max_id > cached.max_id:
        # Only appended since last time (the usual case: a confirm, an import)?
        rows = store_tm.pair_keys(project, src, tgt, after_id=cached.max_id)
        if cached.count + len(rows) == count:
            cached.extend(rows)
            cached.count, cached.max_id, cached.stamp = count, max_id, stamp
            return cached
    keys = PairKeys(count, max_id)
    keys.stamp = stamp
    keys.extend(store_tm.pair_keys(project, src, tgt))
    per_project[(src, tgt)] = keys
    return keys


def forget(project: Project) -> None:
    """Drop a project's index (its stored keys were recomputed)."""
    _CACHE.pop(project, None)


def loaded(project: Project, src: str, tgt: str) -> bool:
    """Whether the pair's keys are in memory for this Project (a lookup costs no load)."""
    return (src, tgt) in _CACHE.get(project, {})


def adopt(project: Project, src: str, tgt: str, keys: PairKeys) -> None:
    """Use keys read on another connection to the same file (a worker thread's, so the
    editor's first lookup does not read them on the GUI thread). Kept unless this
    Project has its own already; the next pair_keys checks them against this
    connection's units (their count and highest id) before trusting them."""
    keys.stamp = (-1, -1)
    _CACHE.setdefault(project, {}).setdefault((src, tgt), keys)
