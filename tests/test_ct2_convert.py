"""Converting the tiny NLLB model to CTranslate2: cached with its revision, progress, cancel."""

from __future__ import annotations

import json

import pytest

from workbench.core.errors import Cancelled, ModelError
from workbench.core.task import TaskState
from workbench.mt.convert import (
    MANIFEST,
    convert_model,
    converted_dir,
    find_converted,
    load_ct2_vocabulary,
    read_manifest,
    variant_dir,
)
from workbench.mt.shortlist import shortlist_tokens


@pytest.fixture(scope="module")
def converted(tiny_model_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("ct2-root")
    statuses: list[tuple[int, int, str]] = []
    state = TaskState(on_progress=lambda p: statuses.append((p.done, p.total, p.status)))
    path = convert_model(tiny_model_dir, "tiny-nllb", "rev-1", "int8", state, root)
    return root, path, statuses


def test_conversion_writes_a_complete_model_with_its_revision(converted, tiny_model_dir):
    root, path, _ = converted
    assert path == converted_dir("tiny-nllb", "rev-1", "int8", root)
    for name in ("model.bin", "config.json", "tokenizer.json", MANIFEST):
        assert (path / name).is_file(), name
    manifest = read_manifest(path)
    assert manifest["source_model_id"] == "tiny-nllb"
    assert manifest["source_revision"] == "rev-1"
    assert manifest["quantization"] == "int8"
    vocabulary = load_ct2_vocabulary(path)
    assert manifest["vocabulary_size"] == len(vocabulary)
    assert vocabulary[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert "kir_Cyrl" in vocabulary and "eng_Latn" in vocabulary
    assert not list(root.glob("*.partial-*"))  # the temporary folder is gone


def test_each_script_gets_a_model_folder_with_its_shortlist(converted):
    _, path, _ = converted
    vocabulary = load_ct2_vocabulary(path)
    for script in ("Cyrl", "Latn"):
        variant = variant_dir(path, script)
        assert (variant / "model.bin").stat().st_size == (path / "model.bin").stat().st_size
        first = (variant / "vmap.txt").read_text(encoding="utf-8").split("\n", 1)[0]
        always = first.split("\t")[1].split(" ")
        assert always == shortlist_tokens(vocabulary, script)
        assert read_manifest(path)["shortlist_sizes"][script] == len(always)


def test_conversion_reports_progress_to_the_end(converted):
    _, _, statuses = converted
    assert statuses, "no progress reported"
    done, total, status = statuses[-1]
    assert done == total > 1 and status == "Converted"
    assert any("Quantizing to int8" in s for _, _, s in statuses)
    assert [d for d, _, _ in statuses] == sorted(d for d, _, _ in statuses)


def test_a_second_call_reuses_the_conversion(converted, tiny_model_dir):
    root, path, _ = converted
    before = (path / "model.bin").stat().st_mtime_ns
    statuses: list[str] = []
    state = TaskState(on_progress=lambda p: statuses.append(p.status))
    again = convert_model(tiny_model_dir, "tiny-nllb", "rev-1", "int8", state, root)
    assert again == path
    assert (path / "model.bin").stat().st_mtime_ns == before
    assert statuses == []  # nothing was done
    assert find_converted("tiny-nllb", "rev-1", "int8", root) == path


def test_a_new_revision_is_converted_again(converted):
    root, path, _ = converted
    assert find_converted("tiny-nllb", "rev-2", "int8", root) is None
    assert converted_dir("tiny-nllb", "rev-2", "int8", root) != path
    assert converted_dir("tiny-nllb", "rev-1", "int8_float16", root) != path


def test_a_manifest_that_names_another_revision_is_not_trusted(converted, tmp_path):
    root, path, _ = converted
    manifest = read_manifest(path)
    fake = converted_dir("tiny-nllb", "rev-3", "int8", root)
    fake.mkdir()
    (fake / "model.bin").write_bytes(b"x")
    (fake / MANIFEST).write_text(json.dumps({**manifest, "source_revision": "rev-1"}))
    assert find_converted("tiny-nllb", "rev-3", "int8", root) is None


def test_cancelled_conversion_leaves_nothing_behind(tiny_model_dir, tmp_path):
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        convert_model(tiny_model_dir, "tiny-nllb", "rev-c", "int8", state, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_a_model_is_a_clear_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="no config.json"):
        convert_model(tmp_path / "empty", "x", "r", "int8", None, tmp_path / "root")


def test_an_unsupported_model_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "config.json").write_text('{"model_type": "no-such-architecture"}')
    with pytest.raises(ModelError, match="cannot convert to CTranslate2") as info:
        convert_model(bad, "bad", "r", "int8", None, tmp_path / "root")
    assert "\n" not in str(info.value)
    assert not any((tmp_path / "root").glob("*"))
