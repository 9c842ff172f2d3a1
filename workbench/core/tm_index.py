"""The translation memory's in-memory fuzzy index: every matching key of a language
pair, per open Project, for rapidfuzz.process.extract to scan in C.

Reading a large memory's keys takes a noticeable time (0.5 s for 20,000 units, seconds
for 100,000: benchmarks/RESULTS.md), so the editor reads them on a worker when a project
opens (its own memory's and its references'), on the worker's own connections, and hands
them over with `adopt`. Meanwhile the memories are "awaited" by their owner and lookups
skip them (`waiting`) instead of reading their keys on the GUI thread.
"""

from __future__ import annotations

import codecs
import json
import struct
from array import array
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from workbench.core import store_tm
from workbench.core.store import Project
from workbench.core.tm_score import key_version

EXTEND_ROWS = 1000  # keys encoded per C call (about 7 ms of GIL)


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
        # A few thousand keys per C call (set, charmap encoding): one call over 100,000
        # keys holds the GIL for a second, which stalls the GUI thread while a worker
        # reads a memory's keys.
        for start in range(0, len(rows), EXTEND_ROWS):
            self._extend(rows[start : start + EXTEND_ROWS])

    def _extend(self, rows: list[tuple[int, str]]) -> None:
        if not rows:
            return
        text = "\n".join(key for _, key in rows)  # keys never hold a newline
        new = sorted(set(text).difference(self._chars))
        if new and len(self._chars) < 256:
            self._chars.extend(new[: 256 - len(self._chars)])
            self._map = codecs.charmap_build(self._table())
        self.ids.extend(unit_id for unit_id, _ in rows)
        self.compact.extend(self.query(text).split("\x00"))  # the newline's code

    def to_blob(self) -> bytes:
        """The keys in one piece (a reference TMX's index stores it: reading 100,000
        keys is then one row and a split, not 100,000 rows encoded again)."""
        head = json.dumps(
            {
                "count": self.count,
                "max_id": self.max_id,
                "key_version": key_version(),
                "chars": "".join(self._chars),
                "ids": len(self.ids),
            }
        ).encode()
        ids = array("q", self.ids).tobytes()
        return (
            struct.pack("<I", len(head)) + head + ids + "\x00".join(self.compact).encode("latin-1")
        )

    @classmethod
    def from_blob(cls, blob: bytes) -> PairKeys | None:
        """The keys stored by to_blob; None if made by another normaliser."""
        (size,) = struct.unpack_from("<I", blob)
        head = json.loads(blob[4 : 4 + size])
        if head.get("key_version") != key_version():
            return None
        keys = cls(head["count"], head["max_id"])
        keys._chars = list(head["chars"])
        keys._map = codecs.charmap_build(keys._table())
        start = 4 + size + 8 * head["ids"]
        ids = array("q")
        ids.frombytes(blob[4 + size : start])
        keys.ids = ids.tolist()
        keys.compact = blob[start:].decode("latin-1").split("\x00") if keys.ids else []
        return keys

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
    keys = stored_keys(project, src, tgt, count, max_id)
    if keys is None:
        keys = PairKeys(count, max_id)
        keys.extend(store_tm.pair_keys(project, src, tgt))
    keys.stamp = stamp
    per_project[(src, tgt)] = keys
    return keys


def stored_keys(project: Project, src: str, tgt: str, count: int, max_id: int) -> PairKeys | None:
    """The pair's keys stored whole (store_keys), if they are those of its units now."""
    blob = store_tm.keys_blob(project, src, tgt)
    keys = PairKeys.from_blob(blob) if blob else None
    if keys is None or (keys.count, keys.max_id, len(keys.ids)) != (count, max_id, count):
        return None  # stored before units were added or removed: read them instead
    return keys


def store_keys(project: Project) -> None:
    """Store every language pair's keys whole in the project (a reference TMX's index,
    which is never written again), inside the caller's transaction."""
    for src, tgt in store_tm.units_per_pair(project):
        store_tm.set_keys_blob(project, src, tgt, pair_keys(project, src, tgt).to_blob())


def forget(project: Project) -> None:
    """Drop a project's index (its stored keys were recomputed)."""
    _CACHE.pop(project, None)


def loaded(project: Project, src: str, tgt: str) -> bool:
    """Whether the pair's keys are in memory for this Project (a lookup costs no load)."""
    return (src, tgt) in _CACHE.get(project, {})


def pairs_needed(project: Project) -> list[tuple[str, str]]:
    """The language pairs the project's segments look up (each segment language into
    the target language), the project's own pair first."""
    src, tgt = project.source_lang, project.target_lang
    others = sorted(set(store_tm.segment_languages(project)) - {src, tgt})
    return [(src, tgt), *((lang, tgt) for lang in others)]


def read_pairs(
    memory: Project, pairs: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], PairKeys]:
    """The keys of each language pair of a memory (read on a worker's own connection,
    then handed to the editor's Project with `adopt`)."""
    return {(src, tgt): pair_keys(memory, src, tgt) for src, tgt in pairs}


def adopt(project: Project, src: str, tgt: str, keys: PairKeys) -> None:
    """Use keys read on another connection to the same file (a worker thread's, so the
    editor's first lookup does not read them on the GUI thread). Kept unless this
    Project has its own already; the next pair_keys checks them against this
    connection's units (their count and highest id) before trusting them."""
    keys.stamp = (-1, -1)
    _CACHE.setdefault(project, {}).setdefault((src, tgt), keys)


# ----------------------------------------------------------------------------- awaited keys
# The files whose keys a worker is reading for an owning project (its own file, its
# references' memory files); lookups skip them until their keys are adopted.

_AWAITED: WeakKeyDictionary[Project, set[str]] = WeakKeyDictionary()


def await_keys(owner: Project, paths: Iterable[object]) -> None:
    """A worker reads these memory files' keys for `owner`: lookups skip them meanwhile."""
    _AWAITED.setdefault(owner, set()).update(str(p) for p in paths)


def arrived(owner: Project, paths: Iterable[object]) -> None:
    """The worker is done with these files (their keys adopted, or the read failed:
    then the next lookup reads them itself)."""
    _AWAITED.get(owner, set()).difference_update(str(p) for p in paths)


def awaited(owner: Project) -> bool:
    """Whether any memory's keys are still being read for `owner`."""
    return bool(_AWAITED.get(owner))


def waiting(owner: Project, memory: Project, src: str, tgt: str) -> bool:
    """Whether a lookup for `owner` must skip `memory` (the owner itself, or one of its
    references): its keys are being read elsewhere and are not here yet."""
    return str(memory.path) in _AWAITED.get(owner, ()) and not loaded(memory, src, tgt)
