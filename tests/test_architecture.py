"""The core knows nothing of Qt, and nothing heavy is imported until it is needed."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import workbench.core, workbench.mt, workbench.cli
names = []
for pkg in (workbench.core, workbench.mt, workbench.cli):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
heavy = sorted(m for m in ("PySide6", "torch", "transformers", "ctranslate2") if m in sys.modules)
print(len(names), heavy)
assert not heavy, f"imported at module level: {heavy}"
"""


def test_core_mt_and_cli_import_no_qt_and_no_torch():
    proc = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    count = int(proc.stdout.split()[0])
    assert count >= 10


def test_core_never_imports_the_gui():
    from pathlib import Path

    import workbench

    root = Path(workbench.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for area in ("core", "mt")
        for path in (root / area).rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
        or "workbench.gui" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
