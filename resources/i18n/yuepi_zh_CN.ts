<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnnotationHighlighter</name>
        <message>
            <location filename="../../gui/annotations/highlighter.py" line="229" />
            <source>by %1</source>
            <extracomment>A change touching more than 1/BULK_FRACTION of the blocks repaints the whole document.</extracomment>
            <translation>来自 %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <location filename="../../gui/annotations/panel.py" line="103" />
            <source>Filter annotations</source>
            <translation>筛选批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="154" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="156" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="196" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="214" />
            <source>All reviewers</source>
            <translation>全部批注人</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="216" />
            <source>(no author)</source>
            <translation>（未署名）</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="274" />
            <source>Retag as…</source>
            <translation>改标为…</translation>
        </message>
    </context>
    <context>
        <name>AnnotationTableModel</name>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="33" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="34" />
            <source>Quote</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="35" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="36" />
            <source>Section</source>
            <translation>所在章节</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="37" />
            <source>Author</source>
            <translation>批注人</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="38" />
            <source>Modified</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="143" />
            <source>(orphaned)</source>
            <translation>（已失去锚点）</translation>
        </message>
    </context>
    <context>
        <name>ChoiceFields</name>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="44" />
            <source>Include notes</source>
            <translation>包含批注内容</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="50" />
            <source>Tags:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="51" />
            <source>Reviewers:</source>
            <translation>批注人：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="92" />
            <source>(no name)</source>
            <translation>（未署名）</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <location filename="../../gui/annotations/controller.py" line="264" />
            <source>Annotations are read-only: the file was written by a newer Yuepi.</source>
            <translation>批注为只读：批注文件由更新版本的阅批写入。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="286" />
            <source>Nothing to tag here.</source>
            <translation>此处没有可标注的内容。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="290" />
            <source>Already tagged as %1.</source>
            <translation>已标注为“%1”。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="294" />
            <source>Tag as %1</source>
            <translation>标注为“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/controller.py" line="303" />
            <source>Accept %n suggestion(s)</source>
            <translation>
                <numerusform>采纳 %n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/controller.py" line="314" />
            <source>Reject %n suggestion(s)</source>
            <translation>
                <numerusform>驳回 %n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/controller.py" line="322" />
            <source>Delete %n annotation(s)</source>
            <translation>
                <numerusform>删除 %n 条批注</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="334" />
            <source>Retag as %1</source>
            <translation>改标为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="352" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="360" />
            <source>Select the text to attach the annotation to.</source>
            <translation>请选择要附加批注的文字。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="368" />
            <source>Re-attach annotation</source>
            <translation>重新附加批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_edits.py" line="32" />
            <source>Edit tags</source>
            <translation>编辑标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_edits.py" line="64" />
            <source>These tags will be used for new documents.</source>
            <translation>这些标签将用于新文档。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="48" />
            <source>Export Review</source>
            <extracomment>(format id, label) in menu order; ids are model.export.FORMATS keys.</extracomment>
            <translation>导出审阅意见</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="63" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="72" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="74" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="17" />
            <source>Plain</source>
            <extracomment>(mode for model.reading.search.find, combo text)</extracomment>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="18" />
            <source>Whole word</source>
            <translation>整词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="19" />
            <source>Regular expression</source>
            <translation>正则表达式</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="38" />
            <source>Find in report</source>
            <translation>在报告中查找</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="45" />
            <source>Match case</source>
            <translation>区分大小写</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="46" />
            <source>Notes too</source>
            <translation>含备注</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="53" />
            <source>Previous match (Shift+F3)</source>
            <translation>上一个匹配（Shift+F3）</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="55" />
            <source>Next match (F3)</source>
            <translation>下一个匹配（F3）</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="56" />
            <source>List all matches</source>
            <translation>列出全部匹配</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="57" />
            <source>Close (Esc)</source>
            <translation>关闭（Esc）</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialogs</name>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="24" />
            <source>Export review</source>
            <translation>导出审阅意见</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="31" />
            <source>Export annotated PDF</source>
            <translation>导出带批注的 PDF</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="32" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="39" />
            <source>Import annotations</source>
            <translation>导入批注</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="40" />
            <source>Annotation files (*.annotations.json *.json);;All files (*)</source>
            <translation>批注文件 (*.annotations.json *.json);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>HandoffFeature</name>
        <message>
            <location filename="../../gui/handoff/feature.py" line="64" />
            <source>&amp;Import Annotations…</source>
            <extracomment>Reports at least this long get a progress dialog while printing.</extracomment>
            <translation>导入批注(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="65" />
            <source>&amp;Export Review…</source>
            <translation>导出审阅意见(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="67" />
            <source>Export Annotated P&amp;DF…</source>
            <translation>导出带批注的 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="68" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="73" />
            <source>Copy Ci&amp;tation</source>
            <translation>复制引文(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="79" />
            <source>Copy Citation</source>
            <translation>复制引文</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="136" />
            <location filename="../../gui/handoff/feature.py" line="239" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="140" />
            <source>the report or its annotation file</source>
            <translation>不能覆盖报告本身或其批注文件</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/handoff/feature.py" line="150" />
            <source>Exported %n annotation(s) to %1</source>
            <translation>
                <numerusform>已将 %n 条批注导出到 %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="162" />
            <source>Select text or an annotation to copy its citation.</source>
            <translation>请先选择文字或批注，再复制引文。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="165" />
            <source>Citation copied: %1</source>
            <translation>已复制引文：%1</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="242" />
            <location filename="../../gui/handoff/feature.py" line="267" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/handoff/feature.py" line="245" />
            <source>Saved the annotated report (%n page(s)) to %1</source>
            <translation>
                <numerusform>已将带批注的报告（%n 页）保存到 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/handoff/feature.py" line="267" />
            <source>Printed %n page(s).</source>
            <translation>
                <numerusform>已打印 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="274" />
            <source>Laying out the pages…</source>
            <translation>正在排版…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="274" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="282" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="309" />
            <source>Import failed</source>
            <translation>导入失败</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="317" />
            <source>Import cancelled.</source>
            <translation>已取消导入。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="321" />
            <source>Nothing new in %1.</source>
            <translation>%1 中没有新的批注。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="324" />
            <source>Import annotations from %1</source>
            <translation>导入 %1 的批注</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="338" />
            <source>Imported %n annotation(s) from %1</source>
            <translation>已导入 %1 的 %n 条批注</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="342" />
            <source>%n added</source>
            <translation>新增 %n 条</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="343" />
            <source>%n updated</source>
            <translation>更新 %n 条</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="344" />
            <source>%n tag conflict(s)</source>
            <translation>标签冲突 %n 处</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="347" />
            <source>re-anchored on this version: %1 moved, %2 orphaned</source>
            <translation>已按当前版本重新定位：%1 条移位，%2 条未能定位</translation>
        </message>
    </context>
    <context>
        <name>KeywordsPanel</name>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="43" />
            <source>Whole report</source>
            <translation>全文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="47" />
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="50" />
            <source>Formulation</source>
            <translation>提法</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="50" />
            <source>Count</source>
            <translation>次数</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="55" />
            <source>Formulations 提法</source>
            <translation>提法</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="75" />
            <source>This section: %1</source>
            <translation>本节：%1</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="76" />
            <source>This section</source>
            <translation>本节</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="87" />
            <source>Click to go to each place in turn</source>
            <translation>单击依次跳到各处</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../gui/common/labels.py" line="19" />
            <source>Something went wrong.</source>
            <extracomment>One sentence per model error code (keep in step with model.errors.MESSAGES).</extracomment>
            <translation>出现了问题。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="20" />
            <source>The report cannot be opened.</source>
            <translation>无法打开报告。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="21" />
            <source>The file does not exist.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="22" />
            <source>This is a folder, not a report.</source>
            <translation>这是一个文件夹，不是报告文件。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="23" />
            <source>The file cannot be read. Check that you have permission to open it.</source>
            <translation>无法读取文件，请检查是否有打开它的权限。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="25" />
            <source>The report is empty.</source>
            <translation>报告内容为空。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="26" />
            <source>This is not a text report: the file contains binary data.</source>
            <translation>这不是文本报告：文件中含有二进制数据。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="28" />
            <source>The text cannot be decoded. Save it as UTF-8, UTF-16 or GB18030.</source>
            <translation>无法识别文本编码，请将文件另存为 UTF-8、UTF-16 或 GB18030 编码。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="30" />
            <source>The document is damaged and cannot be read.</source>
            <translation>文档已损坏，无法读取。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="32" />
            <source>The report is larger than the 50 MB limit.</source>
            <translation>报告超过 50 MB 的大小上限。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="34" />
            <source>This file type is not supported. Open a .txt, .md or .docx file.</source>
            <translation>不支持此文件类型，请打开 .txt、.md 或 .docx 文件。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="36" />
            <source>There is a problem with the annotation file.</source>
            <translation>批注文件有问题。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="37" />
            <source>The annotation file is damaged.</source>
            <translation>批注文件已损坏。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="38" />
            <source>The annotation file was written by a newer version of Yuepi.</source>
            <translation>批注文件由更新版本的阅批写入。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="40" />
            <source>The annotation file cannot be written.</source>
            <translation>无法写入批注文件。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="41" />
            <source>The annotation file was changed by another program.</source>
            <translation>批注文件已被其他程序修改。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="43" />
            <source>Invalid arguments.</source>
            <translation>参数无效。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="44" />
            <source>The search failed.</source>
            <translation>搜索失败。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="45" />
            <source>The regular expression is not valid.</source>
            <translation>正则表达式无效。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="46" />
            <source>The export failed.</source>
            <translation>导出失败。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="47" />
            <source>Unknown tag.</source>
            <translation>未知的标签。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="48" />
            <source>Unknown export format.</source>
            <translation>未知的导出格式。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="49" />
            <source>A Word export needs an output file.</source>
            <translation>导出 Word 文档需要指定输出文件。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="51" />
            <source>The export file cannot be written.</source>
            <translation>无法写入导出文件。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="52" />
            <source>The annotation file to merge does not exist.</source>
            <translation>要合并的批注文件不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="54" />
            <source>This looks like UTF-16 text without a byte-order mark. Save it as UTF-8.</source>
            <translation>这似乎是没有字节顺序标记（BOM）的 UTF-16 文本，请另存为 UTF-8 编码。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="56" />
            <source>This is not a regular file (a device, pipe or socket).</source>
            <translation>这不是普通文件（而是设备、管道或套接字）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="58" />
            <source>The annotation file cannot be read. Check that you have permission.</source>
            <translation>无法读取批注文件，请检查权限。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="60" />
            <source>The document unpacks to far more than a report can hold (a zip bomb?).</source>
            <translation>文档解压后的内容远超一份报告所能容纳的大小（可能是压缩炸弹）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="66" />
            <source>No report open</source>
            <extracomment>Status-bar and window strings shared by several widgets.</extracomment>
            <translation>未打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="67" />
            <source>Before the first heading</source>
            <translation>正文开头</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="68" />
            <source>{count} characters</source>
            <translation>{count} 字</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="69" />
            <source>Open a report (Ctrl+O) or drop a file here</source>
            <translation>打开报告（Ctrl+O），或将文件拖放到这里</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="70" />
            <source>Cannot open report</source>
            <translation>无法打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="71" />
            <source>The file no longer exists and was removed from the recent files list.</source>
            <translation>该文件已不存在，已从最近打开的文件列表中移除。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="73" />
            <source>Opened {name}</source>
            <translation>已打开 {name}</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="74" />
            <source>Cannot detect the outline</source>
            <translation>无法识别提纲</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="79" />
            <source>cue {cues} under {section}</source>
            <extracomment>Why a tag was suggested (model/reading/reasons.py codes and facts; keep the placeholders).</extracomment>
            <translation>“{section}”部分中的提示词“{cues}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="80" />
            <source>cue {cues} after {opening}</source>
            <translation>“{opening}”之后的提示词“{cues}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="81" />
            <source>cue {cues}</source>
            <translation>提示词“{cues}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="82" />
            <source>section {section}</source>
            <translation>所在部分：{section}</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="83" />
            <source>after {opening}</source>
            <translation>位于“{opening}”之后</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="86" />
            <source>target {target}</source>
            <translation>目标数值“{target}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="87" />
            <source>result {result}</source>
            <translation>成效数据“{result}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="88" />
            <source>figure {figure}</source>
            <translation>统计数字“{figure}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="91" />
            <source>; </source>
            <extracomment>Between the parts of a reason ("cue … under …; target …").</extracomment>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/shell/main_window.py" line="347" />
            <source>Yuepi</source>
            <translation>阅批</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="16" />
            <source>&amp;File</source>
            <extracomment>Menu attribute → title, in menu-bar order.</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="17" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="18" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="19" />
            <source>&amp;Annotations</source>
            <translation>批注(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="20" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="21" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="27" />
            <source>&amp;Open…</source>
            <extracomment>(action attribute, menu attribute, text, shortcuts, slot as a dotted path from the window). "-" as the attribute adds a separator; "recent" places File › Open Recent.</extracomment>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="30" />
            <source>&amp;Close Report</source>
            <translation>关闭报告(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="33" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="35" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="37" />
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="39" />
            <source>&amp;Expand All</source>
            <translation>全部展开(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="41" />
            <source>&amp;Collapse All</source>
            <translation>全部折叠(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="45" />
            <source>&amp;Filter Outline</source>
            <translation>筛选提纲(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="47" />
            <source>Go to &amp;Outline</source>
            <translation>转到提纲(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="49" />
            <source>Go to &amp;Text</source>
            <translation>转到正文(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="51" />
            <source>&amp;Next Pane</source>
            <translation>下一窗格(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="53" />
            <source>&amp;Previous Pane</source>
            <translation>上一窗格(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="56" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="58" />
            <source>Zoom O&amp;ut</source>
            <translation>缩小(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="60" />
            <source>&amp;Actual Size</source>
            <translation>原始大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="62" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="64" />
            <source>&amp;About Yuepi</source>
            <translation>关于阅批(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="106" />
            <source>Expand to &amp;Level</source>
            <translation>展开到层级(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="107" />
            <source>Level {level}</source>
            <translation>第 {level} 级</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../gui/common/messages.py" line="20" />
            <source>Open report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="21" />
            <source>Reports (*.txt *.md *.docx);;All files (*)</source>
            <translation>报告 (*.txt *.md *.docx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="28" />
            <source>&lt;b&gt;Yuepi&lt;/b&gt; %1 — read and annotate Chinese official reports.&lt;br&gt;The outline beside the text follows your reading position; annotations are saved beside the report as you work.&lt;br&gt;Help › Keyboard Shortcuts (F1) lists every key.</source>
            <translation>&lt;b&gt;阅批&lt;/b&gt; %1——阅读并批注中文公文报告。&lt;br&gt;正文旁的提纲会跟随您的阅读位置；批注随时自动保存在报告旁。&lt;br&gt;“帮助 › 键盘快捷键”（F1）列出所有快捷键。</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="36" />
            <source>About Yuepi</source>
            <translation>关于阅批</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="45" />
            <source>Add word to dictionary</source>
            <translation>添加词语到词典</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="46" />
            <source>Word (it will be kept as one word when the text is segmented):</source>
            <translation>词语（分词时将作为一个整词）：</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="55" />
            <source>Annotations changed on disk</source>
            <translation>批注文件已在磁盘上被修改</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="56" />
            <source>Another program changed “%1”.

Load its version (your unsaved changes are dropped) or keep yours (its changes are overwritten)?</source>
            <translation>另一个程序修改了“%1”。

载入对方的版本（放弃您未保存的修改），还是保留您的版本（覆盖对方的修改）？</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="60" />
            <source>Load Theirs</source>
            <translation>载入对方版本</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="62" />
            <source>Keep Mine</source>
            <translation>保留我的版本</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="71" />
            <source>Save annotations as</source>
            <translation>批注另存为</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="72" />
            <source>Annotations (*.json);;All files (*)</source>
            <translation>批注文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="81" />
            <source>Author name</source>
            <translation>批注人姓名</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="82" />
            <source>Your name, stored with each annotation:</source>
            <translation>您的姓名（随每条批注保存）：</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../gui/annotations/note_editor.py" line="37" />
            <source>Write a note for this annotation</source>
            <translation>为这条批注写备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/note_editor.py" line="85" />
            <source>No annotation selected</source>
            <translation>未选择批注</translation>
        </message>
    </context>
    <context>
        <name>OrphanPanel</name>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="48" />
            <source>%1 kept, %2 moved, %3 fuzzy, %4 orphaned</source>
            <translation>%1 条保持，%2 条移动，%3 条模糊匹配，%4 条失去锚点</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="84" />
            <source>Re-attach to selection</source>
            <translation>重新附加到所选文字</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="85" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../gui/viewer/outline_model.py" line="108" />
            <source>Outline</source>
            <extracomment>Custom roles for views and proxies. node -&gt; tooltip text (e.g. the section's keywords); None: the label</extracomment>
            <translation>提纲</translation>
        </message>
    </context>
    <context>
        <name>OutlinePane</name>
        <message>
            <location filename="../../gui/viewer/outline_pane.py" line="28" />
            <source>Filter headings</source>
            <translation>筛选标题</translation>
        </message>
    </context>
    <context>
        <name>PrintChoiceDialog</name>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="21" />
            <source>Export Annotated PDF</source>
            <translation>导出带批注的 PDF</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="22" />
            <source>Print Annotated Report</source>
            <translation>打印批注版报告</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="23" />
            <source>The report text is always printed in full. Choose the highlights and notes shown on it.</source>
            <translation>报告正文总是完整打印。请选择要在正文上显示的标记和批注。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="30" />
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="30" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
    </context>
    <context>
        <name>ReadingFeature</name>
        <message>
            <location filename="../../gui/reading/feature.py" line="71" />
            <location filename="../../gui/reading/feature.py" line="208" />
            <source>Loading dictionary…</source>
            <extracomment>Background work starts this long after the window or a report is shown: the first paint must not compete with the worker for the GIL (reading jieba's cache holds it for about 0.13 s). Reports at least this long show "Segmenting… n%" in the status bar.</extracomment>
            <translation>正在加载词典…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="94" />
            <source>Search Results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="104" />
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="107" />
            <source>Suggestions</source>
            <translation>标注建议</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="132" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="133" />
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="135" />
            <source>Find &amp;Previous</source>
            <translation>查找上一个(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="138" />
            <source>&amp;Grow Selection</source>
            <translation>扩大选区(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="140" />
            <source>&amp;Shrink Selection</source>
            <translation>缩小选区(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="143" />
            <source>Add &amp;Word to Dictionary…</source>
            <translation>添加词语到词典(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="194" />
            <location filename="../../gui/reading/feature.py" line="216" />
            <source>Segmenting… %1%</source>
            <translation>正在分词… %1%</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="290" />
            <source>“%1” added to your dictionary.</source>
            <translation>已将“%1”加入您的词典。</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <location filename="../../gui/common/recent_files.py" line="20" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/common/recent_files.py" line="41" />
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <location filename="../../gui/reading/results.py" line="44" />
            <source>Section</source>
            <extracomment>At most this many rows are listed (the count in the find bar stays exact).</extracomment>
            <translation>所在章节</translation>
        </message>
        <message>
            <location filename="../../gui/reading/results.py" line="44" />
            <source>Context</source>
            <translation>上下文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/results.py" line="56" />
            <source>Note · %1</source>
            <translation>备注 · %1</translation>
        </message>
        <message>
            <location filename="../../gui/reading/results.py" line="63" />
            <source>… %1 more not listed</source>
            <translation>…另有 %1 处未列出</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="96" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="98" />
            <source>Filter shortcuts</source>
            <translation>筛选快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="101" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="101" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="119" />
            <source>In panes</source>
            <translation>窗格内</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="42" />
            <location filename="../../gui/reading/suggestions_panel.py" line="125" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="42" />
            <source>Quote</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="42" />
            <source>Why</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="43" />
            <source>Score</source>
            <translation>分值</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="49" />
            <location filename="../../gui/reading/suggestions_panel.py" line="55" />
            <source>Accept</source>
            <translation>采纳</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="50" />
            <source>Accept all of this tag</source>
            <translation>采纳此标签的全部建议</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="51" />
            <location filename="../../gui/reading/suggestions_panel.py" line="57" />
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="52" />
            <source>Underline in text</source>
            <translation>在正文中加下划线</translation>
        </message>
    </context>
    <context>
        <name>TagConflictDialog</name>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="63" />
            <source>Tag conflict</source>
            <translation>标签冲突</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="64" />
            <source>The tag “%1” differs in the imported annotations. Which version should be kept?</source>
            <translation>导入的批注中标签“%1”的定义不同，保留哪一个？</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="68" />
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="70" />
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
    </context>
    <context>
        <name>TagSetDialog</name>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="48" />
            <source>Delete these annotations</source>
            <translation>删除这些批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="49" />
            <source>Move to %1</source>
            <translation>改为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="51" />
            <source>%n annotation(s) use “%1”. What should happen to them?</source>
            <translation>有 %n 条批注使用“%1”，如何处理它们？</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="54" />
            <source>Remove tag</source>
            <translation>移除标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="74" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="96" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="97" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="99" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="100" />
            <source>Colour…</source>
            <translation>颜色…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="101" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="102" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="103" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="104" />
            <source>Use as my default for new documents</source>
            <translation>设为新文档的默认标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="160" />
            <source>New tag</source>
            <translation>新标签</translation>
        </message>
    </context>
    <context>
        <name>TaggingActions</name>
        <message>
            <location filename="../../gui/annotations/actions.py" line="59" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="64" />
            <source>&amp;Tag As</source>
            <translation>标记为(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="86" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="88" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="95" />
            <source>Set Aut&amp;hor Name…</source>
            <translation>设置批注人姓名(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="104" />
            <source>Edit N&amp;ote</source>
            <translation>编辑备注(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="108" />
            <source>&amp;Edit Tags…</source>
            <translation>编辑标签(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="101" />
            <source>&amp;Next Annotation</source>
            <translation>下一条批注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="102" />
            <source>&amp;Previous Annotation</source>
            <translation>上一条批注(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="106" />
            <source>&amp;Delete Annotation</source>
            <translation>删除批注(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="136" />
            <source>Tag the selection (or the sentence at the cursor) as %1</source>
            <translation>将选中文字（或光标所在句子）标记为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="147" />
            <source>Tag As</source>
            <translation>标记为</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="151" />
            <source>Edit Note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="153" />
            <source>Delete Annotation</source>
            <translation>删除批注</translation>
        </message>
    </context>
    <context>
        <name>TaggingFeature</name>
        <message>
            <location filename="../../gui/annotations/feature.py" line="65" />
            <source>Annotations</source>
            <extracomment>Share of the bottom annotations dock given to the table (the note editor gets the rest). Height of that dock on first run (the window is 800 high): about six rows of the table.</extracomment>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="66" />
            <source>Orphaned Annotations</source>
            <translation>失去定位的批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="236" />
            <source>Annotations: %1</source>
            <translation>批注：%1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="241" />
            <source>The report has changed</source>
            <translation>报告已改动</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="242" />
            <source>The report changed since it was annotated. Annotations: %1.

Orphaned annotations are listed in their own pane; select text there to re-attach them.</source>
            <translation>报告在批注之后有改动。批注：%1。

失去定位的批注单独列在一个窗格中；选中正文后可将其重新挂接。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="252" />
            <source>The annotation file was damaged and has been moved aside to “%1”. You continue with no annotations; the damaged file is kept.</source>
            <translation>批注文件已损坏，已移到一旁另存为“%1”。现在从空白批注开始；损坏的文件保留未删。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="256" />
            <source>The annotations are shown read-only, so nothing written by the newer version is lost. Update Yuepi to change them.</source>
            <translation>批注以只读方式显示，新版本写入的内容不会丢失。如需修改，请升级阅批。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="279" />
            <source>%1

Choose another place to save your annotations.</source>
            <translation>%1

请选择另一个位置保存批注。</translation>
        </message>
    </context>
    <context>
        <name>TextSearch</name>
        <message>
            <location filename="../../gui/reading/search.py" line="96" />
            <source>Segmenting… whole-word search follows.</source>
            <extracomment>At most this many hits are painted at once: those nearest the viewport.</extracomment>
            <translation>正在分词…稍后即可按整词查找。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/search.py" line="118" />
            <source>No matches</source>
            <translation>无匹配</translation>
        </message>
        <message>
            <location filename="../../gui/reading/search.py" line="120" />
            <source>%1 matches</source>
            <translation>%1 处匹配</translation>
        </message>
        <message>
            <location filename="../../gui/reading/search.py" line="124" />
            <source>+ %1 in notes</source>
            <translation>+ 备注中 %1 处</translation>
        </message>
    </context>
</TS>
