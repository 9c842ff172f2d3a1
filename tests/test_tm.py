"""The translation memory: scores, lookup, reuse (fill, propagate), differences, CLI."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from tests.conftest import new_project
from workbench.cli import main
from workbench.core import tm, tm_score
from workbench.core.segment import Origin, Status
from workbench.core.settings import Settings
from workbench.core.store import Project
from workbench.core.tm_index import PairKeys


def make_project(tmp_path: Path, sources: list[str], src: str = "ky", tgt: str = "ru") -> Project:
    return new_project(tmp_path / "p.wbproj", [sources], src, tgt, name="doc.txt")


def add_pairs(project: Project, pairs: list[tuple[str, str]], src="ky", tgt="ru", origin="tmx"):
    with project.transaction():
        for source, target in pairs:
            tm.store_unit(project, src, tgt, source, target, origin=origin)


# ----------------------------------------------------------------------------- scores

SCORE_CASES = {
    "ky": (
        "Президент 2021-жылы мыйзамга кол койду.",
        "Президент 2021-жылы мыйзамга кол койгон.",  # one word differs
        "Президент 2023-жылы мыйзамга кол койду.",  # only the number differs
        "Пpезидент 2021-жылы мыйзамга кол койдy.",  # Latin p and y typed for р and ү... у
    ),
    "ru": (
        "Школы откроются 1 сентября 2024 года.",
        "Школы откроются 1 сентября 2024 г.",
        "Школы откроются 2 сентября 2024 года.",
        "Шкoлы oткрoются 1 сентября 2024 гoда.",  # Latin o
    ),
    "en": (
        "The meeting took place on 15 May 2023.",
        "The meeting took place on 15 May, 2023.",
        "The meeting took place on 16 May 2023.",
        "The  meeting took place on 15 May 2023.",  # extra space
    ),
}


@pytest.mark.parametrize("lang", sorted(SCORE_CASES))
def test_scores(lang):
    text, close, other_number, lookalike = SCORE_CASES[lang]
    assert tm.similarity(text, text, lang=lang) == 100
    assert tm.similarity(text, lookalike, lang=lang) == 100
    assert tm.similarity(text, text.upper(), lang=lang) == 99
    word_score = tm.similarity(text, close, lang=lang)
    number_score = tm.similarity(text, other_number, lang=lang)
    assert 70 <= word_score < 100
    # One digit differs: a tiny edit, but it must rank below a different word.
    assert number_score < word_score
    assert number_score <= fuzz.ratio(text, other_number) - tm.NUMBER_PENALTY


def test_number_penalty():
    assert tm.number_penalty("1 и 2", "2 и 1") == 0
    assert tm.number_penalty("5 кг", "6 кг") == 2 * tm.NUMBER_PENALTY
    assert tm.number_penalty("1 2 3 4 5", "6 7 8 9 10") == tm.NUMBER_PENALTY_CAP


def test_final_punctuation_difference_is_not_a_100_match():
    assert tm.similarity("Бүттүбү?", "Бүттүбү.") == 99


# ----------------------------------------------------------------------------- lookup


def test_lookup_orders_by_score_and_respects_threshold_and_limit(tmp_path):
    project = make_project(tmp_path, [])
    add_pairs(
        project,
        [
            ("Президент мыйзамга кол койду.", "Президент подписал закон."),
            ("Президент мыйзамга кол койгон.", "Президент подписывал закон."),
            ("Президент жаңы мыйзамга кол койду.", "Президент подписал новый закон."),
            ("Бүгүн аба ырайы жылуу болот.", "Сегодня будет тёплая погода."),
        ],
    )
    matches = tm.lookup(project, "Президент мыйзамга кол койду.")
    assert [m.target for m in matches][:1] == ["Президент подписал закон."]
    assert matches[0].score == 100 and matches[0].origin == "tmx"
    assert all(a.score >= b.score for a, b in zip(matches, matches[1:], strict=False))
    assert "Сегодня будет тёплая погода." not in [m.target for m in matches]
    assert len(tm.lookup(project, "Президент мыйзамга кол койду.", limit=1)) == 1
    assert [
        m.score for m in tm.lookup(project, "Президент мыйзамга кол койду.", threshold=100)
    ] == [100]


def test_lookup_command_s_threshold_comes_from_settings(tmp_path, capsys):
    project = make_project(tmp_path, [])
    add_pairs(project, [("Президент мыйзамга кол койгон.", "Президент подписывал закон.")])
    query = "Президент мыйзамга кол койду."
    score = tm.lookup(project, query)[0].score
    project.close()
    path = str(tmp_path / "p.wbproj")
    settings = Settings.load()
    settings.tm_threshold = int(score) + 1
    settings.save()
    assert main(["tm", "lookup", path, query]) == 0
    assert capsys.readouterr().out.strip() == "no matches"
    assert main(["tm", "lookup", path, query, "--threshold", str(int(score))]) == 0
    assert "Президент подписывал закон." in capsys.readouterr().out


def test_lookup_finds_lookalike_typing_and_other_directions(tmp_path):
    project = make_project(tmp_path, [])
    add_pairs(
        project, [("Бишкек — столица Кыргызстана.", "Бишкек — Кыргызстандын борбору.")], "ru", "ky"
    )
    # Latin "o" and "a" typed inside the Russian words, a hyphen for the dash.
    matches = tm.lookup(project, "Бишкек - стoлица Кыргызстaна.", src="ru", tgt="ky")
    assert [(m.score, m.target) for m in matches] == [(100, "Бишкек — Кыргызстандын борбору.")]
    assert tm.lookup(project, "Бишкек — столица Кыргызстана.") == []  # ky->ru has nothing


def test_lookup_keeps_one_match_per_target_preferring_project_units(tmp_path):
    project = make_project(tmp_path, [])
    add_pairs(project, [("Салам.", "Привет.")], origin="tmx")
    add_pairs(project, [("Салам!", "Привет.")], origin="project")
    matches = tm.lookup(project, "Салам.")
    assert len(matches) == 1 and matches[0].origin == "tmx" and matches[0].score == 100


def test_lookup_sees_units_added_and_removed_after_the_first_lookup(tmp_path):
    project = make_project(tmp_path, [])
    add_pairs(project, [("Биринчи сүйлөм.", "Первое предложение.")])
    assert tm.lookup(project, "Экинчи сүйлөм.", threshold=95) == []
    add_pairs(project, [("Экинчи сүйлөм.", "Второе предложение.")])
    assert [m.target for m in tm.lookup(project, "Экинчи сүйлөм.", threshold=95)] == [
        "Второе предложение."
    ]
    with project.transaction() as conn:
        conn.execute("DELETE FROM tm_units")
    assert tm.lookup(project, "Экинчи сүйлөм.", threshold=50) == []
    # A read-only window (another process) sees what the project's writer adds.
    viewer = Project.open(project.path, read_only=True)
    assert tm.lookup(viewer, "Үчүнчү сүйлөм.", threshold=95) == []
    add_pairs(project, [("Үчүнчү сүйлөм.", "Третье предложение.")])
    assert [m.target for m in tm.lookup(viewer, "Үчүнчү сүйлөм.", threshold=95)] == [
        "Третье предложение."
    ]
    viewer.close()


def test_compact_prefilter_never_loses_a_candidate():
    random.seed(7)
    alphabet = [chr(c) for c in range(0x0410, 0x0450)] + [chr(c) for c in range(0x4E00, 0x4F40)]
    keys = ["".join(random.choices(alphabet, k=random.randint(5, 30))) for _ in range(3000)]
    keys += [keys[i][:-2] + "ab" for i in range(0, 3000, 7)]
    compact = PairKeys(0, 0)
    compact.extend(enumerate(keys))
    assert len(compact._chars) == 256  # more characters than codes: some share one
    for query in keys[:40] + [keys[5][:10] + keys[9][10:]]:
        real = {
            i
            for _, _, i in process.extract(
                query, keys, scorer=fuzz.ratio, limit=None, score_cutoff=60
            )
        }
        fast = {
            i
            for _, _, i in process.extract(
                compact.query(query),
                compact.compact,
                scorer=fuzz.ratio,
                limit=None,
                score_cutoff=60,
            )
        }
        assert real <= fast


def test_keys_are_recomputed_when_the_normaliser_changes(tmp_path, monkeypatch):
    project = make_project(tmp_path, [])
    add_pairs(project, [("Салам дүйнө.", "Привет, мир.")])
    assert tm.lookup(project, "САЛАМ ДҮЙНӨ.")[0].score == 99
    project.close()
    # A later version of the normaliser that keeps case: stored keys must follow it.
    monkeypatch.setattr(
        tm_score, "normalise_for_matching", lambda text, lang: " ".join(text.split())
    )
    project = Project.open(tmp_path / "p.wbproj")
    assert tm.lookup(project, "САЛАМ ДҮЙНӨ.", threshold=90) == []
    assert tm.lookup(project, "Салам дүйнө.")[0].score == 100
    keys = [r[0] for r in project.connection.execute("SELECT source_key FROM tm_units")]
    assert keys == ["Салам дүйнө."]


# ----------------------------------------------------------------------------- reuse


def confirm(project: Project, seg_id: int, target: str) -> None:
    project.set_target(seg_id, target, status=Status.CONFIRMED, translator="Aida")


def test_add_confirmed_updates_instead_of_duplicating(tmp_path):
    project = make_project(tmp_path, ["Салам.", "Салам.", "Кош келиңиз."])
    ids = project.segment_ids()
    assert tm.add_confirmed(project, project.segment(ids[2])) is None  # not confirmed
    confirm(project, ids[0], "Привет.")
    first = tm.add_confirmed(project, project.segment(ids[0]))
    confirm(project, ids[1], "Здравствуйте.")
    second = tm.add_confirmed(project, project.segment(ids[1]))
    assert first == second
    rows = project.connection.execute(
        "SELECT source, target, origin, creator FROM tm_units"
    ).fetchall()
    assert rows == [("Салам.", "Здравствуйте.", "project", "Aida")]
    assert tm.lookup(project, "Салам.")[0].target == "Здравствуйте."


def test_fill_exact_matches(tmp_path):
    project = make_project(
        tmp_path,
        ["Бүгүн аба ырайы жылуу болот.", "Жаңы сүйлөм.", "БҮГҮН АБА ЫРАЙЫ ЖЫЛУУ БОЛОТ.", "Машина."],
    )
    add_pairs(project, [("Бүгүн аба ырайы жылуу болот.", "Сегодня будет тёплая погода.")])
    add_pairs(project, [("Машина.", "Машина (MT).")], origin="mt")
    ids = project.segment_ids()
    assert tm.fill_exact_matches(project) == 1
    seg = project.segment(ids[0])
    assert (seg.target, seg.origin, seg.match_score, seg.status) == (
        "Сегодня будет тёплая погода.",
        Origin.TM,
        100,
        Status.NEEDS_REVIEW,
    )
    assert project.segment(ids[2]).status == Status.NEW  # case differs: 99, not filled
    assert project.segment(ids[3]).status == Status.NEW  # machine translation is not a TM match
    assert tm.fill_exact_matches(project) == 0  # nothing new left to fill


def test_propagate_fills_unconfirmed_repetitions(tmp_path):
    sources = ["Салам.", "Кош келиңиз.", "Салам.", "Салам.", "Салам.", "салам."]
    project = make_project(tmp_path, sources)
    ids = project.segment_ids()
    draft = project.segment(ids[3])
    project.apply_mt(draft.id, "Привет (MT).", "nllb", None, [], revision=draft.revision)
    project.set_target(ids[4], "Моя правка.", translator="Bakyt")  # a person's unconfirmed edit
    confirm(project, ids[0], "Привет.")
    changed = tm.propagate(project, project.segment(ids[0]))
    assert changed == [ids[2], ids[3]]
    for seg_id in changed:
        seg = project.segment(seg_id)
        assert (seg.target, seg.status, seg.origin, seg.match_score) == (
            "Привет.",
            Status.NEEDS_REVIEW,
            Origin.TM,
            100,
        )
    assert project.segment(ids[4]).target == "Моя правка."
    assert project.segment(ids[5]).status == Status.NEW  # case differs


def test_confirming_remembers_the_pair_and_fills_repetitions_as_the_settings_say(tmp_path):
    from workbench.app.confirm import remember_confirmed

    project = make_project(tmp_path, ["Салам.", "Салам.", "Кош келиңиз.", "Кош келиңиз."])
    ids = project.segment_ids()
    settings = Settings(translator_name="Settings Name", propagate_repetitions=False)
    project.set_target(ids[0], "Привет.", status=Status.CONFIRMED)  # no translator of its own
    assert remember_confirmed(project, project.segment(ids[0]), settings) == []
    assert project.segment(ids[1]).status == Status.NEW  # repetitions left alone
    assert tm.lookup(project, "Салам.")[0].creator == "Settings Name"

    settings.propagate_repetitions = True
    confirm(project, ids[2], "Добро пожаловать.")
    assert remember_confirmed(project, project.segment(ids[2]), settings, "Bakyt") == [ids[3]]
    assert project.segment(ids[3]).target == "Добро пожаловать."
    assert tm.lookup(project, "Кош келиңиз.")[0].creator == "Bakyt"


# ----------------------------------------------------------------------------- differences


def test_diff_spans():
    current = "Президент 2022-жылы жаңы мыйзамга кол койду."
    source = "Президент 2021-жылы мыйзамга кол койгон."
    spans = tm.diff_spans(current, source)
    assert "".join(t for t, k in spans if k != "added") == source
    assert "".join(t for t, k in spans if k != "removed") == current
    assert ("2021", "removed") in spans and ("2022", "added") in spans
    assert ("койгон", "removed") in spans and ("койду", "added") in spans
    assert spans[0] == ("Президент ", "equal")


def test_diff_spans_ignores_lookalikes():
    assert tm.diff_spans("Кыргызстан", "Kыргызстaн") == [("Kыргызстaн", "equal")]


# ----------------------------------------------------------------------------- CLI


def test_cli_tm_lookup_stats_fill(tmp_path, capsys):
    project = make_project(tmp_path, ["Бүгүн аба ырайы жылуу болот.", "Башка."])
    add_pairs(project, [("Бүгүн аба ырайы жылуу болот.", "Сегодня будет тёплая погода.")])
    project.close()
    path = str(tmp_path / "p.wbproj")

    assert main(["tm", "lookup", path, "Бүгүн аба ырайы жылуу болбойт."]) == 0
    out = capsys.readouterr().out
    assert "Сегодня будет тёплая погода." in out and "[tmx]" in out and "%" in out

    assert main(["tm", "lookup", path, "Бүгүн аба ырайы жылуу болот.", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["score"] == 100 and data[0]["target"] == "Сегодня будет тёплая погода."
    assert data[0]["origin"] == "tmx" and data[0]["source"] == "Бүгүн аба ырайы жылуу болот."

    assert main(["tm", "lookup", path, "Таптакыр башка нерсе."]) == 0
    assert capsys.readouterr().out.strip() == "no matches"

    assert main(["tm", "stats", path]) == 0
    assert "ky-KG -> ru-RU: 1 units" in capsys.readouterr().out

    assert main(["tm", "fill", path]) == 0
    assert "filled 1 segments" in capsys.readouterr().out


def test_cli_tm_lookup_missing_project(tmp_path, capsys):
    assert main(["tm", "lookup", str(tmp_path / "none.wbproj"), "x"]) == 1
    assert "no such project" in capsys.readouterr().err
