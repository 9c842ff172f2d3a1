"""The termbase: store tables, CSV/TSV and TBX files (untrusted), and `workbench terms ...`."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from tests.conftest import older_project
from workbench.cli import main
from workbench.core.errors import BadInput
from workbench.core.store import Project
from workbench.core.store_terms import add_term_entries, term_entries, update_term_entry
from workbench.core.tbx import build_tbx, read_tbx, validate_tbx, write_tbx
from workbench.core.termbase import Term, TermEntry
from workbench.core.termbase_csv import read_csv, write_csv

ENTRY = TermEntry(
    {
        "ky": (Term("Жогорку Кеңеш"),),
        "ru": (Term("Жогорку Кенеш"), Term("Верховный Совет", forbidden=True)),
        "en": (Term("Supreme Council", case_sensitive=True),),
    },
    note="the parliament",
    domain="law",
)
CSV = "\n".join(
    [
        "ky,ru,en,note",
        "Жогорку Кеңеш,Жогорку Кенеш,Supreme Council,parliament",
        "мектеп,школа,school,",
        "",
    ]
)


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.wbproj", "ky", "ru") as p:
        yield p


def _plain(entries):
    return [TermEntry(e.terms, e.note, e.domain) for e in entries]


def test_store_keeps_entries_skips_duplicates_and_updates(project):
    assert add_term_entries(project, [ENTRY, ENTRY]) == 1
    assert add_term_entries(project, [ENTRY]) == 0
    (stored,) = term_entries(project)
    assert _plain([stored]) == [ENTRY] and stored.id is not None
    changed = TermEntry({"ky": (Term("мектеп"),), "ru": (Term("школа"),)}, id=stored.id)
    update_term_entry(project, changed)
    assert _plain(term_entries(project)) == _plain([changed])


def test_an_older_project_gains_the_term_tables(tmp_path):
    path = older_project(tmp_path / "old.wbproj", 2, tgt="ru")  # as schema 2 made it
    with Project.open(path) as p:
        assert add_term_entries(p, [ENTRY]) == 1


def test_csv_header_names_the_languages(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(CSV, encoding="utf-8")
    entries = read_csv(path)
    assert [e.label("ky") for e in entries] == ["Жогорку Кеңеш", "мектеп"]
    assert entries[0].label("en") == "Supreme Council" and entries[0].note == "parliament"


def test_csv_and_tsv_round_trip_forbidden_case_and_synonyms(tmp_path):
    for name in ("t.csv", "t.tsv"):
        path = tmp_path / name
        write_csv(path, [ENTRY], ["ky", "ru", "en"])
        assert _plain(read_csv(path)) == [ENTRY], path.read_text(encoding="utf-8")
    assert "\t" in (tmp_path / "t.tsv").read_text(encoding="utf-8").splitlines()[0]


def test_csv_forbidden_column_and_other_language_names(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "Kyrgyz;ru-RU;note;forbidden;case\nКыргызстан;Киргизия;old name;ru;\nБУУ;ООН;;;yes\n",
        encoding="utf-8",
    )
    first, second = read_csv(path)
    assert first.in_lang("ru") == (Term("Киргизия", forbidden=True),)
    assert first.in_lang("ky") == (Term("Кыргызстан"),)
    assert second.in_lang("ky") == (Term("БУУ", case_sensitive=True),)


def test_tbx_v3_written_is_valid_and_reads_back(tmp_path):
    path = tmp_path / "t.tbx"
    assert write_tbx(path, [ENTRY], "ky") == 1
    root = etree.parse(str(path)).getroot()
    assert validate_tbx(root) == []
    assert root.tag == "{urn:iso:std:iso:30042:ed-2}tbx" and root.get("type") == "TBX-Basic"
    assert _plain(read_tbx(path)) == [ENTRY]


def test_tbx_grammar_rejects_what_tbx_basic_does_not_allow():
    root = build_tbx([ENTRY], "ky")
    body = root.find(".//{urn:iso:std:iso:30042:ed-2}body")
    etree.SubElement(body, "{urn:iso:std:iso:30042:ed-2}termEntry")  # a TBX v2 element
    assert validate_tbx(root)


def test_tbx_v2_as_memoq_trados_and_iate_export_it(tmp_path):
    path = tmp_path / "iate.tbx"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>IATE</p>
</sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="IATE-1"><descripGrp><descrip type="subjectField">LAW</descrip></descripGrp>
 <langSet xml:lang="en"><ntig><termGrp><term>law</term></termGrp>
  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></ntig></langSet>
 <langSet xml:lang="ru-RU"><tig><term>закон</term></tig>
  <tig><term>законоположение</term>
  <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
 <langSet xml:lang="de"><tig><term>Gesetz</term></tig></langSet>
</termEntry></body></text></martif>""",
        encoding="utf-8",
    )
    (entry,) = read_tbx(path)
    assert entry.domain == "LAW" and set(entry.terms) == {"en", "ru"}
    assert entry.in_lang("ru") == (Term("закон"), Term("законоположение", forbidden=True))


def test_tbx_from_translate_toolkit(tmp_path):
    from translate.storage import tbx

    store = tbx.tbxfile(sourcelanguage="ky", targetlanguage="ru")
    unit = store.addsourceunit("мыйзам")
    unit.target = "закон"
    path = tmp_path / "tt.tbx"
    path.write_bytes(bytes(store))
    (entry,) = read_tbx(path)
    assert entry.label("ky") == "мыйзам"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<martif><text><body><termEntry><langSet xml:lang='en'><tig><term>&x;</term>"
            "</tig></langSet></termEntry></body></text></martif>",
            "declares XML entities",
        ),
        ("<tmx version='1.4'/>", "not a TBX file"),
        ("<martif><text><body><termEntry>", "not a valid TBX file"),
    ],
)
def test_untrusted_tbx_is_refused_in_one_line(tmp_path, text, needle):
    path = tmp_path / "bad.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput, match=needle) as info:
        read_tbx(path)
    assert "\n" not in str(info.value) and "bad.tbx" in str(info.value)


def test_cli_import_list_find_export(tmp_path, capsys):
    proj, csv_path = tmp_path / "p.wbproj", tmp_path / "t.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    assert main(["project", "new", str(proj), "--from", "ky", "--to", "ru"]) == 0
    assert main(["terms", "import", str(proj), str(csv_path)]) == 0
    assert "2 entries added" in capsys.readouterr().out
    assert main(["terms", "list", str(proj), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["entries"]
    assert [e["terms"]["ky"][0]["text"] for e in listed] == ["Жогорку Кеңеш", "мектеп"]
    text = "Мыйзам Жогорку Кеңештин жыйынында, мектептерибизде."
    assert main(["terms", "find", str(proj), text, "--json"]) == 0
    matches = json.loads(capsys.readouterr().out)["matches"]
    assert [(m["term"], m["form"], m["targets"]) for m in matches] == [
        ("Жогорку Кеңеш", "Жогорку Кеңештин", ["Жогорку Кенеш"]),
        ("мектеп", "мектептерибизде", ["школа"]),
    ]
    for m in matches:
        assert text[m["start"] : m["end"]] == m["form"]
    for name in ("out.tbx", "out.csv"):
        assert main(["terms", "export", str(proj), str(tmp_path / name)]) == 0
        assert [e.label("ky") for e in _read(tmp_path / name)] == ["Жогорку Кеңеш", "мектеп"]


def _read(path):
    from workbench.app.terms import read_termbase_file

    return read_termbase_file(path)


def test_cli_shared_termbase_is_linked_not_copied(tmp_path, capsys):
    proj, csv_path = tmp_path / "p.wbproj", tmp_path / "shared.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    main(["project", "new", str(proj), "--from", "ky", "--to", "ru"])
    assert main(["terms", "import", str(proj), str(csv_path), "--shared"]) == 0
    with Project.open(proj) as p:
        assert term_entries(p) == []
    csv_path.write_text(CSV + "тоо,гора,mountain,\n", encoding="utf-8")
    capsys.readouterr()
    main(["terms", "find", str(proj), "Тоолор бийик", "--json"])
    assert json.loads(capsys.readouterr().out)["matches"][0]["targets"] == ["гора"]
    csv_path.unlink()
    assert main(["terms", "list", str(proj)]) == 0
    assert "shared termbase skipped" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("none.csv", None, "no such termbase file"),
        ("t.pdf", b"%PDF-1.4", "use .csv, .tsv or .tbx"),
        ("nolang.csv", b"a,b\n1,2\n", "has no language columns"),
        ("bin.csv", b"\x89PNG\r\n\x1a\n....", "PNG image"),
    ],
)
def test_cli_bad_termbase_files_one_line_nothing_lost(tmp_path, capsys, name, content, needle):
    proj = tmp_path / "p.wbproj"
    main(["project", "new", str(proj), "--from", "ky", "--to", "ru"])
    good = tmp_path / "good.csv"
    good.write_text(CSV, encoding="utf-8")
    main(["terms", "import", str(proj), str(good)])
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    capsys.readouterr()
    assert main(["terms", "import", str(proj), str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert needle in err and name in err and len(err.splitlines()) == 1
    with Project.open(proj) as p:
        assert len(term_entries(p)) == 2


def test_edited_changes_only_what_is_given():
    from workbench.core.termbase import edited

    entry = TermEntry(
        {
            "ky": (Term("Кыргызстан"),),
            "ru": (Term("Кыргызстан", case_sensitive=True), Term("Киргизия", forbidden=True)),
            "en": (Term("Kyrgyzstan"),),
        },
        "country",
        "geo",
        7,
    )
    assert edited(entry, "ky", "ru") == entry
    note = edited(entry, "ky", "ru", note="  the  country ")
    assert note.note == "the country" and note.terms == entry.terms and note.id == 7
    targets = edited(entry, "ky", "ru", targets="Кыргызстан; Кыргызская Республика")
    # The kept term keeps its case flag, the forbidden one stays, English is untouched.
    assert targets.terms["ru"] == (
        Term("Кыргызстан", case_sensitive=True),
        Term("Кыргызская Республика", case_sensitive=True),
        Term("Киргизия", forbidden=True),
    )
    assert targets.terms["en"] == entry.terms["en"]
    reordered = edited(targets, "ky", "ru", targets="Кыргызская Республика; Кыргызстан")
    assert reordered.terms["ru"][:2] == targets.terms["ru"][1::-1]
    mixed = TermEntry({"ru": (Term("Бишкек", case_sensitive=True), Term("столица"))})
    swapped = edited(mixed, "ky", "ru", targets="столица; Бишкек")
    assert swapped.terms["ru"] == (Term("столица"), Term("Бишкек", case_sensitive=True))
    banned = edited(entry, "ky", "ru", forbidden="")
    assert [t.text for t in banned.in_lang("ru")] == ["Кыргызстан"]
    case = edited(entry, "ky", "ru", case_sensitive=False)
    assert not any(t.case_sensitive for ts in case.terms.values() for t in ts)


def test_cli_edit_and_delete(tmp_path, capsys):
    proj, csv_path = tmp_path / "p.wbproj", tmp_path / "t.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    main(["project", "new", str(proj), "--from", "ky", "--to", "ru"])
    main(["terms", "import", str(proj), str(csv_path)])
    capsys.readouterr()
    assert main(["terms", "list", str(proj)]) == 0
    listed = capsys.readouterr().out
    assert "#1  Жогорку Кеңеш  ->  Жогорку Кенеш  (parliament)" in listed
    assert "#2  мектеп  ->  школа" in listed
    args = ["terms", "edit", str(proj), "2", "--target", "школа; училище", "--forbidden", "шкала"]
    assert main(args) == 0
    assert "#2 changed: мектеп  ->  школа; училище; шкала [forbidden]" in capsys.readouterr().out
    with Project.open(proj) as p:
        (school,) = [e for e in term_entries(p) if e.id == 2]
    assert [(t.text, t.forbidden) for t in school.in_lang("ru")] == [
        ("школа", False),
        ("училище", False),
        ("шкала", True),
    ]
    assert school.in_lang("en") == (Term("school"),)
    # Nothing to change, an unknown id: one line, non-zero, nothing lost.
    assert main(["terms", "edit", str(proj), "2"]) == 2
    assert "nothing to change" in capsys.readouterr().err
    assert main(["terms", "delete", str(proj), "1", "9"]) == 1
    err = capsys.readouterr().err
    assert "has no term entry 9" in err and "Traceback" not in err and len(err.splitlines()) == 1
    with Project.open(proj) as p:
        assert [e.id for e in term_entries(p)] == [1, 2]
    assert main(["terms", "delete", str(proj), "1"]) == 0
    assert "#1 deleted: Жогорку Кеңеш" in capsys.readouterr().out
    with Project.open(proj) as p:
        assert [e.id for e in term_entries(p)] == [2]
    # An entry left without a term is refused (delete it instead); English keeps this one.
    with Project.open(proj) as p:
        add_term_entries(p, [TermEntry({"ky": (Term("тоо"),), "ru": (Term("гора"),)})])
    assert main(["terms", "edit", str(proj), "3", "--source", "", "--target", ""]) == 1
    assert "would have no terms left: delete it instead" in capsys.readouterr().err
    assert main(["terms", "edit", str(proj), "2", "--source", "", "--target", ""]) == 0
    with Project.open(proj) as p:
        assert [e.terms for e in term_entries(p)] == [
            {"en": (Term("school"),), "ru": (Term("шкала", forbidden=True),)},
            {"ky": (Term("тоо"),), "ru": (Term("гора"),)},
        ]
