<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AAnnotations</name>
        <message>
            <location filename="../../gui/compare/a_annotations.py" line="112" />
            <source>This commitment is already tagged in the earlier report.</source>
            <translation>该承诺已在前一报告中标注。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/a_annotations.py" line="116" />
            <source>The earlier report's tag set has no commitment tag.</source>
            <translation>前一报告的标签集中没有“承诺”标签。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/a_annotations.py" line="119" />
            <source>The earlier report's annotations cannot be changed now (read-only or still loading).</source>
            <translation>前一报告的批注现在无法修改（只读或仍在加载）。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/a_annotations.py" line="125" />
            <source>Accept commitment</source>
            <translation>采纳承诺</translation>
        </message>
    </context>
    <context>
        <name>AnnotationHighlighter</name>
        <message>
            <location filename="../../gui/annotations/annotation_tooltip.py" line="26" />
            <source>by %1</source>
            <translation>来自 %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <location filename="../../gui/annotations/panel.py" line="71" />
            <source>Show tag</source>
            <translation>显示标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="72" />
            <source>Show reviewer</source>
            <translation>显示审阅人</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="74" />
            <source>Show follow-up</source>
            <translation>按整改状态显示</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="79" />
            <location filename="../../gui/annotations/panel.py" line="80" />
            <source>Filter annotations</source>
            <translation>筛选批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="83" />
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="84" />
            <source>One row per annotation: tag, quote, note, section, reviewer, date, follow-up, deadline</source>
            <translation>每行一条批注：标签、原文、批注、章节、批注人、日期、整改状态、整改期限</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="165" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="167" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="171" />
            <source>Follow-up: no status</source>
            <translation>整改：清除状态</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="174" />
            <source>Follow-up: %1</source>
            <translation>整改：%1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="180" />
            <source>All follow-up</source>
            <translation>全部整改状态</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="181" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="184" />
            <source>No status</source>
            <translation>无整改状态</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="221" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="263" />
            <source>All reviewers</source>
            <translation>全部批注人</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="265" />
            <source>(no author)</source>
            <translation>（未署名）</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="328" />
            <source>Retag as…</source>
            <translation>改标为…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py" line="335" />
            <source>Follow-up status</source>
            <translation>整改状态</translation>
        </message>
    </context>
    <context>
        <name>AnnotationTableModel</name>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="36" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="37" />
            <source>Quote</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="38" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="39" />
            <source>Section</source>
            <translation>所在章节</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="40" />
            <source>Author</source>
            <translation>批注人</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="41" />
            <source>Modified</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="42" />
            <source>Follow-up</source>
            <translation>整改</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="43" />
            <source>Deadline</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="209" />
            <source>(orphaned)</source>
            <extracomment>Cells hold this much at most: the view elides what does not fit, in the middle, and the tooltip has the whole text.</extracomment>
            <translation>（已失去锚点）</translation>
        </message>
    </context>
    <context>
        <name>AuthorDialog</name>
        <message>
            <location filename="../../gui/common/author_dialog.py" line="25" />
            <source>Reviewer</source>
            <translation>审阅人</translation>
        </message>
        <message>
            <location filename="../../gui/common/author_dialog.py" line="27" />
            <source>Your name goes with each annotation and comment; the unit signs the review. Both are remembered.</source>
            <translation>您的姓名将记在每条批注上，单位用于审阅意见落款。两者都会被记住。</translation>
        </message>
        <message>
            <location filename="../../gui/common/author_dialog.py" line="32" />
            <source>e.g. 张明</source>
            <translation>例如：张明</translation>
        </message>
        <message>
            <location filename="../../gui/common/author_dialog.py" line="35" />
            <source>e.g. 县政府办公室</source>
            <translation>例如：县政府办公室</translation>
        </message>
        <message>
            <location filename="../../gui/common/author_dialog.py" line="37" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../gui/common/author_dialog.py" line="38" />
            <source>&amp;Unit:</source>
            <translation>单位(&amp;U)：</translation>
        </message>
    </context>
    <context>
        <name>CandidateModel</name>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="34" />
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="34" />
            <source>Section in B</source>
            <translation>B 中章节</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="34" />
            <source>Rank</source>
            <extracomment>a candidate outside B's review of the past year: greyed below this score of the matcher's a candidate shares little with the commitment: greyed and said so</extracomment>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="35" />
            <source>Proposed evidence (B)</source>
            <translation>B 中的候选依据</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="49" />
            <source>The candidates' order and the strength of each place: 1.00 is first both by the matcher's score (the distinctive words, the subject and the indicator shared, more when a figure answers the target) and by how many of the commitment's words the passage repeats. Relative to this commitment's candidates, not a probability. The matcher's own score is in each row's tooltip; below 0.20 the match is weak.</source>
            <translation>候选的排序及各名次的强度：1.00 表示按匹配分值（共有的关键词、主题和指标，数字对上目标时更高）和重复承诺用词的多少都排第一。只在这项承诺的候选之间比较，不是概率。每行的提示中有匹配分值；分值低于0.20为弱匹配。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="58" />
            <source>Rank %1, strength %2; the matcher's score %3</source>
            <translation>第 %1 名，强度 %2；匹配分值 %3</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="62" />
            <source>(weak: shares little with the commitment)</source>
            <translation>（弱：与承诺共有的内容很少）</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="86" />
            <source>weak</source>
            <translation>弱</translation>
        </message>
        <message>
            <location filename="../../gui/compare/candidate_model.py" line="99" />
            <source>[not B’s review]</source>
            <translation>〔非回顾部分〕</translation>
        </message>
    </context>
    <context>
        <name>ChoiceFields</name>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="45" />
            <source>Include &amp;notes</source>
            <translation>包含备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="51" />
            <source>&amp;Tags:</source>
            <translation>标签(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="52" />
            <source>&amp;Reviewers:</source>
            <translation>批注人(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="80" />
            <source>Tags to include</source>
            <translation>包含的标签</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="93" />
            <source>Reviewers to include</source>
            <translation>包含的审阅人</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/annotation_choice.py" line="95" />
            <source>(no name)</source>
            <translation>（未署名）</translation>
        </message>
    </context>
    <context>
        <name>CommitmentModel</name>
        <message>
            <location filename="../../gui/compare/commitment_model.py" line="27" />
            <source>No.</source>
            <extracomment>Verdict colours (a dot before the label): kept green, partly amber, not kept red.</extracomment>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../gui/compare/commitment_model.py" line="27" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../gui/compare/commitment_model.py" line="27" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../gui/compare/commitment_model.py" line="28" />
            <source>Section</source>
            <translation>所在章节</translation>
        </message>
        <message>
            <location filename="../../gui/compare/commitment_model.py" line="28" />
            <source>Commitment (A)</source>
            <translation>A 中的承诺</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../gui/compare/texts.py" line="11" />
            <source>Kept</source>
            <extracomment>Verdict key (model.compare.store.VERDICTS) → label, in the order of Ctrl+1…4.</extracomment>
            <translation>已兑现</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="12" />
            <source>Partly kept</source>
            <translation>部分兑现</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="13" />
            <source>Not kept</source>
            <translation>未兑现</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="14" />
            <source>Not mentioned</source>
            <translation>未提及</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="18" />
            <source>Tagged</source>
            <extracomment>Where a commitment of A came from (model.compare.proposals.Commitment.source).</extracomment>
            <translation>已标注</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="19" />
            <source>Suggested</source>
            <translation>建议</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="20" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="21" />
            <source>Plan part</source>
            <translation>计划部分</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="22" />
            <source>Linked</source>
            <translation>已关联</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="23" />
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="27" />
            <source>moved</source>
            <extracomment>How a linked passage was placed again after its report changed (anchored: no word).</extracomment>
            <translation>位置已变</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="28" />
            <source>text changed</source>
            <translation>文字有改动</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="29" />
            <source>not found in the report</source>
            <translation>报告中已找不到</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="33" />
            <source>met</source>
            <extracomment>A candidate's figure against the commitment's target.</extracomment>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="34" />
            <source>missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="37" />
            <source>Loading the dictionary…</source>
            <translation>正在加载词典…</translation>
        </message>
        <message>
            <location filename="../../gui/compare/texts.py" line="38" />
            <source>Finding evidence in the later report…</source>
            <translation>正在后一报告中查找依据…</translation>
        </message>
    </context>
    <context>
        <name>CompareController</name>
        <message>
            <location filename="../../gui/compare/controller.py" line="204" />
            <source>The comparison file was changed by another program; its decisions and yours were merged.</source>
            <extracomment>Proposals start this long after the pair is shown (see open()). proposals start this long after they are asked for (once for several asks)</extracomment>
            <translation>对照文件已被其他程序修改；其中的判定已与您的判定合并。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="231" />
            <source>Select a passage of the later report first.</source>
            <translation>请先在后一报告中选中一段文字。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="236" />
            <source>This passage is already linked to the commitment.</source>
            <translation>这段文字已关联到该承诺。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="252" />
            <source>Link evidence</source>
            <translation>关联依据</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="263" />
            <source>Set verdict</source>
            <translation>给出结论</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="253" />
            <source>Evidence linked; verdict: %1 (Ctrl+1…4 changes it).</source>
            <translation>已关联依据，结论：%1（按 Ctrl+1…4 可更改）。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="300" />
            <source>The verdict is already %1.</source>
            <translation>结论已是%1。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="289" />
            <source>Verdict recorded without evidence. To add evidence: Enter on a candidate, or select text in the later report and press Ctrl+L.</source>
            <translation>已记录结论，未关联依据。如需关联依据：在候选依据上按 Enter，或在后一报告中选中文字后按 Ctrl+L。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="271" />
            <location filename="../../gui/compare/controller.py" line="295" />
            <source>Verdict: %1.</source>
            <translation>结论：%1。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="292" />
            <source>Not mentioned: the linked evidence was removed (Ctrl+Z brings it back).</source>
            <translation>未提及：已移除所关联的依据（按 Ctrl+Z 可恢复）。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="322" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="329" />
            <source>Remove link</source>
            <translation>移除关联</translation>
        </message>
        <message>
            <location filename="../../gui/compare/controller.py" line="337" />
            <source>This commitment is no longer in the earlier report: its decision can be changed or removed, but nothing new can be linked to it.</source>
            <translation>前一报告中已找不到这项承诺：其判定可以更改或移除，但不能再关联新的内容。</translation>
        </message>
    </context>
    <context>
        <name>CompareEntry</name>
        <message>
            <location filename="../../gui/shell/compare_entry.py" line="77" />
            <source>Compare reports</source>
            <translation>对照报告</translation>
        </message>
        <message>
            <location filename="../../gui/shell/compare_entry.py" line="78" />
            <source>Earlier report (A, its commitments): %1
Later report (B, its results): %2</source>
            <translation>前一报告（A，其承诺）：%1
后一报告（B，其成效）：%2</translation>
        </message>
        <message>
            <location filename="../../gui/shell/compare_entry.py" line="83" />
            <source>Compare</source>
            <translation>对照</translation>
        </message>
        <message>
            <location filename="../../gui/shell/compare_entry.py" line="85" />
            <source>Swap and Compare</source>
            <translation>互换后对照</translation>
        </message>
        <message>
            <location filename="../../gui/shell/compare_entry.py" line="104" />
            <source>Compare With: the Other Report</source>
            <translation>与另一报告对照：选择另一份报告</translation>
        </message>
        <message>
            <location filename="../../gui/shell/compare_entry.py" line="106" />
            <source>Compare Reports: the Earlier Report</source>
            <translation>对照报告：选择前一报告</translation>
        </message>
        <message>
            <location filename="../../gui/shell/compare_entry.py" line="112" />
            <source>Compare Reports: the Later Report</source>
            <translation>对照报告：选择后一报告</translation>
        </message>
    </context>
    <context>
        <name>CompareExport</name>
        <message>
            <location filename="../../gui/compare/table_export.py" line="25" />
            <source>Word document (*.docx)</source>
            <extracomment>The save dialog's filters, in the order offered (the first is the default).</extracomment>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="26" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="27" />
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="28" />
            <source>Markdown (*.md)</source>
            <translation>Markdown 文档 (*.md)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="44" />
            <location filename="../../gui/compare/table_export.py" line="112" />
            <source>Export comparison table</source>
            <extracomment>The format exported last (compare/export_format in the settings): offered next time.</extracomment>
            <translation>导出承诺兑现对照表</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="77" />
            <source>&amp;Export Comparison Table…</source>
            <translation>导出对照表(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="88" />
            <source>Open two reports to compare first.</source>
            <translation>请先打开要对照的两份报告。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="119" />
            <source>Comparison table saved: %1</source>
            <translation>对照表已保存：%1</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="123" />
            <source>%n suggested commitment(s) not yet decided are not listed (tag one with Ctrl+T to list it as unchecked).</source>
            <translation>另有 %n 条建议承诺尚未判定，未列入表中（按 Ctrl+T 标为承诺后即以“未核对”列出）。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/table_export.py" line="123" />
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <location filename="../../gui/compare/actions.py" line="20" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="21" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="22" />
            <source>&amp;Decide</source>
            <translation>判定(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="23" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="24" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="30" />
            <source>&amp;Compare Reports…</source>
            <extracomment>(attribute, menu, text, shortcuts, slot path from the window); "-" a separator; "export" marks where File › Export… goes (add_file_action inserts before it).</extracomment>
            <translation>对照报告(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="33" />
            <source>&amp;Swap Earlier and Later</source>
            <translation>互换前后报告(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="36" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="41" />
            <source>Edit &amp;Note</source>
            <translation>编辑备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="43" />
            <source>&amp;Link Candidate</source>
            <translation>关联候选(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="46" />
            <source>Link &amp;Selection in Later Report</source>
            <translation>关联后一报告中的选中文字(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="48" />
            <source>&amp;Remove Link</source>
            <translation>移除关联(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="52" />
            <source>Verdict: &amp;Kept</source>
            <translation>结论：已兑现(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="55" />
            <source>Verdict: &amp;Partly Kept</source>
            <translation>结论：部分兑现(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="58" />
            <source>Verdict: N&amp;ot Kept</source>
            <translation>结论：未兑现(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="60" />
            <source>Verdict: Not &amp;Mentioned</source>
            <translation>结论：未提及(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="64" />
            <source>&amp;Tag as Commitment in Earlier Report</source>
            <translation>在前一报告中标注为承诺(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="66" />
            <source>&amp;Next Commitment</source>
            <translation>下一条承诺(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="69" />
            <source>P&amp;revious Commitment</source>
            <translation>上一条承诺(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="72" />
            <source>Go to &amp;Commitments</source>
            <translation>转到承诺列表(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="75" />
            <source>Go to C&amp;andidates</source>
            <translation>转到候选依据(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="76" />
            <source>&amp;Next Pane</source>
            <translation>下一窗格(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="79" />
            <source>&amp;Previous Pane</source>
            <translation>上一窗格(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="82" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="86" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="87" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="89" />
            <source>Undone: %1</source>
            <extracomment>The status line after Ctrl+Z / Ctrl+Shift+Z (%1: the step, as the Edit menu names it).</extracomment>
            <translation>已撤销：%1</translation>
        </message>
        <message>
            <location filename="../../gui/compare/actions.py" line="90" />
            <source>Redone: %1</source>
            <translation>已重做：%1</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="92" />
            <source>Earlier report (A)</source>
            <extracomment>Splitters and headers whose state is remembered (compare/&lt;name&gt; in the settings).</extracomment>
            <translation>前一报告（A）</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="94" />
            <source>Later report (B)</source>
            <translation>后一报告（B）</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="107" />
            <source>Commitments of the earlier report</source>
            <translation>前一报告的承诺</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="114" />
            <source>Proposed evidence in the later report</source>
            <translation>后一报告中的候选依据</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="140" />
            <source>Choose two reports: File › Compare Reports… (Ctrl+O)</source>
            <translation>请选择两份报告：文件 › 对照报告…（Ctrl+O）</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="246" />
            <source>The earlier report's title names a later year than the later report's: check the order (File › Swap Earlier and Later, Ctrl+Shift+X).</source>
            <translation>前一报告标题中的年份晚于后一报告：请检查先后顺序（文件 › 互换前后报告，Ctrl+Shift+X）。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="254" />
            <source>Cannot compare these reports</source>
            <translation>无法对照这两份报告</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/compare/window.py" line="265" />
            <source>%n commitment(s) in the earlier report</source>
            <translation>
                <numerusform>前一报告中有 %n 条承诺</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="281" />
            <source>Comparison</source>
            <translation>对照</translation>
        </message>
        <message>
            <location filename="../../gui/compare/following.py" line="29" />
            <source>This commitment is no longer in the earlier report (it was changed on disk); its decision is kept. Remove its links (Delete) if it no longer applies.</source>
            <extracomment>Mark colours: A's commitments (the commitment tag's blue), linked evidence (green), the selected candidate's matched words (red ink, readable on the amber of the passage).</extracomment>
            <translation>前一报告中已找不到这项承诺（文件已被修改）；其判定仍保留。如已不适用，可按 Delete 移除关联。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/following.py" line="32" />
            <source>No passage of the later report is proposed for this commitment: select one in B and press Ctrl+L, or give Not Mentioned (Ctrl+4).</source>
            <translation>后一报告中没有为这项承诺找到候选依据：可在 B 中选中文字后按 Ctrl+L 关联，或判定为未提及（Ctrl+4）。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/deciding.py" line="18" />
            <source>No candidate is selected.</source>
            <translation>未选中候选依据。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/deciding.py" line="19" />
            <source>Select a passage of the later report first.</source>
            <translation>请先在后一报告中选中一段文字。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/window.py" line="334" />
            <source>Compare — Yuepi</source>
            <translation>对照 — 阅批</translation>
        </message>
        <message>
            <location filename="../../gui/compare/report_watching.py" line="61" />
            <source>%1 is no longer on disk (deleted or moved); its text and the links stay here.</source>
            <extracomment>what the last reload found (the window's status line keeps it in view)</extracomment>
            <translation>%1 已不在磁盘上（被删除或移走）；其文本和关联仍保留在此窗口中。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/report_watching.py" line="69" />
            <source>%1 changed on disk but cannot be compared now (%2); the text shown stays.</source>
            <translation>%1 已被其他程序修改，但目前无法对照（%2）；仍显示原文本。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/report_watching.py" line="77" />
            <source>%1 changed on disk and was read again: %n link(s) could not be placed on its new text; they are kept and listed as not found.</source>
            <translation>%1 已被其他程序修改，已重新读取：有 %n 条关联无法在新文本中定位，已保留并标为“未找到”。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/report_watching.py" line="82" />
            <source>%1 changed on disk and was read again; every link was placed on its new text.</source>
            <translation>%1 已被其他程序修改，已重新读取；所有关联均已在新文本中重新定位。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/report_watching.py" line="87" />
            <source>The earlier report is open in the main window on its old text: reload it there too, so its tagged commitments are used here.</source>
            <translation>主窗口中打开的前一报告仍是旧文本：请在主窗口中也重新载入，以便这里使用其中标注的承诺。</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <location filename="../../gui/annotations/sidecar_open.py" line="54" />
            <source>Loading annotations…</source>
            <translation>正在载入批注…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="232" />
            <source>The annotations are still loading; try again in a moment.</source>
            <extracomment>Asks the reviewer's name before the first tag when none was ever given (set by gui/annotations/actions.py; see ensure_author).</extracomment>
            <translation>批注仍在载入，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="238" />
            <source>Annotations are read-only: the report is open for editing in another Yuepi window.</source>
            <translation>批注为只读：此报告正在另一个阅批窗口中编辑。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="242" />
            <source>Annotations are read-only: the file was written by a newer Yuepi.</source>
            <translation>批注为只读：批注文件由更新版本的阅批写入。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="266" />
            <source>Nothing to tag here.</source>
            <translation>此处没有可标注的内容。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="270" />
            <source>Already tagged as %1.</source>
            <translation>已标注为“%1”。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="274" />
            <source>Tag as %1</source>
            <translation>标注为“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/controller.py" line="283" />
            <source>Accept %n suggestion(s)</source>
            <translation>
                <numerusform>采纳 %n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/controller.py" line="294" />
            <source>Reject %n suggestion(s)</source>
            <translation>
                <numerusform>驳回 %n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/controller.py" line="302" />
            <source>Delete %n annotation(s)</source>
            <translation>
                <numerusform>删除 %n 条批注</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="314" />
            <source>Retag as %1</source>
            <translation>改标为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="333" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="341" />
            <source>Select the text to attach the annotation to.</source>
            <translation>请选择要附加批注的文字。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="349" />
            <source>Re-attach annotation</source>
            <translation>重新附加批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/controller.py" line="375" />
            <source>Set follow-up</source>
            <translation>设置整改</translation>
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
        <message>
            <location filename="../../gui/annotations/sharing.py" line="115" />
            <source>Another Yuepi window took over this report; changes saved by both are merged.</source>
            <translation>另一个阅批窗口接管了此报告；双方保存的修改将被合并。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sharing.py" line="182" />
            <source>Merge changes from disk</source>
            <translation>合并磁盘上的修改</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sharing.py" line="212" />
            <source>The annotation file is busy; saving again shortly.</source>
            <translation>批注文件正忙，稍后将再次保存。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sharing.py" line="230" />
            <source>Merged with the changes on disk: %n added or changed there.</source>
            <translation>已与磁盘上的修改合并：对方新增或修改了 %n 条。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sharing.py" line="235" />
            <source>%n edited on both sides: the newer version was kept.</source>
            <translation>%n 条被双方同时修改：已保留较新的版本。</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="50" />
            <source>Verdict on this commitment</source>
            <translation>这项承诺的结论</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="64" />
            <source>Linked evidence (Delete removes a link)</source>
            <translation>已关联的依据（按 Delete 移除关联）</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="67" />
            <source>Linked evidence</source>
            <translation>已关联的依据</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="71" />
            <source>Note on this commitment (Ctrl+E; Esc back to the list; one for all its evidence)</source>
            <translation>这项承诺的备注（Ctrl+E；Esc 返回列表；各条依据共用一条）</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="75" />
            <source>Note on this commitment</source>
            <translation>这项承诺的备注</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="77" />
            <source>The note belongs to the decision on the commitment, as its verdict does: one note for all the evidence linked to it. The comparison table gives it with the commitment's verdict (in Word, one merged cell).</source>
            <translation>备注与结论一样属于对这项承诺的判定：关联的各条依据共用一条备注。对照表中与该承诺的结论一同列出（Word 中合并为一格）。</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="124" />
            <source>[%1] no evidence linked (Enter on a candidate or Ctrl+L links one)</source>
            <translation>[%1] 未关联依据（在候选依据上按 Enter 或按 Ctrl+L 可关联）</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="140" />
            <source>Why this verdict: what the evidence shows, what is missing</source>
            <translation>判定理由：依据说明了什么，还缺什么</translation>
        </message>
        <message>
            <location filename="../../gui/compare/decision_panel.py" line="142" />
            <source>Link evidence or give a verdict, then write a note</source>
            <translation>先关联依据或给出结论，再写备注</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="25" />
            <source>Word review opinion 审阅意见 (.docx)</source>
            <extracomment>(format id, label) in menu order; ids are model.export.FORMATS keys.</extracomment>
            <translation>Word 审阅意见 (.docx)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="55" />
            <source>Export Review</source>
            <extracomment>The 审阅意见's addressee line (Word only; "" = none).</extracomment>
            <translation>导出审阅结果</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="57" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="66" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="71" />
            <source>Addressee</source>
            <translation>主送机关</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="72" />
            <source>e.g. the office the review goes to (Word only)</source>
            <translation>如：市人民政府办公厅（仅 Word）</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="78" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="87" />
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="89" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/export_dialog.py" line="90" />
            <source>A&amp;ddressee:</source>
            <translation>主送机关(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="20" />
            <source>Plain</source>
            <extracomment>(mode for model.reading.search.find, combo text)</extracomment>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="21" />
            <source>Whole word</source>
            <translation>整词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="22" />
            <source>Regular expression</source>
            <translation>正则表达式</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="45" />
            <location filename="../../gui/reading/find_bar.py" line="46" />
            <source>Find in report</source>
            <translation>在报告中查找</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="51" />
            <source>Search mode</source>
            <translation>查找方式</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="54" />
            <source>Match case</source>
            <translation>区分大小写</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="55" />
            <source>Notes too</source>
            <translation>含备注</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="65" />
            <source>Previous match (Shift+F3)</source>
            <translation>上一个匹配（Shift+F3）</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="67" />
            <source>Next match (F3)</source>
            <translation>下一个匹配（F3）</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="68" />
            <source>List all matches</source>
            <translation>列出全部匹配</translation>
        </message>
        <message>
            <location filename="../../gui/reading/find_bar.py" line="69" />
            <source>Close (Esc)</source>
            <translation>关闭（Esc）</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="47" />
            <source>Pending</source>
            <extracomment>Follow-up statuses as the window names them (model/followup.py keys).</extracomment>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="48" />
            <source>In progress</source>
            <translation>整改中</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="49" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="50" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/table_model.py" line="52" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="45" />
            <source>Follow-up status</source>
            <extracomment>The date edit's minimum stands for "no deadline" (shown as its special value text). A deadline change is set after this pause (or at once when the edit is finished).</extracomment>
            <translation>整改状态</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="46" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="50" />
            <location filename="../../gui/annotations/followup_editor.py" line="51" />
            <source>Responsible unit</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="58" />
            <location filename="../../gui/annotations/followup_editor.py" line="99" />
            <source>Deadline</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="62" />
            <source>No deadline</source>
            <translation>无期限</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="64" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="65" />
            <source>Clear the deadline</source>
            <translation>清除整改期限</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="69" />
            <source>Follow-up note</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="70" />
            <source>What has been done</source>
            <translation>已采取的整改措施</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="98" />
            <source>Follow-up</source>
            <translation>整改</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="100" />
            <source>Unit</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="101" />
            <source>Progress</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/followup_editor.py" line="161" />
            <source>⚠ Overdue</source>
            <translation>⚠ 已逾期</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialogs</name>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="30" />
            <source>Export review</source>
            <translation>导出审阅结果</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="37" />
            <source>Export annotated PDF</source>
            <translation>导出带批注的 PDF</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="38" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="45" />
            <source>Export annotated copy</source>
            <translation>导出批注本</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="46" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="53" />
            <source>Import comments</source>
            <translation>导入批注</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="54" />
            <source>Word documents (*.docx);;All files (*)</source>
            <translation>Word 文档 (*.docx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="65" />
            <source>Print Preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="78" />
            <source>Import annotations</source>
            <translation>导入批注</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="79" />
            <source>Annotation files (*.annotations.json *.json);;All files (*)</source>
            <translation>批注文件 (*.annotations.json *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="99" />
            <source>“%1” was made for the report “%2”, not for “%3”: only %4 of its %5 annotations were found in this text; the others would be added as orphans.

Import it anyway?</source>
            <translation>“%1”是为报告“%2”制作的，而不是“%3”：其 %5 条批注中只有 %4 条能在本报告中找到，其余的将作为失去锚点的批注加入。

仍要导入吗？</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="106" />
            <source>Annotations for another report</source>
            <translation>其他报告的批注</translation>
        </message>
    </context>
    <context>
        <name>HandoffFeature</name>
        <message>
            <location filename="../../gui/handoff/feature.py" line="86" />
            <source>&amp;Import Annotations…</source>
            <translation>导入批注(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="87" />
            <source>&amp;Export Review…</source>
            <translation>导出审阅结果(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="89" />
            <source>Export Annotated P&amp;DF…</source>
            <translation>导出带批注的 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="90" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="91" />
            <source>Import Co&amp;mments from .docx…</source>
            <translation>从 .docx 导入批注(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="93" />
            <source>Export Annotated Cop&amp;y (.docx)…</source>
            <translation>导出批注本 (.docx)(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="95" />
            <source>Print Pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="98" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="100" />
            <source>E&amp;xport</source>
            <translation>导出(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="108" />
            <source>Copy Ci&amp;tation</source>
            <translation>复制引文(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="114" />
            <source>Copy Citation</source>
            <translation>复制引文</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="172" />
            <location filename="../../gui/handoff/printing.py" line="75" />
            <source>Export failed</source>
            <extracomment>Reports at least this long get a progress dialog while printing.</extracomment>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="176" />
            <source>the report or its annotation file</source>
            <translation>不能覆盖报告本身或其批注文件</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/handoff/feature.py" line="189" />
            <source>Exported %n annotation(s) to %1</source>
            <translation>
                <numerusform>已将 %n 条批注导出到 %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="202" />
            <source>Select text or an annotation to copy its citation.</source>
            <translation>请先选择文字或批注，再复制引文。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="205" />
            <source>Citation copied: %1</source>
            <translation>已复制引文：%1</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/printing.py" line="78" />
            <location filename="../../gui/handoff/printing.py" line="105" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/printing.py" line="81" />
            <source>Saved the annotated report (%n page(s)) to %1</source>
            <translation>已将带批注的报告（%n 页）保存到 %1</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/printing.py" line="104" />
            <source>Printed %n page(s).</source>
            <translation>已打印 %n 页。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/printing.py" line="138" />
            <source>Laying out the pages…</source>
            <translation>正在排版…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/printing.py" line="139" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/printing.py" line="147" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="289" />
            <source>Import failed</source>
            <translation>导入失败</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="294" />
            <location filename="../../gui/handoff/feature.py" line="303" />
            <source>Import cancelled.</source>
            <translation>已取消导入。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="307" />
            <source>Nothing new in %1.</source>
            <translation>%1 中没有新的批注。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="310" />
            <source>Import annotations from %1</source>
            <translation>导入 %1 的批注</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="327" />
            <source>%n item(s) of the file could not be read</source>
            <translation>该文件中有 %n 项无法读取</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="330" />
            <source>%n invalid character(s) replaced</source>
            <translation>已替换 %n 个无效字符</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="337" />
            <source>Imported %n annotation(s) from %1</source>
            <translation>已导入 %1 的 %n 条批注</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="341" />
            <source>%n added</source>
            <translation>新增 %n 条</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="342" />
            <source>%n updated</source>
            <translation>更新 %n 条</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="343" />
            <source>%n tag conflict(s)</source>
            <translation>标签冲突 %n 处</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/feature.py" line="346" />
            <source>re-anchored on this version: %1 moved, %2 orphaned</source>
            <translation>已按当前版本重新定位：%1 条移位，%2 条未能定位</translation>
        </message>
    </context>
    <context>
        <name>InputMethod</name>
        <message>
            <location filename="../../gui/shell/input_method.py" line="48" />
            <source>Chinese input: Qt has no fcitx module here; start Yuepi with QT_IM_MODULE=ibus (see the README)</source>
            <translation>中文输入：此处的 Qt 没有 fcitx 输入法模块；请以 QT_IM_MODULE=ibus 启动阅批（见 README）</translation>
        </message>
    </context>
    <context>
        <name>KeywordsPanel</name>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="35" />
            <source>Keywords of the whole report and of the current section, and recurring formulations</source>
            <translation>全文与当前章节的关键词，以及反复出现的提法</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="38" />
            <source>Keywords of the whole report</source>
            <translation>全文关键词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="40" />
            <source>Keywords of the current section</source>
            <translation>当前章节关键词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="47" />
            <source>Whole report</source>
            <translation>全文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="51" />
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="54" />
            <source>Formulations</source>
            <translation>提法</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="55" />
            <source>Formulation</source>
            <translation>提法</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="55" />
            <source>Count</source>
            <translation>次数</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="60" />
            <source>Formulations 提法</source>
            <translation>提法</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="80" />
            <source>This section: %1</source>
            <translation>本节：%1</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="125" />
            <source>Click to find “%1” in the report (weight %2)</source>
            <translation>点击在报告中查找“%1”（权重 %2）</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="41" />
            <location filename="../../gui/reading/keywords_panel.py" line="81" />
            <location filename="../../gui/reading/keywords_panel.py" line="100" />
            <source>This section</source>
            <translation>本节</translation>
        </message>
        <message>
            <location filename="../../gui/reading/keywords_panel.py" line="92" />
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
            <source>This file type is not supported. Open a .txt, .md, .docx or .pdf file.</source>
            <translation>不支持此文件类型，请打开 .txt、.md、.docx 或 .pdf 文件。</translation>
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
            <source>The expression takes too long.</source>
            <translation>该表达式耗时过长，已停止查找。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="47" />
            <source>The export failed.</source>
            <translation>导出失败。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="48" />
            <source>Unknown tag.</source>
            <translation>未知的标签。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="49" />
            <source>Unknown export format.</source>
            <translation>未知的导出格式。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="50" />
            <source>A Word export needs an output file.</source>
            <translation>导出 Word 文档需要指定输出文件。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="52" />
            <source>The export file cannot be written.</source>
            <translation>无法写入导出文件。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="53" />
            <source>The annotation file to merge does not exist.</source>
            <translation>要合并的批注文件不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="55" />
            <source>This looks like UTF-16 text without a byte-order mark. Save it as UTF-8.</source>
            <translation>这似乎是没有字节顺序标记（BOM）的 UTF-16 文本，请另存为 UTF-8 编码。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="57" />
            <source>This is not a regular file (a device, pipe or socket).</source>
            <translation>这不是普通文件（而是设备、管道或套接字）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="59" />
            <source>The annotation file cannot be read. Check that you have permission.</source>
            <translation>无法读取批注文件，请检查权限。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="61" />
            <source>This is a symbolic link loop: the link leads back to itself, so there is no report to open.</source>
            <translation>这是一个循环的符号链接：链接最终指回自身，没有可打开的报告。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="64" />
            <source>This is a symbolic link to a file that does not exist.</source>
            <translation>这是一个符号链接，它指向的文件不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="66" />
            <source>The annotation file is a symbolic link loop: the link leads back to itself.</source>
            <translation>批注文件是一个循环的符号链接：链接最终指回自身。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="69" />
            <source>The export file is a symbolic link loop. Choose another file name.</source>
            <translation>导出文件是一个循环的符号链接，请另选文件名。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="71" />
            <source>The annotation file was made for a different report.</source>
            <translation>该批注文件是为另一份报告制作的。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="73" />
            <source>The annotation file is not a regular file (a device, pipe or socket). It is left alone and the annotations are read-only.</source>
            <translation>批注文件不是普通文件（而是设备、管道或套接字）。阅批不会改动它，批注以只读方式显示。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="76" />
            <source>Invalid characters in the annotation file were replaced.</source>
            <translation>批注文件中的无效字符已被替换。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="78" />
            <source>The annotation file was partly damaged.</source>
            <translation>批注文件部分损坏。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="80" />
            <source>The annotation file is being written by another program. Try again.</source>
            <translation>批注文件正由其他程序写入，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="83" />
            <source>The annotations could not be saved (internal error). Save them elsewhere with Save As…</source>
            <translation>批注无法保存（内部错误）。请用“另存为…”将其保存到其他位置。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="86" />
            <source>The document unpacks to far more than a report can hold (a zip bomb?).</source>
            <translation>文档解压后的内容远超一份报告所能容纳的大小（可能是压缩炸弹）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="88" />
            <source>This PDF is protected by a password. Remove the password (or print it to a new PDF) and open it again.</source>
            <translation>此 PDF 设有密码保护。请先解除密码（或另存为新的 PDF）后再打开。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="91" />
            <source>This PDF has no text layer (a scanned document?). Run OCR on it first, or open a .docx or .txt version of the report.</source>
            <translation>此 PDF 没有文字层（可能是扫描件），需要先进行 OCR 文字识别，或打开报告的 .docx、.txt 版本。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="94" />
            <source>This PDF is larger than a report: too many pages or characters, or it takes too long to read.</source>
            <translation>此 PDF 超出报告的规模：页数或字数过多，或读取耗时过长。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="97" />
            <source>PDF support is not installed (the pypdfium2 package).</source>
            <translation>未安装 PDF 支持组件（pypdfium2 软件包）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="99" />
            <source>The .docx report changed on disk since it was opened. Open it again, then export.</source>
            <translation>该 .docx 报告在打开后已被修改，请重新打开后再导出。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="102" />
            <source>The comments of this .docx cannot be read (its comments part is damaged).</source>
            <translation>无法读取该 .docx 中的批注（批注部分已损坏）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="104" />
            <source>Some comments mark text this report does not have.</source>
            <translation>部分批注所标注的文字在本报告中找不到。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="106" />
            <source>This export format needs a package that is not installed (Excel: openpyxl).</source>
            <translation>此导出格式所需的程序包未安装（Excel：openpyxl）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="109" />
            <source>The two reports have the same text; compare a report with the next year's.</source>
            <translation>两份报告文字相同；请与下一年的报告对照。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="112" />
            <source>The comparison file is damaged; it was moved aside and the comparison starts empty.</source>
            <translation>对照文件已损坏，已移到一旁，对照从空白开始。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="115" />
            <source>This link cannot be made: a passage lies outside its report or the verdict is unknown.</source>
            <translation>无法建立此关联：有段落超出报告范围，或兑现结论无法识别。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="118" />
            <source>No stored link has this id.</source>
            <translation>没有此编号的已存关联。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="120" />
            <source>Comments are read from a Word/WPS .docx file only.</source>
            <translation>只能从 Word/WPS 的 .docx 文件读取批注。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="126" />
            <source>No report open</source>
            <extracomment>Status-bar and window strings shared by several widgets.</extracomment>
            <translation>未打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="127" />
            <source>Before the first heading</source>
            <translation>正文开头</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="128" />
            <source>{count} characters</source>
            <translation>{count} 字</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="129" />
            <source>Open a report (Ctrl+O) or drop a file here</source>
            <translation>打开报告（Ctrl+O），或将文件拖放到这里</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="130" />
            <source>Cannot open report</source>
            <translation>无法打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="131" />
            <source>The file no longer exists and was removed from the recent files list.</source>
            <translation>该文件已不存在，已从最近打开的文件列表中移除。</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="133" />
            <source>Opened {name}</source>
            <translation>已打开 {name}</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="134" />
            <source>Cannot detect the outline</source>
            <translation>无法识别提纲</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="136" />
            <source>{path}  ·  page {page} of {pages}</source>
            <translation>{path}  ·  第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="141" />
            <source>cue {cues} under {section}</source>
            <extracomment>Why a tag was suggested (model/reading/reasons.py codes and facts; keep the placeholders).</extracomment>
            <translation>“{section}”部分中的提示词“{cues}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="142" />
            <source>cue {cues} after {opening}</source>
            <translation>“{opening}”之后的提示词“{cues}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="143" />
            <source>cue {cues}</source>
            <translation>提示词“{cues}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="144" />
            <source>section {section}</source>
            <translation>所在部分：{section}</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="145" />
            <source>after {opening}</source>
            <translation>位于“{opening}”之后</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="146" />
            <source>learned from your tags</source>
            <translation>从您的标注中学到</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="149" />
            <source>target {target}</source>
            <translation>目标数值“{target}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="150" />
            <source>result {result}</source>
            <translation>成效数据“{result}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="151" />
            <source>figure {figure}</source>
            <translation>统计数字“{figure}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="152" />
            <source>resolution {resolution}</source>
            <translation>整改表态“{resolution}”</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="153" />
            <source>learned {learned}</source>
            <translation>学习调整{learned}</translation>
        </message>
        <message>
            <location filename="../../gui/common/labels.py" line="156" />
            <source>; </source>
            <extracomment>Between the parts of a reason ("cue … under …; target …").</extracomment>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="29" />
            <source>Interface &amp;Language</source>
            <extracomment>(setting, name): "" follows the system; the languages named in their own language.</extracomment>
            <translation>界面语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="34" />
            <source>Follow the &amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="54" />
            <source>Yuepi already shows this language.</source>
            <translation>阅批已在使用该语言。</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="60" />
            <source>The interface language changes the next time Yuepi starts.</source>
            <translation>界面语言将在下次启动阅批时更改。</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="71" />
            <source>Interface Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="72" />
            <source>The new interface language is shown once Yuepi restarts.</source>
            <translation>新的界面语言将在阅批重新启动后显示。</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="73" />
            <source>Restart Now saves your annotations, closes the windows and opens the same reports again. Later keeps working in this language until the next start.</source>
            <translation>“立即重启”会保存批注、关闭窗口并重新打开同样的报告；“稍后”则继续使用当前语言，直到下次启动。</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="76" />
            <source>&amp;Restart Now</source>
            <translation>立即重启(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/language_menu.py" line="77" />
            <source>&amp;Later</source>
            <translation>稍后(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>LearningDialog</name>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="27" />
            <source>Reset What Suggestions Learned</source>
            <translation>重置建议的学习记录</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="28" />
            <source>Forget every accept, reject and hand tag that suggestions learned from? Suggestions go back to the rules alone. This cannot be undone.</source>
            <translation>要忘记建议从中学习的所有采纳、拒绝和手动标注吗？建议将恢复为仅依据规则给出。此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="47" />
            <source>What Suggestions Learned</source>
            <translation>建议学到了什么</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="61" />
            <source>&amp;Reset…</source>
            <translation>重置(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="72" />
            <source>Accepted</source>
            <translation>已采纳</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="72" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="73" />
            <source>Tagged by hand</source>
            <translation>手动标注</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="78" />
            <source>Suggestions learn from what you accept, reject and tag by hand in every report you open, and use it to re-rank and add suggestions.</source>
            <translation>建议会从您在每份报告中采纳、拒绝和手动标注的内容中学习，并据此重新排序和补充建议。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="90" />
            <source>Learned from %1 in %2.</source>
            <translation>已从 %2中的 %1学习。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/reading/learning_dialog.py" line="91" />
            <source>%n signal(s)</source>
            <translation>
                <numerusform>%n 次操作</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/reading/learning_dialog.py" line="92" />
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n 份报告</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="93" />
            <source>Nothing learned yet: suggestions come from the rules alone.</source>
            <translation>尚未学习：建议仅依据规则给出。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_dialog.py" line="95" />
            <source>Kept in %1</source>
            <translation>保存在 %1</translation>
        </message>
    </context>
    <context>
        <name>LostCorrections</name>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="30" />
            <source>Make Heading</source>
            <translation>设为标题</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="32" />
            <source>Remove from Outline</source>
            <translation>移出提纲</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="34" />
            <source>Promote</source>
            <translation>升级</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="35" />
            <source>Demote</source>
            <translation>降级</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="48" />
            <source>Correction</source>
            <translation>校正</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="48" />
            <source>Line</source>
            <translation>所在行</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="54" />
            <source>Outline corrections whose line is gone</source>
            <translation>所在行已删除的提纲校正</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/lost_corrections.py" line="55" />
            <source>Delete Correction</source>
            <translation>删除校正</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/lost_corrections.py" line="73" />
            <source>Outline corrections whose line is gone from the report: %n. They are kept and apply again if the line comes back.</source>
            <translation>
                <numerusform>所在行已从报告中删除的提纲校正：%n 处。它们仍然保留，该行恢复后会重新生效。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/shell/report_display.py" line="108" />
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
            <location filename="../../gui/shell/menus.py" line="28" />
            <source>&amp;Open…</source>
            <extracomment>(action attribute, menu attribute, text, shortcuts, slot as a dotted path from the window). "-" as the attribute adds a separator; "recent" places File › Open Recent, "language" View › Interface Language (gui/shell/language_menu.py).</extracomment>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="31" />
            <source>Co&amp;mpare With…</source>
            <translation>与另一报告对照(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="33" />
            <source>&amp;Close Report</source>
            <translation>关闭报告(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="36" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="38" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="40" />
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="42" />
            <source>&amp;Expand All</source>
            <translation>全部展开(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="44" />
            <source>&amp;Collapse All</source>
            <translation>全部折叠(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="48" />
            <source>&amp;Filter Outline</source>
            <translation>筛选提纲(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="50" />
            <source>Go to &amp;Outline</source>
            <translation>转到提纲(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="52" />
            <source>Go to Te&amp;xt</source>
            <translation>转到正文(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="132" />
            <source>Expand to Le&amp;vel</source>
            <translation>展开到层级(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="54" />
            <source>&amp;Next Pane</source>
            <translation>下一窗格(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="56" />
            <source>&amp;Previous Pane</source>
            <translation>上一窗格(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="59" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="61" />
            <source>Zoom O&amp;ut</source>
            <translation>缩小(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="63" />
            <source>&amp;Actual Size</source>
            <translation>原始大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="67" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="69" />
            <source>&amp;About Yuepi</source>
            <translation>关于阅批(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/menus.py" line="134" />
            <source>Level {level}</source>
            <translation>第 {level} 级</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../gui/common/messages.py" line="72" />
            <source>Open report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="73" />
            <source>Reports (*.txt *.md *.docx *.pdf);;All files (*)</source>
            <translation>报告 (*.txt *.md *.docx *.pdf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="80" />
            <source>&lt;b&gt;Yuepi&lt;/b&gt; %1 — read and annotate Chinese official reports.&lt;br&gt;The outline beside the text follows your reading position; annotations are saved beside the report as you work.&lt;br&gt;Help › Keyboard Shortcuts (F1) lists every key.</source>
            <translation>&lt;b&gt;阅批&lt;/b&gt; %1——阅读并批注中文公文报告。&lt;br&gt;正文旁的提纲会跟随您的阅读位置；批注随时自动保存在报告旁。&lt;br&gt;“帮助 › 键盘快捷键”（F1）列出所有快捷键。</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="88" />
            <source>About Yuepi</source>
            <translation>关于阅批</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="97" />
            <source>Add word to dictionary</source>
            <translation>添加词语到词典</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="98" />
            <source>Word (it will be kept as one word when the text is segmented):</source>
            <translation>词语（分词时将作为一个整词）：</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="110" />
            <source>Annotations changed on disk</source>
            <translation>批注文件已在磁盘上被修改</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="111" />
            <source>Another program changed “%1” while you were working.</source>
            <translation>您工作期间，另一个程序修改了“%1”。</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="114" />
            <source>Merge keeps the changes of both (recommended). Load Theirs drops your unsaved changes; Keep Mine overwrites theirs. Cancel decides later: your changes stay in this window but are not saved until then.</source>
            <translation>“合并”保留双方的修改（推荐）。“载入对方版本”放弃您未保存的修改；“保留我的版本”覆盖对方的修改。“取消”留待以后决定：您的修改仍保留在此窗口中，但在此之前不会保存。</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="118" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="119" />
            <source>Load Theirs</source>
            <translation>载入对方版本</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="120" />
            <source>Keep Mine</source>
            <translation>保留我的版本</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="146" />
            <source>Save annotations as</source>
            <translation>批注另存为</translation>
        </message>
        <message>
            <location filename="../../gui/common/messages.py" line="147" />
            <source>Annotations (*.json);;All files (*)</source>
            <translation>批注文件 (*.json);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../gui/annotations/note_editor.py" line="46" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/note_editor.py" line="47" />
            <source>The note of the selected annotation</source>
            <translation>所选批注的备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/note_editor.py" line="48" />
            <source>Write a note for this annotation</source>
            <translation>为这条批注写备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/note_editor.py" line="101" />
            <source>No annotation selected</source>
            <translation>未选择批注</translation>
        </message>
    </context>
    <context>
        <name>OrphanPanel</name>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="48" />
            <source>%1 kept, %2 moved, %3 fuzzy, %4 orphaned</source>
            <extracomment>The full table's first columns, in its order.</extracomment>
            <translation>%1 条保持，%2 条移动，%3 条模糊匹配，%4 条失去锚点</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="85" />
            <source>Orphaned annotations</source>
            <translation>失去定位的批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="91" />
            <source>Re-attach to selection</source>
            <translation>重新附加到所选文字</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="92" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="105" />
            <source>Unreadable annotation file items</source>
            <translation>批注文件中无法读取的条目</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="109" />
            <source>Orphaned Annotations</source>
            <translation>失去定位的批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/orphan_panel.py" line="111" />
            <source>Annotations whose text is no longer in the report; select text and re-attach them, or delete them</source>
            <translation>原文已不在报告中的批注；选中文本后可重新关联，也可删除</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/orphan_panel.py" line="131" />
            <source>Problems in the annotation file: %n item(s) could not be read as they were. The original file was moved aside unchanged.</source>
            <translation>
                <numerusform>批注文件中的问题：有 %n 项无法按原样读取。原文件已原样移到一旁保存。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineCorrectionActions</name>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="41" />
            <source>Correct Out&amp;line</source>
            <extracomment>Ctrl+Alt+1…4: a heading at that level (Word's keys for Heading 1–3); Ctrl+Alt+0: none.</extracomment>
            <translation>校正提纲(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="47" />
            <source>Re&amp;move from Outline</source>
            <translation>移出提纲(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="49" />
            <source>&amp;Promote</source>
            <translation>升级(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="51" />
            <source>&amp;Demote</source>
            <translation>降级(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="53" />
            <source>&amp;Reset to Detected Outline</source>
            <translation>恢复为自动识别的提纲(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="56" />
            <source>The entry is not a heading: its subsections move up to its parent</source>
            <translation>该条目不是标题：其下级条目上移一级</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="57" />
            <source>Move the entry and its subsections up a level</source>
            <translation>该条目连同其下级条目升高一级</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="59" />
            <source>Move the entry and its subsections under the entry before it</source>
            <translation>该条目连同其下级条目移到前一个同级条目之下</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_actions.py" line="108" />
            <source>Outline</source>
            <translation>提纲</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/outline_actions.py" line="144" />
            <source>%n outline correction(s) could not be placed: their line is gone from the report. They are listed with the orphaned annotations.</source>
            <translation>
                <numerusform>有 %n 处提纲校正无法定位：所在的行已从报告中删除。它们与失去定位的批注列在一起。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineEdits</name>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="49" />
            <source>Make Level &amp;1 Heading</source>
            <extracomment>What a correction acts on: an outline node (the tree), or a text offset (its line). The levels the window offers (menu texts, also the undo steps' names without "&amp;").</extracomment>
            <translation>设为一级标题(&amp;1)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="50" />
            <source>Make Level &amp;2 Heading</source>
            <translation>设为二级标题(&amp;2)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="51" />
            <source>Make Level &amp;3 Heading</source>
            <translation>设为三级标题(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="52" />
            <source>Make Level &amp;4 Heading</source>
            <translation>设为四级标题(&amp;4)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="58" />
            <source>Make Level 1 Heading</source>
            <extracomment>The same without a mnemonic: the undo steps' names, the lost corrections' list.</extracomment>
            <translation>设为一级标题</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="59" />
            <source>Make Level 2 Heading</source>
            <translation>设为二级标题</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="60" />
            <source>Make Level 3 Heading</source>
            <translation>设为三级标题</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="61" />
            <source>Make Level 4 Heading</source>
            <translation>设为四级标题</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="176" />
            <source>There is no text on this line to make a heading.</source>
            <translation>此行没有文字，无法设为标题。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="189" />
            <source>Remove from Outline</source>
            <translation>移出提纲</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="197" />
            <source>“%1” is at the top level already.</source>
            <translation>“%1”已在最高一级。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="198" />
            <source>“%1” has no earlier entry at its level to go under.</source>
            <translation>“%1”前面没有同级条目，无法降级到它之下。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="204" />
            <source>Promote in Outline</source>
            <translation>提纲升级</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="204" />
            <source>Demote in Outline</source>
            <translation>提纲降级</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="213" />
            <source>The outline is the detected one: nothing to reset.</source>
            <translation>提纲未经校正，无需恢复。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="215" />
            <source>Reset to Detected Outline</source>
            <translation>恢复为自动识别的提纲</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/outline_edits.py" line="224" />
            <source>Delete %n Outline Correction(s)</source>
            <translation>
                <numerusform>删除 %n 处提纲校正</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/outline_edits.py" line="238" />
            <source>There is no outline entry on this line.</source>
            <translation>此行没有提纲条目。</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../gui/viewer/outline_model.py" line="143" />
            <source>Outline</source>
            <extracomment>Qt.ItemDataRole values as the ints Qt hands data(): the tree is painted before the window's first paint, and reading PySide6's Qt namespace (its ~100 enums) costs ~10 ms of start-up (bench.startup). Custom roles for views and proxies. node -&gt; tooltip text (e.g. the section's keywords); None: the label</extracomment>
            <translation>提纲</translation>
        </message>
    </context>
    <context>
        <name>OutlinePane</name>
        <message>
            <location filename="../../gui/viewer/outline_pane.py" line="40" />
            <source>Outline</source>
            <extracomment>Expand All on more nodes than this goes in slices between events (OutlineView); on fewer, in one call (done when it returns): the tree is C++ (OutlineModel), so one `expandAll` of 9,700 nodes is 7–25 ms without re-entering Python, 26,000 nodes 40–50 ms.</extracomment>
            <translation>提纲</translation>
        </message>
        <message>
            <location filename="../../gui/viewer/outline_pane.py" line="41" />
            <source>The headings of the report; choose one to go there</source>
            <translation>报告的各级标题；选择一项即跳转到该处</translation>
        </message>
        <message>
            <location filename="../../gui/viewer/outline_pane.py" line="50" />
            <location filename="../../gui/viewer/outline_pane.py" line="51" />
            <source>Filter headings</source>
            <translation>筛选标题</translation>
        </message>
    </context>
    <context>
        <name>OutlineView</name>
        <message>
            <location filename="../../gui/viewer/outline_view.py" line="32" />
            <source>Outline</source>
            <extracomment>Expand All of a very large tree (outline_pane.SLICED_EXPAND_NODES) in slices of about this long, the event loop running between them (the tree itself is C++, but one `expandAll` of 26,000 nodes is 40–50 ms). Meanwhile the tree is repainted at most this often: each expand() repaints every visible row (the tag-count chips are drawn in Python), which cost as much as the slice itself.</extracomment>
            <translation>提纲</translation>
        </message>
    </context>
    <context>
        <name>PrintChoiceDialog</name>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="24" />
            <source>Export Annotated PDF</source>
            <translation>导出带批注的 PDF</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="25" />
            <source>Print Preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="26" />
            <source>Export Annotated Copy (.docx)</source>
            <translation>导出批注本 (.docx)</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="27" />
            <source>Print Annotated Report</source>
            <translation>打印批注版报告</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="28" />
            <source>The report text is always printed in full. Choose the highlights and notes shown on it.</source>
            <translation>报告正文总是完整打印。请选择要在正文上显示的标记和备注。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="30" />
            <source>A copy of the report with each annotation as a Word comment. Choose the annotations and notes it carries.</source>
            <translation>将报告另存一份，每条批注成为其中的 Word 批注。请选择要带上的批注和备注。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="37" />
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="37" />
            <source>Preview…</source>
            <translation>预览…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="38" />
            <source>Save .docx…</source>
            <translation>保存 .docx…</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/print_choice_dialog.py" line="40" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
    </context>
    <context>
        <name>ProblemList</name>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="19" />
            <source>Annotation %1</source>
            <translation>批注 %1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="21" />
            <source>Tag %1</source>
            <translation>标签 %1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="23" />
            <source>Rejected suggestion %1</source>
            <translation>驳回的建议 %1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="25" />
            <source>Outline correction %1</source>
            <translation>提纲校正 %1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="27" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="33" />
            <source>the item</source>
            <translation>该项</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="35" />
            <source>%1 is missing</source>
            <translation>缺少 %1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="37" />
            <source>not an object</source>
            <translation>不是对象</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="39" />
            <source>%1: the end is not after the start</source>
            <translation>%1：结束位置不在起始位置之后</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="44" />
            <source>%1 is not valid</source>
            <translation>%1 无效</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="45" />
            <source>not loaded</source>
            <translation>未载入</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="46" />
            <source>loaded with a default</source>
            <translation>已按默认值载入</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="55" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="55" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/problem_list.py" line="55" />
            <source>Quote</source>
            <translation>原文</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../gui/common/qt_strings.py" line="14" />
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../gui/common/qt_strings.py" line="15" />
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>ReadingFeature</name>
        <message>
            <location filename="../../gui/reading/feature.py" line="85" />
            <location filename="../../gui/reading/feature.py" line="233" />
            <source>Loading dictionary…</source>
            <extracomment>Background work starts this long after the window or a report is shown: the first paint must not compete with the worker for the GIL (reading jieba's cache holds it for about 0.13 s). A window that has not painted after this long (hidden behind a modal dialog…) gets its analysis anyway. Reports at least this long show "Segmenting… n%" in the status bar.</extracomment>
            <translation>正在加载词典…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="112" />
            <source>Search Results</source>
            <extracomment>The background work waits for the window's first paint: a jieba thread loading its dictionary meanwhile takes the GIL from every Qt call of the first layout and paint (on a 5 MB report that delayed the text by a third).</extracomment>
            <translation>搜索结果</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="113" />
            <source>Search &amp;Results</source>
            <translation>搜索结果(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="123" />
            <source>Keywords</source>
            <translation>关键词</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="123" />
            <source>&amp;Keywords</source>
            <translation>关键词(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="126" />
            <source>Suggestions</source>
            <translation>标注建议</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="127" />
            <source>Su&amp;ggestions</source>
            <translation>标注建议(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="300" />
            <source>Keywords:</source>
            <translation>关键词：</translation>
        </message>
        <message>
            <location filename="../../gui/reading/commands.py" line="33" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/commands.py" line="35" />
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/commands.py" line="38" />
            <source>Find &amp;Previous</source>
            <translation>查找上一个(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/commands.py" line="41" />
            <source>&amp;Grow Selection</source>
            <translation>扩大选区(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/commands.py" line="44" />
            <source>&amp;Shrink Selection</source>
            <translation>缩小选区(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/reading/commands.py" line="47" />
            <source>Add &amp;Word to Dictionary…</source>
            <translation>添加词语到词典(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/feature.py" line="218" />
            <location filename="../../gui/reading/feature.py" line="241" />
            <source>Segmenting… %1%</source>
            <translation>正在分词… %1%</translation>
        </message>
        <message>
            <location filename="../../gui/reading/commands.py" line="88" />
            <source>“%1” added to your dictionary.</source>
            <translation>已将“%1”加入您的词典。</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <location filename="../../gui/common/recent_files.py" line="22" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/common/recent_files.py" line="43" />
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ReportBanner</name>
        <message>
            <location filename="../../gui/annotations/report_changes.py" line="31" />
            <source>Re&amp;load</source>
            <translation>重新载入(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/report_changes.py" line="32" />
            <source>Show the text now on disk and re-anchor every annotation to it</source>
            <translation>显示磁盘上现在的文本，并将每条批注重新定位到新文本</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/report_changes.py" line="39" />
            <source>The report was changed on disk by another program. Your annotations are still placed on, and saved with, the text shown here. Reload to show the new text and re-anchor them.</source>
            <translation>报告已被其他程序在磁盘上修改。批注仍定位在此处显示的文本上，并按该文本保存。重新载入可显示新文本并重新定位批注。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/report_changes.py" line="44" />
            <source>The report is no longer on disk (deleted or moved). Its text stays here and your annotations are kept and saved beside where it was.</source>
            <translation>报告已不在磁盘上（被删除或移走）。其文本仍显示在此处，批注会保留，并保存在原位置旁。</translation>
        </message>
    </context>
    <context>
        <name>ReportChanges</name>
        <message>
            <location filename="../../gui/annotations/report_changes.py" line="75" />
            <source>The report changed on disk.</source>
            <translation>报告在磁盘上已被修改。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/report_changes.py" line="77" />
            <source>The report is no longer on disk.</source>
            <translation>报告已不在磁盘上。</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <location filename="../../gui/reading/results.py" line="43" />
            <source>Every match of the search, with its section and context</source>
            <extracomment>At most this many rows are listed (the count in the find bar stays exact).</extracomment>
            <translation>查找到的每一处结果及其章节和上下文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/results.py" line="46" />
            <source>Section</source>
            <translation>所在章节</translation>
        </message>
        <message>
            <location filename="../../gui/reading/results.py" line="46" />
            <source>Context</source>
            <translation>上下文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/results.py" line="58" />
            <source>Note · %1</source>
            <translation>备注 · %1</translation>
        </message>
        <message>
            <location filename="../../gui/reading/results.py" line="65" />
            <source>… %1 more not listed</source>
            <translation>…另有 %1 处未列出</translation>
        </message>
    </context>
    <context>
        <name>SharingView</name>
        <message>
            <location filename="../../gui/annotations/sharing_view.py" line="81" />
            <location filename="../../gui/annotations/sharing_view.py" line="90" />
            <source>The report is now open for editing here.</source>
            <translation>现在可以在此编辑此报告。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sharing_view.py" line="83" />
            <source>Still open for editing in the other window; its latest annotations are shown.</source>
            <translation>此报告仍在另一个窗口中编辑；显示的是其最新批注。</translation>
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
            <location filename="../../gui/shell/shortcuts_dialog.py" line="99" />
            <source>Filter shortcuts</source>
            <translation>筛选快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="102" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="103" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="103" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="121" />
            <source>In panes</source>
            <translation>窗格内</translation>
        </message>
    </context>
    <context>
        <name>SidecarBanner</name>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="30" />
            <source>Check A&amp;gain</source>
            <translation>重新检查(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="31" />
            <source>Edit here if the other window has closed the report (its latest annotations are loaded)</source>
            <translation>如果另一个窗口已关闭此报告，则在此编辑（载入其最新批注）</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="33" />
            <source>Edit Any&amp;way</source>
            <translation>仍然编辑(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="34" />
            <source>Edit here too: changes saved by both windows are merged</source>
            <translation>也在此编辑：两个窗口保存的修改将被合并</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="35" />
            <source>&amp;Resolve…</source>
            <translation>解决冲突(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="36" />
            <source>Merge with the changed file, load it, or keep your version</source>
            <translation>与已修改的文件合并、载入该文件，或保留您的版本</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="44" />
            <source>This report is open for editing in another Yuepi window (%1, pid %2, since %3). Opened read-only.</source>
            <translation>此报告正在另一个阅批窗口中编辑（%1，进程 %2，自 %3 起）。已以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/sidecar_banner.py" line="51" />
            <source>The annotation file was changed by another program. Your latest changes are kept in this window but not saved until you resolve this.</source>
            <translation>批注文件已被其他程序修改。您最近的修改保留在此窗口中，但在解决此冲突之前不会保存。</translation>
        </message>
    </context>
    <context>
        <name>SuggestionFeature</name>
        <message numerus="yes">
            <location filename="../../gui/reading/suggestions.py" line="266" />
            <source>Accept %n suggestion(s) as %1</source>
            <extracomment>More underlines than this are not drawn (the list still shows every suggestion). indexes into `all` by (start, index), and their starts: two int arrays, not 33,000 tuples (a 5 MB report) the worker's coverage of the next items, until the refresh that uses it</extracomment>
            <translation>
                <numerusform>将 %n 条建议采纳为“%1”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionLearning</name>
        <message>
            <location filename="../../gui/reading/learning_feature.py" line="87" />
            <source>What Suggestions &amp;Learned…</source>
            <extracomment>The file is written this long after the last change (many accepts at once: one write). Characters of a report's sha256 kept as its id (only their number is shown).</extracomment>
            <translation>建议学到了什么(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_feature.py" line="109" />
            <source>What suggestions learned could not be read (the file was damaged); it was set aside as %1 and learning starts again.</source>
            <translation>无法读取建议的学习记录（文件已损坏）；已将其另存为 %1，学习重新开始。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_feature.py" line="113" />
            <source>What suggestions learned was saved by a newer Yuepi: it is not used or changed by this one.</source>
            <translation>建议的学习记录由更新版本的阅批保存：本版本不会使用或修改它。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_feature.py" line="116" />
            <source>What suggestions learned cannot be read: %1. Suggestions do not learn in this session.</source>
            <translation>无法读取建议的学习记录：%1。本次运行中建议不会学习。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_feature.py" line="280" />
            <source>Cannot save what suggestions learned: %1</source>
            <translation>无法保存建议的学习记录：%1</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_feature.py" line="297" />
            <source>Cannot reset what suggestions learned: %1</source>
            <translation>无法重置建议的学习记录：%1</translation>
        </message>
        <message>
            <location filename="../../gui/reading/learning_feature.py" line="301" />
            <source>Suggestions forgot what they learned: from the next report you open they come from the rules alone.</source>
            <translation>建议已忘记所学内容：从下一份打开的报告起，建议仅依据规则给出。</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="60" />
            <source>Passages Yuepi suggests tagging; accept or reject them</source>
            <extracomment>The threshold slider moves in hundredths of a score. Below this list width the reason column goes (the quote gets its width): it showed a few characters ("c…列") and left the quote two; the current row's reason is written out under the list, and every row's is in its tooltip.</extracomment>
            <translation>阅批建议标注的段落；可接受或拒绝</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="64" />
            <source>Suggestions</source>
            <translation>标注建议</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="65" />
            <location filename="../../gui/reading/suggestions_panel.py" line="236" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="65" />
            <source>Quote</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="65" />
            <source>Why</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="66" />
            <source>Score</source>
            <translation>分值</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="68" />
            <source>The chance that the suggested tag is right, measured on labelled reports</source>
            <translation>建议的标签正确的可能性，依据已标注的报告测得</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="76" />
            <location filename="../../gui/reading/suggestions_panel.py" line="89" />
            <source>Accept</source>
            <translation>采纳</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="77" />
            <source>Accept all of this tag</source>
            <translation>采纳此标签的全部建议</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="78" />
            <location filename="../../gui/reading/suggestions_panel.py" line="91" />
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="79" />
            <source>Underline in text</source>
            <translation>在正文中加下划线</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="122" />
            <source>Min. score</source>
            <translation>最低分值</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="129" />
            <source>Minimum score</source>
            <translation>最低分值</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="130" />
            <source>Hide suggestions scored below this</source>
            <translation>隐藏分值低于此值的建议</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="134" />
            <source>Show all</source>
            <translation>全部显示</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="136" />
            <source>List every suggestion, not only the best %1 of each section</source>
            <translation>列出所有建议，而不只是每个部分得分最高的 %1 条</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestion_rows.py" line="48" />
            <source>Whole text</source>
            <extracomment>Longer quotes are cut here (the view elides the rest in the middle; the tooltip has all).</extracomment>
            <translation>全文</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestion_rows.py" line="122" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestions_panel.py" line="222" />
            <source>Why: %1</source>
            <translation>依据：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/reading/suggestions_panel.py" line="225" />
            <source>%n suggestion(s) score below %1: lower the minimum score to see them.</source>
            <translation>
                <numerusform>%n 条建议的分值低于 %1：调低最低分值即可看到。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/reading/suggestion_rows.py" line="145" />
            <source>Right in about %1 of 10 similar suggestions</source>
            <translation>同类建议中约每 10 条有 %1 条正确</translation>
        </message>
    </context>
    <context>
        <name>TagConflictDialog</name>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="133" />
            <source>Tag conflict</source>
            <translation>标签冲突</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="134" />
            <source>The tag “%1” differs in the imported annotations. Which version should be kept?</source>
            <translation>导入的批注中标签“%1”的定义不同，保留哪一个？</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="138" />
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/dialogs.py" line="140" />
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
    </context>
    <context>
        <name>TagSetDialog</name>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="51" />
            <source>Delete these annotations</source>
            <extracomment>A new tag's English name (its Chinese one is the translation of "New tag").</extracomment>
            <translation>删除这些批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="52" />
            <source>Move to %1</source>
            <translation>改为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="54" />
            <source>%n annotation(s) use “%1”. What should happen to them?</source>
            <translation>有 %n 条批注使用“%1”，如何处理它们？</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="57" />
            <source>Remove tag</source>
            <translation>移除标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="75" />
            <location filename="../../gui/annotations/tag_set_dialog.py" line="83" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="84" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="85" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="101" />
            <source>C&amp;hinese name:</source>
            <translation>中文名称(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="102" />
            <source>&amp;English name:</source>
            <translation>英文名称(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="104" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="105" />
            <source>&amp;Colour…</source>
            <translation>颜色(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="106" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="107" />
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="108" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="110" />
            <source>Use as my default for &amp;new documents</source>
            <translation>设为新文档的默认标签(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tag_set_dialog.py" line="167" />
            <source>New tag</source>
            <translation>新标签</translation>
        </message>
    </context>
    <context>
        <name>TaggingActions</name>
        <message>
            <location filename="../../gui/annotations/actions.py" line="52" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="57" />
            <source>&amp;Tag As</source>
            <translation>标记为(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="80" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="82" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="89" />
            <source>Set Aut&amp;hor Name…</source>
            <translation>设置批注人姓名(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="98" />
            <source>Edit N&amp;ote</source>
            <translation>编辑备注(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="102" />
            <source>&amp;Edit Tags…</source>
            <translation>编辑标签(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="95" />
            <source>&amp;Next Annotation</source>
            <translation>下一条批注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="56" />
            <source>&amp;Tags</source>
            <translation>标签(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="96" />
            <source>&amp;Previous Annotation</source>
            <translation>上一条批注(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="100" />
            <source>&amp;Delete Annotation</source>
            <translation>删除批注(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="145" />
            <source>No tag has the key %1: Annotations › Edit Tags… adds one.</source>
            <translation>没有标签使用按键 %1：可在“批注 › 编辑标签…”中添加。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="172" />
            <source>To tag as %1: select a passage in the text, then press %2.</source>
            <translation>要标为“%1”：请在正文中选中一段文字，再按 %2。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="181" />
            <source>Tag the selection (or the sentence at the cursor) as %1</source>
            <translation>将选中文字（或光标所在句子）标记为“%1”</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="192" />
            <source>Tag As</source>
            <translation>标记为</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="197" />
            <source>Edit Note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py" line="199" />
            <source>Delete Annotation</source>
            <translation>删除批注</translation>
        </message>
    </context>
    <context>
        <name>TaggingFeature</name>
        <message>
            <location filename="../../gui/annotations/feature.py" line="68" />
            <source>The annotations of the report beside the note of the selected one</source>
            <extracomment>Share of the bottom annotations dock given to the table (the note editor gets the rest). Height of that dock on first run (the window is 800 high): six rows of the table or more.</extracomment>
            <translation>报告的批注列表，旁边是所选批注的备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="79" />
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="80" />
            <source>Annotation&amp;s</source>
            <translation>批注(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="81" />
            <source>Orphaned Annotations</source>
            <translation>失去定位的批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="82" />
            <source>Orp&amp;haned Annotations</source>
            <translation>失去定位的批注(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="104" />
            <source>Tags at the cursor</source>
            <translation>光标处的标签</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/feature.py" line="290" />
            <source>%n annotation(s) loaded.</source>
            <translation>
                <numerusform>已载入 %n 条批注。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="293" />
            <source>Annotations: %1</source>
            <translation>批注：%1</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="297" />
            <source>The report changed since it was annotated. Annotations: %1.</source>
            <translation>报告在批注之后有改动。批注：%1。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="300" />
            <source>Orphaned annotations are listed in their own pane; select text there to re-attach them.</source>
            <translation>失去定位的批注单独列在一个窗格中；选中正文后可将其重新挂接。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="302" />
            <source>The report has changed</source>
            <translation>报告已改动</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/feature.py" line="324" />
            <source>%n character(s) in the annotation file could not be stored (they came from a broken copy or another program) and were replaced with “�”. Nothing else was changed.</source>
            <translation>
                <numerusform>批注文件中有 %n 个字符无法保存（来自损坏的复制内容或其他程序），已替换为“�”。其他内容均未改动。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/feature.py" line="330" />
            <source>%n annotation file item(s) could not be read; they are listed in the Orphaned Annotations pane. Every other annotation was kept.</source>
            <translation>
                <numerusform>批注文件中有 %n 项无法读取，已列在“失去定位的批注”窗格中。其余批注全部保留。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="332" />
            <source>Some details were missing and were filled in; every annotation was kept.</source>
            <translation>部分信息缺失，已自动补全；所有批注均已保留。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="335" />
            <source>The original file was moved aside unchanged to “%1”; your annotations are saved anew.</source>
            <translation>原文件已原样移到一旁，另存为“%1”；你的批注将重新保存。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="346" />
            <source>The annotation file was damaged and has been moved aside to “%1”. You continue with no annotations; the damaged file is kept.</source>
            <translation>批注文件已损坏，已移到一旁另存为“%1”。现在从空白批注开始；损坏的文件保留未删。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="350" />
            <source>The annotations are shown read-only, so nothing written by the newer version is lost. Update Yuepi to change them.</source>
            <translation>批注以只读方式显示，新版本写入的内容不会丢失。如需修改，请升级阅批。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py" line="365" />
            <source>%1

Choose another place to save your annotations.</source>
            <translation>%1

请选择另一个位置保存批注。</translation>
        </message>
    </context>
    <context>
        <name>TextSearch</name>
        <message>
            <location filename="../../gui/reading/search.py" line="198" />
            <source>Segmenting… whole-word search follows.</source>
            <extracomment>At most this many hits are painted at once: those nearest the viewport. Typing waits this long for the next key before it searches. Shown as the count while a search runs.</extracomment>
            <translation>正在分词…稍后即可按整词查找。</translation>
        </message>
        <message>
            <location filename="../../gui/reading/search.py" line="239" />
            <source>No matches</source>
            <translation>无匹配</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/reading/search.py" line="241" />
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 处匹配</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/reading/search.py" line="245" />
            <source>+ %1 in notes</source>
            <translation>+ 备注中 %1 处</translation>
        </message>
    </context>
    <context>
        <name>TextView</name>
        <message>
            <location filename="../../gui/viewer/text_view.py" line="60" />
            <source>Report text</source>
            <extracomment>The amber of a revealed span, tinted into the page like a tag's highlight. A text at least this long, shown while the view is visible, gets its document built in a worker thread (gui/viewer/document_builds.py); its first HEAD_CHARS are shown at once, at the same positions, so the text is visible at once. The document holds a new text, in full (after set_report; for a large text when the document built in the background is shown): formats painted into the old blocks are gone.</extracomment>
            <translation>报告正文</translation>
        </message>
        <message>
            <location filename="../../gui/viewer/text_view.py" line="61" />
            <source>The report, read-only; select text and press a digit to tag it</source>
            <translation>报告正文（只读）；选中文本后按数字键即可标注</translation>
        </message>
    </context>
    <context>
        <name>WordComments</name>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="61" />
            <source>Export failed</source>
            <extracomment>Unplaced comments named in the message after an import.</extracomment>
            <translation>导出失败</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/handoff/word_comments.py" line="64" />
            <source>Saved %n comment(s) in the annotated copy %1</source>
            <translation>
                <numerusform>已将 %n 条批注保存到批注本 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/handoff/word_comments.py" line="67" />
            <source>%n orphaned annotation(s) left out</source>
            <translation>
                <numerusform>%n 条失去定位的批注未导出</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="82" />
            <source>Import failed</source>
            <translation>导入失败</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="87" />
            <source>No new comments in %1.</source>
            <translation>%1 中没有新的批注。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="88" />
            <source>%1 has no comments.</source>
            <translation>%1 中没有批注。</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="96" />
            <source>Import comments from %1</source>
            <translation>从 %1 导入批注</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/handoff/word_comments.py" line="99" />
            <source>Imported %n comment(s) from %1</source>
            <translation>
                <numerusform>已从 %1 导入 %n 条批注</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="102" />
            <source>Comments not found</source>
            <translation>未找到批注位置</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="110" />
            <source>%n comment(s) of %1 mark text this report does not have. They were kept as orphaned annotations (see Orphaned Annotations):</source>
            <translation>%1 中有 %n 条批注所标注的文字在本报告中找不到，已作为失去定位的批注保留（见“失去定位的批注”）：</translation>
        </message>
        <message>
            <location filename="../../gui/handoff/word_comments.py" line="118" />
            <source>… and %n more</source>
            <translation>……另有 %n 条</translation>
        </message>
    </context>
    <context>
        <name>self.candidate_model</name>
        <message>
            <location filename="../../gui/compare/window.py" line="116" />
            <source>weak</source>
            <translation>弱</translation>
        </message>
    </context>
</TS>
