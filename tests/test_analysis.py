"""Analysis (app/analysis.py) and word counting (core/wordcount.py), checked against
figures counted by hand on a two-document sample with repetitions and fuzzy matches."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from workbench.app.analysis import BANDS, analyse, band_of
from workbench.cli import main
from workbench.core import tm
from workbench.core.flags import LOCKED
from workbench.core.inline import Code, Kind
from workbench.core.store import NewSegment, Project
from workbench.core.wordcount import count_text, words

BOLD = (Code("1", Kind.OPEN, "<b>"), Code("1", Kind.CLOSE, "</b>"))

DOC_A = [
    "Бишкек шаары — Кыргызстандын борбору.",  # context: 100% from a.txt, first segment
    "Мектепте 250 окуучу окуйт.",  # 100% (units from other.txt and b.txt, not a.txt)
    "Президент 2021-жылы мыйзамга кол койгон.",  # 93.5: 85-94
    "Бүгүн аба ырайы жакшы.",  # no match, first occurrence
    "Бүгүн аба ырайы жакшы.",  # internal repetition
    ("Спасибо.", "ru"),  # already in the target language: not needed
]
DOC_B = [
    "Бүгүн аба ырайы жакшы.",  # cross-document repetition
    "Мектепте 250 окуучу окуйт.",  # 100% from b.txt, but the segment before is no match
    "Кыргызстандын президенти Бишкекте чет элдик инвесторлор менен жолугушту.",  # 97.1
    "Өкмөт жаңы мыйзамды бүгүн кабыл алды.",  # 75.0: 75-84
    "Шаарда жаңы көпүрө курулду.",  # 73.1: 50-74
    "Кечээ кар жаады.",  # only an MT unit matches: no match
    "Кечээ кар жаады.",  # internal repetition
    ("Баары \ue000жакшы\ue001 болду.", "ky", BOLD),  # the codes count for nothing
]
MEMORY = [  # source, target, document, origin
    ("Бишкек шаары — Кыргызстандын борбору.", "Бишкек — столица.", "a.txt", "tmx"),
    ("Мектепте 250 окуучу окуйт.", "В школе 250 учеников.", "other.txt", "tmx"),
    ("Мектепте 250 окуучу окуйт.", "В школе учатся 250 учеников.", "b.txt", "tmx"),
    ("Президент 2021-жылы мыйзамга кол койду.", "Президент подписал закон.", None, "tmx"),
    (
        "Кыргызстандын президенти Бишкекте чет элдик инвесторлор менен жолукту.",
        "Президент встретился с инвесторами.",
        None,
        "tmx",
    ),
    ("Өкмөт эски мыйзамды кечээ кабыл алды.", "Правительство приняло закон.", None, "tmx"),
    ("Айылда жаңы мектеп курулду.", "В селе построили школу.", None, "tmx"),
    ("Кечээ кар жаады.", "Вчера шёл снег.", None, "mt"),
]


def _segments(items: list) -> list[NewSegment]:
    out = []
    for i, item in enumerate(items):
        text, lang, codes = (item, "ky", ()) if isinstance(item, str) else (*item, ())[:3]
        plain = text.replace("\ue000", "").replace("\ue001", "")
        out.append(NewSegment(i, 0, "", text, "", plain, lang, source_codes=codes))
    return out


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.wbproj"
    with Project.create(path, "ky", "ru") as project:
        project.add_document("a.txt", "txt", "utf-8", b"-", _segments(DOC_A))
        project.add_document("b.txt", "txt", "utf-8", b"-", _segments(DOC_B))
        with project.transaction():
            for source, target, document, origin in MEMORY:
                tm.store_unit(project, "ky", "ru", source, target, origin=origin, document=document)
    return path


# Counted by hand (see the comments above; characters include the markers' absence).
WORDS_A = 4 + 4 + 5 + 4 + 4 + 1
CHARS_A = 37 + 26 + 40 + 22 + 22 + 8
NOSPACE_A = 33 + 23 + 36 + 19 + 19 + 8
WORDS_B = 4 + 4 + 8 + 6 + 4 + 3 + 3 + 3
CHARS_B = 22 + 26 + 72 + 37 + 27 + 16 + 16 + 18
NOSPACE_B = 19 + 23 + 65 + 32 + 24 + 14 + 14 + 16
BANDS_TOTAL = {  # words per band
    "context": 4,
    "100": 4 + 4,
    "95-99": 8,
    "85-94": 5,
    "75-84": 6,
    "50-74": 4,
    "no match": 4 + 3 + 3,
}


def test_word_rule():
    assert words("Президент 2021-жылы мыйзамга кол койду.") == [
        "Президент",
        "2021-жылы",
        "мыйзамга",
        "кол",
        "койду",
    ]
    assert words("1,000.50 сом — 50 %") == ["1,000.50", "сом", "50"]  # numbers are words
    assert words("don't stop, 12:30 and 3/4") == ["don't", "stop", "12:30", "and", "3/4"]
    assert words("a - b, 1 000") == ["a", "b", "1", "000"]
    assert words("Приве\u0301т") == ["Приве\u0301т"]  # a stress mark stays inside the word
    assert words("bo\ue000ld\ue001 \ue002") == ["bold"]  # codes are invisible
    c = count_text("Баары \ue000жакшы\ue001 болду.")
    assert (c.words, c.characters, c.characters_no_spaces) == (3, 18, 16)


def test_bands_round_down():
    assert [band_of(s) for s in (100, 99.9, 95, 94.9, 85, 84.5, 75, 74.9, 50, 49.9)] == [
        "100",
        "95-99",
        "95-99",
        "85-94",
        "85-94",
        "75-84",
        "75-84",
        "50-74",
        "50-74",
        "no match",
    ]


def test_sample_scores_are_what_the_comments_say():
    # The figures below rest on these scores; if scoring changes, recount by hand.
    assert tm.similarity(DOC_A[2], MEMORY[3][0]) == 93.5
    assert tm.similarity(DOC_B[2], MEMORY[4][0]) == 97.1
    assert tm.similarity(DOC_B[3], MEMORY[5][0]) == 75.0
    assert tm.similarity(DOC_B[4], MEMORY[6][0]) == 73.1


def test_hand_counted_sample(sample):
    with Project.open(sample, read_only=True) as project:
        result = analyse(project)
    a, b = result.documents
    assert (a.name, b.name) == ("a.txt", "b.txt")
    assert (a.total.segments, a.total.words, a.total.characters) == (6, WORDS_A, CHARS_A)
    assert a.total.characters_no_spaces == NOSPACE_A
    assert (b.total.segments, b.total.words, b.total.characters) == (8, WORDS_B, CHARS_B)
    assert b.total.characters_no_spaces == NOSPACE_B
    seg = {name: c.segments for name, c in a.categories.items()}
    assert seg == {
        "locked": 0,
        "not needed": 1,
        "context": 1,
        "100": 1,
        "internal repetitions": 1,
        "cross-document repetitions": 0,
        "95-99": 0,
        "85-94": 1,
        "75-84": 0,
        "50-74": 0,
        "no match": 1,
    }
    seg = {name: c.segments for name, c in b.categories.items()}
    assert seg == {
        "locked": 0,
        "not needed": 0,
        "context": 0,
        "100": 1,
        "internal repetitions": 1,
        "cross-document repetitions": 1,
        "95-99": 1,
        "85-94": 0,
        "75-84": 1,
        "50-74": 1,
        "no match": 2,
    }
    total = result.to_json()["total"]
    assert total["segments"] == 14
    assert total["words"] == WORDS_A + WORDS_B == 57
    assert total["characters"] == CHARS_A + CHARS_B
    assert total["characters_no_spaces"] == NOSPACE_A + NOSPACE_B
    assert total["repetitions"] == 4 + 4 + 3
    assert total["detail"]["internal repetitions"]["words"] == 7
    assert total["detail"]["cross-document repetitions"]["words"] == 4
    assert total["bands"] == BANDS_TOTAL
    assert list(total["bands"]) == list(BANDS)
    # every segment in exactly one category
    parts = sum(c["words"] for c in total["detail"].values())
    assert parts == total["words"]


def test_cli_json_table_and_csv(sample, tmp_path, capsys):
    out_csv = tmp_path / "quote.csv"
    assert main(["project", "stats", str(sample), "--json", "--csv", str(out_csv)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in printed["documents"]] == ["a.txt", "b.txt"]
    assert printed["total"]["bands"] == BANDS_TOTAL
    assert printed["documents"][0]["words"] == WORDS_A
    with out_csv.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["document"] for r in rows] == ["a.txt", "b.txt", "total"]
    assert rows[2]["words"] == "57"
    assert rows[2]["95-99 words"] == "8"
    assert rows[1]["cross-document repetitions segments"] == "1"

    assert main(["project", "stats", str(sample)]) == 0
    table = capsys.readouterr().out
    assert "a.txt" in table and "total" in table
    total_line = [line for line in table.splitlines() if line.strip().startswith("total")][-1]
    figures = ["14", "57", str(CHARS_A + CHARS_B), str(NOSPACE_A + NOSPACE_B)]
    assert total_line.split()[1:] == figures


def test_cli_csv_into_a_missing_folder(sample, tmp_path, capsys):
    code = main(["project", "stats", str(sample), "--csv", str(tmp_path / "nope" / "q.csv")])
    err = capsys.readouterr().err
    assert code == 1
    assert "folder does not exist" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_locked_segments_are_counted_apart(tmp_path):
    path = tmp_path / "locked.wbproj"
    text = "Бишкек шаары — Кыргызстандын борбору."
    with Project.create(path, "ky", "ru") as project:
        segs = [
            NewSegment(0, 0, "", text, "", text, "ky", flags=(LOCKED,), target="Бишкек."),
            NewSegment(1, 0, "", text, "", text, "ky"),  # not a repetition of a locked one
        ]
        project.add_document("a.xlf", "xliff", "utf-8", b"-", segs)
        result = analyse(project)
    counts = {name: c.segments for name, c in result.total.categories.items() if c.segments}
    assert counts == {"locked": 1, "no match": 1}
    assert result.total.categories["locked"].words == 4
