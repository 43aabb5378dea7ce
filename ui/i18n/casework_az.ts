<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="az_AZ" sourcelanguage="en">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../desktop/dialogs/attachment_viewer.py" line="20" />
        <source>Attachment</source>
        <translation>Qoşma</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachment_viewer.py" line="37" />
        <source>This file cannot be shown (%1).</source>
        <translation>Bu faylı göstərmək mümkün deyil (%1).</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="43" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="44" />
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="45" />
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="46" />
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="47" />
        <source>Visible to</source>
        <translation>Kimə görünür</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="62" />
        <source>Add file…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="63" />
        <source>View</source>
        <translation>Bax</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="64" />
        <source>Export a copy…</source>
        <translation>Surətini ixrac et…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="97" />
        <source>Files are encrypted into the vault. They open here from memory; “Export” writes a readable copy where you choose.</source>
        <translation>Fayllar seyfə şifrələnərək yazılır. Burada yaddaşdan açılır; “İxrac” seçdiyiniz yerə oxunaqlı surət yazır.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="101" />
        <source>Save the case first, then add files.</source>
        <translation>Əvvəlcə işi yadda saxlayın, sonra fayl əlavə edin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="111" />
        <source>Add a file to the case</source>
        <translation>İşə fayl əlavə et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="121" />
        <source>This kind of file cannot be shown here; export a copy to open it.</source>
        <translation>Bu növ faylı burada göstərmək olmur; açmaq üçün surətini ixrac edin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/attachments_tab.py" line="146" />
        <source>Export a readable copy</source>
        <translation>Oxunaqlı surəti ixrac et</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="70" />
        <location filename="../desktop/dialogs/case_editor.py" line="436" />
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="71" />
        <location filename="../desktop/dialogs/case_editor.py" line="437" />
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="72" />
        <location filename="../desktop/dialogs/case_editor.py" line="438" />
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="73" />
        <source>Ordered until</source>
        <translation>Qərar üzrə son tarix</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="82" />
        <location filename="../desktop/dialogs/case_editor.py" line="142" />
        <location filename="../desktop/dialogs/case_editor.py" line="439" />
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="83" />
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="84" />
        <source>What happened</source>
        <translation>Nə baş verib</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="85" />
        <location filename="../desktop/dialogs/case_editor.py" line="98" />
        <source>Visible to</source>
        <translation>Kimə görünür</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="86" />
        <location filename="../desktop/dialogs/case_editor.py" line="441" />
        <source>Reduced by</source>
        <translation>Azaldılıb</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="87" />
        <location filename="../desktop/dialogs/case_editor.py" line="442" />
        <source>New term</source>
        <translation>Yeni müddət</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="88" />
        <location filename="../desktop/dialogs/case_editor.py" line="443" />
        <source>Release on</source>
        <translation>Azad edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="99" />
        <location filename="../desktop/dialogs/case_editor.py" line="143" />
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="109" />
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="110" />
        <source>How</source>
        <translation>Necə</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="111" />
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="112" />
        <source>Change</source>
        <translation>Dəyişiklik</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="133" />
        <location filename="../desktop/dialogs/case_editor.py" line="444" />
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="139" />
        <location filename="../desktop/dialogs/case_editor.py" line="445" />
        <source>Lawyer's view</source>
        <translation>Vəkilin rəyi</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="141" />
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="155" />
        <source>Computed under each rule (saved data):</source>
        <translation>Hər qayda üzrə hesablanıb (saxlanmış məlumat):</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="158" />
        <source>Notes and overrides (shown beside the computed result):</source>
        <translation>Qeydlər və vəkilin rəyi (hesablanmış nəticənin yanında göstərilir):</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="163" />
        <location filename="../desktop/dialogs/case_editor.py" line="451" />
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="164" />
        <location filename="../desktop/dialogs/case_editor.py" line="450" />
        <source>Sentence</source>
        <translation>Hökm</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="165" />
        <location filename="../desktop/dialogs/case_editor.py" line="446" />
        <source>Custody</source>
        <translation>Saxlanma</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="166" />
        <location filename="../desktop/dialogs/case_editor.py" line="447" />
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="167" />
        <location filename="../desktop/dialogs/case_editor.py" line="448" />
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="168" />
        <source>Attachments</source>
        <translation>Qoşmalar</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="169" />
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="170" />
        <source>Eligibility</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="182" />
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="183" />
        <source>Save (Ctrl+S)</source>
        <translation>Yadda saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="185" />
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="207" />
        <source>Case — Casework</source>
        <translation>İş — Casework</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="207" />
        <source>New case — Casework</source>
        <translation>Yeni iş — Casework</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="224" />
        <source>Save the case to see its dates.</source>
        <translation>Tarixləri görmək üçün işi yadda saxlayın.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="229" />
        <source>No sentence yet.</source>
        <translation>Hələ hökm yoxdur.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="233" />
        <source>Last day: %1</source>
        <translation>Son gün: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="234" />
        <source>Unserved: %1</source>
        <translation>Qalıb: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="237" />
        <source>Credited days: %1</source>
        <translation>Zaliq edilən günlər: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="304" />
        <source>Saved.</source>
        <translation>Saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="367" />
        <source>Unsaved changes</source>
        <translation>Yadda saxlanmamış dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="368" />
        <source>This case has changes that are not saved.</source>
        <translation>Bu işdə yadda saxlanmamış dəyişikliklər var.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="422" />
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="423" />
        <source>Aliases</source>
        <translation>Digər yazılışlar</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="424" />
        <source>Birth date</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="425" />
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="426" />
        <source>Groups</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="427" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="428" />
        <source>Arrested on</source>
        <translation>Həbs tarixi</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="429" />
        <source>Held at</source>
        <translation>Saxlanma yeri</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="430" />
        <source>Verdict date</source>
        <translation>Hökm tarixi</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="431" />
        <source>Articles</source>
        <translation>Maddələr</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="432" />
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="433" />
        <source>Term</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="434" />
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="435" />
        <source>Regime</source>
        <translation>Rejim</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="440" />
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="449" />
        <source>Eligibility notes</source>
        <translation>Uyğunluq qeydləri</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="466" />
        <source>is required</source>
        <translation>mütləqdir</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="468" />
        <source>needs a date</source>
        <translation>tarix tələb olunur</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/case_editor.py" line="470" />
        <source>is before the start of the period</source>
        <translation>dövrün başlanğıcından əvvəldir</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="45" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="46" />
        <source>Groups</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="47" />
        <source>Articles</source>
        <translation>Maddələr</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="49" />
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="50" />
        <source>Unserved</source>
        <translation>Qalıb</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="51" />
        <source>Next milestone</source>
        <translation>Növbəti mərhələ</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="52" />
        <source>Eligibility</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_table_model.py" line="53" />
        <source>Next deadline</source>
        <translation>Növbəti müddət</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="49" />
        <source>Search by name in any spelling: Həsənov, Гасанов, Hasanov…</source>
        <translation>İstənilən yazılışda adla axtarın: Həsənov, Гасанов, Hasanov…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="52" />
        <source>Search cases</source>
        <translation>İşləri axtar</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="54" />
        <source>New case</source>
        <translation>Yeni iş</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="55" />
        <source>Add a case (Ctrl+N)</source>
        <translation>İş əlavə et (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="58" />
        <source>All groups</source>
        <translation>Bütün qruplar</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="61" />
        <source>Any status</source>
        <translation>İstənilən status</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="63" />
        <location filename="../desktop/pages/cases_page.py" line="180" />
        <location filename="../desktop/pages/cases_page.py" line="213" />
        <source>Any article</source>
        <translation>İstənilən maddə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="64" />
        <source>Any eligibility</source>
        <translation>İstənilən uyğunluq</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="85" />
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="89" />
        <source>No cases yet. Click “New case” to add the first one.</source>
        <translation>Hələ iş yoxdur. İlk işi əlavə etmək üçün “Yeni iş” düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="99" />
        <source>Filter:</source>
        <translation>Süzgəc:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="204" />
        <source>%1 of %2 cases</source>
        <translation>%2 işdən %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="272" />
        <source>Delete case</source>
        <translation>İşi sil</translation>
    </message>
    <message>
        <location filename="../desktop/pages/cases_page.py" line="274" />
        <source>Delete the selected case, its history and attachments? This cannot be undone.</source>
        <translation>Seçilmiş iş, onun tarixçəsi və qoşmaları silinsin? Bunu geri qaytarmaq olmaz.</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="208" />
        <source>Check the recovery code</source>
        <translation>Bərpa kodunu yoxlayın</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="226" />
        <source>From what you wrote down, type group %1 and group %2 of the code.</source>
        <translation>Yazdığınızdan kodun %1-ci və %2-ci qruplarını daxil edin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="230" />
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="231" />
        <source>Group %1:</source>
        <translation>Qrup %1:</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Shown</source>
        <translation>Göstərilən</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="92" />
        <source>Other value</source>
        <translation>Digər dəyər</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="103" />
        <source>whole case</source>
        <translation>bütün iş</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="103" />
        <source>deleted by %1</source>
        <translation>%1 tərəfindən silinib</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="40" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="41" />
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="42" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="43" />
        <source>Shared cases</source>
        <translation>Paylaşılan işlər</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="44" />
        <source>Fingerprint</source>
        <translation>Barmaq izi</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="59" />
        <source>KEY CHANGED</source>
        <translation>AÇAR DƏYİŞİB</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="60" />
        <source>verified</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <location filename="../desktop/models/contacts_model.py" line="60" />
        <source>not verified</source>
        <translation>təsdiqlənməyib</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="128" />
        <source>Your name, as contacts will see it</source>
        <translation>Kontaktların görəcəyi adınız</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="132" />
        <source>Set name</source>
        <translation>Adı təyin et</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="133" />
        <source>Save my card…</source>
        <translation>Kartımı saxla…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="134" />
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="139" />
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="140" />
        <source>Fingerprint:</source>
        <translation>Barmaq izi:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="154" />
        <source>Add contact from card…</source>
        <translation>Kartdan kontakt əlavə et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="155" />
        <source>Verify…</source>
        <translation>Təsdiqlə…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="159" />
        <source>Export bundle…</source>
        <translation>Paketi ixrac et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="160" />
        <source>Import bundle…</source>
        <translation>Paketi idxal et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="162" />
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="170" />
        <source>A folder shared by Syncthing, or a USB stick</source>
        <translation>Syncthing ilə paylaşılan qovluq və ya USB yaddaş</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="171" />
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="172" />
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="173" />
        <source>Not synced yet in this session.</source>
        <translation>Bu seansda hələ sinxronlaşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="174" />
        <location filename="../desktop/pages/contacts_page.py" line="329" />
        <source>Sync folder</source>
        <translation>Sinxronlaşdırma qovluğu</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="190" />
        <source>Keep shown value</source>
        <translation>Göstərilən dəyəri saxla</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="191" />
        <source>Use other value</source>
        <translation>Digər dəyəri götür</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="192" />
        <source>Conflicts to review</source>
        <translation>Yoxlanmalı ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="203" />
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="248" />
        <source>Locked.</source>
        <translation>Kilidlənib.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="255" />
        <source>Not done</source>
        <translation>Edilməyib</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="272" />
        <source>Save your card</source>
        <translation>Kartınızı saxlayın</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="285" />
        <source>Keys changed</source>
        <translation>Açarlar dəyişib</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="287" />
        <source>The keys of %1 changed. Nothing is sent to or accepted from them until you compare the new fingerprint with them and verify again.</source>
        <translation>%1 açarları dəyişib. Yeni barmaq izini onunla müqayisə edib yenidən təsdiqləyənə qədər ona heç nə göndərilmir və ondan heç nə qəbul edilmir.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="294" />
        <source>Contact card</source>
        <translation>Kontakt kartı</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="321" />
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="337" />
        <source>Choose a sync folder first.</source>
        <translation>Əvvəlcə sinxronlaşdırma qovluğunu seçin.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="341" />
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="347" />
        <source>Sync failed: %1</source>
        <translation>Sinxronlaşdırma alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="349" />
        <source>Synced: %1 imported, %2 written, %3 refused.</source>
        <translation>Sinxronlaşdırıldı: %1 idxal, %2 yazıldı, %3 rədd edildi.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../desktop/messages.py" line="17" />
        <source>That recovery code does not open this vault.</source>
        <translation>Bu bərpa kodu bu seyfi açmır.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="18" />
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Parol ifadəsi səhvdir. Klaviatura düzülüşünü və Caps Lock-u yoxlayın, sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="23" />
        <source>This vault is open in another Casework window or command. Close it first.</source>
        <translation>Bu seyf başqa Casework pəncərəsində və ya əmrində açıqdır. Əvvəlcə onu bağlayın.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="28" />
        <source>There is no vault at this location.</source>
        <translation>Bu yerdə seyf yoxdur.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="30" />
        <source>That is not a recovery code: it has 8 groups of 4 letters and digits.</source>
        <translation>Bu bərpa kodu deyil: o, 4 hərf və rəqəmdən ibarət 8 qrupdur.</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="34" />
        <source>The vault could not be opened: %1</source>
        <translation>Seyfi açmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../desktop/messages.py" line="36" />
        <source>A file could not be read or written: %1</source>
        <translation>Faylı oxumaq və ya yazmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../desktop/controller.py" line="459" />
        <source>Wait until the current task ends.</source>
        <translation>Cari iş bitənə qədər gözləyin.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="249" />
        <source>Create a vault</source>
        <translation>Seyf yaradın</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="31" />
        <source>Next 30 days</source>
        <translation>Növbəti 30 gün</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="32" />
        <source>Next 90 days</source>
        <translation>Növbəti 90 gün</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="33" />
        <source>Next 12 months</source>
        <translation>Növbəti 12 ay</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="34" />
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="50" />
        <source>Show:</source>
        <translation>Göstər:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/deadlines_page.py" line="84" />
        <source>%1 deadlines, %2 overdue</source>
        <translation>%1 müddət, %2 gecikmiş</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="41" />
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="43" />
        <source>Import rule (.toml)…</source>
        <translation>Qaydanı idxal et (.toml)…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="45" />
        <source>Every status</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="72" />
        <location filename="../desktop/pages/eligibility_page.py" line="77" />
        <source>Reasons</source>
        <translation>Səbəblər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="73" />
        <source>Open case</source>
        <translation>İşi aç</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="84" />
        <source>Rule:</source>
        <translation>Qayda:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="88" />
        <source>Show:</source>
        <translation>Göstər:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="130" />
        <source>built-in</source>
        <translation>daxili</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="130" />
        <source>imported</source>
        <translation>idxal edilib</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="146" />
        <source>evaluated on %1</source>
        <translation>%1 tarixinə qiymətləndirilir</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="150" />
        <source>forecast up to %1</source>
        <translation>%1 tarixinədək proqnoz</translation>
    </message>
    <message>
        <source>Verify against the official text: %1</source>
        <translation type="vanished">Rəsmi mətnlə yoxlayın: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="156" />
        <source>Source: %1</source>
        <translation>Mənbə: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="170" />
        <source>Import a rule</source>
        <translation>Qaydanı idxal et</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="170" />
        <source>Rule files (*.toml)</source>
        <translation>Qayda faylları (*.toml)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="197" />
        <source>The rule was not imported</source>
        <translation>Qayda idxal edilmədi</translation>
    </message>
    <message>
        <location filename="../desktop/pages/eligibility_page.py" line="208" />
        <source>%1 of %2 cases</source>
        <translation>%2 işdən %1</translation>
    </message>
</context>
<context>
    <name>EligibilityTable</name>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="34" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="36" />
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="37" />
        <source>Effect</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../desktop/models/eligibility_model.py" line="38" />
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="73" />
        <source>Export bundle</source>
        <translation>Paketi ixrac et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="83" />
        <source>%1 (not verified)</source>
        <translation>%1 (təsdiqlənməyib)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="101" />
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="102" />
        <source>Select all cases</source>
        <translation>Bütün işləri seç</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="107" />
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="112" />
        <source>To:</source>
        <translation>Kimə:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="114" />
        <source>Cases:</source>
        <translation>İşlər:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="119" />
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="121" />
        <source>What the selected case's bundle will hold:</source>
        <translation>Seçilmiş işin paketində olacaqlar:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="124" />
        <source>Save as:</source>
        <translation>Belə saxla:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="174" />
        <source>Save bundle</source>
        <translation>Paketi saxla</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="181" />
        <source>Select a case to see what it will hold.</source>
        <translation>Nəyi əhatə edəcəyini görmək üçün iş seçin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="199" />
        <source>Choose at least one contact, one case and a file.</source>
        <translation>Ən azı bir kontakt, bir iş və fayl seçin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="202" />
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="208" />
        <source>Not exported: %1</source>
        <translation>İxrac edilmədi: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/export_dialog.py" line="210" />
        <source>Wrote %1: %2 case(s), %3 document(s), profile %4.</source>
        <translation>%1 yazıldı: %2 iş, %3 sənəd, profil %4.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="471" />
        <location filename="../desktop/dialogs/import_list_dialog.py" line="529" />
        <source>Export the list</source>
        <translation>Siyahını ixrac et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="483" />
        <source>Columns to export</source>
        <translation>İxrac ediləcək sütunlar</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="485" />
        <source>All cases</source>
        <translation>Bütün işlər</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="490" />
        <source>Export…</source>
        <translation>İxrac et…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="496" />
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="498" />
        <source>Cases:</source>
        <translation>İşlər:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="530" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel kitabı (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="540" />
        <source>Not exported</source>
        <translation>İxrac edilmədi</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/pages/home_page.py" line="53" />
        <source>Releases in the next 90 days</source>
        <translation>Növbəti 90 gündə azad edilmələr</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="56" />
        <source>Eligibility dates</source>
        <translation>Uyğunluq tarixləri</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="61" />
        <source>Deadlines in the next 30 days (overdue in red)</source>
        <translation>Növbəti 30 gündə müddətlər (gecikmiş — qırmızı)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="67" />
        <source>Cases by group</source>
        <translation>Qruplar üzrə işlər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="140" />
        <source>%1 cases, %2 in prison</source>
        <translation>%1 iş, %2 nəfər həbsdə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/home_page.py" line="151" />
        <source>Under: %1</source>
        <translation>Qayda: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="30" />
        <source>Import bundle</source>
        <translation>Paketi idxal et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="32" />
        <source>Checking the bundle…</source>
        <translation>Paket yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="42" />
        <source>What will change</source>
        <translation>Nə dəyişəcək</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="48" />
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="53" />
        <source>From:</source>
        <translation>Kimdən:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="54" />
        <source>Fingerprint:</source>
        <translation>Barmaq izi:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="55" />
        <source>Verified:</source>
        <translation>Təsdiqlənib:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="56" />
        <source>Bundle:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="70" />
        <source>Refused: %1</source>
        <translation>Rədd edildi: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="81" />
        <source>yes — fingerprint compared</source>
        <translation>bəli — barmaq izi müqayisə edilib</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="81" />
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="84" />
        <source>profile %1, sequence %2</source>
        <translation>profil %1, ardıcıllıq %2</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="92" />
        <source>Every check passed. Nothing is written until you apply.</source>
        <translation>Bütün yoxlamalar keçdi. Tətbiq edənə qədər heç nə yazılmır.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="99" />
        <source>New cases (%1)</source>
        <translation>Yeni işlər (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="101" />
        <source>Changed cases (%1)</source>
        <translation>Dəyişmiş işlər (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="105" />
        <source>Conflicts to review (%1)</source>
        <translation>Yoxlanmalı ziddiyyətlər (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="109" />
        <source>Deleted by the sender, kept here for review (%1)</source>
        <translation>Göndərən tərəfindən silinib, yoxlama üçün burada saxlanılır (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="124" />
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="130" />
        <source>Not imported: %1</source>
        <translation>İdxal edilmədi: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_dialog.py" line="134" />
        <source>Imported: %1 new case(s), %2 changed, %3 conflict(s) to review.</source>
        <translation>İdxal edildi: %1 yeni iş, %2 dəyişmiş, %3 yoxlanmalı ziddiyyət.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="262" />
        <location filename="../desktop/dialogs/import_list_dialog.py" line="344" />
        <source>Import a list</source>
        <translation>Siyahını idxal et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="270" />
        <source>A .csv or .xlsx file with a header row</source>
        <translation>Başlıq sətri olan .csv və ya .xlsx faylı</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="271" />
        <source>Choose file…</source>
        <translation>Fayl seç…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="282" />
        <source>First rows of the file</source>
        <translation>Faylın ilk sətirləri</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="289" />
        <source>Which column holds which field</source>
        <translation>Hansı sütunda hansı sahədir</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="290" />
        <source>Load mapping file…</source>
        <translation>Uyğunlaşdırma faylını yüklə…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="292" />
        <source>Import only the good rows (leave bad rows out)</source>
        <translation>Yalnız düzgün sətirləri idxal et (səhvləri burax)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="293" />
        <source>Check</source>
        <translation>Yoxla</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="294" />
        <source>A dry run: nothing is written</source>
        <translation>Sınaq: heç nə yazılmır</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="295" />
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="302" />
        <source>Bad rows and duplicates</source>
        <translation>Səhv sətirlər və təkrarlar</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="307" />
        <source>Encoding:</source>
        <translation>Kodlaşdırma:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="310" />
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="345" />
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Siyahılar (*.csv *.xlsx);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="357" />
        <source>Reading…</source>
        <translation>Oxunur…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="369" />
        <source>The file cannot be read: %1</source>
        <translation>Faylı oxumaq olmur: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="381" />
        <source>%1 rows read (%2). Check the fields below, then Check.</source>
        <translation>%1 sətir oxundu (%2). Aşağıdakı sahələri yoxlayın, sonra “Yoxla” düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="387" />
        <location filename="../desktop/dialogs/import_list_dialog.py" line="393" />
        <source>Mapping file</source>
        <translation>Uyğunlaşdırma faylı</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="387" />
        <source>Mapping (*.toml)</source>
        <translation>Uyğunlaşdırma (*.toml)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="413" />
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="427" />
        <source>%1 new, %2 already known (not added again), %3 bad rows.</source>
        <translation>%1 yeni, %2 artıq məlumdur (yenidən əlavə edilmir), %3 səhv sətir.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="431" />
        <source>Nothing is imported while there are bad rows, unless you import only the good ones.</source>
        <translation>Səhv sətirlər olduqca heç nə idxal edilmir, əgər yalnız düzgünləri idxal etməsəniz.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="461" />
        <source>Imported %1 cases.</source>
        <translation>%1 iş idxal edildi.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/labels.py" line="27" />
        <source>Pretrial</source>
        <translation>İstintaqda</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="28" />
        <source>Imprisoned</source>
        <translation>Həbsdə</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="29" />
        <source>Released</source>
        <translation>Azad edilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="30" />
        <source>Deceased</source>
        <translation>Vəfat edib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="31" />
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="34" />
        <source>Religious believers</source>
        <translation>Dindarlar</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="35" />
        <source>Journalists</source>
        <translation>Jurnalistlər</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="36" />
        <source>Opposition party members</source>
        <translation>Müxalifət partiyalarının üzvləri</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="37" />
        <source>Civil activists</source>
        <translation>Vətəndaş fəalları</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="38" />
        <source>Human rights defenders</source>
        <translation>Hüquq müdafiəçiləri</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="39" />
        <source>LGBT people</source>
        <translation>LGBT şəxslər</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="40" />
        <source>Ethnic minorities</source>
        <translation>Etnik azlıqlar</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="41" />
        <source>Military</source>
        <translation>Hərbçilər</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="42" />
        <source>Scientists and academics</source>
        <translation>Alimlər və akademiklər</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="43" />
        <source>Bloggers and online activists</source>
        <translation>Blogerlər və onlayn fəallar</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="44" />
        <source>Relatives of dissidents</source>
        <translation>Dissidentlərin qohumları</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="45" />
        <source>Others</source>
        <translation>Digərləri</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="48" />
        <source>Minor</source>
        <translation>Böyük ictimai təhlükə törətməyən</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="49" />
        <source>Less serious</source>
        <translation>Az ağır</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="50" />
        <source>Grave</source>
        <translation>Ağır</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="51" />
        <source>Especially grave</source>
        <translation>Xüsusilə ağır</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="54" />
        <source>Pretrial detention</source>
        <translation>Həbs qətimkan tədbiri</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="55" />
        <source>House arrest</source>
        <translation>Ev dustaqlığı</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="56" />
        <source>Administrative detention</source>
        <translation>İnzibati həbs</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="57" />
        <source>Other custody</source>
        <translation>Digər saxlanma</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="60" />
        <source>Privileged (lawyers only)</source>
        <translation>Məxfi (yalnız vəkillər)</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="61" />
        <source>Family</source>
        <translation>Ailə</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="62" />
        <source>Public</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="65" />
        <source>Male</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="66" />
        <source>Female</source>
        <translation>Qadın</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="67" />
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="70" />
        <source>Eligible</source>
        <translation>Uyğundur</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="71" />
        <source>Eligible from a date</source>
        <translation>Tarixdən uyğundur</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="72" />
        <source>Not eligible</source>
        <translation>Uyğun deyil</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="73" />
        <source>Needs review</source>
        <translation>Yoxlanmalıdır</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="76" />
        <source>release</source>
        <translation>azad edilmə</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="77" />
        <source>sentence reduction</source>
        <translation>cəzanın azaldılması</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="78" />
        <source>eligibility</source>
        <translation>uyğunluq</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="81" />
        <source>½ served</source>
        <translation>½ çəkilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="82" />
        <source>⅔ served</source>
        <translation>⅔ çəkilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="83" />
        <source>¾ served</source>
        <translation>¾ çəkilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="84" />
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="87" />
        <source>Arrest</source>
        <translation>Həbs</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="88" />
        <source>Charge</source>
        <translation>İttiham</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="89" />
        <source>Hearing</source>
        <translation>Məhkəmə iclası</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="90" />
        <source>Verdict</source>
        <translation>Hökm</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="91" />
        <source>Appeal filed</source>
        <translation>Apellyasiya şikayəti verilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="92" />
        <source>Appeal decision</source>
        <translation>Apellyasiya qərarı</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="93" />
        <source>Cassation filed</source>
        <translation>Kassasiya şikayəti verilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="94" />
        <source>Cassation decision</source>
        <translation>Kassasiya qərarı</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="95" />
        <source>Final decision</source>
        <translation>Yekun qərar</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="96" />
        <source>ECHR application</source>
        <translation>AİHM-ə şikayət</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="97" />
        <source>Detention extended</source>
        <translation>Həbs müddəti uzadılıb</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="98" />
        <source>Transfer</source>
        <translation>Köçürülmə</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="99" />
        <source>Visit</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="100" />
        <source>Hunger strike</source>
        <translation>Aclıq aksiyası</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="101" />
        <source>Health</source>
        <translation>Sağlamlıq</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="102" />
        <source>Release</source>
        <translation>Azad edilmə</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="103" />
        <location filename="../desktop/labels.py" line="115" />
        <source>Reminder</source>
        <translation>Xatırlatma</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="104" />
        <source>Other event</source>
        <translation>Digər hadisə</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="105" />
        <source>Amnesty reduction</source>
        <translation>Amnistiya ilə azaldılma</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="106" />
        <location filename="../desktop/labels.py" line="120" />
        <source>Pardon</source>
        <translation>Əfv</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="107" />
        <source>Sentence changed on appeal</source>
        <translation>Cəza apellyasiyada dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="108" />
        <source>Sentence changed</source>
        <translation>Cəza dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="111" />
        <source>Pretrial detention order ends</source>
        <translation>Həbs qətimkan tədbirinin müddəti bitir</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="112" />
        <source>Appeal (20 days)</source>
        <translation>Apellyasiya (20 gün)</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="113" />
        <source>Cassation appeal (1 month)</source>
        <translation>Kassasiya şikayəti (1 ay)</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="114" />
        <source>Application to the ECHR</source>
        <translation>AİHM-ə müraciət</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="118" />
        <source>Amnesty</source>
        <translation>Amnistiya</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="119" />
        <source>Parole</source>
        <translation>Şərti vaxtından əvvəl azadetmə</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="121" />
        <source>Replacement</source>
        <translation>Cəzanın əvəz edilməsi</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="189" />
        <source>%1 y %2 m</source>
        <translation>%1 il %2 ay</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="191" />
        <source>%1 m %2 d</source>
        <translation>%1 ay %2 g</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="192" />
        <location filename="../desktop/labels.py" line="212" />
        <location filename="../desktop/labels.py" line="213" />
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="206" />
        <source>%1 y</source>
        <translation>%1 il</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="208" />
        <source>%1 m</source>
        <translation>%1 ay</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="210" />
        <source>%1 w</source>
        <translation>%1 hf</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="218" />
        <source>1 day</source>
        <translation>1 gün</translation>
    </message>
    <message>
        <location filename="../desktop/labels.py" line="219" />
        <source>%1 days</source>
        <translation>%1 gün</translation>
    </message>
    <message>
        <location filename="../desktop/models/case_rows.py" line="162" />
        <source>From %1</source>
        <translation>%1-dən</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="37" />
        <source>Create a vault</source>
        <translation>Seyf yaradın</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="40" />
        <source>The vault is one encrypted file. Choose where it is kept and the passphrase that opens it.</source>
        <translation>Seyf bir şifrələnmiş fayldır. Harada saxlanacağını və onu açan parol ifadəsini seçin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="45" />
        <source>Vault file</source>
        <translation>Seyf faylı</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="46" />
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="53" />
        <source>Vault file:</source>
        <translation>Seyf faylı:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="65" />
        <source>Where to keep the vault</source>
        <translation>Seyfi harada saxlamalı</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="67" />
        <source>Casework vaults (*.cwvault)</source>
        <translation>Casework seyfləri (*.cwvault)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="81" />
        <source>A file already exists there. Choose another name or open that vault.</source>
        <translation>Orada artıq fayl var. Başqa ad seçin və ya həmin seyfi açın.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="31" />
        <source>Casework is locked</source>
        <translation>Casework kilidlidir</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="41" />
        <location filename="../desktop/pages/lock_page.py" line="42" />
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="44" />
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="51" />
        <location filename="../desktop/pages/lock_page.py" line="163" />
        <source>Unlocking… deriving the key takes a second.</source>
        <translation>Kilid açılır… açarın hesablanması bir saniyə çəkir.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="53" />
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="59" />
        <source>Forgot the passphrase? Use the recovery code…</source>
        <translation>Parol ifadəsini unutmusunuz? Bərpa kodundan istifadə edin…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="61" />
        <source>Open another vault…</source>
        <translation>Başqa seyfi aç…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="63" />
        <source>Create a new vault…</source>
        <translation>Yeni seyf yarat…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="114" />
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="125" />
        <source>Type the vault's passphrase.</source>
        <translation>Seyfin parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/lock_page.py" line="139" />
        <source>Opening %1 of %2 cases…</source>
        <translation>%2 işdən %1 açılır…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/main_window.py" line="68" />
        <source>Casework — DEMO</source>
        <translation>Casework — DEMO</translation>
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
        <translation>Bölmələr</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="131" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Home</source>
        <translation>Əsas səhifə</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="132" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="133" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Eligibility</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="134" />
        <location filename="../desktop/main_window.py" line="192" />
        <source>Deadlines</source>
        <translation>Müddətlər</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="167" />
        <source>&amp;Vault</source>
        <translation>&amp;Seyf</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="168" />
        <source>&amp;New case</source>
        <translation>&amp;Yeni iş</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="171" />
        <source>&amp;Import rule…</source>
        <translation>Qaydanı &amp;idxal et…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="173" />
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="177" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="180" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="190" />
        <source>&amp;Go</source>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="210" />
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="275" />
        <source>Open a vault</source>
        <translation>Seyfi aç</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="277" />
        <source>Casework vaults (*.cwvault);;All files (*)</source>
        <translation>Casework seyfləri (*.cwvault);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="333" />
        <source>Checking eligibility…</source>
        <translation>Uyğunluq yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="334" />
        <source>Working on an attachment…</source>
        <translation>Qoşma üzərində işlənir…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="335" />
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="336" />
        <source>Changing the passphrase…</source>
        <translation>Parol ifadəsi dəyişdirilir…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="338" />
        <source>Working…</source>
        <translation>İşlənir…</translation>
    </message>
    <message>
        <location filename="../desktop/main_window.py" line="364" />
        <source>Exported to %1</source>
        <translation>%1 faylına ixrac edildi</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="134" />
        <source>— not imported —</source>
        <translation>— idxal edilmir —</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="161" />
        <source>Column in the file</source>
        <translation>Fayldakı sütun</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="161" />
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="161" />
        <source>First value</source>
        <translation>Birinci dəyər</translation>
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
        <translation>Yeni parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="21" />
        <source>Repeat the passphrase</source>
        <translation>Parol ifadəsini təkrarlayın</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="28" />
        <source>Passphrase:</source>
        <translation>Parol ifadəsi:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="29" />
        <source>Strength:</source>
        <translation>Möhkəmlik:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="30" />
        <source>Repeat:</source>
        <translation>Təkrar:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="38" />
        <source>Good. Keep it only in your head.</source>
        <translation>Yaxşıdır. Onu yalnız yaddaşınızda saxlayın.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="45" />
        <source>Choose a passphrase of four or more unrelated words, e.g. “lamp river cotton seventeen”.</source>
        <translation>Dörd və ya daha çox əlaqəsiz sözdən ibarət parol ifadəsi seçin, məsələn, “lampa çay pambıq on yeddi”.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="49" />
        <source>Too easy to guess: add more words or characters.</source>
        <translation>Tapmaq çox asandır: daha çox söz və ya simvol əlavə edin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/passphrase_fields.py" line="51" />
        <source>Type the same passphrase again below.</source>
        <translation>Eyni parol ifadəsini aşağıda yenidən yazın.</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="68" />
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="70" />
        <source>Other spellings, separated by ;</source>
        <translation>Digər yazılışlar, ; ilə ayrılmış</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="87" />
        <source>Full name:</source>
        <translation>Tam ad:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="88" />
        <source>Aliases:</source>
        <translation>Digər yazılışlar:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="89" />
        <source>Birth date:</source>
        <translation>Doğum tarixi:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="90" />
        <source>Sex:</source>
        <translation>Cins:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="91" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="92" />
        <source>Arrested on:</source>
        <translation>Həbs tarixi:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="93" />
        <source>Held at:</source>
        <translation>Saxlanma yeri:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="94" />
        <source>Groups:</source>
        <translation>Qruplar:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="228" />
        <source>line %1</source>
        <translation>sətir %1</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="54" />
        <source>QR code of the keys</source>
        <translation>Açarların QR kodu</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../desktop/reasons.py" line="25" />
        <source>Article is one of</source>
        <translation>Maddə bunlardandır</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="26" />
        <source>Article is none of</source>
        <translation>Maddə bunlardan deyil</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="27" />
        <source>Crime category is one of</source>
        <translation>Cinayətin kateqoriyası bunlardandır</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="28" />
        <source>Group is one of</source>
        <translation>Qrup bunlardandır</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="29" />
        <source>Group is none of</source>
        <translation>Qrup bunlardan deyil</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="30" />
        <source>Sex is</source>
        <translation>Cinsi</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="31" />
        <source>Age at least</source>
        <translation>Yaşı ən azı</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="32" />
        <source>Age below</source>
        <translation>Yaşı azdır</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="33" />
        <source>Term more than</source>
        <translation>Müddət çoxdur</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="34" />
        <source>Term at most</source>
        <translation>Müddət ən çoxu</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="35" />
        <source>Unserved part at most</source>
        <translation>Qalan hissə ən çoxu</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="36" />
        <source>Unserved part more than</source>
        <translation>Qalan hissə çoxdur</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="37" />
        <source>Served at least the fraction</source>
        <translation>Çəkdiyi hissə ən azı</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="38" />
        <source>Served at least</source>
        <translation>Ən azı çəkib</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="39" />
        <source>Arrested between</source>
        <translation>Həbs tarixi arasında</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="81" />
        <source>%1 years</source>
        <translation>%1 yaş</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="90" />
        <source>no value</source>
        <translation>dəyər yoxdur</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="94" />
        <source>%1 years old on %2</source>
        <translation>%2 tarixinə %1 yaş</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="100" />
        <source>%1 days unserved on %2</source>
        <translation>%2 tarixinə %1 gün qalıb</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="106" />
        <source>%1% served on %2</source>
        <translation>%2 tarixinə %1% çəkilib</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="112" />
        <source>%1 days served (with credit) on %2</source>
        <translation>%2 tarixinə %1 gün çəkilib (zaliq daxil)</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="122" />
        <source>none</source>
        <translation>heç biri</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="132" />
        <source>the sentence</source>
        <translation>hökm</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="133" />
        <source>the articles</source>
        <translation>maddələr</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="134" />
        <source>the crime category</source>
        <translation>cinayətin kateqoriyası</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="135" />
        <source>the birth date</source>
        <translation>doğum tarixi</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="136" />
        <source>the sex</source>
        <translation>cins</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="137" />
        <source>the day of arrest</source>
        <translation>həbs günü</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="149" />
        <source>Exclusion</source>
        <translation>İstisna</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="151" />
        <source>Clause %1</source>
        <translation>Bənd %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="156" />
        <source>cannot be decided: the case lacks %1</source>
        <translation>qərar vermək olmur: işdə %1 yoxdur</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="162" />
        <source>holds from %1</source>
        <translation>%1 tarixindən ödənilir</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="174" />
        <source>Clause %1 gives %2</source>
        <translation>%1-ci bənd: %2</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="180" />
        <source>Excluded: %1</source>
        <translation>İstisna: %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="185" />
        <source>Missing: %1</source>
        <translation>Çatışmır: %1</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="188" />
        <source>Not met: %1</source>
        <translation>Ödənilmir: %1</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="261" />
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="262" />
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="272" />
        <source>Select a row to edit its full text here.</source>
        <translation>Tam mətni burada redaktə etmək üçün sətri seçin.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="95" />
        <source>Your recovery code</source>
        <translation>Bərpa kodunuz</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="98" />
        <source>If you forget the passphrase, this code is the only way back into the vault. Print it or write it down now and keep it away from this computer. It is shown only once.</source>
        <translation>Parol ifadəsini unutsanız, seyfə qayıtmağın yeganə yolu bu koddur. İndi çap edin və ya yazın və bu kompüterdən ayrı saxlayın. O yalnız bir dəfə göstərilir.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="106" />
        <source>Creating the vault…</source>
        <translation>Seyf yaradılır…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="115" />
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="116" />
        <source>Save to a file…</source>
        <translation>Fayla saxla…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="148" />
        <source>The vault was created. Your recovery code:</source>
        <translation>Seyf yaradıldı. Bərpa kodunuz:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="159" />
        <source>The vault was not created.</source>
        <translation>Seyf yaradılmadı.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="168" />
        <source>Casework recovery code</source>
        <translation>Casework bərpa kodu</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="170" />
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="174" />
        <source>Keep this paper safe and away from the computer.</source>
        <translation>Bu kağızı kompüterdən ayrı, etibarlı yerdə saxlayın.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="188" />
        <source>Save the recovery code</source>
        <translation>Bərpa kodunu saxla</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="195" />
        <source>Saved</source>
        <translation>Saxlanıldı</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/create_vault_wizard.py" line="197" />
        <source>Saved. Move the file to a USB stick or print it, and do not leave it on this computer.</source>
        <translation>Saxlanıldı. Faylı USB yaddaşa köçürün və ya çap edin və bu kompüterdə saxlamayın.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="21" />
        <source>Open with the recovery code</source>
        <translation>Bərpa kodu ilə aç</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="25" />
        <source>Type the recovery code you printed or wrote down when the vault was created (8 groups of 4 characters), then choose a new passphrase.</source>
        <translation>Seyf yaradılarkən çap etdiyiniz və ya yazdığınız bərpa kodunu (4 simvoldan ibarət 8 qrup) daxil edin, sonra yeni parol ifadəsi seçin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="33" />
        <source>Recovery code</source>
        <translation>Bərpa kodu</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="36" />
        <source>Recovery code:</source>
        <translation>Bərpa kodu:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/recovery_dialog.py" line="40" />
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
</context>
<context>
    <name>SentenceTab</name>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="135" />
        <source>Sentenced</source>
        <translation>Məhkum edilib</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="139" />
        <source>e.g. 234.1-1; 206.3.2</source>
        <translation>məs. 234.1-1; 206.3.2</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="143" />
        <source> y</source>
        <translation> il</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="144" />
        <source> m</source>
        <translation> ay</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="145" />
        <source> w</source>
        <translation> hf</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="146" />
        <source> d</source>
        <translation> g</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="157" />
        <source>Verdict date:</source>
        <translation>Hökm tarixi:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="158" />
        <source>Articles:</source>
        <translation>Maddələr:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="159" />
        <source>Category:</source>
        <translation>Kateqoriya:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="160" />
        <source>Term:</source>
        <translation>Müddət:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="161" />
        <source>Start date:</source>
        <translation>Başlama tarixi:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="162" />
        <source>Regime:</source>
        <translation>Rejim:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="171" />
        <source>Computed (as of today, after saving)</source>
        <translation>Hesablanıb (bu gün üçün, yadda saxladıqdan sonra)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/editor_tabs.py" line="174" />
        <source>How each date was found:</source>
        <translation>Hər tarix necə tapılıb:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="24" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="27" />
        <source>The system's language</source>
        <translation>Sistemin dili</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="34" />
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="36" />
        <source>The vault also locks with Ctrl+L and when the screen locks.</source>
        <translation>Seyf həmçinin Ctrl+L ilə və ekran kilidlənəndə kilidlənir.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="40" />
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/settings_dialog.py" line="41" />
        <source>Lock after being idle for:</source>
        <translation>Fəaliyyətsizlikdən sonra kilidlə:</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="115" />
        <source>All cases</source>
        <translation>Bütün işlər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="116" />
        <source>Group</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="117" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="118" />
        <source>Article</source>
        <translation>Maddə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="119" />
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="120" />
        <source>Rule, by group</source>
        <translation>Qayda, qruplar üzrə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="121" />
        <source>Rule, first qualifying in</source>
        <translation>Qayda, ilk uyğunluq</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="218" />
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="221" />
        <source>Export page as PDF…</source>
        <translation>Səhifəni PDF kimi ixrac et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="222" />
        <source>Export numbers as CSV…</source>
        <translation>Rəqəmləri CSV kimi ixrac et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="236" />
        <source>Statistics as numbers</source>
        <translation>Rəqəmlərlə statistika</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="241" />
        <source>Under the rule:</source>
        <translation>Qaydaya görə:</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="316" />
        <source>No rule</source>
        <translation>Qayda yoxdur</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="381" />
        <source>Cases: %1</source>
        <translation>İşlər: %1</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="384" />
        <source>By group</source>
        <translation>Qruplar üzrə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="390" />
        <source>By status</source>
        <translation>Status üzrə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="396" />
        <source>By article (most frequent)</source>
        <translation>Maddələr üzrə (ən çox rast gəlinən)</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="402" />
        <source>%1 — by group</source>
        <translation>%1 — qruplar üzrə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="406" />
        <source>First qualifying, by month</source>
        <translation>İlk uyğunluq, aylar üzrə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="448" />
        <source>Export numbers as CSV</source>
        <translation>Rəqəmləri CSV kimi ixrac et</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="449" />
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>Counted by</source>
        <translation>Hesablama üzrə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="107" />
        <source>Share</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="123" />
        <source>Very weak</source>
        <translation>Çox zəif</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="124" />
        <source>Weak</source>
        <translation>Zəif</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="125" />
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="126" />
        <source>Good</source>
        <translation>Yaxşı</translation>
    </message>
    <message>
        <location filename="../desktop/widgets/strength_meter.py" line="127" />
        <source>Strong</source>
        <translation>Güclü</translation>
    </message>
</context>
<context>
    <name>SummaryPrintDialog</name>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="111" />
        <source>Print case summaries</source>
        <translation>İş xülasələrini çap et</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="118" />
        <source>Colleague — everything, privileged notes included</source>
        <translation>Həmkar — hər şey, məxfi qeydlər daxil</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="119" />
        <source>Family — no privileged notes, events or assessments</source>
        <translation>Ailə — məxfi qeydlər, hadisələr və qiymətləndirmələr olmadan</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="120" />
        <source>Public — only what may be published</source>
        <translation>Açıq — yalnız dərc edilə bilən</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="132" />
        <source>The selected case</source>
        <translation>Seçilmiş iş</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/print_dialogs.py" line="133" />
        <source>The %n selected cases</source>
        <translation>
            <numerusform>Seçilmiş %n iş</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/print_dialogs.py" line="136" />
        <source>All %n cases shown in the list (one PDF, each case on new pages)</source>
        <translation>
            <numerusform>Siyahıda göstərilən bütün %n iş (bir PDF, hər iş yeni səhifədən)</numerusform></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="146" />
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="147" />
        <source>Paper:</source>
        <translation>Kağız:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="148" />
        <source>Cases:</source>
        <translation>İşlər:</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="152" />
        <source>The footer of every page names the profile and the date printed. Preview and printing stay in memory; a saved PDF is outside the vault.</source>
        <translation>Hər səhifənin altında profil və çap tarixi göstərilir. Önbaxış və çap yaddaşda qalır; saxlanmış PDF seyfdən kənardadır.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="161" />
        <source>Preview…</source>
        <translation>Önbaxış…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="162" />
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="163" />
        <source>Save as PDF…</source>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="215" />
        <source>Print preview</source>
        <translation>Çapa önbaxış</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../desktop/reasons.py" line="220" />
        <source>Sentence of %term starting %start</source>
        <translation>%start tarixindən başlayan %term cəza</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="221" />
        <source>%kind of %date not applied: it is after %on</source>
        <translation>%date tarixli %kind tətbiq edilmədi: %on tarixindən sonradır</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="222" />
        <source>%kind of %date: term %before replaced by %after</source>
        <translation>%date tarixli %kind: %before müddət %after ilə əvəz edilib</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="223" />
        <source>%kind of %date: term %before reduced by %reduce_by → %after</source>
        <translation>%date tarixli %kind: %before müddət %reduce_by azaldılıb → %after</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="226" />
        <source>%kind of %date: release on %release_on sets the last day</source>
        <translation>%date tarixli %kind: %release_on tarixində azad edilmə son günü müəyyən edir</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="229" />
        <source>%kind of %date records no change to the term</source>
        <translation>%date tarixli %kind müddəti dəyişmir</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="230" />
        <source>Custody (%kind) %from–%to: %days days at %ratio → %credited days credited</source>
        <translation>Saxlanma (%kind) %from–%to: %days gün, %ratio nisbətində → %credited gün zaliq</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="233" />
        <source>Custody (%kind) from %from not credited: it starts on or after %start</source>
        <translation>%from tarixindən saxlanma (%kind) zaliq edilmir: %start tarixində və ya ondan sonra başlayır</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="236" />
        <source>Custody (%kind) %from–%to: no credit ratio for this kind</source>
        <translation>Saxlanma (%kind) %from–%to: bu növ üçün zaliq nisbəti yoxdur</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="239" />
        <source>Credit in total: %credited_days days</source>
        <translation>Cəmi zaliq: %credited_days gün</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="240" />
        <source>%start + %term = %result</source>
        <translation>%start + %term = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="241" />
        <source>Last day before credit: %end − 1 day = %result</source>
        <translation>Zaliqdən əvvəl son gün: %end − 1 gün = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="242" />
        <source>Month-end convention: the term ends on the last day of the month, %result</source>
        <translation>Ay sonu qaydası: müddət ayın son günü bitir, %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="245" />
        <source>Last day: %before_credit − %credited_days days credit = %result</source>
        <translation>Son gün: %before_credit − %credited_days gün zaliq = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="248" />
        <source>Last day set by release: %result</source>
        <translation>Son gün azad edilmə ilə müəyyən edilib: %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="249" />
        <source>%fraction of %term = %months months %days days: %start + %months months %days days − %credited_days days credit = %result</source>
        <translation>%term müddətin %fraction hissəsi = %months ay %days gün: %start + %months ay %days gün − %credited_days gün zaliq = %result</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="254" />
        <source>Unserved on %on: %last_day − %on = %days days</source>
        <translation>%on tarixinə qalan: %last_day − %on = %days gün</translation>
    </message>
    <message>
        <location filename="../desktop/reasons.py" line="263" />
        <source>(ratio not yet confirmed by a lawyer)</source>
        <translation>(nisbət hələ vəkil tərəfindən təsdiqlənməyib)</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="38" />
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="39" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="40" />
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location filename="../desktop/models/upcoming_model.py" line="78" />
        <source>Overdue since %1</source>
        <translation>%1 tarixindən gecikib</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="78" />
        <source>Verify %1</source>
        <translation>%1 təsdiqlə</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="91" />
        <source>Call %1 or meet them. Ask them to read their fingerprint (casework identity show): it must match every group below. Never compare over the channel the card came through.</source>
        <translation>%1 ilə zəng edin və ya görüşün. Barmaq izini (casework identity show) oxumasını xahiş edin: aşağıdakı bütün qruplarla üst-üstə düşməlidir. Heç vaxt kartın gəldiyi kanal vasitəsilə müqayisə etməyin.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="100" />
        <source>The keys of %1 CHANGED. </source>
        <translation>%1 açarları DƏYİŞİB. </translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="104" />
        <source>The numbers match</source>
        <translation>Rəqəmlər üst-üstə düşür</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="115" />
        <source>Yours, to read to them:</source>
        <translation>Sizinki, onlara oxumaq üçün:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="16" />
        <source>Welcome to Casework</source>
        <translation>Casework-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="23" />
        <source>Casework keeps your case files encrypted on this computer. Nothing is sent anywhere. To begin, create a vault protected by a passphrase, or open a vault file you already have.</source>
        <translation>Casework iş sənədlərinizi bu kompüterdə şifrələnmiş saxlayır. Heç nə heç yerə göndərilmir. Başlamaq üçün parol ifadəsi ilə qorunan seyf yaradın və ya mövcud seyf faylını açın.</translation>
    </message>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="30" />
        <source>Create a new vault</source>
        <translation>Yeni seyf yarat</translation>
    </message>
    <message>
        <location filename="../desktop/pages/welcome_page.py" line="33" />
        <source>Open an existing vault…</source>
        <translation>Mövcud seyfi aç…</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="376" />
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="377" />
        <source>&amp;Bundles</source>
        <translation>&amp;Paketlər</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="379" />
        <source>&amp;Export bundle…</source>
        <translation>Paketi &amp;ixrac et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="380" />
        <source>&amp;Import bundle…</source>
        <translation>Paketi i&amp;dxal et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/contacts_page.py" line="381" />
        <source>&amp;Sync now</source>
        <translation>İndi &amp;sinxronlaşdır</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desktop/dialogs/import_list_dialog.py" line="175" />
        <source>— not imported —</source>
        <translation>— idxal edilmir —</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="47" />
        <source>%1 is saved outside the vault and is not encrypted: anyone with this computer or the file can read it. Keep it safe, and delete it when it is no longer needed.</source>
        <translation>%1 seyfdən kənarda saxlanılıb və şifrələnməyib: bu kompüterə və ya fayla çıxışı olan hər kəs onu oxuya bilər. Onu qoruyun və lazım olmadıqda silin.</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="57" />
        <source>Saved outside the vault</source>
        <translation>Seyfdən kənarda saxlanıldı</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="73" />
        <source>Save as PDF</source>
        <translation>PDF kimi saxla</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="73" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="83" />
        <source>Not saved</source>
        <translation>Saxlanılmadı</translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/print_dialogs.py" line="84" />
        <source>The PDF could not be written: %1</source>
        <translation>PDF yazılmadı: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="469" />
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="482" />
        <source>&amp;Reports</source>
        <translation>&amp;Hesabatlar</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="485" />
        <source>&amp;Print case summaries…</source>
        <translation>İş xülasələrini ç&amp;ap et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="486" />
        <source>&amp;Import a list…</source>
        <translation>Siyahını i&amp;dxal et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="487" />
        <source>&amp;Export the list…</source>
        <translation>Siyahını &amp;ixrac et…</translation>
    </message>
    <message>
        <location filename="../desktop/pages/statistics_page.py" line="488" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistika</translation>
    </message>
</context>
</TS>