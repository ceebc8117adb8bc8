<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnnotationHighlighter</name>
        <message>
            <location filename="../../gui/highlighter.py" line="174" />
            <source>by %1</source>
            <extracomment>A change touching more than 1/BULK_FRACTION of the blocks repaints the whole document.</extracomment>
            <translation>来自 %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <location filename="../../gui/annotation_panel.py" line="75" />
            <source>Filter annotations</source>
            <translation>筛选批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_panel.py" line="120" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_panel.py" line="122" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_panel.py" line="162" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_panel.py" line="217" />
            <source>Retag as…</source>
            <translation>改标为…</translation>
        </message>
    </context>
    <context>
        <name>AnnotationTableModel</name>
        <message>
            <location filename="../../gui/annotation_table_model.py" line="26" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_table_model.py" line="27" />
            <source>Quote</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_table_model.py" line="28" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_table_model.py" line="29" />
            <source>Section</source>
            <translation>所在章节</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_table_model.py" line="30" />
            <source>Author</source>
            <translation>批注人</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_table_model.py" line="31" />
            <source>Modified</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <location filename="../../gui/annotation_table_model.py" line="137" />
            <source>(orphaned)</source>
            <translation>（已失去锚点）</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <location filename="../../gui/controller.py" line="187" />
            <source>Annotations are read-only: the file was written by a newer Yuepi.</source>
            <translation>批注为只读：批注文件由更新版本的阅批写入。</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="209" />
            <source>Nothing to tag here.</source>
            <translation>此处没有可标注的内容。</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="213" />
            <source>Already tagged as %1.</source>
            <translation>已标注为“%1”。</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="217" />
            <source>Tag as %1</source>
            <translation>标注为“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/controller.py" line="226" />
            <source>Accept %n suggestion(s)</source>
            <translation>
                <numerusform>采纳 %n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/controller.py" line="234" />
            <source>Delete %n annotation(s)</source>
            <translation>
                <numerusform>删除 %n 条批注</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="246" />
            <source>Retag as %1</source>
            <translation>改标为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="264" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="272" />
            <source>Select the text to attach the annotation to.</source>
            <translation>请选择要附加批注的文字。</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="280" />
            <source>Re-attach annotation</source>
            <translation>重新附加批注</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="293" />
            <source>Edit tags</source>
            <translation>编辑标签</translation>
        </message>
        <message>
            <location filename="../../gui/controller.py" line="325" />
            <source>These tags will be used for new documents.</source>
            <translation>这些标签将用于新文档。</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../gui/labels.py" line="17" />
            <source>Something went wrong.</source>
            <extracomment>One sentence per model error code (keep in step with model.errors.MESSAGES).</extracomment>
            <translation>出现了问题。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="18" />
            <source>The report cannot be opened.</source>
            <translation>无法打开报告。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="19" />
            <source>The file does not exist.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="20" />
            <source>This is a folder, not a report.</source>
            <translation>这是一个文件夹，不是报告文件。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="21" />
            <source>The file cannot be read. Check that you have permission to open it.</source>
            <translation>无法读取文件，请检查是否有打开它的权限。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="23" />
            <source>The report is empty.</source>
            <translation>报告内容为空。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="24" />
            <source>This is not a text report: the file contains binary data.</source>
            <translation>这不是文本报告：文件中含有二进制数据。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="26" />
            <source>The text cannot be decoded. Save it as UTF-8, UTF-16 or GB18030.</source>
            <translation>无法识别文本编码，请将文件另存为 UTF-8、UTF-16 或 GB18030 编码。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="28" />
            <source>The document is damaged and cannot be read.</source>
            <translation>文档已损坏，无法读取。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="30" />
            <source>The report is larger than the 50 MB limit.</source>
            <translation>报告超过 50 MB 的大小上限。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="32" />
            <source>This file type is not supported. Open a .txt, .md or .docx file.</source>
            <translation>不支持此文件类型，请打开 .txt、.md 或 .docx 文件。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="34" />
            <source>There is a problem with the annotation file.</source>
            <translation>批注文件有问题。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="35" />
            <source>The annotation file is damaged.</source>
            <translation>批注文件已损坏。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="36" />
            <source>The annotation file was written by a newer version of Yuepi.</source>
            <translation>批注文件由更新版本的阅批写入。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="38" />
            <source>The annotation file cannot be written.</source>
            <translation>无法写入批注文件。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="39" />
            <source>The annotation file was changed by another program.</source>
            <translation>批注文件已被其他程序修改。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="41" />
            <source>Invalid arguments.</source>
            <translation>参数无效。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="42" />
            <source>The search failed.</source>
            <translation>搜索失败。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="43" />
            <source>The regular expression is not valid.</source>
            <translation>正则表达式无效。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="44" />
            <source>The export failed.</source>
            <translation>导出失败。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="45" />
            <source>Unknown tag.</source>
            <translation>未知的标签。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="46" />
            <source>Unknown export format.</source>
            <translation>未知的导出格式。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="47" />
            <source>A Word export needs an output file.</source>
            <translation>导出 Word 文档需要指定输出文件。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="49" />
            <source>The export file cannot be written.</source>
            <translation>无法写入导出文件。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="50" />
            <source>The annotation file to merge does not exist.</source>
            <translation>要合并的批注文件不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="52" />
            <source>This looks like UTF-16 text without a byte-order mark. Save it as UTF-8.</source>
            <translation>这似乎是没有字节顺序标记（BOM）的 UTF-16 文本，请另存为 UTF-8 编码。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="54" />
            <source>This is not a regular file (a device, pipe or socket).</source>
            <translation>这不是普通文件（而是设备、管道或套接字）。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="56" />
            <source>The annotation file cannot be read. Check that you have permission.</source>
            <translation>无法读取批注文件，请检查权限。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="62" />
            <source>No report open</source>
            <extracomment>Status-bar and window strings shared by several widgets.</extracomment>
            <translation>未打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="63" />
            <source>Before the first heading</source>
            <translation>正文开头</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="64" />
            <source>{count} characters</source>
            <translation>{count} 字</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="65" />
            <source>Open a report (Ctrl+O) or drop a file here</source>
            <translation>打开报告（Ctrl+O），或将文件拖放到这里</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="66" />
            <source>Cannot open report</source>
            <translation>无法打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="67" />
            <source>The file no longer exists and was removed from the recent files list.</source>
            <translation>该文件已不存在，已从最近打开的文件列表中移除。</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="69" />
            <source>Opened {name}</source>
            <translation>已打开 {name}</translation>
        </message>
        <message>
            <location filename="../../gui/labels.py" line="70" />
            <source>Cannot detect the outline</source>
            <translation>无法识别提纲</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="290" />
            <source>Yuepi</source>
            <extracomment>Reports at least this long get their outline from a worker thread (≈30 ms of detection).</extracomment>
            <translation>阅批</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="16" />
            <source>&amp;File</source>
            <extracomment>Menu attribute → title, in menu-bar order.</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="17" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="18" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="19" />
            <source>&amp;Annotations</source>
            <translation>批注(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="20" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="21" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="27" />
            <source>&amp;Open…</source>
            <extracomment>(action attribute, menu attribute, text, shortcuts, slot as a dotted path from the window). "-" as the attribute adds a separator; "recent" places File › Open Recent.</extracomment>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="30" />
            <source>&amp;Close Report</source>
            <translation>关闭报告(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="33" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="35" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="37" />
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="39" />
            <source>&amp;Expand All</source>
            <translation>全部展开(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="41" />
            <source>&amp;Collapse All</source>
            <translation>全部折叠(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="45" />
            <source>&amp;Filter Outline</source>
            <translation>筛选提纲(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="47" />
            <source>Go to &amp;Outline</source>
            <translation>转到提纲(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="49" />
            <source>Go to &amp;Text</source>
            <translation>转到正文(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="51" />
            <source>&amp;Next Pane</source>
            <translation>下一窗格(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="54" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="56" />
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="58" />
            <source>&amp;Actual Size</source>
            <translation>原始大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="60" />
            <source>&amp;About Yuepi</source>
            <translation>关于阅批(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="102" />
            <source>Expand to &amp;Level</source>
            <translation>展开到层级(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py" line="103" />
            <source>Level {level}</source>
            <translation>第 {level} 级</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../gui/messages.py" line="20" />
            <source>Open report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="21" />
            <source>Reports (*.txt *.md *.docx);;All files (*)</source>
            <translation>报告 (*.txt *.md *.docx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="26" />
            <source>About Yuepi</source>
            <translation>关于阅批</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="27" />
            <source>&lt;b&gt;Yuepi&lt;/b&gt; — read and annotate Chinese official reports.&lt;br&gt;The outline beside the text follows your reading position.</source>
            <translation>&lt;b&gt;阅批&lt;/b&gt;——阅读并批注中文公文报告。&lt;br&gt;正文旁的提纲会跟随您的阅读位置。</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../gui/note_editor.py" line="36" />
            <source>Write a note for this annotation</source>
            <translation>为这条批注写备注</translation>
        </message>
        <message>
            <location filename="../../gui/note_editor.py" line="84" />
            <source>No annotation selected</source>
            <translation>未选择批注</translation>
        </message>
    </context>
    <context>
        <name>OrphanPanel</name>
        <message>
            <location filename="../../gui/orphan_panel.py" line="39" />
            <source>%1 kept, %2 moved, %3 fuzzy, %4 orphaned</source>
            <translation>%1 条保持，%2 条移动，%3 条模糊匹配，%4 条失去锚点</translation>
        </message>
        <message>
            <location filename="../../gui/orphan_panel.py" line="75" />
            <source>Re-attach to selection</source>
            <translation>重新附加到所选文字</translation>
        </message>
        <message>
            <location filename="../../gui/orphan_panel.py" line="76" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../gui/outline_model.py" line="105" />
            <source>Outline</source>
            <extracomment>Custom roles for views and proxies.</extracomment>
            <translation>提纲</translation>
        </message>
    </context>
    <context>
        <name>OutlinePane</name>
        <message>
            <location filename="../../gui/outline_pane.py" line="27" />
            <source>Filter headings</source>
            <translation>筛选标题</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <location filename="../../gui/recent_files.py" line="20" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/recent_files.py" line="36" />
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>TagSetDialog</name>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="38" />
            <source>Delete these annotations</source>
            <translation>删除这些批注</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="39" />
            <source>Move to %1</source>
            <translation>改为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="41" />
            <source>%n annotation(s) use “%1”. What should happen to them?</source>
            <translation>有 %n 条批注使用“%1”，如何处理它们？</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="44" />
            <source>Remove tag</source>
            <translation>移除标签</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="64" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="86" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="87" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="89" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="90" />
            <source>Colour…</source>
            <translation>颜色…</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="91" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="92" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="93" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="94" />
            <source>Use as my default for new documents</source>
            <translation>设为新文档的默认标签</translation>
        </message>
        <message>
            <location filename="../../gui/tag_set_dialog.py" line="150" />
            <source>New tag</source>
            <translation>新标签</translation>
        </message>
    </context>
</TS>
