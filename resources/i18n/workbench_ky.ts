<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>FilesMixin</name>
    <message>
        <source>Open project</source>
        <translation>Долбоорду ачуу</translation>
    </message>
    <message>
        <source>Workbench projects (*{suffix});;All files (*)</source>
        <translation>Workbench долбоорлору (*{suffix});;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Акыркы долбоорлор жок</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Бардык документтер</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Документтерди кошуу</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Документтер ({patterns});;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>open or create a project first</source>
        <translation>адегенде долбоорду ачыңыз же түзүңүз</translation>
    </message>
    <message>
        <source>documents are still being added; wait for them and try again</source>
        <translation>документтер али кошулууда; бүтүшүн күтүп, кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>adding documents stopped: the project was closed</source>
        <translation>документтерди кошуу токтоду: долбоор жабылды</translation>
    </message>
    <message>
        <source>Added {documents}</source>
        <translation>Кошулду: {documents}</translation>
    </message>
    <message>
        <source>Reading {name} ({number} of {total})…</source>
        <translation>{name} окулууда ({total} ичинен {number})…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} окулууда…</translation>
    </message>
    <message>
        <source>Export translated documents into</source>
        <translation>Которулган документтерди экспорттоо папкасы</translation>
    </message>
    <message>
        <source>Exported to {folder}: {summary}</source>
        <translation>{folder} папкасына экспорттолду: {summary}</translation>
    </message>
    <message>
        <source>Export TMX</source>
        <translation>TMX экспорттоо</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>TMX файлдары (*.tmx)</translation>
    </message>
</context>
<context>
    <name>MTMixin</name>
    <message>
        <source>Preparing machine translation…</source>
        <translation>Машиналык котормо даярдалууда…</translation>
    </message>
    <message>
        <source>Alternatives: type in a target (cursor at its end) with interactive MT on</source>
        <translation>Башка варианттар: интерактивдүү МК күйүк турганда котормону териңиз (курсор аягында)</translation>
    </message>
    <message>
        <source>Cancelling machine translation…</source>
        <translation>Машиналык котормо жокко чыгарылууда…</translation>
    </message>
    <message numerus="yes">
        <source>; %n from the memory</source>
        <translation><numerusform>; %n котормо эсинен</numerusform><numerusform>; %n котормо эсинен</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n left as they are (target language or no text)</source>
        <translation><numerusform>; %n өзгөрүүсүз калды (котормо тилинде же тексти жок)</numerusform><numerusform>; %n өзгөрүүсүз калды (котормо тилинде же тексти жок)</numerusform></translation>
    </message>
    <message>
        <source>Machine translation finished: see the side panel (Ctrl+Shift+M copies it)</source>
        <translation>Машиналык котормо даяр: каптал панелди караңыз (Ctrl+Shift+M аны көчүрөт)</translation>
    </message>
    <message numerus="yes">
        <source>Machine translation finished: %n segment(s) filled</source>
        <translation><numerusform>Машиналык котормо даяр: %n сегмент толтурулду</numerusform><numerusform>Машиналык котормо даяр: %n сегмент толтурулду</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Machine translation cancelled: %n segment(s) filled</source>
        <translation><numerusform>Машиналык котормо жокко чыгарылды: %n сегмент толтурулду</numerusform><numerusform>Машиналык котормо жокко чыгарылды: %n сегмент толтурулду</numerusform></translation>
    </message>
    <message>
        <source>Nothing to translate: every segment has a target</source>
        <translation>Которо турган эч нерсе жок: бардык сегменттин котормосу бар</translation>
    </message>
    <message>
        <source>Machine translation unavailable: the model is missing</source>
        <translation>Машиналык котормо жеткиликсиз: модель жок</translation>
    </message>
    <message>
        <source>Model set to {folder}</source>
        <translation>Модель тандалды: {folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All statuses</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Бүтө элек</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>MT draft</source>
        <translation>МК каралама</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Текшерүү керек</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Ырасталган</translation>
    </message>
    <message>
        <source>No translation needed</source>
        <translation>Которуу керек эмес</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Эскертүүлөрү бар</translation>
    </message>
    <message>
        <source>Translation Workbench</source>
        <translation>Translation Workbench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Translation Workbench&lt;/h2&gt;&lt;p&gt;Kyrgyz · Russian · English, with machine translation on this computer.&lt;/p&gt;&lt;p&gt;Create a project (Ctrl+N) or open one (Ctrl+O); then add documents (Ctrl+Shift+A, or drop files here).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Translation Workbench&lt;/h2&gt;&lt;p&gt;Кыргызча · орусча · англисче, ушул компьютердеги машиналык котормо менен.&lt;/p&gt;&lt;p&gt;Долбоор түзүңүз (Ctrl+N) же барын ачыңыз (Ctrl+O); андан кийин документтерди кошуңуз (Ctrl+Shift+A же файлдарды бул жерге сүйрөп таштаңыз).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Current segment</source>
        <translation>Учурдагы сегмент</translation>
    </message>
    <message>
        <source>MT %v / %m</source>
        <translation>МК %v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Stop machine translation (Ctrl+Shift+X)</source>
        <translation>Машиналык котормону токтотуу (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Чыпка</translation>
    </message>
    <message>
        <source>Least confident MT first</source>
        <translation>Эң ишенимсиз МК биринчи</translation>
    </message>
    <message>
        <source>Only segments with MT, the model's least sure first</source>
        <translation>МК бар сегменттер гана, модель эң аз ишенгендери биринчи</translation>
    </message>
    <message>
        <source>Search source and target (Ctrl+F)</source>
        <translation>Түп нускадан жана котормодон издөө (Ctrl+F)</translation>
    </message>
    <message>
        <source>Paragraph view (F7)</source>
        <translation>Абзацтар (F7)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (окуу үчүн гана)</translation>
    </message>
    <message>
        <source>{project} — Translation Workbench</source>
        <translation>{project} — Translation Workbench</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Окуу үчүн гана</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Бардык өзгөртүүлөр сакталды</translation>
    </message>
    <message>
        <source>Segment grid (F7)</source>
        <translation>Сегменттер таблицасы (F7)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>САКТАЛГАН ЖОК</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Сактоо мүмкүн болгон жок: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегмент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MT draft(s)</source>
        <translation>
            <numerusform>%n МК каралама</numerusform>
            <numerusform>%n МК каралама</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n ырасталган</numerusform>
            <numerusform>%n ырасталган</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) no translation</source>
        <translation>
            <numerusform>%n которууну талап кылбайт</numerusform>
            <numerusform>%n которууну талап кылбайт</numerusform>
        </translation>
    </message>
    <message>
        <source>done {done}/{total} ({share}%)</source>
        <translation>даяр {done}/{total} ({share}%)</translation>
    </message>
    <message>
        <source>done {done}/{total}</source>
        <translation>даяр {done}/{total}</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <source>The interface will speak {language} after the window restarts. Restart it now? The project reopens at the same segment.</source>
        <translation>Интерфейстин тили ({language}) терезе кайра ачылгандан кийин өзгөрөт. Азыр кайра ачылсынбы? Долбоор ошол эле сегменттен ачылат.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Азыр кайра ачуу</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кийинчерээк</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ыкчам баскычтар</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Программа жөнүндө</translation>
    </message>
    <message>
        <source>Translation Workbench {version}

Machine translation by Meta's NLLB-200 models, run on this computer. The NLLB-200 weights are licensed CC-BY-NC-4.0 (non-commercial use).</source>
        <translation>Translation Workbench {version}

Машиналык котормону ушул компьютерде иштеген Meta компаниясынын NLLB-200 моделдери аткарат. NLLB-200 салмактарынын лицензиясы CC-BY-NC-4.0 (коммерциялык эмес колдонуу үчүн гана).</translation>
    </message>
    <message>
        <source>Could not save the settings ({error})</source>
        <translation>Жөндөөлөрдү сактоо мүмкүн болгон жок ({error})</translation>
    </message>
</context>
<context>
    <name>MissingModelDialog</name>
    <message>
        <source>Translation model not found</source>
        <translation>Котормо модели табылган жок</translation>
    </message>
    <message>
        <source>&lt;b&gt;The translation model &lt;code&gt;{model}&lt;/code&gt; could not be loaded.&lt;/b&gt;&lt;br&gt;&lt;br&gt;{description}&lt;br&gt;&lt;br&gt;To download it, run this in a terminal (needs the internet, once):&lt;br&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Or choose a folder that holds a model (config.json, tokenizer and weights).&lt;br&gt;You can keep translating by hand meanwhile.&lt;br&gt;&lt;br&gt;&lt;small&gt;Details: {details}&lt;/small&gt;</source>
        <translation>&lt;b&gt;&lt;code&gt;{model}&lt;/code&gt; котормо моделин жүктөө мүмкүн болгон жок.&lt;/b&gt;&lt;br&gt;&lt;br&gt;{description}&lt;br&gt;&lt;br&gt;Аны жүктөп алуу үчүн терминалда муну аткарыңыз (интернет керек, бир жолу):&lt;br&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Же моделди камтыган папканы тандаңыз (config.json, токенизатор жана салмактар).&lt;br&gt;Ага чейин кол менен которо берсеңиз болот.&lt;br&gt;&lt;br&gt;&lt;small&gt;Кеңири маалымат: {details}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Буйрукту көчүрүү</translation>
    </message>
    <message>
        <source>Choose model folder…</source>
        <translation>Модель папкасын тандоо…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Модель папкасын тандаңыз</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Жаңы долбоор</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>one segment per sentence</source>
        <translation>ар бир сүйлөм бир сегмент</translation>
    </message>
    <message>
        <source>one segment per paragraph</source>
        <translation>ар бир абзац бир сегмент</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Долбоор файлы:</translation>
    </message>
    <message>
        <source>Translate from:</source>
        <translation>Түп нуска тили:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Котормо тили:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Сегменттер:</translation>
    </message>
    <message>
        <source>Workbench projects (*{suffix})</source>
        <translation>Workbench долбоорлору (*{suffix})</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Эки башка тилди тандаңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Automatic (GPU when present)</source>
        <translation>Автоматтык (GPU болсо)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматтык</translation>
    </message>
    <message>
        <source>Complete what I type (ghost text; Tab takes a word)</source>
        <translation>Терилген текстти улантуу (боз сунуш; Tab бир сөздү алат)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <source>segments</source>
        <comment>unit after a number in a spin box</comment>
        <translation>сегмент</translation>
    </message>
    <message>
        <source>Translate the next segments without MT while you work</source>
        <translation>Сиз иштеп жатканда МК жок кийинки сегменттерди которуу</translation>
    </message>
    <message>
        <source>Your name, written into TMX files</source>
        <translation>Атыңыз, TMX файлдарына жазылат</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Системадагыдай</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Күңүрт</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Түзмөк:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Кыймылдаткыч:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU агымдары:</translation>
    </message>
    <message>
        <source>Interactive MT:</source>
        <translation>Интерактивдүү МК:</translation>
    </message>
    <message>
        <source>Translate ahead:</source>
        <translation>Алдын ала которуу:</translation>
    </message>
    <message>
        <source>Translator name:</source>
        <translation>Котормочунун аты:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Шрифттин өлчөмү:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейстин тили:</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Модель папкасын тандаңыз</translation>
    </message>
</context>
<context>
    <name>TermsMixin</name>
    <message>
        <source>Terms and QA</source>
        <translation>Терминдер жана сапатты текшерүү</translation>
    </message>
    <message>
        <source>There is no target term {number}</source>
        <translation>{number}-котормо термини жок</translation>
    </message>
    <message>
        <source>Term added</source>
        <translation>Термин кошулду</translation>
    </message>
    <message>
        <source>The termbase already has this term</source>
        <translation>Бул термин глоссарийде бар</translation>
    </message>
</context>
<context>
    <name>ToolsMixin</name>
    <message>
        <source>Analysing the project against its memory…</source>
        <translation>Долбоор котормо эси боюнча талдоодо…</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Confirm and go to the next unconfirmed segment</source>
        <translation>Ырастап, кийинки ырастала элек сегментке өтүү</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Мурунку сегмент</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Кийинки сегмент</translation>
    </message>
    <message>
        <source>Copy the machine translation into the target</source>
        <translation>Машиналык котормону котормого көчүрүү</translation>
    </message>
    <message>
        <source>Copy the source into the target</source>
        <translation>Түп нусканы котормого көчүрүү</translation>
    </message>
    <message>
        <source>Clear the target</source>
        <translation>Котормону тазалоо</translation>
    </message>
    <message>
        <source>Mark / unmark: no translation needed</source>
        <translation>Белгилөө / белгини алуу: которуу керек эмес</translation>
    </message>
    <message>
        <source>Translate this segment</source>
        <translation>Бул сегментти которуу</translation>
    </message>
    <message>
        <source>Pre-translate the document</source>
        <translation>Документти алдын ала которуу</translation>
    </message>
    <message>
        <source>Cancel machine translation</source>
        <translation>Машиналык котормону жокко чыгаруу</translation>
    </message>
    <message>
        <source>Take the next word of the completion (grey text after the cursor)</source>
        <translation>Сунуштун кийинки сөзүн алуу (курсордон кийинки боз текст)</translation>
    </message>
    <message>
        <source>Take the rest of the completion</source>
        <translation>Сунуштун калганын алуу</translation>
    </message>
    <message>
        <source>Show alternative continuations at the cursor</source>
        <translation>Курсордогу башка уландыларды көрсөтүү</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Артка кайтаруу</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Search source and target</source>
        <translation>Түп нускадан жана котормодон издөө</translation>
    </message>
    <message>
        <source>Find and replace in targets</source>
        <translation>Котормолордон табуу жана алмаштыруу</translation>
    </message>
    <message>
        <source>Switch segment grid / paragraph view</source>
        <translation>Сегменттер таблицасы / абзацтар которуштуруу</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Документтерди кошуу</translation>
    </message>
    <message>
        <source>Export translated documents</source>
        <translation>Которулган документтерди экспорттоо</translation>
    </message>
    <message>
        <source>Export TMX</source>
        <translation>TMX экспорттоо</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Batch translate a folder</source>
        <translation>Папканы топтоп которуу</translation>
    </message>
    <message>
        <source>Add the selected source/target text as a term</source>
        <translation>Тандалган түп нуска/котормо текстин термин катары кошуу</translation>
    </message>
    <message>
        <source>Insert the next formatting tag the target lacks</source>
        <translation>Котормодо жетишпеген кийинки форматтоо тегин коюу</translation>
    </message>
    <message>
        <source>Insert all the formatting tags the target lacks, in order</source>
        <translation>Котормодо жетишпеген бардык форматтоо тегдерин ирети менен коюу</translation>
    </message>
    <message>
        <source>QA report: all warnings, grouped by check</source>
        <translation>Сапатты текшерүү отчёту: бардык эскертүүлөр, текшерүүлөр боюнча</translation>
    </message>
    <message>
        <source>Concordance: search the memory for the selection or the word</source>
        <translation>Конкорданс: тандалган текстти же сөздү котормо эсинен издөө</translation>
    </message>
    <message>
        <source>Insert suggestion N from the side panel</source>
        <translation>Каптал панелден N-сунушту коюу</translation>
    </message>
    <message>
        <source>Insert target term N from the side panel</source>
        <translation>Каптал панелден N-котормо терминин коюу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Жаңы долбоор…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Долбоорду &amp;ачуу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Акыркы долбоорлор</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>Документтерди &amp;кошуу…</translation>
    </message>
    <message>
        <source>&amp;Export translated documents…</source>
        <translation>Которулган документтерди &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Export &amp;TMX…</source>
        <translation>&amp;TMX экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Жөндөө&amp;лөр…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Издөө…</translation>
    </message>
    <message>
        <source>Find and &amp;replace in targets…</source>
        <translation>Котормолордон табуу жана &amp;алмаштыруу…</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Сегмент</translation>
    </message>
    <message>
        <source>&amp;Confirm and go to next unconfirmed</source>
        <translation>&amp;Ырастап, кийинки ырастала электерге</translation>
    </message>
    <message>
        <source>&amp;Previous segment</source>
        <translation>&amp;Мурунку сегмент</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>&amp;Кийинки сегмент</translation>
    </message>
    <message>
        <source>Copy &amp;MT into target</source>
        <translation>&amp;МК котормого көчүрүү</translation>
    </message>
    <message>
        <source>Copy &amp;source into target</source>
        <translation>&amp;Түп нусканы котормого көчүрүү</translation>
    </message>
    <message>
        <source>C&amp;lear target</source>
        <translation>Котормону &amp;тазалоо</translation>
    </message>
    <message>
        <source>Insert next missing &amp;tag</source>
        <translation>Жетишпеген кийинки &amp;тегди коюу</translation>
    </message>
    <message>
        <source>Insert &amp;all missing tags</source>
        <translation>Жетишпеген &amp;бардык тегдерди коюу</translation>
    </message>
    <message>
        <source>No translation needed (mark / &amp;unmark)</source>
        <translation>Которуу керек эмес (белгилөө / белгини &amp;алуу)</translation>
    </message>
    <message>
        <source>&amp;Insert suggestion</source>
        <translation>&amp;Сунушту коюу</translation>
    </message>
    <message>
        <source>Suggestion {n}</source>
        <translation>{n}-сунуш</translation>
    </message>
    <message>
        <source>Insert &amp;term</source>
        <translation>Т&amp;ерминди коюу</translation>
    </message>
    <message>
        <source>Target term {n}</source>
        <translation>{n}-котормо термини</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Которуу</translation>
    </message>
    <message>
        <source>&amp;Translate this segment</source>
        <translation>Бул сегментти &amp;которуу</translation>
    </message>
    <message>
        <source>Pre-translate &amp;document</source>
        <translation>&amp;Документти алдын ала которуу</translation>
    </message>
    <message>
        <source>Pre-translate whole &amp;project</source>
        <translation>Бүт &amp;долбоорду алдын ала которуу</translation>
    </message>
    <message>
        <source>&amp;Cancel machine translation</source>
        <translation>Машиналык котормону &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>Take next &amp;word of the completion</source>
        <translation>Сунуштун кийинки &amp;сөзүн алуу</translation>
    </message>
    <message>
        <source>Take the &amp;rest of the completion</source>
        <translation>Сунуштун &amp;калганын алуу</translation>
    </message>
    <message>
        <source>&amp;Alternative continuations…</source>
        <translation>&amp;Башка уландылар…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <source>Switch &amp;grid / paragraph view</source>
        <translation>&amp;Таблица / абзацтар которуштуруу</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>К&amp;уралдар</translation>
    </message>
    <message>
        <source>&amp;Batch translate folder…</source>
        <translation>Папканы &amp;топтоп которуу…</translation>
    </message>
    <message>
        <source>&amp;Add term…</source>
        <translation>Термин &amp;кошуу…</translation>
    </message>
    <message>
        <source>&amp;QA report…</source>
        <translation>&amp;Сапатты текшерүү отчёту…</translation>
    </message>
    <message>
        <source>&amp;Concordance…</source>
        <translation>&amp;Конкорданс…</translation>
    </message>
    <message>
        <source>A&amp;nalysis…</source>
        <translation>&amp;Талдоо…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Ыкчам баскычтар</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Программа жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>&amp;Эс</translation>
    </message>
    <message>
        <source>&amp;Import TMX…</source>
        <translation>TMX &amp;импорттоо…</translation>
    </message>
    <message>
        <source>&amp;Reference memories and statistics…</source>
        <translation>&amp;Маалымдама эстер жана статистика…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>{id}: {parameters} parameters, {size} GB, licence {licence}</source>
        <translation>{id}: {parameters} параметр, {size} ГБ, лицензия {licence}</translation>
    </message>
    <message>
        <source>{licence} (non-commercial use only)</source>
        <translation>{licence} (коммерциялык эмес колдонуу үчүн гана)</translation>
    </message>
    <message>
        <source>as stated by the model's authors (NLLB-200 weights are CC-BY-NC-4.0)</source>
        <translation>модель авторлорунун шарттары боюнча (NLLB-200 салмактары — CC-BY-NC-4.0)</translation>
    </message>
    <message>
        <source>Local or hub model. Licence: {licence}</source>
        <translation>Жергиликтүү же хабдагы модель. Лицензия: {licence}</translation>
    </message>
    <message>
        <source>{parameters} parameters, {size} GB download, about {memory} GB memory{note}.
Licence: {licence}</source>
        <translation>{parameters} параметр, жүктөө {size} ГБ, болжол менен {memory} ГБ эс{note}.
Лицензия: {licence}</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
</context>
<context>
    <name>MemoriesDialog</name>
    <message>
        <source>Memories</source>
        <translation>Котормо эстери</translation>
    </message>
    <message>
        <source>Matches from reference memories appear with their name, their score lowered by the penalty. Reference files are only read, never changed.</source>
        <translation>Маалымдама эстердеги дал келүүлөр аты менен көрсөтүлөт, алардын баасы айыпка азаят. Маалымдама файлдар окулат гана, эч качан өзгөртүлбөйт.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Эс</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Айып</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Бирдиктер</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <source>the file's name</source>
        <translation>файлдын аты</translation>
    </message>
    <message>
        <source>Penalty:</source>
        <translation>Айып:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> упай</translation>
    </message>
    <message>
        <source>Attach TMX or project…</source>
        <translation>TMX же долбоорду туташтыруу…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Ажыратуу</translation>
    </message>
    <message>
        <source>Import TMX into this project…</source>
        <translation>TMX'ти бул долбоорго импорттоо…</translation>
    </message>
    <message>
        <source>Counting the memories' units…</source>
        <translation>Эстердин бирдиктери саналууда…</translation>
    </message>
    <message>
        <source>This project's memory</source>
        <translation>Бул долбоордун эси</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>колдонулууда</translation>
    </message>
    <message>
        <source>Attach a reference memory</source>
        <translation>Маалымдама эсти туташтыруу</translation>
    </message>
    <message>
        <source>TMX files and projects (*.tmx *.wbproj);;All files (*)</source>
        <translation>TMX файлдары жана долбоорлор (*.tmx *.wbproj);;Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>MemoryMixin</name>
    <message>
        <source>Import TMX into the project's memory</source>
        <translation>TMX'ти долбоордун эсине импорттоо</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>TMX файлдары (*.tmx);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing can be imported.</source>
        <translation>Долбоор окуу үчүн гана ачылган; эч нерсе импорттолбойт.</translation>
    </message>
    <message>
        <source>Importing {file} into the project's memory…</source>
        <translation>{file} долбоордун эсине импорттолууда…</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing can be attached.</source>
        <translation>Долбоор окуу үчүн гана ачылган; эч нерсе туташтырылбайт.</translation>
    </message>
    <message>
        <source>Reading {file} for the reference memory…</source>
        <translation>{file} маалымдама эс үчүн окулууда…</translation>
    </message>
    <message>
        <source>Attached {file} as reference memory “{name}” (penalty {penalty})</source>
        <translation>{file} «{name}» маалымдама эси катары туташтырылды (айып {penalty})</translation>
    </message>
    <message>
        <source>Detached reference memory “{name}” ({file} is unchanged)</source>
        <translation>«{name}» маалымдама эси ажыратылды ({file} өзгөргөн жок)</translation>
    </message>
    <message>
        <source>A TMX file is being read already; wait for it or cancel it</source>
        <translation>TMX файл окулуп жатат; бүтүшүн күтүңүз же токтотуңуз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Эс</translation>
    </message>
    <message>
        <source>Stopped; nothing was added</source>
        <translation>Токтотулду; эч нерсе кошулган жок</translation>
    </message>
    <message>
        <source>Indexing reference memories that changed…</source>
        <translation>Өзгөргөн маалымдама эстер индекстелүүдө…</translation>
    </message>
</context>
</TS>