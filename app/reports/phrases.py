# ruff: noqa: E501  (a table of translations: one phrase in three languages a line)
"""The sentences and headings of printed reports, in English, Azerbaijani and Russian.

Codes (statuses, kinds, groups) are in :mod:`app.words`; this module holds the
report's own words: section titles, row labels, banners, footers, notes. ``{name}``
placeholders are filled by :func:`say`. Every phrase has all three languages (a test
checks it). Pure.
"""

from __future__ import annotations

from app.words import DEFAULT_LANGUAGE, W, pick

PHRASES: dict[str, W] = {
    # banners and footers
    "banner.colleague": (
        "Privileged and confidential — lawyer's copy",
        "Məxfi — vəkil nüsxəsi",
        "Конфиденциально — экземпляр адвоката",
    ),
    "banner.family": ("Family copy", "Ailə üçün nüsxə", "Экземпляр для семьи"),
    "banner.public": ("For publication", "Dərc üçün", "Для публикации"),
    "profile.colleague": (
        "colleague — complete, privileged notes included; for lawyers only",
        "həmkar — tam, məxfi qeydlərlə; yalnız vəkillər üçün",
        "коллега — полностью, с конфиденциальными заметками; только для адвокатов",
    ),
    "profile.family": (
        "family — no privileged notes, events or lawyer's assessments",
        "ailə — məxfi qeydlər, hadisələr və vəkil rəyləri olmadan",
        "семья — без конфиденциальных заметок, событий и оценок адвоката",
    ),
    "profile.public": (
        "public — only what may be published",
        "açıq — yalnız dərc oluna bilənlər",
        "публично — только то, что можно публиковать",
    ),
    "profile_short.colleague": (
        "colleague, for lawyers only",
        "həmkar, yalnız vəkillər üçün",
        "коллега, только для адвокатов",
    ),
    "profile_short.family": ("family", "ailə", "семья"),
    "profile_short.public": ("public", "açıq", "публично"),
    "footer": (
        "Printed {date} · Profile: {profile}",
        "Çap tarixi: {date} · Profil: {profile}",
        "Напечатано {date} · Профиль: {profile}",
    ),
    "page": ("Page {page} of {pages}", "Səhifə {page} / {pages}", "Страница {page} из {pages}"),
    "summary.title": ("Case summary", "İşin xülasəsi", "Сводка по делу"),
    "summaries.title": ("Case summaries", "İşlərin xülasələri", "Сводки по делам"),
    # sections
    "section.person": ("Person", "Şəxs", "Человек"),
    "section.custody": ("Custody", "Azadlıqdan məhrumetmə", "Лишение свободы"),
    "section.sentence": ("Charges and sentence", "İttiham və cəza", "Обвинение и приговор"),
    "section.eligibility": ("Eligibility", "Şamil olunma", "Право на освобождение"),
    "section.deadlines": ("Upcoming deadlines", "Yaxınlaşan müddətlər", "Ближайшие сроки"),
    "section.events": ("Recent events", "Son hadisələr", "Последние события"),
    "section.notes": ("Notes", "Qeydlər", "Заметки"),
    # rows
    "row.born": ("Born", "Doğum tarixi", "Дата рождения"),
    "row.age": ("{date} (age {age})", "{date} ({age} yaş)", "{date} ({age})"),
    "row.sex": ("Sex", "Cins", "Пол"),
    "row.groups": ("Groups", "Qruplar", "Группы"),
    "row.status": ("Status", "Vəziyyət", "Статус"),
    "row.facility": ("Held at", "Saxlanıldığı yer", "Место содержания"),
    "row.arrested": ("Arrested", "Həbs tarixi", "Дата задержания"),
    "row.charges": ("Charges", "İttihamlar", "Обвинения"),
    "row.articles": ("Articles", "Maddələr", "Статьи"),
    "row.category": ("Category", "Cinayətin kateqoriyası", "Категория преступления"),
    "row.verdict": ("Verdict", "Hökm", "Приговор"),
    "row.term": ("Term", "Cəza müddəti", "Срок"),
    "row.start": ("Counted from", "Cəzanın başlanğıcı", "Начало срока"),
    "row.regime": ("Regime", "Rejim", "Режим"),
    "row.recidivism": ("Repeat offence", "Residiv", "Рецидив"),
    "row.effective_term": (
        "Term after changes",
        "Dəyişikliklərdən sonra müddət",
        "Срок после изменений",
    ),
    "row.credit": ("Credit for custody", "Həbsdə keçən vaxtın zaliqi", "Зачёт времени под стражей"),
    "row.last_day": ("Last day", "Son gün", "Последний день"),
    "row.alternative_last_day": (
        "Last day (other convention)",
        "Son gün (digər hesablama)",
        "Последний день (другой способ счёта)",
    ),
    "row.unserved": ("Unserved", "Çəkilməmiş hissə", "Неотбытая часть"),
    "row.served": ("Served", "Çəkilib", "Отбыто"),
    "row.half": ("Half of the term", "Müddətin yarısı", "Половина срока"),
    "row.two_thirds": ("Two thirds", "Üçdə iki", "Две трети"),
    "row.three_quarters": ("Three quarters", "Dörddə üç", "Три четверти"),
    "row.release_rule": ("Release", "Azad olunma", "Освобождение"),
    "row.time_served": ("Time served", "Çəkilmiş müddət", "Отбытое время"),
    # values
    "on_day": ("{what} on {date}", "{date} tarixinə {what}", "{what} на {date}"),
    "served_share": ("{percent}% of the term", "müddətin {percent}%-i", "{percent}% срока"),
    "life_release": (
        "by rule after 25 years served (Criminal Code Art. 57.3, 76), not on a date",
        "qaydaya görə 25 il çəkildikdən sonra (CM-in 57.3-cü və 76-cı maddələri), müəyyən tarixdə deyil",
        "по правилу после 25 лет отбытого срока (ст. 57.3, 76 УК), а не в определённый день",
    ),
    "alternative_note": (
        "The two ways of counting a term that starts on the 29th–31st of a month give different last days; which one applies is for the lawyer to confirm.",
        "Ayın 29–31-də başlayan müddətin iki hesablama üsulu fərqli son gün verir; hansının tətbiq olunduğunu vəkil təsdiqləməlidir.",
        "Два способа счёта срока, начавшегося 29–31 числа, дают разные последние дни; какой применяется, должен подтвердить адвокат.",
    ),
    "term_served_detail": (
        "The credit for custody ({days}) is at least the whole term.",
        "Həbsdə keçən vaxtın zaliqi ({days}) bütün müddətdən az deyil.",
        "Зачёт времени под стражей ({days}) не меньше всего срока.",
    ),
    "ongoing": ("ongoing", "davam edir", "продолжается"),
    "rule.origin.builtin": ("built in", "daxili", "встроенное"),
    "rule.origin.vault": ("added", "əlavə edilib", "добавлено"),
    "rule.until": ("until {date}", "{date} tarixinədək", "до {date}"),
    "not_yet_known": ("not yet known", "hələ məlum deyil", "пока неизвестно"),
    "ordered_until": (
        "{to} (ordered until {date})",
        "{to} ({date} tarixinədək təyin edilib)",
        "{to} (по решению до {date})",
    ),
    "charged_under": (
        "Charged under {articles}",
        "İttiham: {articles}",
        "Обвинение по ст. {articles}",
    ),
    "deadline.appeal": (
        "Appeal against the verdict of {date}",
        "{date} tarixli hökmdən apellyasiya şikayəti",
        "Апелляционная жалоба на приговор от {date}",
    ),
    "deadline.cassation": (
        "Cassation appeal against the appeal decision of {date}",
        "{date} tarixli apellyasiya qərarından kassasiya şikayəti",
        "Кассационная жалоба на решение апелляции от {date}",
    ),
    "deadline.echr": (
        "Application to the ECHR after the final decision of {date}",
        "{date} tarixli yekun qərardan sonra AİHM-ə şikayət",
        "Жалоба в ЕСПЧ после окончательного решения от {date}",
    ),
    "deadline.detention_end": (
        "Court-ordered pretrial detention ends (ordered on {date})",
        "Məhkəmənin təyin etdiyi həbs müddəti bitir ({date} tarixli qərar)",
        "Истекает назначенный судом срок содержания под стражей (решение от {date})",
    ),
    # tables
    "col.from": ("From", "Başlanğıc", "С"),
    "col.to": ("To", "Son", "По"),
    "col.kind": ("Kind", "Növ", "Вид"),
    "col.days": ("Days", "Gün", "Дней"),
    "col.due": ("Due", "Son tarix", "Срок"),
    "col.what": ("What", "Nə", "Что"),
    "col.date": ("Date", "Tarix", "Дата"),
    "col.event": ("Event", "Hadisə", "Событие"),
    "col.details": ("Details", "Təfərrüat", "Подробности"),
    # empty sections and what was left out
    "empty.custody": (
        "No custody periods recorded.",
        "Azadlıqdan məhrumetmə dövrləri qeyd olunmayıb.",
        "Периоды лишения свободы не записаны.",
    ),
    "empty.sentence": ("No sentence recorded.", "Hökm qeyd olunmayıb.", "Приговор не записан."),
    "empty.eligibility": (
        "No rule applies on this date.",
        "Bu tarixdə heç bir qayda tətbiq olunmur.",
        "На эту дату не действует ни одно правило.",
    ),
    "empty.deadlines": (
        "No upcoming deadlines.",
        "Yaxınlaşan müddət yoxdur.",
        "Ближайших сроков нет.",
    ),
    "empty.events": ("No events recorded.", "Hadisə qeyd olunmayıb.", "События не записаны."),
    "empty.notes": (
        "No notes to show in this profile.",
        "Bu profildə göstəriləcək qeyd yoxdur.",
        "В этом профиле нет заметок для показа.",
    ),
    # Russian: "не напечатано ...: N" agrees with any number (1 событие, 2 события, 5 событий).
    "more.events": (
        "{count} earlier events not printed.",
        "Daha {count} əvvəlki hadisə çap olunmayıb.",
        "Не напечатано более ранних событий: {count}.",
    ),
    "more.events.one": (
        "1 earlier event not printed.",
        "Daha 1 əvvəlki hadisə çap olunmayıb.",
        "Не напечатано более ранних событий: 1.",
    ),
    "more.notes": (
        "{count} earlier notes not printed.",
        "Daha {count} əvvəlki qeyd çap olunmayıb.",
        "Не напечатано более ранних заметок: {count}.",
    ),
    "more.notes.one": (
        "1 earlier note not printed.",
        "Daha 1 əvvəlki qeyd çap olunmayıb.",
        "Не напечатано более ранних заметок: 1.",
    ),
    "more.deadlines": (
        "{count} later deadlines not printed.",
        "Daha {count} sonrakı müddət çap olunmayıb.",
        "Не напечатано более поздних сроков: {count}.",
    ),
    "more.deadlines.one": (
        "1 later deadline not printed.",
        "Daha 1 sonrakı müddət çap olunmayıb.",
        "Не напечатано более поздних сроков: 1.",
    ),
    # eligibility blocks
    "rule.assessment": (
        "lawyer's assessment: {result}",
        "vəkilin rəyi: {result}",
        "оценка адвоката: {result}",
    ),
    "rule.caution": (
        "Encoded from public reports: verify against the official text.",
        "Açıq mənbələrə əsasən tərtib edilib: rəsmi mətnlə yoxlayın.",
        "Составлено по открытым сообщениям: сверьте с официальным текстом.",
    ),
    # statistics
    "stats.title": (
        "Statistics of {count} cases",
        "{count} iş üzrə statistika",
        "Статистика по делам: {count}",
    ),
    "stats.as_of": (
        "As of {date}. A person in several groups, or convicted under several articles, counts once in each.",
        "{date} tarixinə. Bir neçə qrupda olan və ya bir neçə maddə ilə məhkum edilən şəxs hər birində bir dəfə sayılır.",
        "На {date}. Человек в нескольких группах или осуждённый по нескольким статьям учитывается в каждой один раз.",
    ),
    "stats.by_group": ("By group", "Qruplar üzrə", "По группам"),
    "stats.by_status": ("By status", "Vəziyyət üzrə", "По статусу"),
    "stats.by_article": ("By article", "Maddələr üzrə", "По статьям"),
    "stats.value": ("Value", "Dəyər", "Значение"),
    "stats.people": ("People", "Nəfər", "Человек"),
    "stats.share": ("Share", "Pay", "Доля"),
    "stats.group": ("Group", "Qrup", "Группа"),
    "stats.all": ("All", "Hamısı", "Все"),
    "stats.rule": (
        "Evaluated on {date}{window}.",
        "{date} tarixinə qiymətləndirilib{window}.",
        "Оценено на {date}{window}.",
    ),
    "stats.window": (
        ", window to {date}",
        ", müddət {date} tarixinədək",
        ", срок применения до {date}",
    ),
    "stats.by_month": (
        "First qualifying, by month",
        "İlk dəfə şamil olunanlar, aylar üzrə",
        "Впервые подпадающие, по месяцам",
    ),
    "stats.month": ("Month", "Ay", "Месяц"),
    "stats.footer": (
        "Casework statistics · Printed {date}",
        "Casework statistikası · Çap tarixi: {date}",
        "Статистика Casework · Напечатано {date}",
    ),
}


def say(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The phrase ``key`` in ``lang`` with its ``{placeholders}`` filled."""
    text = pick(PHRASES[key], lang)
    return text.format(**values) if values else text
