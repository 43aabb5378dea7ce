<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../desktop/dialogs/attachment_viewer.py" line="20" />
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachment_viewer.py" line="37" />
        <source>This file cannot be shown (%1).</source>
        <translation>Этот файл нельзя показать (%1).</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="43" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="44" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="45" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="46" />
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="47" />
        <source>Visible to</source>
        <translation>Кому видно</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="62" />
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="63" />
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="64" />
        <source>Export a copy…</source>
        <translation>Экспорт копии…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="97" />
        <source>Files are encrypted into the vault. They open here from memory; “Export” writes a readable copy where you choose.</source>
        <translation>Файлы хранятся в хранилище зашифрованными. Здесь они открываются из памяти; «Экспорт» записывает читаемую копию туда, куда вы укажете.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="101" />
        <source>Save the case first, then add files.</source>
        <translation>Сначала сохраните дело, затем добавляйте файлы.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="111" />
        <source>Add a file to the case</source>
        <translation>Добавить файл к делу</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="121" />
        <source>This kind of file cannot be shown here; export a copy to open it.</source>
        <translation>Такой файл здесь не показать; экспортируйте копию, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="146" />
        <source>Export a readable copy</source>
        <translation>Экспорт читаемой копии</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="70" />
        <location filename="../desktop/dialogs/case_editor.py" line="436" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="71" />
        <location filename="../desktop/dialogs/case_editor.py" line="437" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="72" />
        <location filename="../desktop/dialogs/case_editor.py" line="438" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="73" />
        <source>Ordered until</source>
        <translation>Мера до</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="82" />
        <location filename="../desktop/dialogs/case_editor.py" line="142" />
        <location filename="../desktop/dialogs/case_editor.py" line="439" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="83" />
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="84" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="85" />
        <location filename="../desktop/dialogs/case_editor.py" line="98" />
        <source>Visible to</source>
        <translation>Кому видно</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="86" />
        <location filename="../desktop/dialogs/case_editor.py" line="441" />
        <source>Reduced by</source>
        <translation>Сокращено на</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="87" />
        <location filename="../desktop/dialogs/case_editor.py" line="442" />
        <source>New term</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="88" />
        <location filename="../desktop/dialogs/case_editor.py" line="443" />
        <source>Release on</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="99" />
        <location filename="../desktop/dialogs/case_editor.py" line="143" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="109" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="110" />
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="111" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="112" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="133" />
        <location filename="../desktop/dialogs/case_editor.py" line="444" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="139" />
        <location filename="../desktop/dialogs/case_editor.py" line="445" />
        <source>Lawyer's view</source>
        <translation>Мнение адвоката</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="141" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="155" />
        <source>Computed under each rule (saved data):</source>
        <translation>Расчёт по каждому правилу (сохранённые данные):</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="158" />
        <source>Notes and overrides (shown beside the computed result):</source>
        <translation>Заметки и мнение адвоката (показываются рядом с расчётом):</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="163" />
        <location filename="../desktop/dialogs/case_editor.py" line="451" />
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="164" />
        <location filename="../desktop/dialogs/case_editor.py" line="450" />
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="165" />
        <location filename="../desktop/dialogs/case_editor.py" line="446" />
        <source>Custody</source>
        <translation>Содержание под стражей</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="166" />
        <location filename="../desktop/dialogs/case_editor.py" line="447" />
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="167" />
        <location filename="../desktop/dialogs/case_editor.py" line="448" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="168" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="169" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="170" />
        <source>Eligibility</source>
        <translation>Право на освобождение</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="182" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="183" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="185" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="207" />
        <source>Case — Casework</source>
        <translation>Дело — Casework</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="207" />
        <source>New case — Casework</source>
        <translation>Новое дело — Casework</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="224" />
        <source>Save the case to see its dates.</source>
        <translation>Сохраните дело, чтобы увидеть даты.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="229" />
        <source>No sentence yet.</source>
        <translation>Приговора пока нет.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="233" />
        <source>Last day: %1</source>
        <translation>Последний день: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="234" />
        <source>Unserved: %1</source>
        <translation>Осталось: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="237" />
        <source>Credited days: %1</source>
        <translation>Зачтено дней: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="304" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="367" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="368" />
        <source>This case has changes that are not saved.</source>
        <translation>В этом деле есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="422" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="423" />
        <source>Aliases</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="424" />
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="425" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="426" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="427" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="428" />
        <source>Arrested on</source>
        <translation>Дата ареста</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="429" />
        <source>Held at</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="430" />
        <source>Verdict date</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="431" />
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="432" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="433" />
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="434" />
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="435" />
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="440" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="449" />
        <source>Eligibility notes</source>
        <translation>Заметки о праве</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="466" />
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="468" />
        <source>needs a date</source>
        <translation>нужна дата</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="470" />
        <source>is before the start of the period</source>
        <translation>раньше начала периода</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="45" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="46" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="47" />
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="48" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="49" />
        <source>Last day</source>
        <translation>Посл. день</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="50" />
        <source>Unserved</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="51" />
        <source>Next milestone</source>
        <translation>Рубеж</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="52" />
        <source>Eligibility</source>
        <translation>Амнистия/УДО</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="53" />
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="49" />
        <source>Search by name in any spelling: Həsənov, Гасанов, Hasanov…</source>
        <translation>Поиск по имени в любом написании: Həsənov, Гасанов, Hasanov…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="52" />
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="54" />
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="55" />
        <source>Add a case (Ctrl+N)</source>
        <translation>Добавить дело (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="58" />
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="61" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="63" />
        <location filename="../desktop/pages/cases_page.py" line="180" />
        <location filename="../desktop/pages/cases_page.py" line="213" />
        <source>Any article</source>
        <translation>Любая статья</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="64" />
        <source>Any eligibility</source>
        <translation>Любое право</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="85" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="89" />
        <source>No cases yet. Click “New case” to add the first one.</source>
        <translation>Дел пока нет. Нажмите «Новое дело», чтобы добавить первое.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="99" />
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="204" />
        <source>%1 of %2 cases</source>
        <translation>%1 из %2 дел</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="272" />
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="274" />
        <source>Delete the selected case, its history and attachments? This cannot be undone.</source>
        <translation>Удалить выбранное дело, его историю и вложения? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="208" />
        <source>Check the recovery code</source>
        <translation>Проверка кода восстановления</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="226" />
        <source>From what you wrote down, type group %1 and group %2 of the code.</source>
        <translation>По записанному введите группы %1 и %2 кода.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="230" />
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="231" />
        <source>Group %1:</source>
        <translation>Группа %1:</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="103" />
        <source>whole case</source>
        <translation>всё дело</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="103" />
        <source>deleted by %1</source>
        <translation>удалено: %1</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="40" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="41" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="42" />
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="43" />
        <source>Shared cases</source>
        <translation>Общие дела</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="44" />
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="59" />
        <source>KEY CHANGED</source>
        <translation>КЛЮЧ ИЗМЕНИЛСЯ</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="60" />
        <source>verified</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="60" />
        <source>not verified</source>
        <translation>не подтверждён</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="128" />
        <source>Your name, as contacts will see it</source>
        <translation>Ваше имя, как его увидят контакты</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="132" />
        <source>Set name</source>
        <translation>Задать имя</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="133" />
        <source>Save my card…</source>
        <translation>Сохранить мою карточку…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="134" />
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="139" />
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="140" />
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="154" />
        <source>Add contact from card…</source>
        <translation>Добавить контакт из карточки…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="155" />
        <source>Verify…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="159" />
        <source>Export bundle…</source>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="160" />
        <source>Import bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="162" />
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="170" />
        <source>A folder shared by Syncthing, or a USB stick</source>
        <translation>Папка, общая через Syncthing, или флешка</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="171" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="172" />
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="173" />
        <source>Not synced yet in this session.</source>
        <translation>В этом сеансе ещё не синхронизировано.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="174" />
        <location filename="../desktop/pages/contacts_page.py" line="329" />
        <source>Sync folder</source>
        <translation>Папка синхронизации</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="190" />
        <source>Keep shown value</source>
        <translation>Оставить показанное значение</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="191" />
        <source>Use other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="192" />
        <source>Conflicts to review</source>
        <translation>Конфликты для проверки</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="203" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="248" />
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="255" />
        <source>Not done</source>
        <translation>Не сделано</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="272" />
        <source>Save your card</source>
        <translation>Сохраните свою карточку</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="285" />
        <source>Keys changed</source>
        <translation>Ключи изменились</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="287" />
        <source>The keys of %1 changed. Nothing is sent to or accepted from them until you compare the new fingerprint with them and verify again.</source>
        <translation>Ключи %1 изменились. Пока вы не сверите с ним новый отпечаток и не подтвердите снова, ему ничего не отправляется и от него ничего не принимается.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="294" />
        <source>Contact card</source>
        <translation>Карточка контакта</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="321" />
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="337" />
        <source>Choose a sync folder first.</source>
        <translation>Сначала выберите папку синхронизации.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="341" />
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="347" />
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="349" />
        <source>Synced: %1 imported, %2 written, %3 refused.</source>
        <translation>Синхронизировано: импортировано %1, записано %2, отклонено %3.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../desktop/messages.py" line="17" />
        <source>That recovery code does not open this vault.</source>
        <translation>Этот код восстановления не открывает это хранилище.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="18" />
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="23" />
        <source>This vault is open in another Casework window or command. Close it first.</source>
        <translation>Это хранилище открыто в другом окне или команде Casework. Сначала закройте его.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="28" />
        <source>There is no vault at this location.</source>
        <translation>В этом месте нет хранилища.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="30" />
        <source>That is not a recovery code: it has 8 groups of 4 letters and digits.</source>
        <translation>Это не код восстановления: в нём 8 групп по 4 буквы и цифры.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="34" />
        <source>The vault could not be opened: %1</source>
        <translation>Не удалось открыть хранилище: %1</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="36" />
        <source>A file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <location filename="../desktop/controller.py" line="459" />
        <source>Wait until the current task ends.</source>
        <translation>Дождитесь окончания текущей задачи.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="249" />
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="31" />
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="32" />
        <source>Next 90 days</source>
        <translation>Ближайшие 90 дней</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="33" />
        <source>Next 12 months</source>
        <translation>Ближайшие 12 месяцев</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="34" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="50" />
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="84" />
        <source>%1 deadlines, %2 overdue</source>
        <translation>Сроков: %1, просрочено: %2</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="41" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="43" />
        <source>Import rule (.toml)…</source>
        <translation>Импорт правила (.toml)…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="45" />
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="72" />
        <location filename="../desktop/pages/eligibility_page.py" line="77" />
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="73" />
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="84" />
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="88" />
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="130" />
        <source>built-in</source>
        <translation>встроенное</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="130" />
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="146" />
        <source>evaluated on %1</source>
        <translation>оценивается на %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="150" />
        <source>forecast up to %1</source>
        <translation>прогноз до %1</translation>
    </message>
    <message>
        <source>Verify against the official text: %1</source>
        <translation type="vanished">Сверьте с официальным текстом: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="156" />
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="170" />
        <source>Import a rule</source>
        <translation>Импорт правила</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="170" />
        <source>Rule files (*.toml)</source>
        <translation>Файлы правил (*.toml)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="197" />
        <source>The rule was not imported</source>
        <translation>Правило не импортировано</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="208" />
        <source>%1 of %2 cases</source>
        <translation>%1 из %2 дел</translation>
    </message>
</context>
<context>
    <name>EligibilityTable</name>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="34" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="35" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="36" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="37" />
        <source>Effect</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="38" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="73" />
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="83" />
        <source>%1 (not verified)</source>
        <translation>%1 (не подтверждён)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="101" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="102" />
        <source>Select all cases</source>
        <translation>Выбрать все дела</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="107" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="112" />
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="114" />
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="119" />
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="121" />
        <source>What the selected case's bundle will hold:</source>
        <translation>Что войдёт в пакет выбранного дела:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="124" />
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="174" />
        <source>Save bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="181" />
        <source>Select a case to see what it will hold.</source>
        <translation>Выберите дело, чтобы увидеть, что войдёт в пакет.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="199" />
        <source>Choose at least one contact, one case and a file.</source>
        <translation>Выберите хотя бы один контакт, одно дело и файл.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="202" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="208" />
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="210" />
        <source>Wrote %1: %2 case(s), %3 document(s), profile %4.</source>
        <translation>Записан %1: дел %2, документов %3, профиль %4.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="471" />
        <location filename="../desktop/dialogs/import_list_dialog.py" line="529" />
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="483" />
        <source>Columns to export</source>
        <translation>Столбцы для экспорта</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="485" />
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="490" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="496" />
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="498" />
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="530" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="540" />
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/pages/home_page.py" line="53" />
        <source>Releases in the next 90 days</source>
        <translation>Освобождения в ближайшие 90 дней</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="56" />
        <source>Eligibility dates</source>
        <translation>Даты права на освобождение</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="61" />
        <source>Deadlines in the next 30 days (overdue in red)</source>
        <translation>Сроки на ближайшие 30 дней (просроченные — красным)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="67" />
        <source>Cases by group</source>
        <translation>Дела по группам</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="140" />
        <source>%1 cases, %2 in prison</source>
        <translation>Дел: %1, в заключении: %2</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="151" />
        <source>Under: %1</source>
        <translation>По правилу: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="30" />
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="32" />
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="42" />
        <source>What will change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="48" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="53" />
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="54" />
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="55" />
        <source>Verified:</source>
        <translation>Подтверждено:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="56" />
        <source>Bundle:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="70" />
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="81" />
        <source>yes — fingerprint compared</source>
        <translation>да — отпечаток сверен</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="81" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="84" />
        <source>profile %1, sequence %2</source>
        <translation>профиль %1, номер %2</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="92" />
        <source>Every check passed. Nothing is written until you apply.</source>
        <translation>Все проверки пройдены. Ничего не записывается, пока вы не примените.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="99" />
        <source>New cases (%1)</source>
        <translation>Новые дела (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="101" />
        <source>Changed cases (%1)</source>
        <translation>Изменённые дела (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="105" />
        <source>Conflicts to review (%1)</source>
        <translation>Конфликты для проверки (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="109" />
        <source>Deleted by the sender, kept here for review (%1)</source>
        <translation>Удалены отправителем, оставлены здесь для проверки (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="124" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="130" />
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="134" />
        <source>Imported: %1 new case(s), %2 changed, %3 conflict(s) to review.</source>
        <translation>Импортировано: новых дел %1, изменённых %2, конфликтов для проверки %3.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="262" />
        <location filename="../desktop/dialogs/import_list_dialog.py" line="344" />
        <source>Import a list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="270" />
        <source>A .csv or .xlsx file with a header row</source>
        <translation>Файл .csv или .xlsx со строкой заголовков</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="271" />
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="282" />
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="289" />
        <source>Which column holds which field</source>
        <translation>Какой столбец содержит какое поле</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="290" />
        <source>Load mapping file…</source>
        <translation>Загрузить файл соответствия…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="292" />
        <source>Import only the good rows (leave bad rows out)</source>
        <translation>Импортировать только правильные строки (ошибочные пропустить)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="293" />
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="294" />
        <source>A dry run: nothing is written</source>
        <translation>Пробный прогон: ничего не записывается</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="295" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="302" />
        <source>Bad rows and duplicates</source>
        <translation>Ошибочные строки и повторы</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="307" />
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="310" />
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="345" />
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Списки (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="357" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="369" />
        <source>The file cannot be read: %1</source>
        <translation>Файл не читается: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="381" />
        <source>%1 rows read (%2). Check the fields below, then Check.</source>
        <translation>Прочитано строк: %1 (%2). Проверьте поля ниже и нажмите «Проверить».</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="387" />
        <location filename="../desktop/dialogs/import_list_dialog.py" line="393" />
        <source>Mapping file</source>
        <translation>Файл соответствия</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="387" />
        <source>Mapping (*.toml)</source>
        <translation>Соответствие (*.toml)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="413" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="427" />
        <source>%1 new, %2 already known (not added again), %3 bad rows.</source>
        <translation>Новых: %1, уже известных (не добавлены повторно): %2, ошибочных строк: %3.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="431" />
        <source>Nothing is imported while there are bad rows, unless you import only the good ones.</source>
        <translation>Пока есть ошибочные строки, ничего не импортируется, если только вы не импортируете одни правильные.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="461" />
        <source>Imported %1 cases.</source>
        <translation>Импортировано дел: %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/labels.py" line="27" />
        <source>Pretrial</source>
        <translation>Под следствием</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="28" />
        <source>Imprisoned</source>
        <translation>В заключении</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="29" />
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="30" />
        <source>Deceased</source>
        <translation>Скончался</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="31" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="34" />
        <source>Religious believers</source>
        <translation>Верующие</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="35" />
        <source>Journalists</source>
        <translation>Журналисты</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="36" />
        <source>Opposition party members</source>
        <translation>Члены оппозиционных партий</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="37" />
        <source>Civil activists</source>
        <translation>Гражданские активисты</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="38" />
        <source>Human rights defenders</source>
        <translation>Правозащитники</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="39" />
        <source>LGBT people</source>
        <translation>ЛГБТ-люди</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="40" />
        <source>Ethnic minorities</source>
        <translation>Этнические меньшинства</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="41" />
        <source>Military</source>
        <translation>Военные</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="42" />
        <source>Scientists and academics</source>
        <translation>Учёные и преподаватели</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="43" />
        <source>Bloggers and online activists</source>
        <translation>Блогеры и онлайн-активисты</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="44" />
        <source>Relatives of dissidents</source>
        <translation>Родственники инакомыслящих</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="45" />
        <source>Others</source>
        <translation>Другие</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="48" />
        <source>Minor</source>
        <translation>Небольшой тяжести</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="49" />
        <source>Less serious</source>
        <translation>Менее тяжкое</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="50" />
        <source>Grave</source>
        <translation>Тяжкое</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="51" />
        <source>Especially grave</source>
        <translation>Особо тяжкое</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="54" />
        <source>Pretrial detention</source>
        <translation>Содержание под стражей</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="55" />
        <source>House arrest</source>
        <translation>Домашний арест</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="56" />
        <source>Administrative detention</source>
        <translation>Административный арест</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="57" />
        <source>Other custody</source>
        <translation>Другое содержание</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="60" />
        <source>Privileged (lawyers only)</source>
        <translation>Конфиденциально (только адвокаты)</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="61" />
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="62" />
        <source>Public</source>
        <translation>Публично</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="65" />
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="66" />
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="67" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="70" />
        <source>Eligible</source>
        <translation>Подходит</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="71" />
        <source>Eligible from a date</source>
        <translation>Подходит с даты</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="72" />
        <source>Not eligible</source>
        <translation>Не подходит</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="73" />
        <source>Needs review</source>
        <translation>Нужна проверка</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="76" />
        <source>release</source>
        <translation>освобождение</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="77" />
        <source>sentence reduction</source>
        <translation>сокращение срока</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="78" />
        <source>eligibility</source>
        <translation>право</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="81" />
        <source>½ served</source>
        <translation>½ отбыто</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="82" />
        <source>⅔ served</source>
        <translation>⅔ отбыто</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="83" />
        <source>¾ served</source>
        <translation>¾ отбыто</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="84" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="87" />
        <source>Arrest</source>
        <translation>Арест</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="88" />
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="89" />
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="90" />
        <source>Verdict</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="91" />
        <source>Appeal filed</source>
        <translation>Подана апелляция</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="92" />
        <source>Appeal decision</source>
        <translation>Решение апелляции</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="93" />
        <source>Cassation filed</source>
        <translation>Подана кассация</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="94" />
        <source>Cassation decision</source>
        <translation>Кассационное решение</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="95" />
        <source>Final decision</source>
        <translation>Окончательное решение</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="96" />
        <source>ECHR application</source>
        <translation>Жалоба в ЕСПЧ</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="97" />
        <source>Detention extended</source>
        <translation>Продление ареста</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="98" />
        <source>Transfer</source>
        <translation>Этапирование</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="99" />
        <source>Visit</source>
        <translation>Свидание</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="100" />
        <source>Hunger strike</source>
        <translation>Голодовка</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="101" />
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="102" />
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="103" />
        <location filename="../desktop/labels.py" line="115" />
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="104" />
        <source>Other event</source>
        <translation>Другое событие</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="105" />
        <source>Amnesty reduction</source>
        <translation>Сокращение по амнистии</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="106" />
        <location filename="../desktop/labels.py" line="120" />
        <source>Pardon</source>
        <translation>Помилование</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="107" />
        <source>Sentence changed on appeal</source>
        <translation>Приговор изменён в апелляции</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="108" />
        <source>Sentence changed</source>
        <translation>Наказание изменено</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="111" />
        <source>Pretrial detention order ends</source>
        <translation>Истекает срок содержания под стражей</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="112" />
        <source>Appeal (20 days)</source>
        <translation>Апелляция (20 дней)</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="113" />
        <source>Cassation appeal (1 month)</source>
        <translation>Кассационная жалоба (1 месяц)</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="114" />
        <source>Application to the ECHR</source>
        <translation>Жалоба в ЕСПЧ</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="118" />
        <source>Amnesty</source>
        <translation>Амнистия</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="119" />
        <source>Parole</source>
        <translation>Условно-досрочное освобождение</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="121" />
        <source>Replacement</source>
        <translation>Замена наказания</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="189" />
        <source>%1 y %2 m</source>
        <translation>%1 г %2 мес</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="191" />
        <source>%1 m %2 d</source>
        <translation>%1 мес %2 дн</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="192" />
        <location filename="../desktop/labels.py" line="212" />
        <location filename="../desktop/labels.py" line="213" />
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="206" />
        <source>%1 y</source>
        <translation>%1 г</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="208" />
        <source>%1 m</source>
        <translation>%1 мес</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="210" />
        <source>%1 w</source>
        <translation>%1 нед</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="218" />
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="219" />
        <source>%1 days</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_rows.py" line="162" />
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="37" />
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="40" />
        <source>The vault is one encrypted file. Choose where it is kept and the passphrase that opens it.</source>
        <translation>Хранилище — это один зашифрованный файл. Выберите, где он будет храниться, и парольную фразу, которая его открывает.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="45" />
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="46" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="53" />
        <source>Vault file:</source>
        <translation>Файл хранилища:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="65" />
        <source>Where to keep the vault</source>
        <translation>Где хранить хранилище</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="67" />
        <source>Casework vaults (*.cwvault)</source>
        <translation>Хранилища Casework (*.cwvault)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="81" />
        <source>A file already exists there. Choose another name or open that vault.</source>
        <translation>Там уже есть файл. Выберите другое имя или откройте это хранилище.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="31" />
        <source>Casework is locked</source>
        <translation>Casework заблокирован</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="41" />
        <location filename="../desktop/pages/lock_page.py" line="42" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="44" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="51" />
        <location filename="../desktop/pages/lock_page.py" line="163" />
        <source>Unlocking… deriving the key takes a second.</source>
        <translation>Разблокировка… вычисление ключа занимает секунду.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="53" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="59" />
        <source>Forgot the passphrase? Use the recovery code…</source>
        <translation>Забыли парольную фразу? Используйте код восстановления…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="61" />
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="63" />
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="114" />
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="125" />
        <source>Type the vault's passphrase.</source>
        <translation>Введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="139" />
        <source>Opening %1 of %2 cases…</source>
        <translation>Открывается %1 из %2 дел…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/main_window.py" line="68" />
        <source>Casework — DEMO</source>
        <translation>Casework — ДЕМО</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="68" />
        <location filename="../desktop/main_window.py" line="361" />
        <source>Casework</source>
        <translation>Casework</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="80" />
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="131" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="132" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="133" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Eligibility</source>
        <translation>Амнистия и УДО</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="134" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="167" />
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="168" />
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="171" />
        <source>&amp;Import rule…</source>
        <translation>&amp;Импорт правила…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="173" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="177" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="180" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="190" />
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="210" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="275" />
        <source>Open a vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="277" />
        <source>Casework vaults (*.cwvault);;All files (*)</source>
        <translation>Хранилища Casework (*.cwvault);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="333" />
        <source>Checking eligibility…</source>
        <translation>Проверка права на освобождение…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="334" />
        <source>Working on an attachment…</source>
        <translation>Работа с вложением…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="335" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="336" />
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="338" />
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="364" />
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="134" />
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="161" />
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="161" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="161" />
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../desktop/widgets/optional_date_edit.py" line="27" />
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="18" />
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="21" />
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="28" />
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="29" />
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="30" />
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="38" />
        <source>Good. Keep it only in your head.</source>
        <translation>Хорошо. Храните её только в памяти.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="45" />
        <source>Choose a passphrase of four or more unrelated words, e.g. “lamp river cotton seventeen”.</source>
        <translation>Выберите фразу из четырёх или более не связанных слов, например «лампа река хлопок семнадцать».</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="49" />
        <source>Too easy to guess: add more words or characters.</source>
        <translation>Слишком легко угадать: добавьте слов или символов.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="51" />
        <source>Type the same passphrase again below.</source>
        <translation>Введите ту же фразу ещё раз ниже.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="68" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="70" />
        <source>Other spellings, separated by ;</source>
        <translation>Другие написания через ;</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="87" />
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="88" />
        <source>Aliases:</source>
        <translation>Другие написания:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="89" />
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="90" />
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="91" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="92" />
        <source>Arrested on:</source>
        <translation>Дата ареста:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="93" />
        <source>Held at:</source>
        <translation>Место содержания:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="94" />
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="228" />
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="54" />
        <source>QR code of the keys</source>
        <translation>QR-код ключей</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../desktop/reasons.py" line="25" />
        <source>Article is one of</source>
        <translation>Статья из</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="26" />
        <source>Article is none of</source>
        <translation>Статья не из</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="27" />
        <source>Crime category is one of</source>
        <translation>Категория преступления из</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="28" />
        <source>Group is one of</source>
        <translation>Группа из</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="29" />
        <source>Group is none of</source>
        <translation>Группа не из</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="30" />
        <source>Sex is</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="31" />
        <source>Age at least</source>
        <translation>Возраст не менее</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="32" />
        <source>Age below</source>
        <translation>Возраст менее</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="33" />
        <source>Term more than</source>
        <translation>Срок более</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="34" />
        <source>Term at most</source>
        <translation>Срок не более</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="35" />
        <source>Unserved part at most</source>
        <translation>Неотбытая часть не более</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="36" />
        <source>Unserved part more than</source>
        <translation>Неотбытая часть более</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="37" />
        <source>Served at least the fraction</source>
        <translation>Отбыта доля не менее</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="38" />
        <source>Served at least</source>
        <translation>Отбыто не менее</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="39" />
        <source>Arrested between</source>
        <translation>Арестован в период</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="81" />
        <source>%1 years</source>
        <translation>%1 лет</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="90" />
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="94" />
        <source>%1 years old on %2</source>
        <translation>%1 лет на %2</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="100" />
        <source>%1 days unserved on %2</source>
        <translation>%1 дн не отбыто на %2</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="106" />
        <source>%1% served on %2</source>
        <translation>%1% отбыто на %2</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="112" />
        <source>%1 days served (with credit) on %2</source>
        <translation>%1 дн отбыто (с зачётом) на %2</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="122" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="132" />
        <source>the sentence</source>
        <translation>приговор</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="133" />
        <source>the articles</source>
        <translation>статьи</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="134" />
        <source>the crime category</source>
        <translation>категория преступления</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="135" />
        <source>the birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="136" />
        <source>the sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="137" />
        <source>the day of arrest</source>
        <translation>дата ареста</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="149" />
        <source>Exclusion</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="151" />
        <source>Clause %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="156" />
        <source>cannot be decided: the case lacks %1</source>
        <translation>нельзя решить: в деле нет %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="162" />
        <source>holds from %1</source>
        <translation>выполняется с %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="174" />
        <source>Clause %1 gives %2</source>
        <translation>Пункт %1 даёт: %2</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="180" />
        <source>Excluded: %1</source>
        <translation>Исключено: %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="185" />
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="188" />
        <source>Not met: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="261" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="262" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="272" />
        <source>Select a row to edit its full text here.</source>
        <translation>Выберите строку, чтобы изменить здесь её полный текст.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="95" />
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="98" />
        <source>If you forget the passphrase, this code is the only way back into the vault. Print it or write it down now and keep it away from this computer. It is shown only once.</source>
        <translation>Если вы забудете парольную фразу, только этот код вернёт доступ к хранилищу. Распечатайте или запишите его сейчас и храните отдельно от этого компьютера. Он показывается только один раз.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="106" />
        <source>Creating the vault…</source>
        <translation>Создаётся хранилище…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="115" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="116" />
        <source>Save to a file…</source>
        <translation>Сохранить в файл…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="148" />
        <source>The vault was created. Your recovery code:</source>
        <translation>Хранилище создано. Ваш код восстановления:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="159" />
        <source>The vault was not created.</source>
        <translation>Хранилище не создано.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="168" />
        <source>Casework recovery code</source>
        <translation>Код восстановления Casework</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="170" />
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="174" />
        <source>Keep this paper safe and away from the computer.</source>
        <translation>Храните этот лист в надёжном месте, отдельно от компьютера.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="188" />
        <source>Save the recovery code</source>
        <translation>Сохранить код восстановления</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="195" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="197" />
        <source>Saved. Move the file to a USB stick or print it, and do not leave it on this computer.</source>
        <translation>Сохранено. Перенесите файл на флешку или распечатайте и не оставляйте его на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="21" />
        <source>Open with the recovery code</source>
        <translation>Открыть кодом восстановления</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="25" />
        <source>Type the recovery code you printed or wrote down when the vault was created (8 groups of 4 characters), then choose a new passphrase.</source>
        <translation>Введите код восстановления, который вы распечатали или записали при создании хранилища (8 групп по 4 символа), затем выберите новую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="33" />
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="36" />
        <source>Recovery code:</source>
        <translation>Код восстановления:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="40" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>SentenceTab</name>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="135" />
        <source>Sentenced</source>
        <translation>Осуждён</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="139" />
        <source>e.g. 234.1-1; 206.3.2</source>
        <translation>напр. 234.1-1; 206.3.2</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="143" />
        <source> y</source>
        <translation> г</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="144" />
        <source> m</source>
        <translation> мес</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="145" />
        <source> w</source>
        <translation> нед</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="146" />
        <source> d</source>
        <translation> дн</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="157" />
        <source>Verdict date:</source>
        <translation>Дата приговора:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="158" />
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="159" />
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="160" />
        <source>Term:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="161" />
        <source>Start date:</source>
        <translation>Дата начала:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="162" />
        <source>Regime:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="171" />
        <source>Computed (as of today, after saving)</source>
        <translation>Расчёт (на сегодня, после сохранения)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="174" />
        <source>How each date was found:</source>
        <translation>Как получена каждая дата:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="24" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="27" />
        <source>The system's language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="34" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="36" />
        <source>The vault also locks with Ctrl+L and when the screen locks.</source>
        <translation>Хранилище также блокируется по Ctrl+L и при блокировке экрана.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="40" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="41" />
        <source>Lock after being idle for:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="115" />
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="116" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="117" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="118" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="119" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="120" />
        <source>Rule, by group</source>
        <translation>Правило, по группам</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="121" />
        <source>Rule, first qualifying in</source>
        <translation>Правило, первое право в</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="218" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="221" />
        <source>Export page as PDF…</source>
        <translation>Экспорт страницы в PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="222" />
        <source>Export numbers as CSV…</source>
        <translation>Экспорт чисел в CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="236" />
        <source>Statistics as numbers</source>
        <translation>Статистика в числах</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="241" />
        <source>Under the rule:</source>
        <translation>По правилу:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="316" />
        <source>No rule</source>
        <translation>Без правила</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="381" />
        <source>Cases: %1</source>
        <translation>Дела: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="384" />
        <source>By group</source>
        <translation>По группам</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="390" />
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="396" />
        <source>By article (most frequent)</source>
        <translation>По статьям (самые частые)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="402" />
        <source>%1 — by group</source>
        <translation>%1 — по группам</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="406" />
        <source>First qualifying, by month</source>
        <translation>Первое право, по месяцам</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="448" />
        <source>Export numbers as CSV</source>
        <translation>Экспорт чисел в CSV</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="449" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>Counted by</source>
        <translation>Подсчёт по</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="123" />
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="124" />
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="125" />
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="126" />
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="127" />
        <source>Strong</source>
        <translation>Сильная</translation>
    </message>
</context>
<context>
    <name>SummaryPrintDialog</name>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="111" />
        <source>Print case summaries</source>
        <translation>Печать сводок по делам</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="118" />
        <source>Colleague — everything, privileged notes included</source>
        <translation>Коллега — всё, включая конфиденциальные заметки</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="119" />
        <source>Family — no privileged notes, events or assessments</source>
        <translation>Семья — без конфиденциальных заметок, событий и оценок</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="120" />
        <source>Public — only what may be published</source>
        <translation>Публично — только то, что можно публиковать</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="132" />
        <source>The selected case</source>
        <translation>Выбранное дело</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/print_dialogs.py" line="133" />
        <source>The %n selected cases</source>
        <translation>
            <numerusform>Выбранное %n дело</numerusform><numerusform>Выбранные %n дела</numerusform><numerusform>Выбранные %n дел</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/print_dialogs.py" line="136" />
        <source>All %n cases shown in the list (one PDF, each case on new pages)</source>
        <translation>
            <numerusform>Все %n дело в списке (один PDF, каждое дело с новой страницы)</numerusform><numerusform>Все %n дела в списке (один PDF, каждое дело с новой страницы)</numerusform><numerusform>Все %n дел в списке (один PDF, каждое дело с новой страницы)</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="146" />
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="147" />
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="148" />
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="152" />
        <source>The footer of every page names the profile and the date printed. Preview and printing stay in memory; a saved PDF is outside the vault.</source>
        <translation>В нижнем колонтитуле каждой страницы указаны профиль и дата печати. Предпросмотр и печать остаются в памяти; сохранённый PDF находится вне хранилища.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="161" />
        <source>Preview…</source>
        <translation>Предпросмотр…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="162" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="163" />
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="215" />
        <source>Print preview</source>
        <translation>Предпросмотр печати</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../desktop/reasons.py" line="220" />
        <source>Sentence of %term starting %start</source>
        <translation>Наказание %term с %start</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="221" />
        <source>%kind of %date not applied: it is after %on</source>
        <translation>%kind от %date не применено: позже %on</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="222" />
        <source>%kind of %date: term %before replaced by %after</source>
        <translation>%kind от %date: срок %before заменён на %after</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="223" />
        <source>%kind of %date: term %before reduced by %reduce_by → %after</source>
        <translation>%kind от %date: срок %before сокращён на %reduce_by → %after</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="226" />
        <source>%kind of %date: release on %release_on sets the last day</source>
        <translation>%kind от %date: освобождение %release_on задаёт последний день</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="229" />
        <source>%kind of %date records no change to the term</source>
        <translation>%kind от %date не меняет срок</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="230" />
        <source>Custody (%kind) %from–%to: %days days at %ratio → %credited days credited</source>
        <translation>Содержание (%kind) %from–%to: %days дн по %ratio → зачтено %credited дн</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="233" />
        <source>Custody (%kind) from %from not credited: it starts on or after %start</source>
        <translation>Содержание (%kind) с %from не зачтено: начинается не раньше %start</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="236" />
        <source>Custody (%kind) %from–%to: no credit ratio for this kind</source>
        <translation>Содержание (%kind) %from–%to: для этого вида нет коэффициента зачёта</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="239" />
        <source>Credit in total: %credited_days days</source>
        <translation>Всего зачтено: %credited_days дн</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="240" />
        <source>%start + %term = %result</source>
        <translation>%start + %term = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="241" />
        <source>Last day before credit: %end − 1 day = %result</source>
        <translation>Последний день до зачёта: %end − 1 день = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="242" />
        <source>Month-end convention: the term ends on the last day of the month, %result</source>
        <translation>Правило конца месяца: срок кончается в последний день месяца, %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="245" />
        <source>Last day: %before_credit − %credited_days days credit = %result</source>
        <translation>Последний день: %before_credit − %credited_days дн зачёта = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="248" />
        <source>Last day set by release: %result</source>
        <translation>Последний день задан освобождением: %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="249" />
        <source>%fraction of %term = %months months %days days: %start + %months months %days days − %credited_days days credit = %result</source>
        <translation>%fraction от %term = %months мес %days дн: %start + %months мес %days дн − %credited_days дн зачёта = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="254" />
        <source>Unserved on %on: %last_day − %on = %days days</source>
        <translation>Не отбыто на %on: %last_day − %on = %days дн</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="263" />
        <source>(ratio not yet confirmed by a lawyer)</source>
        <translation>(коэффициент ещё не подтверждён адвокатом)</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="38" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="39" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="40" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="78" />
        <source>Overdue since %1</source>
        <translation>Просрочено с %1</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="78" />
        <source>Verify %1</source>
        <translation>Подтвердить: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="91" />
        <source>Call %1 or meet them. Ask them to read their fingerprint (casework identity show): it must match every group below. Never compare over the channel the card came through.</source>
        <translation>Позвоните %1 или встретьтесь. Попросите прочитать отпечаток (casework identity show): он должен совпасть со всеми группами ниже. Никогда не сверяйте по тому же каналу, по которому пришла карточка.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="100" />
        <source>The keys of %1 CHANGED. </source>
        <translation>Ключи %1 ИЗМЕНИЛИСЬ. </translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="104" />
        <source>The numbers match</source>
        <translation>Цифры совпадают</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="115" />
        <source>Yours, to read to them:</source>
        <translation>Ваш — прочитать им:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="16" />
        <source>Welcome to Casework</source>
        <translation>Добро пожаловать в Casework</translation>
    </message>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="23" />
        <source>Casework keeps your case files encrypted on this computer. Nothing is sent anywhere. To begin, create a vault protected by a passphrase, or open a vault file you already have.</source>
        <translation>Casework хранит ваши дела на этом компьютере в зашифрованном виде. Ничего никуда не отправляется. Чтобы начать, создайте хранилище, защищённое парольной фразой, или откройте уже имеющийся файл хранилища.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="30" />
        <source>Create a new vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="33" />
        <source>Open an existing vault…</source>
        <translation>Открыть имеющееся хранилище…</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="376" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="377" />
        <source>&amp;Bundles</source>
        <translation>&amp;Пакеты</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="379" />
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="380" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="381" />
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="175" />
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="47" />
        <source>%1 is saved outside the vault and is not encrypted: anyone with this computer or the file can read it. Keep it safe, and delete it when it is no longer needed.</source>
        <translation>%1 сохранён вне хранилища и не зашифрован: его может прочитать любой, у кого есть этот компьютер или файл. Храните его надёжно и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="57" />
        <source>Saved outside the vault</source>
        <translation>Сохранено вне хранилища</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="73" />
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="73" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="83" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="84" />
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать PDF: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="469" />
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="482" />
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="485" />
        <source>&amp;Print case summaries…</source>
        <translation>&amp;Печать сводок по делам…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="486" />
        <source>&amp;Import a list…</source>
        <translation>&amp;Импорт списка…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="487" />
        <source>&amp;Export the list…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="488" />
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
</context>
</TS>