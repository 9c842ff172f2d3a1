"""Language identification of short and long ky/ru/en text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_segmenter import EN, KY, RU
from workbench.core.langid import detect_language

TABLE = [
    # Photo captions, headings, bylines.
    ("Photo: Reuters", "en"),
    ("Бишкек шаары", "ky"),
    ("Президент России", "ru"),
    ("Сүрөт: Reuters", "ky"),
    ("Фото: Reuters", "ru"),
    ("По данным AKIpress", "ru"),
    ("Акыркы жаңылыктар", "ky"),
    ("Последние новости", "ru"),
    ("Latest news", "en"),
    ("Баш барак", "ky"),
    ("Главная страница", "ru"),
    ("Кабарлар", "ky"),
    ("Новости", "ru"),
    ("Сүрөт", "ky"),
    ("Рахмат!", "ky"),
    ("Спасибо!", "ru"),
    ("Шайлоо 2021", "ky"),
    ("Ысык-Көл", "ky"),
    ("Балдар бакчасы", "ky"),
    ("Детский сад", "ru"),
    ("Ата-Журт партиясы", "ky"),
    ("Доллардын курсу", "ky"),
    ("Экономика өсүүдө", "ky"),
    ("Экономика растёт", "ru"),
    ("Конституцияга ылайык", "ky"),
    ("Согласно Конституции", "ru"),
    ("Министр образования", "ru"),
    ("Билим берүү министрлиги", "ky"),
    ("Кыргызстандын президенти", "ky"),
    ("Президент Кыргызстана", "ru"),
    ("Координационный совет", "ru"),
    # Short sentences.
    ("Мен мектепке барам", "ky"),
    ("Я иду в школу", "ru"),
    ("Ал эмне деди?", "ky"),
    ("Что он сказал?", "ru"),
    ("Ош шаарында жаңы мектеп ачылды", "ky"),
    ("В Оше открылась новая школа", "ru"),
    ("Бишкекте аба ырайы суук болот", "ky"),
    ("В Бишкеке будет холодно", "ru"),
    ("Жогорку Кеңеш мыйзамды кабыл алды.", "ky"),
    ("Государственная дума приняла закон.", "ru"),
    ("Кыргыз Республикасынын Өкмөтү", "ky"),
    ("Правительство Кыргызской Республики", "ru"),
    ("Министерство образования и науки Кыргызской Республики", "ru"),
    ("Кыргыз Республикасынын Билим берүү жана илим министрлиги", "ky"),
    ("Текст на кыргызском языке: Мен", "ru"),
    ("Hello, world", "en"),
    ("The President of Russia", "en"),
    ("iPhone 15 Pro", "en"),
    ("Café au lait", "en"),
    ("The ministry said the Жогорку Кеңеш would meet on Monday.", "en"),
    ("Компания Apple выпустила новый iPhone", "ru"),
    ("Apple компаниясы жаңы iPhone чыгарды", "ky"),
    # Kyrgyz typed with stand-ins for its letters.
    ("Жогорку Кеñеш", "ky"),
    ("Ɵкмɵт", "ky"),
    ("мектепте ÿч бала", "ky"),
    # Nothing to go on: the caller's default.
    ("12345", None),
    ("2021", None),
    ("— 5 %", None),
    ("", None),
    ("   \n", None),
    ("Бишкек", None),
    ("Президент", None),
    ("Москва", None),
    ("ООН", None),
    ("😀 !!!", None),
]


# News sentences full of shared loanwords (президент, бюджет, инфляция, депутат).
NEWS = [
    ("Министрлер кабинетинин төрагасы Акылбек Жапаров жыйынга катышты.", "ky"),
    ("Бишкекте жаңы электр станциясы курулат.", "ky"),
    ("Коммерциялык банктардын депозиттери 15% га өстү.", "ky"),
    ("Президенттин администрациясы маалымат таратты.", "ky"),
    ("Республикалык бюджеттин долбоору талкууланды.", "ky"),
    ("Ош облусунун губернатору дайындалды.", "ky"),
    ("Финансы министрлигинин маалыматы боюнча, инфляция 10 пайызды түздү.", "ky"),
    ("Эл аралык валюта фонду Кыргызстанга кредит берет.", "ky"),
    ("Интернет-провайдерлер тарифтерди көтөрдү.", "ky"),
    ("Ал Москвадагы конференцияда баяндама жасады.", "ky"),
    ("Депутаттар мыйзам долбоорун экинчи окууда кабыл алышты.", "ky"),
    ("Социалдык фонддун пенсиялары индексацияланат.", "ky"),
    ("Мектептерде дистанттык окутуу уланат.", "ky"),
    ("Коронавирус инфекциясынын жаңы учурлары катталды.", "ky"),
    ("Председатель кабинета министров принял участие в заседании.", "ru"),
    ("В Бишкеке построят новую электростанцию.", "ru"),
    ("Депозиты коммерческих банков выросли на 15%.", "ru"),
    ("Администрация президента распространила информацию.", "ru"),
    ("Обсуждался проект республиканского бюджета.", "ru"),
    ("Назначен губернатор Ошской области.", "ru"),
    ("По данным Минфина, инфляция составила 10 процентов.", "ru"),
    ("Международный валютный фонд предоставит Кыргызстану кредит.", "ru"),
    ("Депутаты приняли законопроект во втором чтении.", "ru"),
    ("Сотрудники милиции расследуют происшествие.", "ru"),
    ("Пенсии Социального фонда будут проиндексированы.", "ru"),
    ("Зарегистрированы новые случаи коронавирусной инфекции.", "ru"),
    ("Число книг на кыргызском языке выросло.", "ru"),
    ("The National Bank of the Kyrgyz Republic raised the rate.", "en"),
]


@pytest.mark.parametrize(("text", "expected"), NEWS)
def test_news_sentences_with_loanwords(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_language_table(text, expected):
    assert detect_language(text) == expected


def test_default_is_returned_only_when_unsure():
    assert detect_language("2021", default="ky") == "ky"
    assert detect_language("Бишкек", default="ru") == "ru"
    assert detect_language("Бишкек шаары", default="ru") == "ky"
    assert detect_language("Photo: Reuters", default="ky") == "en"


def test_initials_and_list_labels_are_not_russian_words():
    # "С." and "А." are initials, "а)" a list label: none of them is the Russian и/с/а.
    text = "Президент С. Жапаров жана Премьер-министр А. Жапаров жолугушту."
    assert detect_language(text) == "ky"
    assert detect_language("а) алфавитти;") == "ky"
    assert detect_language("Манас эпосу (б.з.ч. IX к.) байыркы.") == "ky"


@pytest.mark.parametrize(
    ("lang", "table"), [("ky", KY), ("ru", RU), ("en", EN)], ids=["ky", "ru", "en"]
)
def test_every_paragraph_of_the_segmenter_tables(lang, table):
    wrong = [text for text, _ in table if detect_language(text) != lang]
    assert wrong == []


@pytest.mark.parametrize(
    ("lang", "table"), [("ky", KY), ("ru", RU), ("en", EN)], ids=["ky", "ru", "en"]
)
def test_sentences_are_never_given_the_other_cyrillic_language(lang, table):
    # A bare list item ("- паспорт;") may be undecided, but never the wrong language.
    sentences = [s for _, expected in table for s in expected]
    results = [detect_language(s) for s in sentences]
    assert [s for s, r in zip(sentences, results, strict=True) if r not in (lang, None)] == []
    assert results.count(lang) >= 0.85 * len(sentences)


@given(st.text(), st.sampled_from([None, "ky", "ru", "en"]))
def test_result_is_always_a_known_code_or_the_default(text, default):
    assert detect_language(text, default) in ("ky", "ru", "en", default)
