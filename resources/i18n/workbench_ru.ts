<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddTermDialog</name>
    <message>
        <source>Edit term</source>
        <translation>Изменить термин</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Добавить термин</translation>
    </message>
    <message>
        <source>The target term is forbidden (must not be used)</source>
        <translation>Термин перевода запрещён (его нельзя использовать)</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <source>{language} term:</source>
        <translation>Термин ({language}):</translation>
    </message>
    <message>
        <source>Target terms that must not be used</source>
        <translation>Термины перевода, которые нельзя использовать</translation>
    </message>
    <message>
        <source>Forbidden {language}:</source>
        <translation>Запрещённые ({language}):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Предметная область:</translation>
    </message>
    <message>
        <source>Several terms: separate them with ;</source>
        <translation>Несколько терминов разделяйте знаком ;</translation>
    </message>
    <message>
        <source>Several target terms: separate them with ;</source>
        <translation>Несколько терминов перевода разделяйте знаком ;</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Repetitions and match bands are counted in words; 100% and context matches beat repetitions, repetitions beat fuzzy bands. Machine translations in the memory are not counted as matches.</source>
        <translation>Повторы и диапазоны совпадений считаются в словах; 100% и контекстные совпадения важнее повторов, повторы важнее нечётких диапазонов. Машинные переводы в памяти не считаются совпадениями.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the analysis as CSV</source>
        <translation>Экспорт анализа в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch translate folder</source>
        <translation>Пакетный перевод папки</translation>
    </message>
    <message>
        <source>What to translate</source>
        <translation>Что переводить</translation>
    </message>
    <message>
        <source>Source folder:</source>
        <translation>Исходная папка:</translation>
    </message>
    <message>
        <source>The folder of documents to translate</source>
        <translation>Папка с документами для перевода</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Папка результата:</translation>
    </message>
    <message>
        <source>Where the translated copies go</source>
        <translation>Куда сохранить переведённые копии</translation>
    </message>
    <message>
        <source>Detect per document</source>
        <translation>Определять для каждого документа</translation>
    </message>
    <message>
        <source>into</source>
        <translation>на</translation>
    </message>
    <message>
        <source>Translate from:</source>
        <translation>Перевести с:</translation>
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
        <translation>Форматы:</translation>
    </message>
    <message>
        <source>TMX file:</source>
        <translation>Файл TMX:</translation>
    </message>
    <message>
        <source>Optional: also save the segment pairs as TMX</source>
        <translation>Необязательно: сохранить пары сегментов в TMX</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Память:</translation>
    </message>
    <message>
        <source>Reuse 100% matches from the memory of {project}</source>
        <translation>Использовать 100% совпадения из памяти проекта {project}</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Choose the folders, then Start.</source>
        <translation>Выберите папки и нажмите «Начать».</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Открыть папку результата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop after the current batch of sentences</source>
        <translation>Остановить после текущей порции предложений</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Folder of documents to translate</source>
        <translation>Папка с документами для перевода</translation>
    </message>
    <message>
        <source>Folder for the translated copies</source>
        <translation>Папка для переведённых копий</translation>
    </message>
    <message>
        <source>Save the pairs as TMX</source>
        <translation>Сохранить пары в TMX</translation>
    </message>
    <message>
        <source>TMX (*.tmx)</source>
        <translation>TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Choose a target language other than the source.</source>
        <translation>Выберите язык перевода, отличный от исходного.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Выберите хотя бы один формат.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Лицензия: {licence}</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>Выберите модель.</translation>
    </message>
    <message>
        <source>Engine {engine}, device {device}, beam {beam} (change them in Settings)</source>
        <translation>Движок {engine}, устройство {device}, луч {beam} (меняются в параметрах)</translation>
    </message>
    <message>
        <source>Stopping after the current batch of sentences…</source>
        <translation>Остановка после текущей порции предложений…</translation>
    </message>
    <message>
        <source>Stopped before any file was translated.</source>
        <translation>Остановлено до перевода какого-либо файла.</translation>
    </message>
    <message>
        <source>The model could not be loaded.</source>
        <translation>Не удалось загрузить модель.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Ничего не сделано.</translation>
    </message>
    <message>
        <source>Stopped after the current batch.</source>
        <translation>Остановлено после текущей порции.</translation>
    </message>
    <message>
        <source>Stopped: the output could not be written.</source>
        <translation>Остановлено: не удалось записать результат.</translation>
    </message>
    <message>
        <source>Finished: every supported file was translated.</source>
        <translation>Готово: все поддерживаемые файлы переведены.</translation>
    </message>
    <message numerus="yes">
        <source>Finished; %n file(s) failed.</source>
        <translation>
            <numerusform>Готово; %n файл с ошибкой.</numerusform>
            <numerusform>Готово; %n файла с ошибкой.</numerusform>
            <numerusform>Готово; %n файлов с ошибкой.</numerusform>
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
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>переведён</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>ещё не сделан</translation>
    </message>
    <message>
        <source>Scanning the source folder…</source>
        <translation>Просмотр исходной папки…</translation>
    </message>
    <message>
        <source>Loading the translation model…</source>
        <translation>Загрузка модели перевода…</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Чтение {file}</translation>
    </message>
    <message>
        <source>Translating {file}</source>
        <translation>Перевод {file}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>To finish, start again with the same folders: files already translated are kept and only the rest is done.</source>
        <translation>Чтобы закончить, запустите снова с теми же папками: уже переведённые файлы сохранятся, будет сделано только остальное.</translation>
    </message>
    <message>
        <source>files {done}/{total}</source>
        <translation>файлы {done}/{total}</translation>
    </message>
    <message>
        <source>sentences {done}/{total}</source>
        <translation>предложения {done}/{total}</translation>
    </message>
    <message>
        <source>{rate} sentences/s</source>
        <translation>{rate} предл./с</translation>
    </message>
    <message>
        <source>ETA {time}</source>
        <translation>осталось {time}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>переводится</translation>
    </message>
    <message>
        <source>{status} (kept)</source>
        <translation>{status} (сохранён)</translation>
    </message>
    <message>
        <source>unchanged since an earlier run</source>
        <translation>не изменился с прошлого запуска</translation>
    </message>
    <message numerus="yes">
        <source>%n from the memory</source>
        <translation>
            <numerusform>%n из памяти</numerusform>
            <numerusform>%n из памяти</numerusform>
            <numerusform>%n из памяти</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionController</name>
    <message>
        <source>No continuation: the sentence looks complete</source>
        <translation>Нет продолжения: предложение выглядит законченным</translation>
    </message>
    <message>
        <source>best</source>
        <translation>лучший</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>{kind}; score {score}</source>
        <translation>{kind}; оценка {score}</translation>
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
        <translation>Слово или фраза на любом из языков (и в других формах)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>&amp;Insert {language} text at the cursor</source>
        <translation>&amp;Вставить текст ({language}) у курсора</translation>
    </message>
    <message>
        <source>Searching the memory for “{query}”…</source>
        <translation>Поиск «{query}» в памяти переводов…</translation>
    </message>
    <message>
        <source>Nothing in the memory holds “{query}”.</source>
        <translation>В памяти переводов нет «{query}».</translation>
    </message>
    <message numerus="yes">
        <source> (the first %n)</source>
        <translation>
            <numerusform> (первая %n)</numerusform>
            <numerusform> (первые %n)</numerusform>
            <numerusform> (первые %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n единица</numerusform>
            <numerusform>%n единицы</numerusform>
            <numerusform>%n единиц</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click inserts the {language} text at the cursor.</source>
        <translation>Enter или двойной щелчок вставляет текст ({language}) у курсора.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Cancel download</source>
        <translation>Отменить скачивание</translation>
    </message>
    <message>
        <source>Asking the server about {model}…</source>
        <translation>Запрос к серверу о {model}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>Downloading {model}…</source>
        <translation>Скачивание {model}…</translation>
    </message>
    <message>
        <source>Download cancelled: what arrived is kept, and the next download resumes there.</source>
        <translation>Скачивание отменено: полученное сохранено, следующее скачивание продолжится с этого места.</translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nothing to confirm: the target is empty</source>
        <translation>Нечего подтверждать: перевод пуст</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n repetition(s) from this segment</source>
        <translation>
            <numerusform>Заполнен %n повтор из этого сегмента</numerusform>
            <numerusform>Заполнено %n повтора из этого сегмента</numerusform>
            <numerusform>Заполнено %n повторов из этого сегмента</numerusform>
        </translation>
    </message>
    <message>
        <source>Every segment shown is confirmed</source>
        <translation>Все показанные сегменты подтверждены</translation>
    </message>
    <message>
        <source>No machine translation yet: Translate this segment (Ctrl+T)</source>
        <translation>Машинного перевода пока нет: «Перевести этот сегмент» (Ctrl+T)</translation>
    </message>
    <message>
        <source>Copy MT into segment</source>
        <translation>копирование МП в сегмент</translation>
    </message>
    <message>
        <source>Copy source into segment</source>
        <translation>копирование оригинала в сегмент</translation>
    </message>
    <message>
        <source>No formatting tags are missing from the target</source>
        <translation>В переводе нет недостающих тегов форматирования</translation>
    </message>
    <message>
        <source>Clear segment</source>
        <translation>очистку сегмента</translation>
    </message>
    <message>
        <source>This segment is locked in its file: read-only, given back as it is</source>
        <translation>Сегмент заблокирован в файле: только чтение, возвращается как есть</translation>
    </message>
    <message>
        <source>No translation needed: the source is exported as it is (Ctrl+Shift+N undoes the mark)</source>
        <translation>Перевод не нужен: оригинал экспортируется как есть (Ctrl+Shift+N снимает отметку)</translation>
    </message>
    <message>
        <source>The segment needs a translation again</source>
        <translation>Сегмент снова требует перевода</translation>
    </message>
    <message>
        <source>There is no suggestion {number}</source>
        <translation>Нет варианта {number}</translation>
    </message>
    <message>
        <source>Insert suggestion {number} into segment</source>
        <translation>вставку варианта {number} в сегмент</translation>
    </message>
    <message>
        <source>This paragraph has formatting tags: double-click it to edit its segments in the grid, where the tags are chips</source>
        <translation>В абзаце есть теги форматирования: дважды щёлкните его, чтобы править сегменты в таблице, где теги показаны значками</translation>
    </message>
    <message>
        <source>This paragraph has {segments} segments but the text now has {sentences} sentences: double-click it to edit its segments in the grid</source>
        <translation>В абзаце сегментов: {segments}, а в тексте теперь предложений: {sentences}. Дважды щёлкните абзац, чтобы править сегменты в таблице</translation>
    </message>
    <message>
        <source>Revise paragraph</source>
        <translation>правку абзаца</translation>
    </message>
</context>
<context>
    <name>FilesMixin</name>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Workbench projects (*{suffix});;All files (*)</source>
        <translation>Проекты Workbench (*{suffix});;Все файлы (*)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Документы ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>open or create a project first</source>
        <translation>сначала откройте или создайте проект</translation>
    </message>
    <message>
        <source>documents are still being added; wait for them and try again</source>
        <translation>документы ещё добавляются; дождитесь окончания и повторите</translation>
    </message>
    <message>
        <source>adding documents stopped: the project was closed</source>
        <translation>добавление документов прервано: проект закрыт</translation>
    </message>
    <message>
        <source>Added {documents}</source>
        <translation>Добавлено: {documents}</translation>
    </message>
    <message>
        <source>Reading {name} ({number} of {total})…</source>
        <translation>Чтение {name} ({number} из {total})…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Export translated documents into</source>
        <translation>Экспортировать переведённые документы в</translation>
    </message>
    <message>
        <source>Exported to {folder}: {summary}</source>
        <translation>Экспортировано в {folder}: {summary}</translation>
    </message>
    <message>
        <source>Export TMX</source>
        <translation>Экспорт в TMX</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>Файлы TMX (*.tmx)</translation>
    </message>
</context>
<context>
    <name>FindMixin</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегмента</numerusform>
            <numerusform>%n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n подтверждённый</numerusform>
            <numerusform>%n подтверждённых</numerusform>
            <numerusform>%n подтверждённых</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in the targets shown</source>
        <translation>В показанных переводах не найдено</translation>
    </message>
    <message>
        <source>Found in segment {number}</source>
        <translation>Найдено в сегменте {number}</translation>
    </message>
    <message>
        <source>Segment {number} is confirmed. Replace in it? It will be marked Needs review.</source>
        <translation>Сегмент {number} подтверждён. Заменить в нём? Он будет помечен «Требует проверки».</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Nothing to replace: no target has a match</source>
        <translation>Заменять нечего: в переводах нет совпадений</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n match(es)?</source>
        <translation>
            <numerusform>Заменить %n совпадение?</numerusform>
            <numerusform>Заменить %n совпадения?</numerusform>
            <numerusform>Заменить %n совпадений?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segments that change: %n</source>
        <translation>
            <numerusform>Изменится сегментов: %n</numerusform>
            <numerusform>Изменится сегментов: %n</numerusform>
            <numerusform>Изменится сегментов: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
    <message numerus="yes">
        <source>%n of them confirmed: they will be marked Needs review.</source>
        <translation>
            <numerusform>Из них %n подтверждён: он будет помечен «Требует проверки».</numerusform>
            <numerusform>Из них %n подтверждены: они будут помечены «Требует проверки».</numerusform>
            <numerusform>Из них %n подтверждены: они будут помечены «Требует проверки».</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip confirmed</source>
        <translation>Пропустить подтверждённые</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n segment(s) (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Заменено в %n сегменте (Ctrl+Z отменяет)</numerusform>
            <numerusform>Заменено в %n сегментах (Ctrl+Z отменяет)</numerusform>
            <numerusform>Заменено в %n сегментах (Ctrl+Z отменяет)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Найти и заменить</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in targets</source>
        <translation>Найти и заменить в переводе</translation>
    </message>
    <message>
        <source>Regular expression (\1 or \g&lt;name&gt; in the replacement)</source>
        <translation>Регулярное выражение (\1 или \g&lt;name&gt; в замене)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <source>Only the segments shown (current document and filter)</source>
        <translation>Только показанные сегменты (текущий документ и фильтр)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Заменить на:</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Найти предыдущее (Shift+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Найти далее (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Replace all…</source>
        <translation>Заменить все…</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Забрать…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}. You can read, search, look up the memory and export to another folder; changes cannot be saved.</source>
        <translation>&lt;b&gt;Только чтение:&lt;/b&gt; {reason}. Можно читать, искать, смотреть память переводов и экспортировать в другую папку; изменения сохранить нельзя.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; the other program has closed this project. Open it for editing to make changes here.</source>
        <translation>&lt;b&gt;Только чтение:&lt;/b&gt; другая программа закрыла этот проект. Откройте его для правки, чтобы вносить изменения здесь.</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>Открыть для правки</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; this project is open for writing in {holder}. Edits are not possible here, so none can be lost; Reload shows its latest saved work, and editing becomes possible here once it closes the project.</source>
        <translation>&lt;b&gt;Только чтение:&lt;/b&gt; проект открыт для записи — {holder}. Править здесь нельзя, поэтому ничего не потеряется; «Обновить» показывает последнюю сохранённую там работу, а править здесь можно будет, когда проект там закроют.</translation>
    </message>
</context>
<context>
    <name>LockMixin</name>
    <message>
        <source>Take over the project?</source>
        <translation>Забрать проект?</translation>
    </message>
    <message>
        <source>{holder} holds this project. Take it over only if that computer no longer uses it: anything it saves from then on is refused there.</source>
        <translation>Проект занят: {holder}. Забирайте его, только если тот компьютер им больше не пользуется: всё, что он сохранит после этого, будет отклонено.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Забрать</translation>
    </message>
</context>
<context>
    <name>MTController</name>
    <message>
        <source>Completion unavailable: {error}</source>
        <translation>Подсказки недоступны: {error}</translation>
    </message>
    <message>
        <source>Could not store machine translations: {error}</source>
        <translation>Не удалось сохранить машинные переводы: {error}</translation>
    </message>
    <message>
        <source>Model {model} loaded</source>
        <translation>Модель {model} загружена</translation>
    </message>
</context>
<context>
    <name>MTMixin</name>
    <message>
        <source>Preparing machine translation…</source>
        <translation>Подготовка машинного перевода…</translation>
    </message>
    <message>
        <source>Alternatives: in a paragraph&apos;s translation, put the cursor at the end of the sentence you are typing, with interactive MT on</source>
        <translation>Варианты: в переводе абзаца поставьте курсор в конец набираемого предложения при включённом интерактивном МП</translation>
    </message>
    <message>
        <source>Alternatives: type in a target (cursor at its end) with interactive MT on</source>
        <translation>Варианты: введите текст перевода (курсор в конце) при включённом интерактивном МП</translation>
    </message>
    <message>
        <source>Cancelling machine translation…</source>
        <translation>Отмена машинного перевода…</translation>
    </message>
    <message numerus="yes">
        <source>; %n from the memory</source>
        <translation>
            <numerusform>; %n из памяти переводов</numerusform>
            <numerusform>; %n из памяти переводов</numerusform>
            <numerusform>; %n из памяти переводов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left as they are (target language or no text)</source>
        <translation>
            <numerusform>; %n оставлен как есть (уже на языке перевода или без текста)</numerusform>
            <numerusform>; %n оставлено как есть (уже на языке перевода или без текста)</numerusform>
            <numerusform>; %n оставлено как есть (уже на языке перевода или без текста)</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation finished: see the side panel (Ctrl+Shift+M copies it)</source>
        <translation>Машинный перевод готов: см. боковую панель (Ctrl+Shift+M копирует его)</translation>
    </message>
    <message numerus="yes">
        <source>Machine translation finished: %n segment(s) filled</source>
        <translation>
            <numerusform>Машинный перевод готов: заполнен %n сегмент</numerusform>
            <numerusform>Машинный перевод готов: заполнено %n сегмента</numerusform>
            <numerusform>Машинный перевод готов: заполнено %n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Machine translation cancelled: %n segment(s) filled</source>
        <translation>
            <numerusform>Машинный перевод отменён: заполнен %n сегмент</numerusform>
            <numerusform>Машинный перевод отменён: заполнено %n сегмента</numerusform>
            <numerusform>Машинный перевод отменён: заполнено %n сегментов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to translate: every segment has a target</source>
        <translation>Нечего переводить: у всех сегментов есть перевод</translation>
    </message>
    <message>
        <source>Machine translation unavailable: the model is missing</source>
        <translation>Машинный перевод недоступен: нет модели</translation>
    </message>
    <message>
        <source>Model set to {folder}</source>
        <translation>Выбрана модель {folder}</translation>
    </message>
</context>
<context>
    <name>MTWorker</name>
    <message>
        <source>Loading model {model}…</source>
        <translation>Загрузка модели {model}…</translation>
    </message>
    <message>
        <source>MT cache unavailable ({error}); translating without it</source>
        <translation>Кэш МП недоступен ({error}); перевод без него</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не готовые</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>MT draft</source>
        <translation>Черновик МП</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждённые</translation>
    </message>
    <message>
        <source>No translation needed</source>
        <translation>Перевод не нужен</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>С предупреждениями</translation>
    </message>
    <message>
        <source>Translation Workbench</source>
        <translation>Translation Workbench</translation>
    </message>
    <message>
        <source>Current segment</source>
        <translation>Текущий сегмент</translation>
    </message>
    <message>
        <source>MT %v / %m</source>
        <translation>МП %v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop machine translation (Ctrl+Shift+X)</source>
        <translation>Остановить машинный перевод (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Least confident MT first</source>
        <translation>Сначала сомнительный МП</translation>
    </message>
    <message>
        <source>Only segments with MT, the model&apos;s least sure first</source>
        <translation>Только сегменты с МП, сначала те, в которых модель меньше всего уверена</translation>
    </message>
    <message>
        <source>Search source and target (Ctrl+F)</source>
        <translation>Поиск в оригинале и переводе (Ctrl+F)</translation>
    </message>
    <message>
        <source>Paragraph view (F7)</source>
        <translation>Абзацы (F7)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (только чтение)</translation>
    </message>
    <message>
        <source>{project} — Translation Workbench</source>
        <translation>{project} — Translation Workbench</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>Segment grid (F7)</source>
        <translation>Таблица сегментов (F7)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>НЕ СОХРАНЕНО</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегмента</numerusform>
            <numerusform>%n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MT draft(s)</source>
        <translation>
            <numerusform>%n черновик МП</numerusform>
            <numerusform>%n черновика МП</numerusform>
            <numerusform>%n черновиков МП</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n подтверждён</numerusform>
            <numerusform>%n подтверждено</numerusform>
            <numerusform>%n подтверждено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) no translation</source>
        <translation>
            <numerusform>%n не требует перевода</numerusform>
            <numerusform>%n не требуют перевода</numerusform>
            <numerusform>%n не требуют перевода</numerusform>
        </translation>
    </message>
    <message>
        <source>done {done}/{total} ({share}%)</source>
        <translation>готово {done}/{total} ({share}%)</translation>
    </message>
    <message>
        <source>done {done}/{total}</source>
        <translation>готово {done}/{total}</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The interface will speak {language} after the window restarts. Restart it now? The project reopens at the same segment.</source>
        <translation>Язык интерфейса ({language}) сменится после перезапуска окна. Перезапустить сейчас? Проект откроется на том же сегменте.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Translation Workbench {version}

Machine translation by Meta&apos;s NLLB-200 models, run on this computer. The NLLB-200 weights are licensed CC-BY-NC-4.0 (non-commercial use).</source>
        <translation>Translation Workbench {version}

Машинный перевод моделями NLLB-200 от Meta, работающими на этом компьютере. Веса NLLB-200 распространяются по лицензии CC-BY-NC-4.0 (только некоммерческое использование).</translation>
    </message>
    <message>
        <source>Could not save the settings ({error})</source>
        <translation>Не удалось сохранить параметры ({error})</translation>
    </message>
</context>
<context>
    <name>MemoriesDialog</name>
    <message>
        <source>Memories</source>
        <translation>Памяти переводов</translation>
    </message>
    <message>
        <source>Matches from reference memories appear with their name, their score lowered by the penalty. Reference files are only read, never changed.</source>
        <translation>Совпадения из справочных памятей показываются с их названием, а их оценка снижается на штраф. Справочные файлы только читаются и никогда не изменяются.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единиц</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>Penalty:</source>
        <translation>Штраф:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> баллов</translation>
    </message>
    <message>
        <source>Attach TMX or project…</source>
        <translation>Подключить TMX или проект…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Import TMX into this project…</source>
        <translation>Импортировать TMX в этот проект…</translation>
    </message>
    <message>
        <source>Counting the memories&apos; units…</source>
        <translation>Подсчёт единиц памятей…</translation>
    </message>
    <message>
        <source>This project&apos;s memory</source>
        <translation>Память этого проекта</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>Attach a reference memory</source>
        <translation>Подключить справочную память</translation>
    </message>
    <message>
        <source>TMX files and projects (*.tmx *.wbproj);;All files (*)</source>
        <translation>Файлы TMX и проекты (*.tmx *.wbproj);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Set penalty</source>
        <translation>Задать штраф</translation>
    </message>
    <message>
        <source>Give the selected reference memory this penalty</source>
        <translation>Назначить выбранной справочной памяти этот штраф</translation>
    </message>
</context>
<context>
    <name>MemoryMixin</name>
    <message>
        <source>Import TMX into the project&apos;s memory</source>
        <translation>Импорт TMX в память проекта</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>Файлы TMX (*.tmx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing can be imported.</source>
        <translation>Проект открыт только для чтения; импортировать нельзя.</translation>
    </message>
    <message>
        <source>Importing {file} into the project&apos;s memory…</source>
        <translation>Импорт {file} в память проекта…</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing can be attached.</source>
        <translation>Проект открыт только для чтения; подключить нельзя.</translation>
    </message>
    <message>
        <source>Reading {file} for the reference memory…</source>
        <translation>Чтение {file} для справочной памяти…</translation>
    </message>
    <message>
        <source>Attached {file} as reference memory “{name}” (penalty {penalty})</source>
        <translation>{file} подключён как справочная память «{name}» (штраф {penalty})</translation>
    </message>
    <message>
        <source>Detached reference memory “{name}” ({file} is unchanged)</source>
        <translation>Справочная память «{name}» отключена ({file} не изменён)</translation>
    </message>
    <message>
        <source>A TMX file is being read already; wait for it or cancel it</source>
        <translation>Файл TMX уже читается; дождитесь окончания или отмените</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Stopped; nothing was added</source>
        <translation>Остановлено; ничего не добавлено</translation>
    </message>
    <message>
        <source>Indexing reference memories that changed…</source>
        <translation>Индексация изменившихся справочных памятей…</translation>
    </message>
    <message>
        <source>Reference memory “{name}” now loses {penalty} points</source>
        <translation>Справочная память «{name}» теперь теряет {penalty} баллов</translation>
    </message>
</context>
<context>
    <name>MissingModelDialog</name>
    <message>
        <source>Translation model not found</source>
        <translation>Модель перевода не найдена</translation>
    </message>
    <message>
        <source>&lt;b&gt;The translation model &lt;code&gt;{model}&lt;/code&gt; could not be loaded.&lt;/b&gt;&lt;br&gt;&lt;br&gt;{description}&lt;br&gt;&lt;br&gt;To download it, run this in a terminal (needs the internet, once):&lt;br&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Or choose a folder that holds a model (config.json, tokenizer and weights).&lt;br&gt;You can keep translating by hand meanwhile.&lt;br&gt;&lt;br&gt;&lt;small&gt;Details: {details}&lt;/small&gt;</source>
        <translation>&lt;b&gt;Не удалось загрузить модель перевода &lt;code&gt;{model}&lt;/code&gt;.&lt;/b&gt;&lt;br&gt;&lt;br&gt;{description}&lt;br&gt;&lt;br&gt;Чтобы скачать её, выполните в терминале (нужен интернет, один раз):&lt;br&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Или выберите папку с моделью (config.json, токенизатор и веса).&lt;br&gt;Тем временем можно переводить вручную.&lt;br&gt;&lt;br&gt;&lt;small&gt;Подробности: {details}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Download in the app…</source>
        <translation>Скачать в программе…</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Копировать команду</translation>
    </message>
    <message>
        <source>Choose model folder…</source>
        <translation>Выбрать папку модели…</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Использовать эту модель</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Скачать заново</translation>
    </message>
    <message>
        <source>{model}: {size} GB, {licence}</source>
        <translation>{model}: {size} ГБ, {licence}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Get a model:</source>
        <translation>Скачать модель:</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Поиск моделей…</translation>
    </message>
    <message>
        <source>CTranslate2 {quantization} copy</source>
        <translation>Копия CTranslate2 {quantization}</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>преобразована</translation>
    </message>
    <message>
        <source>{total} on disk. ✔ marks the model in use ({spec}).</source>
        <translation>{total} на диске. ✔ — используемая модель ({spec}).</translation>
    </message>
    <message>
        <source>No model on this computer yet: download one below.</source>
        <translation>На этом компьютере пока нет модели: скачайте её ниже.</translation>
    </message>
    <message>
        <source>{licence} (as NLLB-200; the folder has no model card)</source>
        <translation>{licence} (как у NLLB-200; в папке нет карточки модели)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>скачана</translation>
    </message>
    <message>
        <source>Hugging Face cache</source>
        <translation>кэш Hugging Face</translation>
    </message>
    <message>
        <source>your folder</source>
        <translation>ваша папка</translation>
    </message>
    <message>
        <source>Machine translation now uses {model}.</source>
        <translation>Машинный перевод теперь использует {model}.</translation>
    </message>
    <message>
        <source>Delete {model} and its converted copies ({size})? Machine translation needs it downloaded again afterwards.</source>
        <translation>Удалить {model} и её преобразованные копии ({size})? Для машинного перевода её придётся скачать снова.</translation>
    </message>
    <message>
        <source>Delete this converted copy ({size})? It is made again the next time it is needed.</source>
        <translation>Удалить эту преобразованную копию ({size})? Она будет создана снова, когда понадобится.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Deleted: {size} freed.</source>
        <translation>Удалено: освобождено {size}.</translation>
    </message>
    <message>
        <source>The weights of {model} are licensed {licence}: non-commercial use only. Accept the licence and download {size} GB?</source>
        <translation>Веса {model} распространяются по лицензии {licence}: только некоммерческое использование. Принять лицензию и скачать {size} ГБ?</translation>
    </message>
    <message>
        <source>Downloaded.</source>
        <translation>Скачано.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>one segment per sentence</source>
        <translation>один сегмент на предложение</translation>
    </message>
    <message>
        <source>one segment per paragraph</source>
        <translation>один сегмент на абзац</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Файл проекта:</translation>
    </message>
    <message>
        <source>Translate from:</source>
        <translation>Язык оригинала:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Язык перевода:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Сегменты:</translation>
    </message>
    <message>
        <source>Workbench projects (*{suffix})</source>
        <translation>Проекты Workbench (*{suffix})</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Выберите два разных языка.</translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <source>Source paragraph</source>
        <translation>Абзац оригинала</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>… marks segments not translated yet</source>
        <translation>… отмечает ещё не переведённые сегменты</translation>
    </message>
</context>
<context>
    <name>QaReportDialog</name>
    <message>
        <source>QA report</source>
        <translation>Отчёт контроля качества</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n segment(s).</source>
        <translation>
            <numerusform>в %n сегменте.</numerusform>
            <numerusform>в %n сегментах.</numerusform>
            <numerusform>в %n сегментах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a warning to go to its segment.</source>
        <translation>Дважды щёлкните предупреждение, чтобы перейти к сегменту.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Предупреждений нет.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Source</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>{document}, paragraph {number}</source>
        <translation>{document}, абзац {number}</translation>
    </message>
    <message>
        <source>In the file: {text}</source>
        <translation>В файле: {text}</translation>
    </message>
    <message>
        <source>Formatting tags differ from the source&apos;s: {summary}</source>
        <translation>Теги форматирования отличаются от оригинала: {summary}</translation>
    </message>
</context>
<context>
    <name>SegmentsMixin</name>
    <message>
        <source>The project is read-only</source>
        <translation>Проект открыт только для чтения</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Объединение сегментов</translation>
    </message>
    <message>
        <source>Merged with the next segment (Ctrl+Z undoes it)</source>
        <translation>Объединён со следующим сегментом (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <source>This segment is locked in its file: it cannot be split</source>
        <translation>Этот сегмент заблокирован в своём файле: его нельзя разделить</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Разделение сегмента</translation>
    </message>
    <message>
        <source>Segment split in two (Ctrl+Z undoes it)</source>
        <translation>Сегмент разделён на два (Ctrl+Z отменяет)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Automatic (GPU when present)</source>
        <translation>Автоматически (GPU, если есть)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Complete what I type (ghost text; Tab takes a word)</source>
        <translation>Дополнять вводимый текст (серая подсказка; Tab принимает слово)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>segments</source>
        <comment>unit after a number in a spin box</comment>
        <translation>сегм.</translation>
    </message>
    <message>
        <source>Translate the next segments without MT while you work</source>
        <translation>Переводить следующие сегменты без МП, пока вы работаете</translation>
    </message>
    <message>
        <source>Your name, written into TMX files</source>
        <translation>Ваше имя, записывается в файлы TMX</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Устройство:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Движок:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Потоки ЦП:</translation>
    </message>
    <message>
        <source>Interactive MT:</source>
        <translation>Интерактивный МП:</translation>
    </message>
    <message>
        <source>Translate ahead:</source>
        <translation>Переводить вперёд:</translation>
    </message>
    <message>
        <source>Translator name:</source>
        <translation>Имя переводчика:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Размер шрифта:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>From the file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <source>Translation memory loading… its matches follow</source>
        <translation>Память переводов загружается… совпадения появятся следом</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Suggestions (Ctrl+1…9 inserts)</source>
        <translation>Варианты (Ctrl+1…9 вставляет)</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Сегмент не выбран</translation>
    </message>
    <message>
        <source> · target: {origin}</source>
        <translation> · перевод: {origin}</translation>
    </message>
    <message>
        <source>#{number} · {document}, paragraph {paragraph} · {status}</source>
        <translation>№{number} · {document}, абзац {paragraph} · {status}</translation>
    </message>
    <message>
        <source>In the file: {text}</source>
        <translation>В файле: {text}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No suggestions yet: Translate segment (Ctrl+T)</source>
        <translation>Вариантов пока нет: «Перевести этот сегмент» (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split segment</source>
        <translation>Разделить сегмент</translation>
    </message>
    <message>
        <source>The first part ends at the cursor. Move it with the arrow keys or a click, then press Split (Enter). Segments split within their paragraph; the export joins them again.</source>
        <translation>Первая часть заканчивается у курсора. Передвиньте его стрелками или щелчком и нажмите «Разделить» (Enter). Сегменты делятся внутри своего абзаца; при экспорте они снова соединяются.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Оригинал:</translation>
    </message>
    <message>
        <source>Translation (cut at its cursor; at its end, all of it stays with the first part):</source>
        <translation>Перевод (делится у своего курсора; если курсор в конце, весь перевод остаётся в первой части):</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделить</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message numerus="yes">
        <source>{name}: %n segment(s)</source>
        <translation>
            <numerusform>{name}: %n сегмент</numerusform>
            <numerusform>{name}: %n сегмента</numerusform>
            <numerusform>{name}: %n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n paragraph(s)</source>
        <translation>
            <numerusform> в %n абзаце</numerusform>
            <numerusform> в %n абзацах</numerusform>
            <numerusform> в %n абзацах</numerusform>
        </translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>прочитан как {encoding}</translation>
    </message>
    <message>
        <source>languages {counts}</source>
        <translation>языки {counts}</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n document(s)</source>
        <translation>
            <numerusform>записан %n документ</numerusform>
            <numerusform>записано %n документа</numerusform>
            <numerusform>записано %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{untranslated} of %n segment(s) are untranslated and keep their source text</source>
        <translation>
            <numerusform>не переведено {untranslated} из %n сегмента, у них остаётся исходный текст</numerusform>
            <numerusform>не переведено {untranslated} из %n сегментов, у них остаётся исходный текст</numerusform>
            <numerusform>не переведено {untranslated} из %n сегментов, у них остаётся исходный текст</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n segment(s) translated</source>
        <translation>
            <numerusform>переведён %n сегмент</numerusform>
            <numerusform>переведены все %n сегмента</numerusform>
            <numerusform>переведены все %n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already in the target language, kept as they are)</source>
        <translation>
            <numerusform> (%n уже на языке перевода, оставлен как есть)</numerusform>
            <numerusform> (%n уже на языке перевода, оставлены как есть)</numerusform>
            <numerusform> (%n уже на языке перевода, оставлены как есть)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) lacked formatting tags: they were put at the end of the segment, check them</source>
        <translation>
            <numerusform>в %n сегменте не хватало тегов форматирования: они поставлены в конец сегмента, проверьте их</numerusform>
            <numerusform>в %n сегментах не хватало тегов форматирования: они поставлены в конец сегмента, проверьте их</numerusform>
            <numerusform>в %n сегментах не хватало тегов форматирования: они поставлены в конец сегмента, проверьте их</numerusform>
        </translation>
    </message>
    <message>
        <source>the project names a document {stored}, written as {file}</source>
        <translation>документ проекта {stored} записан как {file}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: wrote %n translation unit(s)</source>
        <translation>
            <numerusform>{path}: записана %n единица перевода</numerusform>
            <numerusform>{path}: записано %n единицы перевода</numerusform>
            <numerusform>{path}: записано %n единиц перевода</numerusform>
        </translation>
    </message>
    <message>
        <source> ({reasons} left out)</source>
        <translation> (пропущено: {reasons})</translation>
    </message>
</context>
<context>
    <name>TermsMixin</name>
    <message>
        <source>Terms and QA</source>
        <translation>Термины и контроль качества</translation>
    </message>
    <message>
        <source>There is no target term {number}</source>
        <translation>Нет термина перевода {number}</translation>
    </message>
    <message>
        <source>Term added</source>
        <translation>Термин добавлен</translation>
    </message>
    <message>
        <source>The termbase already has this term</source>
        <translation>Этот термин уже есть в глоссарии</translation>
    </message>
    <message>
        <source>Term changed</source>
        <translation>Термин изменён</translation>
    </message>
    <message>
        <source>Delete term</source>
        <translation>Удалить термин</translation>
    </message>
    <message>
        <source>Delete the entry “{term}” from the project&apos;s termbase?</source>
        <translation>Удалить статью «{term}» из глоссария проекта?</translation>
    </message>
    <message>
        <source>Term deleted: {term}</source>
        <translation>Термин удалён: {term}</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Terms (Ctrl+Alt+1…9 inserts)</source>
        <translation>Термины (Ctrl+Alt+1…9 вставляет)</translation>
    </message>
    <message>
        <source>Add term…</source>
        <translation>Добавить термин…</translation>
    </message>
    <message>
        <source>Add the selected source and target text to the termbase (Ctrl+Alt+T)</source>
        <translation>Добавить выделенный текст оригинала и перевода в глоссарий (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>Edit term…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete term…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>QA warnings</source>
        <translation>Предупреждения контроля качества</translation>
    </message>
    <message>
        <source>Ignore warning</source>
        <translation>Пропустить предупреждение</translation>
    </message>
    <message>
        <source>Stop showing the selected warning for this segment</source>
        <translation>Больше не показывать выбранное предупреждение для этого сегмента</translation>
    </message>
    <message>
        <source>QA report… (F9)</source>
        <translation>Отчёт КК… (F9)</translation>
    </message>
    <message>
        <source>(forbidden)</source>
        <translation>(запрещён)</translation>
    </message>
    <message>
        <source>&lt;i&gt;no target term&lt;/i&gt;</source>
        <translation>&lt;i&gt;нет термина перевода&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No terms in this segment</source>
        <translation>В сегменте нет терминов</translation>
    </message>
    <message>
        <source>This term comes from a shared termbase file: change it there</source>
        <translation>Термин из общего файла глоссария: измените его там</translation>
    </message>
    <message>
        <source>Select a term above</source>
        <translation>Выберите термин выше</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Предупреждений нет</translation>
    </message>
</context>
<context>
    <name>ToolsMixin</name>
    <message>
        <source>Analysing the project against its memory…</source>
        <translation>Анализ проекта по памяти переводов…</translation>
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
        <translation>Переводите документы между кыргызским, русским и английским. Программа делит каждый документ на предложения, предлагает переводы из вашей памяти переводов и от модели машинного перевода, работающей на этом компьютере (ничего никуда не отправляется), проверяет термины, числа и теги и сохраняет переведённые документы и память в TMX.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Machine translation model</source>
        <translation>Модель машинного перевода</translation>
    </message>
    <message>
        <source>Use a model folder…</source>
        <translation>Использовать папку с моделью…</translation>
    </message>
    <message>
        <source>Continue without machine translation</source>
        <translation>Продолжить без машинного перевода</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Создать проект…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <source>Try the sample project</source>
        <translation>Открыть пример проекта</translation>
    </message>
    <message>
        <source>A short Kyrgyz news article to translate into English, with a few memory matches</source>
        <translation>Короткая новость на кыргызском для перевода на английский, с несколькими совпадениями в памяти</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Недавние проекты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ Ready: &lt;b&gt;{model}&lt;/b&gt; ({size} on disk, licence {licence}: non-commercial use only), in {folder}</source>
        <translation>✔ Готово: &lt;b&gt;{model}&lt;/b&gt; ({size} на диске, лицензия {licence}: только некоммерческое использование), в {folder}</translation>
    </message>
    <message>
        <source>Machine translation is off: no model on this computer. The memory, terms, QA and editing work without it; download or choose a model here or in Tools &gt; Models whenever you like.</source>
        <translation>Машинный перевод выключен: на этом компьютере нет модели. Память переводов, термины, проверка качества и редактирование работают без неё; скачайте или выберите модель здесь или в меню Сервис &gt; Модели, когда захотите.</translation>
    </message>
    <message>
        <source>Suggestions from machine translation need Meta&apos;s NLLB-200 model &lt;b&gt;{model}&lt;/b&gt; ({params} parameters): a {size} GB download, once, and about {memory} GB of memory to run. Its weights are licensed &lt;b&gt;{licence}&lt;/b&gt;: non-commercial use only.</source>
        <translation>Для подсказок машинного перевода нужна модель NLLB-200 от Meta &lt;b&gt;{model}&lt;/b&gt; ({params} параметров): однократное скачивание {size} ГБ и около {memory} ГБ памяти для работы. Её веса распространяются по лицензии &lt;b&gt;{licence}&lt;/b&gt;: только некоммерческое использование.</translation>
    </message>
    <message>
        <source>Licence {licence} accepted (non-commercial use)</source>
        <translation>Лицензия {licence} принята (некоммерческое использование)</translation>
    </message>
    <message>
        <source>I accept the {licence} licence of the NLLB-200 weights (non-commercial use)</source>
        <translation>Я принимаю лицензию {licence} на веса NLLB-200 (некоммерческое использование)</translation>
    </message>
    <message>
        <source>Download {model} ({size} GB)</source>
        <translation>Скачать {model} ({size} ГБ)</translation>
    </message>
    <message>
        <source>{name}    (not found: {folder})</source>
        <translation>{name}    (не найден: {folder})</translation>
    </message>
    <message>
        <source>The model is ready: machine translation is on.</source>
        <translation>Модель готова: машинный перевод включён.</translation>
    </message>
    <message>
        <source>Using the model in {folder}.</source>
        <translation>Используется модель из {folder}.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Confirm and go to the next unconfirmed segment</source>
        <translation>Подтвердить и перейти к следующему неподтверждённому сегменту</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Предыдущий сегмент</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Следующий сегмент</translation>
    </message>
    <message>
        <source>Copy the machine translation into the target</source>
        <translation>Скопировать машинный перевод в перевод</translation>
    </message>
    <message>
        <source>Copy the source into the target</source>
        <translation>Скопировать оригинал в перевод</translation>
    </message>
    <message>
        <source>Clear the target</source>
        <translation>Очистить перевод</translation>
    </message>
    <message>
        <source>Mark / unmark: no translation needed</source>
        <translation>Отметить / снять отметку: перевод не нужен</translation>
    </message>
    <message>
        <source>Translate this segment</source>
        <translation>Перевести этот сегмент</translation>
    </message>
    <message>
        <source>Pre-translate the document</source>
        <translation>Предварительно перевести документ</translation>
    </message>
    <message>
        <source>Cancel machine translation</source>
        <translation>Отменить машинный перевод</translation>
    </message>
    <message>
        <source>Take the next word of the completion (grey text after the cursor)</source>
        <translation>Принять следующее слово подсказки (серый текст после курсора)</translation>
    </message>
    <message>
        <source>Take the rest of the completion</source>
        <translation>Принять подсказку целиком</translation>
    </message>
    <message>
        <source>Show alternative continuations at the cursor</source>
        <translation>Показать другие варианты продолжения у курсора</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Search source and target</source>
        <translation>Поиск в оригинале и переводе</translation>
    </message>
    <message>
        <source>Find and replace in targets</source>
        <translation>Найти и заменить в переводе</translation>
    </message>
    <message>
        <source>Find the next match in the targets</source>
        <translation>Найти следующее совпадение в переводах</translation>
    </message>
    <message>
        <source>Find the previous match in the targets</source>
        <translation>Найти предыдущее совпадение в переводах</translation>
    </message>
    <message>
        <source>Merge the segment with the next one (same paragraph)</source>
        <translation>Объединить сегмент со следующим (в том же абзаце)</translation>
    </message>
    <message>
        <source>Split the segment at a cursor (same paragraph)</source>
        <translation>Разделить сегмент у курсора (в том же абзаце)</translation>
    </message>
    <message>
        <source>Switch segment grid / paragraph view</source>
        <translation>Переключить таблицу сегментов / абзацы</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <source>Export translated documents</source>
        <translation>Экспортировать переведённые документы</translation>
    </message>
    <message>
        <source>Export TMX</source>
        <translation>Экспорт в TMX</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Batch translate a folder</source>
        <translation>Пакетный перевод папки</translation>
    </message>
    <message>
        <source>Add the selected source/target text as a term</source>
        <translation>Добавить выделенный текст оригинала/перевода как термин</translation>
    </message>
    <message>
        <source>Insert the next formatting tag the target lacks</source>
        <translation>Вставить следующий недостающий тег форматирования</translation>
    </message>
    <message>
        <source>Insert all the formatting tags the target lacks, in order</source>
        <translation>Вставить все недостающие теги форматирования по порядку</translation>
    </message>
    <message>
        <source>QA report: all warnings, grouped by check</source>
        <translation>Отчёт контроля качества: все предупреждения по проверкам</translation>
    </message>
    <message>
        <source>Concordance: search the memory for the selection or the word</source>
        <translation>Конкорданс: поиск выделенного текста или слова в памяти переводов</translation>
    </message>
    <message>
        <source>Insert suggestion N from the side panel</source>
        <translation>Вставить вариант N из боковой панели</translation>
    </message>
    <message>
        <source>Insert target term N from the side panel</source>
        <translation>Вставить термин перевода N из боковой панели</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>&amp;Добавить документы…</translation>
    </message>
    <message>
        <source>&amp;Export translated documents…</source>
        <translation>&amp;Экспорт переведённых документов…</translation>
    </message>
    <message>
        <source>Export &amp;TMX…</source>
        <translation>Экспорт в &amp;TMX…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>П&amp;оиск…</translation>
    </message>
    <message>
        <source>Find and &amp;replace in targets…</source>
        <translation>Найти и &amp;заменить в переводе…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Найти пр&amp;едыдущее</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Сегмент</translation>
    </message>
    <message>
        <source>&amp;Confirm and go to next unconfirmed</source>
        <translation>&amp;Подтвердить и к следующему неподтверждённому</translation>
    </message>
    <message>
        <source>&amp;Previous segment</source>
        <translation>Пр&amp;едыдущий сегмент</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>&amp;Следующий сегмент</translation>
    </message>
    <message>
        <source>Copy &amp;MT into target</source>
        <translation>Копировать &amp;МП в перевод</translation>
    </message>
    <message>
        <source>Copy &amp;source into target</source>
        <translation>Копировать &amp;оригинал в перевод</translation>
    </message>
    <message>
        <source>C&amp;lear target</source>
        <translation>О&amp;чистить перевод</translation>
    </message>
    <message>
        <source>Insert next missing &amp;tag</source>
        <translation>Вставить следующий недостающий &amp;тег</translation>
    </message>
    <message>
        <source>Insert &amp;all missing tags</source>
        <translation>Вставить &amp;все недостающие теги</translation>
    </message>
    <message>
        <source>No translation needed (mark / &amp;unmark)</source>
        <translation>Перевод не нужен (отметить / сн&amp;ять)</translation>
    </message>
    <message>
        <source>Merge &amp;with next segment</source>
        <translation>&amp;Объединить со следующим сегментом</translation>
    </message>
    <message>
        <source>Split se&amp;gment…</source>
        <translation>Ра&amp;зделить сегмент…</translation>
    </message>
    <message>
        <source>&amp;Insert suggestion</source>
        <translation>Вставить &amp;вариант</translation>
    </message>
    <message>
        <source>Suggestion {n}</source>
        <translation>Вариант {n}</translation>
    </message>
    <message>
        <source>Insert &amp;term</source>
        <translation>Вставить т&amp;ермин</translation>
    </message>
    <message>
        <source>Target term {n}</source>
        <translation>Термин перевода {n}</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>П&amp;еревод</translation>
    </message>
    <message>
        <source>&amp;Translate this segment</source>
        <translation>&amp;Перевести этот сегмент</translation>
    </message>
    <message>
        <source>Pre-translate &amp;document</source>
        <translation>Предварительный перевод &amp;документа</translation>
    </message>
    <message>
        <source>Pre-translate whole &amp;project</source>
        <translation>Предварительный перевод всего &amp;проекта</translation>
    </message>
    <message>
        <source>&amp;Cancel machine translation</source>
        <translation>&amp;Отменить машинный перевод</translation>
    </message>
    <message>
        <source>Take next &amp;word of the completion</source>
        <translation>Принять следующее &amp;слово подсказки</translation>
    </message>
    <message>
        <source>Take the &amp;rest of the completion</source>
        <translation>Принять &amp;остаток подсказки</translation>
    </message>
    <message>
        <source>&amp;Alternative continuations…</source>
        <translation>&amp;Другие варианты продолжения…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Switch &amp;grid / paragraph view</source>
        <translation>Переключить &amp;таблицу / абзацы</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Batch translate folder…</source>
        <translation>&amp;Пакетный перевод папки…</translation>
    </message>
    <message>
        <source>&amp;Add term…</source>
        <translation>&amp;Добавить термин…</translation>
    </message>
    <message>
        <source>&amp;QA report…</source>
        <translation>Отчёт &amp;контроля качества…</translation>
    </message>
    <message>
        <source>&amp;Concordance…</source>
        <translation>К&amp;онкорданс…</translation>
    </message>
    <message>
        <source>A&amp;nalysis…</source>
        <translation>&amp;Анализ…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Модели…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>Па&amp;мять</translation>
    </message>
    <message>
        <source>&amp;Import TMX…</source>
        <translation>&amp;Импорт TMX…</translation>
    </message>
    <message>
        <source>&amp;Reference memories and statistics…</source>
        <translation>&amp;Справочные памяти и статистика…</translation>
    </message>
</context>
<context>
    <name>analysis_dialog</name>
    <message>
        <source>{band}
(words)</source>
        <translation>{band}
(слова)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Символы</translation>
    </message>
    <message>
        <source>Characters
(no spaces)</source>
        <translation>Символы
(без пробелов)</translation>
    </message>
    <message>
        <source>Repetitions
(words)</source>
        <translation>Повторы
(слова)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>{id}: {parameters} parameters, {size} GB, licence {licence}</source>
        <translation>{id}: {parameters} параметров, {size} ГБ, лицензия {licence}</translation>
    </message>
    <message>
        <source>{licence} (non-commercial use only)</source>
        <translation>{licence} (только некоммерческое использование)</translation>
    </message>
    <message>
        <source>as stated by the model&apos;s authors (NLLB-200 weights are CC-BY-NC-4.0)</source>
        <translation>по условиям авторов модели (веса NLLB-200 — CC-BY-NC-4.0)</translation>
    </message>
    <message>
        <source>Local or hub model. Licence: {licence}</source>
        <translation>Локальная модель или модель из хаба. Лицензия: {licence}</translation>
    </message>
    <message>
        <source>{parameters} parameters, {size} GB download, about {memory} GB memory{note}.
Licence: {licence}</source>
        <translation>{parameters} параметров, загрузка {size} ГБ, около {memory} ГБ памяти{note}.
Лицензия: {licence}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>nothing to find: type the text to replace</source>
        <translation>нечего искать: введите заменяемый текст</translation>
    </message>
    <message>
        <source>the regular expression {find} is not valid ({error})</source>
        <translation>регулярное выражение {find} недопустимо ({error})</translation>
    </message>
    <message>
        <source>the replacement {replacement} is not valid ({error})</source>
        <translation>замена {replacement} недопустима ({error})</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>MT draft</source>
        <translation>Черновик МП</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>No translation needed</source>
        <translation>Перевод не нужен</translation>
    </message>
    <message>
        <source>MT</source>
        <translation>МП</translation>
    </message>
    <message>
        <source>TM</source>
        <translation>ПП</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>encoding repaired</source>
        <translation>кодировка исправлена</translation>
    </message>
    <message>
        <source>look-alike letters normalised</source>
        <translation>похожие буквы заменены</translation>
    </message>
    <message>
        <source>control characters removed</source>
        <translation>управляющие символы удалены</translation>
    </message>
    <message>
        <source>in another language than the rest of the document</source>
        <translation>на другом языке, чем остальной документ</translation>
    </message>
    <message>
        <source>locked in the file: read-only, given back as it is</source>
        <translation>заблокирован в файле: только чтение, возвращается как есть</translation>
    </message>
    <message>
        <source>possible repetition loop</source>
        <translation>возможно, зацикленный повтор</translation>
    </message>
    <message>
        <source>empty translation</source>
        <translation>пустой перевод</translation>
    </message>
    <message>
        <source>output in the wrong script</source>
        <translation>результат не в той письменности</translation>
    </message>
    <message>
        <source>output in the wrong language</source>
        <translation>результат не на том языке</translation>
    </message>
    <message>
        <source>translation much shorter than the source</source>
        <translation>перевод намного короче оригинала</translation>
    </message>
    <message>
        <source>translation much longer than the source</source>
        <translation>перевод намного длиннее оригинала</translation>
    </message>
    <message>
        <source>numbers differ</source>
        <translation>числа различаются</translation>
    </message>
    <message>
        <source>long sentence was split for MT</source>
        <translation>длинное предложение разбито для МП</translation>
    </message>
    <message>
        <source>formatting tags placed by guess: check them</source>
        <translation>теги форматирования расставлены наугад: проверьте их</translation>
    </message>
    <message>
        <source>Term not translated as in the termbase</source>
        <translation>Термин переведён не как в глоссарии</translation>
    </message>
    <message>
        <source>Forbidden term used</source>
        <translation>Использован запрещённый термин</translation>
    </message>
    <message>
        <source>Numbers differ</source>
        <translation>Числа различаются</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>Кавычки</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Скобки</translation>
    </message>
    <message>
        <source>Final punctuation</source>
        <translation>Конечная пунктуация</translation>
    </message>
    <message>
        <source>Double spaces</source>
        <translation>Двойные пробелы</translation>
    </message>
    <message>
        <source>Leading or trailing spaces</source>
        <translation>Пробелы в начале или в конце</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <source>Confirmed but empty</source>
        <translation>Подтверждён, но пуст</translation>
    </message>
    <message>
        <source>Inconsistent translations</source>
        <translation>Несогласованные переводы</translation>
    </message>
    <message>
        <source>Latin and Cyrillic in one word</source>
        <translation>Латиница и кириллица в одном слове</translation>
    </message>
    <message>
        <source>Kazakh letters in Kyrgyz</source>
        <translation>Казахские буквы в кыргызском тексте</translation>
    </message>
    <message>
        <source>ө ү ң typed as о у н</source>
        <translation>ө ү ң набраны как о у н</translation>
    </message>
    <message>
        <source>Length far from the source&apos;s</source>
        <translation>Длина сильно отличается от оригинала</translation>
    </message>
    <message>
        <source>Inline codes differ</source>
        <translation>Встроенные коды различаются</translation>
    </message>
    <message>
        <source>default; runs on a laptop CPU</source>
        <translation>по умолчанию; работает на ЦП ноутбука</translation>
    </message>
    <message>
        <source>better quality, about twice as slow</source>
        <translation>качество выше, примерно вдвое медленнее</translation>
    </message>
    <message>
        <source>the non-distilled 1.3B</source>
        <translation>недистиллированная 1.3B</translation>
    </message>
    <message>
        <source>best quality; needs a GPU or much patience</source>
        <translation>лучшее качество; нужен GPU или много терпения</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>QA: {check}</source>
        <translation>КК: {check}</translation>
    </message>
    <message>
        <source>MT {band}</source>
        <translation>МП: {band}</translation>
    </message>
    <message>
        <source>model confidence {band}: mean token probability {probability}% (log-probability {score}); high from {high}%, medium from {medium}%</source>
        <translation>уверенность модели {band}: средняя вероятность токена {probability}% (лог-вероятность {score}); высокая от {high}%, средняя от {medium}%</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>model_folder</name>
    <message>
        <source>Choose a model folder</source>
        <translation>Выберите папку модели</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>batch translation</source>
        <translation>пакетный перевод</translation>
    </message>
    <message>
        <source>stopped before any file was translated</source>
        <translation>остановлено до перевода какого-либо файла</translation>
    </message>
    <message>
        <source>adding documents</source>
        <translation>добавление документов</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>чтение проекта</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>{what} failed: {error}</source>
        <translation>{what}: сбой: {error}</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>работа</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>машинный перевод</translation>
    </message>
    <message>
        <source>reading the translation memory</source>
        <translation>чтение памяти переводов</translation>
    </message>
</context>
<context>
    <name>side_panel</name>
    <message>
        <source>TM {score}% · {memory} (−{penalty})</source>
        <translation>ПП {score}% · {memory} (−{penalty})</translation>
    </message>
    <message>
        <source>TM {score}% · {origin}</source>
        <translation>ПП {score}% · {origin}</translation>
    </message>
    <message>
        <source> · confidence {band}</source>
        <translation> · уверенность {band}</translation>
    </message>
    <message>
        <source>MT · {model}</source>
        <translation>МП · {model}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit segment</source>
        <translation>правку сегмента</translation>
    </message>
    <message>
        <source>Confirm segment</source>
        <translation>подтверждение сегмента</translation>
    </message>
    <message>
        <source>No translation needed for segment</source>
        <translation>отметку «перевод не нужен»</translation>
    </message>
    <message>
        <source>Translation needed for segment</source>
        <translation>снятие отметки «перевод не нужен»</translation>
    </message>
    <message>
        <source>Replace in {count} segments</source>
        <translation>замену в сегментах ({count})</translation>
    </message>
</context>
</TS>
