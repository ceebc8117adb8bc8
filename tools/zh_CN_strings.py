"""Simplified Chinese for every interface string (source text → translation).

tools/fill_translations.py copies these into resources/i18n/yuepi_zh_CN.ts. Add a line
for each new tr()/translate() string, then run `make translations`. Use CONTEXT_STRINGS
only when one English text needs different Chinese in different classes.
"""
from __future__ import annotations

STRINGS: dict[str, str] = {
    # model error codes (gui/common/labels.py)
    "Something went wrong.": "出现了问题。",
    "The report cannot be opened.": "无法打开报告。",
    "The file does not exist.": "文件不存在。",
    "This is a folder, not a report.": "这是一个文件夹，不是报告文件。",
    "The file cannot be read. Check that you have permission to open it.":
        "无法读取文件，请检查是否有打开它的权限。",
    "The report is empty.": "报告内容为空。",
    "This is not a text report: the file contains binary data.":
        "这不是文本报告：文件中含有二进制数据。",
    "The text cannot be decoded. Save it as UTF-8, UTF-16 or GB18030.":
        "无法识别文本编码，请将文件另存为 UTF-8、UTF-16 或 GB18030 编码。",
    "The document is damaged and cannot be read.": "文档已损坏，无法读取。",
    "The report is larger than the 50 MB limit.": "报告超过 50 MB 的大小上限。",
    "This file type is not supported. Open a .txt, .md, .docx or .pdf file.":
        "不支持此文件类型，请打开 .txt、.md、.docx 或 .pdf 文件。",
    "There is a problem with the annotation file.": "批注文件有问题。",
    "The annotation file is damaged.": "批注文件已损坏。",
    "The annotation file was written by a newer version of Yuepi.":
        "批注文件由更新版本的阅批写入。",
    "The annotation file cannot be written.": "无法写入批注文件。",
    "The annotation file was changed by another program.": "批注文件已被其他程序修改。",
    "Invalid arguments.": "参数无效。",
    "The search failed.": "搜索失败。",
    "The regular expression is not valid.": "正则表达式无效。",
    "The export failed.": "导出失败。",
    "Unknown tag.": "未知的标签。",
    "Unknown export format.": "未知的导出格式。",
    "A Word export needs an output file.": "导出 Word 文档需要指定输出文件。",
    "The export file cannot be written.": "无法写入导出文件。",
    "The annotation file to merge does not exist.": "要合并的批注文件不存在。",
    "This looks like UTF-16 text without a byte-order mark. Save it as UTF-8.":
        "这似乎是没有字节顺序标记（BOM）的 UTF-16 文本，请另存为 UTF-8 编码。",
    "This is not a regular file (a device, pipe or socket).":
        "这不是普通文件（而是设备、管道或套接字）。",
    "The annotation file cannot be read. Check that you have permission.":
        "无法读取批注文件，请检查权限。",
    "The document unpacks to far more than a report can hold (a zip bomb?).":
        "文档解压后的内容远超一份报告所能容纳的大小（可能是压缩炸弹）。",
    # status bar and window (gui/common/labels.py)
    "No report open": "未打开报告",
    "Before the first heading": "正文开头",
    "{count} characters": "{count} 字",
    "Open a report (Ctrl+O) or drop a file here": "打开报告（Ctrl+O），或将文件拖放到这里",
    "Cannot open report": "无法打开报告",
    "The file no longer exists and was removed from the recent files list.":
        "该文件已不存在，已从最近打开的文件列表中移除。",
    "Opened {name}": "已打开 {name}",
    "Cannot detect the outline": "无法识别提纲",
    # menus and actions (gui/shell/main_window.py, gui/common/recent_files.py)
    "&File": "文件(&F)",
    "&Edit": "编辑(&E)",
    "&View": "视图(&V)",
    "&Annotations": "批注(&A)",
    "&Tools": "工具(&T)",
    "&Help": "帮助(&H)",
    "&About Yuepi": "关于阅批(&A)",
    "&Open…": "打开(&O)…",
    "Open &Recent": "最近打开(&R)",
    "&Clear List": "清除列表(&C)",
    "&Close Report": "关闭报告(&C)",
    "&Quit": "退出(&Q)",
    "&Copy": "复制(&C)",
    "Select &All": "全选(&A)",
    "&Expand All": "全部展开(&E)",
    "&Collapse All": "全部折叠(&C)",
    "Expand to Le&vel": "展开到层级(&V)",
    "Level {level}": "第 {level} 级",
    "&Filter Outline": "筛选提纲(&F)",
    "Go to &Outline": "转到提纲(&O)",
    "Go to Te&xt": "转到正文(&X)",
    "Annotation&s": "批注(&S)",
    "Orp&haned Annotations": "失去定位的批注(&H)",
    "&Tags": "标签(&T)",
    "Search &Results": "搜索结果(&R)",
    "&Keywords": "关键词(&K)",
    "Su&ggestions": "标注建议(&G)",
    "&Next Pane": "下一窗格(&N)",
    "&Previous Pane": "上一窗格(&P)",
    "&Keyboard Shortcuts": "键盘快捷键(&K)",
    "Keyboard Shortcuts": "键盘快捷键",
    "Filter shortcuts": "筛选快捷键",
    "Action": "操作",
    "Shortcut": "快捷键",
    "In panes": "窗格内",
    "Zoom &In": "放大(&I)",
    "Zoom O&ut": "缩小(&U)",
    "&Actual Size": "原始大小(&A)",
    "Yuepi": "阅批",
    # dialogs (gui/common/messages.py)
    "Open report": "打开报告",
    "Reports (*.txt *.md *.docx *.pdf);;All files (*)":
        "报告 (*.txt *.md *.docx *.pdf);;所有文件 (*)",
    "About Yuepi": "关于阅批",
    "<b>Yuepi</b> %1 — read and annotate Chinese official reports.<br>"
    "The outline beside the text follows your reading position; annotations are saved "
    "beside the report as you work.<br>Help › Keyboard Shortcuts (F1) lists every key.":
        "<b>阅批</b> %1——阅读并批注中文公文报告。<br>正文旁的提纲会跟随您的阅读位置；"
        "批注随时自动保存在报告旁。<br>“帮助 › 键盘快捷键”（F1）列出所有快捷键。",
    # outline pane
    "Outline": "提纲",
    "Filter headings": "筛选标题",
    # annotations (gui/annotations/controller.py, gui/annotations/highlighter.py, gui/annotation_*.py)
    "by %1": "来自 %1",
    "(orphaned)": "（已失去锚点）",
    "Annotations are read-only: the file was written by a newer Yuepi.":
        "批注为只读：批注文件由更新版本的阅批写入。",
    "Nothing to tag here.": "此处没有可标注的内容。",
    "Already tagged as %1.": "已标注为“%1”。",
    "Tag as %1": "标注为“%1”",
    "Accept %n suggestion(s)": "采纳 %n 条建议",
    "Delete %n annotation(s)": "删除 %n 条批注",
    "Retag as %1": "改标为“%1”",
    "Edit note": "编辑备注",
    "Select the text to attach the annotation to.": "请选择要附加批注的文字。",
    "Re-attach annotation": "重新附加批注",
    "Edit tags": "编辑标签",
    "These tags will be used for new documents.": "这些标签将用于新文档。",
    # annotation panes (gui/annotation_*.py, gui/annotations/note_editor.py, gui/tag_*.py)
    "Filter annotations": "筛选批注",
    "Delete": "删除",
    "All tags": "全部标签",
    "All reviewers": "全部批注人",
    "(no author)": "（未署名）",
    "Retag as…": "改标为…",
    "Tag": "标签",
    "Quote": "原文",
    "Note": "备注",
    "Section": "所在章节",
    "Author": "批注人",
    "Modified": "修改时间",
    "Write a note for this annotation": "为这条批注写备注",
    "No annotation selected": "未选择批注",
    "%1 kept, %2 moved, %3 fuzzy, %4 orphaned":
        "%1 条保持，%2 条移动，%3 条模糊匹配，%4 条失去锚点",
    "Re-attach to selection": "重新附加到所选文字",
    "Delete these annotations": "删除这些批注",
    "Move to %1": "改为“%1”",
    "%n annotation(s) use “%1”. What should happen to them?":
        "有 %n 条批注使用“%1”，如何处理它们？",
    "Remove tag": "移除标签",
    "Tags": "标签",
    "Chinese name": "中文名称",
    "English name": "英文名称",
    "Add": "添加",
    "Colour…": "颜色…",
    "Move up": "上移",
    "Move down": "下移",
    "Remove": "移除",
    "Use as my default for new documents": "设为新文档的默认标签",
    "Click to find “%1” in the report (weight %2)": "点击在报告中查找“%1”（权重 %2）",
    "C&hinese name:": "中文名称(&H)：",
    "&English name:": "英文名称(&E)：",
    "&Add": "添加(&A)",
    "&Colour…": "颜色(&C)…",
    "Move &up": "上移(&U)",
    "Move &down": "下移(&D)",
    "&Remove": "移除(&R)",
    "Use as my default for &new documents": "设为新文档的默认标签(&N)",
    "New tag": "新标签",
    # hand on findings: export, citation, print, import (gui/handoff/feature.py, helper-10)
    "Export Review": "导出审阅结果",
    "Include &notes": "包含备注(&N)",
    "Export…": "导出…",
    "&Format:": "格式(&F)：",
    "&Tags:": "标签(&T)：",
    "&Reviewers:": "批注人(&R)：",
    "&Language:": "语言(&L)：",
    "(no name)": "（未署名）",
    # Print / annotated PDF: which annotations (gui/handoff/print_choice_dialog.py)
    "Export Annotated PDF": "导出带批注的 PDF",
    "Print Annotated Report": "打印批注版报告",
    "The report text is always printed in full. Choose the highlights and notes shown on it.":
        "报告正文总是完整打印。请选择要在正文上显示的标记和备注。",
    "Save PDF…": "保存 PDF…",
    "Print…": "打印…",
    "&Import Annotations…": "导入批注(&I)…",
    "&Export Review…": "导出审阅结果(&E)…",
    "Export Annotated P&DF…": "导出带批注的 PDF(&D)…",
    "&Print…": "打印(&P)…",
    "Copy Ci&tation": "复制引文(&T)",
    "Copy Citation": "复制引文",
    "Export failed": "导出失败",
    "the report or its annotation file": "不能覆盖报告本身或其批注文件",
    "Exported %n annotation(s) to %1": "已将 %n 条批注导出到 %1",
    "Select text or an annotation to copy its citation.": "请先选择文字或批注，再复制引文。",
    "Citation copied: %1": "已复制引文：%1",
    "Cancelled.": "已取消。",
    "Saved the annotated report (%n page(s)) to %1": "已将带批注的报告（%n 页）保存到 %1",
    "Printed %n page(s).": "已打印 %n 页。",
    "Laying out the pages…": "正在排版…",
    "Cancel": "取消",
    "Page %1 of %2": "第 %1 页，共 %2 页",
    "Import failed": "导入失败",
    "Import cancelled.": "已取消导入。",
    "Nothing new in %1.": "%1 中没有新的批注。",
    "Import annotations from %1": "导入 %1 的批注",
    "Imported %n annotation(s) from %1": "已导入 %1 的 %n 条批注",
    "%n added": "新增 %n 条",
    "%n updated": "更新 %n 条",
    "%n tag conflict(s)": "标签冲突 %n 处",
    "re-anchored on this version: %1 moved, %2 orphaned":
        "已按当前版本重新定位：%1 条移位，%2 条未能定位",
    "Export review": "导出审阅结果",
    "Export annotated PDF": "导出带批注的 PDF",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Import annotations": "导入批注",
    "Annotation files (*.annotations.json *.json);;All files (*)":
        "批注文件 (*.annotations.json *.json);;所有文件 (*)",
    "Tag conflict": "标签冲突",
    "The tag “%1” differs in the imported annotations. Which version should be kept?":
        "导入的批注中标签“%1”的定义不同，保留哪一个？",
    "Mine": "我的",
    "Theirs": "对方的",
    # tagging in the window (gui/annotations/feature.py, gui/annotations/actions.py, messages)
    '&Tag As': '标记为(&T)',
    '&Undo': '撤销(&U)',
    '&Redo': '重做(&R)',
    'Set Aut&hor Name…': '设置批注人姓名(&H)…',
    '&Next Annotation': '下一条批注(&N)',
    '&Previous Annotation': '上一条批注(&P)',
    'Edit N&ote': '编辑备注(&O)',
    '&Delete Annotation': '删除批注(&D)',
    '&Edit Tags…': '编辑标签(&E)…',
    'Tag the selection (or the sentence at the cursor) as %1': '将选中文字（或光标所在句子）标记为“%1”',
    'Tag As': '标记为',
    'Edit Note': '编辑备注',
    'Delete Annotation': '删除批注',
    'Annotations': '批注',
    'Orphaned Annotations': '失去定位的批注',
    'Annotations: %1': '批注：%1',
    'The report has changed': '报告已改动',
    'The report changed since it was annotated. Annotations: %1.\n\nOrphaned annotations are listed in their own pane; select text there to re-attach them.': '报告在批注之后有改动。批注：%1。\n\n失去定位的批注单独列在一个窗格中；选中正文后可将其重新挂接。',
    'The annotation file was damaged and has been moved aside to “%1”. You continue with no annotations; the damaged file is kept.': '批注文件已损坏，已移到一旁另存为“%1”。现在从空白批注开始；损坏的文件保留未删。',
    'The annotations are shown read-only, so nothing written by the newer version is lost. Update Yuepi to change them.': '批注以只读方式显示，新版本写入的内容不会丢失。如需修改，请升级阅批。',
    '%1\n\nChoose another place to save your annotations.': '%1\n\n请选择另一个位置保存批注。',
    'Annotations changed on disk': '批注文件已在磁盘上被修改',
    'Another program changed “%1”.\n\nLoad its version (your unsaved changes are dropped) or keep yours (its changes are overwritten)?': '另一个程序修改了“%1”。\n\n载入对方的版本（放弃您未保存的修改），还是保留您的版本（覆盖对方的修改）？',
    'Load Theirs': '载入对方版本',
    'Keep Mine': '保留我的版本',
    'Save annotations as': '批注另存为',
    'Annotations (*.json);;All files (*)': '批注文件 (*.json);;所有文件 (*)',
    'Author name': '批注人姓名',
    'Your name, stored with each annotation:': '您的姓名（随每条批注保存）：',
    # reading Chinese (gui/reading/feature.py, find bar, keywords, suggestions)
    "Loading dictionary…": "正在加载词典…",
    "Search Results": "搜索结果",
    "Keywords": "关键词",
    "Suggestions": "标注建议",
    "&Find…": "查找(&F)…",
    "Find &Next": "查找下一个(&N)",
    "Find &Previous": "查找上一个(&P)",
    "&Grow Selection": "扩大选区(&G)",
    "&Shrink Selection": "缩小选区(&S)",
    "Add &Word to Dictionary…": "添加词语到词典(&W)…",
    "Segmenting… %1%": "正在分词… %1%",
    "“%1” added to your dictionary.": "已将“%1”加入您的词典。",
    "Keywords:": "关键词：",
    "Find in report": "在报告中查找",
    "Match case": "区分大小写",
    "Notes too": "含备注",
    "Previous match (Shift+F3)": "上一个匹配（Shift+F3）",
    "Next match (F3)": "下一个匹配（F3）",
    "List all matches": "列出全部匹配",
    "Close (Esc)": "关闭（Esc）",
    "Segmenting… whole-word search follows.": "正在分词…稍后即可按整词查找。",
    "No matches": "无匹配",
    "%1 matches": "%1 处匹配",
    "+ %1 in notes": "+ 备注中 %1 处",
    "Context": "上下文",
    "Note · %1": "备注 · %1",
    "… %1 more not listed": "…另有 %1 处未列出",
    "Whole report": "全文",
    "Formulation": "提法",
    "Count": "次数",
    "Formulations 提法": "提法",
    "This section: %1": "本节：%1",
    "This section": "本节",
    "Click to go to each place in turn": "单击依次跳到各处",
    "Why": "依据",
    "Score": "分值",
    "Accept": "采纳",
    "Accept all of this tag": "采纳此标签的全部建议",
    "Reject": "驳回",
    "Underline in text": "在正文中加下划线",
    # suggestion reasons (gui/common/labels.py REASON_TEXTS, FACT_TEXTS)
    "cue {cues} under {section}": "“{section}”部分中的提示词“{cues}”",
    "cue {cues} after {opening}": "“{opening}”之后的提示词“{cues}”",
    "cue {cues}": "提示词“{cues}”",
    "section {section}": "所在部分：{section}",
    "after {opening}": "位于“{opening}”之后",
    "target {target}": "目标数值“{target}”",
    "result {result}": "成效数据“{result}”",
    "resolution {resolution}": "整改表态“{resolution}”",
    "figure {figure}": "统计数字“{figure}”",
    "; ": "；",
    "Plain": "普通",
    "Whole word": "整词",
    "Regular expression": "正则表达式",
    "Reject %n suggestion(s)": "驳回 %n 条建议",
    "Add word to dictionary": "添加词语到词典",
    "Word (it will be kept as one word when the text is segmented):":
        "词语（分词时将作为一个整词）：",
    # issue 11: symbolic links, annotation files made for another report
    "This is a symbolic link loop: the link leads back to itself, so there is no report "
    "to open.": "这是一个循环的符号链接：链接最终指回自身，没有可打开的报告。",
    "This is a symbolic link to a file that does not exist.": "这是一个符号链接，它指向的文件不存在。",
    "The annotation file is a symbolic link loop: the link leads back to itself.":
        "批注文件是一个循环的符号链接：链接最终指回自身。",
    "The export file is a symbolic link loop. Choose another file name.":
        "导出文件是一个循环的符号链接，请另选文件名。",
    "The annotation file was made for a different report.": "该批注文件是为另一份报告制作的。",
    "Annotations for another report": "其他报告的批注",
    "“%1” was made for the report “%2”, not for “%3”: only %4 of its %5 annotations were "
    "found in this text; the others would be added as orphans.\n\nImport it anyway?":
        "“%1”是为报告“%2”制作的，而不是“%3”：其 %5 条批注中只有 %4 条能在本报告中找到，"
        "其余的将作为失去锚点的批注加入。\n\n仍要导入吗？",
    # issue 11, sidecar: FIFO sidecar, repaired and salvaged files, the problems list
    "The annotation file is not a regular file (a device, pipe or socket). It is left alone "
    "and the annotations are read-only.":
        "批注文件不是普通文件（而是设备、管道或套接字）。阅批不会改动它，批注以只读方式显示。",
    "Invalid characters in the annotation file were replaced.": "批注文件中的无效字符已被替换。",
    "The annotation file was partly damaged.": "批注文件部分损坏。",
    "%n character(s) in the annotation file could not be stored (they came from a broken "
    "copy or another program) and were replaced with “�”. Nothing else was changed.":
        "批注文件中有 %n 个字符无法保存（来自损坏的复制内容或其他程序），已替换为“�”。"
        "其他内容均未改动。",
    "%n annotation file item(s) could not be read; they are listed in the Orphaned "
    "Annotations pane. Every other annotation was kept.":
        "批注文件中有 %n 项无法读取，已列在“失去定位的批注”窗格中。其余批注全部保留。",
    "Some details were missing and were filled in; every annotation was kept.":
        "部分信息缺失，已自动补全；所有批注均已保留。",
    "The original file was moved aside unchanged to “%1”; your annotations are saved anew.":
        "原文件已原样移到一旁，另存为“%1”；你的批注将重新保存。",
    "Problems in the annotation file: %n item(s) could not be read as they were. The "
    "original file was moved aside unchanged.":
        "批注文件中的问题：有 %n 项无法按原样读取。原文件已原样移到一旁保存。",
    "Annotation %1": "批注 %1",
    "%n item(s) of the file could not be read": "该文件中有 %n 项无法读取",
    "%n invalid character(s) replaced": "已替换 %n 个无效字符",
    "Tag %1": "标签 %1",
    "Rejected suggestion %1": "驳回的建议 %1",
    "File": "文件",
    "the item": "该项",
    "%1 is missing": "缺少 %1",
    "not an object": "不是对象",
    "%1: the end is not after the start": "%1：结束位置不在起始位置之后",
    "%1 is not valid": "%1 无效",
    "not loaded": "未载入",
    "loaded with a default": "已按默认值载入",
    "Item": "项目",
    "Problem": "问题",
    # two writers of one annotation file (issue 11: lock, merge, banner, failed saves)
    "The annotation file is being written by another program. Try again.":
        "批注文件正由其他程序写入，请稍后再试。",
    "The annotations could not be saved (internal error). Save them elsewhere with Save As…":
        "批注无法保存（内部错误）。请用“另存为…”将其保存到其他位置。",
    "Annotations are read-only: the report is open for editing in another Yuepi window.":
        "批注为只读：此报告正在另一个阅批窗口中编辑。",
    "Another Yuepi window took over this report; changes saved by both are merged.":
        "另一个阅批窗口接管了此报告；双方保存的修改将被合并。",
    "Merge changes from disk": "合并磁盘上的修改",
    "The annotation file is busy; saving again shortly.": "批注文件正忙，稍后将再次保存。",
    "Merged with the changes on disk: %n added or changed there.":
        "已与磁盘上的修改合并：对方新增或修改了 %n 条。",
    "%n edited on both sides: the newer version was kept.":
        "%n 条被双方同时修改：已保留较新的版本。",
    "Another program changed “%1” while you were working.":
        "您工作期间，另一个程序修改了“%1”。",
    "Merge keeps the changes of both (recommended). Load Theirs drops your unsaved changes; "
    "Keep Mine overwrites theirs. Cancel decides later: your changes stay in this window but "
    "are not saved until then.":
        "“合并”保留双方的修改（推荐）。“载入对方版本”放弃您未保存的修改；“保留我的版本”覆盖对方的"
        "修改。“取消”留待以后决定：您的修改仍保留在此窗口中，但在此之前不会保存。",
    "Merge": "合并",
    "Check A&gain": "重新检查(&G)",
    "Edit here if the other window has closed the report (its latest annotations are loaded)":
        "如果另一个窗口已关闭此报告，则在此编辑（载入其最新批注）",
    "Edit Any&way": "仍然编辑(&W)",
    "Edit here too: changes saved by both windows are merged":
        "也在此编辑：两个窗口保存的修改将被合并",
    "&Resolve…": "解决冲突(&R)…",
    "Merge with the changed file, load it, or keep your version":
        "与已修改的文件合并、载入该文件，或保留您的版本",
    "This report is open for editing in another Yuepi window (%1, pid %2, since %3). "
    "Opened read-only.":
        "此报告正在另一个阅批窗口中编辑（%1，进程 %2，自 %3 起）。已以只读方式打开。",
    "The annotation file was changed by another program. Your latest changes are kept in "
    "this window but not saved until you resolve this.":
        "批注文件已被其他程序修改。您最近的修改保留在此窗口中，但在解决此冲突之前不会保存。",
    "The report is now open for editing here.": "现在可以在此编辑此报告。",
    "Still open for editing in the other window; its latest annotations are shown.":
        "此报告仍在另一个窗口中编辑；显示的是其最新批注。",
    "Chinese input: Qt has no fcitx module here; start Yuepi with QT_IM_MODULE=ibus "
    "(see the README)":
        "中文输入：此处的 Qt 没有 fcitx 输入法模块；请以 QT_IM_MODULE=ibus 启动阅批（见 README）",
    # accessible names and descriptions (issue 13 item 6)
    'Tags at the cursor': '光标处的标签',
    'Orphaned annotations': '失去定位的批注',
    'Unreadable annotation file items': '批注文件中无法读取的条目',
    'Annotations whose text is no longer in the report; select text and re-attach them, or delete them':
        '原文已不在报告中的批注；选中文本后可重新关联，也可删除',
    'The note of the selected annotation': '所选批注的备注',
    'Show tag': '显示标签',
    'Show reviewer': '显示审阅人',
    'One row per annotation: tag, quote, note, section, reviewer, date':
        '每行一条批注：标签、引文、备注、章节、审阅人、日期',
    'The annotations of the report beside the note of the selected one': '报告的批注列表，旁边是所选批注的备注',
    'Search mode': '查找方式',
    'Keywords of the whole report and of the current section, and recurring formulations':
        '全文与当前章节的关键词，以及反复出现的提法',
    'Formulations': '提法',
    'Keywords of the whole report': '全文关键词',
    'Keywords of the current section': '当前章节关键词',
    'Every match of the search, with its section and context': '查找到的每一处结果及其章节和上下文',
    'Passages Yuepi suggests tagging; accept or reject them': '阅批建议标注的段落；可接受或拒绝',
    'The headings of the report; choose one to go there': '报告的各级标题；选择一项即跳转到该处',
    'Report text': '报告正文',
    'The report, read-only; select text and press a digit to tag it': '报告正文（只读）；选中文本后按数字键即可标注',
    'Format': '格式',
    'Language': '语言',
    'Tags to include': '包含的标签',
    'Reviewers to include': '包含的审阅人',
    'Keyboard shortcuts': '键盘快捷键',
    # outline corrections (gui/annotations/outline_edits.py, outline_actions.py,
    # lost_corrections.py, problem_list.py)
    "Make Level &1 Heading": "设为一级标题(&1)",
    "Make Level &2 Heading": "设为二级标题(&2)",
    "Make Level &3 Heading": "设为三级标题(&3)",
    "Make Level &4 Heading": "设为四级标题(&4)",
    "Make Level 1 Heading": "设为一级标题",
    "Make Level 2 Heading": "设为二级标题",
    "Make Level 3 Heading": "设为三级标题",
    "Make Level 4 Heading": "设为四级标题",
    "There is no text on this line to make a heading.": "此行没有文字，无法设为标题。",
    "Remove from Outline": "移出提纲",
    "“%1” is at the top level already.": "“%1”已在最高一级。",
    "“%1” has no earlier entry at its level to go under.":
        "“%1”前面没有同级条目，无法降级到它之下。",
    "Promote in Outline": "提纲升级",
    "Demote in Outline": "提纲降级",
    "The outline is the detected one: nothing to reset.": "提纲未经校正，无需恢复。",
    "Reset to Detected Outline": "恢复为自动识别的提纲",
    "Delete %n Outline Correction(s)": "删除 %n 处提纲校正",
    "There is no outline entry on this line.": "此行没有提纲条目。",
    "Correct Out&line": "校正提纲(&L)",
    "Re&move from Outline": "移出提纲(&M)",
    "&Promote": "升级(&P)",
    "&Demote": "降级(&D)",
    "&Reset to Detected Outline": "恢复为自动识别的提纲(&R)",
    "The entry is not a heading: its subsections move up to its parent":
        "该条目不是标题：其下级条目上移一级",
    "Move the entry and its subsections up a level": "该条目连同其下级条目升高一级",
    "Move the entry and its subsections under the entry before it":
        "该条目连同其下级条目移到前一个同级条目之下",
    "%n outline correction(s) could not be placed: their line is gone from the report. "
    "They are listed with the orphaned annotations.":
        "有 %n 处提纲校正无法定位：所在的行已从报告中删除。它们与失去定位的批注列在一起。",
    "Make Heading": "设为标题",
    "Promote": "升级",
    "Demote": "降级",
    "Correction": "校正",
    "Line": "所在行",
    "Delete Correction": "删除校正",
    "Outline corrections whose line is gone from the report: %n. They are kept and apply "
    "again if the line comes back.":
        "所在行已从报告中删除的提纲校正：%n 处。它们仍然保留，该行恢复后会重新生效。",
    "Outline correction %1": "提纲校正 %1",
    "Outline corrections whose line is gone": "所在行已删除的提纲校正",
    # the report changed on disk (gui/annotations/report_changes.py)
    "Re&load": "重新载入(&L)",
    "Show the text now on disk and re-anchor every annotation to it":
        "显示磁盘上现在的文本，并将每条批注重新定位到新文本",
    "The report was changed on disk by another program. Your annotations are still placed "
    "on, and saved with, the text shown here. Reload to show the new text and re-anchor them.":
        "报告已被其他程序在磁盘上修改。批注仍定位在此处显示的文本上，并按该文本保存。"
        "重新载入可显示新文本并重新定位批注。",
    "The report is no longer on disk (deleted or moved). Its text stays here and your "
    "annotations are kept and saved beside where it was.":
        "报告已不在磁盘上（被删除或移走）。其文本仍显示在此处，批注会保留，并保存在原位置旁。",
    "The report changed on disk.": "报告在磁盘上已被修改。",
    "The report is no longer on disk.": "报告已不在磁盘上。",
    # the re-anchor notice, its pane named only with orphans (gui/annotations/feature.py)
    "The report changed since it was annotated. Annotations: %1.": "报告在批注之后有改动。批注：%1。",
    "Orphaned annotations are listed in their own pane; select text there to re-attach them.":
        "失去定位的批注单独列在一个窗格中；选中正文后可将其重新挂接。",
    # fewer, ranked suggestions (gui/reading/suggestions_panel.py)
    "Min. score": "最低分值",
    "Minimum score": "最低分值",
    "Hide suggestions scored below this": "隐藏分值低于此值的建议",
    "The chance that the suggested tag is right, measured on labelled reports":
        "建议的标签正确的可能性，依据已标注的报告测得",
    "Right in about %1 of 10 similar suggestions": "同类建议中约每 10 条有 %1 条正确",
    "Show all": "全部显示",
    "List every suggestion, not only the best %1 of each section":
        "列出所有建议，而不只是每个部分得分最高的 %1 条",
    "Opening": "开头",
    "Whole text": "全文",
    "%1 (%2)": "%1（%2）",
    # find bar: a regular expression abandoned at its time limit (issue 12)
    "The expression takes too long.": "该表达式耗时过长，已停止查找。",
    # PDF reports (issue 15, item 2: model/report/pdf_reader.py)
    "This PDF is protected by a password. Remove the password (or print it to a new PDF) "
    "and open it again.": "此 PDF 设有密码保护。请先解除密码（或另存为新的 PDF）后再打开。",
    "This PDF has no text layer (a scanned document?). Run OCR on it first, or open a .docx "
    "or .txt version of the report.":
        "此 PDF 没有文字层（可能是扫描件），需要先进行 OCR 文字识别，或打开报告的 .docx、.txt 版本。",
    "This PDF is larger than a report: too many pages or characters, or it takes too long "
    "to read.": "此 PDF 超出报告的规模：页数或字数过多，或读取耗时过长。",
    "PDF support is not installed (the pypdfium2 package).": "未安装 PDF 支持组件（pypdfium2 软件包）。",
    "{path}  ·  page {page} of {pages}": "{path}  ·  第 {page} 页，共 {pages} 页",
    # suggestions that learn from the reviewer (gui/reading/learning_feature.py, issue 14)
    "learned from your tags": "从您的标注中学到",
    "learned {learned}": "学习调整{learned}",
    "What Suggestions &Learned…": "建议学到了什么(&L)…",
    "What suggestions learned could not be read (the file was damaged); it was set aside as "
    "%1 and learning starts again.":
        "无法读取建议的学习记录（文件已损坏）；已将其另存为 %1，学习重新开始。",
    "What suggestions learned was saved by a newer Yuepi: it is not used or changed by this one.":
        "建议的学习记录由更新版本的阅批保存：本版本不会使用或修改它。",
    "What suggestions learned cannot be read: %1. Suggestions do not learn in this session.":
        "无法读取建议的学习记录：%1。本次运行中建议不会学习。",
    "Cannot save what suggestions learned: %1": "无法保存建议的学习记录：%1",
    "Cannot reset what suggestions learned: %1": "无法重置建议的学习记录：%1",
    "Suggestions forgot what they learned: from the next report you open they come from the "
    "rules alone.": "建议已忘记所学内容：从下一份打开的报告起，建议仅依据规则给出。",
    "Reset What Suggestions Learned": "重置建议的学习记录",
    "Forget every accept, reject and hand tag that suggestions learned from? Suggestions go "
    "back to the rules alone. This cannot be undone.":
        "要忘记建议从中学习的所有采纳、拒绝和手动标注吗？建议将恢复为仅依据规则给出。此操作无法撤销。",
    "What Suggestions Learned": "建议学到了什么",
    "&Reset…": "重置(&R)…",
    "Accepted": "已采纳",
    "Rejected": "已拒绝",
    "Tagged by hand": "手动标注",
    "Suggestions learn from what you accept, reject and tag by hand in every report you open, "
    "and use it to re-rank and add suggestions.":
        "建议会从您在每份报告中采纳、拒绝和手动标注的内容中学习，并据此重新排序和补充建议。",
    "Learned from %1 signal(s) in %2 report(s).": "已从 %2 份报告中的 %1 次操作学习。",
    "Nothing learned yet: suggestions come from the rules alone.": "尚未学习：建议仅依据规则给出。",
    "Kept in %1": "保存在 %1",
    # a large annotation file read in the background (issue 12)
    "Loading annotations…": "正在载入批注…",
    "The annotations are still loading; try again in a moment.": "批注仍在载入，请稍后再试。",
    # Word/WPS comments both ways, print preview, the reviewer prompt (issue 15)
    "The .docx report changed on disk since it was opened. Open it again, then export.":
        "该 .docx 报告在打开后已被修改，请重新打开后再导出。",
    "The comments of this .docx cannot be read (its comments part is damaged).":
        "无法读取该 .docx 中的批注（批注部分已损坏）。",
    "Some comments mark text this report does not have.": "部分批注所标注的文字在本报告中找不到。",
    "Import Co&mments from .docx…": "从 .docx 导入批注(&M)…",
    "&Import": "导入(&I)",
    "E&xport": "导出(&X)",
    "Export Annotated Cop&y (.docx)…": "导出批注本 (.docx)(&Y)…",
    "Print Pre&view…": "打印预览(&V)…",
    "Print Preview": "打印预览",
    "Export Annotated Copy (.docx)": "导出批注本 (.docx)",
    "A copy of the report with each annotation as a Word comment. Choose the annotations "
    "and notes it carries.": "将报告另存一份，每条批注成为其中的 Word 批注。请选择要带上的批注和备注。",
    "Preview…": "预览…",
    "Save .docx…": "保存 .docx…",
    "Export annotated copy": "导出批注本",
    "Word documents (*.docx)": "Word 文档 (*.docx)",
    "Import comments": "导入批注",
    "Word documents (*.docx);;All files (*)": "Word 文档 (*.docx);;所有文件 (*)",
    "Saved %n comment(s) in the annotated copy %1": "已将 %n 条批注保存到批注本 %1",
    "%n orphaned annotation(s) left out": "%n 条失去定位的批注未导出",
    "No new comments in %1.": "%1 中没有新的批注。",
    "%1 has no comments.": "%1 中没有批注。",
    "Import comments from %1": "从 %1 导入批注",
    "Imported %n comment(s) from %1": "已从 %1 导入 %n 条批注",
    "Comments not found": "未找到批注位置",
    "%n comment(s) of %1 mark text this report does not have. They were kept as orphaned "
    "annotations (see Orphaned Annotations):":
        "%1 中有 %n 条批注所标注的文字在本报告中找不到，已作为失去定位的批注保留（见“失去定位的批注”）：",
    "… and %n more": "……另有 %n 条",
    "Reviewer": "审阅人",
    "Your name goes with each annotation and comment; the unit signs the review. Both are "
    "remembered.": "您的姓名将记在每条批注上，单位用于审阅意见落款。两者都会被记住。",
    "e.g. 张明": "例如：张明",
    "e.g. 县政府办公室": "例如：县政府办公室",
    "&Name:": "姓名(&N)：",
    "&Unit:": "单位(&U)：",
    # follow-up (整改) of findings (issue 15, item 3) and the Word 审阅意见 (item 4)
    "One row per annotation: tag, quote, note, section, reviewer, date, follow-up, deadline":
        "每行一条批注：标签、原文、批注、章节、批注人、日期、整改状态、整改期限",
    "Follow-up": "整改",
    "Deadline": "整改期限",
    "Pending": "待处理",
    "In progress": "整改中",
    "Done": "已完成",
    "Not applicable": "不适用",
    "Overdue": "逾期",
    "⚠ Overdue": "⚠ 已逾期",
    "Show follow-up": "按整改状态显示",
    "Follow-up: no status": "整改：清除状态",
    "Follow-up: %1": "整改：%1",
    "All follow-up": "全部整改状态",
    "No status": "无整改状态",
    "Follow-up status": "整改状态",
    "(none)": "（无）",
    "Responsible unit": "责任单位",
    "No deadline": "无期限",
    "Clear": "清除",
    "Clear the deadline": "清除整改期限",
    "Follow-up note": "整改情况",
    "What has been done": "已采取的整改措施",
    "Unit": "责任单位",
    "Progress": "整改情况",
    "Set follow-up": "设置整改",
    "Addressee": "主送机关",
    "A&ddressee:": "主送机关(&D)：",
    "e.g. the office the review goes to (Word only)": "如：市人民政府办公厅（仅 Word）",
    "This export format needs a package that is not installed (Excel: openpyxl).":
        "此导出格式所需的程序包未安装（Excel：openpyxl）。",
    "The two reports have the same text; compare a report with the next year's.":
        "两份报告文字相同；请与下一年的报告对照。",
    "The comparison file is damaged; it was moved aside and the comparison starts empty.":
        "对照文件已损坏，已移到一旁，对照从空白开始。",
    "This link cannot be made: a passage lies outside its report or the verdict is unknown.":
        "无法建立此关联：有段落超出报告范围，或兑现结论无法识别。",
    "No stored link has this id.":
        "没有此编号的已存关联。",
    # the compare window (gui/compare)
    "Co&mpare With…": "与另一报告对照(&M)…",
    "Compare reports": "对照报告",
    "Earlier report (A, its commitments): %1\nLater report (B, its results): %2":
        "前一报告（A，其承诺）：%1\n后一报告（B，其成效）：%2",
    "Compare": "对照",
    "Swap and Compare": "互换后对照",
    "Figure": "数据",
    "Section in B": "B 中章节",
    "Proposed evidence (B)": "B 中的候选依据",
    "No.": "序号",
    "Verdict": "结论",
    "Source": "来源",
    "Commitment (A)": "A 中的承诺",
    "Kept": "已兑现",
    "Partly kept": "部分兑现",
    "Not kept": "未兑现",
    "Not mentioned": "未提及",
    "Tagged": "已标注",
    "Suggested": "建议",
    "Target": "目标",
    "Plan part": "计划部分",
    "Linked": "已关联",
    "met": "达标",
    "missed": "未达标",
    "Loading the dictionary…": "正在加载词典…",
    "Finding evidence in the later report…": "正在后一报告中查找依据…",
    "The comparison file was changed by another program; its decisions and yours were "
    "merged.": "对照文件已被其他程序修改；其中的判定已与您的判定合并。",
    "Select a passage of the later report first.": "请先在后一报告中选中一段文字。",
    "This passage is already linked to the commitment.": "这段文字已关联到该承诺。",
    "Link evidence": "关联依据",
    "Set verdict": "给出结论",
    "Link evidence in the later report first (Enter on a candidate, or select text and "
    "press Ctrl+L).": "请先关联后一报告中的依据（在候选上按回车，或选中文字后按 Ctrl+L）。",
    "Remove link": "移除关联",
    "This commitment is already tagged in the earlier report.": "该承诺已在前一报告中标注。",
    "The earlier report's tag set has no commitment tag.": "前一报告的标签集中没有“承诺”标签。",
    "The earlier report's annotations cannot be changed now (read-only or still loading).":
        "前一报告的批注现在无法修改（只读或仍在加载）。",
    "Accept commitment": "采纳承诺",
    "&Decide": "判定(&D)",
    "&Compare Reports…": "对照报告(&C)…",
    "&Swap Earlier and Later": "互换前后报告(&S)",
    "&Close": "关闭(&C)",
    "Edit &Note": "编辑备注(&N)",
    "&Link Candidate": "关联候选(&L)",
    "Link &Selection in Later Report": "关联后一报告中的选中文字(&S)",
    "&Remove Link": "移除关联(&R)",
    "Verdict: &Kept": "结论：已兑现(&K)",
    "Verdict: &Partly Kept": "结论：部分兑现(&P)",
    "Verdict: N&ot Kept": "结论：未兑现(&O)",
    "Verdict: Not &Mentioned": "结论：未提及(&M)",
    "&Tag as Commitment in Earlier Report": "在前一报告中标注为承诺(&T)",
    "&Next Commitment": "下一条承诺(&N)",
    "P&revious Commitment": "上一条承诺(&R)",
    "Go to &Commitments": "转到承诺列表(&C)",
    "Go to C&andidates": "转到候选依据(&A)",
    "Earlier report (A)": "前一报告（A）",
    "Later report (B)": "后一报告（B）",
    "Commitments of the earlier report": "前一报告的承诺",
    "Proposed evidence in the later report": "后一报告中的候选依据",
    "Cannot compare these reports": "无法对照这两份报告",
    "%n commitment(s) in the earlier report": "前一报告中有 %n 条承诺",
    "Comparison": "对照",
    "No candidate is selected.": "未选中候选依据。",
    "Compare — Yuepi": "对照 — 阅批",
    "Linked evidence (Delete removes a link)": "已关联的依据（按 Delete 移除关联）",
    "Linked evidence": "已关联的依据",
    "Note on the decision": "判定备注",
    "A note on the decision": "对判定的备注",
    "Link evidence or give a verdict, then write a note": "先关联依据或给出结论，再写备注",
    "Choose two reports: File › Compare Reports… (Ctrl+O)": "请选择两份报告：文件 › 对照报告…（Ctrl+O）",
    # the compare window's 对照表 export (gui/compare/table_export.py)
    "Word document (*.docx)": "Word 文档 (*.docx)",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "CSV table (*.csv)": "CSV 表格 (*.csv)",
    "Markdown (*.md)": "Markdown 文档 (*.md)",
    "Export comparison table": "导出承诺兑现对照表",
    "&Export Comparison Table…": "导出对照表(&E)…",
    "Open two reports to compare first.": "请先打开要对照的两份报告。",
    "Comparison table saved: %1": "对照表已保存：%1",
    "[not B’s review]": "〔非回顾部分〕",
    "No passage of the later report is proposed for this commitment: select one in B and press Ctrl+L, or give Not Mentioned (Ctrl+4).":
        "后一报告中没有为这项承诺找到候选依据：可在 B 中选中文字后按 Ctrl+L 关联，或判定为未提及（Ctrl+4）。",
    "%n suggested commitment(s) not yet decided are not listed (tag one with Ctrl+T to list it as unchecked).":
        "另有 %n 条建议承诺尚未判定，未列入表中（按 Ctrl+T 标为承诺后即以“未核对”列出）。",
    "weak": "弱",
    "The earlier report's title names a later year than the later report's: check the order (File › Swap Earlier and Later, Ctrl+Shift+X).":
        "前一报告标题中的年份晚于后一报告：请检查先后顺序（文件 › 互换前后报告，Ctrl+Shift+X）。",
    # the compare window: reports watched on disk, verdicts alone, the commitment's note
    "%1 changed on disk and was read again: %n link(s) could not be placed on its new text; they are kept and listed as not found.":
        "%1 已被其他程序修改，已重新读取：有 %n 条关联无法在新文本中定位，已保留并标为“未找到”。",
    "%1 changed on disk and was read again; every link was placed on its new text.":
        "%1 已被其他程序修改，已重新读取；所有关联均已在新文本中重新定位。",
    "%1 changed on disk but cannot be compared now (%2); the text shown stays.":
        "%1 已被其他程序修改，但目前无法对照（%2）；仍显示原文本。",
    "%1 is no longer on disk (deleted or moved); its text and the links stay here.":
        "%1 已不在磁盘上（被删除或移走）；其文本和关联仍保留在此窗口中。",
    "This commitment is no longer in the earlier report (it was changed on disk); its decision is kept. Remove its links (Delete) if it no longer applies.":
        "前一报告中已找不到这项承诺（文件已被修改）；其判定仍保留。如已不适用，可按 Delete 移除关联。",
    "Not found": "未找到",
    "moved": "位置已变",
    "text changed": "文字有改动",
    "not found in the report": "报告中已找不到",
    "Verdict recorded without evidence. To add evidence: Enter on a candidate, or select text in the later report and press Ctrl+L.":
        "已记录结论，未关联依据。如需关联依据：在候选依据上按 Enter，或在后一报告中选中文字后按 Ctrl+L。",
    "Verdict on this commitment": "这项承诺的结论",
    "Note on this commitment (Ctrl+E; Esc back to the list; one for all its evidence)":
        "这项承诺的备注（Ctrl+E；Esc 返回列表；各条依据共用一条）",
    "Note on this commitment": "这项承诺的备注",
    "The note belongs to the decision on the commitment, as its verdict does: one note for all the evidence linked to it. The comparison table gives it with the commitment's verdict (in Word, one merged cell).":
        "备注与结论一样属于对这项承诺的判定：关联的各条依据共用一条备注。对照表中与该承诺的结论一同列出（Word 中合并为一格）。",
    "Why this verdict: what the evidence shows, what is missing":
        "判定理由：依据说明了什么，还缺什么",
    "[%1] no evidence linked (Enter on a candidate or Ctrl+L links one)":
        "[%1] 未关联依据（在候选依据上按 Enter 或按 Ctrl+L 可关联）",
    "The earlier report is open in the main window on its old text: reload it there too, so its tagged commitments are used here.":
        "主窗口中打开的前一报告仍是旧文本：请在主窗口中也重新载入，以便这里使用其中标注的承诺。",
    "Evidence linked; verdict: %1 (Ctrl+1…4 changes it).": "已关联依据，结论：%1（按 Ctrl+1…4 可更改）。",
    "The verdict is already %1.": "结论已是%1。",
    "Verdict: %1.": "结论：%1。",
    "Not mentioned: the linked evidence was removed (Ctrl+Z brings it back).":
        "未提及：已移除所关联的依据（按 Ctrl+Z 可恢复）。",
    "Undone: %1": "已撤销：%1",
    "Redone: %1": "已重做：%1",
    "This commitment is no longer in the earlier report: its decision can be changed or removed, but nothing new can be linked to it.":
        "前一报告中已找不到这项承诺：其判定可以更改或移除，但不能再关联新的内容。",
    "How closely the passage reports on the commitment: the distinctive words, the subject and the indicator they share, more when its figure answers the target. A relative score for ranking, not a probability (it can exceed 1); below 0.20 the match is weak.": "这段文字与承诺相符的程度：共有的关键词、主题和指标，数字对上目标时更高。这是用于排序的相对分值，不是概率（可以大于1）；低于0.20为弱匹配。",
    "Why: %1": "依据：%1",
    "The candidates' order and the strength of each place: 1.00 is first both by the matcher's score (the distinctive words, the subject and the indicator shared, more when a figure answers the target) and by how many of the commitment's words the passage repeats. Relative to this commitment's candidates, not a probability. The matcher's own score is in each row's tooltip; below 0.20 the match is weak.":
        "候选的排序及各名次的强度：1.00 表示按匹配分值（共有的关键词、主题和指标，数字对上目标时更高）和重复承诺用词的多少都排第一。只在这项承诺的候选之间比较，不是概率。每行的提示中有匹配分值；分值低于0.20为弱匹配。",
    "Rank %1, strength %2; the matcher's score %3": "第 %1 名，强度 %2；匹配分值 %3",
    "(weak: shares little with the commitment)": "（弱：与承诺共有的内容很少）",
    "Rank": "排名",
    "Interface &Language": "界面语言(&L)",
    "Follow the &System": "跟随系统(&S)",
    "Interface Language": "界面语言",
    "The new interface language is shown once Yuepi restarts.": "新的界面语言将在阅批重新启动后显示。",
    "Restart Now saves your annotations, closes the windows and opens the same reports again. Later keeps working in this language until the next start.":
        "“立即重启”会保存批注、关闭窗口并重新打开同样的报告；“稍后”则继续使用当前语言，直到下次启动。",
    "&Restart Now": "立即重启(&R)",
    "&Later": "稍后(&L)",
    "The interface language changes the next time Yuepi starts.": "界面语言将在下次启动阅批时更改。",
    "How closely the passage reports on the commitment: the distinctive words, the subject and the indicator they share, more when its figure answers the target. A relative score for ranking, not a probability (it can exceed 1); below 0.20 the match is weak. The list's order also weighs how many of the commitment's words the passage repeats, so a lower score can come first.": "这段文字与承诺相符的程度：共有的关键词、主题和指标，数字对上目标时更高。这是用于排序的相对分值，不是概率（可以大于1）；低于0.20为弱匹配。列表的顺序还考虑这段文字重复承诺用词的多少，因此分值较低的可能排在前面。",
    "%n suggestion(s) score below %1: lower the minimum score to see them.":
        "%n 条建议的分值低于 %1：调低最低分值即可看到。",
    "No tag has the key %1: Annotations › Edit Tags… adds one.":
        "没有标签使用按键 %1：可在“批注 › 编辑标签…”中添加。",
    "%n annotation(s) loaded.": "已载入 %n 条批注。",
    "Learned from %1 in %2.": "已从 %2中的 %1学习。",
    "%n signal(s)": "%n 次操作",
    "%n report(s)": "%n 份报告",
    "%n match(es)": "%n 处匹配",
    "Comments are read from a Word/WPS .docx file only.": "只能从 Word/WPS 的 .docx 文件读取批注。",
    "Word review opinion 审阅意见 (.docx)": "Word 审阅意见 (.docx)",
    "Yuepi already shows this language.": "阅批已在使用该语言。",
    "Compare With: the Other Report": "与另一报告对照：选择另一份报告",
    "Compare Reports: the Earlier Report": "对照报告：选择前一报告",
    "Compare Reports: the Later Report": "对照报告：选择后一报告",
    "To tag as %1: select a passage in the text, then press %2.":
        "要标为“%1”：请在正文中选中一段文字，再按 %2。",
    "Accept %n suggestion(s) as %1": "将 %n 条建议采纳为“%1”",
}

#: (context, source) → translation, for the rare text that differs by class.
CONTEXT_STRINGS: dict[tuple[str, str], str] = {
    # Qt's texts that qtbase_zh_CN.qm lacks (gui/common/qt_strings.py)
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}
