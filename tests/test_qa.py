"""QA checks: each one finds its problem and stays quiet on a good translation; the
project run, ignoring, the CLI, and the export warning."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from workbench.app.qa import export_warning, ignore_warning, qa_project
from workbench.cli import main
from workbench.core import qa, qa_run, qa_text
from workbench.core.qa import QaContext, check_consistency, check_segment
from workbench.core.segment import Origin, Segment, Status
from workbench.core.store import NewSegment, Project
from workbench.core.store_terms import add_term_entries
from workbench.core.termbase import Term, TermEntry

ENTRIES = [
    TermEntry({"ky": (Term("Жогорку Кеңеш"),), "ru": (Term("Жогорку Кенеш"),)}),
    TermEntry(
        {
            "ky": (Term("Кыргызстан"),),
            "ru": (Term("Кыргызстан"), Term("Киргизия", forbidden=True)),
        }
    ),
    TermEntry({"ky": (Term("өкмөт"),), "ru": (Term("правительство"),)}),
]


def seg(source: str, target: str, sid: int = 1, lang: str = "ky", status=Status.NEEDS_REVIEW):
    return Segment(
        sid, 1, "d.txt", 0, 0, "", source, "", source, lang, target, status, Origin.HUMAN,
        None, None, None, None, (), 0, "", "", None, None,
    )  # fmt: skip


def checks(source: str, target: str, tgt: str = "ru", **kw) -> dict[str, str]:
    src = kw.pop("lang", "ky")
    ctx = QaContext("ky" if src == "ky" else src, tgt, ENTRIES, kw.pop("known", ()))
    found: dict[str, str] = {}
    for w in check_segment(ctx, seg(source, target, lang=src, **kw)):
        found[w.check] = f"{found[w.check]} | {w.message}" if w.check in found else w.message
    return found


GOOD_KY = "Жогорку Кеңештин жыйыны «Жаңы мыйзам» боюнча өттү."
GOOD_RU = "Заседание Жогорку Кенеша по «Новому закону» прошло."


def test_a_good_translation_has_no_warnings():
    assert checks(GOOD_KY, GOOD_RU) == {}


@pytest.mark.parametrize(
    ("target", "check", "needle"),
    [
        ("Заседание Верховного Совета по «Новому закону» прошло.", qa.TERM_MISSING, "Кенеш"),
        ("Заседание Жогорку Кенеша по «Новому закону» прошло", qa.END_PUNCTUATION, "full stop"),
        ("Заседание Жогорку Кенеша по «Новому закону прошло.", qa.QUOTES, "pair up"),
        ('Заседание Жогорку Кенеша по "Новому закону прошло.', qa.QUOTES, 'odd number of "'),
        ("Заседание Жогорку Кенеша по Новому закону прошло.", qa.QUOTES, "quotes 1 time"),
        ("Заседание Жогорку Кенеша  по «Новому закону» прошло.", qa.DOUBLE_SPACE, "character 25"),
        (" Заседание Жогорку Кенеша по «Новому закону» прошло.", qa.WHITESPACE, "at the start"),
        ("Заседание Жогорку Кенеша (по «Новому закону» прошло.", qa.BRACKETS, "( and )"),
        ("Жогорку Кенеш «Закон».", qa.LENGTH, "0.4 times"),
        ("Заседание Жогорку Кенeша по «Новому закону» прошло.", qa.MIXED_SCRIPT, "Кенeша"),
        (GOOD_KY, qa.UNTRANSLATED, "untranslated"),
    ],
)
def test_each_check_finds_its_problem(target, check, needle):
    found = checks(GOOD_KY, target)
    assert check in found, found
    assert needle in found[check]


def test_source_places_are_sought_only_when_a_term_is_missing():
    # A speed-up: when the target has a translation of every term that may be in the
    # source, the source's places are not looked for. The warnings must be the full
    # search's: in source order, naming the inflected form, and a multi-word term whose
    # first word is absent ("Кеңештин" alone) is no term at all.
    entries = [
        TermEntry({"ky": (Term("Жогорку Кеңеш"),), "ru": (Term("Жогорку Кенеш"),)}),
        TermEntry({"ky": (Term("мектеп"),), "ru": (Term("школа"),)}),
        TermEntry({"ky": (Term("өкмөт"),), "ru": (Term("правительство"),)}),
    ]
    ctx = QaContext("ky", "ru", entries)
    cases = [
        ("Жогорку Кеңештин мектеби жабык.", "Школа Жогорку Кенеша закрыта.", []),
        ("Жогорку Кеңештин мектеби жабык.", "Школа закрыта.", ["Жогорку Кеңештин"]),
        ("Өкмөттүн мектеби жабык.", "Правительство закрыто.", ["мектеби"]),
        ("Өкмөттүн мектеби жабык.", "Школа правительства закрыта.", []),
        ("Мектептер жана өкмөт.", "Ничего.", ["Мектептер", "өкмөт"]),
        ("Кеңештин мектеби жабык.", "Школа закрыта.", []),
        ("Кеңештин мектеби жабык.", "Закрыто.", ["мектеби"]),
    ]
    for sid, (source, target, forms) in enumerate(cases, 1):
        warnings = check_segment(ctx, seg(source, target, sid=sid))
        terms = [w for w in warnings if w.check == qa.TERM_MISSING]
        assert [w.message.split('"')[1] for w in terms] == forms, (source, target)


def test_inflected_target_term_counts_as_present():
    # Кенеша (genitive), Кыргызстана, правительства: all inflected, all present.
    source = "Жогорку Кеңеш Кыргызстандын өкмөтүнө кайрылды."
    target = "Жогорку Кенеш обратился к правительству Кыргызстана."
    assert checks(source, target) == {}


def test_forbidden_term_used_even_inflected():
    found = checks("Кыргызстанда.", "В Киргизии.")
    assert "Киргизия" in found[qa.FORBIDDEN_TERM] and "Кыргызстан" in found[qa.FORBIDDEN_TERM]


def test_confirmed_empty_and_untranslated_need_something_to_translate():
    assert qa.EMPTY_CONFIRMED in checks(GOOD_KY, "", status=Status.CONFIRMED)
    assert checks(GOOD_KY, "", status=Status.NEEDS_REVIEW) == {}
    assert checks("https://akipress.org", "https://akipress.org") == {}
    assert checks("2024", "2024") == {}


def test_kyrgyz_target_letters():
    found = checks("Правительство решило.", "Өкмөт қарар қабыл алды.", "ky", lang="ru")
    assert "қарар" in found[qa.KAZAKH_LETTERS]
    found = checks("Правительство решило.", "Окмоттун чечими.", "ky", lang="ru")
    assert '"Окмоттун" is probably "өкмөт"' in found[qa.KYRGYZ_LETTERS]
    # тоо "mountain" is a word of its own, even if the memory knows төө "camel".
    assert qa.KYRGYZ_LETTERS not in checks(
        "Горы высокие.", "Тоолор бийик.", "ky", lang="ru", known=["төө", "тоо"]
    )


def test_consistency_both_ways():
    segs = [
        seg("Өкмөт чечти.", "Правительство решило.", 1),
        seg("Өкмөт чечти.", "Кабинет решил.", 2),
        seg("Министр келди.", "Министр прибыл.", 3),
        seg("Министр келди!", "Министр прибыл.", 4),  # differs only in final punctuation
        seg("Аким келди.", "Прибыл аким.", 5),
        seg("Аким жетти.", "Прибыл аким.", 6),
    ]
    found = {(w.segment, w.message.split(" has")[0]) for w in check_consistency(segs)}
    assert found == {
        (1, "The same source"),
        (2, "The same source"),
        (5, "The same target"),
        (6, "The same target"),
    }


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.wbproj", "ky", "ru") as p:
        news = [
            NewSegment(0, i, "", text, "", text, "ky")
            for i, text in enumerate([GOOD_KY, "Өкмөт чечти.", "Өкмөт чечти."])
        ]
        p.add_document("d.txt", "txt", "utf-8", b"-", news)
        add_term_entries(p, ENTRIES)
        yield p


def test_project_run_ignore_and_export_warning(project):
    first, second, third = list(project.segments())
    project.set_target(first.id, GOOD_RU.replace("Жогорку Кенеша", "Верховного Совета"))
    project.set_target(second.id, "Правительство решило.", status=Status.CONFIRMED)
    project.set_target(third.id, "Кабинет решил.", status=Status.CONFIRMED)
    found = {(w.segment, w.check) for w in qa_project(project)}
    assert (first.id, qa.TERM_MISSING) in found
    assert {(second.id, qa.INCONSISTENT), (third.id, qa.TERM_MISSING)} <= found
    assert "2 confirmed segment(s)" in export_warning(project)
    (missing,) = [w for w in qa_project(project) if w.segment == first.id]
    ignore_warning(project, missing)
    assert all(w.segment != first.id for w in qa_project(project))
    ignore_warning(project, missing, ignored=False)
    assert any(w.segment == first.id for w in qa_project(project))


def test_cli_qa_json_exits_zero_with_warnings(project, capsys):
    first = next(project.segments())
    project.set_target(first.id, replace(first, target="В Киргизии  все хорошо").target)
    path = str(project.path)
    project.close()
    assert main(["qa", path, "--json"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert {w["check"] for w in warnings} >= {qa.FORBIDDEN_TERM, qa.DOUBLE_SPACE}
    assert all(set(w) >= {"segment", "check", "message"} for w in warnings)
    assert main(["qa", path]) == 0
    assert "Forbidden term" in capsys.readouterr().out


def test_cli_export_with_warnings_warns_and_writes(project, tmp_path, capsys):
    second = list(project.segments())[1]
    project.set_target(second.id, "Кабинет решил.", status=Status.CONFIRMED)
    path = str(project.path)
    project.close()
    out = tmp_path / "out.tmx"
    assert main(["tmx", "export", path, str(out)]) == 0
    assert "1 confirmed segment(s) have" in capsys.readouterr().err
    assert out.exists()
    assert main(["project", "export", path, str(tmp_path / "docs")]) == 0
    assert "QA warning" in capsys.readouterr().err


def test_numbers_by_value():
    found = checks("Мектепте 1 500 окуучу окуйт.", "В школе учатся 1 500 учеников.")
    assert qa.NUMBERS not in found
    found = checks("Мектепте 500 окуучу окуйт.", "В школе учатся 50 учеников.")
    assert found[qa.NUMBERS] == "Numbers missing from the target: 500; not in the source: 50"


def test_every_target_change_refreshes_the_qa_flags(project):
    from workbench.core.flags import label

    first = next(project.segments())
    project.set_target(first.id, GOOD_RU.replace("Жогорку Кенеша", "Верховного Совета"))
    assert "qa-term-missing" in project.segment(first.id).flags
    assert label("qa-term-missing") == "QA: term not translated as in the termbase"
    project.set_target(first.id, GOOD_RU)
    assert not [f for f in project.segment(first.id).flags if f.startswith("qa-")]
    # MT goes through the same hook.
    cleared = project.set_target(first.id, "")
    assert project.apply_mt(first.id, "В Киргизии.", "nllb", None, [], revision=cleared.revision)
    assert "qa-forbidden-term" in project.segment(first.id).flags


def test_qa_flags_follow_ignores_and_termbase_changes(project):
    second = list(project.segments())[1]  # "Өкмөт чечти."
    project.set_target(second.id, "Кабинет решил.")
    assert "qa-term-missing" in project.segment(second.id).flags
    (warning,) = [
        w for w in qa_project(project) if w.segment == second.id and w.check == qa.TERM_MISSING
    ]
    ignore_warning(project, warning)
    assert "qa-term-missing" not in project.segment(second.id).flags
    ignore_warning(project, warning, ignored=False)
    assert "qa-term-missing" in project.segment(second.id).flags
    # A new entry that makes "Кабинет" the forbidden Russian term flags the segment at once.
    add_term_entries(project, [TermEntry({"ru": (Term("кабинет", forbidden=True),)})])
    assert "qa-forbidden-term" in project.segment(second.id).flags


def test_hook_sees_an_edited_shared_termbase(project, tmp_path):
    import os

    from workbench.app.terms import import_terms

    shared = tmp_path / "shared.csv"
    shared.write_text("ky,ru\nчечим,решение\n", encoding="utf-8")
    import_terms(project, shared, shared=True)
    second = list(project.segments())[1]  # "Өкмөт чечти." (чечти is a verb, no term)
    project.set_target(second.id, "Правительство постановило.")
    assert "qa-forbidden-term" not in project.segment(second.id).flags
    shared.write_text("ky,ru,forbidden\nөкмөт,правительство,ru\n", encoding="utf-8")
    stat = shared.stat()
    os.utime(shared, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    project.set_target(second.id, "Правительство решило.")
    assert "qa-forbidden-term" in project.segment(second.id).flags


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Бул закон.", "."),
        ("Бул закон...", "…"),
        ("Бул закон….", "."),
        ("Бул закон?..", "."),
        ("Бул закон....", "…"),
        ("Ал «мыйзам».» ", "."),
        ('He said "yes!")\u00a0', "!"),
        ("Бул закон", ""),
        ("Бул закон,", ""),
        ("Бул закон.)x", ""),
        (".", "."),
        ("", ""),
    ],
)
def test_final_mark_is_read_before_closers_and_spaces(text, mark):
    """The final mark is read from the end of the text (no regex tried at every
    character): after closing quotes and brackets, ... and … both as "…"."""
    from workbench.core.qa_text import _ending

    assert _ending(text) == mark


def test_project_run_reads_light_rows_and_full_segments_where_codes_are(project):
    """qa_project reads rows without building Segments, except where inline codes need
    them: the warnings are those of the checks on the full Segments."""
    from workbench.app.qa import qa_context, qa_texts
    from workbench.core.inline import Code, Kind

    bold = (Code("1", Kind.OPEN, "<b>"), Code("1", Kind.CLOSE, "</b>"))
    coded = "\ue000Өкмөт\ue001 чечти."
    project.add_document(
        "e.txt", "txt", "utf-8", b"-",
        [NewSegment(0, 0, "", coded, "", "Өкмөт чечти.", "ky", source_codes=bold)],
    )  # fmt: skip
    first, second, _third, fourth = list(project.segments())
    project.set_target(first.id, GOOD_RU.replace("Жогорку Кенеша", "Верховного Совета"))
    project.set_target(second.id, "Кабинет решил.", status=Status.CONFIRMED)
    project.set_target(fourth.id, "Правительство решило.")  # the code is lost
    rows = qa_texts(project)
    assert [s.id for s in rows] == [s.id for s in project.segments()]
    ctx = QaContext("ky", "ru", ENTRIES)
    expected = qa_run.run_qa(ctx, list(project.segments()))
    assert qa_run.run_qa(ctx, rows) == expected
    found = {(w.segment, w.check) for w in expected}
    assert {(first.id, qa.TERM_MISSING), (fourth.id, qa.INLINE_CODES)} <= found
    assert qa_project(project) == qa_run.run_qa(qa_context(project), rows)


@pytest.fixture
def ky_project(tmp_path):
    texts = ["Правительство решило.", "Правительство решило сегодня.", "Решение правительства."]
    with Project.create(tmp_path / "k.wbproj", "ru", "ky") as p:
        p.add_document(
            "d.txt", "txt", "utf-8", b"-",
            [NewSegment(0, i, "", t, "", t, "ru") for i, t in enumerate(texts)],
        )  # fmt: skip
        yield p


def _letters_flagged(p, sid, target):
    return "qa-kyrgyz-letters" in p.set_target(sid, target).flags


def test_memory_spellings_are_learnt_without_reopening(ky_project):
    from workbench.core.store_tm import insert_unit

    p = ky_project
    first = next(p.segments())
    assert not _letters_flagged(p, first.id, "Окмот чечти.")  # nothing knows өкмөт yet
    with p.transaction():  # what a TMX import into the open project does
        insert_unit(
            p, "ru", "ky", "Правительство.", "Өкмөт.", "правительство", origin="tmx",
            document=None, creator=None, created=None, changed=None, props=None,
        )  # fmt: skip
    assert _letters_flagged(p, first.id, "Окмоттун чечими.")


def test_confirmed_targets_are_learnt_at_once(ky_project):
    p = ky_project
    first, second, third = list(p.segments())
    assert not _letters_flagged(p, first.id, "Окмот чечти.")
    p.set_target(second.id, "Өкмөт бүгүн чечти.", status=Status.CONFIRMED)
    assert _letters_flagged(p, first.id, "Окмоттун чечими.")
    # A target that is only saved, not confirmed, teaches nothing.
    p.set_target(third.id, "Күз келди.")
    assert not _letters_flagged(p, first.id, "Куз келди.")


def test_known_spellings_learnt_in_any_order_give_the_same_warnings():
    words = ["төө", "тоо", "өкмөт", "Өкмөттүн", "үй"]
    text = "Тоолор, окмоттун уйу жана тоо."
    at_once = list(qa_text.KyrgyzLetters(words).mistyped(text))
    assert at_once == [("окмоттун", 8, "өкмөттүн"), ("уйу", 17, "үй")]
    for order in (words[::-1], words[2:] + words[:2]):
        letters = qa_text.KyrgyzLetters([])
        for word in order:
            letters.add([word])
        assert list(letters.mistyped(text)) == at_once


def test_a_project_run_again_sees_spellings_learnt_since(ky_project):
    # The context remembers each segment's warnings for the next run; a result made
    # before the context learnt a spelling must not be reused.
    from workbench.core.store_tm import insert_unit

    p = ky_project
    first = next(p.segments())
    p.set_target(first.id, "Окмот чечти.")
    assert qa.KYRGYZ_LETTERS not in {w.check for w in qa_project(p)}
    with p.transaction():
        insert_unit(
            p, "ru", "ky", "Правительство.", "Өкмөт.", "правительство", origin="tmx",
            document=None, creator=None, created=None, changed=None, props=None,
        )  # fmt: skip
    assert (first.id, qa.KYRGYZ_LETTERS) in {(w.segment, w.check) for w in qa_project(p)}
