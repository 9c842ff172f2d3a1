"""Concordance over the memory (app/concordance.py): inflected forms, both languages,
relevance order, keyword in context."""

from __future__ import annotations

import json

import pytest

from workbench.app.concordance import concordance, kwic
from workbench.core import tm
from workbench.core.store import Project

UNITS = [
    ("Бишкекте жаңы мектеп ачылды.", "В Бишкеке открылась новая школа."),
    ("Мектептерибизде окуучулар көп.", "В наших школах много учеников."),
    ("Анын мектеби жакшы.", "Его школа хорошая."),
    ("Тоок жумуртка тууйт.", "Курица несёт яйца."),
    ("Жаңы мектеп курулду.", "Построили новую школу."),
    ("Жаңы китеп чыкты.", "Вышла новая книга."),
    ("Мектеп жаңы эмес.", "Школа не новая."),  # both words, not as the phrase
]


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.wbproj", "ky", "ru") as p:
        with p.transaction():
            for source, target in UNITS:
                tm.store_unit(p, "ky", "ru", source, target, origin="tmx")
            # the first pair again the other way round, as a TMX import stores it
            tm.store_unit(p, "ru", "ky", UNITS[0][1], UNITS[0][0], origin="tmx")
        yield p


def sources(hits):
    return [h.source for h in hits]


def test_kyrgyz_inflected_forms_found_and_ranked(project):
    hits = concordance(project, "мектеп")
    # exact form first (shorter text first), then the inflected ones; тоок/тоо-like
    # neighbours and unrelated units are not there; the reversed pair comes once
    assert sources(hits) == [UNITS[i][0] for i in (6, 4, 0, 2, 1)]
    assert {h.side for h in hits} == {"source"}
    assert hits[2].score > hits[3].score  # the form typed before inflected ones
    inflected = hits[4]
    start, end = inflected.spans[0]
    assert inflected.text[start:end] == "Мектептерибизде"


def test_query_in_an_inflected_form_and_with_look_alike_letters(project):
    # "мектепте" (locative) typed with a Latin e: still the stem мектеп
    assert set(sources(concordance(project, "мeктепте"))) == {
        UNITS[0][0],
        UNITS[1][0],
        UNITS[2][0],
        UNITS[4][0],
        UNITS[6][0],
    }


def test_words_that_only_share_letters_do_not_match(project):
    assert concordance(project, "тоо") == []
    assert sources(concordance(project, "тоок")) == [UNITS[3][0]]


def test_russian_lemmas_on_the_target_side(project):
    hits = concordance(project, "школами")
    assert {h.target for h in hits} == {UNITS[i][1] for i in (0, 1, 2, 4, 6)}
    assert {h.side for h in hits} == {"target"}


def test_phrase_ranks_units_with_the_words_together_first(project):
    hits = concordance(project, "жаңы мектеп")
    # the phrase itself before both words apart (though that text is shorter)
    assert sources(hits)[:3] == [UNITS[4][0], UNITS[0][0], UNITS[6][0]]
    # one of the two words is enough to be listed, below the phrase
    assert UNITS[5][0] in sources(hits) and UNITS[2][0] in sources(hits)
    assert hits[0].score > max(h.score for h in hits[2:])
    assert hits[2].score > max(h.score for h in hits[3:])


def test_kwic_cuts_context_at_a_space():
    text = "Бүгүн эртең менен борбор калаада жайгашкан Бишкектин эң чоң жаңы мектеби расмий ачылды."
    start = text.index("мектеби")
    left, hit, right = kwic(text, ((start, start + len("мектеби")),), width=20)
    assert hit == "мектеби"
    assert left.startswith("…") and left.endswith("чоң жаңы ")
    assert right == " расмий ачылды."
    assert len(left) <= 21


def test_cli_prints_keyword_in_context_and_json(project, capsys):
    from workbench.cli import main

    path = str(project.path)
    assert main(["tm", "concordance", path, "школами"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "В наших [школах] много учеников." in out
    assert "    -> Мектептерибизде окуучулар көп." in out
    assert main(["tm", "concordance", path, "мектеп", "--json", "--limit", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in data] == [UNITS[6][0], UNITS[4][0]]
    assert main(["tm", "concordance", path, "тоо"]) == 0
    assert "not in the memory" in capsys.readouterr().out
