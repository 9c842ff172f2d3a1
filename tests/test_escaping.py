"""Nothing a project or a batch folder says makes the workbench write outside the folder
the user chose."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.export_guard import RECORD
from workbench.core.safe_names import safe_file_name, unique_file_names
from workbench.core.store import Project

# ------------------------------------------------------------------ stored document names


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("news.txt", "news.txt"),
        ("../../x.txt", "x.txt"),
        ("/tmp/x.txt", "x.txt"),
        ("C:\\Users\\x.docx", "x.docx"),
        ("..", "document.txt"),
        ("a/..", "document.txt"),
        ("", "document.txt"),
        ("x.txt/", "document.txt"),
        ("sub/../../.txt", ".txt.txt"),
        ("new\x00s.txt", "new_s.txt"),
        ("CON.txt", "_CON.txt"),
        ("notes. ", "notes.txt"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert safe_file_name(name, ".txt") == safe


def test_unique_file_names_ignore_case() -> None:
    names = ["x.txt", "/a/X.txt", "../x.txt", "y"]
    assert unique_file_names((n, ".md") for n in names) == [
        "x.txt",
        "X (2).txt",
        "x (3).txt",
        "y.md",
    ]


def _tampered_project(tmp_path: Path, names: list[str]) -> Path:
    """A real project whose documents were renamed afterwards with a plain SQLite tool."""
    path = tmp_path / "shared.wbproj"
    with Project.create(path, "ky", "en"):
        pass
    for i, _ in enumerate(names):
        source = tmp_path / f"doc{i}.txt"
        source.write_text(f"Бул {i}-документ.\n", encoding="utf-8")
        assert main(["project", "add", str(path), str(source)]) == 0
        source.unlink()
    conn = sqlite3.connect(path)
    with conn:
        for i, name in enumerate(names):
            conn.execute("UPDATE documents SET name = ? WHERE name = ?", (name, f"doc{i}.txt"))
    conn.close()
    return path


def test_export_of_a_tampered_project_stays_inside_the_folder(tmp_path, capsys) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "deep" / "er" / "out"
    names = [
        "../../x.txt",
        str(outside / "abs.txt"),
        "x.txt",
        "..\\..\\win.txt",
        "..",
        "../.workbench-export.json",  # the name of the export's own record
    ]
    project = _tampered_project(tmp_path, names)
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    code = main(["project", "export", str(project), str(out)])
    assert not list(outside.iterdir())
    assert not (tmp_path / "deep" / "x.txt").exists()  # out/../../x.txt
    assert code == 0
    printed = capsys.readouterr().out
    written = sorted(
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and p not in before and not p.name.startswith(project.name)
    )
    written.remove(out / RECORD)
    assert written == sorted(
        out / n
        for n in [
            "x.txt",
            "abs.txt",
            "x (2).txt",
            "win.txt",
            "document.txt",
            ".workbench-export (2).json",
        ]
    )
    assert "wrote 6 documents" in printed
    assert "the project names a document '../../x.txt', written as x.txt" in printed
    assert (out / "x (2).txt").read_text(encoding="utf-8") == "Бул 2-документ.\n"


def test_export_of_a_document_with_an_unknown_stored_format_is_one_line(tmp_path, capsys):
    project = _tampered_project(tmp_path, ["news.txt"])
    conn = sqlite3.connect(project)
    with conn:
        conn.execute("UPDATE documents SET format = 'exe'")
    conn.close()
    assert main(["project", "export", str(project), str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"workbench: error: {project}: document 'news.txt' has the unknown format 'exe'; "
        "the project may have been changed by another program\n"
    )
    assert not (tmp_path / "out" / "news.txt").exists()
