"""A command named in a message works as printed, also when `workbench` is not on PATH
(the README's set-up puts it in .venv/bin only)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core import commands

ENTRY = Path(sys.executable).parent / "workbench"  # what `pip install -e .` made


def _script(folder: Path) -> Path:
    folder.mkdir(parents=True)
    script = folder / "workbench"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    return script


def test_a_script_started_by_path_is_named_by_its_absolute_path(tmp_path, monkeypatch):
    script = _script(tmp_path / ".venv" / "bin")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [".venv/bin/workbench", "translate"])
    monkeypatch.setenv("PATH", str(tmp_path / "elsewhere"))
    assert commands.command("models", "list") == f"{script} models list"
    # On PATH (an activated venv, a pipx install) the short name works.
    monkeypatch.setenv("PATH", str(script.parent))
    assert commands.command("models", "list") == "workbench models list"


def test_otherwise_this_interpreter_runs_the_module(monkeypatch):
    monkeypatch.setattr(sys, "argv", [str(Path(commands.__file__).parents[1] / "__main__.py")])
    assert commands.command("qa", "P") == f"{sys.executable} -m workbench qa P"


@pytest.mark.skipif(not ENTRY.is_file(), reason="the package is not installed in this venv")
def test_the_missing_model_message_runs_as_printed_without_workbench_on_path(tmp_path):
    env = {
        **os.environ,
        "PATH": "/usr/bin:/bin",  # .venv/bin is not on it, as after the README's two commands
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_CACHE": str(tmp_path / "hub"),
    }
    env.pop("WORKBENCH_MODEL", None)
    proc = subprocess.run(
        [
            str(ENTRY),
            "translate",
            "--from",
            "ky",
            "--to",
            "en",
            "--model",
            "nllb-200-distilled-600M",
        ],
        input="Бишкекте жаңы мектеп ачылды.",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    printed = re.search(r"run `([^`]+)`", proc.stderr)
    assert printed, proc.stderr
    assert printed.group(1).endswith("models download nllb-200-distilled-600M")
    # Typed into a shell as printed (asking for its help, so nothing is downloaded).
    ran = subprocess.run(
        ["/bin/sh", "-c", printed.group(1) + " --help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stderr
    assert "download" in ran.stdout
