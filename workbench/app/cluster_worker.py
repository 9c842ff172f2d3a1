"""What runs on a cluster node: one translation engine, fed batches by the driver.

A plain class (no Ray import here): workbench.app.cluster turns it into a Ray actor,
one per GPU or per few CPU cores. It loads the engine the way a local run does
(EngineConfig.load), from a folder every node can read or a hub id in the node's own
cache, and never raises from its constructor: a node without the model reports the
error through ready(), so the driver can say in one line which node lacks what.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from workbench import __version__
from workbench.core.errors import WorkbenchError, first_line
from workbench.core.settings import cache_dir

if TYPE_CHECKING:
    from collections.abc import Iterator

    from workbench.mt.config import EngineConfig
    from workbench.mt.engine import Engine, GenerationSettings, Translation


@contextmanager
def _one_load_per_node() -> Iterator[None]:
    """Workers of one node load one after another: the first converts the model to
    CTranslate2 into the node's cache, the others then find it converted (two
    conversions racing in one folder replace each other's files)."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(folder / "cluster-load.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def node_name() -> str:
    """'host (10.0.0.7)': how the driver names this worker's node in messages."""
    host = socket.gethostname()
    try:
        import ray

        return f"{host} ({ray.util.get_node_ip_address()})"
    except Exception:  # noqa: BLE001 - outside Ray (tests of the class itself)
        return host


class TranslationWorker:
    """One engine on one node; the driver calls ready() once, then translate()."""

    def __init__(self, config: EngineConfig, target: str) -> None:
        self.node = node_name()
        self.engine: Engine | None = None
        self.error = ""
        try:
            with _one_load_per_node():
                self.engine = config.load(target=target)
        except WorkbenchError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - reported by ready(), in one line
            self.error = f"{type(exc).__name__}: {first_line(exc)}"

    def ready(self) -> dict[str, Any]:
        """Who this worker is and what it loaded (or why it could not)."""
        info: dict[str, Any] = {
            "node": self.node,
            "pid": os.getpid(),
            "version": __version__,
            "error": self.error,
        }
        if self.engine is not None:
            info.update(
                name=self.engine.name,
                model_id=self.engine.model_id,
                revision=self.engine.revision,
                device=self.engine.device,
                max_input_tokens=self.engine.max_input_tokens,
            )
        return info

    def translate(
        self, src: str, sentences: Sequence[str], tgt: str, settings: GenerationSettings
    ) -> list[Translation]:
        if self.engine is None:
            raise WorkbenchError(f"no model loaded on {self.node}: {self.error}")
        return self.engine.translate(sentences, src, tgt, settings)
