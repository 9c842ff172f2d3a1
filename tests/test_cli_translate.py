"""`workbench translate` and `workbench models` as a user runs them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.fixtures.make_tiny_model import corpus

ROOT = Path(__file__).resolve().parent.parent
KY = [s for s in corpus() if any(ch in "өүң" for ch in s)]
RU = [s for s in corpus() if s.startswith("В ")]


def test_translate_a_file(tiny_model_dir, tmp_path):
    text = f"{KY[0]} {KY[1]}\n{KY[2]}\n\n\n  {KY[3]}\n"
    src = tmp_path / "news.txt"
    src.write_text(text, encoding="utf-8")
    done = run_cli(
        "translate",
        "--to",
        "ru",
        "--from",
        "ky",
        "--model",
        str(tiny_model_dir),
        "--engine",
        "transformers",
        "--device",
        "cpu",
        str(src),
    )
    assert done.returncode == 0, done.stderr.decode()
    # The copying model gives the text back: same paragraphs, same layout.
    assert done.stdout.decode("utf-8") == text
    stderr = done.stderr.decode()
    assert "CC-BY-NC-4.0" in stderr and "2/2" in stderr


def test_translate_stdin_in_cp1251_with_flag_summary(tiny_model_dir):
    text = f"{RU[4]}\n\n{RU[5]}\n"
    done = run_cli(
        "translate",
        "--to",
        "en",
        "--from",
        "ru",
        "--model",
        str(tiny_model_dir),
        "--engine",
        "transformers",
        stdin=text.encode("cp1251"),
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8") == text
    # Cyrillic output for an English target is flagged on stderr.
    assert "flags: 2 output in the wrong script" in done.stderr.decode()


def test_second_run_uses_the_cache(tiny_model_dir, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(KY[6], encoding="utf-8")
    args = (
        "translate",
        "--to",
        "ru",
        "--from",
        "ky",
        "--model",
        str(tiny_model_dir),
        "--engine",
        "transformers",
        str(src),
    )
    first = run_cli(*args)
    assert first.returncode == 0
    cache = Path(os.environ["WORKBENCH_CACHE_DIR"]) / "mt-cache.sqlite3"
    assert cache.is_file()
    import sqlite3

    with sqlite3.connect(cache) as db:
        rows = db.execute("SELECT source, text FROM mt").fetchall()
    assert rows == [(KY[6], KY[6])]


@pytest.mark.parametrize(
    "model", ["nllb-200-distilled-600M", "facebook/nllb-200-3.3B", "nobody/missing-model"]
)
def test_missing_model_is_one_line_and_exit_1(model, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(KY[0], encoding="utf-8")
    done = run_cli(
        "translate",
        "--to",
        "en",
        "--from",
        "ky",
        "--model",
        model,
        str(src),
        env={"HF_HUB_CACHE": str(tmp_path / "hub")},
    )
    assert done.returncode == 1
    assert done.stdout == b""
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("workbench: error: model ")
    assert "workbench models download" in lines[0] and "Traceback" not in lines[0]


def test_missing_model_from_environment(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(KY[0], encoding="utf-8")
    done = run_cli(
        "translate",
        "--to",
        "en",
        "--from",
        "ky",
        str(src),
        env={"WORKBENCH_MODEL": str(tmp_path / "nope")},
    )
    assert done.returncode == 1
    assert str(tmp_path / "nope") in done.stderr.decode()


def test_missing_input_file(tiny_model_dir, tmp_path):
    done = run_cli(
        "translate",
        "--to",
        "en",
        "--from",
        "ky",
        "--model",
        str(tiny_model_dir),
        str(tmp_path / "none.txt"),
    )
    assert done.returncode == 1
    assert done.stderr.decode().strip().splitlines() == [
        f"workbench: error: {tmp_path / 'none.txt'}: no such file"
    ]


def test_models_list_and_download_offline(tmp_path):
    env = {"HF_HUB_CACHE": str(tmp_path / "hub")}
    listed = run_cli("models", "list", env=env)
    assert listed.returncode == 0
    out = listed.stdout.decode()
    for name in (
        "nllb-200-distilled-600M",
        "nllb-200-distilled-1.3B",
        "nllb-200-1.3B",
        "nllb-200-3.3B",
    ):
        assert name in out
    assert "CC-BY-NC-4.0" in out
    download = run_cli("models", "download", "nllb-200-distilled-600M", env=env)
    assert download.returncode == 1
    assert "HF_HUB_OFFLINE" in download.stderr.decode().splitlines()[-1]


def test_auto_source_language_passes_target_language_paragraphs_through(tiny_model_dir, tmp_path):
    en = [s for s in corpus() if s.startswith("In ")][0]
    src = tmp_path / "mixed.txt"
    src.write_text(f"{KY[7]}\n\n{en}\n", encoding="utf-8")
    done = run_cli(
        "translate", "--to", "en", "--model", str(tiny_model_dir), "--engine", "transformers",
        str(src),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode() == f"{KY[7]}\n\n{en}\n"
    # Only the Kyrgyz paragraph went through the (copying) model and got flagged.
    assert "flags: 1 output in the wrong script" in done.stderr.decode()


def test_progress_lines_when_stderr_is_not_a_terminal():
    import io

    from workbench.cli.translate_cmd import ProgressPrinter
    from workbench.core.task import TaskState

    stream = io.StringIO()
    printer = ProgressPrinter(stream, every=3600)
    state = TaskState(on_progress=printer)
    state.set_status("loading model")
    state.set_progress(0, 3)
    state.set_status("translating")
    state.advance()
    state.advance()  # not printed: no new status, not the end, too soon
    state.advance()
    printer.finish()
    assert stream.getvalue().splitlines() == [
        "loading model",
        "translating (0/3)",
        "translating (3/3)",
    ]
