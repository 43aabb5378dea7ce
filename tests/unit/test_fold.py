"""Names written in Azerbaijani Latin, Russian Cyrillic and ASCII fold to one search key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.search.fold import fold_name, fold_query, fold_token, plain_name, split_plain

# Each line: one name as it is written in Azerbaijani, then the Russian spelling(s) seen
# in court documents and the press, then common ASCII spellings. All must fold together.
SAME_NAME = [
    # surnames
    ("Məmmədov", "Мамедов", "Mammadov", "Memmedov"),
    ("Hüseynov", "Гусейнов", "Huseynov"),
    ("Həsənov", "Гасанов", "Hasanov", "Gasanov"),
    ("Cəfərov", "Джафаров", "Jafarov", "Djafarov", "Dzhafarov"),
    ("Xəlilov", "Халилов", "Khalilov", "Xalilov"),
    ("Qasımov", "Гасымов", "Gasimov", "Qasimov", "Gasymov"),
    ("Əliyev", "Алиев", "Aliyev", "Aliev"),
    ("Əliyeva", "Алиева", "Aliyeva"),
    ("Quliyev", "Кулиев", "Guliyev"),
    ("Qurbanov", "Курбанов", "Гурбанов", "Gurbanov"),
    ("Ağayev", "Агаев", "Agayev"),
    ("Hacıyev", "Гаджиев", "Hajiyev", "Gadzhiev"),
    ("İsmayılov", "Исмаилов", "Ismayilov"),
    ("Əhmədov", "Ахмедов", "Ahmadov", "Akhmedov"),
    ("İbrahimov", "Ибрагимов", "Ibrahimov"),
    ("Heydərov", "Гейдаров", "Heydarov"),
    ("Rzayev", "Рзаев", "Rzayev"),
    ("Mustafayev", "Мустафаев", "Mustafayev"),
    ("Sadıqov", "Садыгов", "Sadigov"),
    ("Cəlilov", "Джалилов", "Jalilov"),
    ("Qəhrəmanov", "Гахраманов", "Gahramanov"),
    ("Süleymanov", "Сулейманов", "Suleymanov"),
    ("Bağırov", "Багиров", "Bagirov"),
    ("Hümbətov", "Гумбатов", "Humbatov"),
    ("Muxtarlı", "Мухтарлы", "Mukhtarli", "Mukhtarly"),
    ("Yaqublu", "Ягублу", "Yagublu"),
    ("Rüstəmzadə", "Рустамзаде", "Rustamzade"),
    # male first names
    ("Əli", "Али", "Ali", "Eli"),
    ("Həsən", "Гасан", "Hasan"),
    ("Yaqub", "Ягуб", "Якуб", "Yagub"),
    ("Şahin", "Шахин", "Shahin", "Sahin"),
    ("Çingiz", "Чингиз", "Chingiz", "Cingiz"),
    ("Tofiq", "Тофик", "Tofig"),
    ("Elçin", "Эльчин", "Elchin", "Elcin"),
    ("İlqar", "Ильгар", "Ilgar", "ILQAR"),
    ("Əbülfəz", "Абульфаз", "Abulfaz"),
    ("Rəşad", "Рашад", "Rashad", "Resad"),
    ("Tural", "Турал", "Tural"),
    ("Vüqar", "Вугар", "Vugar"),
    ("Cavid", "Джавид", "Javid"),
    ("Bəxtiyar", "Бахтияр", "Bakhtiyar"),
    ("Rövşən", "Ровшан", "Rovshan"),
    ("İlyas", "Ильяс", "Ilyas"),
    ("Əyyub", "Айюб", "Аюб", "Ayyub"),
    ("Dünyamin", "Дуньямин", "Dunyamin"),
    ("Mehriban", "Мехрибан", "Mehriban"),
    ("Üzeyir", "Узеир", "Uzeyir"),
    ("Fərid", "Фарид", "Farid"),
    ("Orxan", "Орхан", "Orkhan"),
    ("Ramil", "Рамиль", "Ramil"),
    ("Kamran", "Камран", "Kamran"),
    ("Afqan", "Афган", "Afgan"),
    # female first names
    ("Ülviyyə", "Ульвия", "Ulviyya"),
    ("Nərmin", "Нармин", "Narmin"),
    ("Aygün", "Айгюн", "Aygun"),
    ("Gülnar", "Гюльнар", "Gulnar"),
    ("Ləman", "Ламан", "Ляман", "Laman"),
    ("Yeganə", "Егана", "Yegana"),
    ("Sevinc", "Севиндж", "Sevinj"),
    ("Xədicə", "Хадиджа", "Khadija"),
    ("Könül", "Кёнуль", "Konul"),
    ("Gövhər", "Гёвхар", "Govhar"),
    ("Zülfiyyə", "Зульфия", "Zulfiyya"),
    ("Nigar", "Нигяр", "Nigar"),
    ("Günel", "Гюнель", "Gunel"),
    ("Səadət", "Саадат", "Saadat"),
    ("Zeynəb", "Зейнаб", "Zeynab"),
    ("Leyla", "Лейла", "Leyla"),
    ("Səbinə", "Сабина", "Sabina"),
    # full names, any case and word order
    ("Əli Həsənov", "Али Гасанов", "Ali Hasanov", "ali hasanov", "ƏLİ HƏSƏNOV"),
    ("Tofiq Yaqublu", "Тофик Ягублу", "TOFIQ YAGUBLU"),
    ("Bəxtiyar Hacıyev", "Бахтияр Гаджиев", "Bakhtiyar Hajiyev"),
]

# Clearly different names must stay apart.
DIFFERENT = [
    ("Əli", "Elçin"),
    ("Həsənov", "Hüseynov"),
    ("Rəşad", "Rəsul"),
    ("Həsən", "Hüseyn"),
    ("Cavid", "Cavad"),
    ("Tural", "Toral"),
    ("Leyla", "Lalə"),
    ("Nigar", "Nərgiz"),
    ("Elnur", "Anar"),
    ("Əliyev", "Quliyev"),
    ("Məmmədov", "Məhərrəmov"),
    ("Rəşad", "Rəsmiyyə"),
    ("Şahin", "Şəhla"),
    ("Vüqar", "Vəfa"),
    ("Ülviyyə", "Ülkər"),
    ("Xəlilov", "Cəlilov"),
    ("Cəfərov", "Səfərov"),
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda s: s[0])
def test_spellings_of_one_name_fold_to_one_key(spellings: tuple[str, ...]) -> None:
    keys = {spelling: fold_name(spelling) for spelling in spellings}
    assert len(set(keys.values())) == 1, keys


def test_pair_table_is_large() -> None:
    assert len(SAME_NAME) >= 40


@pytest.mark.parametrize(("first", "second"), DIFFERENT, ids=lambda s: s)
def test_different_names_do_not_collide(first: str, second: str) -> None:
    assert fold_name(first) != fold_name(second)
    # Neither is a word prefix of the other, or a search for one would list the other.
    assert not fold_name(first).startswith(fold_name(second))
    assert not fold_name(second).startswith(fold_name(first))


def test_hasan_is_a_prefix_of_every_spelling_of_hasanov() -> None:
    hasan = fold_name("hasan")
    for spelling in ("Əli Həsənov", "Али Гасанов", "Ali Hasanov", "HƏSƏNOV"):
        assert any(word.startswith(hasan) for word in fold_name(spelling).split())


def test_surname_alone_is_a_word_of_the_full_name() -> None:
    assert fold_name("HƏSƏNOV") in fold_name("Əli Həsənov").split()


def test_key_is_readable_sound_classes() -> None:
    assert fold_name("Əli Həsənov") == "ali kasanov"
    assert fold_name("Məmmədov") == "mamadov"
    assert fold_name("Şahin Çingiz") == "sakin cinkiz"


def test_punctuation_apostrophes_and_hyphens() -> None:
    assert fold_name("  Əli\t\nHəsənov ") == "ali kasanov"
    assert fold_name("Mə'mun") == fold_name("Mamun") == fold_name("Ма’мун")
    assert fold_name("Həsənova-Əliyeva") == fold_name("Гасанова Алиева")
    assert fold_name("Həsənov, Əli (Ali)") == fold_name("Hasanov Ali Ali")
    assert fold_name("") == fold_name("  -- ' , ") == ""


def test_soft_and_hard_signs_are_silent() -> None:
    assert fold_name("Эльчин") == fold_name("Элчин")
    assert fold_name("Гюльнар") == fold_name("Гюлнар")


def test_fold_query_splits_into_folded_words_in_order() -> None:
    assert fold_query("Гасанов  Али") == ["kasanov", "ali"]
    assert fold_query("hasanov, ali!") == ["kasanov", "ali"]
    assert fold_query(" ,; ") == []


def test_plain_spelling_keeps_letters_apart() -> None:
    assert plain_name("Zakir") == "zakir"
    assert plain_name("Zahir") == "zahir"
    assert plain_name("Əli Həsənov") == "ali hasanov"
    assert plain_name("Али Гасанов") == "ali gasanov"
    assert split_plain("Şahin-Çingiz") == ["shahin", "chingiz"]


def test_fold_token_on_plain_words() -> None:
    assert fold_token("dzhafarov") == "cafarov"
    assert fold_token("khalilov") == "kalilov"
    assert fold_token("aliyev") == "aliav"


# Letters that the rules look at, so the properties meet them often.
NAME_LETTERS = (
    "abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЕЁЙЪЫЬЭЮЯ '’-"
)
names = st.text(alphabet=NAME_LETTERS, max_size=30)


@settings(max_examples=500)
@given(st.one_of(names, st.text()))
def test_folding_its_own_output_changes_nothing(text: str) -> None:
    key = fold_name(text)
    assert fold_name(key) == key


@settings(max_examples=500)
@given(st.one_of(names, st.text()))
def test_folding_ignores_case(text: str) -> None:
    assert fold_name(text.upper()) == fold_name(text) == fold_name(text.lower())


@settings(max_examples=500)
@given(st.text())
def test_any_unicode_folds_to_words_of_the_key_alphabet(text: str) -> None:
    key = fold_name(text)
    assert key == key.strip()
    assert "  " not in key
    assert set(key) <= set("abcdfiklmnoprstuvyz0123456789 ")
    assert fold_query(text) == (key.split() if key else [])
