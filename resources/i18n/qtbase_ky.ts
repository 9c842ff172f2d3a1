<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
    <!-- Qt's own texts in Kyrgyz (Qt ships no qtbase_ky): standard buttons, edit and file-dialog menus, key names. Written by hand from the GNOME gtk Kyrgyz stock labels (po/ky.po) and this project's glossary; loaded by gui/i18n.py as the Qt catalogue for ky. --><context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сактоо</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Баарын сактоо</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ооба</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Баарына ооба</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Жок</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Б&amp;аарына жок</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Токтотуу</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Кайра аракет кылуу</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Этибарга албоо</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабуу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Четке кагуу</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Жардам</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Колдонуу</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Кайра коюу</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Демейкилерди калыбына келтирүү</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Кеңири маалыматты көрсөтүү...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Кеңири маалыматты жашыруу...</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Кайталоо</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>К&amp;опиялоо</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Ко&amp;юу</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын тандоо</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Кайталоо</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>К&amp;опиялоо</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Ко&amp;юу</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын тандоо</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Шилтеменин дарегин &amp;копиялоо</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Баарын тандоо</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Бир кадам &amp;өйдө</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Бир кадам &amp;ылдый</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Space</source>
            <translation>Боштук</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Өйдө</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ылдый</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Солго</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Оңго</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Float</source>
            <translation>Калкыма</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабуу</translation>
        </message>
        <message>
            <source>Undocks and re-attaches the dock widget</source>
            <translation>Панелди ажыратат жана кайра бекитет</translation>
        </message>
        <message>
            <source>Closes the dock widget</source>
            <translation>Панелди жабат</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;бош&gt;</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Өлчөмү</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Өзгөртүлгөн күнү</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Папка:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Файлдын &amp;аты:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Файлдын түрү:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Артка</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Алга</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Жогорку папка</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Жаңы папка түзүү</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Тизме</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Толук маалымат</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Тандоо</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ачуу</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сактоо</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Папка:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Бардык файлдар (*)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Жаңы папка</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Атын өзгөртүү</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Өчүрүү</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Жашыруун файлдарды көрсөтүү</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Жаңы папка</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Каптал панель</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Артка</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Алга</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Жогорку папкага өтүү</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Жаңы папка түзүү</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Тизме көрүнүшүнө өтүү</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Толук маалымат көрүнүшүнө өтүү</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Башкача сактоо</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Папканы табуу</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Менин компьютерим</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Акыркы жерлер</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Папкалар</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компьютер</translation>
        </message>
    </context>
</TS>