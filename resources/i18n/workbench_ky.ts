<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AddTermDialog</name>
    <message>
        <source>Edit term</source>
        <translation>Терминди өзгөртүү</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Термин кошуу</translation>
    </message>
    <message>
        <source>The target term is forbidden (must not be used)</source>
        <translation>Котормо термини тыюу салынган (колдонууга болбойт)</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Регистрди эске алуу</translation>
    </message>
    <message>
        <source>{language} term:</source>
        <translation>Термин ({language}):</translation>
    </message>
    <message>
        <source>Target terms that must not be used</source>
        <translation>Колдонууга болбой турган котормо терминдери</translation>
    </message>
    <message>
        <source>Forbidden {language}:</source>
        <translation>Тыюу салынгандар ({language}):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Эскертме:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Тармак:</translation>
    </message>
    <message>
        <source>Several terms: separate them with ;</source>
        <translation>Бир нече терминди ; белгиси менен бөлүңүз</translation>
    </message>
    <message>
        <source>Several target terms: separate them with ;</source>
        <translation>Бир нече котормо терминин ; белгиси менен бөлүңүз</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <source>Analysis</source>
        <translation>Талдоо</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Repetitions and match bands are counted in words; 100% and context matches beat repetitions, repetitions beat fuzzy bands. Machine translations in the memory are not counted as matches.</source>
        <translation>Кайталоолор жана дал келүү диапазондору сөз менен эсептелет; 100% жана контекст дал келүүлөрү кайталоолордон, кайталоолор бүдөмүк диапазондордон жогору турат. Эстеги машиналык котормолор дал келүү катары эсептелбейт.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV экспорттоо…</translation>
    </message>
    <message>
        <source>Export the analysis as CSV</source>
        <translation>Талдоону CSV катары экспорттоо</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch translate folder</source>
        <translation>Папканы топтоп которуу</translation>
    </message>
    <message>
        <source>What to translate</source>
        <translation>Эмнени которуу</translation>
    </message>
    <message>
        <source>Source folder:</source>
        <translation>Булак папка:</translation>
    </message>
    <message>
        <source>The folder of documents to translate</source>
        <translation>Которула турган документтердин папкасы</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Натыйжа папкасы:</translation>
    </message>
    <message>
        <source>Where the translated copies go</source>
        <translation>Которулган көчүрмөлөр сактала турган жер</translation>
    </message>
    <message>
        <source>Detect per document</source>
        <translation>Ар бир документ үчүн аныктоо</translation>
    </message>
    <message>
        <source>into</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Translate from:</source>
        <translation>Которуу:</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Форматтар:</translation>
    </message>
    <message>
        <source>TMX file:</source>
        <translation>TMX файлы:</translation>
    </message>
    <message>
        <source>Optional: also save the segment pairs as TMX</source>
        <translation>Милдеттүү эмес: сегмент жуптарын TMX катары да сактоо</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Эс:</translation>
    </message>
    <message>
        <source>Reuse 100% matches from the memory of {project}</source>
        <translation>{project} долбоорунун эсинен 100% дал келүүлөрдү колдонуу</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Аткарылышы</translation>
    </message>
    <message>
        <source>Choose the folders, then Start.</source>
        <translation>Папкаларды тандап, «Баштоону» басыңыз.</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Натыйжа папкасын ачуу</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Баштоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Stop after the current batch of sentences</source>
        <translation>Учурдагы сүйлөмдөр тобунан кийин токтотуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Folder of documents to translate</source>
        <translation>Которула турган документтердин папкасы</translation>
    </message>
    <message>
        <source>Folder for the translated copies</source>
        <translation>Которулган көчүрмөлөр үчүн папка</translation>
    </message>
    <message>
        <source>Save the pairs as TMX</source>
        <translation>Жуптарды TMX катары сактоо</translation>
    </message>
    <message>
        <source>TMX (*.tmx)</source>
        <translation>TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Choose a target language other than the source.</source>
        <translation>Булак тилинен башка котормо тилин тандаңыз.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Жок дегенде бир форматты тандаңыз.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Лицензия: {licence}</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>Моделди тандаңыз.</translation>
    </message>
    <message>
        <source>Engine {engine}, device {device}, beam {beam} (change them in Settings)</source>
        <translation>Кыймылдаткыч {engine}, түзмөк {device}, нур {beam} (Жөндөөлөрдөн өзгөртүлөт)</translation>
    </message>
    <message>
        <source>Stopping after the current batch of sentences…</source>
        <translation>Учурдагы сүйлөмдөр тобунан кийин токтотулууда…</translation>
    </message>
    <message>
        <source>Stopped before any file was translated.</source>
        <translation>Бир да файл которула электе токтотулду.</translation>
    </message>
    <message>
        <source>The model could not be loaded.</source>
        <translation>Моделди жүктөө мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Эч нерсе аткарылган жок.</translation>
    </message>
    <message>
        <source>Stopped after the current batch.</source>
        <translation>Учурдагы топтон кийин токтотулду.</translation>
    </message>
    <message>
        <source>Stopped: the output could not be written.</source>
        <translation>Токтотулду: натыйжаны жазуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Finished: every supported file was translated.</source>
        <translation>Бүттү: колдоого алынган бардык файлдар которулду.</translation>
    </message>
    <message numerus="yes">
        <source>Finished; %n file(s) failed.</source>
        <translation>
            <numerusform>Бүттү; %n файлда ката кетти.</numerusform>
            <numerusform>Бүттү; %n файлда ката кетти.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchFileTable</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Сүйлөмдөр</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертме</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>которулду</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>өткөрүлдү</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ката</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>али аткарыла элек</translation>
    </message>
    <message>
        <source>Scanning the source folder…</source>
        <translation>Булак папка каралууда…</translation>
    </message>
    <message>
        <source>Loading the translation model…</source>
        <translation>Котормо модели жүктөлүүдө…</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>{file} окулууда</translation>
    </message>
    <message>
        <source>Translating {file}</source>
        <translation>{file} которулууда</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Бүттү</translation>
    </message>
    <message>
        <source>To finish, start again with the same folders: files already translated are kept and only the rest is done.</source>
        <translation>Бүтүрүү үчүн ошол эле папкалар менен кайра баштаңыз: которулган файлдар сакталып, калганы гана аткарылат.</translation>
    </message>
    <message>
        <source>files {done}/{total}</source>
        <translation>файлдар {done}/{total}</translation>
    </message>
    <message>
        <source>sentences {done}/{total}</source>
        <translation>сүйлөмдөр {done}/{total}</translation>
    </message>
    <message>
        <source>{rate} sentences/s</source>
        <translation>{rate} сүйлөм/сек</translation>
    </message>
    <message>
        <source>ETA {time}</source>
        <translation>калды {time}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>которулууда</translation>
    </message>
    <message>
        <source>{status} (kept)</source>
        <translation>{status} (сакталды)</translation>
    </message>
    <message>
        <source>unchanged since an earlier run</source>
        <translation>мурунку иштетүүдөн бери өзгөргөн жок</translation>
    </message>
    <message numerus="yes">
        <source>%n from the memory</source>
        <translation>
            <numerusform>%n эстен</numerusform>
            <numerusform>%n эстен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionController</name>
    <message>
        <source>No continuation: the sentence looks complete</source>
        <translation>Уландысы жок: сүйлөм бүткөндөй көрүнөт</translation>
    </message>
    <message>
        <source>best</source>
        <translation>эң жакшысы</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>башка вариант</translation>
    </message>
    <message>
        <source>{kind}; score {score}</source>
        <translation>{kind}; баа {score}</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <source>Concordance</source>
        <translation>Конкорданс</translation>
    </message>
    <message>
        <source>Word or phrase, in either language (inflected forms too)</source>
        <translation>Эки тилдин биринде сөз же сөз айкашы (өзгөргөн формалары да)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>&amp;Insert {language} text at the cursor</source>
        <translation>Курсорго текстти &amp;коюу ({language})</translation>
    </message>
    <message>
        <source>Searching the memory for “{query}”…</source>
        <translation>Котормо эсинен «{query}» изделүүдө…</translation>
    </message>
    <message>
        <source>Nothing in the memory holds “{query}”.</source>
        <translation>Котормо эсинде «{query}» жок.</translation>
    </message>
    <message numerus="yes">
        <source> (the first %n)</source>
        <translation>
            <numerusform> (алгачкы %n)</numerusform>
            <numerusform> (алгачкы %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n бирдик</numerusform>
            <numerusform>%n бирдик</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click inserts the {language} text at the cursor.</source>
        <translation>Enter же эки жолу чыкылдатуу текстти ({language}) курсорго коёт.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Cancel download</source>
        <translation>Жүктөп алууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Asking the server about {model}…</source>
        <translation>Серверден {model} тууралуу суралууда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Жокко чыгарылууда…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} ичинен {done}</translation>
    </message>
    <message>
        <source>Downloading {model}…</source>
        <translation>{model} жүктөлүп алынууда…</translation>
    </message>
    <message>
        <source>Download cancelled: what arrived is kept, and the next download resumes there.</source>
        <translation>Жүктөп алуу жокко чыгарылды: келгени сакталды, кийинки жүктөп алуу ошол жерден уланат.</translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nothing to confirm: the target is empty</source>
        <translation>Ырастай турган эч нерсе жок: котормо бош</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n repetition(s) from this segment</source>
        <translation>
            <numerusform>Бул сегменттен %n кайталоо толтурулду</numerusform>
            <numerusform>Бул сегменттен %n кайталоо толтурулду</numerusform>
        </translation>
    </message>
    <message>
        <source>Every segment shown is confirmed</source>
        <translation>Көрсөтүлгөн бардык сегменттер ырасталган</translation>
    </message>
    <message>
        <source>No machine translation yet: Translate this segment (Ctrl+T)</source>
        <translation>Машиналык котормо али жок: «Бул сегментти которуу» (Ctrl+T)</translation>
    </message>
    <message>
        <source>Copy MT into segment</source>
        <translation>МК сегментке көчүрүү</translation>
    </message>
    <message>
        <source>Copy source into segment</source>
        <translation>түп нусканы сегментке көчүрүү</translation>
    </message>
    <message>
        <source>No formatting tags are missing from the target</source>
        <translation>Котормодо жетишпеген форматтоо тегдери жок</translation>
    </message>
    <message>
        <source>Clear segment</source>
        <translation>сегментти тазалоо</translation>
    </message>
    <message>
        <source>This segment is locked in its file: read-only, given back as it is</source>
        <translation>Бул сегмент файлында кулпуланган: окуу үчүн гана, ошол бойдон кайтарылат</translation>
    </message>
    <message>
        <source>No translation needed: the source is exported as it is (Ctrl+Shift+N undoes the mark)</source>
        <translation>Которуу керек эмес: түп нуска ошол бойдон экспорттолот (Ctrl+Shift+N белгини алат)</translation>
    </message>
    <message>
        <source>The segment needs a translation again</source>
        <translation>Сегментке кайра котормо керек</translation>
    </message>
    <message>
        <source>There is no suggestion {number}</source>
        <translation>{number}-сунуш жок</translation>
    </message>
    <message>
        <source>Insert suggestion {number} into segment</source>
        <translation>{number}-сунушту сегментке коюу</translation>
    </message>
    <message>
        <source>This paragraph has formatting tags: double-click it to edit its segments in the grid, where the tags are chips</source>
        <translation>Бул абзацта форматтоо тегдери бар: сегменттерин тегдер белгичелер болуп көрүнгөн таблицада түзөтүү үчүн эки жолу чыкылдатыңыз</translation>
    </message>
    <message>
        <source>This paragraph has {segments} segments but the text now has {sentences} sentences: double-click it to edit its segments in the grid</source>
        <translation>Бул абзацта {segments} сегмент бар, бирок текстте азыр {sentences} сүйлөм: сегменттерин таблицада түзөтүү үчүн эки жолу чыкылдатыңыз</translation>
    </message>
    <message>
        <source>Revise paragraph</source>
        <translation>абзацты түзөтүү</translation>
    </message>
</context>
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
    <name>FindMixin</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n дал келүү</numerusform>
            <numerusform>%n дал келүү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегмент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n ырасталган</numerusform>
            <numerusform>%n ырасталган</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in the targets shown</source>
        <translation>Көрсөтүлгөн котормолордо табылган жок</translation>
    </message>
    <message>
        <source>Found in segment {number}</source>
        <translation>{number}-сегменттен табылды</translation>
    </message>
    <message>
        <source>Segment {number} is confirmed. Replace in it? It will be marked Needs review.</source>
        <translation>{number}-сегмент ырасталган. Андан алмаштырасызбы? Ал «Текшерүү керек» деп белгиленет.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Алмаштыруу</translation>
    </message>
    <message>
        <source>Nothing to replace: no target has a match</source>
        <translation>Алмаштыра турган эч нерсе жок: котормолордо дал келүү жок</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n match(es)?</source>
        <translation>
            <numerusform>%n дал келүүнү алмаштырасызбы?</numerusform>
            <numerusform>%n дал келүүнү алмаштырасызбы?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segments that change: %n</source>
        <translation>
            <numerusform>Өзгөрө турган сегменттер: %n</numerusform>
            <numerusform>Өзгөрө турган сегменттер: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Баарын алмаштыруу</translation>
    </message>
    <message numerus="yes">
        <source>%n of them confirmed: they will be marked Needs review.</source>
        <translation>
            <numerusform>Алардын %n ырасталган: алар «Текшерүү керек» деп белгиленет.</numerusform>
            <numerusform>Алардын %n ырасталган: алар «Текшерүү керек» деп белгиленет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip confirmed</source>
        <translation>Ырасталгандарды өткөрүп жиберүү</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n segment(s) (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>%n сегментте алмаштырылды (Ctrl+Z артка кайтарат)</numerusform>
            <numerusform>%n сегментте алмаштырылды (Ctrl+Z артка кайтарат)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Табуу жана алмаштыруу</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in targets</source>
        <translation>Котормолордон табуу жана алмаштыруу</translation>
    </message>
    <message>
        <source>Regular expression (\1 or \g&lt;name&gt; in the replacement)</source>
        <translation>Регулярдуу туюнтма (алмаштырууда \1 же \g&lt;name&gt;)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Регистрди эске алуу</translation>
    </message>
    <message>
        <source>Only the segments shown (current document and filter)</source>
        <translation>Көрсөтүлгөн сегменттер гана (учурдагы документ жана чыпка)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Табуу:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Алмаштыруу:</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Мурункусун табуу (Shift+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Кийинкисин табуу (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Алмаштыруу</translation>
    </message>
    <message>
        <source>Replace all…</source>
        <translation>Баарын алмаштыруу…</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Reload</source>
        <translation>Жаңыртуу</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Өзүңүзгө алуу…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}. You can read, search, look up the memory and export to another folder; changes cannot be saved.</source>
        <translation>&lt;b&gt;Окуу үчүн гана:&lt;/b&gt; {reason}. Окуп, издеп, котормо эсин карап, башка папкага экспорттой аласыз; өзгөртүүлөрдү сактоого болбойт.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; the other program has closed this project. Open it for editing to make changes here.</source>
        <translation>&lt;b&gt;Окуу үчүн гана:&lt;/b&gt; башка программа бул долбоорду жапты. Бул жерде өзгөртүү үчүн аны түзөтүүгө ачыңыз.</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>Түзөтүүгө ачуу</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; this project is open for writing in {holder}. Edits are not possible here, so none can be lost; Reload shows its latest saved work, and editing becomes possible here once it closes the project.</source>
        <translation>&lt;b&gt;Окуу үчүн гана:&lt;/b&gt; бул долбоор жазуу үчүн {holder} ичинде ачык. Бул жерде түзөтүүгө болбойт, ошондуктан эч нерсе жоголбойт; «Жаңыртуу» ал жакта сакталган акыркы ишти көрсөтөт, ал долбоорду жапкандан кийин бул жерде түзөтүүгө болот.</translation>
    </message>
</context>
<context>
    <name>LockMixin</name>
    <message>
        <source>Take over the project?</source>
        <translation>Долбоорду өзүңүзгө аласызбы?</translation>
    </message>
    <message>
        <source>{holder} holds this project. Take it over only if that computer no longer uses it: anything it saves from then on is refused there.</source>
        <translation>Бул долбоорду {holder} кармап турат. Ал компьютер аны колдонбой калган болсо гана алыңыз: андан кийин ал жакта сакталгандын баары четке кагылат.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Өзүмө алуу</translation>
    </message>
</context>
<context>
    <name>MTController</name>
    <message>
        <source>Completion unavailable: {error}</source>
        <translation>Улантуу сунуштары жеткиликсиз: {error}</translation>
    </message>
    <message>
        <source>Could not store machine translations: {error}</source>
        <translation>Машиналык котормолорду сактоо мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <source>Model {model} loaded</source>
        <translation>{model} модели жүктөлдү</translation>
    </message>
</context>
<context>
    <name>MTMixin</name>
    <message>
        <source>Preparing machine translation…</source>
        <translation>Машиналык котормо даярдалууда…</translation>
    </message>
    <message>
        <source>Alternatives: in a paragraph&apos;s translation, put the cursor at the end of the sentence you are typing, with interactive MT on</source>
        <translation>Башка варианттар: абзацтын котормосунда курсорду терип жаткан сүйлөмүңүздүн аягына коюңуз, интерактивдүү МК күйүк турганда</translation>
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
        <translation>
            <numerusform>; %n котормо эсинен</numerusform>
            <numerusform>; %n котормо эсинен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left as they are (target language or no text)</source>
        <translation>
            <numerusform>; %n өзгөрүүсүз калды (котормо тилинде же тексти жок)</numerusform>
            <numerusform>; %n өзгөрүүсүз калды (котормо тилинде же тексти жок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation finished: see the side panel (Ctrl+Shift+M copies it)</source>
        <translation>Машиналык котормо даяр: каптал панелди караңыз (Ctrl+Shift+M аны көчүрөт)</translation>
    </message>
    <message numerus="yes">
        <source>Machine translation finished: %n segment(s) filled</source>
        <translation>
            <numerusform>Машиналык котормо даяр: %n сегмент толтурулду</numerusform>
            <numerusform>Машиналык котормо даяр: %n сегмент толтурулду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Machine translation cancelled: %n segment(s) filled</source>
        <translation>
            <numerusform>Машиналык котормо жокко чыгарылды: %n сегмент толтурулду</numerusform>
            <numerusform>Машиналык котормо жокко чыгарылды: %n сегмент толтурулду</numerusform>
        </translation>
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
    <name>MTWorker</name>
    <message>
        <source>Loading model {model}…</source>
        <translation>{model} модели жүктөлүүдө…</translation>
    </message>
    <message>
        <source>MT cache unavailable ({error}); translating without it</source>
        <translation>МК кэши жеткиликсиз ({error}); кэшсиз которулууда</translation>
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
        <translation>Күмөндүү МК биринчи</translation>
    </message>
    <message>
        <source>Only segments with MT, the model&apos;s least sure first</source>
        <translation>МК бар сегменттер гана, модель эң аз ишенгендери биринчи</translation>
    </message>
    <message>
        <source>Search source and target (Ctrl+F)</source>
        <translation>Издөө (Ctrl+F)</translation>
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

Machine translation by Meta&apos;s NLLB-200 models, run on this computer. The NLLB-200 weights are licensed CC-BY-NC-4.0 (non-commercial use).</source>
        <translation>Translation Workbench {version}

Машиналык котормону ушул компьютерде иштеген Meta компаниясынын NLLB-200 моделдери аткарат. NLLB-200 салмактарынын лицензиясы CC-BY-NC-4.0 (коммерциялык эмес колдонуу үчүн гана).</translation>
    </message>
    <message>
        <source>Could not save the settings ({error})</source>
        <translation>Жөндөөлөрдү сактоо мүмкүн болгон жок ({error})</translation>
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
        <source>the file&apos;s name</source>
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
        <translation>TMX&apos;ти бул долбоорго импорттоо…</translation>
    </message>
    <message>
        <source>Counting the memories&apos; units…</source>
        <translation>Эстердин бирдиктери саналууда…</translation>
    </message>
    <message>
        <source>This project&apos;s memory</source>
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
    <message>
        <source>Set penalty</source>
        <translation>Айыпты коюу</translation>
    </message>
    <message>
        <source>Give the selected reference memory this penalty</source>
        <translation>Тандалган маалымдама эске ушул айыпты коюу</translation>
    </message>
</context>
<context>
    <name>MemoryMixin</name>
    <message>
        <source>Import TMX into the project&apos;s memory</source>
        <translation>TMX&apos;ти долбоордун эсине импорттоо</translation>
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
        <source>Importing {file} into the project&apos;s memory…</source>
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
    <message>
        <source>Reference memory “{name}” now loses {penalty} points</source>
        <translation>«{name}» маалымдама эси эми {penalty} упай жоготот</translation>
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
        <source>Download in the app…</source>
        <translation>Программада жүктөп алуу…</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Буйрукту көчүрүү</translation>
    </message>
    <message>
        <source>Choose model folder…</source>
        <translation>Модель папкасын тандоо…</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>Моделдер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Бул моделди колдонуу</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Кайра жүктөп алуу</translation>
    </message>
    <message>
        <source>{model}: {size} GB, {licence}</source>
        <translation>{model}: {size} ГБ, {licence}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Жүктөп алуу</translation>
    </message>
    <message>
        <source>Get a model:</source>
        <translation>Модель жүктөп алуу:</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Моделдер изделүүдө…</translation>
    </message>
    <message>
        <source>CTranslate2 {quantization} copy</source>
        <translation>CTranslate2 {quantization} көчүрмөсү</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>айландырылган</translation>
    </message>
    <message>
        <source>{total} on disk. ✔ marks the model in use ({spec}).</source>
        <translation>Дискте {total}. ✔ — колдонулуп жаткан модель ({spec}).</translation>
    </message>
    <message>
        <source>No model on this computer yet: download one below.</source>
        <translation>Бул компьютерде азырынча модель жок: төмөндөн жүктөп алыңыз.</translation>
    </message>
    <message>
        <source>{licence} (as NLLB-200; the folder has no model card)</source>
        <translation>{licence} (NLLB-200дөгүдөй; папкада модель картасы жок)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>жүктөлүп алынган</translation>
    </message>
    <message>
        <source>Hugging Face cache</source>
        <translation>Hugging Face кэши</translation>
    </message>
    <message>
        <source>your folder</source>
        <translation>сиздин папка</translation>
    </message>
    <message>
        <source>Machine translation now uses {model}.</source>
        <translation>Машиналык котормо эми {model} колдонот.</translation>
    </message>
    <message>
        <source>Delete {model} and its converted copies ({size})? Machine translation needs it downloaded again afterwards.</source>
        <translation>{model} жана анын айландырылган көчүрмөлөрү ({size}) өчүрүлсүнбү? Машиналык котормо үчүн аны кайра жүктөп алуу керек болот.</translation>
    </message>
    <message>
        <source>Delete this converted copy ({size})? It is made again the next time it is needed.</source>
        <translation>Бул айландырылган көчүрмө ({size}) өчүрүлсүнбү? Ал кийинки жолу керек болгондо кайра түзүлөт.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Deleted: {size} freed.</source>
        <translation>Өчүрүлдү: {size} бошотулду.</translation>
    </message>
    <message>
        <source>The weights of {model} are licensed {licence}: non-commercial use only. Accept the licence and download {size} GB?</source>
        <translation>{model} салмактары {licence} лицензиясы менен таратылат: коммерциялык эмес колдонуу үчүн гана. Лицензияны кабыл алып, {size} ГБ жүктөп алуу керекпи?</translation>
    </message>
    <message>
        <source>Downloaded.</source>
        <translation>Жүктөлүп алынды.</translation>
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
    <name>ParagraphView</name>
    <message>
        <source>Source paragraph</source>
        <translation>Түп нуска абзацы</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Котормо</translation>
    </message>
    <message>
        <source>… marks segments not translated yet</source>
        <translation>… али которула элек сегменттерди белгилейт</translation>
    </message>
</context>
<context>
    <name>QaReportDialog</name>
    <message>
        <source>QA report</source>
        <translation>Сапатты текшерүү отчёту</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n эскертүү</numerusform>
            <numerusform>%n эскертүү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n segment(s).</source>
        <translation>
            <numerusform>%n сегментте.</numerusform>
            <numerusform>%n сегментте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a warning to go to its segment.</source>
        <translation>Сегментине өтүү үчүн эскертүүнү эки жолу чыкылдатыңыз.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Эскертүүлөр жок.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Source</source>
        <translation>Түп нуска</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Котормо</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Дал келүү</translation>
    </message>
    <message>
        <source>{document}, paragraph {number}</source>
        <translation>{document}, {number}-абзац</translation>
    </message>
    <message>
        <source>In the file: {text}</source>
        <translation>Файлда: {text}</translation>
    </message>
    <message>
        <source>Formatting tags differ from the source&apos;s: {summary}</source>
        <translation>Форматтоо тегдери түп нускадагыдан айырмаланат: {summary}</translation>
    </message>
</context>
<context>
    <name>SegmentsMixin</name>
    <message>
        <source>The project is read-only</source>
        <translation>Долбоор окуу үчүн гана ачылган</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Сегменттерди бириктирүү</translation>
    </message>
    <message>
        <source>Merged with the next segment (Ctrl+Z undoes it)</source>
        <translation>Кийинки сегмент менен бириктирилди (Ctrl+Z артка кайтарат)</translation>
    </message>
    <message>
        <source>This segment is locked in its file: it cannot be split</source>
        <translation>Бул сегмент өз файлында кулпуланган: аны бөлүүгө болбойт</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Сегментти бөлүү</translation>
    </message>
    <message>
        <source>Segment split in two (Ctrl+Z undoes it)</source>
        <translation>Сегмент экиге бөлүндү (Ctrl+Z артка кайтарат)</translation>
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
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>From the file</source>
        <translation>Файлдан</translation>
    </message>
    <message>
        <source>Translation memory loading… its matches follow</source>
        <translation>Котормо эси жүктөлүүдө… дал келүүлөр кийин чыгат</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Түп нуска</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <source>Suggestions (Ctrl+1…9 inserts)</source>
        <translation>Сунуштар (Ctrl+1…9 коёт)</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Сегмент тандалган жок</translation>
    </message>
    <message>
        <source> · target: {origin}</source>
        <translation> · котормо: {origin}</translation>
    </message>
    <message>
        <source>#{number} · {document}, paragraph {paragraph} · {status}</source>
        <translation>№{number} · {document}, {paragraph}-абзац · {status}</translation>
    </message>
    <message>
        <source>In the file: {text}</source>
        <translation>Файлда: {text}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>No suggestions yet: Translate segment (Ctrl+T)</source>
        <translation>Сунуштар али жок: «Бул сегментти которуу» (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split segment</source>
        <translation>Сегментти бөлүү</translation>
    </message>
    <message>
        <source>The first part ends at the cursor. Move it with the arrow keys or a click, then press Split (Enter). Segments split within their paragraph; the export joins them again.</source>
        <translation>Биринчи бөлүк курсордо бүтөт. Аны жебе баскычтары же чыкылдатуу менен жылдырып, «Бөлүү» (Enter) баскычын басыңыз. Сегменттер өз абзацынын ичинде бөлүнөт; экспортто алар кайра бириктирилет.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Түп нуска:</translation>
    </message>
    <message>
        <source>Translation (cut at its cursor; at its end, all of it stays with the first part):</source>
        <translation>Котормо (өз курсорунда бөлүнөт; курсор аягында болсо, баары биринчи бөлүктө калат):</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Бөлүү</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message numerus="yes">
        <source>{name}: %n segment(s)</source>
        <translation>
            <numerusform>{name}: %n сегмент</numerusform>
            <numerusform>{name}: %n сегмент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n paragraph(s)</source>
        <translation>
            <numerusform>, %n абзацта</numerusform>
            <numerusform>, %n абзацта</numerusform>
        </translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>{encoding} катары окулду</translation>
    </message>
    <message>
        <source>languages {counts}</source>
        <translation>тилдер {counts}</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n document(s)</source>
        <translation>
            <numerusform>%n документ жазылды</numerusform>
            <numerusform>%n документ жазылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{untranslated} of %n segment(s) are untranslated and keep their source text</source>
        <translation>
            <numerusform>%n сегменттин {untranslated} которулган эмес, алар түп нуска текстин сактайт</numerusform>
            <numerusform>%n сегменттин {untranslated} которулган эмес, алар түп нуска текстин сактайт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n segment(s) translated</source>
        <translation>
            <numerusform>бардык %n сегмент которулду</numerusform>
            <numerusform>бардык %n сегмент которулду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in the target language, kept as they are)</source>
        <translation>
            <numerusform> (%n мурунтан котормо тилинде, ошол бойдон калды)</numerusform>
            <numerusform> (%n мурунтан котормо тилинде, ошол бойдон калды)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) lacked formatting tags: they were put at the end of the segment, check them</source>
        <translation>
            <numerusform>%n сегментте форматтоо тегдери жетишпеди: алар сегменттин аягына коюлду, текшериңиз</numerusform>
            <numerusform>%n сегментте форматтоо тегдери жетишпеди: алар сегменттин аягына коюлду, текшериңиз</numerusform>
        </translation>
    </message>
    <message>
        <source>the project names a document {stored}, written as {file}</source>
        <translation>долбоордогу {stored} документи {file} болуп жазылды</translation>
    </message>
    <message numerus="yes">
        <source>{path}: wrote %n translation unit(s)</source>
        <translation>
            <numerusform>{path}: %n котормо бирдиги жазылды</numerusform>
            <numerusform>{path}: %n котормо бирдиги жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source> ({reasons} left out)</source>
        <translation> (калтырылды: {reasons})</translation>
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
    <message>
        <source>Term changed</source>
        <translation>Термин өзгөртүлдү</translation>
    </message>
    <message>
        <source>Delete term</source>
        <translation>Терминди өчүрүү</translation>
    </message>
    <message>
        <source>Delete the entry “{term}” from the project&apos;s termbase?</source>
        <translation>«{term}» макаласы долбоордун глоссарийинен өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Term deleted: {term}</source>
        <translation>Термин өчүрүлдү: {term}</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Terms (Ctrl+Alt+1…9 inserts)</source>
        <translation>Терминдер (Ctrl+Alt+1…9 коёт)</translation>
    </message>
    <message>
        <source>Add term…</source>
        <translation>Термин кошуу…</translation>
    </message>
    <message>
        <source>Add the selected source and target text to the termbase (Ctrl+Alt+T)</source>
        <translation>Тандалган түп нуска жана котормо текстин глоссарийге кошуу (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>Edit term…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Delete term…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>QA warnings</source>
        <translation>Сапатты текшерүү эскертүүлөрү</translation>
    </message>
    <message>
        <source>Ignore warning</source>
        <translation>Эскертүүнү этибарга албоо</translation>
    </message>
    <message>
        <source>Stop showing the selected warning for this segment</source>
        <translation>Тандалган эскертүүнү бул сегмент үчүн көрсөтпөө</translation>
    </message>
    <message>
        <source>QA report… (F9)</source>
        <translation>Текшерүү отчёту… (F9)</translation>
    </message>
    <message>
        <source>(forbidden)</source>
        <translation>(тыюу салынган)</translation>
    </message>
    <message>
        <source>&lt;i&gt;no target term&lt;/i&gt;</source>
        <translation>&lt;i&gt;котормо термини жок&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No terms in this segment</source>
        <translation>Бул сегментте терминдер жок</translation>
    </message>
    <message>
        <source>This term comes from a shared termbase file: change it there</source>
        <translation>Бул термин жалпы глоссарий файлынан: аны ошол жерден өзгөртүңүз</translation>
    </message>
    <message>
        <source>Select a term above</source>
        <translation>Жогорудан терминди тандаңыз</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Эскертүүлөр жок</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Translation Workbench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Translation Workbench&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Translate documents between Kyrgyz, Russian and English. The workbench splits each document into sentences, suggests translations from your translation memory and from a machine-translation model that runs on this computer (nothing is sent anywhere), checks terms, numbers and tags, and writes the translated documents and a TMX memory.</source>
        <translation>Документтерди кыргыз, орус жана англис тилдеринин ортосунда которуңуз. Программа ар бир документти сүйлөмдөргө бөлөт, котормо эсиңизден жана ушул компьютерде иштеген машиналык котормо моделинен котормолорду сунуштайт (эч нерсе эч жакка жөнөтүлбөйт), терминдерди, сандарды жана тегдерди текшерет, которулган документтерди жана TMX эсин жазат.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейстин тили:</translation>
    </message>
    <message>
        <source>Machine translation model</source>
        <translation>Машиналык котормо модели</translation>
    </message>
    <message>
        <source>Use a model folder…</source>
        <translation>Модели бар папканы колдонуу…</translation>
    </message>
    <message>
        <source>Continue without machine translation</source>
        <translation>Машиналык котормосуз улантуу</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Баштоо</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Жаңы долбоор…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Долбоорду ачуу…</translation>
    </message>
    <message>
        <source>Try the sample project</source>
        <translation>Үлгү долбоорду сынап көрүү</translation>
    </message>
    <message>
        <source>A short Kyrgyz news article to translate into English, with a few memory matches</source>
        <translation>Англис тилине которуу үчүн кыргызча кыска жаңылык, эсте бир нече дал келүү менен</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Акыркы долбоорлор&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ Ready: &lt;b&gt;{model}&lt;/b&gt; ({size} on disk, licence {licence}: non-commercial use only), in {folder}</source>
        <translation>✔ Даяр: &lt;b&gt;{model}&lt;/b&gt; (дискте {size}, лицензия {licence}: коммерциялык эмес колдонуу үчүн гана), {folder} ичинде</translation>
    </message>
    <message>
        <source>Machine translation is off: no model on this computer. The memory, terms, QA and editing work without it; download or choose a model here or in Tools &gt; Models whenever you like.</source>
        <translation>Машиналык котормо өчүк: бул компьютерде модель жок. Котормо эси, терминдер, сапатты текшерүү жана түзөтүү ансыз деле иштейт; каалаган убакта моделди ушул жерден же Куралдар &gt; Моделдер менюсунан жүктөп алыңыз же тандаңыз.</translation>
    </message>
    <message>
        <source>Suggestions from machine translation need Meta&apos;s NLLB-200 model &lt;b&gt;{model}&lt;/b&gt; ({params} parameters): a {size} GB download, once, and about {memory} GB of memory to run. Its weights are licensed &lt;b&gt;{licence}&lt;/b&gt;: non-commercial use only.</source>
        <translation>Машиналык котормонун сунуштары үчүн Meta компаниясынын NLLB-200 модели &lt;b&gt;{model}&lt;/b&gt; ({params} параметр) керек: бир жолу {size} ГБ жүктөп алуу жана иштөө үчүн болжол менен {memory} ГБ эс. Анын салмактары &lt;b&gt;{licence}&lt;/b&gt; лицензиясы менен таратылат: коммерциялык эмес колдонуу үчүн гана.</translation>
    </message>
    <message>
        <source>Licence {licence} accepted (non-commercial use)</source>
        <translation>{licence} лицензиясы кабыл алынды (коммерциялык эмес колдонуу)</translation>
    </message>
    <message>
        <source>I accept the {licence} licence of the NLLB-200 weights (non-commercial use)</source>
        <translation>NLLB-200 салмактарынын {licence} лицензиясын кабыл алам (коммерциялык эмес колдонуу)</translation>
    </message>
    <message>
        <source>Download {model} ({size} GB)</source>
        <translation>{model} жүктөп алуу ({size} ГБ)</translation>
    </message>
    <message>
        <source>{name}    (not found: {folder})</source>
        <translation>{name}    (табылган жок: {folder})</translation>
    </message>
    <message>
        <source>The model is ready: machine translation is on.</source>
        <translation>Модель даяр: машиналык котормо күйгүзүлдү.</translation>
    </message>
    <message>
        <source>Using the model in {folder}.</source>
        <translation>{folder} ичиндеги модель колдонулат.</translation>
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
        <source>Find the next match in the targets</source>
        <translation>Котормолордон кийинки дал келүүнү табуу</translation>
    </message>
    <message>
        <source>Find the previous match in the targets</source>
        <translation>Котормолордон мурунку дал келүүнү табуу</translation>
    </message>
    <message>
        <source>Merge the segment with the next one (same paragraph)</source>
        <translation>Сегментти кийинкиси менен бириктирүү (ошол эле абзацта)</translation>
    </message>
    <message>
        <source>Split the segment at a cursor (same paragraph)</source>
        <translation>Сегментти курсордо бөлүү (ошол эле абзацта)</translation>
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
        <source>Find &amp;next</source>
        <translation>&amp;Кийинкисин табуу</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Мурункусун табуу</translation>
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
        <source>Merge &amp;with next segment</source>
        <translation>Кийинкиси менен &amp;бириктирүү</translation>
    </message>
    <message>
        <source>Split se&amp;gment…</source>
        <translation>Сегментти &amp;бөлүү…</translation>
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
        <source>&amp;Models…</source>
        <translation>&amp;Моделдер…</translation>
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
    <name>analysis_dialog</name>
    <message>
        <source>{band}
(words)</source>
        <translation>{band}
(сөздөр)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Дал келбейт</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменттер</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Сөздөр</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <source>Characters
(no spaces)</source>
        <translation>Белгилер
(боштуксуз)</translation>
    </message>
    <message>
        <source>Repetitions
(words)</source>
        <translation>Кайталоолор
(сөздөр)</translation>
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
        <source>as stated by the model&apos;s authors (NLLB-200 weights are CC-BY-NC-4.0)</source>
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
    <name>find_replace</name>
    <message>
        <source>nothing to find: type the text to replace</source>
        <translation>табыла турган эч нерсе жок: алмаштырыла турган текстти териңиз</translation>
    </message>
    <message>
        <source>the regular expression {find} is not valid ({error})</source>
        <translation>{find} регулярдуу туюнтмасы жараксыз ({error})</translation>
    </message>
    <message>
        <source>the replacement {replacement} is not valid ({error})</source>
        <translation>{replacement} алмаштыруусу жараксыз ({error})</translation>
    </message>
</context>
<context>
    <name>labels</name>
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
        <source>MT</source>
        <translation>МК</translation>
    </message>
    <message>
        <source>TM</source>
        <translation>КЭ</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>low</source>
        <translation>төмөн</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орточо</translation>
    </message>
    <message>
        <source>high</source>
        <translation>жогору</translation>
    </message>
    <message>
        <source>encoding repaired</source>
        <translation>коддоо оңдолду</translation>
    </message>
    <message>
        <source>look-alike letters normalised</source>
        <translation>окшош тамгалар алмаштырылды</translation>
    </message>
    <message>
        <source>control characters removed</source>
        <translation>башкаруу белгилери өчүрүлдү</translation>
    </message>
    <message>
        <source>in another language than the rest of the document</source>
        <translation>документтин калган бөлүгүнөн башка тилде</translation>
    </message>
    <message>
        <source>locked in the file: read-only, given back as it is</source>
        <translation>файлда кулпуланган: окуу үчүн гана, ошол бойдон кайтарылат</translation>
    </message>
    <message>
        <source>possible repetition loop</source>
        <translation>кайталоо айлампасы болушу мүмкүн</translation>
    </message>
    <message>
        <source>empty translation</source>
        <translation>бош котормо</translation>
    </message>
    <message>
        <source>output in the wrong script</source>
        <translation>натыйжа туура эмес жазууда</translation>
    </message>
    <message>
        <source>output in the wrong language</source>
        <translation>натыйжа туура эмес тилде</translation>
    </message>
    <message>
        <source>translation much shorter than the source</source>
        <translation>котормо түп нускадан алда канча кыска</translation>
    </message>
    <message>
        <source>translation much longer than the source</source>
        <translation>котормо түп нускадан алда канча узун</translation>
    </message>
    <message>
        <source>numbers differ</source>
        <translation>сандар айырмаланат</translation>
    </message>
    <message>
        <source>long sentence was split for MT</source>
        <translation>узун сүйлөм МК үчүн бөлүндү</translation>
    </message>
    <message>
        <source>formatting tags placed by guess: check them</source>
        <translation>форматтоо тегдери болжол менен коюлду: текшериңиз</translation>
    </message>
    <message>
        <source>Term not translated as in the termbase</source>
        <translation>Термин глоссарийдегидей которулган эмес</translation>
    </message>
    <message>
        <source>Forbidden term used</source>
        <translation>Тыюу салынган термин колдонулду</translation>
    </message>
    <message>
        <source>Numbers differ</source>
        <translation>Сандар айырмаланат</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>Тырмакчалар</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Кашаалар</translation>
    </message>
    <message>
        <source>Final punctuation</source>
        <translation>Акыркы тыныш белгиси</translation>
    </message>
    <message>
        <source>Double spaces</source>
        <translation>Кош боштуктар</translation>
    </message>
    <message>
        <source>Leading or trailing spaces</source>
        <translation>Башындагы же аягындагы боштуктар</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>Которулган эмес</translation>
    </message>
    <message>
        <source>Confirmed but empty</source>
        <translation>Ырасталган, бирок бош</translation>
    </message>
    <message>
        <source>Inconsistent translations</source>
        <translation>Бири-бирине дал келбеген котормолор</translation>
    </message>
    <message>
        <source>Latin and Cyrillic in one word</source>
        <translation>Бир сөздө латын жана кирилл тамгалары</translation>
    </message>
    <message>
        <source>Kazakh letters in Kyrgyz</source>
        <translation>Кыргыз текстинде казак тамгалары</translation>
    </message>
    <message>
        <source>ө ү ң typed as о у н</source>
        <translation>ө ү ң тамгалары о у н болуп терилген</translation>
    </message>
    <message>
        <source>Length far from the source&apos;s</source>
        <translation>Узундугу түп нускадан алыс</translation>
    </message>
    <message>
        <source>Inline codes differ</source>
        <translation>Ички коддор айырмаланат</translation>
    </message>
    <message>
        <source>default; runs on a laptop CPU</source>
        <translation>демейки; ноутбуктун процессорунда иштейт</translation>
    </message>
    <message>
        <source>better quality, about twice as slow</source>
        <translation>сапаты жакшыраак, болжол менен эки эсе жайыраак</translation>
    </message>
    <message>
        <source>the non-distilled 1.3B</source>
        <translation>дистилляцияланбаган 1.3B</translation>
    </message>
    <message>
        <source>best quality; needs a GPU or much patience</source>
        <translation>эң жакшы сапат; GPU же көп чыдамкайлык керек</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматтык</translation>
    </message>
    <message>
        <source>QA: {check}</source>
        <translation>Текшерүү: {check}</translation>
    </message>
    <message>
        <source>MT {band}</source>
        <translation>МК: {band}</translation>
    </message>
    <message>
        <source>model confidence {band}: mean token probability {probability}% (log-probability {score}); high from {high}%, medium from {medium}%</source>
        <translation>моделдин ишенимдүүлүгү {band}: токендин орточо ыктымалдыгы {probability}% (лог-ыктымалдык {score}); жогору {high}%дан, орточо {medium}%дан</translation>
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
    <name>model_folder</name>
    <message>
        <source>Choose a model folder</source>
        <translation>Модель папкасын тандаңыз</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>batch translation</source>
        <translation>топтоп которуу</translation>
    </message>
    <message>
        <source>stopped before any file was translated</source>
        <translation>бир да файл которула электе токтотулду</translation>
    </message>
    <message>
        <source>adding documents</source>
        <translation>документтерди кошуу</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>долбоорду окуу</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>жокко чыгарылды</translation>
    </message>
    <message>
        <source>{what} failed: {error}</source>
        <translation>{what}: ката: {error}</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>иш</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>машиналык котормо</translation>
    </message>
    <message>
        <source>reading the translation memory</source>
        <translation>котормо эсин окуу</translation>
    </message>
</context>
<context>
    <name>side_panel</name>
    <message>
        <source>TM {score}% · {memory} (−{penalty})</source>
        <translation>КЭ {score}% · {memory} (−{penalty})</translation>
    </message>
    <message>
        <source>TM {score}% · {origin}</source>
        <translation>КЭ {score}% · {origin}</translation>
    </message>
    <message>
        <source> · confidence {band}</source>
        <translation> · ишенимдүүлүк {band}</translation>
    </message>
    <message>
        <source>MT · {model}</source>
        <translation>МК · {model}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit segment</source>
        <translation>сегментти түзөтүү</translation>
    </message>
    <message>
        <source>Confirm segment</source>
        <translation>сегментти ырастоо</translation>
    </message>
    <message>
        <source>No translation needed for segment</source>
        <translation>«которуу керек эмес» белгиси</translation>
    </message>
    <message>
        <source>Translation needed for segment</source>
        <translation>«которуу керек эмес» белгисин алуу</translation>
    </message>
    <message>
        <source>Replace in {count} segments</source>
        <translation>сегменттерде алмаштыруу ({count})</translation>
    </message>
</context>
</TS>
