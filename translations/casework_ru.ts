<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../ui/desktop/dialogs/attachment_viewer.py" line="22"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachment_viewer.py" line="41"/>
        <source>This file cannot be shown (%1).</source>
        <translation>Этот файл нельзя показать (%1).</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="34"/>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="35"/>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="36"/>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="37"/>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="56"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="57"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="58"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="59"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="60"/>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="82"/>
        <source>Visible to</source>
        <translation>Кому видно</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="75"/>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="76"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="77"/>
        <source>Export a copy…</source>
        <translation>Экспорт копии…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="78"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="87"/>
        <source>Visible to:</source>
        <translation>Кому видно:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="128"/>
        <source>Files are encrypted into the vault. They open here from memory; “Export” writes a readable copy where you choose.</source>
        <translation>Файлы хранятся в хранилище зашифрованными. Здесь они открываются из памяти; «Экспорт» записывает читаемую копию туда, куда вы укажете.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="132"/>
        <source>Save the case first, then add files.</source>
        <translation>Сначала сохраните дело, затем добавляйте файлы.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="171"/>
        <source>Remove the file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="173"/>
        <source>Remove “%1” from this case? Its encrypted copy is deleted from the vault; the file on your computer, if any, is not touched.</source>
        <translation>Удалить «%1» из этого дела? Его зашифрованная копия удаляется из хранилища; файл на вашем компьютере, если он есть, не затрагивается.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="189"/>
        <source>Add a file to the case</source>
        <translation>Добавить файл к делу</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="199"/>
        <source>This kind of file cannot be shown here; export a copy to open it.</source>
        <translation>Такой файл здесь не показать; экспортируйте копию, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="224"/>
        <source>Export a readable copy</source>
        <translation>Экспорт читаемой копии</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="76"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="77"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="78"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="79"/>
        <source>Ordered until</source>
        <translation>Мера до</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="88"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="150"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="89"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="90"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="91"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="104"/>
        <source>Visible to</source>
        <translation>Кому видно</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="92"/>
        <source>Reduced by</source>
        <translation>Сокращено на</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="93"/>
        <source>New term</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="94"/>
        <source>Release on</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="105"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="106"/>
        <source>Written by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="107"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="151"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="117"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="118"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="119"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="120"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="141"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="147"/>
        <source>Lawyer&apos;s view</source>
        <translation>Мнение адвоката</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="149"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="163"/>
        <source>Computed under each rule (saved data):</source>
        <translation>Расчёт по каждому правилу (сохранённые данные):</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="166"/>
        <source>Notes and overrides (shown beside the computed result):</source>
        <translation>Заметки и мнение адвоката (показываются рядом с расчётом):</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="171"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="172"/>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="173"/>
        <source>Custody</source>
        <translation>Содержание под стражей</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="174"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="175"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="176"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="177"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="178"/>
        <source>Eligibility</source>
        <translation>Право на освобождение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="186"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="258"/>
        <source>Simple view</source>
        <translation>Простой вид</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="187"/>
        <source>The person, visits, family notes and next steps</source>
        <translation>Человек, свидания, семейные заметки и следующие шаги</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="205"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="206"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="208"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="236"/>
        <source>Case — Casework</source>
        <translation>Дело — Casework</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="236"/>
        <source>New case — Casework</source>
        <translation>Новое дело — Casework</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="253"/>
        <source>Full case</source>
        <translation>Всё дело</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="270"/>
        <source>Save the case to see its dates.</source>
        <translation>Сохраните дело, чтобы увидеть даты.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="281"/>
        <source>Not yet known: %1. The dates show “needs review” until it is given.</source>
        <translation>Пока неизвестно: %1. До его ввода даты помечены «требует проверки».</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="284"/>
        <source>No sentence yet.</source>
        <translation>Приговора пока нет.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="305"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="359"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="450"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="451"/>
        <source>This case has changes that are not saved.</source>
        <translation>В этом деле есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="504"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="506"/>
        <source>needs a date</source>
        <translation>нужна дата</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="508"/>
        <source>is before the start of the period</source>
        <translation>раньше начала периода</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="52"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="53"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="54"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="55"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="56"/>
        <source>Last day</source>
        <translation>Посл. день</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="57"/>
        <source>Unserved</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="58"/>
        <source>Next milestone</source>
        <translation>Рубеж</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="59"/>
        <source>Eligibility</source>
        <translation>Амнистия/УДО</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="60"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="76"/>
        <source>Search by name in any spelling: Həsənov, Гасанов, Hasanov…</source>
        <translation>Поиск по имени в любом написании: Həsənov, Гасанов, Hasanov…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="79"/>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="81"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="82"/>
        <source>Add a case (Ctrl+N)</source>
        <translation>Добавить дело (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="85"/>
        <location filename="../ui/desktop/pages/cases_page.py" line="272"/>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="88"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="90"/>
        <location filename="../ui/desktop/pages/cases_page.py" line="228"/>
        <location filename="../ui/desktop/pages/cases_page.py" line="261"/>
        <source>Any article</source>
        <translation>Любая статья</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="91"/>
        <source>Any eligibility</source>
        <translation>Любое право</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="112"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="116"/>
        <source>No cases yet. Click “New case” to add the first one.</source>
        <translation>Дел пока нет. Нажмите «Новое дело», чтобы добавить первое.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="126"/>
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="252"/>
        <source>%1 of %2 cases</source>
        <translation>%1 из %2 дел</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="331"/>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="333"/>
        <source>Delete the selected case, its history and attachments? This cannot be undone.</source>
        <translation>Удалить выбранное дело, его историю и вложения? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="231"/>
        <source>Check the recovery code</source>
        <translation>Проверка кода восстановления</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="249"/>
        <source>From what you wrote down, type group %1 and group %2 of the code.</source>
        <translation>По записанному введите группы %1 и %2 кода.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="253"/>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="254"/>
        <source>Group %1:</source>
        <translation>Группа %1:</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="86"/>
        <source>whole case</source>
        <translation>всё дело</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="86"/>
        <source>deleted by %1</source>
        <translation>удалено: %1</translation>
    </message>
</context>
<context>
    <name>ContactRoleDialog</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="129"/>
        <source>Who is this contact?</source>
        <translation>Кто этот контакт?</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="131"/>
        <source>A relative or friend: receives family and public notes only</source>
        <translation>Родственник или друг: получает только семейные и открытые заметки</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="134"/>
        <source>A lawyer or colleague: receives everything, privileged notes too</source>
        <translation>Адвокат или коллега: получает всё, включая конфиденциальные заметки</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="23"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="24"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="25"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="26"/>
        <source>Shared cases</source>
        <translation>Общие дела</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="27"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="53"/>
        <source>KEY CHANGED</source>
        <translation>КЛЮЧ ИЗМЕНИЛСЯ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="54"/>
        <source>verified</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="54"/>
        <source>not verified</source>
        <translation>не подтверждён</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="160"/>
        <source>Your name, as contacts will see it</source>
        <translation>Ваше имя, как его увидят контакты</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="164"/>
        <source>Set name</source>
        <translation>Задать имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="165"/>
        <source>Save my card…</source>
        <translation>Сохранить мою карточку…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="166"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="171"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="172"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="186"/>
        <source>Add contact from card…</source>
        <translation>Добавить контакт из карточки…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="187"/>
        <source>Verify…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="192"/>
        <source>What the selected contact receives</source>
        <translation>Что получает выбранный контакт</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="193"/>
        <source>Export bundle…</source>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="194"/>
        <source>Import bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="196"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="204"/>
        <source>A folder shared by Syncthing, or a USB stick</source>
        <translation>Папка, общая через Syncthing, или флешка</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="205"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="206"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="207"/>
        <source>Not synced yet in this session.</source>
        <translation>В этом сеансе ещё не синхронизировано.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="208"/>
        <location filename="../ui/desktop/pages/contacts_page.py" line="400"/>
        <source>Sync folder</source>
        <translation>Папка синхронизации</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="224"/>
        <source>Keep shown value</source>
        <translation>Оставить показанное значение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="225"/>
        <source>Use other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="226"/>
        <source>Conflicts to review</source>
        <translation>Конфликты для проверки</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="237"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="240"/>
        <source>No contacts yet. Ask your lawyer or relative for their card (they save it with “Save my card…” above), then click “Add contact from card…”.</source>
        <translation>Контактов пока нет. Попросите у адвоката или родственника их карточку (они сохраняют её кнопкой «Сохранить мою карточку…» выше), затем нажмите «Добавить контакт из карточки…».</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="296"/>
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="303"/>
        <source>Not done</source>
        <translation>Не сделано</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="320"/>
        <source>Save your card</source>
        <translation>Сохраните свою карточку</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="337"/>
        <source>Keys changed</source>
        <translation>Ключи изменились</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="339"/>
        <source>The keys of %1 changed. Nothing is sent to or accepted from them until you compare the new fingerprint with them and verify again.</source>
        <translation>Ключи %1 изменились. Пока вы не сверите с ним новый отпечаток и не подтвердите снова, ему ничего не отправляется и от него ничего не принимается.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="347"/>
        <source>Contact card</source>
        <translation>Карточка контакта</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="347"/>
        <source>Contact cards (*.json);;All files (*)</source>
        <translation>Карточки контактов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="389"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="391"/>
        <source>Casework bundles (*.cwb);;All files (*)</source>
        <translation>Пакеты Casework (*.cwb);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="408"/>
        <source>Choose a sync folder first.</source>
        <translation>Сначала выберите папку синхронизации.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="412"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="417"/>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="421"/>
        <source>Synced: %1 imported, %2 written, %3 refused.</source>
        <translation>Синхронизировано: импортировано %1, записано %2, отклонено %3.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../ui/desktop/messages.py" line="17"/>
        <source>That recovery code does not open this vault.</source>
        <translation>Этот код восстановления не открывает это хранилище.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="18"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="23"/>
        <source>This vault is open in another Casework window or command. Close it first.</source>
        <translation>Это хранилище открыто в другом окне или команде Casework. Сначала закройте его.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="28"/>
        <source>There is no vault at this location.</source>
        <translation>В этом месте нет хранилища.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="30"/>
        <source>That is not a recovery code: it has 8 groups of 4 letters and digits.</source>
        <translation>Это не код восстановления: в нём 8 групп по 4 буквы и цифры.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="34"/>
        <source>This vault does not hold what it should: it was changed outside Casework (%1 problems). Restore a backup, or run “casework check” to list them.</source>
        <translation>В этом хранилище не то, что должно быть: его изменили вне Casework (проблем: %1). Восстановите резервную копию или запустите «casework check», чтобы увидеть список.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="40"/>
        <source>Could not write %1: the disk may be full. Nothing was changed.</source>
        <translation>Не удалось записать %1: возможно, диск заполнен. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="44"/>
        <source>The vault could not be opened: %1</source>
        <translation>Не удалось открыть хранилище: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="46"/>
        <source>A file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/controller.py" line="405"/>
        <source>Wait until the current task ends.</source>
        <translation>Дождитесь окончания текущей задачи.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="272"/>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="38"/>
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="39"/>
        <source>Next 90 days</source>
        <translation>Ближайшие 90 дней</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="40"/>
        <source>Next 12 months</source>
        <translation>Ближайшие 12 месяцев</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="41"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="45"/>
        <source>Show done</source>
        <translation>Показать выполненные</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="46"/>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="140"/>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="60"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="69"/>
        <source>No deadlines in this period. Deadlines follow from a case&apos;s decisions: open a case and add its verdict, appeal or cassation decision under Events, or a reminder with its date.</source>
        <translation>В этом периоде сроков нет. Сроки следуют из решений по делу: откройте дело и добавьте во вкладке «События» приговор, решение апелляции или кассации либо напоминание с датой.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="124"/>
        <source>%1 deadlines, %2 overdue</source>
        <translation>Сроков: %1, просрочено: %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="138"/>
        <source>Mark not done</source>
        <translation>Отметить невыполненным</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="41"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="43"/>
        <source>Import rule (.toml)…</source>
        <translation>Импорт правила (.toml)…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="45"/>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="72"/>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="77"/>
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="73"/>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="84"/>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="88"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="100"/>
        <source>No cases yet. Add a case (Cases, New case) or import a list (Reports, Import a list), then choose a rule here to see who it covers and why.</source>
        <translation>Дел пока нет. Добавьте дело («Дела», «Новое дело») или импортируйте список («Отчёты», «Импорт списка»), затем выберите здесь правило, чтобы увидеть, на кого оно распространяется и почему.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="141"/>
        <source>built-in</source>
        <translation>встроенное</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="141"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="157"/>
        <source>evaluated on %1</source>
        <translation>оценивается на %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="161"/>
        <source>forecast up to %1</source>
        <translation>прогноз до %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="172"/>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="246"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="186"/>
        <source>Import a rule</source>
        <translation>Импорт правила</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="186"/>
        <source>Rule files (*.toml)</source>
        <translation>Файлы правил (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="213"/>
        <source>The rule was not imported</source>
        <translation>Правило не импортировано</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="225"/>
        <source>%1 of %2 cases</source>
        <translation>%1 из %2 дел</translation>
    </message>
</context>
<context>
    <name>EligibilityTable</name>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="28"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="31"/>
        <source>Effect</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="32"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="79"/>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="91"/>
        <source>keys changed: verify again on the Contacts page</source>
        <translation>ключи изменились: проверьте заново на странице «Контакты»</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="94"/>
        <source>not verified yet: on the Contacts page, select them and click “Verify…”</source>
        <translation>ещё не проверен: на странице «Контакты» выберите его и нажмите «Проверить…»</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="100"/>
        <source>Bundles go only to contacts whose keys you have compared with them, so nobody else can read them. Compare the numbers by phone or in person with “Verify…” on the Contacts page.</source>
        <translation>Пакеты отправляются только контактам, чьи ключи вы сверили с ними, чтобы никто другой не мог их прочитать. Сверьте цифры по телефону или лично кнопкой «Проверить…» на странице «Контакты».</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="122"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="123"/>
        <source>Select all cases</source>
        <translation>Выбрать все дела</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="127"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="131"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="133"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="138"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="140"/>
        <source>What the selected case&apos;s bundle will hold:</source>
        <translation>Что войдёт в пакет выбранного дела:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="143"/>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="196"/>
        <source>Save bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="198"/>
        <source>Casework bundles (*.cwb)</source>
        <translation>Пакеты Casework (*.cwb)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="206"/>
        <source>Select a case to see what it will hold.</source>
        <translation>Выберите дело, чтобы увидеть, что войдёт в пакет.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="217"/>
        <source>(left out)</source>
        <translation>(не включено)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="227"/>
        <source>Choose at least one contact, one case and a file.</source>
        <translation>Выберите хотя бы один контакт, одно дело и файл.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="230"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="235"/>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="240"/>
        <source>Wrote %1: %2 case(s), %3 document(s), profile %4.</source>
        <translation>Записан %1: дел %2, документов %3, профиль %4.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="44"/>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="109"/>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="58"/>
        <source>Columns to export</source>
        <translation>Столбцы для экспорта</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="60"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="67"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="71"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="73"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="75"/>
        <source>Language of the headers and values:</source>
        <translation>Язык заголовков и значений:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="110"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="120"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
</context>
<context>
    <name>FamilyCaseView</name>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="88"/>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="89"/>
        <source>Visits</source>
        <translation>Свидания</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="90"/>
        <source>Notes for the family</source>
        <translation>Заметки для семьи</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="97"/>
        <source>held at %1</source>
        <translation>содержится: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="99"/>
        <source>arrested on %1</source>
        <translation>арестован %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="108"/>
        <source>No sentence yet, so no release date.</source>
        <translation>Приговора пока нет, поэтому нет и даты освобождения.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="111"/>
        <source>Life sentence: there is no release date; a court may release after 25 years.</source>
        <translation>Пожизненное лишение свободы: даты освобождения нет; суд может освободить после 25 лет.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="114"/>
        <source>The release date is not known yet: the term or its start is missing.</source>
        <translation>Дата освобождения пока неизвестна: нет срока или даты его начала.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="116"/>
        <source>The sentence ended on %1.</source>
        <translation>Срок закончился %1.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="121"/>
        <source>Expected release: %1 (in %2)</source>
        <translation>Ожидаемое освобождение: %1 (через %2)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="155"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="171"/>
        <source>from %1</source>
        <translation>от: %1</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../ui/desktop/widgets/group_picker.py" line="28"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/group_picker.py" line="30"/>
        <source>Another group: type its name</source>
        <translation>Другая группа: введите название</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/group_picker.py" line="32"/>
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="32"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="36"/>
        <source>Double-click a name to change it. Names are kept per language, in the vault; a new group is added by typing it in a case&apos;s Groups field.</source>
        <translation>Дважды щёлкните по названию, чтобы изменить его. Названия хранятся в хранилище отдельно для каждого языка; новая группа добавляется, если ввести её название в поле «Группы» дела.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="43"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="43"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="43"/>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="81"/>
        <source>Built-in</source>
        <translation>Встроенная</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="81"/>
        <source>Your own</source>
        <translation>Ваша</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="103"/>
        <source>A group&apos;s name must have 1 to %1 characters.</source>
        <translation>Название группы должно содержать от 1 до %1 символов.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/desktop/history_words.py" line="56"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="57"/>
        <source>Aliases</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="58"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="59"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="60"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="61"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="62"/>
        <source>Arrested on</source>
        <translation>Дата ареста</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="63"/>
        <source>Held at</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="64"/>
        <source>Custody</source>
        <translation>Содержание под стражей</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="65"/>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="66"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="67"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="68"/>
        <source>Eligibility note</source>
        <translation>Заметка о праве</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="69"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="70"/>
        <source>Verdict date</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="71"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="72"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="73"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="74"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="75"/>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="76"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="77"/>
        <source>Visible to</source>
        <translation>Кому видно</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="78"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="79"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="80"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="81"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="82"/>
        <source>Ordered until</source>
        <translation>Назначено до</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="83"/>
        <source>Reduced by</source>
        <translation>Сокращено на</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="84"/>
        <source>New term</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="85"/>
        <source>Release on</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="86"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="87"/>
        <source>Lawyer&apos;s view</source>
        <translation>Мнение адвоката</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="88"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="89"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="90"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="91"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="92"/>
        <source>Aggregated verdicts</source>
        <translation>Присоединённые приговоры</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="93"/>
        <source>Parole revoked before</source>
        <translation>УДО ранее отменялось</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="94"/>
        <source>Recidivism</source>
        <translation>Рецидив</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="95"/>
        <source>Interruptions</source>
        <translation>Перерывы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="96"/>
        <source>Unserved part cut by</source>
        <translation>Неотбытая часть сокращена на</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="97"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="105"/>
        <source>From %1&apos;s update</source>
        <translation>Из обновления от %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="107"/>
        <source>Edited here</source>
        <translation>Изменено здесь</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="108"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="109"/>
        <source>Imported from a list</source>
        <translation>Импортировано из списка</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="110"/>
        <source>Conflict resolved</source>
        <translation>Конфликт разрешён</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="111"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="112"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="223"/>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="227"/>
        <source>Removed: %1</source>
        <translation>Удалено: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="56"/>
        <source>Releases in the next 90 days</source>
        <translation>Освобождения в ближайшие 90 дней</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="59"/>
        <source>Eligibility dates</source>
        <translation>Даты права на освобождение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="64"/>
        <source>Deadlines in the next 30 days (overdue in red)</source>
        <translation>Сроки на ближайшие 30 дней (просроченные — красным)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="70"/>
        <source>Cases by group</source>
        <translation>Дела по группам</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="148"/>
        <source>%1 cases: %2 in prison, %3 in pretrial detention</source>
        <translation>Дел: %1; в заключении: %2, в СИЗО: %3</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="156"/>
        <source>No cases yet. Add the first one with Vault › New case (Ctrl+N), or bring in a list with Reports › Import a list…</source>
        <translation>Дел пока нет. Добавьте первое через «Хранилище › Новое дело» (Ctrl+N) или загрузите список через «Отчёты › Импорт списка…»</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="167"/>
        <source>Under: %1</source>
        <translation>По правилу: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="32"/>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="34"/>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="44"/>
        <source>What will change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="48"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="51"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="52"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="53"/>
        <source>Verified:</source>
        <translation>Подтверждено:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="54"/>
        <source>Bundle:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="69"/>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="81"/>
        <source>yes — fingerprint compared</source>
        <translation>да — отпечаток сверен</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="81"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="84"/>
        <source>profile %1, sequence %2</source>
        <translation>профиль %1, номер %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="92"/>
        <source>Every check passed. Nothing is written until you apply.</source>
        <translation>Все проверки пройдены. Ничего не записывается, пока вы не примените.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="99"/>
        <source>New cases (%1)</source>
        <translation>Новые дела (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="101"/>
        <source>Changed cases (%1)</source>
        <translation>Изменённые дела (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="105"/>
        <source>Conflicts to review (%1)</source>
        <translation>Конфликты для проверки (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="109"/>
        <source>Deleted by the sender, kept here for review (%1)</source>
        <translation>Удалены отправителем, оставлены здесь для проверки (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="124"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="129"/>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="134"/>
        <source>Imported: %1 new case(s), %2 changed, %3 conflict(s) to review.</source>
        <translation>Импортировано: новых дел %1, изменённых %2, конфликтов для проверки %3.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="93"/>
        <source>Note (privileged)</source>
        <translation>Заметка (конфиденциально)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="261"/>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="355"/>
        <source>Import a list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="269"/>
        <source>A .csv or .xlsx file with a header row</source>
        <translation>Файл .csv или .xlsx со строкой заголовков</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="270"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="281"/>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="291"/>
        <source>Which column holds which field</source>
        <translation>Какой столбец содержит какое поле</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="294"/>
        <source>Load mapping file…</source>
        <translation>Загрузить файл соответствия…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="296"/>
        <source>Import only the good rows (leave bad rows out)</source>
        <translation>Импортировать только правильные строки (ошибочные пропустить)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="297"/>
        <source>Update people already in the vault</source>
        <translation>Обновить людей, которые уже есть в хранилище</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="299"/>
        <source>For a newer edition of a list: their status, sentence and groups change as the list says. Check shows every change before anything is written.</source>
        <translation>Для новой редакции списка: их статус, приговор и группы меняются так, как сказано в списке. «Проверить» показывает каждое изменение до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="302"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="303"/>
        <source>A dry run: nothing is written</source>
        <translation>Пробный прогон: ничего не записывается</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="304"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="311"/>
        <source>Bad rows and duplicates</source>
        <translation>Ошибочные строки и повторы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="316"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="319"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="356"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Списки (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="368"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="380"/>
        <source>The file cannot be read: %1</source>
        <translation>Файл не читается: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="392"/>
        <source>%1 rows read (%2). Check the fields below, then Check.</source>
        <translation>Прочитано строк: %1 (%2). Проверьте поля ниже и нажмите «Проверить».</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="398"/>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="404"/>
        <source>Mapping file</source>
        <translation>Файл соответствия</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="398"/>
        <source>Mapping (*.toml)</source>
        <translation>Соответствие (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="421"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="452"/>
        <source>%1 new, %2 already known (not added again), %3 bad rows.</source>
        <translation>Новых: %1, уже известных (не добавлены повторно): %2, ошибочных строк: %3.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="456"/>
        <source>Nothing is imported while there are bad rows, unless you import only the good ones.</source>
        <translation>Пока есть ошибочные строки, ничего не импортируется, если только вы не импортируете одни правильные.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="464"/>
        <source>line %1: %2: the term is not yet known (imported; its dates need review)</source>
        <translation>строка %1: %2: срок пока неизвестен (импортировано; даты нужно проверить)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="468"/>
        <source>line %1: %2: the start date is not yet known (imported; its dates need review)</source>
        <translation>строка %1: %2: дата начала срока пока неизвестна (импортировано; даты нужно проверить)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="472"/>
        <source>line %1: %2: the term and start date are not yet known (imported; its dates need review)</source>
        <translation>строка %1: %2: срок и дата его начала пока неизвестны (импортировано; даты нужно проверить)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="477"/>
        <source>New group: %1</source>
        <translation>Новая группа: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="482"/>
        <source>line %1: %2 will change: %3</source>
        <translation>строка %1: %2 изменится: %3</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="486"/>
        <source>Not in the new list (left as it is): %1</source>
        <translation>Нет в новом списке (остаётся как есть): %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="492"/>
        <source>%1 people already in the vault will be updated.</source>
        <translation>Будут обновлены люди, уже находящиеся в хранилище: %1.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="521"/>
        <source>Imported %1 cases.</source>
        <translation>Импортировано дел: %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/desktop/labels.py" line="75"/>
        <source>½ served</source>
        <translation>½ отбыто</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="76"/>
        <source>⅔ served</source>
        <translation>⅔ отбыто</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="77"/>
        <source>¾ served</source>
        <translation>¾ отбыто</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="78"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="81"/>
        <source>Lawyer or colleague: everything</source>
        <translation>Адвокат или коллега: всё</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="82"/>
        <source>Family: family and public notes</source>
        <translation>Семья: семейные и открытые заметки</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="83"/>
        <source>Public: public facts only</source>
        <translation>Открыто: только открытые сведения</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="196"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="197"/>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="198"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="199"/>
        <source>GIF image</source>
        <translation>Изображение GIF</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="200"/>
        <source>TIFF image</source>
        <translation>Изображение TIFF</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="201"/>
        <source>WebP image</source>
        <translation>Изображение WebP</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="202"/>
        <source>Photo (HEIC)</source>
        <translation>Фото (HEIC)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="203"/>
        <location filename="../ui/desktop/labels.py" line="225"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="204"/>
        <location filename="../ui/desktop/labels.py" line="205"/>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="208"/>
        <source>Text document</source>
        <translation>Текстовый документ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="209"/>
        <location filename="../ui/desktop/labels.py" line="210"/>
        <source>Spreadsheet</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="213"/>
        <source>ZIP archive</source>
        <translation>Архив ZIP</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="214"/>
        <location filename="../ui/desktop/labels.py" line="223"/>
        <source>Audio recording</source>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="215"/>
        <location filename="../ui/desktop/labels.py" line="224"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="222"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="231"/>
        <source>%1 file</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="232"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="173"/>
        <source>%1 y %2 m</source>
        <translation>%1 г %2 мес</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="175"/>
        <source>%1 m %2 d</source>
        <translation>%1 мес %2 дн</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="176"/>
        <location filename="../ui/desktop/labels.py" line="189"/>
        <location filename="../ui/desktop/labels.py" line="190"/>
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="183"/>
        <source>%1 y</source>
        <translation>%1 г</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="185"/>
        <source>%1 m</source>
        <translation>%1 мес</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="187"/>
        <source>%1 w</source>
        <translation>%1 нед</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_rows.py" line="152"/>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/record_list_model.py" line="141"/>
        <source>life imprisonment</source>
        <translation>пожизненное лишение свободы</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="42"/>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="45"/>
        <source>The vault is one encrypted file. Choose where it is kept and the passphrase that opens it.</source>
        <translation>Хранилище — это один зашифрованный файл. Выберите, где он будет храниться, и парольную фразу, которая его открывает.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="50"/>
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="51"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="54"/>
        <source>I am a lawyer (or work with one)</source>
        <translation>Я адвокат (или работаю с адвокатом)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="56"/>
        <source>I am a relative or friend of the person in prison</source>
        <translation>Я родственник или друг человека в заключении</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="69"/>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="70"/>
        <source>Vault file:</source>
        <translation>Файл хранилища:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="82"/>
        <source>Where to keep the vault</source>
        <translation>Где хранить хранилище</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="84"/>
        <source>Casework vaults (*.cwvault)</source>
        <translation>Хранилища Casework (*.cwvault)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="101"/>
        <source>A file already exists there. Choose another name or open that vault.</source>
        <translation>Там уже есть файл. Выберите другое имя или откройте это хранилище.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="71"/>
        <source>Casework is locked</source>
        <translation>Casework заблокирован</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="36"/>
        <location filename="../ui/desktop/pages/lock_page.py" line="37"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="40"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="47"/>
        <location filename="../ui/desktop/pages/lock_page.py" line="146"/>
        <source>Unlocking… deriving the key takes a second.</source>
        <translation>Разблокировка… вычисление ключа занимает секунду.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="49"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="55"/>
        <source>Forgot the passphrase? Use the recovery code…</source>
        <translation>Забыли парольную фразу? Используйте код восстановления…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="57"/>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="59"/>
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="97"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="108"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="122"/>
        <source>Opening %1 of %2 cases…</source>
        <translation>Открывается %1 из %2 дел…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/desktop/main_window.py" line="82"/>
        <source>Casework — DEMO</source>
        <translation>Casework — ДЕМО</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="82"/>
        <location filename="../ui/desktop/main_window.py" line="527"/>
        <source>Casework</source>
        <translation>Casework</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="94"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="157"/>
        <location filename="../ui/desktop/main_window.py" line="228"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="158"/>
        <location filename="../ui/desktop/main_window.py" line="229"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="159"/>
        <location filename="../ui/desktop/main_window.py" line="230"/>
        <source>Eligibility</source>
        <translation>Амнистия и УДО</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="160"/>
        <location filename="../ui/desktop/main_window.py" line="231"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="161"/>
        <location filename="../ui/desktop/main_window.py" line="232"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="162"/>
        <location filename="../ui/desktop/main_window.py" line="233"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="195"/>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="196"/>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="199"/>
        <source>&amp;Import rule…</source>
        <translation>&amp;Импорт правила…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="201"/>
        <source>&amp;Groups…</source>
        <translation>&amp;Группы…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="203"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="225"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="246"/>
        <source>&amp;Bundles</source>
        <translation>&amp;Пакеты</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="248"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="249"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="250"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="255"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="258"/>
        <source>&amp;Print case summaries…</source>
        <translation>&amp;Печать сводок по делам…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="262"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Импорт списка…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="263"/>
        <source>&amp;Export the list…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="264"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="277"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="360"/>
        <source>Open a vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="362"/>
        <source>Casework vaults (*.cwvault);;All files (*)</source>
        <translation>Хранилища Casework (*.cwvault);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="487"/>
        <source>Copied text is cleared from the clipboard in %1 s</source>
        <translation>Скопированный текст будет удалён из буфера обмена через %1 с</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="499"/>
        <source>Checking eligibility…</source>
        <translation>Проверка права на освобождение…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="500"/>
        <source>Working on an attachment…</source>
        <translation>Работа с вложением…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="501"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="502"/>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="504"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="530"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="152"/>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="103"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="103"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="103"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="83"/>
        <source>Your new recovery code</source>
        <translation>Ваш новый код восстановления</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="87"/>
        <source>The recovery code you used no longer opens this vault. Here is its replacement. Write it down or print it and keep it apart from this computer: it is shown only this once.</source>
        <translation>Использованный вами код восстановления больше не открывает это хранилище. Вот код, который его заменяет. Запишите или распечатайте его и храните отдельно от этого компьютера: он показывается только один раз.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="99"/>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="102"/>
        <source>I have written it down</source>
        <translation>Я его записал(а)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="57"/>
        <source>not a date</source>
        <translation>это не дата</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="64"/>
        <source>write the year with four digits</source>
        <translation>год пишется четырьмя цифрами</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="68"/>
        <source>no such day</source>
        <translation>такого дня нет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="70"/>
        <source>the year is out of range</source>
        <translation>год вне допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="110"/>
        <source>e.g. %1</source>
        <translation>напр. %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="114"/>
        <source>Choose on a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="171"/>
        <source>%1 — type it like %2</source>
        <translation>%1 — пишите так: %2</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="23"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="26"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="34"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="35"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="36"/>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="46"/>
        <source>Good. Keep it only in your head.</source>
        <translation>Хорошо. Храните её только в памяти.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="56"/>
        <source>Only fair: someone with a fast computer could guess it in time. Add a word or two to make it good; you can also go on with this one.</source>
        <translation>Только средняя: человек с быстрым компьютером со временем может её подобрать. Добавьте слово-другое, чтобы она стала хорошей; можно продолжить и с этой.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="65"/>
        <source>Choose a passphrase of five or more unrelated words, e.g. “lamp river cotton seventeen orbit”.</source>
        <translation>Выберите парольную фразу из пяти или более не связанных слов, напр. «lamp river cotton seventeen orbit».</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="69"/>
        <source>Too easy to guess: add more words or characters.</source>
        <translation>Слишком легко угадать: добавьте слов или символов.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="71"/>
        <source>Type the same passphrase again below.</source>
        <translation>Введите ту же фразу ещё раз ниже.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="70"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="72"/>
        <source>Other spellings, separated by ;</source>
        <translation>Другие написания через ;</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="84"/>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="85"/>
        <source>Aliases:</source>
        <translation>Другие написания:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="86"/>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="87"/>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="88"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="89"/>
        <source>Arrested on:</source>
        <translation>Дата ареста:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="90"/>
        <source>Held at:</source>
        <translation>Место содержания:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="91"/>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="229"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="55"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="50"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="51"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="52"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="53"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="54"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="22"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="23"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="24"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="25"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="26"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="27"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="28"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="29"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="30"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="31"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="32"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="33"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="34"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="35"/>
        <source>Don&apos;t Save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="36"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="37"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="38"/>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="39"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="40"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="41"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="42"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="43"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="44"/>
        <source>Go Back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="45"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="46"/>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="47"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="59"/>
        <source>QR code of the keys</source>
        <translation>QR-код ключей</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../ui/desktop/reasons.py" line="28"/>
        <source>Article is one of</source>
        <translation>Статья из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="29"/>
        <source>Article is none of</source>
        <translation>Статья не из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="30"/>
        <source>Crime category is one of</source>
        <translation>Категория преступления из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="31"/>
        <source>Crime category is none of</source>
        <translation>Категория преступления — ни одна из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="32"/>
        <source>Recidivism is one of</source>
        <translation>Рецидив — один из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="33"/>
        <source>Status is one of</source>
        <translation>Статус — один из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="34"/>
        <source>Life sentence:</source>
        <translation>Пожизненное лишение свободы:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="35"/>
        <source>Earlier parole revoked:</source>
        <translation>Прежнее УДО отменено:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="36"/>
        <source>Group is one of</source>
        <translation>Группа из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="37"/>
        <source>Group is none of</source>
        <translation>Группа не из</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="38"/>
        <source>Sex is</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="39"/>
        <source>Age at least</source>
        <translation>Возраст не менее</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="40"/>
        <source>Age below</source>
        <translation>Возраст менее</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="41"/>
        <source>Term more than</source>
        <translation>Срок более</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="42"/>
        <source>Term at most</source>
        <translation>Срок не более</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="43"/>
        <source>Unserved part at most</source>
        <translation>Неотбытая часть не более</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="44"/>
        <source>Unserved part more than</source>
        <translation>Неотбытая часть более</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="45"/>
        <source>Served at least the fraction</source>
        <translation>Отбыта доля не менее</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="46"/>
        <source>Served at least</source>
        <translation>Отбыто не менее</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="47"/>
        <source>Arrested between</source>
        <translation>Арестован в период</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="147"/>
        <location filename="../ui/desktop/reasons.py" line="74"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="147"/>
        <location filename="../ui/desktop/reasons.py" line="74"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="102"/>
        <source>%1 years</source>
        <translation>%1 лет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="111"/>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="113"/>
        <source>life sentence</source>
        <translation>пожизненное лишение свободы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="119"/>
        <source>%1 years old on %2</source>
        <translation>%1 лет на %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="125"/>
        <source>%1 days unserved on %2</source>
        <translation>%1 дн не отбыто на %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="131"/>
        <source>%1% served on %2</source>
        <translation>%1% отбыто на %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="137"/>
        <source>%1 days served (with credit) on %2</source>
        <translation>%1 дн отбыто (с зачётом) на %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="147"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="168"/>
        <source>Status unknown: check that the person is still serving the sentence</source>
        <translation>Статус неизвестен: проверьте, отбывает ли человек наказание</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="171"/>
        <source>%1 not known yet: whether the person is still serving cannot be told</source>
        <translation>%1 пока неизвестно: отбывает ли человек наказание, сказать нельзя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="175"/>
        <source>%1: the rule looks only at people serving a sentence</source>
        <translation>%1: правило касается только отбывающих наказание</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="180"/>
        <source>Not yet sentenced on %1 (verdict of %2)</source>
        <translation>На %1 ещё не осуждён (приговор от %2)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="185"/>
        <source>Term served by the time in custody before the sentence (last day %1)</source>
        <translation>Срок покрыт содержанием под стражей до приговора (последний день %1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="190"/>
        <source>Term served on %1</source>
        <translation>Срок отбыт %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="235"/>
        <source>Exclusion</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="237"/>
        <source>Clause %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="242"/>
        <source>cannot be decided: the case lacks %1</source>
        <translation>нельзя решить: в деле нет %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="248"/>
        <source>holds from %1</source>
        <translation>выполняется с %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="258"/>
        <source>release from the rest of the sentence</source>
        <translation>освобождение от оставшейся части наказания</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="261"/>
        <source>the rest of the sentence is reduced by %1</source>
        <translation>оставшаяся часть наказания сокращается на %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="264"/>
        <source>the conditions are met</source>
        <translation>условия выполнены</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="272"/>
        <source>Clause %1: %2</source>
        <translation>Пункт %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="281"/>
        <source>Excluded: %1</source>
        <translation>Исключено: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="286"/>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="289"/>
        <source>Not met: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="378"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="379"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="389"/>
        <source>Select a row to edit its full text here.</source>
        <translation>Выберите строку, чтобы изменить здесь её полный текст.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="115"/>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="118"/>
        <source>If you forget the passphrase, this code is the only way back into the vault. Print it or write it down now and keep it away from this computer. It is shown only once.</source>
        <translation>Если вы забудете парольную фразу, только этот код вернёт доступ к хранилищу. Распечатайте или запишите его сейчас и храните отдельно от этого компьютера. Он показывается только один раз.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="126"/>
        <source>Creating the vault…</source>
        <translation>Создаётся хранилище…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="135"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="136"/>
        <source>Save to a file…</source>
        <translation>Сохранить в файл…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="171"/>
        <source>The vault was created. Your recovery code:</source>
        <translation>Хранилище создано. Ваш код восстановления:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="182"/>
        <source>The vault was not created.</source>
        <translation>Хранилище не создано.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="191"/>
        <source>Casework recovery code</source>
        <translation>Код восстановления Casework</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="193"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="197"/>
        <source>Keep this paper safe and away from the computer.</source>
        <translation>Храните этот лист в надёжном месте, отдельно от компьютера.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="211"/>
        <source>Save the recovery code</source>
        <translation>Сохранить код восстановления</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="218"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="220"/>
        <source>Saved. Move the file to a USB stick or print it, and do not leave it on this computer.</source>
        <translation>Сохранено. Перенесите файл на флешку или распечатайте и не оставляйте его на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="24"/>
        <source>Open with the recovery code</source>
        <translation>Открыть кодом восстановления</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="28"/>
        <source>Type the recovery code you printed or wrote down when the vault was created (8 groups of 4 characters), then choose a new passphrase. The code you type stops working: a new one is shown once, to write down or print.</source>
        <translation>Введите код восстановления, который вы распечатали или записали при создании хранилища (8 групп по 4 символа), затем выберите новую парольную фразу. Введённый код перестанет действовать: новый код будет показан один раз, чтобы вы его записали или распечатали.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="37"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="44"/>
        <source>Recovery code:</source>
        <translation>Код восстановления:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="48"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>RevealToggle</name>
    <message>
        <location filename="../ui/desktop/widgets/reveal_toggle.py" line="52"/>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/reveal_toggle.py" line="54"/>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>SentenceSummary</name>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="25"/>
        <source>Life imprisonment: no last day; release is decided on years served.</source>
        <translation>Пожизненное лишение свободы: последнего дня нет; освобождение решается по отбытым годам.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="31"/>
        <source>Served so far (credit included): %1 days</source>
        <translation>Отбыто на сегодня (с зачётом): %1 дн.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="36"/>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="65"/>
        <source>Credited days: %1</source>
        <translation>Зачтено дней: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="40"/>
        <source>Last day: %1</source>
        <translation>Последний день: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="46"/>
        <source>Last day under the other month-end convention: %1. The two conventions differ for a start on the 29th–31st; which one applies is not settled.</source>
        <translation>Последний день по другому правилу конца месяца: %1. Для срока, начатого 29–31 числа, правила расходятся; какое из них применяется, не решено.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="54"/>
        <source>Term served by credit (%1 days more than the term): should be free.</source>
        <translation>Срок отбыт за счёт зачёта (на %1 дн. больше срока): должен быть на свободе.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="60"/>
        <source>Unserved: %1</source>
        <translation>Не отбыто: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="69"/>
        <source>Days interrupted (added to the term): %1</source>
        <translation>Дни перерыва (добавлены к сроку): %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="92"/>
        <source>Check the start date: %1 is about %2 years before the verdict of %3. Custody before the sentence is recorded as custody, and credited.</source>
        <translation>Проверьте дату начала: %1 — примерно за %2 г. до приговора от %3. Содержание под стражей до приговора записывается как период под стражей и засчитывается.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="102"/>
        <source>An interruption ends before the sentence starts, so it moves nothing.</source>
        <translation>Перерыв заканчивается до начала срока и ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="107"/>
        <source>An aggregated verdict is life imprisonment, so the aggregated sentence is too: check the term.</source>
        <translation>Один из присоединённых приговоров — пожизненное лишение свободы, значит и совокупное наказание пожизненное: проверьте срок.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="113"/>
        <source>The term is shorter than aggregated verdict %1: an aggregated sentence is at least as long as each verdict in it.</source>
        <translation>Срок короче присоединённого приговора %1: совокупное наказание не может быть короче любого из входящих в него приговоров.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="119"/>
        <source>Part of the sentence is not yet known: some dates need review.</source>
        <translation>Часть сведений о приговоре пока неизвестна: некоторые даты требуют проверки.</translation>
    </message>
</context>
<context>
    <name>SentenceTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="130"/>
        <source>Sentenced</source>
        <translation>Осуждён</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="134"/>
        <source>e.g. 234.1-1; 206.3.2</source>
        <translation>напр. 234.1-1; 206.3.2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="139"/>
        <source>Term of years</source>
        <translation>Лишение свободы на срок</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="139"/>
        <location filename="../ui/desktop/history_words.py" line="150"/>
        <source>Life imprisonment</source>
        <translation>Пожизненное лишение свободы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="139"/>
        <source>Not yet known</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="145"/>
        <source> y</source>
        <translation> г</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="146"/>
        <source> m</source>
        <translation> мес</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="147"/>
        <source> w</source>
        <translation> нед</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="148"/>
        <source> d</source>
        <translation> дн</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="161"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="162"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="163"/>
        <source>Yes: an earlier parole was revoked</source>
        <translation>Да: прежнее условно-досрочное освобождение отменено</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="177"/>
        <source>Verdict date:</source>
        <translation>Дата приговора:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="178"/>
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="179"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="180"/>
        <source>Term:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="181"/>
        <source>Start date:</source>
        <translation>Дата начала:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="182"/>
        <source>Regime:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="183"/>
        <source>Parole revoked before:</source>
        <translation>УДО ранее отменялось:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="184"/>
        <source>Recidivism:</source>
        <translation>Рецидив:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="188"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="189"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="190"/>
        <source>Reason (at liberty pending appeal, escape…)</source>
        <translation>Причина (на свободе до апелляции, побег…)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="198"/>
        <source>Verdict date</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="199"/>
        <source>Articles (separated by ;)</source>
        <translation>Статьи (через ;)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="200"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="201"/>
        <source>Term (3 years 6 months, or life)</source>
        <translation>Срок (3 года 6 месяцев или пожизненно)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="207"/>
        <source>Interruptions (days not served)</source>
        <translation>Перерывы (дни, не засчитываемые в срок)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="208"/>
        <source>Aggregated verdicts (CC Art. 66/67)</source>
        <translation>Присоединённые приговоры (ст. 66/67 УК)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="220"/>
        <source>Computed (as of today, after saving)</source>
        <translation>Расчёт (на сегодня, после сохранения)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="223"/>
        <source>How each date was found:</source>
        <translation>Как получена каждая дата:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="35"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="42"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="44"/>
        <source>The vault also locks with Ctrl+L and when the screen locks.</source>
        <translation>Хранилище также блокируется по Ctrl+L и при блокировке экрана.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="49"/>
        <source>A lawyer (or someone who works with one)</source>
        <translation>Адвокату (или тому, кто с ним работает)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="50"/>
        <source>A relative or friend of the person in prison</source>
        <translation>Родственнику или другу человека в заключении</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="53"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="54"/>
        <source>Lock after being idle for:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="56"/>
        <source>This vault belongs to:</source>
        <translation>Это хранилище принадлежит:</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="97"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="98"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="99"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="100"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="101"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="102"/>
        <source>Rule, by group</source>
        <translation>Правило, по группам</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="103"/>
        <source>Rule, first qualifying in</source>
        <translation>Правило, первое право в</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="171"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="174"/>
        <source>Export page as PDF…</source>
        <translation>Экспорт страницы в PDF…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="175"/>
        <source>Export numbers as CSV…</source>
        <translation>Экспорт чисел в CSV…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="189"/>
        <source>Statistics as numbers</source>
        <translation>Статистика в числах</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="194"/>
        <source>Under the rule:</source>
        <translation>По правилу:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="269"/>
        <source>No rule</source>
        <translation>Без правила</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="329"/>
        <source>Cases: %1</source>
        <translation>Дела: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="341"/>
        <source>By group</source>
        <translation>По группам</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="345"/>
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="349"/>
        <source>By article (most frequent)</source>
        <translation>По статьям (самые частые)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="355"/>
        <source>%1 — by group</source>
        <translation>%1 — по группам</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="358"/>
        <source>First qualifying, by month</source>
        <translation>Первое право, по месяцам</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="393"/>
        <source>Export numbers as CSV</source>
        <translation>Экспорт чисел в CSV</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>Counted by</source>
        <translation>Подсчёт по</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="19"/>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="20"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="21"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="22"/>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="23"/>
        <source>Strong</source>
        <translation>Сильная</translation>
    </message>
</context>
<context>
    <name>SummaryPrintDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="122"/>
        <source>Print case summaries</source>
        <translation>Печать сводок по делам</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="129"/>
        <source>Colleague — everything, privileged notes included</source>
        <translation>Коллега — всё, включая конфиденциальные заметки</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="130"/>
        <source>Family — no privileged notes, events or assessments</source>
        <translation>Семья — без конфиденциальных заметок, событий и оценок</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="131"/>
        <source>Public — only what may be published</source>
        <translation>Публично — только то, что можно публиковать</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="148"/>
        <source>The selected case</source>
        <translation>Выбранное дело</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="149"/>
        <source>The %n selected cases</source>
        <translation>
            <numerusform>Выбранное %n дело</numerusform>
            <numerusform>Выбранные %n дела</numerusform>
            <numerusform>Выбранные %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="152"/>
        <source>All %n cases shown in the list (one PDF, each case on new pages)</source>
        <translation>
            <numerusform>Все %n дело в списке (один PDF, каждое дело с новой страницы)</numerusform>
            <numerusform>Все %n дела в списке (один PDF, каждое дело с новой страницы)</numerusform>
            <numerusform>Все %n дел в списке (один PDF, каждое дело с новой страницы)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="162"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="163"/>
        <source>Language of the summary:</source>
        <translation>Язык сводки:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="164"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="165"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="169"/>
        <source>The footer of every page names the profile and the date printed. Preview and printing stay in memory; a saved PDF is outside the vault.</source>
        <translation>В нижнем колонтитуле каждой страницы указаны профиль и дата печати. Предпросмотр и печать остаются в памяти; сохранённый PDF находится вне хранилища.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="178"/>
        <source>Preview…</source>
        <translation>Предпросмотр…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="179"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="180"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="240"/>
        <source>Print preview</source>
        <translation>Предпросмотр печати</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../ui/desktop/reasons.py" line="304"/>
        <source>life imprisonment</source>
        <translation>пожизненное лишение свободы</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="323"/>
        <source>Sentence of %term starting %start</source>
        <translation>Наказание %term с %start</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="324"/>
        <source>%kind of %date not applied: it is after %on</source>
        <translation>%kind от %date не применено: позже %on</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="325"/>
        <source>%kind of %date: term %before replaced by %after</source>
        <translation>%kind от %date: срок %before заменён на %after</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="326"/>
        <source>%kind of %date: term %before reduced by %reduce_by → %after</source>
        <translation>%kind от %date: срок %before сокращён на %reduce_by → %after</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="329"/>
        <source>%kind of %date: release on %release_on sets the last day</source>
        <translation>%kind от %date: освобождение %release_on задаёт последний день</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="332"/>
        <source>%kind of %date records no change to the term</source>
        <translation>%kind от %date не меняет срок</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="333"/>
        <source>Custody (%kind) %from–%to: %days days at %ratio → %credited days credited</source>
        <translation>Содержание (%kind) %from–%to: %days дн по %ratio → зачтено %credited дн</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="336"/>
        <source>Custody (%kind) from %from not credited: it starts on or after %start</source>
        <translation>Содержание (%kind) с %from не зачтено: начинается не раньше %start</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="339"/>
        <source>Custody (%kind) %from–%to: no credit ratio for this kind</source>
        <translation>Содержание (%kind) %from–%to: для этого вида нет коэффициента зачёта</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="342"/>
        <source>Credit in total: %credited_days days</source>
        <translation>Всего зачтено: %credited_days дн</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="343"/>
        <source>%start + %term = %result</source>
        <translation>%start + %term = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="344"/>
        <source>Last day before credit: %end − 1 day = %result</source>
        <translation>Последний день до зачёта: %end − 1 день = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="345"/>
        <source>Month-end convention: the term ends on the last day of the month, %result</source>
        <translation>Правило конца месяца: срок кончается в последний день месяца, %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="348"/>
        <source>Last day: %before_credit − %credited_days days credit = %result</source>
        <translation>Последний день: %before_credit − %credited_days дн зачёта = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="351"/>
        <source>Last day set by release: %result</source>
        <translation>Последний день задан освобождением: %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="352"/>
        <source>%fraction of %term = %months months %days days: %start + %months months %days days − %credited_days days credit = %result</source>
        <translation>%fraction от %term = %months мес %days дн: %start + %months мес %days дн − %credited_days дн зачёта = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="357"/>
        <source>Unserved on %on: %last_day − %on = %days days</source>
        <translation>Не отбыто на %on: %last_day − %on = %days дн</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="371"/>
        <source>(ratio not yet confirmed by a lawyer)</source>
        <translation>(коэффициент ещё не подтверждён адвокатом)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="380"/>
        <source>%fraction of %term = %months months %days days: %start + %months months %days days − %credited_days days credit + %interruption_days days interrupted = %result</source>
        <translation>%fraction от %term = %months мес. %days дн.: %start + %months мес. %days дн. − %credited_days дн. зачёта + %interruption_days дн. перерыва = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="385"/>
        <source>Last day: %before_credit − %credited_days days credit + %interruption_days days interrupted − %cut_days days cut by pardon = %result</source>
        <translation>Последний день: %before_credit − %credited_days дн. зачёта + %interruption_days дн. перерыва − %cut_days дн. сокращения по помилованию = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="390"/>
        <source>Last day: %before_credit − %credited_days days credit + %interruption_days days interrupted = %result</source>
        <translation>Последний день: %before_credit − %credited_days дн. зачёта + %interruption_days дн. перерыва = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="395"/>
        <source>Last day: %before_credit − %credited_days days credit − %cut_days days cut by pardon = %result</source>
        <translation>Последний день: %before_credit − %credited_days дн. зачёта − %cut_days дн. сокращения по помилованию = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="400"/>
        <source>Not computed: %fields not yet known</source>
        <translation>Не рассчитано: %fields пока неизвестно</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="401"/>
        <source>Life imprisonment from %start: no last day; release is decided on years served</source>
        <translation>Пожизненное лишение свободы с %start: последнего дня нет; освобождение решается по отбытым годам</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="405"/>
        <source>Served by %on, credit included: %days days</source>
        <translation>Отбыто к %on с зачётом: %days дн.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="406"/>
        <source>Interruption %from–%to: %days days not served</source>
        <translation>Перерыв %from–%to: %days дн. не отбыто</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="407"/>
        <source>Interruptions in total: %days days</source>
        <translation>Всего перерывов: %days дн.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="408"/>
        <source>Last day before credit (one day subtracted first): %start − 1 day + %term = %result</source>
        <translation>Последний день до зачёта (сначала вычитается день): %start − 1 день + %term = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="412"/>
        <source>The other month-end convention gives %result for %term from %start</source>
        <translation>Другое правило конца месяца даёт %result для срока %term с %start</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="415"/>
        <source>The credit of %credited_days days covers the whole term (%excess_days days more): the term is served</source>
        <translation>Зачёт в %credited_days дн. покрывает весь срок (на %excess_days дн. больше): срок отбыт</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="420"/>
        <source>%kind of %date: a reduction by %reduce_by does not apply to a life term</source>
        <translation>%kind от %date: сокращение на %reduce_by к пожизненному сроку не применяется</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="423"/>
        <source>%kind of %date: a life term has no unserved part to cut by %fraction</source>
        <translation>%kind от %date: у пожизненного срока нет неотбытой части, которую можно сократить на %fraction</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="426"/>
        <source>%kind of %date: %fraction of the %unserved_days days unserved = %cut_days days cut; last day %before → %result</source>
        <translation>%kind от %date: %fraction от %unserved_days неотбытых дн. = сокращено %cut_days дн.; последний день %before → %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="431"/>
        <source>%kind of %date: release on %release_on does not undo the earlier release on %kept</source>
        <translation>%kind от %date: освобождение %release_on не отменяет прежнего освобождения %kept</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="435"/>
        <source>%kind of %date does not undo the earlier release on %release_on</source>
        <translation>%kind от %date не отменяет прежнего освобождения %release_on</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="444"/>
        <source>the term</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="445"/>
        <source>the start date</source>
        <translation>дата начала</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="31"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="32"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="69"/>
        <source>%1 (done)</source>
        <translation>%1 (выполнено)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="82"/>
        <source>Overdue since %1</source>
        <translation>Просрочено с %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_rows.py" line="134"/>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 от %3</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="83"/>
        <source>Verify %1</source>
        <translation>Подтвердить: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="96"/>
        <source>Make sure the keys really are those of %1, before sharing anything. Phone them or meet them, not through the way the card came to you. Ask them to open Casework, go to Contacts and read out the numbers under “You”: every group must be the same as the numbers on the left. Or, side by side, hold your screens together: their QR code must look exactly like this one.</source>
        <translation>Прежде чем чем-либо делиться, убедитесь, что ключи действительно принадлежат %1. Позвоните или встретьтесь — не тем путём, которым пришла карточка. Попросите открыть Casework, раздел «Контакты», и прочитать вслух цифры под «Вы»: каждая группа должна совпасть с цифрами слева. Или, находясь рядом, приложите экраны друг к другу: их QR-код должен выглядеть точно так же, как этот.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="107"/>
        <source>The keys of %1 CHANGED. </source>
        <translation>Ключи %1 ИЗМЕНИЛИСЬ. </translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="109"/>
        <source>The numbers match</source>
        <translation>Цифры совпадают</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="118"/>
        <source>Yours, to read to them:</source>
        <translation>Ваш — прочитать им:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="32"/>
        <source>Welcome to Casework</source>
        <translation>Добро пожаловать в Casework</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="19"/>
        <source>Casework keeps your case files encrypted on this computer. Nothing is sent anywhere. To begin, create a vault protected by a passphrase, or open a vault file you already have.</source>
        <translation>Casework хранит ваши дела на этом компьютере в зашифрованном виде. Ничего никуда не отправляется. Чтобы начать, создайте хранилище, защищённое парольной фразой, или откройте уже имеющийся файл хранилища.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="26"/>
        <source>Create a new vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="29"/>
        <source>Open an existing vault…</source>
        <translation>Открыть имеющееся хранилище…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="185"/>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="52"/>
        <source>%1 is saved outside the vault and is not encrypted: anyone with this computer or the file can read it. Keep it safe, and delete it when it is no longer needed.</source>
        <translation>%1 сохранён вне хранилища и не зашифрован: его может прочитать любой, у кого есть этот компьютер или файл. Храните его надёжно и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="62"/>
        <source>Saved outside the vault</source>
        <translation>Сохранено вне хранилища</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="84"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="94"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="95"/>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать PDF: %1</translation>
    </message>
</context>
</TS>
