<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../ui/desktop/dialogs/attachment_viewer.py" line="22"/>
        <source>Attachment</source>
        <translation>Qoşma</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachment_viewer.py" line="41"/>
        <source>This file cannot be shown (%1).</source>
        <translation>Bu faylı göstərmək mümkün deyil (%1).</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="34"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="35"/>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="36"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="37"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="56"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="57"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="58"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="59"/>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="60"/>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="82"/>
        <source>Visible to</source>
        <translation>Kimə görünür</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="75"/>
        <source>Add file…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="76"/>
        <source>View</source>
        <translation>Bax</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="77"/>
        <source>Export a copy…</source>
        <translation>Surətini ixrac et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="78"/>
        <source>Remove…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="87"/>
        <source>Visible to:</source>
        <translation>Kim görə bilər:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="128"/>
        <source>Files are encrypted into the vault. They open here from memory; “Export” writes a readable copy where you choose.</source>
        <translation>Fayllar seyfə şifrələnərək yazılır. Burada yaddaşdan açılır; “İxrac” seçdiyiniz yerə oxunaqlı surət yazır.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="132"/>
        <source>Save the case first, then add files.</source>
        <translation>Əvvəlcə işi yadda saxlayın, sonra fayl əlavə edin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="171"/>
        <source>Remove the file</source>
        <translation>Faylı silmək</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="173"/>
        <source>Remove “%1” from this case? Its encrypted copy is deleted from the vault; the file on your computer, if any, is not touched.</source>
        <translation>“%1” bu işdən silinsin? Onun şifrələnmiş nüsxəsi seyfdən silinir; kompüterinizdəki fayla (əgər varsa) toxunulmur.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="189"/>
        <source>Add a file to the case</source>
        <translation>İşə fayl əlavə et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="199"/>
        <source>This kind of file cannot be shown here; export a copy to open it.</source>
        <translation>Bu növ faylı burada göstərmək olmur; açmaq üçün surətini ixrac edin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/attachments_tab.py" line="224"/>
        <source>Export a readable copy</source>
        <translation>Oxunaqlı surəti ixrac et</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="76"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="77"/>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="78"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="79"/>
        <source>Ordered until</source>
        <translation>Qərar üzrə son tarix</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="88"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="150"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="89"/>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="90"/>
        <source>What happened</source>
        <translation>Nə baş verib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="91"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="104"/>
        <source>Visible to</source>
        <translation>Kimə görünür</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="92"/>
        <source>Reduced by</source>
        <translation>Azaldılıb</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="93"/>
        <source>New term</source>
        <translation>Yeni müddət</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="94"/>
        <source>Release on</source>
        <translation>Azad edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="105"/>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="106"/>
        <source>Written by</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="107"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="151"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="117"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="118"/>
        <source>How</source>
        <translation>Necə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="119"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="120"/>
        <source>Change</source>
        <translation>Dəyişiklik</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="141"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="147"/>
        <source>Lawyer&apos;s view</source>
        <translation>Vəkilin rəyi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="149"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="163"/>
        <source>Computed under each rule (saved data):</source>
        <translation>Hər qayda üzrə hesablanıb (saxlanmış məlumat):</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="166"/>
        <source>Notes and overrides (shown beside the computed result):</source>
        <translation>Qeydlər və vəkilin rəyi (hesablanmış nəticənin yanında göstərilir):</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="171"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="172"/>
        <source>Sentence</source>
        <translation>Hökm</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="173"/>
        <source>Custody</source>
        <translation>Saxlanma</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="174"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="175"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="176"/>
        <source>Attachments</source>
        <translation>Qoşmalar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="177"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="178"/>
        <source>Eligibility</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="186"/>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="258"/>
        <source>Simple view</source>
        <translation>Sadə görünüş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="187"/>
        <source>The person, visits, family notes and next steps</source>
        <translation>Şəxs, görüşlər, ailə qeydləri və növbəti addımlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="205"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="206"/>
        <source>Save (Ctrl+S)</source>
        <translation>Yadda saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="208"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="236"/>
        <source>Case — Casework</source>
        <translation>İş — Casework</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="236"/>
        <source>New case — Casework</source>
        <translation>Yeni iş — Casework</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="253"/>
        <source>Full case</source>
        <translation>Bütün iş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="270"/>
        <source>Save the case to see its dates.</source>
        <translation>Tarixləri görmək üçün işi yadda saxlayın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="281"/>
        <source>Not yet known: %1. The dates show “needs review” until it is given.</source>
        <translation>Hələ məlum deyil: %1. O daxil edilənədək tarixlər “yoxlanılmalıdır” kimi göstərilir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="284"/>
        <source>No sentence yet.</source>
        <translation>Hələ hökm yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="305"/>
        <source>you</source>
        <translation>siz</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="359"/>
        <source>Saved.</source>
        <translation>Saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="450"/>
        <source>Unsaved changes</source>
        <translation>Yadda saxlanmamış dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="451"/>
        <source>This case has changes that are not saved.</source>
        <translation>Bu işdə yadda saxlanmamış dəyişikliklər var.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="504"/>
        <source>is required</source>
        <translation>mütləqdir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="506"/>
        <source>needs a date</source>
        <translation>tarix tələb olunur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/case_editor.py" line="508"/>
        <source>is before the start of the period</source>
        <translation>dövrün başlanğıcından əvvəldir</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="52"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="53"/>
        <source>Groups</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="54"/>
        <source>Articles</source>
        <translation>Maddələr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="56"/>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="57"/>
        <source>Unserved</source>
        <translation>Qalıb</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="58"/>
        <source>Next milestone</source>
        <translation>Növbəti mərhələ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="59"/>
        <source>Eligibility</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_table_model.py" line="60"/>
        <source>Next deadline</source>
        <translation>Növbəti müddət</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="76"/>
        <source>Search by name in any spelling: Həsənov, Гасанов, Hasanov…</source>
        <translation>İstənilən yazılışda adla axtarın: Həsənov, Гасанов, Hasanov…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="79"/>
        <source>Search cases</source>
        <translation>İşləri axtar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="81"/>
        <source>New case</source>
        <translation>Yeni iş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="82"/>
        <source>Add a case (Ctrl+N)</source>
        <translation>İş əlavə et (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="85"/>
        <location filename="../ui/desktop/pages/cases_page.py" line="272"/>
        <source>All groups</source>
        <translation>Bütün qruplar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="88"/>
        <source>Any status</source>
        <translation>İstənilən status</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="90"/>
        <location filename="../ui/desktop/pages/cases_page.py" line="228"/>
        <location filename="../ui/desktop/pages/cases_page.py" line="261"/>
        <source>Any article</source>
        <translation>İstənilən maddə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="91"/>
        <source>Any eligibility</source>
        <translation>İstənilən uyğunluq</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="112"/>
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="116"/>
        <source>No cases yet. Click “New case” to add the first one.</source>
        <translation>Hələ iş yoxdur. İlk işi əlavə etmək üçün “Yeni iş” düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="126"/>
        <source>Filter:</source>
        <translation>Süzgəc:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="252"/>
        <source>%1 of %2 cases</source>
        <translation>%2 işdən %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="331"/>
        <source>Delete case</source>
        <translation>İşi sil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/cases_page.py" line="333"/>
        <source>Delete the selected case, its history and attachments? This cannot be undone.</source>
        <translation>Seçilmiş iş, onun tarixçəsi və qoşmaları silinsin? Bunu geri qaytarmaq olmaz.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="231"/>
        <source>Check the recovery code</source>
        <translation>Bərpa kodunu yoxlayın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="249"/>
        <source>From what you wrote down, type group %1 and group %2 of the code.</source>
        <translation>Yazdığınızdan kodun %1-ci və %2-ci qruplarını daxil edin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="253"/>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="254"/>
        <source>Group %1:</source>
        <translation>Qrup %1:</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Shown</source>
        <translation>Göstərilən</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="67"/>
        <source>Other value</source>
        <translation>Digər dəyər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="86"/>
        <source>whole case</source>
        <translation>bütün iş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="86"/>
        <source>deleted by %1</source>
        <translation>%1 tərəfindən silinib</translation>
    </message>
</context>
<context>
    <name>ContactRoleDialog</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="129"/>
        <source>Who is this contact?</source>
        <translation>Bu kontakt kimdir?</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="131"/>
        <source>A relative or friend: receives family and public notes only</source>
        <translation>Qohum və ya dost: yalnız ailə və açıq qeydləri alır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="134"/>
        <source>A lawyer or colleague: receives everything, privileged notes too</source>
        <translation>Vəkil və ya həmkar: hər şeyi, məxfi qeydləri də alır</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="23"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="24"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="25"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="26"/>
        <source>Shared cases</source>
        <translation>Paylaşılan işlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="27"/>
        <source>Fingerprint</source>
        <translation>Barmaq izi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="53"/>
        <source>KEY CHANGED</source>
        <translation>AÇAR DƏYİŞİB</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="54"/>
        <source>verified</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/contacts_model.py" line="54"/>
        <source>not verified</source>
        <translation>təsdiqlənməyib</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="160"/>
        <source>Your name, as contacts will see it</source>
        <translation>Kontaktların görəcəyi adınız</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="164"/>
        <source>Set name</source>
        <translation>Adı təyin et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="165"/>
        <source>Save my card…</source>
        <translation>Kartımı saxla…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="166"/>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="171"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="172"/>
        <source>Fingerprint:</source>
        <translation>Barmaq izi:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="186"/>
        <source>Add contact from card…</source>
        <translation>Kartdan kontakt əlavə et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="187"/>
        <source>Verify…</source>
        <translation>Təsdiqlə…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="192"/>
        <source>What the selected contact receives</source>
        <translation>Seçilmiş kontakt nə alır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="193"/>
        <source>Export bundle…</source>
        <translation>Paketi ixrac et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="194"/>
        <source>Import bundle…</source>
        <translation>Paketi idxal et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="196"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="204"/>
        <source>A folder shared by Syncthing, or a USB stick</source>
        <translation>Syncthing ilə paylaşılan qovluq və ya USB yaddaş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="205"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="206"/>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="207"/>
        <source>Not synced yet in this session.</source>
        <translation>Bu seansda hələ sinxronlaşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="208"/>
        <location filename="../ui/desktop/pages/contacts_page.py" line="400"/>
        <source>Sync folder</source>
        <translation>Sinxronlaşdırma qovluğu</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="224"/>
        <source>Keep shown value</source>
        <translation>Göstərilən dəyəri saxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="225"/>
        <source>Use other value</source>
        <translation>Digər dəyəri götür</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="226"/>
        <source>Conflicts to review</source>
        <translation>Yoxlanmalı ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="237"/>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="240"/>
        <source>No contacts yet. Ask your lawyer or relative for their card (they save it with “Save my card…” above), then click “Add contact from card…”.</source>
        <translation>Hələ kontakt yoxdur. Vəkilinizdən və ya qohumunuzdan kartını istəyin (onlar onu yuxarıdakı “Kartımı saxla…” ilə saxlayır), sonra “Kartdan kontakt əlavə et…” düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="296"/>
        <source>Locked.</source>
        <translation>Kilidlənib.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="303"/>
        <source>Not done</source>
        <translation>Edilməyib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="320"/>
        <source>Save your card</source>
        <translation>Kartınızı saxlayın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="337"/>
        <source>Keys changed</source>
        <translation>Açarlar dəyişib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="339"/>
        <source>The keys of %1 changed. Nothing is sent to or accepted from them until you compare the new fingerprint with them and verify again.</source>
        <translation>%1 açarları dəyişib. Yeni barmaq izini onunla müqayisə edib yenidən təsdiqləyənə qədər ona heç nə göndərilmir və ondan heç nə qəbul edilmir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="347"/>
        <source>Contact card</source>
        <translation>Kontakt kartı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="347"/>
        <source>Contact cards (*.json);;All files (*)</source>
        <translation>Kontakt kartları (*.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="389"/>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="391"/>
        <source>Casework bundles (*.cwb);;All files (*)</source>
        <translation>Casework paketləri (*.cwb);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="408"/>
        <source>Choose a sync folder first.</source>
        <translation>Əvvəlcə sinxronlaşdırma qovluğunu seçin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="412"/>
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="417"/>
        <source>Sync failed: %1</source>
        <translation>Sinxronlaşdırma alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="421"/>
        <source>Synced: %1 imported, %2 written, %3 refused.</source>
        <translation>Sinxronlaşdırıldı: %1 idxal, %2 yazıldı, %3 rədd edildi.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../ui/desktop/messages.py" line="17"/>
        <source>That recovery code does not open this vault.</source>
        <translation>Bu bərpa kodu bu seyfi açmır.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="18"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Parol ifadəsi səhvdir. Klaviatura düzülüşünü və Caps Lock-u yoxlayın, sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="23"/>
        <source>This vault is open in another Casework window or command. Close it first.</source>
        <translation>Bu seyf başqa Casework pəncərəsində və ya əmrində açıqdır. Əvvəlcə onu bağlayın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="28"/>
        <source>There is no vault at this location.</source>
        <translation>Bu yerdə seyf yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="30"/>
        <source>That is not a recovery code: it has 8 groups of 4 letters and digits.</source>
        <translation>Bu bərpa kodu deyil: o, 4 hərf və rəqəmdən ibarət 8 qrupdur.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="34"/>
        <source>This vault does not hold what it should: it was changed outside Casework (%1 problems). Restore a backup, or run “casework check” to list them.</source>
        <translation>Bu seyfdə olmalı olanlar yoxdur: o, Casework-dən kənarda dəyişdirilib (%1 problem). Ehtiyat nüsxəni bərpa edin və ya siyahını görmək üçün “casework check” əmrini işə salın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="40"/>
        <source>Could not write %1: the disk may be full. Nothing was changed.</source>
        <translation>%1 yazıla bilmədi: disk dolu ola bilər. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="44"/>
        <source>The vault could not be opened: %1</source>
        <translation>Seyfi açmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/messages.py" line="46"/>
        <source>A file could not be read or written: %1</source>
        <translation>Faylı oxumaq və ya yazmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/controller.py" line="405"/>
        <source>Wait until the current task ends.</source>
        <translation>Cari iş bitənə qədər gözləyin.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="272"/>
        <source>Create a vault</source>
        <translation>Seyf yaradın</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="38"/>
        <source>Next 30 days</source>
        <translation>Növbəti 30 gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="39"/>
        <source>Next 90 days</source>
        <translation>Növbəti 90 gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="40"/>
        <source>Next 12 months</source>
        <translation>Növbəti 12 ay</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="41"/>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="45"/>
        <source>Show done</source>
        <translation>Tamamlananları göstər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="46"/>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="140"/>
        <source>Mark done</source>
        <translation>Tamamlandı kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="60"/>
        <source>Show:</source>
        <translation>Göstər:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="69"/>
        <source>No deadlines in this period. Deadlines follow from a case&apos;s decisions: open a case and add its verdict, appeal or cassation decision under Events, or a reminder with its date.</source>
        <translation>Bu dövrdə son tarix yoxdur. Son tarixlər işin qərarlarından irəli gəlir: işi açın və Hadisələr bölməsində hökmü, apellyasiya və ya kassasiya qərarını, yaxud tarixi ilə xatırlatmanı əlavə edin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="124"/>
        <source>%1 deadlines, %2 overdue</source>
        <translation>%1 müddət, %2 gecikmiş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/deadlines_page.py" line="138"/>
        <source>Mark not done</source>
        <translation>Tamamlanmamış kimi qeyd et</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="41"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="43"/>
        <source>Import rule (.toml)…</source>
        <translation>Qaydanı idxal et (.toml)…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="45"/>
        <source>Every status</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="72"/>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="77"/>
        <source>Reasons</source>
        <translation>Səbəblər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="73"/>
        <source>Open case</source>
        <translation>İşi aç</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="84"/>
        <source>Rule:</source>
        <translation>Qayda:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="88"/>
        <source>Show:</source>
        <translation>Göstər:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="100"/>
        <source>No cases yet. Add a case (Cases, New case) or import a list (Reports, Import a list), then choose a rule here to see who it covers and why.</source>
        <translation>Hələ iş yoxdur. İş əlavə edin (İşlər, Yeni iş) və ya siyahı idxal edin (Hesabatlar, Siyahını idxal et), sonra kimin şamil olunduğunu və səbəbini görmək üçün burada qayda seçin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="141"/>
        <source>built-in</source>
        <translation>daxili</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="141"/>
        <source>imported</source>
        <translation>idxal edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="157"/>
        <source>evaluated on %1</source>
        <translation>%1 tarixinə qiymətləndirilir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="161"/>
        <source>forecast up to %1</source>
        <translation>%1 tarixinədək proqnoz</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="172"/>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="246"/>
        <source>Source: %1</source>
        <translation>Mənbə: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="186"/>
        <source>Import a rule</source>
        <translation>Qaydanı idxal et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="186"/>
        <source>Rule files (*.toml)</source>
        <translation>Qayda faylları (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="213"/>
        <source>The rule was not imported</source>
        <translation>Qayda idxal edilmədi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/eligibility_page.py" line="225"/>
        <source>%1 of %2 cases</source>
        <translation>%2 işdən %1</translation>
    </message>
</context>
<context>
    <name>EligibilityTable</name>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="28"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="30"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="31"/>
        <source>Effect</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/eligibility_model.py" line="32"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="79"/>
        <source>Export bundle</source>
        <translation>Paketi ixrac et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="91"/>
        <source>keys changed: verify again on the Contacts page</source>
        <translation>açarlar dəyişib: “Kontaktlar” bölməsində yenidən yoxlayın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="94"/>
        <source>not verified yet: on the Contacts page, select them and click “Verify…”</source>
        <translation>hələ yoxlanmayıb: “Kontaktlar” bölməsində onu seçib “Yoxla…” düyməsini basın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="100"/>
        <source>Bundles go only to contacts whose keys you have compared with them, so nobody else can read them. Compare the numbers by phone or in person with “Verify…” on the Contacts page.</source>
        <translation>Paketlər yalnız açarlarını onlarla müqayisə etdiyiniz kontaktlara gedir ki, başqa heç kim oxuya bilməsin. Rəqəmləri telefonla və ya üz-üzə “Kontaktlar” bölməsindəki “Yoxla…” ilə müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="122"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="123"/>
        <source>Select all cases</source>
        <translation>Bütün işləri seç</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="127"/>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="131"/>
        <source>To:</source>
        <translation>Kimə:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="133"/>
        <source>Cases:</source>
        <translation>İşlər:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="138"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="140"/>
        <source>What the selected case&apos;s bundle will hold:</source>
        <translation>Seçilmiş işin paketində olacaqlar:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="143"/>
        <source>Save as:</source>
        <translation>Belə saxla:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="196"/>
        <source>Save bundle</source>
        <translation>Paketi saxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="198"/>
        <source>Casework bundles (*.cwb)</source>
        <translation>Casework paketləri (*.cwb)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="206"/>
        <source>Select a case to see what it will hold.</source>
        <translation>Nəyi əhatə edəcəyini görmək üçün iş seçin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="217"/>
        <source>(left out)</source>
        <translation>(daxil edilmir)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="227"/>
        <source>Choose at least one contact, one case and a file.</source>
        <translation>Ən azı bir kontakt, bir iş və fayl seçin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="230"/>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="235"/>
        <source>Not exported: %1</source>
        <translation>İxrac edilmədi: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_dialog.py" line="240"/>
        <source>Wrote %1: %2 case(s), %3 document(s), profile %4.</source>
        <translation>%1 yazıldı: %2 iş, %3 sənəd, profil %4.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="44"/>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="109"/>
        <source>Export the list</source>
        <translation>Siyahını ixrac et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="58"/>
        <source>Columns to export</source>
        <translation>İxrac ediləcək sütunlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="60"/>
        <source>All cases</source>
        <translation>Bütün işlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="67"/>
        <source>Export…</source>
        <translation>İxrac et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="71"/>
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="73"/>
        <source>Cases:</source>
        <translation>İşlər:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="75"/>
        <source>Language of the headers and values:</source>
        <translation>Başlıqların və dəyərlərin dili:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="110"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel kitabı (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/export_list_dialog.py" line="120"/>
        <source>Not exported</source>
        <translation>İxrac edilmədi</translation>
    </message>
</context>
<context>
    <name>FamilyCaseView</name>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="88"/>
        <source>Next steps</source>
        <translation>Növbəti addımlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="89"/>
        <source>Visits</source>
        <translation>Görüşlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="90"/>
        <source>Notes for the family</source>
        <translation>Ailə üçün qeydlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="97"/>
        <source>held at %1</source>
        <translation>saxlanıldığı yer: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="99"/>
        <source>arrested on %1</source>
        <translation>%1 tarixində həbs edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="108"/>
        <source>No sentence yet, so no release date.</source>
        <translation>Hələ hökm yoxdur, buna görə azadlıq tarixi də yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="111"/>
        <source>Life sentence: there is no release date; a court may release after 25 years.</source>
        <translation>Ömürlük həbs: azad olunma tarixi yoxdur; 25 il çəkildikdən sonra məhkəmə azad edə bilər.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="114"/>
        <source>The release date is not known yet: the term or its start is missing.</source>
        <translation>Azad olunma tarixi hələ məlum deyil: cəza müddəti və ya onun başlanğıcı yoxdur.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="116"/>
        <source>The sentence ended on %1.</source>
        <translation>Cəza müddəti %1 tarixində bitib.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="121"/>
        <source>Expected release: %1 (in %2)</source>
        <translation>Gözlənilən azadlıq: %1 (%2 sonra)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="155"/>
        <source>you</source>
        <translation>siz</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/family_view.py" line="171"/>
        <source>from %1</source>
        <translation>müəllif: %1</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../ui/desktop/widgets/group_picker.py" line="28"/>
        <source>Groups</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/group_picker.py" line="30"/>
        <source>Another group: type its name</source>
        <translation>Başqa qrup: adını yazın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/group_picker.py" line="32"/>
        <source>Add group</source>
        <translation>Qrup əlavə et</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="32"/>
        <source>Groups</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="36"/>
        <source>Double-click a name to change it. Names are kept per language, in the vault; a new group is added by typing it in a case&apos;s Groups field.</source>
        <translation>Adı dəyişmək üçün üzərinə iki dəfə klikləyin. Adlar hər dil üçün ayrıca, seyfdə saxlanılır; yeni qrup işin «Qruplar» sahəsində adı yazılaraq əlavə edilir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="43"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="43"/>
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="43"/>
        <source>Origin</source>
        <translation>Mənşə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="81"/>
        <source>Built-in</source>
        <translation>Daxili</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="81"/>
        <source>Your own</source>
        <translation>Sizin</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/groups_dialog.py" line="103"/>
        <source>A group&apos;s name must have 1 to %1 characters.</source>
        <translation>Qrupun adı 1-dən %1-ə qədər simvoldan ibarət olmalıdır.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/desktop/history_words.py" line="56"/>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="57"/>
        <source>Aliases</source>
        <translation>Digər yazılışlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="58"/>
        <source>Birth date</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="59"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="60"/>
        <source>Groups</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="62"/>
        <source>Arrested on</source>
        <translation>Həbs tarixi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="63"/>
        <source>Held at</source>
        <translation>Saxlanıldığı yer</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="64"/>
        <source>Custody</source>
        <translation>Həbs</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="65"/>
        <source>Sentence</source>
        <translation>Hökm</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="66"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="67"/>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="68"/>
        <source>Eligibility note</source>
        <translation>Hüquq qeydi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="69"/>
        <source>Attachment</source>
        <translation>Əlavə fayl</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="70"/>
        <source>Verdict date</source>
        <translation>Hökm tarixi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="71"/>
        <source>Articles</source>
        <translation>Maddələr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="72"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="73"/>
        <source>Term</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="74"/>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="75"/>
        <source>Regime</source>
        <translation>Rejim</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="76"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="77"/>
        <source>Visible to</source>
        <translation>Kim görə bilər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="78"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="79"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="80"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="81"/>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="82"/>
        <source>Ordered until</source>
        <translation>Qərarla müəyyən edilən tarix</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="83"/>
        <source>Reduced by</source>
        <translation>Azaldılıb</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="84"/>
        <source>New term</source>
        <translation>Yeni müddət</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="85"/>
        <source>Release on</source>
        <translation>Azad edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="86"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="87"/>
        <source>Lawyer&apos;s view</source>
        <translation>Vəkilin rəyi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="88"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="89"/>
        <source>File name</source>
        <translation>Faylın adı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="90"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="91"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="92"/>
        <source>Aggregated verdicts</source>
        <translation>Birləşdirilmiş hökmlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="93"/>
        <source>Parole revoked before</source>
        <translation>Əvvəlki şərti azadetmə ləğv edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="94"/>
        <source>Recidivism</source>
        <translation>Residiv</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="95"/>
        <source>Interruptions</source>
        <translation>Fasilələr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="96"/>
        <source>Unserved part cut by</source>
        <translation>Çəkilməmiş hissə azaldılıb</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="97"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="105"/>
        <source>From %1&apos;s update</source>
        <translation>%1 tərəfindən göndərilən yenilikdən</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="107"/>
        <source>Edited here</source>
        <translation>Burada dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="108"/>
        <source>Imported</source>
        <translation>İdxal edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="109"/>
        <source>Imported from a list</source>
        <translation>Siyahıdan idxal edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="110"/>
        <source>Conflict resolved</source>
        <translation>Ziddiyyət həll edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="111"/>
        <source>Demo data</source>
        <translation>Nümunə məlumat</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="112"/>
        <source>Changed</source>
        <translation>Dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="223"/>
        <source>Added: %1</source>
        <translation>Əlavə edilib: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="227"/>
        <source>Removed: %1</source>
        <translation>Silinib: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="56"/>
        <source>Releases in the next 90 days</source>
        <translation>Növbəti 90 gündə azad edilmələr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="59"/>
        <source>Eligibility dates</source>
        <translation>Uyğunluq tarixləri</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="64"/>
        <source>Deadlines in the next 30 days (overdue in red)</source>
        <translation>Növbəti 30 gündə müddətlər (gecikmiş — qırmızı)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="70"/>
        <source>Cases by group</source>
        <translation>Qruplar üzrə işlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="148"/>
        <source>%1 cases: %2 in prison, %3 in pretrial detention</source>
        <translation>%1 iş: %2 nəfər həbsxanada, %3 nəfər istintaq təcridxanasında</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="156"/>
        <source>No cases yet. Add the first one with Vault › New case (Ctrl+N), or bring in a list with Reports › Import a list…</source>
        <translation>Hələ iş yoxdur. Birincisini Seyf › Yeni iş (Ctrl+N) ilə əlavə edin və ya siyahını Hesabatlar › Siyahını idxal et… ilə gətirin</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/home_page.py" line="167"/>
        <source>Under: %1</source>
        <translation>Qayda: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="32"/>
        <source>Import bundle</source>
        <translation>Paketi idxal et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="34"/>
        <source>Checking the bundle…</source>
        <translation>Paket yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="44"/>
        <source>What will change</source>
        <translation>Nə dəyişəcək</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="48"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="51"/>
        <source>From:</source>
        <translation>Kimdən:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="52"/>
        <source>Fingerprint:</source>
        <translation>Barmaq izi:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="53"/>
        <source>Verified:</source>
        <translation>Təsdiqlənib:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="54"/>
        <source>Bundle:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="69"/>
        <source>Refused: %1</source>
        <translation>Rədd edildi: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="81"/>
        <source>yes — fingerprint compared</source>
        <translation>bəli — barmaq izi müqayisə edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="81"/>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="84"/>
        <source>profile %1, sequence %2</source>
        <translation>profil %1, ardıcıllıq %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="92"/>
        <source>Every check passed. Nothing is written until you apply.</source>
        <translation>Bütün yoxlamalar keçdi. Tətbiq edənə qədər heç nə yazılmır.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="99"/>
        <source>New cases (%1)</source>
        <translation>Yeni işlər (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="101"/>
        <source>Changed cases (%1)</source>
        <translation>Dəyişmiş işlər (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="105"/>
        <source>Conflicts to review (%1)</source>
        <translation>Yoxlanmalı ziddiyyətlər (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="109"/>
        <source>Deleted by the sender, kept here for review (%1)</source>
        <translation>Göndərən tərəfindən silinib, yoxlama üçün burada saxlanılır (%1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="124"/>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="129"/>
        <source>Not imported: %1</source>
        <translation>İdxal edilmədi: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_dialog.py" line="134"/>
        <source>Imported: %1 new case(s), %2 changed, %3 conflict(s) to review.</source>
        <translation>İdxal edildi: %1 yeni iş, %2 dəyişmiş, %3 yoxlanmalı ziddiyyət.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="93"/>
        <source>Note (privileged)</source>
        <translation>Qeyd (məxfi)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="261"/>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="355"/>
        <source>Import a list</source>
        <translation>Siyahını idxal et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="269"/>
        <source>A .csv or .xlsx file with a header row</source>
        <translation>Başlıq sətri olan .csv və ya .xlsx faylı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="270"/>
        <source>Choose file…</source>
        <translation>Fayl seç…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="281"/>
        <source>First rows of the file</source>
        <translation>Faylın ilk sətirləri</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="291"/>
        <source>Which column holds which field</source>
        <translation>Hansı sütunda hansı sahədir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="294"/>
        <source>Load mapping file…</source>
        <translation>Uyğunlaşdırma faylını yüklə…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="296"/>
        <source>Import only the good rows (leave bad rows out)</source>
        <translation>Yalnız düzgün sətirləri idxal et (səhvləri burax)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="297"/>
        <source>Update people already in the vault</source>
        <translation>Seyfdə olan şəxsləri yenilə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="299"/>
        <source>For a newer edition of a list: their status, sentence and groups change as the list says. Check shows every change before anything is written.</source>
        <translation>Siyahının yeni nəşri üçün: onların vəziyyəti, cəzası və qrupları siyahıdakı kimi dəyişir. Yoxla düyməsi hər şey yazılmazdan əvvəl hər dəyişikliyi göstərir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="302"/>
        <source>Check</source>
        <translation>Yoxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="303"/>
        <source>A dry run: nothing is written</source>
        <translation>Sınaq: heç nə yazılmır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="304"/>
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="311"/>
        <source>Bad rows and duplicates</source>
        <translation>Səhv sətirlər və təkrarlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="316"/>
        <source>Encoding:</source>
        <translation>Kodlaşdırma:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="319"/>
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="356"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Siyahılar (*.csv *.xlsx);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="368"/>
        <source>Reading…</source>
        <translation>Oxunur…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="380"/>
        <source>The file cannot be read: %1</source>
        <translation>Faylı oxumaq olmur: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="392"/>
        <source>%1 rows read (%2). Check the fields below, then Check.</source>
        <translation>%1 sətir oxundu (%2). Aşağıdakı sahələri yoxlayın, sonra “Yoxla” düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="398"/>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="404"/>
        <source>Mapping file</source>
        <translation>Uyğunlaşdırma faylı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="398"/>
        <source>Mapping (*.toml)</source>
        <translation>Uyğunlaşdırma (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="421"/>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="452"/>
        <source>%1 new, %2 already known (not added again), %3 bad rows.</source>
        <translation>%1 yeni, %2 artıq məlumdur (yenidən əlavə edilmir), %3 səhv sətir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="456"/>
        <source>Nothing is imported while there are bad rows, unless you import only the good ones.</source>
        <translation>Səhv sətirlər olduqca heç nə idxal edilmir, əgər yalnız düzgünləri idxal etməsəniz.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="464"/>
        <source>line %1: %2: the term is not yet known (imported; its dates need review)</source>
        <translation>sətir %1: %2: cəza müddəti hələ məlum deyil (idxal edildi; tarixləri yoxlanılmalıdır)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="468"/>
        <source>line %1: %2: the start date is not yet known (imported; its dates need review)</source>
        <translation>sətir %1: %2: cəzanın başlanğıc tarixi hələ məlum deyil (idxal edildi; tarixləri yoxlanılmalıdır)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="472"/>
        <source>line %1: %2: the term and start date are not yet known (imported; its dates need review)</source>
        <translation>sətir %1: %2: cəza müddəti və başlanğıc tarixi hələ məlum deyil (idxal edildi; tarixləri yoxlanılmalıdır)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="477"/>
        <source>New group: %1</source>
        <translation>Yeni qrup: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="482"/>
        <source>line %1: %2 will change: %3</source>
        <translation>sətir %1: %2 dəyişəcək: %3</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="486"/>
        <source>Not in the new list (left as it is): %1</source>
        <translation>Yeni siyahıda yoxdur (olduğu kimi qalır): %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="492"/>
        <source>%1 people already in the vault will be updated.</source>
        <translation>Seyfdə olan %1 nəfər yenilənəcək.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="521"/>
        <source>Imported %1 cases.</source>
        <translation>%1 iş idxal edildi.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/desktop/labels.py" line="75"/>
        <source>½ served</source>
        <translation>½ çəkilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="76"/>
        <source>⅔ served</source>
        <translation>⅔ çəkilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="77"/>
        <source>¾ served</source>
        <translation>¾ çəkilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="78"/>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="81"/>
        <source>Lawyer or colleague: everything</source>
        <translation>Vəkil və ya həmkar: hər şey</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="82"/>
        <source>Family: family and public notes</source>
        <translation>Ailə: ailə və açıq qeydlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="83"/>
        <source>Public: public facts only</source>
        <translation>Açıq: yalnız açıq faktlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="196"/>
        <source>PDF document</source>
        <translation>PDF sənədi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="197"/>
        <source>JPEG image</source>
        <translation>JPEG şəkli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="198"/>
        <source>PNG image</source>
        <translation>PNG şəkli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="199"/>
        <source>GIF image</source>
        <translation>GIF şəkli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="200"/>
        <source>TIFF image</source>
        <translation>TIFF şəkli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="201"/>
        <source>WebP image</source>
        <translation>WebP şəkli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="202"/>
        <source>Photo (HEIC)</source>
        <translation>Foto (HEIC)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="203"/>
        <location filename="../ui/desktop/labels.py" line="225"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="204"/>
        <location filename="../ui/desktop/labels.py" line="205"/>
        <source>Word document</source>
        <translation>Word sənədi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="208"/>
        <source>Text document</source>
        <translation>Mətn sənədi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="209"/>
        <location filename="../ui/desktop/labels.py" line="210"/>
        <source>Spreadsheet</source>
        <translation>Cədvəl</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="213"/>
        <source>ZIP archive</source>
        <translation>ZIP arxivi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="214"/>
        <location filename="../ui/desktop/labels.py" line="223"/>
        <source>Audio recording</source>
        <translation>Səs yazısı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="215"/>
        <location filename="../ui/desktop/labels.py" line="224"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="222"/>
        <source>Image</source>
        <translation>Şəkil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="231"/>
        <source>%1 file</source>
        <translation>%1 faylı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="232"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="173"/>
        <source>%1 y %2 m</source>
        <translation>%1 il %2 ay</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="175"/>
        <source>%1 m %2 d</source>
        <translation>%1 ay %2 g</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="176"/>
        <location filename="../ui/desktop/labels.py" line="189"/>
        <location filename="../ui/desktop/labels.py" line="190"/>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="183"/>
        <source>%1 y</source>
        <translation>%1 il</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="185"/>
        <source>%1 m</source>
        <translation>%1 ay</translation>
    </message>
    <message>
        <location filename="../ui/desktop/labels.py" line="187"/>
        <source>%1 w</source>
        <translation>%1 hf</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_rows.py" line="152"/>
        <source>From %1</source>
        <translation>%1-dən</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/record_list_model.py" line="141"/>
        <source>life imprisonment</source>
        <translation>ömürlük azadlıqdan məhrumetmə</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="42"/>
        <source>Create a vault</source>
        <translation>Seyf yaradın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="45"/>
        <source>The vault is one encrypted file. Choose where it is kept and the passphrase that opens it.</source>
        <translation>Seyf bir şifrələnmiş fayldır. Harada saxlanacağını və onu açan parol ifadəsini seçin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="50"/>
        <source>Vault file</source>
        <translation>Seyf faylı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="51"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="54"/>
        <source>I am a lawyer (or work with one)</source>
        <translation>Mən vəkiləm (və ya vəkillə işləyirəm)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="56"/>
        <source>I am a relative or friend of the person in prison</source>
        <translation>Mən həbsdə olan şəxsin qohumu və ya dostuyam</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="69"/>
        <source>Who are you?</source>
        <translation>Siz kimsiniz?</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="70"/>
        <source>Vault file:</source>
        <translation>Seyf faylı:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="82"/>
        <source>Where to keep the vault</source>
        <translation>Seyfi harada saxlamalı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="84"/>
        <source>Casework vaults (*.cwvault)</source>
        <translation>Casework seyfləri (*.cwvault)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="101"/>
        <source>A file already exists there. Choose another name or open that vault.</source>
        <translation>Orada artıq fayl var. Başqa ad seçin və ya həmin seyfi açın.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="71"/>
        <source>Casework is locked</source>
        <translation>Casework kilidlidir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="36"/>
        <location filename="../ui/desktop/pages/lock_page.py" line="37"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="40"/>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="47"/>
        <location filename="../ui/desktop/pages/lock_page.py" line="146"/>
        <source>Unlocking… deriving the key takes a second.</source>
        <translation>Kilid açılır… açarın hesablanması bir saniyə çəkir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="49"/>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="55"/>
        <source>Forgot the passphrase? Use the recovery code…</source>
        <translation>Parol ifadəsini unutmusunuz? Bərpa kodundan istifadə edin…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="57"/>
        <source>Open another vault…</source>
        <translation>Başqa seyfi aç…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="59"/>
        <source>Create a new vault…</source>
        <translation>Yeni seyf yarat…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="97"/>
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="108"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Seyfin parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/lock_page.py" line="122"/>
        <source>Opening %1 of %2 cases…</source>
        <translation>%2 işdən %1 açılır…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/desktop/main_window.py" line="82"/>
        <source>Casework — DEMO</source>
        <translation>Casework — DEMO</translation>
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
        <translation>Bölmələr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="157"/>
        <location filename="../ui/desktop/main_window.py" line="228"/>
        <source>Home</source>
        <translation>Əsas səhifə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="158"/>
        <location filename="../ui/desktop/main_window.py" line="229"/>
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="159"/>
        <location filename="../ui/desktop/main_window.py" line="230"/>
        <source>Eligibility</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="160"/>
        <location filename="../ui/desktop/main_window.py" line="231"/>
        <source>Deadlines</source>
        <translation>Müddətlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="161"/>
        <location filename="../ui/desktop/main_window.py" line="232"/>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="162"/>
        <location filename="../ui/desktop/main_window.py" line="233"/>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="195"/>
        <source>&amp;Vault</source>
        <translation>&amp;Seyf</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="196"/>
        <source>&amp;New case</source>
        <translation>&amp;Yeni iş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="199"/>
        <source>&amp;Import rule…</source>
        <translation>Qaydanı &amp;idxal et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="201"/>
        <source>&amp;Groups…</source>
        <translation>&amp;Qruplar…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="203"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="225"/>
        <source>&amp;Go</source>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="246"/>
        <source>&amp;Bundles</source>
        <translation>&amp;Paketlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="248"/>
        <source>&amp;Export bundle…</source>
        <translation>Paketi &amp;ixrac et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="249"/>
        <source>&amp;Import bundle…</source>
        <translation>Paketi i&amp;dxal et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="250"/>
        <source>&amp;Sync now</source>
        <translation>İndi &amp;sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="255"/>
        <source>&amp;Reports</source>
        <translation>&amp;Hesabatlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="258"/>
        <source>&amp;Print case summaries…</source>
        <translation>İş xülasələrini ç&amp;ap et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="262"/>
        <source>&amp;Import a list…</source>
        <translation>Siyahını i&amp;dxal et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="263"/>
        <source>&amp;Export the list…</source>
        <translation>Siyahını &amp;ixrac et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="264"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistika</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="277"/>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="360"/>
        <source>Open a vault</source>
        <translation>Seyfi aç</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="362"/>
        <source>Casework vaults (*.cwvault);;All files (*)</source>
        <translation>Casework seyfləri (*.cwvault);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="487"/>
        <source>Copied text is cleared from the clipboard in %1 s</source>
        <translation>Kopyalanmış mətn %1 san. sonra mübadilə buferindən silinəcək</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="499"/>
        <source>Checking eligibility…</source>
        <translation>Uyğunluq yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="500"/>
        <source>Working on an attachment…</source>
        <translation>Qoşma üzərində işlənir…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="501"/>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="502"/>
        <source>Changing the passphrase…</source>
        <translation>Parol ifadəsi dəyişdirilir…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="504"/>
        <source>Working…</source>
        <translation>İşlənir…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/main_window.py" line="530"/>
        <source>Exported to %1</source>
        <translation>%1 faylına ixrac edildi</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="152"/>
        <source>— not imported —</source>
        <translation>— idxal edilmir —</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="103"/>
        <source>Column in the file</source>
        <translation>Fayldakı sütun</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="103"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="103"/>
        <source>First value</source>
        <translation>Birinci dəyər</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="83"/>
        <source>Your new recovery code</source>
        <translation>Yeni bərpa kodunuz</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="87"/>
        <source>The recovery code you used no longer opens this vault. Here is its replacement. Write it down or print it and keep it apart from this computer: it is shown only this once.</source>
        <translation>İstifadə etdiyiniz bərpa kodu artıq bu seyfi açmır. Onu əvəz edən kod budur. Onu yazın və ya çap edin və bu kompüterdən ayrı saxlayın: o yalnız bu dəfə göstərilir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="99"/>
        <source>New recovery code</source>
        <translation>Yeni bərpa kodu</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="102"/>
        <source>I have written it down</source>
        <translation>Mən onu yazdım</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="57"/>
        <source>not a date</source>
        <translation>tarix deyil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="64"/>
        <source>write the year with four digits</source>
        <translation>ili dörd rəqəmlə yazın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="68"/>
        <source>no such day</source>
        <translation>belə gün yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="70"/>
        <source>the year is out of range</source>
        <translation>il mümkün aralıqdan kənardadır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="110"/>
        <source>e.g. %1</source>
        <translation>məs. %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="114"/>
        <source>Choose on a calendar</source>
        <translation>Təqvimdə seçin</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/optional_date_edit.py" line="171"/>
        <source>%1 — type it like %2</source>
        <translation>%1 — belə yazın: %2</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="23"/>
        <source>New passphrase</source>
        <translation>Yeni parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="26"/>
        <source>Repeat the passphrase</source>
        <translation>Parol ifadəsini təkrarlayın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="34"/>
        <source>Passphrase:</source>
        <translation>Parol ifadəsi:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="35"/>
        <source>Strength:</source>
        <translation>Möhkəmlik:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="36"/>
        <source>Repeat:</source>
        <translation>Təkrar:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="46"/>
        <source>Good. Keep it only in your head.</source>
        <translation>Yaxşıdır. Onu yalnız yaddaşınızda saxlayın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="56"/>
        <source>Only fair: someone with a fast computer could guess it in time. Add a word or two to make it good; you can also go on with this one.</source>
        <translation>Yalnız orta: sürətli kompüteri olan biri onu vaxtla tapa bilər. Yaxşı olması üçün bir-iki söz əlavə edin; bununla da davam edə bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="65"/>
        <source>Choose a passphrase of five or more unrelated words, e.g. “lamp river cotton seventeen orbit”.</source>
        <translation>Bir-biri ilə əlaqəsi olmayan beş və ya daha çox sözdən ibarət parol seçin, məs. “lamp river cotton seventeen orbit”.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="69"/>
        <source>Too easy to guess: add more words or characters.</source>
        <translation>Tapmaq çox asandır: daha çox söz və ya simvol əlavə edin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/passphrase_fields.py" line="71"/>
        <source>Type the same passphrase again below.</source>
        <translation>Eyni parol ifadəsini aşağıda yenidən yazın.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="70"/>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="72"/>
        <source>Other spellings, separated by ;</source>
        <translation>Digər yazılışlar, ; ilə ayrılmış</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="84"/>
        <source>Full name:</source>
        <translation>Tam ad:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="85"/>
        <source>Aliases:</source>
        <translation>Digər yazılışlar:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="86"/>
        <source>Birth date:</source>
        <translation>Doğum tarixi:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="87"/>
        <source>Sex:</source>
        <translation>Cins:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="88"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="89"/>
        <source>Arrested on:</source>
        <translation>Həbs tarixi:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="90"/>
        <source>Held at:</source>
        <translation>Saxlanma yeri:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="91"/>
        <source>Groups:</source>
        <translation>Qruplar:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="229"/>
        <source>line %1</source>
        <translation>sətir %1</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="55"/>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="50"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="51"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="52"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="53"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="54"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
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
        <translation>Saxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="23"/>
        <source>Save All</source>
        <translation>Hamısını saxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="24"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="25"/>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="26"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="27"/>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="28"/>
        <source>N&amp;o to All</source>
        <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="29"/>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="30"/>
        <source>Retry</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="31"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="32"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="33"/>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="34"/>
        <source>Discard</source>
        <translation>Saxlama</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="35"/>
        <source>Don&apos;t Save</source>
        <translation>Saxlama</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="36"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="37"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="38"/>
        <source>Restore Defaults</source>
        <translation>Standartları bərpa et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="39"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="40"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="41"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İrəli &gt;</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="42"/>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="43"/>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="44"/>
        <source>Go Back</source>
        <translation>Geri qayıt</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="45"/>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="46"/>
        <source>Commit</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/qt_words.py" line="47"/>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="59"/>
        <source>QR code of the keys</source>
        <translation>Açarların QR kodu</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../ui/desktop/reasons.py" line="28"/>
        <source>Article is one of</source>
        <translation>Maddə bunlardandır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="29"/>
        <source>Article is none of</source>
        <translation>Maddə bunlardan deyil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="30"/>
        <source>Crime category is one of</source>
        <translation>Cinayətin kateqoriyası bunlardandır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="31"/>
        <source>Crime category is none of</source>
        <translation>Cinayətin kateqoriyası bunlardan deyil:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="32"/>
        <source>Recidivism is one of</source>
        <translation>Residiv:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="33"/>
        <source>Status is one of</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="34"/>
        <source>Life sentence:</source>
        <translation>Ömürlük həbs:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="35"/>
        <source>Earlier parole revoked:</source>
        <translation>Əvvəlki şərti azadetmə ləğv edilib:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="36"/>
        <source>Group is one of</source>
        <translation>Qrup bunlardandır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="37"/>
        <source>Group is none of</source>
        <translation>Qrup bunlardan deyil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="38"/>
        <source>Sex is</source>
        <translation>Cinsi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="39"/>
        <source>Age at least</source>
        <translation>Yaşı ən azı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="40"/>
        <source>Age below</source>
        <translation>Yaşı azdır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="41"/>
        <source>Term more than</source>
        <translation>Müddət çoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="42"/>
        <source>Term at most</source>
        <translation>Müddət ən çoxu</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="43"/>
        <source>Unserved part at most</source>
        <translation>Qalan hissə ən çoxu</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="44"/>
        <source>Unserved part more than</source>
        <translation>Qalan hissə çoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="45"/>
        <source>Served at least the fraction</source>
        <translation>Çəkdiyi hissə ən azı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="46"/>
        <source>Served at least</source>
        <translation>Ən azı çəkib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="47"/>
        <source>Arrested between</source>
        <translation>Həbs tarixi arasında</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="147"/>
        <location filename="../ui/desktop/reasons.py" line="74"/>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <location filename="../ui/desktop/history_words.py" line="147"/>
        <location filename="../ui/desktop/reasons.py" line="74"/>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="102"/>
        <source>%1 years</source>
        <translation>%1 yaş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="111"/>
        <source>no value</source>
        <translation>dəyər yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="113"/>
        <source>life sentence</source>
        <translation>ömürlük həbs</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="119"/>
        <source>%1 years old on %2</source>
        <translation>%2 tarixinə %1 yaş</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="125"/>
        <source>%1 days unserved on %2</source>
        <translation>%2 tarixinə %1 gün qalıb</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="131"/>
        <source>%1% served on %2</source>
        <translation>%2 tarixinə %1% çəkilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="137"/>
        <source>%1 days served (with credit) on %2</source>
        <translation>%2 tarixinə %1 gün çəkilib (zaliq daxil)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="147"/>
        <source>none</source>
        <translation>heç biri</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="168"/>
        <source>Status unknown: check that the person is still serving the sentence</source>
        <translation>Status bilinmir: şəxsin hələ cəza çəkdiyini yoxlayın</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="171"/>
        <source>%1 not known yet: whether the person is still serving cannot be told</source>
        <translation>%1 hələ məlum deyil: şəxsin cəza çəkib-çəkmədiyi müəyyən edilə bilmir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="175"/>
        <source>%1: the rule looks only at people serving a sentence</source>
        <translation>%1: qayda yalnız cəza çəkən şəxslərə aiddir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="180"/>
        <source>Not yet sentenced on %1 (verdict of %2)</source>
        <translation>%1 tarixinə hələ məhkum edilməyib (%2 tarixli hökm)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="185"/>
        <source>Term served by the time in custody before the sentence (last day %1)</source>
        <translation>Cəza hökmdən əvvəlki həbsdə çəkilib (son gün %1)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="190"/>
        <source>Term served on %1</source>
        <translation>Cəza %1 tarixində çəkilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="235"/>
        <source>Exclusion</source>
        <translation>İstisna</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="237"/>
        <source>Clause %1</source>
        <translation>Bənd %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="242"/>
        <source>cannot be decided: the case lacks %1</source>
        <translation>qərar vermək olmur: işdə %1 yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="248"/>
        <source>holds from %1</source>
        <translation>%1 tarixindən ödənilir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="258"/>
        <source>release from the rest of the sentence</source>
        <translation>cəzanın qalan hissəsindən azad edilmə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="261"/>
        <source>the rest of the sentence is reduced by %1</source>
        <translation>cəzanın qalan hissəsi %1 azaldılır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="264"/>
        <source>the conditions are met</source>
        <translation>şərtlər ödənilir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="272"/>
        <source>Clause %1: %2</source>
        <translation>Bənd %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="281"/>
        <source>Excluded: %1</source>
        <translation>İstisna: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="286"/>
        <source>Missing: %1</source>
        <translation>Çatışmır: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="289"/>
        <source>Not met: %1</source>
        <translation>Ödənilmir: %1</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="378"/>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="379"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="389"/>
        <source>Select a row to edit its full text here.</source>
        <translation>Tam mətni burada redaktə etmək üçün sətri seçin.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="115"/>
        <source>Your recovery code</source>
        <translation>Bərpa kodunuz</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="118"/>
        <source>If you forget the passphrase, this code is the only way back into the vault. Print it or write it down now and keep it away from this computer. It is shown only once.</source>
        <translation>Parol ifadəsini unutsanız, seyfə qayıtmağın yeganə yolu bu koddur. İndi çap edin və ya yazın və bu kompüterdən ayrı saxlayın. O yalnız bir dəfə göstərilir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="126"/>
        <source>Creating the vault…</source>
        <translation>Seyf yaradılır…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="135"/>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="136"/>
        <source>Save to a file…</source>
        <translation>Fayla saxla…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="171"/>
        <source>The vault was created. Your recovery code:</source>
        <translation>Seyf yaradıldı. Bərpa kodunuz:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="182"/>
        <source>The vault was not created.</source>
        <translation>Seyf yaradılmadı.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="191"/>
        <source>Casework recovery code</source>
        <translation>Casework bərpa kodu</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="193"/>
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="197"/>
        <source>Keep this paper safe and away from the computer.</source>
        <translation>Bu kağızı kompüterdən ayrı, etibarlı yerdə saxlayın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="211"/>
        <source>Save the recovery code</source>
        <translation>Bərpa kodunu saxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="218"/>
        <source>Saved</source>
        <translation>Saxlanıldı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/create_vault_wizard.py" line="220"/>
        <source>Saved. Move the file to a USB stick or print it, and do not leave it on this computer.</source>
        <translation>Saxlanıldı. Faylı USB yaddaşa köçürün və ya çap edin və bu kompüterdə saxlamayın.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="24"/>
        <source>Open with the recovery code</source>
        <translation>Bərpa kodu ilə aç</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="28"/>
        <source>Type the recovery code you printed or wrote down when the vault was created (8 groups of 4 characters), then choose a new passphrase. The code you type stops working: a new one is shown once, to write down or print.</source>
        <translation>Seyf yaradılanda çap etdiyiniz və ya yazdığınız bərpa kodunu (4 simvoldan ibarət 8 qrup) daxil edin, sonra yeni parol ifadəsi seçin. Daxil etdiyiniz kod bundan sonra işləməyəcək: yazmaq və ya çap etmək üçün yeni kod bir dəfə göstəriləcək.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="37"/>
        <source>Recovery code</source>
        <translation>Bərpa kodu</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="44"/>
        <source>Recovery code:</source>
        <translation>Bərpa kodu:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/recovery_dialog.py" line="48"/>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
</context>
<context>
    <name>RevealToggle</name>
    <message>
        <location filename="../ui/desktop/widgets/reveal_toggle.py" line="52"/>
        <source>Hide the passphrase</source>
        <translation>Parolu gizlət</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/reveal_toggle.py" line="54"/>
        <source>Show the passphrase</source>
        <translation>Parolu göstər</translation>
    </message>
</context>
<context>
    <name>SentenceSummary</name>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="25"/>
        <source>Life imprisonment: no last day; release is decided on years served.</source>
        <translation>Ömürlük azadlıqdan məhrum etmə: son gün yoxdur; azadlıq çəkilmiş illərə görə həll edilir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="31"/>
        <source>Served so far (credit included): %1 days</source>
        <translation>İndiyədək çəkilib (hesablanan müddət daxil): %1 gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="36"/>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="65"/>
        <source>Credited days: %1</source>
        <translation>Hesablanan günlər: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="40"/>
        <source>Last day: %1</source>
        <translation>Son gün: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="46"/>
        <source>Last day under the other month-end convention: %1. The two conventions differ for a start on the 29th–31st; which one applies is not settled.</source>
        <translation>Ayın sonu üçün digər qaydaya görə son gün: %1. Ayın 29–31-də başlayan müddət üçün iki qayda fərqlənir; hansının tətbiq olunduğu hələ müəyyən deyil.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="54"/>
        <source>Term served by credit (%1 days more than the term): should be free.</source>
        <translation>Müddət hesablanan günlərlə çəkilib (müddətdən %1 gün çox): azad olmalıdır.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="60"/>
        <source>Unserved: %1</source>
        <translation>Çəkilməmiş: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="69"/>
        <source>Days interrupted (added to the term): %1</source>
        <translation>Fasilə günləri (müddətə əlavə edilir): %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="92"/>
        <source>Check the start date: %1 is about %2 years before the verdict of %3. Custody before the sentence is recorded as custody, and credited.</source>
        <translation>Başlanğıc tarixini yoxlayın: %1 %3 tarixli hökmdən təxminən %2 il əvvəldir. Hökmdən əvvəlki həbs həbs dövrü kimi qeyd edilir və hesablanır.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="102"/>
        <source>An interruption ends before the sentence starts, so it moves nothing.</source>
        <translation>Fasilə cəza başlamazdan əvvəl bitir, ona görə heç nəyi dəyişmir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="107"/>
        <source>An aggregated verdict is life imprisonment, so the aggregated sentence is too: check the term.</source>
        <translation>Birləşdirilmiş hökmlərdən biri ömürlük azadlıqdan məhrum etmədir, deməli birləşdirilmiş cəza da ömürlükdür: müddəti yoxlayın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="113"/>
        <source>The term is shorter than aggregated verdict %1: an aggregated sentence is at least as long as each verdict in it.</source>
        <translation>Müddət %1 nömrəli birləşdirilmiş hökmdən qısadır: birləşdirilmiş cəza onun tərkibindəki hər hökmdən az olmur.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/sentence_summary.py" line="119"/>
        <source>Part of the sentence is not yet known: some dates need review.</source>
        <translation>Cəzanın bir hissəsi hələ məlum deyil: bəzi tarixlər yoxlanılmalıdır.</translation>
    </message>
</context>
<context>
    <name>SentenceTab</name>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="130"/>
        <source>Sentenced</source>
        <translation>Məhkum edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="134"/>
        <source>e.g. 234.1-1; 206.3.2</source>
        <translation>məs. 234.1-1; 206.3.2</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="139"/>
        <source>Term of years</source>
        <translation>Müddətli azadlıqdan məhrum etmə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="139"/>
        <location filename="../ui/desktop/history_words.py" line="150"/>
        <source>Life imprisonment</source>
        <translation>Ömürlük azadlıqdan məhrum etmə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="139"/>
        <source>Not yet known</source>
        <translation>Hələ məlum deyil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="145"/>
        <source> y</source>
        <translation> il</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="146"/>
        <source> m</source>
        <translation> ay</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="147"/>
        <source> w</source>
        <translation> hf</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="148"/>
        <source> d</source>
        <translation> g</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="161"/>
        <source>Not stated</source>
        <translation>Göstərilməyib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="162"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="163"/>
        <source>Yes: an earlier parole was revoked</source>
        <translation>Bəli: əvvəlki şərti vaxtından əvvəl azadetmə ləğv edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="177"/>
        <source>Verdict date:</source>
        <translation>Hökm tarixi:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="178"/>
        <source>Articles:</source>
        <translation>Maddələr:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="179"/>
        <source>Category:</source>
        <translation>Kateqoriya:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="180"/>
        <source>Term:</source>
        <translation>Müddət:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="181"/>
        <source>Start date:</source>
        <translation>Başlama tarixi:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="182"/>
        <source>Regime:</source>
        <translation>Rejim:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="183"/>
        <source>Parole revoked before:</source>
        <translation>Əvvəlki şərti azadetmə ləğv edilib:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="184"/>
        <source>Recidivism:</source>
        <translation>Residiv:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="188"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="189"/>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="190"/>
        <source>Reason (at liberty pending appeal, escape…)</source>
        <translation>Səbəb (apellyasiyaya qədər azadlıqda, qaçma…)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="198"/>
        <source>Verdict date</source>
        <translation>Hökm tarixi</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="199"/>
        <source>Articles (separated by ;)</source>
        <translation>Maddələr (; ilə ayrılır)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="200"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="201"/>
        <source>Term (3 years 6 months, or life)</source>
        <translation>Müddət (3 il 6 ay və ya ömürlük)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="207"/>
        <source>Interruptions (days not served)</source>
        <translation>Fasilələr (cəzaya hesablanmayan günlər)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="208"/>
        <source>Aggregated verdicts (CC Art. 66/67)</source>
        <translation>Birləşdirilmiş hökmlər (CM 66/67-ci maddələr)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="220"/>
        <source>Computed (as of today, after saving)</source>
        <translation>Hesablanıb (bu gün üçün, yadda saxladıqdan sonra)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/editor_tabs.py" line="223"/>
        <source>How each date was found:</source>
        <translation>Hər tarix necə tapılıb:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="35"/>
        <source>The system&apos;s language</source>
        <translation>Sistemin dili</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="42"/>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="44"/>
        <source>The vault also locks with Ctrl+L and when the screen locks.</source>
        <translation>Seyf həmçinin Ctrl+L ilə və ekran kilidlənəndə kilidlənir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="49"/>
        <source>A lawyer (or someone who works with one)</source>
        <translation>Vəkil (və ya onunla işləyən biri)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="50"/>
        <source>A relative or friend of the person in prison</source>
        <translation>Həbsdə olan şəxsin qohumu və ya dostu</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="53"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="54"/>
        <source>Lock after being idle for:</source>
        <translation>Fəaliyyətsizlikdən sonra kilidlə:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/settings_dialog.py" line="56"/>
        <source>This vault belongs to:</source>
        <translation>Bu seyf kimindir:</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="97"/>
        <source>All cases</source>
        <translation>Bütün işlər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="98"/>
        <source>Group</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="100"/>
        <source>Article</source>
        <translation>Maddə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="101"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="102"/>
        <source>Rule, by group</source>
        <translation>Qayda, qruplar üzrə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="103"/>
        <source>Rule, first qualifying in</source>
        <translation>Qayda, ilk uyğunluq</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="171"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="174"/>
        <source>Export page as PDF…</source>
        <translation>Səhifəni PDF kimi ixrac et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="175"/>
        <source>Export numbers as CSV…</source>
        <translation>Rəqəmləri CSV kimi ixrac et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="189"/>
        <source>Statistics as numbers</source>
        <translation>Rəqəmlərlə statistika</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="194"/>
        <source>Under the rule:</source>
        <translation>Qaydaya görə:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="269"/>
        <source>No rule</source>
        <translation>Qayda yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="329"/>
        <source>Cases: %1</source>
        <translation>İşlər: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="341"/>
        <source>By group</source>
        <translation>Qruplar üzrə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="345"/>
        <source>By status</source>
        <translation>Status üzrə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="349"/>
        <source>By article (most frequent)</source>
        <translation>Maddələr üzrə (ən çox rast gəlinən)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="355"/>
        <source>%1 — by group</source>
        <translation>%1 — qruplar üzrə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="358"/>
        <source>First qualifying, by month</source>
        <translation>İlk uyğunluq, aylar üzrə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="393"/>
        <source>Export numbers as CSV</source>
        <translation>Rəqəmləri CSV kimi ixrac et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>Counted by</source>
        <translation>Hesablama üzrə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/statistics_page.py" line="73"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="19"/>
        <source>Very weak</source>
        <translation>Çox zəif</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="20"/>
        <source>Weak</source>
        <translation>Zəif</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="21"/>
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="22"/>
        <source>Good</source>
        <translation>Yaxşı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/widgets/strength_meter.py" line="23"/>
        <source>Strong</source>
        <translation>Güclü</translation>
    </message>
</context>
<context>
    <name>SummaryPrintDialog</name>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="122"/>
        <source>Print case summaries</source>
        <translation>İş xülasələrini çap et</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="129"/>
        <source>Colleague — everything, privileged notes included</source>
        <translation>Həmkar — hər şey, məxfi qeydlər daxil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="130"/>
        <source>Family — no privileged notes, events or assessments</source>
        <translation>Ailə — məxfi qeydlər, hadisələr və qiymətləndirmələr olmadan</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="131"/>
        <source>Public — only what may be published</source>
        <translation>Açıq — yalnız dərc edilə bilən</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="148"/>
        <source>The selected case</source>
        <translation>Seçilmiş iş</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="149"/>
        <source>The %n selected cases</source>
        <translation>
            <numerusform>Seçilmiş %n iş</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="152"/>
        <source>All %n cases shown in the list (one PDF, each case on new pages)</source>
        <translation>
            <numerusform>Siyahıda göstərilən bütün %n iş (bir PDF, hər iş yeni səhifədən)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="162"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="163"/>
        <source>Language of the summary:</source>
        <translation>Xülasənin dili:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="164"/>
        <source>Paper:</source>
        <translation>Kağız:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="165"/>
        <source>Cases:</source>
        <translation>İşlər:</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="169"/>
        <source>The footer of every page names the profile and the date printed. Preview and printing stay in memory; a saved PDF is outside the vault.</source>
        <translation>Hər səhifənin altında profil və çap tarixi göstərilir. Önbaxış və çap yaddaşda qalır; saxlanmış PDF seyfdən kənardadır.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="178"/>
        <source>Preview…</source>
        <translation>Önbaxış…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="179"/>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="180"/>
        <source>Save as PDF…</source>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="240"/>
        <source>Print preview</source>
        <translation>Çapa önbaxış</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../ui/desktop/reasons.py" line="304"/>
        <source>life imprisonment</source>
        <translation>ömürlük azadlıqdan məhrum etmə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="323"/>
        <source>Sentence of %term starting %start</source>
        <translation>%start tarixindən başlayan %term cəza</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="324"/>
        <source>%kind of %date not applied: it is after %on</source>
        <translation>%date tarixli %kind tətbiq edilmədi: %on tarixindən sonradır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="325"/>
        <source>%kind of %date: term %before replaced by %after</source>
        <translation>%date tarixli %kind: %before müddət %after ilə əvəz edilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="326"/>
        <source>%kind of %date: term %before reduced by %reduce_by → %after</source>
        <translation>%date tarixli %kind: %before müddət %reduce_by azaldılıb → %after</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="329"/>
        <source>%kind of %date: release on %release_on sets the last day</source>
        <translation>%date tarixli %kind: %release_on tarixində azad edilmə son günü müəyyən edir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="332"/>
        <source>%kind of %date records no change to the term</source>
        <translation>%date tarixli %kind müddəti dəyişmir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="333"/>
        <source>Custody (%kind) %from–%to: %days days at %ratio → %credited days credited</source>
        <translation>Saxlanma (%kind) %from–%to: %days gün, %ratio nisbətində → %credited gün zaliq</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="336"/>
        <source>Custody (%kind) from %from not credited: it starts on or after %start</source>
        <translation>%from tarixindən saxlanma (%kind) zaliq edilmir: %start tarixində və ya ondan sonra başlayır</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="339"/>
        <source>Custody (%kind) %from–%to: no credit ratio for this kind</source>
        <translation>Saxlanma (%kind) %from–%to: bu növ üçün zaliq nisbəti yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="342"/>
        <source>Credit in total: %credited_days days</source>
        <translation>Cəmi zaliq: %credited_days gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="343"/>
        <source>%start + %term = %result</source>
        <translation>%start + %term = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="344"/>
        <source>Last day before credit: %end − 1 day = %result</source>
        <translation>Zaliqdən əvvəl son gün: %end − 1 gün = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="345"/>
        <source>Month-end convention: the term ends on the last day of the month, %result</source>
        <translation>Ay sonu qaydası: müddət ayın son günü bitir, %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="348"/>
        <source>Last day: %before_credit − %credited_days days credit = %result</source>
        <translation>Son gün: %before_credit − %credited_days gün zaliq = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="351"/>
        <source>Last day set by release: %result</source>
        <translation>Son gün azad edilmə ilə müəyyən edilib: %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="352"/>
        <source>%fraction of %term = %months months %days days: %start + %months months %days days − %credited_days days credit = %result</source>
        <translation>%term müddətin %fraction hissəsi = %months ay %days gün: %start + %months ay %days gün − %credited_days gün zaliq = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="357"/>
        <source>Unserved on %on: %last_day − %on = %days days</source>
        <translation>%on tarixinə qalan: %last_day − %on = %days gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="371"/>
        <source>(ratio not yet confirmed by a lawyer)</source>
        <translation>(nisbət hələ vəkil tərəfindən təsdiqlənməyib)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="380"/>
        <source>%fraction of %term = %months months %days days: %start + %months months %days days − %credited_days days credit + %interruption_days days interrupted = %result</source>
        <translation>%term müddətinin %fraction hissəsi = %months ay %days gün: %start + %months ay %days gün − %credited_days gün hesablanma + %interruption_days gün fasilə = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="385"/>
        <source>Last day: %before_credit − %credited_days days credit + %interruption_days days interrupted − %cut_days days cut by pardon = %result</source>
        <translation>Son gün: %before_credit − %credited_days gün hesablanma + %interruption_days gün fasilə − əfvlə %cut_days gün azaldılma = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="390"/>
        <source>Last day: %before_credit − %credited_days days credit + %interruption_days days interrupted = %result</source>
        <translation>Son gün: %before_credit − %credited_days gün hesablanma + %interruption_days gün fasilə = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="395"/>
        <source>Last day: %before_credit − %credited_days days credit − %cut_days days cut by pardon = %result</source>
        <translation>Son gün: %before_credit − %credited_days gün hesablanma − əfvlə %cut_days gün azaldılma = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="400"/>
        <source>Not computed: %fields not yet known</source>
        <translation>Hesablanmayıb: %fields hələ məlum deyil</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="401"/>
        <source>Life imprisonment from %start: no last day; release is decided on years served</source>
        <translation>%start tarixindən ömürlük azadlıqdan məhrum etmə: son gün yoxdur; azadlıq çəkilmiş illərə görə həll edilir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="405"/>
        <source>Served by %on, credit included: %days days</source>
        <translation>%on tarixinədək çəkilib, hesablanma daxil: %days gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="406"/>
        <source>Interruption %from–%to: %days days not served</source>
        <translation>Fasilə %from–%to: %days gün çəkilməyib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="407"/>
        <source>Interruptions in total: %days days</source>
        <translation>Fasilələr cəmi: %days gün</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="408"/>
        <source>Last day before credit (one day subtracted first): %start − 1 day + %term = %result</source>
        <translation>Hesablanmadan əvvəl son gün (əvvəlcə bir gün çıxılır): %start − 1 gün + %term = %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="412"/>
        <source>The other month-end convention gives %result for %term from %start</source>
        <translation>Ayın sonu üçün digər qayda %start tarixindən %term müddətinə %result verir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="415"/>
        <source>The credit of %credited_days days covers the whole term (%excess_days days more): the term is served</source>
        <translation>%credited_days gün hesablanma bütün müddəti əhatə edir (%excess_days gün artıq): müddət çəkilib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="420"/>
        <source>%kind of %date: a reduction by %reduce_by does not apply to a life term</source>
        <translation>%date tarixli %kind: %reduce_by azaldılma ömürlük cəzaya tətbiq edilmir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="423"/>
        <source>%kind of %date: a life term has no unserved part to cut by %fraction</source>
        <translation>%date tarixli %kind: ömürlük cəzanın %fraction azaldılacaq çəkilməmiş hissəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="426"/>
        <source>%kind of %date: %fraction of the %unserved_days days unserved = %cut_days days cut; last day %before → %result</source>
        <translation>%date tarixli %kind: çəkilməmiş %unserved_days günün %fraction hissəsi = %cut_days gün azaldıldı; son gün %before → %result</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="431"/>
        <source>%kind of %date: release on %release_on does not undo the earlier release on %kept</source>
        <translation>%date tarixli %kind: %release_on tarixində azadetmə %kept tarixində əvvəlki azadetməni ləğv etmir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="435"/>
        <source>%kind of %date does not undo the earlier release on %release_on</source>
        <translation>%date tarixli %kind %release_on tarixində əvvəlki azadetməni ləğv etmir</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="444"/>
        <source>the term</source>
        <translation>müddət</translation>
    </message>
    <message>
        <location filename="../ui/desktop/reasons.py" line="445"/>
        <source>the start date</source>
        <translation>başlanğıc tarixi</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="30"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="31"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="32"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="69"/>
        <source>%1 (done)</source>
        <translation>%1 (tamamlanıb)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/upcoming_model.py" line="82"/>
        <source>Overdue since %1</source>
        <translation>%1 tarixindən gecikib</translation>
    </message>
    <message>
        <location filename="../ui/desktop/models/case_rows.py" line="134"/>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %3 tarixli %2</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="83"/>
        <source>Verify %1</source>
        <translation>%1 təsdiqlə</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="96"/>
        <source>Make sure the keys really are those of %1, before sharing anything. Phone them or meet them, not through the way the card came to you. Ask them to open Casework, go to Contacts and read out the numbers under “You”: every group must be the same as the numbers on the left. Or, side by side, hold your screens together: their QR code must look exactly like this one.</source>
        <translation>Nəyisə paylaşmazdan əvvəl açarların həqiqətən %1 adlı şəxsə aid olduğuna əmin olun. Ona zəng edin və ya görüşün, kartın gəldiyi yolla yox. Ondan Casework-u açıb “Kontaktlar” bölməsində “Siz” altındakı rəqəmləri oxumasını xahiş edin: hər qrup soldakı rəqəmlərlə eyni olmalıdır. Və ya yan-yana olanda ekranları yaxınlaşdırın: onun QR kodu bununla tam eyni görünməlidir.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="107"/>
        <source>The keys of %1 CHANGED. </source>
        <translation>%1 açarları DƏYİŞİB. </translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="109"/>
        <source>The numbers match</source>
        <translation>Rəqəmlər üst-üstə düşür</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/contacts_page.py" line="118"/>
        <source>Yours, to read to them:</source>
        <translation>Sizinki, onlara oxumaq üçün:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="32"/>
        <source>Welcome to Casework</source>
        <translation>Casework-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="19"/>
        <source>Casework keeps your case files encrypted on this computer. Nothing is sent anywhere. To begin, create a vault protected by a passphrase, or open a vault file you already have.</source>
        <translation>Casework iş sənədlərinizi bu kompüterdə şifrələnmiş saxlayır. Heç nə heç yerə göndərilmir. Başlamaq üçün parol ifadəsi ilə qorunan seyf yaradın və ya mövcud seyf faylını açın.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="26"/>
        <source>Create a new vault</source>
        <translation>Yeni seyf yarat</translation>
    </message>
    <message>
        <location filename="../ui/desktop/pages/welcome_page.py" line="29"/>
        <source>Open an existing vault…</source>
        <translation>Mövcud seyfi aç…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/desktop/dialogs/import_list_dialog.py" line="185"/>
        <source>— not imported —</source>
        <translation>— idxal edilmir —</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="52"/>
        <source>%1 is saved outside the vault and is not encrypted: anyone with this computer or the file can read it. Keep it safe, and delete it when it is no longer needed.</source>
        <translation>%1 seyfdən kənarda saxlanılıb və şifrələnməyib: bu kompüterə və ya fayla çıxışı olan hər kəs onu oxuya bilər. Onu qoruyun və lazım olmadıqda silin.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="62"/>
        <source>Saved outside the vault</source>
        <translation>Seyfdən kənarda saxlanıldı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="84"/>
        <source>Save as PDF</source>
        <translation>PDF kimi saxla</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="94"/>
        <source>Not saved</source>
        <translation>Saxlanılmadı</translation>
    </message>
    <message>
        <location filename="../ui/desktop/dialogs/print_dialogs.py" line="95"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF yazılmadı: %1</translation>
    </message>
</context>
</TS>
