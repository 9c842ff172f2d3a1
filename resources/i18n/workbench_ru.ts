<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
    <name>MTMixin</name>
    <message>
        <source>Preparing machine translation…</source>
        <translation>Подготовка машинного перевода…</translation>
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
        <translation><numerusform>; %n из памяти переводов</numerusform><numerusform>; %n из памяти переводов</numerusform><numerusform>; %n из памяти переводов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n left as they are (target language or no text)</source>
        <translation><numerusform>; %n оставлен как есть (уже на языке перевода или без текста)</numerusform><numerusform>; %n оставлено как есть (уже на языке перевода или без текста)</numerusform><numerusform>; %n оставлено как есть (уже на языке перевода или без текста)</numerusform></translation>
    </message>
    <message>
        <source>Machine translation finished: see the side panel (Ctrl+Shift+M copies it)</source>
        <translation>Машинный перевод готов: см. боковую панель (Ctrl+Shift+M копирует его)</translation>
    </message>
    <message numerus="yes">
        <source>Machine translation finished: %n segment(s) filled</source>
        <translation><numerusform>Машинный перевод готов: заполнен %n сегмент</numerusform><numerusform>Машинный перевод готов: заполнено %n сегмента</numerusform><numerusform>Машинный перевод готов: заполнено %n сегментов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Machine translation cancelled: %n segment(s) filled</source>
        <translation><numerusform>Машинный перевод отменён: заполнен %n сегмент</numerusform><numerusform>Машинный перевод отменён: заполнено %n сегмента</numerusform><numerusform>Машинный перевод отменён: заполнено %n сегментов</numerusform></translation>
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
        <source>&lt;h2&gt;Translation Workbench&lt;/h2&gt;&lt;p&gt;Kyrgyz · Russian · English, with machine translation on this computer.&lt;/p&gt;&lt;p&gt;Create a project (Ctrl+N) or open one (Ctrl+O); then add documents (Ctrl+Shift+A, or drop files here).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Translation Workbench&lt;/h2&gt;&lt;p&gt;Кыргызский · русский · английский, с машинным переводом на этом компьютере.&lt;/p&gt;&lt;p&gt;Создайте проект (Ctrl+N) или откройте существующий (Ctrl+O), затем добавьте документы (Ctrl+Shift+A или перетащите файлы сюда).&lt;/p&gt;</translation>
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
        <translation>Сначала наименее уверенный МП</translation>
    </message>
    <message>
        <source>Only segments with MT, the model's least sure first</source>
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

Machine translation by Meta's NLLB-200 models, run on this computer. The NLLB-200 weights are licensed CC-BY-NC-4.0 (non-commercial use).</source>
        <translation>Translation Workbench {version}

Машинный перевод моделями NLLB-200 от Meta, работающими на этом компьютере. Веса NLLB-200 распространяются по лицензии CC-BY-NC-4.0 (только некоммерческое использование).</translation>
    </message>
    <message>
        <source>Could not save the settings ({error})</source>
        <translation>Не удалось сохранить параметры ({error})</translation>
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
        <source>Copy command</source>
        <translation>Копировать команду</translation>
    </message>
    <message>
        <source>Choose model folder…</source>
        <translation>Выбрать папку модели…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Выберите папку модели</translation>
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
    <message>
        <source>Choose a model folder</source>
        <translation>Выберите папку модели</translation>
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
</context>
<context>
    <name>ToolsMixin</name>
    <message>
        <source>Analysing the project against its memory…</source>
        <translation>Анализ проекта по памяти переводов…</translation>
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
        <source>as stated by the model's authors (NLLB-200 weights are CC-BY-NC-4.0)</source>
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
        <source>the file's name</source>
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
        <source>Counting the memories' units…</source>
        <translation>Подсчёт единиц памятей…</translation>
    </message>
    <message>
        <source>This project's memory</source>
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
</context>
<context>
    <name>MemoryMixin</name>
    <message>
        <source>Import TMX into the project's memory</source>
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
        <source>Importing {file} into the project's memory…</source>
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
</context>
</TS>