"""Simplified Chinese for every interface string (source text → translation).

tools/fill_translations.py copies these into resources/i18n/yuepi_zh_CN.ts. Add a line
for each new tr()/translate() string, then run `make translations`. Use CONTEXT_STRINGS
only when one English text needs different Chinese in different classes.
"""
from __future__ import annotations

STRINGS: dict[str, str] = {
    # model error codes (gui/labels.py)
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
    "This file type is not supported. Open a .txt, .md or .docx file.":
        "不支持此文件类型，请打开 .txt、.md 或 .docx 文件。",
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
    # status bar and window (gui/labels.py)
    "No report open": "未打开报告",
    "Before the first heading": "正文开头",
    "{count} characters": "{count} 字",
    "Open a report (Ctrl+O) or drop a file here": "打开报告（Ctrl+O），或将文件拖放到这里",
    "Cannot open report": "无法打开报告",
    "The file no longer exists and was removed from the recent files list.":
        "该文件已不存在，已从最近打开的文件列表中移除。",
    "Opened {name}": "已打开 {name}",
    "Cannot detect the outline": "无法识别提纲",
    # menus and actions (gui/main_window.py, gui/recent_files.py)
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
    "Expand to &Level": "展开到层级(&L)",
    "Level {level}": "第 {level} 级",
    "&Filter Outline": "筛选提纲(&F)",
    "Go to &Outline": "转到提纲(&O)",
    "Go to &Text": "转到正文(&T)",
    "&Next Pane": "下一窗格(&N)",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "&Actual Size": "原始大小(&A)",
    "Yuepi": "阅批",
    # dialogs (gui/messages.py)
    "Open report": "打开报告",
    "Reports (*.txt *.md *.docx);;All files (*)": "报告 (*.txt *.md *.docx);;所有文件 (*)",
    "About Yuepi": "关于阅批",
    "<b>Yuepi</b> — read and annotate Chinese official reports.<br>"
    "The outline beside the text follows your reading position.":
        "<b>阅批</b>——阅读并批注中文公文报告。<br>正文旁的提纲会跟随您的阅读位置。",
    # outline pane
    "Outline": "提纲",
    "Filter headings": "筛选标题",
    # annotations (gui/controller.py, gui/highlighter.py, gui/annotation_*.py)
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
    # annotation panes (gui/annotation_*.py, gui/note_editor.py, gui/tag_*.py)
    "Filter annotations": "筛选批注",
    "Delete": "删除",
    "All tags": "全部标签",
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
    "New tag": "新标签",
}

#: (context, source) → translation, for the rare text that differs by class.
CONTEXT_STRINGS: dict[tuple[str, str], str] = {}
