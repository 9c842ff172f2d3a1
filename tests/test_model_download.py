"""The in-app model download (mt.download) against a local stand-in for huggingface.co:
the real hub client code, real files, progress, cancel, resume, disk space, no network;
then the models on this computer (mt.installed) and the model folder check."""

from __future__ import annotations

import json
import threading

import pytest

from tests.conftest import HUB_ID, point_hub_at, run_cli
from workbench.core.errors import Cancelled, ModelError
from workbench.core.task import TaskState
from workbench.mt import download as dl
from workbench.mt.models import DEFAULT_MODEL, check_model_folder, resolve_model

WEIGHTS = "model.safetensors"


def same_files(folder, repo) -> bool:
    return all((folder / p.name).read_bytes() == p.read_bytes() for p in repo.iterdir())


def test_download_fetches_every_file_with_progress_and_resolve_finds_it(hub):
    seen: list[tuple[int, int]] = []
    folder = dl.download(HUB_ID, state=TaskState(lambda p: seen.append((p.done, p.total))))
    assert same_files(folder, hub.folder)
    total = sum(p.stat().st_size for p in hub.files())
    assert seen[-1] == (total, total)
    assert len({done for done, _ in seen}) > 5  # progress moved chunk by chunk
    manifest = json.loads((folder / dl.MANIFEST).read_text())
    assert manifest["hub_id"] == HUB_ID and manifest["revision"] == hub.sha
    assert not folder.with_name(folder.name + ".partial").exists()
    resolved = resolve_model(DEFAULT_MODEL)  # never the network: it is here now
    assert resolved.path == folder and resolved.revision == hub.sha


def test_a_partial_file_left_by_an_earlier_attempt_is_resumed_with_range(hub):
    weights = (hub.folder / WEIGHTS).read_bytes()
    staging = dl.model_folder(HUB_ID).with_name(dl.model_folder(HUB_ID).name + ".partial")
    staging.mkdir(parents=True)
    (staging / dl.STAGING).write_text(json.dumps({"hub_id": HUB_ID, "revision": hub.sha}))
    half = len(weights) // 2
    (staging / (WEIGHTS + ".incomplete")).write_bytes(weights[:half])
    seen: list[int] = []
    state = TaskState(lambda p: seen.append(p.done) if p.total else None)
    folder = dl.download(HUB_ID, state=state)
    assert hub.file_requests(WEIGHTS) == [f"bytes={half}-"]
    assert (folder / WEIGHTS).read_bytes() == weights
    assert seen[0] >= half  # the progress starts from what was already there


def test_a_partial_file_of_another_revision_is_not_resumed(hub):
    weights = (hub.folder / WEIGHTS).read_bytes()
    final = dl.model_folder(HUB_ID)
    staging = final.with_name(final.name + ".partial")
    staging.mkdir(parents=True)
    (staging / dl.STAGING).write_text(json.dumps({"hub_id": HUB_ID, "revision": "old"}))
    (staging / (WEIGHTS + ".incomplete")).write_bytes(b"x" * 1000)
    folder = dl.download(HUB_ID)
    assert hub.file_requests(WEIGHTS) == [None]
    assert (folder / WEIGHTS).read_bytes() == weights


def test_a_connection_broken_mid_file_resumes_inside_the_same_download(hub):
    weights = (hub.folder / WEIGHTS).read_bytes()
    hub.break_after[WEIGHTS] = 300_000
    folder = dl.download(HUB_ID)
    ranges = hub.file_requests(WEIGHTS)
    assert ranges[0] is None and len(ranges) == 2
    assert ranges[1].startswith("bytes=") and int(ranges[1][6:-1]) > 0
    assert (folder / WEIGHTS).read_bytes() == weights


def test_cancel_keeps_the_partial_file_and_the_next_download_resumes(hub):
    weights = (hub.folder / WEIGHTS).read_bytes()
    hub.delay = 0.05
    state = TaskState()

    def watch(progress) -> None:
        if progress.done > 200_000 and "model.safetensors" in state.status:
            state.cancel()

    state._on_progress = watch
    with pytest.raises(Cancelled):
        dl.download(HUB_ID, state=state)
    final = dl.model_folder(HUB_ID)
    partial = final.with_name(final.name + ".partial") / (WEIGHTS + ".incomplete")
    kept = partial.read_bytes()
    assert 0 < len(kept) < len(weights) and weights.startswith(kept)
    assert not final.exists()
    with pytest.raises(ModelError, match="not on this computer"):
        resolve_model(DEFAULT_MODEL)  # half a model is never taken for one
    hub.delay = 0
    folder = dl.download(HUB_ID)
    assert hub.file_requests(WEIGHTS)[-1] == f"bytes={len(kept)}-"
    assert (folder / WEIGHTS).read_bytes() == weights


def test_not_enough_disk_space_stops_before_any_file_is_fetched(hub):
    hub.sizes[WEIGHTS] = 10**16  # 10 PB: no disk here has that
    with pytest.raises(ModelError) as info:
        dl.download(HUB_ID)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"not enough disk space to download {HUB_ID}: it needs 1e+07 GB more")
    assert "WORKBENCH_CACHE_DIR" in message
    assert hub.requests == []


def test_no_network_is_one_line_saying_what_to_do_instead(monkeypatch, tmp_path):
    point_hub_at(monkeypatch, "http://127.0.0.1:9", tmp_path / "hub")  # nothing listens
    with pytest.raises(ModelError) as info:
        dl.download(HUB_ID)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"cannot download {HUB_ID}: 127.0.0.1:9 cannot be reached")
    assert "Use a model folder" in message and "--model FOLDER" in message


def test_download_in_a_thread_can_be_cancelled_from_another(hub):
    hub.delay = 0.05
    state = TaskState()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            dl.download(HUB_ID, state=state)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    while state.done < 100_000 and thread.is_alive():
        thread.join(0.02)
    state.cancel()
    thread.join(30)
    assert not thread.is_alive() and isinstance(errors[0], Cancelled)


# --------------------------------------------------------------------------- folders


def write_config(folder, **config) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(config))


def test_model_folder_check_names_each_problem_in_one_line(tmp_path, tiny_model_dir):
    check_model_folder(tiny_model_dir)  # the real tiny NLLB model passes
    cases = {
        "empty": "has no config.json",
        "nested": "the folder inner inside it has one",
        "bert": "holds a bert model, not NLLB-200 (m2m_100)",
        "ct2": "holds a CTranslate2 conversion",
        "broken": "config.json cannot be read",
        "noweights": "has no weights",
        "notokenizer": "has no tokenizer",
    }
    (tmp_path / "empty").mkdir()
    write_config(tmp_path / "nested" / "inner", model_type="m2m_100")
    write_config(tmp_path / "bert", model_type="bert")
    (tmp_path / "bert" / "model.safetensors").write_bytes(b"0")
    write_config(tmp_path / "ct2", add_source_bos=False)
    (tmp_path / "ct2" / "model.bin").write_bytes(b"0")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "config.json").write_text("{not json")
    write_config(tmp_path / "noweights", model_type="m2m_100")
    (tmp_path / "noweights" / "tokenizer.json").write_text("{}")
    write_config(tmp_path / "notokenizer", model_type="m2m_100")
    (tmp_path / "notokenizer" / "model.safetensors").write_bytes(b"0")
    for name, expected in cases.items():
        with pytest.raises(ModelError) as info:
            check_model_folder(tmp_path / name)
        assert expected in str(info.value) and "\n" not in str(info.value), name
        with pytest.raises(ModelError, match=expected.split(" (")[0]):
            resolve_model(str(tmp_path / name))  # --model FOLDER: the same rule


# --------------------------------------------------------------------------- on this computer


def test_installed_lists_sizes_licence_and_converted_copies_and_deletes(hub, tiny_model_dir):
    from workbench.mt.convert import convert_model
    from workbench.mt.installed import DOWNLOADED, FOLDER, delete_model, installed_models

    folder = dl.download(HUB_ID)
    resolved = resolve_model(DEFAULT_MODEL)
    copy = convert_model(resolved.path, resolved.model_id, resolved.revision, "int8")
    models = installed_models(str(tiny_model_dir))
    mine = next(m for m in models if m.where == DOWNLOADED)
    assert mine.name == DEFAULT_MODEL and mine.licence == "CC-BY-NC-4.0"
    assert mine.size == sum(p.stat().st_size for p in folder.iterdir())
    assert [c.path for c in mine.copies] == [copy]
    assert mine.copies[0].size > 100_000 and mine.copies[0].quantization == "int8"
    own = next(m for m in models if m.where == FOLDER)
    assert own.path == tiny_model_dir and not own.deletable
    with pytest.raises(ModelError, match="your own model folder"):
        delete_model(own)
    freed = delete_model(mine)
    assert freed == mine.size + mine.copies[0].size
    assert not folder.exists() and not copy.exists()
    assert tiny_model_dir.is_dir()
    with pytest.raises(ModelError, match="not on this computer"):
        resolve_model(DEFAULT_MODEL)


def test_cli_models_download_list_delete_through_hf_endpoint(hub, tmp_path):
    env = {"HF_HUB_OFFLINE": "0", "HF_ENDPOINT": hub.url, "HF_HUB_CACHE": str(tmp_path / "hc")}
    got = run_cli("models", "download", DEFAULT_MODEL, env=env, text=True)
    assert got.returncode == 0, got.stderr
    assert got.stdout.strip() == str(dl.model_folder(HUB_ID))
    assert "CC-BY-NC-4.0" in got.stderr and "downloaded" in got.stderr
    listed = run_cli("models", "list", env=env, text=True)
    assert listed.returncode == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if line.startswith("*" + DEFAULT_MODEL))
    assert " yes " in row
    assert "On this computer:" in listed.stdout and str(dl.model_folder(HUB_ID)) in listed.stdout
    gone = run_cli("models", "delete", DEFAULT_MODEL, env=env, text=True)
    assert gone.returncode == 0, gone.stderr
    assert "deleted" in gone.stdout and not dl.model_folder(HUB_ID).exists()
    again = run_cli("models", "delete", DEFAULT_MODEL, env=env, text=True)
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "not on this computer" in again.stderr and "Traceback" not in again.stderr


def test_cli_download_without_network_is_one_line(tmp_path):
    env = {"HF_HUB_OFFLINE": "0", "HF_ENDPOINT": "http://127.0.0.1:9"}
    got = run_cli("models", "download", DEFAULT_MODEL, env=env, text=True)
    assert got.returncode != 0 and "Traceback" not in got.stderr
    last = got.stderr.strip().splitlines()[-1]
    assert "127.0.0.1:9 cannot be reached" in last and "--model FOLDER" in last
