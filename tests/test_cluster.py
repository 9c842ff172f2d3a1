"""Batch translation with the MT step on Ray workers (workbench batch --cluster).

One local Ray instance (2 CPUs, started once for the module) serves every test that
needs one; the tests that check what happens without Ray run without it. Outputs
are compared byte for byte with a local run of the same folder on the same model.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_batch import report_of, sentences, tree, write_docs
from tests.test_batch_crash import finished_in_manifest
from workbench.app.batch import BatchOptions, run_batch
from workbench.app.cluster import ClusterOptions, TokenCounter
from workbench.core.errors import WorkbenchError
from workbench.mt.config import EngineConfig

REPO = Path(__file__).resolve().parents[1]
HUB_ID = "workbench-tests/tiny-nllb"  # in the driver's hub cache only (see the missing-model test)


@pytest.fixture(scope="module")
def worker_env(tmp_path_factory) -> dict[str, str]:
    """What the Ray workers' processes see: caches of their own, an empty hub cache."""
    base = tmp_path_factory.mktemp("ray-node")
    return {
        "WORKBENCH_CACHE_DIR": str(base / "cache"),
        "WORKBENCH_CONFIG_DIR": str(base / "config"),
        "HF_HUB_CACHE": str(base / "hub"),  # empty: the node has no hub models
        "HF_HUB_OFFLINE": "1",
        "RAY_USAGE_STATS_ENABLED": "0",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }


@pytest.fixture(scope="module")
def ray_address(worker_env):
    """A local Ray instance with 2 CPUs for the whole module; its GCS address. The tests
    in this process reuse the connection; a CLI run in a subprocess connects to it."""
    ray = pytest.importorskip("ray", reason="the cluster extra is not installed")
    import logging

    with pytest.MonkeyPatch.context() as mp:  # the raylet, and so every worker, inherits it
        for key, value in worker_env.items():
            mp.setenv(key, value)
        context = ray.init(
            address="local",
            num_cpus=2,
            include_dashboard=False,
            object_store_memory=100 * 1024 * 1024,
            logging_level=logging.ERROR,
            log_to_driver=False,
        )
    yield context.address_info["gcs_address"]
    ray.shutdown()


@pytest.fixture(scope="module")
def folder_and_reference(tiny_model_dir, tmp_path_factory):
    """A source folder and its translation by an ordinary local run (own MT cache)."""
    base = tmp_path_factory.mktemp("cluster-batch")
    src, out = base / "src", base / "local"
    write_docs(src, 12, 30)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKBENCH_CACHE_DIR", str(base / "local-cache"))
        mp.setenv("WORKBENCH_CONFIG_DIR", str(base / "local-config"))
        report = run_batch(BatchOptions(src, out, "en", mt=EngineConfig(model=str(tiny_model_dir))))
    assert report.ok and report.engine == "ctranslate2"
    return src, out


def cluster_options(src: Path, out: Path, model: Path, workers: int = 2) -> BatchOptions:
    mt = EngineConfig(model=str(model))
    return BatchOptions(src, out, "en", mt=mt, cluster=ClusterOptions("auto", workers))


def worker_pids(busy: bool = False) -> list[int]:
    """Processes of the TranslationWorker actors (Ray titles them ray::Class[.method]),
    only those inside a translate call when `busy`."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            title = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if title.startswith("ray::TranslationWorker") and (not busy or ".translate" in title):
            found.append(int(proc.name))
    return found


def batches_per_worker(report: dict) -> list[int]:
    counts = report["cluster"].split("batches per worker: ")[1].split(";")[0]
    return [int(n) for n in counts.split(", ")]


# --------------------------------------------------------------------------- tests


@pytest.mark.slow
def test_two_workers_write_what_a_local_run_writes(ray_address, folder_and_reference,
                                                  tiny_model_dir, tmp_path):  # fmt: skip
    src, reference = folder_and_reference
    out = tmp_path / "out"
    seen = []
    report = run_batch(cluster_options(src, out, tiny_model_dir), on_progress=seen.append)
    assert report.ok, report.summary()
    assert tree(out) == tree(reference)
    cluster, local = report_of(out), report_of(reference)
    for key in ("model", "model_revision", "engine", "totals"):
        assert cluster[key] == local[key]
    assert [f["sentences"] for f in cluster["files"]] == [f["sentences"] for f in local["files"]]
    # Both workers translated (this test's MT cache was empty), and progress said so.
    assert all(n > 0 for n in batches_per_worker(cluster)), cluster["cluster"]
    translating = [p for p in seen if p.stage == "translating"]
    assert translating and all(p.workers == 2 for p in translating)
    assert any(p.workers_alive == 2 for p in translating)


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing(ray_address, folder_and_reference,
                                               tiny_model_dir, tmp_path):  # fmt: skip
    src, reference = folder_and_reference
    out = tmp_path / "out"
    killed: list[int] = []
    alive_seen: list[int | None] = []

    def kill_a_busy_worker(p) -> None:
        alive_seen.append(p.workers_alive)
        if killed or p.stage != "translating" or p.sentences_done == 0:
            return
        busy = worker_pids(busy=True)
        if busy:  # it holds a batch at this moment
            os.kill(busy[0], signal.SIGKILL)
            killed.append(busy[0])

    report = run_batch(cluster_options(src, out, tiny_model_dir), on_progress=kill_a_busy_worker)
    assert killed, "no worker was busy when progress came: nothing was tested"
    assert report.ok, report.summary()
    assert "sent again after a worker stopped" in report.cluster  # its batch went elsewhere
    assert tree(out) == tree(reference)  # nothing lost, nothing twice, same text
    totals = report_of(out)["totals"]
    assert totals == report_of(reference)["totals"]
    assert 1 in alive_seen  # progress showed the worker gone while Ray restarted it


@pytest.mark.slow
def test_a_killed_driver_resumes_like_a_local_run(ray_address, folder_and_reference,
                                                  tiny_model_dir, tmp_path):  # fmt: skip
    src, reference = folder_and_reference
    out = tmp_path / "out"
    command = [sys.executable, "-m", "workbench", "batch", str(src), str(out), "--to", "en",
               "--model", str(tiny_model_dir), "--cluster", ray_address]  # fmt: skip
    command += ["--workers", "2"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline and finished_in_manifest(out) < 2:
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed; give it more work"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_after = finished_in_manifest(out)
    assert 2 <= killed_after < 12

    resumed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                             timeout=600)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    report = report_of(out)
    assert report["totals"]["translated"] == 12
    assert report["totals"]["reused"] == killed_after
    assert tree(out) == tree(reference)


def make_hub_cache(model_dir: Path, hub: Path) -> str:
    """`model_dir` as hub id HUB_ID in a Hugging Face cache folder; its revision."""
    revision = "0123456789abcdef0123456789abcdef01234567"
    repo = hub / ("models--" + HUB_ID.replace("/", "--"))
    shutil.copytree(model_dir, repo / "snapshots" / revision)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(revision)
    return revision


@pytest.mark.slow
def test_a_worker_without_the_model_is_named_in_one_line(ray_address, tiny_model_dir, tmp_path):
    # The driver has the hub model in its cache; the node's workers resolve the hub id
    # from their own (empty) cache, as on a cluster where one node lacks the model.
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("\n\n".join(sentences(3)), encoding="utf-8")
    make_hub_cache(tiny_model_dir, tmp_path / "hub")
    command = [sys.executable, "-m", "workbench", "batch", str(src), str(out), "--to", "en",
               "--model", HUB_ID, "--cluster", ray_address, "--workers", "1"]  # fmt: skip
    env = {**os.environ, "HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[:-1] == ["loading the model..."], done.stderr  # the progress, then one line
    import socket

    assert lines[-1].startswith(f"workbench: error: the worker on {socket.gethostname()} (")
    assert "cannot load the model" in lines[-1] and HUB_ID in lines[-1]
    assert not out.exists()  # nothing written before the model was there


def test_without_ray_cluster_says_how_to_install_it(tiny_model_dir, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 1, 2)
    # `import ray` fails in this process as on a computer without the extra.
    script = (
        "import sys; sys.modules['ray'] = None\n"
        "from workbench.cli import main\n"
        f"sys.exit(main(['batch', {str(src)!r}, {str(out)!r}, '--to', 'en', '--model', "
        f"{str(tiny_model_dir)!r}, '--cluster', 'auto']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=600)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "workbench: error: --cluster needs Ray, which is not installed: "
        "pip install -e '.[cluster]' (or pip install 'ray[client]')"
    ]
    assert not out.exists()


def test_a_local_run_never_imports_ray(tiny_model_dir, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 1, 3)
    script = (
        "import sys\n"
        "from workbench.cli import main\n"
        f"code = main(['batch', {str(src)!r}, {str(out)!r}, '--to', 'en', '--model', "
        f"{str(tiny_model_dir)!r}])\n"
        "print(code, 'ray' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=600)  # fmt: skip
    assert done.stdout.split() == ["0", "False"], done.stderr
    assert len(tree(out)) == 1


@pytest.mark.parametrize(
    "address", ["", "ray://", "ray://head", "head:port", "http://head:10001/x", "local"]
)
def test_cluster_addresses_that_cannot_work_are_refused_in_one_line(address):
    with pytest.raises(WorkbenchError, match="use auto .*ray://HOST:PORT"):
        ClusterOptions(address).checked()
    assert ClusterOptions(" ray://10.0.0.5:10001 ").checked().address == "ray://10.0.0.5:10001"
    assert ClusterOptions("10.0.0.5:6379").checked().address == "10.0.0.5:6379"


@pytest.mark.parametrize("address", ["127.0.0.1:1", "ray://127.0.0.1:1"])
def test_an_address_nobody_answers_at_fails_at_once_in_one_line(address, tiny_model_dir,
                                                                tmp_path):  # fmt: skip
    pytest.importorskip("ray", reason="the cluster extra is not installed")
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 1, 2)
    command = [sys.executable, "-m", "workbench", "batch", str(src), str(out), "--to", "en",
               "--model", str(tiny_model_dir), "--cluster", address]  # fmt: skip
    # (Ray itself retried the GCS form for minutes before this check.)
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        f"workbench: error: nothing answers at {address} (Connection refused); check the "
        "address and that `ray start --head` runs there"
    )
    assert "Traceback" not in done.stderr and not out.exists()


def test_more_workers_than_the_cluster_has_cores_is_refused(ray_address, tiny_model_dir,
                                                           tmp_path):  # fmt: skip
    # Instead of actors waiting for CPUs that never come free.
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 1, 2)
    with pytest.raises(WorkbenchError, match=r"--workers 3: the cluster has 2 CPU cores"):
        run_batch(cluster_options(src, out, tiny_model_dir, workers=3))
    assert not out.exists()


def test_workers_without_cluster_is_refused(tiny_model_dir, tmp_path, capsys):
    from workbench.cli import main

    src = tmp_path / "src"
    write_docs(src, 1, 1)
    args = ["batch", str(src), str(tmp_path / "out"), "--to", "en", "--workers", "2"]
    assert main(args) == 1
    assert "--workers goes with --cluster" in capsys.readouterr().err


def test_the_driver_counts_tokens_as_the_engine_does(ct2, tiny_model_dir):
    # Splitting and length-sorting on the driver must match a local run's exactly.
    from tests.fixtures.make_tiny_model import corpus

    counter = TokenCounter(tiny_model_dir)
    texts = [*corpus(), "x" * 700, "Бишкек " * 90, ""]
    assert [counter.count(t) for t in texts] == [ct2.count_tokens(t, "ky") for t in texts]


def test_the_cluster_engine_takes_every_argument_of_the_engine_protocol():
    # The pipeline's default runner passes `work`; a stand-in must accept what an engine does.
    import inspect

    from workbench.app.cluster import ClusterEngine
    from workbench.mt.engine import Engine

    for name in ("count_tokens", "translate", "complete", "close"):
        theirs = inspect.signature(getattr(Engine, name)).parameters
        ours = inspect.signature(getattr(ClusterEngine, name)).parameters
        assert [(p.name, p.kind, p.default) for p in ours.values()] == [
            (p.name, p.kind, p.default) for p in theirs.values()
        ], name


def test_report_json_names_the_cluster_only_for_cluster_runs(folder_and_reference):
    _, reference = folder_and_reference
    assert json.loads((reference / ".workbench" / "report.json").read_text())["cluster"] == ""
