"""Messages built in the core in the interface's language (core/i18n.py): the English text
stays exactly what it was (the CLI, `workbench qa --json`, logs), the GUI's shown() gives
Russian or Kyrgyz, the shipped catalogues are complete and compiled from their .po."""

from __future__ import annotations

import json
import pickle
from collections import Counter
from pathlib import Path

import pytest

from workbench.core import i18n, i18n_build
from workbench.core.errors import BadInput, ProjectError
from workbench.core.i18n import Message, msg, nmsg, shown
from workbench.core.qa import QaContext, QaText, check_consistency, check_pair
from workbench.core.termbase import Term, TermEntry


@pytest.fixture
def lang():
    """Set the core's language for one test; English again afterwards."""
    yield i18n.set_language
    i18n.set_language("en")


ENTRIES = [TermEntry({"ky": (Term("мыйзам"),), "ru": (Term("закон"), Term("акт", forbidden=True))})]


def warnings(source: str, target: str, tgt: str = "ru"):
    return check_pair(QaContext("ky", tgt, ENTRIES), 1, source, target, "ky")


# Each check's message as the code wrote it before the core's messages were marked: the
# English output (CLI, qa --json, the editor in English) must not change by a character.
ENGLISH = [
    ("Мыйзам кабыл алынды.", "Акт принят.", "ru", [
        '"Мыйзам" (term "мыйзам") should be translated as "закон"',
        'Forbidden term "акт" in the target ("Акт"); use "закон"',
    ]),
    ("Беш 5 китеп.", "Шесть 6 книг.", "ru", [
        "Numbers missing from the target: 5; not in the source: 6",
    ]),
    ("Беш 5 китеп.", "Пять книг.", "ru", ["Numbers missing from the target: 5"]),
    ("Беш китеп.", "Пять 5 книг.", "ru", ["Numbers not in the source: 5"]),
    ("Китеп «жаңы».", "Книга «новая.", "ru", ["« and » do not pair up (1 « and 0 »)"]),
    ("Китеп «жаңы».", 'Книга «новая "x.', "ru", [
        '« and » do not pair up (1 « and 0 »); an odd number of "',
    ]),
    ("Китеп жаңы.", 'Книга "новая.', "ru", ['An odd number of "']),
    ("Китеп «жаңы».", "Книга новая.", "ru", ["The source quotes 1 time(s), the target 0"]),
    ("Китеп (жаңы).", "Книга (новая.", "ru", ["( and ) do not pair up in the target"]),
    ("Китеп (жаңы).", "Книга новая.", "ru", ["The source has 1 (), the target 0"]),
    ("Китеп жаңы.", "Книга новая", "ru", [
        "The source ends with a full stop, the target with no punctuation",
    ]),
    ("Китеп жаңы!", "Книга новая?", "ru", ["The source ends with !, the target with ?"]),
    ("Китеп жаңы.", " Книга новая. ", "ru", [
        "Spaces at the start and at the end differ from the source's",
    ]),
    ("Китеп жаңы.", "Книга новая. ", "ru", ["Spaces at the end differ from the source's"]),
    ("Китеп жаңы.", "Книга  новая.", "ru", ["Double space in the target at character 6"]),
    ("Бул абдан узун сүйлөм, жыйырма белгиден ашык.", "Да.", "ru", [
        "The target is 0.1 times as long as the source (3 / 45 characters)",
    ]),
    ("Китеп жаңы.", "Китеп жаңы.", "ru", ["The target is the source, untranslated"]),
    ("Китеп жаңы.", "Книгa новая.", "ru", ['"Книгa" mixes Latin and Cyrillic letters']),
    ("Китеп жаңы.", "Кітап жаңы болду.", "ky", [
        '"Кітап" has Kazakh letters (і), not Kyrgyz',
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "tgt", "expected"), ENGLISH)
def test_the_english_messages_are_unchanged(source, target, tgt, expected, lang):
    lang("ru")  # the GUI's language never changes the English text
    assert [w.message for w in warnings(source, target, tgt)] == expected


def test_a_qa_warning_is_shown_in_russian_and_kyrgyz(lang):
    (missing,) = warnings("Беш 5 китеп.", "Пять книг.")
    lang("ru")
    assert shown(missing.message) == "Числа, которых нет в переводе: 5"
    lang("ky")
    assert shown(missing.message) == "Котормодо жок сандар: 5"
    term, forbidden = warnings("Мыйзам кабыл алынды.", "Акт принят.")
    assert shown(term.message) == "«Мыйзам» («мыйзам» термини) «закон» деп которулушу керек"
    lang("ru")  # a field that is itself a message ("or") is translated too
    entry = TermEntry({"ky": (Term("мыйзам"),), "ru": (Term("закон"), Term("акт"))})
    ctx = QaContext("ky", "ru", [entry])
    (either,) = check_pair(ctx, 1, "Мыйзам кабыл алынды.", "Решение принято.", "ky")
    assert either.message.endswith('as "закон" or "акт"')
    assert shown(either.message).endswith("как «закон» или «акт»")
    assert shown(forbidden.message) == (
        "Запрещённый термин «акт» в переводе («Акт»); используйте «закон»"
    )
    lang("en")
    assert shown(missing.message) == missing.message


@pytest.mark.parametrize(("n", "form"), [(2, "разных перевода"), (5, "разных переводов")])
def test_russian_plural_forms_follow_the_count(n, form, lang):
    texts = [QaText(i, "Китеп жаңы.", f"Книга {i}.", "Китеп жаңы.", "ky", 0) for i in range(n)]
    first = check_consistency(texts)[0]
    assert first.message.startswith(f"The same source has {n} different translations")
    lang("ru")
    assert f"{n} {form}" in shown(first.message)


def test_json_and_keys_stay_english_whatever_the_language(lang, capsys, tmp_path):
    from workbench.cli import main
    from workbench.core.store import NewSegment, Project

    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "ru") as project:
        segments = [NewSegment(0, 0, "", "Беш 5 китеп.", "", "Беш 5 китеп.", "ky")]
        project.add_document("a.txt", "txt", "utf-8", b"x", segments)
        sid = project.segment_ids()[0]
        project.set_target(sid, "Пять книг.")
    runs = []
    for code in ("en", "ru", "ky"):
        lang(code)
        assert main(["qa", "--json", str(path)]) == 0
        runs.append(capsys.readouterr().out)
    assert runs[0] == runs[1] == runs[2]
    (warning,) = json.loads(runs[0])["warnings"]
    assert warning["message"] == "Numbers missing from the target: 5"


def test_an_error_is_english_as_str_and_translated_when_shown(lang):
    error = BadInput(msg("file is empty: there is no text to translate"), path="a.txt")
    assert str(error) == "a.txt: file is empty: there is no text to translate"
    lang("ru")
    assert str(error) == "a.txt: file is empty: there is no text to translate"
    assert shown(error) == "a.txt: файл пуст: в нём нет текста для перевода"
    again = pickle.loads(pickle.dumps(error))  # worker processes send errors back
    assert isinstance(str(again), Message) and shown(again) == shown(error)
    assert again.path == error.path
    plain = ProjectError("not marked", path="p.wbproj")  # an unmarked text stays as it is
    assert shown(plain) == "p.wbproj: not marked"


def test_a_broken_translation_falls_back_to_english(lang, monkeypatch):
    lang("ru")
    bad = nmsg("{n} thing", "{n} things", 3, extra="x")
    monkeypatch.setattr(i18n._catalogue[0], "ngettext", lambda *_a: "{missing} штук")
    assert shown(bad) == "3 things"


def test_the_shipped_catalogues_are_complete_and_compiled_from_their_po():
    assert i18n_build.stale() == []
    for code in i18n.LANGUAGES:
        assert i18n_build.problems(code) == []
        assert i18n_build.extract()  # the extractor finds the marked messages


def test_a_new_unmarked_message_is_reported_untranslated(monkeypatch):
    template = i18n_build.extract()
    template.add("A message no catalogue has {x}")
    monkeypatch.setattr(i18n_build, "extract", lambda: template)
    assert i18n_build.problems("ru") == ["ru: untranslated: 'A message no catalogue has {x}'"]


def test_the_project_lock_refusal_and_its_holder_are_shown_translated(lang):
    from workbench.core.project_lock import EDITOR, Holder, ProjectLocked

    holder = Holder("alice", "pc7-not-this-host", 42, "2020-01-02T11:02:00", EDITOR)
    error = ProjectLocked(Path("p.wbproj"), holder)
    assert str(error) == (
        "p.wbproj: is open for writing in the editor window of alice on pc7-not-this-host "
        "(pid 42, since 2020-01-02T11:02); close the project there and run this again, or if "
        "that computer no longer uses it, take it over in the editor"
    )
    lang("ru")
    assert shown(error) == (
        "p.wbproj: открыт для записи: окно редактора пользователя alice на pc7-not-this-host "
        "(pid 42, с 2020-01-02T11:02); закройте проект там и запустите это снова или, если "
        "тот компьютер им больше не пользуется, заберите его в редакторе"
    )
    lang("ky")
    assert shown(holder.describe()).startswith("alice колдонуучусунун pc7-not-this-host")


def _report():
    from workbench.app.batch_report import FAILED, SKIPPED, TRANSLATED, BatchReport, FileResult

    files = [
        FileResult("a.txt", TRANSLATED, sentences=3, flags=Counter({"mt-empty": 2})),
        FileResult("b.txt", SKIPPED, msg("empty: there is no text to translate")),
        FileResult("c.txt", FAILED, "a reason from an older run's report"),  # not a Message
    ]
    report = BatchReport(Path("src"), Path("out"), "ru", "ky", seconds=1.25, files=files)
    return report


def test_the_batch_summary_is_english_as_before_and_translated_when_shown(lang):
    report = _report()
    assert report.summary() == (
        "1 translated, 1 skipped, 1 failed; 3 sentences in 1.2 s\n"
        "  failed: c.txt: a reason from an older run's report\n"
        "  skipped: b.txt: empty: there is no text to translate\n"
        "to review: 2 empty translation\n"
        "no report file was written (see above)"
    )
    lang("ru")
    assert report.summary() == _report().summary()  # the CLI's text never changes
    assert [shown(line) for line in report.summary_lines()] == [
        "переведено: 1, пропущено: 1, с ошибкой: 1; 3 предложения за 1.2 с",
        "  ошибка: c.txt: a reason from an older run's report",
        "  пропущено: b.txt: пусто: нет текста для перевода",
        "проверить: 2 empty translation",  # the GUI passes its own flag names: below
        "файл отчёта не записан (см. выше)",
    ]
    said = shown(report.summary_lines(lambda flag: "пустой перевод")[-2])
    assert said == "проверить: 2 пустой перевод"


def test_numbers_in_a_message_keep_their_format_when_shown(lang):
    (length,) = warnings("Бул абдан узун сүйлөм, жыйырма белгиден ашык.", "Да.")
    lang("ru")
    assert shown(length.message) == "Длина перевода — 0.1 от длины оригинала (3 / 45 знаков)"
    lang("ky")
    assert shown(length.message) == "Котормонун узундугу түп нускага карата 0.1 (3 / 45 белги)"


def test_a_message_keeps_an_errors_text_not_the_error(lang):
    """An exception passed as a field ("({exc})") is kept as its text: a message that
    outlives the error (a batch report's reasons) does not keep its traceback and the
    frames' locals alive. The English text and the shown one are what they were."""
    import gc
    import weakref

    class Big:  # stands for a frame's large local (a document's bytes, a parsed tree)
        pass

    def parse() -> None:
        big = Big()
        parse.seen = weakref.ref(big)  # type: ignore[attr-defined]
        raise ValueError("line 3: not well-formed")

    try:
        parse()
    except ValueError as exc:
        message = msg("is not a well-formed XLIFF file ({exc})", exc=exc)
    gc.collect()
    assert parse.seen() is None  # type: ignore[attr-defined]
    assert message == "is not a well-formed XLIFF file (line 3: not well-formed)"
    assert message.fields == {"exc": "line 3: not well-formed"}
    lang("ru")
    assert "line 3: not well-formed" in shown(message)
    assert pickle.loads(pickle.dumps(message)).fields == message.fields


def test_an_unwritable_output_folders_reason_is_translated_inside_its_message(lang, tmp_path):
    from workbench.app.batch_check import check_writable
    from workbench.core.errors import WorkbenchError

    blocker = tmp_path / "report.txt"
    blocker.write_text("a file where the output folder would go", encoding="utf-8")
    with pytest.raises(WorkbenchError) as caught:
        check_writable(blocker / "out")
    assert "(it is under a file)" in str(caught.value)  # the CLI's English, as before
    lang("ru")
    assert "(на её пути стоит файл)" in shown(caught.value)
    lang("ky")
    assert "(анын жолунда файл турат)" in shown(caught.value)
