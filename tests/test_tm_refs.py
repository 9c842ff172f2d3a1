"""Reference memories (core/tm_refs.py, app/tm_refs.py, `workbench tm attach|detach|list|
stats`): real projects, real TMX files, the real CLI."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import new_project, older_project, run_cli
from workbench.app import tm_refs as refs_app
from workbench.app.concordance import concordance
from workbench.cli import main
from workbench.core import tm, tm_refs, tmx_read
from workbench.core.store import SCHEMA_VERSION, Project

SOURCE = "Бишкекте жаңы мектеп ачылды."
FIXTURES = Path(__file__).parent / "fixtures" / "tmx"
LANGUAGE_PAIR = [("source_lang", "ky"), ("target_lang", "en")]


def tmx_text(*pairs: tuple[str, str]) -> str:
    units = "".join(
        f'<tu><tuv xml:lang="ky-KG"><seg>{ky}</seg></tuv>'
        f'<tuv xml:lang="en-US"><seg>{en}</seg></tuv></tu>\n'
        for ky, en in pairs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ky-KG" '
        f'datatype="plaintext"/>\n<body>\n{units}</body></tmx>\n'
    )


def write_tmx(path: Path, *pairs: tuple[str, str]) -> Path:
    path.write_text(tmx_text(*pairs), encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project_path(tmp_path) -> Path:
    path = tmp_path / "p.wbproj"
    with new_project(path, [[SOURCE, "Бүгүн аба ырайы жакшы болот."]]) as project:
        with project.transaction():
            # the project's own memory: a close (not exact) match
            tm.store_unit(
                project,
                "ky",
                "en",
                "Бишкекте жаңы мектеп ачылат.",
                "A new school will open in Bishkek.",
                origin=tm.ORIGIN_PROJECT,
            )
    return path


def own_score(project_path: Path) -> float:
    with Project.open(project_path, read_only=True) as project:
        (m,) = tm.lookup(project, SOURCE, references=False)
    return m.score


def test_attach_tmx_matches_carry_name_and_penalty_ranked_with_the_own_memory(
    project_path, tmp_path, capsys
):
    ref = write_tmx(tmp_path / "akipress.tmx", (SOURCE, "A new school opened in Bishkek."))
    before = digest(ref), ref.stat().st_mtime_ns
    assert main(["tm", "attach", str(project_path), str(ref), "--name", "Akipress",
                 "--penalty", "5"]) == 0  # fmt: skip
    assert "attached" in capsys.readouterr().out

    assert main(["tm", "lookup", str(project_path), SOURCE, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    # the reference's 100% match loses 5 points and still beats the own ~93% one
    own = own_score(project_path)
    assert 90 < own < 95
    assert [(m["memory"], m["score"], m["penalty"]) for m in found] == [
        ("Akipress", 95.0, 5.0),
        ("", own, 0.0),
    ]
    assert found[0]["target"] == "A new school opened in Bishkek."

    # with a penalty that takes it below the own match, it ranks below
    assert main(["tm", "penalty", str(project_path), "Akipress", "10"]) == 0
    assert "'Akipress' now loses 10 points" in capsys.readouterr().out
    assert main(["tm", "lookup", str(project_path), SOURCE]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{own:5.1f}%  [project]")
    assert out[2] == f" 90.0%  [Akipress, -10]  {SOURCE}"
    assert (digest(ref), ref.stat().st_mtime_ns) == before  # never written to


def test_an_equal_score_ranks_the_own_memory_first(tmp_path):
    other = tmp_path / "team.wbproj"
    with Project.create(other, "ky", "en") as team, team.transaction():
        # confirmed there (which alone would rank before an imported unit)
        tm.store_unit(team, "ky", "en", SOURCE, "Theirs.", origin=tm.ORIGIN_PROJECT)
    with new_project(tmp_path / "p.wbproj", [[SOURCE]]) as project:
        with project.transaction():
            tm.store_unit(project, "ky", "en", SOURCE, "Own.", origin=tm.ORIGIN_TMX)
        refs_app.attach(project, other, "R", 0)
        found = tm.lookup(project, SOURCE)
        assert [(m.target, m.memory, m.score) for m in found] == [
            ("Own.", "", 100.0),
            ("Theirs.", "R", 100.0),
        ]


def test_another_project_as_reference_is_read_live_and_never_written(
    project_path, tmp_path, capsys
):
    other = tmp_path / "team.wbproj"
    with Project.create(other, "ky", "en") as team:
        with team.transaction():
            tm.store_unit(team, "ky", "en", SOURCE, "Team: school opened.", origin="project")
    before = digest(other)
    assert main(["tm", "attach", str(project_path), str(other), "--penalty", "2"]) == 0
    capsys.readouterr()
    with Project.open(project_path) as project:
        (first, *_) = tm.lookup(project, SOURCE)
        assert (first.memory, first.score, first.target) == ("team", 98.0, "Team: school opened.")
        # not written (SQLite's reader may leave an empty -wal beside a WAL project)
        wal = Path(f"{other}-wal")
        assert digest(other) == before and (not wal.exists() or wal.stat().st_size == 0)
        # read live: a unit the team adds later is found by the open project
        with Project.open(other) as team, team.transaction():
            tm.store_unit(team, "ky", "en", "Бүгүн аба ырайы жакшы болот.", "Fine today.",
                          origin="project")  # fmt: skip
        found = tm.lookup(project, "Бүгүн аба ырайы жакшы болот.")
        assert [(m.memory, m.target) for m in found] == [("team", "Fine today.")]


def test_attach_refuses_bad_files_in_one_line_and_records_nothing(project_path, tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu>", encoding="utf-8")
    older = older_project(tmp_path / "old.wbproj", SCHEMA_VERSION - 1)
    older_bytes = digest(older)
    cases = [
        (bad, "is not a valid TMX file"),
        (tmp_path / "none.tmx", "no such file"),
        (project_path, "is this project itself"),
        (older, "written by an older workbench"),
        (tmp_path, "is a folder"),
    ]
    for path, says in cases:
        proc = run_cli("tm", "attach", str(project_path), str(path), text=True)
        assert proc.returncode == 1, proc.stderr
        errors = [line for line in proc.stderr.splitlines() if line.startswith("workbench:")]
        assert len(errors) == 1 and says in errors[0] and "Traceback" not in proc.stderr
    proc = run_cli("tm", "attach", str(project_path), str(bad), "--penalty", "120", text=True)
    assert proc.returncode == 1 and "a penalty is 0 to 100 points" in proc.stderr
    assert digest(older) == older_bytes  # looked at, never upgraded
    with Project.open(project_path, read_only=True) as project:
        assert tm_refs.references(project) == []


def test_missing_or_damaged_reference_is_one_line_and_the_rest_works(project_path, tmp_path):
    ref = write_tmx(tmp_path / "a.tmx", (SOURCE, "From A."))
    other = tmp_path / "team.wbproj"
    with Project.create(other, "ky", "en") as team, team.transaction():
        for n in range(400):  # enough pages to damage some
            tm.store_unit(team, "ky", "en", f"Сүйлөм {n} {'ж' * 200}.", f"S {n}.", origin="tmx")
    assert main(["tm", "attach", str(project_path), str(ref), "--name", "A"]) == 0
    assert main(["tm", "attach", str(project_path), str(other), "--name", "Team"]) == 0
    ref.unlink()
    data = bytearray(other.read_bytes())
    data[8192:] = b"\x55" * (len(data) - 8192)
    other.write_bytes(bytes(data))

    proc = run_cli("tm", "lookup", str(project_path), SOURCE, text=True)
    assert proc.returncode == 0
    warnings = proc.stderr.splitlines()
    assert len(warnings) == 2, proc.stderr
    assert "reference memory 'A' left out" in warnings[0] and "a.tmx is missing" in warnings[0]
    assert "reference memory 'Team' left out" in warnings[1] and "is damaged" in warnings[1]
    assert "A new school will open in Bishkek." in proc.stdout  # the own memory still

    proc = run_cli("tm", "list", str(project_path), "--json", text=True)
    listed = json.loads(proc.stdout)
    assert [(r["name"], r["usable"]) for r in listed] == [("A", False), ("Team", False)]
    # the project itself opens and works
    assert run_cli("project", "show", str(project_path), text=True).returncode == 0


def test_a_reference_damaged_while_open_is_left_out_with_its_reason(project_path, tmp_path):
    other = tmp_path / "team.wbproj"
    with Project.create(other, "ky", "en") as team, team.transaction():
        for n in range(2000):
            tm.store_unit(team, "ky", "en", f"Сүйлөм {n} {'ж' * 100}.", f"S {n}.", origin="tmx")
        tm.store_unit(team, "ky", "en", SOURCE, "Team.", origin="project")
    with Project.open(project_path) as project:
        refs_app.attach(project, other, "Team", 0)
        assert [m.memory for m in tm.lookup(project, SOURCE)] == ["Team", ""]
        # its pages go bad on disk while it is open; the header stays, so SQLite would
        # keep its page cache: dropping that cache makes the next lookup read the disk
        data = bytearray(other.read_bytes())
        data[4096:] = b"\x55" * (len(data) - 4096)
        other.write_bytes(bytes(data))
        ((_ref, memory),) = tm_refs.usable(project)
        memory.connection.execute("PRAGMA shrink_memory")
        assert [m.memory for m in tm.lookup(project, SOURCE)] == [""]
        assert tm_refs.usable(project) == []
        (problem,) = tm_refs.problems(project)
        assert "'Team' left out" in problem and "could not be read" in problem


def test_a_tmx_is_indexed_once_and_again_only_when_it_changes(project_path, tmp_path, monkeypatch):
    ref = write_tmx(tmp_path / "r.tmx", (SOURCE, "First."))
    with Project.open(project_path) as project:
        refs_app.attach(project, ref, "R", 0)
    reads: list[Path] = []
    real_iter = tmx_read.TmxReader.__iter__

    def counting_iter(self):
        reads.append(self.path)
        return real_iter(self)

    monkeypatch.setattr(tmx_read.TmxReader, "__iter__", counting_iter)
    for _ in range(2):  # new opens, new lookups: the index is read, not the TMX
        with Project.open(project_path, read_only=True) as project:
            assert refs_app.index_changed(project) == []
            assert tm.lookup(project, SOURCE)[0].target == "First."
    assert reads == []

    write_tmx(ref, (SOURCE, "Second."), ("Бүгүн аба ырайы жакшы болот.", "Fine."))
    with Project.open(project_path, read_only=True) as project:
        # changed since indexed: left out (never a stale answer) until indexed again
        assert tm.lookup(project, SOURCE)[0].memory == ""
        assert "not indexed yet" in tm_refs.problems(project)[0]
        assert refs_app.index_changed(project) == []
        assert tm.lookup(project, SOURCE)[0].target == "Second."
    assert reads == [ref]
    # another project attaching the same file uses the index already built
    with new_project(tmp_path / "q.wbproj", [[SOURCE]]) as second:
        refs_app.attach(second, ref, "Same", 1)
        assert tm.lookup(second, SOURCE)[0].target == "Second."
    assert reads == [ref]
    # the index of the earlier version is gone, the current one stays
    assert len(list(tm_refs.index_folder().glob("*.wbproj"))) == 1


def test_concordance_shows_the_reference_name_and_penalty(project_path, tmp_path):
    ref = write_tmx(tmp_path / "r.tmx", ("Жаңы мектеп курулду.", "A new school was built."))
    with Project.open(project_path) as project:
        refs_app.attach(project, ref, "Archive", 7)
        hits = concordance(project, "мектеп")
        by_memory = {h.memory: h for h in hits}
        assert set(by_memory) == {"", "Archive"}
        own_like = concordance(project, "мектеп")  # same again: the order is stable
        assert [h.unit_id for h in own_like] == [h.unit_id for h in hits]
        # the same relevance as in the own memory, less the penalty
        with Project.create(tmp_path / "plain.wbproj", "ky", "en") as plain:
            with plain.transaction():
                tm.store_unit(plain, "ky", "en", "Жаңы мектеп курулду.", "x", origin="tmx")
            (unpenalised,) = concordance(plain, "мектеп")
        assert by_memory["Archive"].score == unpenalised.score - 7


def test_tm_stats_and_list_json_per_reference(project_path, tmp_path):
    multi = FIXTURES / "multilingual.tmx"
    assert main(["tm", "attach", str(project_path), str(multi), "--name", "Multi",
                 "--penalty", "3"]) == 0  # fmt: skip
    proc = run_cli("tm", "stats", str(project_path), "--json", text=True)
    data = json.loads(proc.stdout)
    assert data["units"] == 1 and data["languages"] == ["en", "ky"]
    (ref,) = data["references"]
    assert ref["name"] == "Multi" and ref["penalty"] == 3 and ref["usable"] is True
    assert ref["units"] == 8 and set(ref["languages"]) == {"en", "ky", "ru"}
    proc = run_cli("tm", "stats", str(project_path), text=True)
    assert "reference memory 'Multi' (penalty 3" in proc.stdout
    assert "ky-KG -> en-US: 1 units" in proc.stdout


def test_detach_keeps_the_file_and_an_unknown_name_is_one_line(project_path, tmp_path):
    ref = write_tmx(tmp_path / "r.tmx", (SOURCE, "X."))
    assert main(["tm", "attach", str(project_path), str(ref)]) == 0
    proc = run_cli("tm", "detach", str(project_path), "nope", text=True)
    assert (
        proc.returncode == 1 and "no reference memory named 'nope' (attached: 'r')" in proc.stderr
    )
    assert run_cli("tm", "detach", str(project_path), "r", text=True).returncode == 0
    assert ref.exists()
    assert run_cli("tm", "list", str(project_path), text=True).stdout.startswith(
        "no reference memories"
    )


def test_an_older_project_gets_the_references_table_on_upgrade(tmp_path):
    path = older_project(tmp_path / "old.wbproj", SCHEMA_VERSION - 1)
    with Project.open(path) as project:
        assert tm_refs.references(project) == []
        assert project.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_keys_read_elsewhere_are_checked_before_use(tmp_path):
    """adopt: keys read on another connection (the editor's worker) serve the lookups
    once checked against the memory as it is now (a unit added since is found)."""
    from workbench.core import tm_index

    path = tmp_path / "team.wbproj"
    with Project.create(path, "ky", "en") as team, team.transaction():
        tm.store_unit(team, "ky", "en", SOURCE, "Before.", origin="project")
    keys = tm_refs.read_keys([path], [("ky", "en")])[str(path)][("ky", "en")]
    with Project.open(path) as team, team.transaction():
        tm.store_unit(team, "ky", "en", "Бүгүн аба ырайы жакшы болот.", "After.", origin="project")
    with Project.open(path, read_only=True) as memory:
        tm_index.adopt(memory, "ky", "en", keys)
        assert tm_index.pair_keys(memory, "ky", "en") is keys  # extended, not read again
        assert len(keys.ids) == 2
        found = tm.lookup(memory, "Бүгүн аба ырайы жакшы болот.", references=False)
        assert [m.target for m in found] == ["After."]
