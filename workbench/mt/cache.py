"""A persistent machine-translation cache in SQLite.

Keyed by engine, model id and revision, language pair, generation settings and
the text, so a changed model or setting never serves a stale translation. WAL
mode lets other processes read while one writes; each write is committed at
once, so a cancelled or killed run keeps what it finished and a rerun continues.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import msg
from workbench.core.settings import cache_dir
from workbench.mt.engine import Engine, GenerationSettings, Translation

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mt (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    src TEXT NOT NULL,
    tgt TEXT NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    score REAL NOT NULL,
    created TEXT NOT NULL DEFAULT (datetime('now'))
)
"""


@dataclass(frozen=True)
class CacheScope:
    """What a cached translation depends on besides the text and language pair."""

    engine: str
    model_id: str
    revision: str
    settings_key: str

    @classmethod
    def of(cls, engine: Engine, settings: GenerationSettings) -> CacheScope:
        return cls(engine.name, engine.model_id, engine.revision, settings.key())

    def key(self, src: str, tgt: str, text: str) -> str:
        parts = (self.engine, self.model_id, self.revision, src, tgt, self.settings_key, text)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def default_cache_path() -> Path:
    return cache_dir() / "mt-cache.sqlite3"


class MTCache:
    """get/put translations; safe to share between threads and processes."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        self.error: str | None = None  # set when the cache failed; MT goes on without it
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            self._db.commit()
        except sqlite3.Error as exc:
            if self._db is not None:
                self._db.close()
            raise WorkbenchError(
                msg(
                    "cannot open the MT cache ({exc}): delete the file or set WORKBENCH_CACHE_DIR",
                    exc=exc,
                ),
                path=self.path,
            ) from None

    def get_many(
        self, scope: CacheScope, src: str, tgt: str, texts: list[str]
    ) -> dict[str, Translation]:
        """Cached translations of those texts that have one."""
        found: dict[str, Translation] = {}
        keys = {scope.key(src, tgt, t): t for t in texts}
        items = list(keys.items())
        with self._lock:
            try:
                for start in range(0, len(items), 500):  # SQLite's variable limit
                    chunk = items[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT key, text, score FROM mt WHERE key IN ({marks})",
                        [k for k, _ in chunk],
                    ).fetchall()
                    for key, text, score in rows:
                        found[keys[key]] = Translation(text, score)
            except sqlite3.Error as exc:
                self._failed(exc)
            self.hits += len(found)
            self.misses += len(keys) - len(found)
        return found

    def put_many(
        self, scope: CacheScope, src: str, tgt: str, pairs: list[tuple[str, Translation]]
    ) -> None:
        rows = [
            (scope.key(src, tgt, s), scope.model_id, src, tgt, s, t.text, t.score) for s, t in pairs
        ]
        with self._lock:
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO mt (key, model, src, tgt, source, text, score)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                self._db.commit()
            except sqlite3.Error as exc:
                self._failed(exc)

    def _failed(self, exc: sqlite3.Error) -> None:
        """The cache only saves time: a locked or full cache must not stop a translation."""
        if self._db.in_transaction:
            self._db.rollback()
        self.error = f"the MT cache {self.path} could not be used ({exc}); going on without it"

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM mt").fetchone()[0]

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM mt")
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> MTCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
