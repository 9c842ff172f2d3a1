"""Encodings, binary and empty files, control characters and mojibake repair."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.errors import BadInput
from workbench.core.text import Decoded, clean_control_chars, decode_bytes, repair_mojibake

# Kyrgyz without ң ө ү (cp1251 and koi8-r cannot hold them), Russian, and a longer text.
KY_PLAIN = "Бишкек шаары Кыргызстандын борбору жана эки миллион адам жашайт."
KY_FULL = "Жогорку Кеңеш мыйзамды кабыл алды. Өкмөт үчүн бул маанилүү."
RU = "Президент России подписал закон о бюджете на 2021 год."
RU_SHORT = "Привет"
RU_TEXTS = [KY_PLAIN, RU, RU_SHORT, "Ёлка", "Москва - столица России.", "Чехия и Китай"]
EN = "The Ministry of Education published the new curriculum."


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("text", [KY_PLAIN, KY_FULL, RU, RU_SHORT, EN, "Café, naïve"])
def test_utf8_without_bom(text):
    assert decode_bytes(text.encode("utf-8"), "a.txt") == Decoded(text, "utf-8", False)


@pytest.mark.parametrize("text", [KY_FULL, RU, EN])
def test_utf8_with_bom(text):
    decoded = decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), "a.txt")
    assert decoded == Decoded(text, "utf-8", True)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [KY_FULL, RU, EN, RU_SHORT, "Да", "РСФСР"])
def test_utf16_and_utf32_with_bom(text, encoding):
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[encoding]
    decoded = decode_bytes(bom + text.encode(encoding), "a.txt")
    assert decoded == Decoded(text, encoding, True)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [KY_FULL, RU, EN, RU_SHORT, "Жогорку Кеңеш", "ab"])
def test_utf16_without_bom(text, encoding):
    assert decode_bytes(text.encode(encoding), "a.txt") == Decoded(text, encoding, False)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("text", RU_TEXTS)
def test_single_byte_cyrillic(text, encoding):
    assert decode_bytes(text.encode(encoding), "a.txt") == Decoded(text, encoding, False)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_single_byte_cyrillic_multiline_document(encoding):
    text = "\n".join([KY_PLAIN, RU, "Министерство образования и науки.", "Кыргыз тили"])
    assert decode_bytes(text.encode(encoding), "a.txt").encoding == encoding


def _table_sentences() -> list[str]:
    from tests.test_segmenter import KY, RU

    return [s for _, sentences in KY + RU for s in sentences]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_single_byte_cyrillic_on_every_sentence_of_the_segmenter_tables(encoding):
    wrong = []
    for sentence in _table_sentences():
        try:
            data = sentence.encode(encoding)
        except UnicodeEncodeError:
            continue  # ң ө ү or a dash koi8-r lacks
        if not data.isascii() and decode_bytes(data, "a.txt").text != sentence:
            wrong.append(sentence)
    assert wrong == []


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_single_byte_cyrillic_on_single_words(encoding):
    # Words of four letters or more, alone in a file: the hardest case for a guess.
    words = {w.strip('.,!?:;«»"()—-') for s in _table_sentences() for w in s.split()}
    words = {w for w in words if sum(ch.isalpha() for ch in w) >= 4}
    tried = wrong = 0
    for word in words:
        try:
            data = word.encode(encoding)
        except UnicodeEncodeError:
            continue
        if data.isascii():
            continue
        tried += 1
        wrong += decode_bytes(data, "a.txt").text != word
    assert tried > 200
    assert wrong <= 0.01 * tried


@pytest.mark.parametrize(
    "text", ["Café", "naïve", "Zoë Müller", "Straße", "über", "¿Qué?", "£5 or €5", "Ça va"]
)
def test_cp1252_short_western_text(text):
    assert decode_bytes(text.encode("cp1252"), "a.txt") == Decoded(text, "cp1252", False)


def test_cp1252_western_text():
    text = "Café au lait, naïve résumé — Zoë."
    assert decode_bytes(text.encode("cp1252"), "a.txt") == Decoded(text, "cp1252", False)


def test_line_endings_are_normalised():
    data = "Биринчи сап\r\nЭкинчи сап\rҮчүнчү сап\n".encode()
    assert decode_bytes(data, "a.txt").text == "Биринчи сап\nЭкинчи сап\nҮчүнчү сап\n"
    utf16 = codecs.BOM_UTF16_LE + "one\r\ntwo".encode("utf-16-le")
    assert decode_bytes(utf16, "a.txt").text == "one\ntwo"


# --------------------------------------------------------------------------- bad input

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (PNG, "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50), "Office"),
        (b"\x7fELF\x02\x01\x01" + bytes(20), "program"),
        (bytes(range(256)) * 8, "binary"),
        (b"Hello\x00world, this has a NUL in the middle", "NUL"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19]) * 20, "binary"),
    ],
)
def test_binary_is_refused_with_a_clear_message(data, words):
    with pytest.raises(BadInput) as info:
        decode_bytes(data, "report.txt")
    message = str(info.value)
    assert message.startswith("report.txt: ")
    assert words in message
    assert "\n" not in message
    assert "plain text" in message  # says what to do


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\r\n\t  \n", codecs.BOM_UTF8, b"\xff\xfe"])
def test_empty_file_is_refused(data):
    with pytest.raises(BadInput, match="file is empty"):
        decode_bytes(data, "empty.txt")


def test_damaged_utf8_is_not_misread_as_cp1251():
    data = (KY_FULL + " Кеңеш").encode("utf-8")[:-1]  # cut in the middle of the last letter
    with pytest.raises(BadInput, match="UTF-8 but 1 byte"):
        decode_bytes(data, "cut.txt")


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_bad_input(data):
    try:
        decoded = decode_bytes(data, "x.txt")
    except BadInput as exc:
        assert "\n" not in str(exc)
    else:
        assert decoded.text.strip()
        assert "\r" not in decoded.text


# --------------------------------------------------------------------------- control characters


def test_clean_control_chars_removes_c0_and_c1():
    assert clean_control_chars("a\x00b\x07c\x1b[0m\x7fd\x9be") == ("abc[0mde", True)


def test_clean_control_chars_keeps_tab_and_newline_and_converts_line_breaks():
    assert clean_control_chars("a\tb\nc") == ("a\tb\nc", False)
    assert clean_control_chars("p1\fp2\r\np3\rp4\u2028p5") == ("p1\np2\np3\np4\np5", True)


def test_clean_control_chars_removes_stray_bom_and_keeps_text():
    assert clean_control_chars("\ufeffКеңеш\ufeff") == ("Кеңеш", True)
    text = "Кыргызча 😀 Ñandú «цитата» — 5%"
    assert clean_control_chars(text) == (text, False)


@given(st.text())
def test_clean_control_chars_result_is_clean(text):
    cleaned, changed = clean_control_chars(text)
    assert changed == (cleaned != text)
    assert all(ch in "\t\n" or ch.isprintable() or not ch.isascii() for ch in cleaned)
    assert not any("\x00" <= ch < " " and ch not in "\t\n" for ch in cleaned)
    assert clean_control_chars(cleaned) == (cleaned, False)


# --------------------------------------------------------------------------- mojibake

MOJIBAKE_SOURCES = [
    "Кыргыз Республикасы",
    "Россия и Китай",
    "Бишкек шаары — Кыргызстандын борбору.",
    "Жогорку Кеңеш «Ата-Журт» үчүн мыйзам кабыл алды.",
    "Чехия, ёлка",
    "В «СССР» было 15 республик",
    "Компания «АБВ-Р»",
    "РСФСР",
    "I love café — really",
]


@pytest.mark.parametrize("text", MOJIBAKE_SOURCES)
@pytest.mark.parametrize("wrong", ["cp1251", "latin-1"])
def test_repairs_utf8_read_as_single_byte(text, wrong):
    broken = text.encode("utf-8").decode(wrong)
    assert broken != text
    assert repair_mojibake(broken) == (text, True)


def test_repairs_known_examples():
    assert repair_mojibake("РљС‹СЂРіС‹Р·") == ("Кыргыз", True)
    assert repair_mojibake("Ðîññèÿ") == ("Россия", True)
    assert repair_mojibake("ÐšÑ‹Ñ€Ð³Ñ‹Ð·") == ("Кыргыз", True)


@pytest.mark.parametrize(
    "text",
    ["Кыргыз Республикасы", "Россия и Китай", "Чехия, ёлка", "РСФСР", "В «СССР» было 15 республик"],
)
def test_repairs_cp1251_read_as_cp1252(text):
    broken = text.encode("cp1251").decode("cp1252")
    assert repair_mojibake(broken) == (text, True)


@pytest.mark.parametrize(
    "text",
    [
        "Вопрос о бюджете",
        "Президент России подписал указ.",
        "Бишкек шаары Кыргызстандын борбору.",
        "Москва",
        "В России",
    ],
)
@pytest.mark.parametrize(("right", "wrong"), [("cp1251", "koi8-r"), ("koi8-r", "cp1251")])
def test_repairs_cp1251_and_koi8r_read_as_each_other(text, right, wrong):
    broken = text.encode(right).decode(wrong)
    assert repair_mojibake(broken) == (text, True)


def test_swapped_cyrillic_repairs_punctuation_too():
    broken = "Министерство «Образования» — №5".encode("cp1251").decode("koi8-r")
    assert broken == "лХМХЯРЕПЯРБН ╚нАПЮГНБЮМХЪ╩ ≈ ╧5"
    assert repair_mojibake(broken) == ("Министерство «Образования» — №5", True)


def test_swapped_list_lines_are_repaired_with_the_rest():
    text = "Документы:\n1) заявление;\n2) копия паспорта;\n3) справка."
    broken = text.encode("cp1251").decode("koi8-r")
    assert broken.splitlines()[1] == "1) ГЮЪБКЕМХЕ;"  # no telltale of its own
    assert repair_mojibake(broken) == (text, True)


_MISREADINGS = {
    "utf-8 as cp1251": (lambda s: s.encode().decode("cp1251"), 0.98),
    "utf-8 as latin-1": (lambda s: s.encode().decode("latin-1"), 0.98),
    "cp1251 as cp1252": (lambda s: s.encode("cp1251").decode("cp1252"), 0.95),
    "cp1251 as koi8-r": (lambda s: s.encode("cp1251").decode("koi8-r"), 0.75),
    "koi8-r as cp1251": (lambda s: s.encode("koi8-r").decode("cp1251"), 0.70),
}


@pytest.mark.parametrize("name", list(_MISREADINGS))
def test_every_table_sentence_is_repaired_or_left_alone(name):
    """Broken sentences of the segmenter tables: mostly repaired, never repaired wrongly."""
    from tests.test_segmenter import EN, KY, RU

    texts = [t for t, _ in KY + RU + EN] + [s for _, ss in KY + RU + EN for s in ss]
    breaks, share = _MISREADINGS[name]
    repaired = tried = 0
    for text in texts:
        try:
            broken = breaks(text)
        except UnicodeError:
            continue  # ң ө ү, or a character the code page lacks
        if broken == text:
            continue
        tried += 1
        fixed, changed = repair_mojibake(broken)
        assert fixed in (text, broken)
        assert changed == (fixed != broken)
        repaired += fixed == text
    assert tried > 100
    assert repaired >= share * tried


def test_correct_table_sentences_are_never_touched():
    from tests.test_segmenter import EN, KY, RU

    texts = [t for t, _ in KY + RU + EN] + [s for _, ss in KY + RU + EN for s in ss]
    assert [t for t in texts if repair_mojibake(t)[1]] == []


def test_repairs_only_the_broken_lines_and_runs():
    broken = "Ðîññèÿ è Êèòàé\nCafé naïve\nРљС‹СЂРіС‹Р· тили\nKyrgyz Ðåñïóáëèêà day"
    fixed, changed = repair_mojibake(broken)
    assert changed
    assert fixed == "Россия и Китай\nCafé naïve\nКыргыз тили\nKyrgyz Республика day"


def test_one_telltale_sequence_is_enough():
    assert repair_mojibake("cafÃ© ok") == ("café ok", True)
    assert repair_mojibake("Ал келди вЂ” деди") == ("Ал келди — деди", True)


def test_cp1252_with_lost_bytes_marks_the_lost_letter():
    broken = "Кыргыз Республикасы".encode().decode("cp1252", errors="replace")
    fixed, changed = repair_mojibake(broken)
    assert changed
    assert fixed == "Кыргыз Ре\ufffdпублика\ufffdы"


@pytest.mark.parametrize(
    "text",
    [
        "Café",
        "naïve",
        "Ð",
        "Ðó",
        "À la carte",
        "Ça va? Où est-il?",
        "Zoë Müller, Ångström",
        "Mötley Crüe",
        "Æsir, Þór",
        "ÀÉÈ",
        "éé",
        "Россия",
        "РСФСР",
        "«РСФСР»",
        "Компания «АБВ-Р»",
        "ВСЁ ХОРОШО",
        "С… и Р… пришли",
        "Жогорку Кеңеш «Ата-Журт» үчүн",
        "Президент России В. В. Путин",
        "The U.S. Army — 5 km.",
        "Кыргызстан 😀 ✓",
        "мРНК вакцина и мРНК тест, мощность 5 кВт",
        "ПРЕЗИДЕНТ РОССИИ",
        "Статья В«Ленте»",  # В is C2 in cp1251, like the lead byte of "«" in UTF-8
        "Температура 20 С°, давление Р»",
        "",
    ],
)
def test_correct_text_is_never_touched(text):
    assert repair_mojibake(text) == (text, False)


REAL_WORDS = (
    "Россия РСФСР СССР ВСЁ Ёлка Чехия и в с к «Р» Р. С. Ш. ПРЁТ Компания «АБВ-Р» — … № 5 "
    "Бишкек шаары Кыргызстан Жогорку Кеңеш үчүн өкмөт жана менен ТЭЦ ЖОЖ "
    "Café naïve À à où Ça Zoë Müller Ångström Ñandú São Paulo résumé the U.S. 12.05.2021 3,5% "
    "кВт мРНК мВ МэВ iPhone ТВ ПРЕЗИДЕНТ РОССИИ"
).split()


@given(st.lists(st.sampled_from(REAL_WORDS), max_size=12), st.sampled_from([" ", ", ", "\n"]))
def test_sequences_of_real_words_are_never_touched(words, sep):
    text = sep.join(words)
    assert repair_mojibake(text) == (text, False)


def test_a_repeated_accented_letter_is_not_taken_for_damaged_cyrillic():
    # Found by hypothesis: "ÀÀà" read as cp1251 would be "ААа", which is no word.
    assert repair_mojibake("ÀÀà") == ("ÀÀà", False)
    assert repair_mojibake("Ðîññèÿ") == ("Россия", True)
