"""A batch run's MT step on a Ray cluster (`workbench batch ... --cluster auto|ray://H:P`).

Only the engine.translate() calls leave the driver. Scanning, reading, sentence
splitting, tokenisation for length sorting, deduplication, the MT cache, writing,
the manifest and the report stay in workbench.app.batch, unchanged, so a cluster run
writes what a local run writes and resumes like one. ClusterEngine stands in for the
engine there: it counts tokens on the driver (the model's tokenizer.json, as
CT2Engine.count_tokens does) and its run_batches() is the pipeline's BatchRunner,
spreading each window's length-sorted batches over the workers (TranslationWorker
actors, one engine each) and yielding each batch's translations once.

Faults: a worker that dies mid-batch is restarted by Ray (max_restarts) and the
batch it held goes back to the front of the queue, to whichever worker is free
first; a result is taken from exactly one call, so no sentence is lost or counted
twice. A killed driver takes its actors with it (they belong to its Ray job) and a
rerun resumes from the manifest and the cache like a local run.

Ray is an optional extra: nothing here imports it until a cluster run starts.
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import __version__
from workbench.core.errors import Cancelled, WorkbenchError, first_line
from workbench.mt.engine import Work
from workbench.mt.pipeline import DEFAULT_MAX_BATCH, DEFAULT_WINDOW

if TYPE_CHECKING:
    from workbench.core.task import TaskState
    from workbench.mt.config import EngineConfig
    from workbench.mt.engine import Continuation, GenerationSettings, Translation

INSTALL_HINT = (
    "--cluster needs Ray, which is not installed: pip install -e '.[cluster]' "
    "(or pip install 'ray[client]')"
)
MAX_RESTARTS = 3  # per worker; after that it counts as dead and the others carry on
CORES_PER_CPU_WORKER = 4  # --workers not given: one CPU worker per this many cores
LOCAL_OBJECT_STORE = 256 * 1024 * 1024  # sentence batches are kilobytes; Ray's default is 30% RAM
_WAIT = 0.5  # seconds between looks at cancellation while waiting for workers


@dataclass(frozen=True)
class ClusterOptions:
    address: str = "auto"  # auto (start a local Ray instance) | ray://HOST:PORT | HOST:PORT
    workers: int = 0  # 0: one per GPU, else one per CORES_PER_CPU_WORKER cores

    def checked(self) -> ClusterOptions:
        address = self.address.strip()
        host, _, port = address.removeprefix("ray://").rpartition(":")
        if address != "auto" and not (host and port.isdigit()):
            raise WorkbenchError(
                f"--cluster {self.address}: use auto (a Ray instance on this computer), "
                "ray://HOST:PORT (a cluster's client port, usually 10001) or HOST:PORT (the "
                "head's address, from a node of the cluster)"
            )
        if self.workers < 0:
            raise WorkbenchError(f"--workers {self.workers}: give 1 or more (0: one per GPU)")
        return replace(self, address=address)


def require_ray() -> Any:
    """The ray module, or the one-line install hint."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no telemetry, no notice
    try:
        import ray
    except ImportError:
        raise WorkbenchError(INSTALL_HINT) from None
    return ray


class TokenCounter:
    """Token counts on the driver, for splitting and length-sorting, without the model's
    weights: the model folder's tokenizer.json, counted as CT2Engine.count_tokens does
    (pieces plus the language tag and </s>; the transformers engine counts the same)."""

    def __init__(self, model_dir: Path) -> None:
        from tokenizers import Tokenizer

        path = Path(model_dir) / "tokenizer.json"
        try:
            self.tokenizer = Tokenizer.from_file(str(path))
        except Exception as exc:  # noqa: BLE001 - missing or unreadable, one line either way
            raise WorkbenchError(
                f"cannot read the model's tokenizer ({first_line(exc)}); a cluster run needs "
                "the model's tokenizer.json on this computer too",
                path=path,
            ) from None

    def count(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False).tokens) + 2


@dataclass
class _Worker:
    actor: Any
    node: str
    pid: int
    failures: int = 0  # calls lost to the worker dying, since its last good result
    dead: bool = False  # restarts used up
    batches: int = 0  # batches it translated
    resume_at: float = 0.0  # restarting: no call before this (time.monotonic())


class ClusterEngine:
    """The driver's stand-in for an engine: counts tokens here, translates on workers."""

    def __init__(
        self,
        ray: Any,
        workers: list[_Worker],
        info: dict[str, Any],
        counter: TokenCounter,
        description: str,
        owns_ray: bool,
        max_batch: int,
    ) -> None:
        self._ray = ray
        self.workers = workers
        self.name = str(info["name"])  # the workers' engine: the MT cache is shared with local
        self.model_id = str(info["model_id"])
        self.revision = str(info["revision"])
        self.device = str(info["device"])
        self.max_input_tokens = int(info["max_input_tokens"])
        self.counter = counter
        self.description = description
        self.retried = 0  # batches sent again because their worker died
        self._owns_ray = owns_ray
        # Enough batches per window to keep every worker busy until the window's end.
        self.window = max(DEFAULT_WINDOW, len(workers) * max_batch * 4)

    # -- Engine protocol ------------------------------------------------------------
    def count_tokens(self, text: str, src: str) -> int:
        return self.counter.count(text)

    def translate(
        self,
        sentences: Sequence[str],
        src: str,
        tgt: str,
        settings: GenerationSettings,
        work: Work = Work.THROUGHPUT,
    ) -> list[Translation]:
        # `work` is the Engine protocol's; each worker's engine schedules its own batches.
        if not sentences:
            return []
        for _, _, translations in self.run_batches([(src, list(sentences))], tgt, settings, None):
            return translations
        raise Cancelled  # not reached: run_batches yields the batch or raises

    def complete(
        self,
        source: str,
        src: str,
        tgt: str,
        prefixes: Sequence[str],
        settings: Any,
    ) -> list[list[Continuation]]:
        raise WorkbenchError("completion runs on a local engine, not on a cluster")

    def close(self) -> None:
        for worker in self.workers:
            try:
                self._ray.kill(worker.actor)
            except Exception:  # noqa: BLE001 - already gone
                pass
        if self._owns_ray:
            self._ray.shutdown()

    # -- the batch runner -------------------------------------------------------------
    @property
    def alive(self) -> int:
        """Workers neither dead nor restarting (one whose last call died is restarting)."""
        return sum(1 for w in self.workers if not w.dead and not w.failures)

    def run_batches(
        self,
        batches: list[tuple[str, list[str]]],
        tgt: str,
        settings: GenerationSettings,
        state: TaskState | None,
    ) -> Iterator[tuple[str, list[str], list[Translation]]]:
        """The pipeline's BatchRunner: longest batches first, each to the first free
        worker; results in the order they finish. Once the state is cancelled no batch
        is sent, those under way are still taken (the cache keeps them), then Cancelled."""
        ray = self._ray
        queue: deque[int] = deque(range(len(batches)))
        running: dict[Any, tuple[_Worker, int]] = {}
        idle: list[_Worker] = [w for w in self.workers if not w.dead]

        def send() -> None:
            now = time.monotonic()
            for worker in [w for w in idle if w.resume_at <= now]:
                if not queue or (state is not None and state.is_cancelled):
                    return
                idle.remove(worker)
                index = queue.popleft()
                src, texts = batches[index]
                running[worker.actor.translate.remote(src, texts, tgt, settings)] = (worker, index)

        send()
        while running or (queue and idle and not (state is not None and state.is_cancelled)):
            if not running:  # every live worker is restarting: wait for the first
                time.sleep(max(0.0, min(w.resume_at for w in idle) - time.monotonic()))
                send()
                continue
            ready, _ = ray.wait(list(running), num_returns=1, timeout=_WAIT)
            done: list[tuple[int, list[Translation]]] = []
            for ref in ready:
                worker, index = running.pop(ref)
                try:
                    translations = ray.get(ref)
                except _lost_worker_errors(ray) as exc:
                    self._lost(worker, exc)
                    queue.appendleft(index)  # first in line for the next free worker
                    self.retried += 1
                    if not worker.dead:
                        idle.append(worker)  # back in the pool once Ray has restarted it
                    continue
                except ray.exceptions.RayTaskError as exc:
                    raise WorkbenchError(
                        f"the worker on {worker.node} failed: {first_line(exc.cause or exc)}"
                    ) from None
                worker.failures = 0
                worker.batches += 1
                idle.append(worker)
                done.append((index, translations))
            send()  # before handing results over: workers keep going while the driver writes
            for index, translations in done:
                src, texts = batches[index]
                yield src, texts, translations
        if queue:  # stopped, or no worker left: never return with a batch untranslated
            if state is not None:
                state.check_cancelled()
            raise WorkbenchError(
                f"every worker of the cluster stopped ({self.retried} batches retried); "
                "check the nodes, then run the same command again to continue"
            )

    def _lost(self, worker: _Worker, exc: BaseException) -> None:
        """A call lost to the worker dying (or restarting): Ray restarts it up to
        MAX_RESTARTS times; calls to it wait a moment so a restart is not spun on."""
        unavailable = isinstance(exc, self._ray.exceptions.ActorUnavailableError)
        if not (unavailable and worker.failures):  # one death, however often it is asked
            worker.failures += 1
        worker.resume_at = time.monotonic() + _WAIT
        if worker.failures > MAX_RESTARTS:
            worker.dead = True


def _lost_worker_errors(ray: Any) -> tuple[type[BaseException], ...]:
    e = ray.exceptions
    return (e.RayActorError, e.WorkerCrashedError, e.ObjectLostError, e.NodeDiedError)


# ------------------------------------------------------------------------ starting


def start_cluster(
    options: ClusterOptions, config: EngineConfig, target: str, state: TaskState
) -> ClusterEngine:
    """Connect to (or start) Ray, start the workers, wait until each has its model."""
    from workbench.mt.loader import model_spec
    from workbench.mt.models import resolve_model

    ray = require_ray()
    resolved = resolve_model(model_spec(config.model))  # the driver needs the tokenizer
    counter = TokenCounter(resolved.path)
    owns = _connect(ray, options.address)
    try:
        plan = _plan(ray, options, config)
        state.set_status(f"starting {plan.workers} workers on the cluster")
        remote = ray.remote(
            num_cpus=plan.cpus, num_gpus=plan.gpus, max_restarts=MAX_RESTARTS, max_task_retries=0
        )(_worker_class())
        worker_config = replace(config, model=model_spec(config.model), **plan.engine)
        actors = [remote.remote(worker_config, target) for _ in range(plan.workers)]
        infos = _wait_ready(ray, actors, state)
        workers = [_Worker(a, i["node"], i["pid"]) for a, i in zip(actors, infos, strict=True)]
        _check_same_model(infos, resolved.model_id, resolved.revision)
        where = _nodes(infos)
        description = f"Ray {options.address}: {plan.workers} workers on {where}"
        return ClusterEngine(
            ray,
            workers,
            infos[0],
            counter,
            description,
            owns,
            config.max_batch or DEFAULT_MAX_BATCH,
        )
    except BaseException:
        if owns:
            ray.shutdown()
        raise


def _worker_class() -> type:
    from workbench.app.cluster_worker import TranslationWorker

    return TranslationWorker


def _connect(ray: Any, address: str) -> bool:
    """Connect the driver; True when this run started (and so ends) the Ray instance.
    A process already connected (a notebook, the tests) keeps its connection."""
    if ray.is_initialized():
        return False
    if address != "auto":
        _check_reachable(address)
    quiet = {"logging_level": logging.ERROR, "log_to_driver": False}
    try:
        with warnings.catch_warnings():  # Ray Client warns on stderr, then raises
            warnings.simplefilter("ignore")
            if address == "auto":
                ray.init(
                    address="local",
                    include_dashboard=False,
                    object_store_memory=LOCAL_OBJECT_STORE,
                    **quiet,
                )
            else:
                ray.init(address=address, **quiet)
    except Exception as exc:  # noqa: BLE001 - Ray raises many kinds; one line for each
        where = "a local Ray instance" if address == "auto" else f"the Ray cluster at {address}"
        auth = ""
        if address.startswith("ray://") and os.environ.get("RAY_AUTH_MODE") != "token":
            # Ray 2.59+ starts clusters with token authentication; the client must say so.
            auth = " (a cluster with token authentication also needs RAY_AUTH_MODE=token here)"
        raise WorkbenchError(
            f"cannot start or reach {where} ({type(exc).__name__}: {first_line(exc)}); "
            f"check the address and that `ray start --head` runs there{auth}"
        ) from None
    return True


def _check_reachable(address: str) -> None:
    """A quick TCP look first: Ray itself retries an address nobody answers at for
    minutes (the GCS form) or 30 s (ray://) before it gives up."""
    import socket

    host, _, port = address.removeprefix("ray://").rpartition(":")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=10).close()
    except OSError as exc:
        raise WorkbenchError(
            f"nothing answers at {address} ({exc.strerror or exc}); check the address and "
            "that `ray start --head` runs there"
        ) from None


@dataclass(frozen=True)
class _Plan:
    workers: int
    cpus: float
    gpus: float
    engine: dict[str, Any]  # EngineConfig fields for the workers (device, threads)


def _plan(ray: Any, options: ClusterOptions, config: EngineConfig) -> _Plan:
    """How many workers, and what each asks Ray for: a GPU each where the cluster has
    GPUs (and the device is not cpu), else an equal share of the CPU cores."""
    resources = ray.cluster_resources()
    gpus = int(resources.get("GPU", 0))
    cpus = int(resources.get("CPU", 0))
    if gpus and config.device != "cpu":
        workers = options.workers or gpus
        if workers > gpus:
            raise WorkbenchError(
                f"--workers {workers}: the cluster has {gpus} GPUs, one per worker; "
                f"give --workers {gpus} or fewer, or --device cpu"
            )
        return _Plan(workers, 1, 1, {"device": "cuda"})
    if cpus < 1:
        raise WorkbenchError("the Ray cluster has no CPU to run a worker on")
    workers = options.workers or max(1, cpus // CORES_PER_CPU_WORKER)
    if workers > cpus:
        raise WorkbenchError(
            f"--workers {workers}: the cluster has {cpus} CPU cores, at least one per worker; "
            f"give --workers {cpus} or fewer"
        )
    # An equal share, but never more than the largest node has: an actor asking for more
    # CPUs than any node has would wait for a place forever.
    largest = max(
        (int(n.get("Resources", {}).get("CPU", 0)) for n in ray.nodes() if n.get("Alive")),
        default=cpus,
    )
    share = max(1, min(cpus // workers, largest))
    threads = config.threads or share
    return _Plan(workers, min(threads, share), 0, {"device": "cpu", "threads": threads})


def _wait_ready(ray: Any, actors: list[Any], state: TaskState) -> list[dict[str, Any]]:
    """Each worker's ready() answer, in order; one line naming the node of the first
    that could not load the model; Cancelled when the user stops the run meanwhile."""
    refs = [actor.ready.remote() for actor in actors]
    pending = list(refs)
    while pending:
        _, pending = ray.wait(pending, num_returns=len(pending), timeout=_WAIT)
        if state.is_cancelled:
            raise Cancelled
        state.set_progress(len(refs) - len(pending), len(refs))
    try:
        infos = ray.get(refs)
    except ray.exceptions.RayError as exc:
        raise WorkbenchError(
            f"a cluster worker did not start ({type(exc).__name__}: {first_line(exc)})"
        ) from None
    for info in infos:
        if info["error"]:
            raise WorkbenchError(f"the worker on {info['node']} cannot load the model: "
                                 f"{info['error']}")  # fmt: skip
        if info["version"] != __version__:
            raise WorkbenchError(
                f"the worker on {info['node']} runs workbench {info['version']}, this "
                f"computer {__version__}: install the same version on every node"
            )
    return infos


def _check_same_model(infos: list[dict[str, Any]], model_id: str, revision: str) -> None:
    """Every worker must run the model the driver counts tokens with (and the manifest
    records): a node with another revision would translate differently."""
    for info in infos:
        if info["revision"] != revision:
            raise WorkbenchError(
                f"the worker on {info['node']} has revision {info['revision']} of {model_id}, "
                f"this computer {revision}: give every node the same model (copy a folder with its "
                "modification times, rsync -a)"
            )


def _nodes(infos: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = {}
    for info in infos:
        counts[info["node"]] = counts.get(info["node"], 0) + 1
    return ", ".join(f"{node}: {n}" for node, n in counts.items())
