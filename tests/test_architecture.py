"""Layer contracts: data flows one way, and nothing heavy is imported until it is needed.

    core  <-  mt  <-  app  <-  gui, cli

core imports nothing from mt, app, gui or cli; mt nothing from app, gui or cli; app
nothing from gui or cli; only gui imports PySide6. The check walks every module's
syntax tree, so an import hidden inside a function (or under TYPE_CHECKING) counts
as much as one at the top.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import workbench

ROOT = Path(workbench.__file__).parent
LAYERS = ("core", "mt", "app", "gui", "cli")
# What each layer must not import (workbench sub-packages and third-party top-level names).
FORBIDDEN: dict[str, set[str]] = {
    "core": {"workbench.mt", "workbench.app", "workbench.gui", "workbench.cli", "PySide6"},
    "mt": {"workbench.app", "workbench.gui", "workbench.cli", "PySide6"},
    "app": {"workbench.gui", "workbench.cli", "PySide6"},
    "cli": {"PySide6"},
    "gui": {"workbench.cli"},
}


def imported_names(source: str, module: str) -> list[tuple[int, list[str]]]:
    """For each import statement anywhere in `source`: its line and the module names
    it may bring in (relative imports resolved against `module`, the file's dotted
    name; `from workbench import gui` may bring in workbench.gui)."""
    found: list[tuple[int, list[str]]] = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, [alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.append((node.lineno, [base, *(f"{base}.{a.name}" for a in node.names)]))
    return found


def violations(root: Path = ROOT, package: str = "workbench") -> list[str]:
    broken = []
    for layer, banned in FORBIDDEN.items():
        for path in sorted((root / layer).rglob("*.py")):
            rel = path.relative_to(root).with_suffix("")
            module = ".".join([package, *rel.parts])
            for line, names in imported_names(path.read_text(encoding="utf-8"), module):
                for name in names:
                    if package != "workbench" and name.startswith(package + "."):
                        name = "workbench" + name[len(package) :]
                    if any(name == bad or name.startswith(bad + ".") for bad in banned):
                        broken.append(f"{path.relative_to(root)}:{line} imports {name}")
                        break
    return sorted(set(broken))


def test_layers_import_only_downwards():
    assert violations() == []


def test_every_layer_is_covered():
    packages = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()}
    assert packages == set(LAYERS)


def test_the_contract_sees_forbidden_imports_inside_functions(tmp_path):
    # A copy of the layout with one forbidden import hidden in a function body, one
    # relative one and one at the top: the checker must name all three.
    pkg = tmp_path / "fakebench"
    for layer in LAYERS:
        (pkg / layer).mkdir(parents=True)
        (pkg / layer / "__init__.py").write_text("")
    (pkg / "core" / "store.py").write_text(
        "from fakebench.core.errors import X\n"
        "def f():\n    from fakebench.mt.engine import Engine\n    return Engine\n"
    )
    (pkg / "mt" / "engine.py").write_text("from ..app import batch\n")
    (pkg / "app" / "batch.py").write_text("import PySide6.QtCore\n")
    found = violations(pkg, "fakebench")
    assert found == [
        "app/batch.py:1 imports PySide6.QtCore",
        "core/store.py:3 imports workbench.mt.engine",
        "mt/engine.py:1 imports workbench.app",
    ]


CHECK = """
import importlib, pkgutil, sys
import workbench.core, workbench.mt, workbench.app, workbench.cli
names = []
for pkg in (workbench.core, workbench.mt, workbench.app, workbench.cli):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
HEAVY = ("PySide6", "torch", "transformers", "ctranslate2", "ray")  # ray: the cluster extra
heavy = sorted(m for m in HEAVY if m in sys.modules)
print(len(names), heavy)
assert not heavy, f"imported at module level: {heavy}"
"""


def test_core_mt_app_and_cli_import_no_qt_and_no_torch():
    proc = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    count = int(proc.stdout.split()[0])
    assert count >= 10
