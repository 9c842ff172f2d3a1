"""`workbench complete` as a user runs it, on the tiny copy model (ky->ru copies)."""

from __future__ import annotations

import json

import pytest

from tests.test_cli_translate import run_cli
from workbench.cli import main

SENTENCE = "Бишкек шаарында жаңы мектеп ачылды."


def test_prints_the_full_target_then_alternatives(tiny_model_dir):
    done = run_cli(
        "complete", "--from", "ky", "--to", "ru", "--model", str(tiny_model_dir),
        "--prefix", "Бишкек шаа", SENTENCE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines[0] == SENTENCE
    assert 1 <= len(lines[1:]) <= 3
    assert all(line.startswith("Бишкек шаа") and line != SENTENCE for line in lines[1:])
    assert "CC-BY-NC-4.0" in done.stderr.decode()


def test_json_with_transformers_and_the_source_on_stdin(tiny_model_dir):
    done = run_cli(
        "complete", "--from", "ky", "--to", "ru", "--model", str(tiny_model_dir),
        "--engine", "transformers", "--prefix", "Бишкек ", "--alternatives", "1", "--json",
        stdin=(SENTENCE + "\n").encode("utf-8"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    data = json.loads(done.stdout.decode("utf-8"))
    assert data["target"] == SENTENCE
    assert len(data["alternatives"]) == 1 and data["alternatives"][0].startswith("Бишкек ")


def test_a_short_limit_stops_at_a_whole_word(tiny_model_dir):
    done = run_cli(
        "complete", "--from", "ky", "--to", "ru", "--model", str(tiny_model_dir),
        "--alternatives", "0", "--max-new-tokens", "3", SENTENCE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    (line,) = done.stdout.decode("utf-8").splitlines()
    assert line and SENTENCE.startswith(line + " ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "ky", "--to", "ky", "x"], "--from and --to are both ky"),
        (["--from", "ky", "--to", "ru", "--alternatives", "11", "x"], "--alternatives 11"),
        (["--from", "ky", "--to", "ru", "--max-new-tokens", "0", "x"], "--max-new-tokens 0"),
        (["--from", "ky", "--to", "ru", "  "], "nothing to complete"),
        (["--from", "xx", "--to", "ru", "x"], "xx"),
    ],
)
def test_bad_input_is_one_line(args, message, capsys):
    assert main(["complete", *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: error:") and message in err
    assert len(err.strip().splitlines()) == 1


def test_missing_model_is_one_line(tmp_path, capsys):
    missing = tmp_path / "no-model"
    assert main(["complete", "--from", "ky", "--to", "ru", "--model", str(missing), "x"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("workbench: error:") and "Traceback" not in err[0]
