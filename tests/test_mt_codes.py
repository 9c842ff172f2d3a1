"""Inline codes in MT drafts: MT sees plain text, codes are placed back by alignment."""

from __future__ import annotations

from tests.test_inline import html_like
from workbench.cli import main
from workbench.core import flags
from workbench.core.inline import check_codes, tagged
from workbench.core.placement import WordAlignment, lexical_alignment, place_codes
from workbench.core.segment import Status
from workbench.core.store import Project
from workbench.mt.align import from_attention

SOURCE = html_like("Бишкекте ", "<b>", "жаңы мектеп", "</b>", " ачылды", "<img/>", ".")


def test_codes_follow_the_aligned_words() -> None:
    # In Bishkek (0,1) opened (3) a new school (1,2)
    alignment = WordAlignment(((0, 0), (0, 1), (1, 4), (2, 5), (3, 2)))
    placed = place_codes(SOURCE, "In Bishkek opened a new school.", alignment)
    assert tagged(placed.coded) == "In Bishkek opened⟨2/⟩ a ⟨1⟩new school⟨/1⟩."
    assert not placed.uncertain


def test_unchanged_text_keeps_its_codes_exactly() -> None:
    assert place_codes(SOURCE, SOURCE.plain).coded == SOURCE
    inside = html_like("Суу H", "<sub>", "2", "</sub>", "O.")
    exact = WordAlignment(((0, 0), (1, 1)), frozenset({1}))
    placed = place_codes(inside, "Water H2O.", exact)
    assert tagged(placed.coded) == "Water H⟨1⟩2⟨/1⟩O." and not placed.uncertain


def test_without_alignment_every_code_is_placed_and_the_guess_flagged() -> None:
    placed = place_codes(SOURCE, "Completely different words here.")
    assert check_codes(SOURCE, placed.coded).ok  # every source code, well nested
    assert placed.uncertain and placed.guessed


def test_interleaved_targets_are_uncertain() -> None:
    # the bold words' translations sit on both sides of another word's translation
    alignment = WordAlignment(((0, 0), (1, 0), (2, 2), (3, 1)))
    placed = place_codes(SOURCE, "New opened school.", alignment)
    assert check_codes(SOURCE, placed.coded).ok and placed.uncertain


def test_lexical_alignment_matches_numbers_and_names() -> None:
    found = lexical_alignment("Ош шаарында 48 класс бар", "Osh has 48 classes, Ош")
    assert (2, 2) in found.pairs and (0, 4) in found.pairs


def test_attention_rows_become_word_links() -> None:
    source = ["kir_Cyrl", "▁Биш", "кекте", "▁жаңы", "</s>"]
    target = ["eng_Latn", "▁New", "▁in", "▁Bish", "kek", "</s>"]
    rows = [
        [1, 0, 0, 0, 0],
        [0, 0.1, 0, 0.8, 0.1],
        [0, 0.7, 0.2, 0.1, 0],
        [0, 0.2, 0.7, 0.1, 0],
        [0, 0.6, 0.3, 0.1, 0],
        [0, 0, 0, 0, 1],
    ]
    assert set(from_attention(source, target, rows).pairs) == {(1, 0), (0, 1), (0, 2)}


SHORT = "**Бишкек шаарында** жаңы мектеп ачылды."
LONG = (
    "Ош облусунда жолдор *оңдолуп* жатат, мугалимдер жыйынга чогулушту жана балдар "
    "мектепке барышты, ата-энелер да келишти, бардыгы кубанышты."
)


def test_tiny_model_keeps_the_formatting_of_a_sentence_it_returns_unchanged(
    tmp_path, tiny_model_dir
) -> None:
    """A paragraph segment: a short formatted sentence the copy-trained model gives back
    unchanged, and a long one it changes; the short one's codes stay exactly in place,
    every code of the long one is in the draft."""
    doc = tmp_path / "news.md"
    doc.write_text(f"{SHORT} {LONG}\n", encoding="utf-8")
    path = tmp_path / "p.wbproj"
    assert (
        main(["project", "new", str(path), "--from", "ky", "--to", "en", "--unit", "paragraph"])
        == 0
    )
    assert main(["project", "add", str(path), str(doc)]) == 0
    assert main(
        ["project", "pretranslate", str(path), "--model", str(tiny_model_dir), "--engine",
         "transformers"]
    ) == 0  # fmt: skip
    with Project.open(path) as project:
        (seg,) = project.segments()
        assert seg.status is Status.MT_DRAFT
        assert "*" not in seg.mt_source and "*" not in (seg.mt_text or "")  # MT saw no markup
        short = tagged(seg.source_coded).split(" Ош")[0]
        assert short == "⟨1⟩Бишкек шаарында⟨/1⟩ жаңы мектеп ачылды."
        draft = tagged(seg.target_coded)
        assert draft.startswith(short + " ")  # exactly where they were
        assert seg.mt_text != seg.source_plain  # the long sentence was changed
        assert check_codes(seg.source_coded, seg.target_coded).missing == ()
        out = tmp_path / "out"
        assert main(["project", "export", str(path), str(out)]) == 0
    assert (out / "news.md").read_text(encoding="utf-8").startswith(SHORT + " ")


def test_a_guessed_placement_is_flagged_for_review(tmp_path) -> None:
    from workbench.app.pretranslate import apply_result
    from workbench.mt.pipeline import MTResult

    doc = tmp_path / "news.md"
    doc.write_text("Бишкекте **жаңы мектеп** ачылды.\n\nЭкинчи **калың** сап.\n", encoding="utf-8")
    path = tmp_path / "p.wbproj"
    assert main(["project", "new", str(path), "--from", "ky", "--to", "en"]) == 0
    assert main(["project", "add", str(path), str(doc)]) == 0
    with Project.open(path) as project:
        first, second = project.segments()
        # no alignment and no word in common: placed by position, flagged
        guess = MTResult((first.id, first.revision), first.mt_source, "Totally other words.",
                         "ky", "en", -0.5)  # fmt: skip
        assert apply_result(project, guess, "m", False)
        # aligned by the model: placed with confidence, not flagged
        links = WordAlignment(((0, 0), (1, 1), (2, 2)))
        aligned = MTResult((second.id, second.revision), second.mt_source, "Second bold line.",
                           "ky", "en", -0.5, alignment=links)  # fmt: skip
        assert apply_result(project, aligned, "m", False)
        first, second = project.segments()
    assert flags.MT_CODES_GUESSED in first.flags
    assert check_codes(first.source_coded, first.target_coded).ok
    assert flags.MT_CODES_GUESSED not in second.flags
    assert tagged(second.target_coded) == "Second ⟨1⟩bold⟨/1⟩ line."


def test_batch_puts_the_formatting_back_into_its_files(tmp_path, tiny_model_dir) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "news.md").write_text(f"{SHORT} {LONG}\n\nPhoto: **Reuters**\n", encoding="utf-8")
    (src / "page.html").write_text(
        "<p>Бишкек <b>шаарында</b> жаңы мектеп <img src='a.png'> ачылды.</p>", encoding="utf-8"
    )
    args = ["batch", str(src), str(out), "--to", "en", "--model", str(tiny_model_dir)]
    assert main([*args, "--engine", "transformers"]) == 0
    md = (out / "news.md").read_text(encoding="utf-8")
    assert md.startswith(SHORT + " ")  # the copied sentence keeps its formatting exactly
    assert md.count("*") == SHORT.count("*") + LONG.count("*") + 4  # every pair is there
    assert "Photo: **Reuters**" in md  # already English: written as it was
    html = (out / "page.html").read_text(encoding="utf-8")
    assert html.count("<b>") == html.count("</b>") == 1 and "<img" in html
    assert "\ue000" not in md + html  # no marker character ever reaches a file
