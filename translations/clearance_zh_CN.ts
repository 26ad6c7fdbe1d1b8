<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleDocument</name>
    <message>
        <source>Regions:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Initiatives:</source>
        <translation>倡议：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tooltip of an organization: its full name — its kind</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open the original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <source>No text in the feed — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>订阅源中没有正文 — %1</translation>
    </message>
    <message>
        <source>No text in the feed.</source>
        <translation>订阅源中没有正文。</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>正文到此为止：来源提供的内容超过一篇文章可保存的长度 — %1</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>正文到此为止：来源提供的内容超过一篇文章可保存的长度。</translation>
    </message>
</context>
<context>
    <name>ArticleImportWriter</name>
    <message>
        <source>The library %1 could not prepare the import: %2.</source>
        <translation>资料库 %1 无法准备导入：%2。</translation>
    </message>
    <message>
        <source>The new articles could not be indexed: %1.</source>
        <translation>无法为新文章建立索引：%1。</translation>
    </message>
    <message>
        <source>Item %1 (“%2”) could not be saved: %3.</source>
        <translation>第 %1 项（“%2”）无法保存：%3。</translation>
    </message>
    <message>
        <source>The article “%1” could not be saved: %2.</source>
        <translation>文章“%1”无法保存：%2。</translation>
    </message>
    <message>
        <source>its tags could not be saved: %1</source>
        <translation>其标签无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ArticleQueries</name>
    <message>
        <source>The library %1 could not be read: %2.</source>
        <translation>无法读取资料库 %1：%2。</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be run: %2.</source>
        <translation>无法执行搜索“%1”：%2。</translation>
    </message>
    <message>
        <source>The articles could not be listed: %1.</source>
        <translation>无法列出文章：%1。</translation>
    </message>
    <message>
        <source>The articles of the sources could not be read: %1.</source>
        <translation>无法读取来源的文章：%1。</translation>
    </message>
</context>
<context>
    <name>ArticleReaderFactory</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file holds binary data, not articles.</source>
        <translation>文件包含二进制数据，而不是文章。</translation>
    </message>
    <message>
        <source>The file is a %1 file, not articles.</source>
        <translation>该文件是 %1 文件，而不是文章。</translation>
    </message>
    <message>
        <source>The page holds no text.</source>
        <translation>该网页没有正文。</translation>
    </message>
    <message>
        <source>The file is too large for a web page (%1 MB; pages of up to %2 MB are imported).</source>
        <translation>文件太大，不是网页（%1 MB；只导入不超过 %2 MB 的网页）。</translation>
    </message>
    <message>
        <source>The file has more than %1 MB of comments and declarations before its first element; it is not read as a feed.</source>
        <translation>文件在第一个元素之前有超过 %1 MB 的注释和声明；不会作为订阅源读取。</translation>
    </message>
    <message>
        <source>The address gave plain text, not a feed.</source>
        <translation>该地址返回的是纯文本，而不是订阅源。</translation>
    </message>
    <message>
        <source>The address gave a web page, not a feed (an error page, a sign-in page or the site&apos;s front page?).</source>
        <translation>该地址返回的是网页，而不是订阅源（错误页、登录页还是网站首页？）。</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The library %1 is busy in another program; try again.</source>
        <translation>资料库 %1 正被其他程序占用，请重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>存放 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The library %1 could not start a transaction: %2.</source>
        <translation>资料库 %1 无法开始事务：%2。</translation>
    </message>
    <message>
        <source>The library %1 could not save the change: %2.</source>
        <translation>资料库 %1 无法保存更改：%2。</translation>
    </message>
    <message>
        <source>A tag could not be saved</source>
        <translation>无法保存标签</translation>
    </message>
    <message>
        <source>The article could not be read</source>
        <translation>无法读取文章</translation>
    </message>
    <message>
        <source>No article has the id %1.</source>
        <translation>没有 ID 为 %1 的文章。</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be read</source>
        <translation>无法读取文章的标签</translation>
    </message>
    <message>
        <source>The article could not be marked</source>
        <translation>无法标记文章</translation>
    </message>
    <message>
        <source>The tag could not be added</source>
        <translation>无法添加标签</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a tag in this library.</source>
        <translation>%1“%2”不是此资料库中的标签。</translation>
    </message>
    <message>
        <source>The tag could not be removed</source>
        <translation>无法移除标签</translation>
    </message>
    <message>
        <source>The articles could not be read</source>
        <translation>无法读取文章</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be replaced</source>
        <translation>无法替换文章的标签</translation>
    </message>
    <message>
        <source>The library&apos;s tags could not be read</source>
        <translation>无法读取资料库的标签</translation>
    </message>
</context>
<context>
    <name>ArticleUpdater</name>
    <message>
        <source>An article could not be read back: %1.</source>
        <translation>无法读回文章：%1。</translation>
    </message>
    <message>
        <source>An article could not be updated: %1.</source>
        <translation>无法更新文章：%1。</translation>
    </message>
    <message>
        <source>A tag could not be saved: %1.</source>
        <translation>无法保存标签：%1。</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The articles matching the filters, in the order of the sorted column</source>
        <translation>符合筛选条件的文章，按排序列的顺序排列</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleView</name>
    <message>
        <source>%1 (date estimated)</source>
        <comment>the source gave no date: the import date</comment>
        <translation>%1（估计日期）</translation>
    </message>
    <message>
        <source>Date and source</source>
        <translation>日期和来源</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>Link to the original article</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <source>Mentions of a %1 are highlighted in this colour</source>
        <comment>legend: a kind of organization</comment>
        <translation>“%1”类的提及以此颜色突出显示</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>阅读窗格</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章进行阅读。</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Legend of the organization highlights</source>
        <translation>机构突出显示图例</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Organization names are highlighted by kind; activate one to filter the list by it</source>
        <translation>机构名称按类别突出显示；点击其中一个即可按其筛选列表</translation>
    </message>
    <message>
        <source>%1 (date of import; the source&apos;s date was in the future)</source>
        <translation>%1（导入日期；来源的日期在未来）</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportController</name>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected articles, or the whole list, as a PDF briefing pack</source>
        <translation>将所选文章或整个列表导出为 PDF 简报汇编</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>已选 %Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s)</source>
        <translation>
            <numerusform>已导出 %Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln page(s) to %1.</source>
        <translation>
            <numerusform>，共 %Ln 页，保存至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportDialog</name>
    <message>
        <source>&amp;Continuous</source>
        <translation>连续排版(&amp;C)</translation>
    </message>
    <message>
        <source>One article per &amp;page</source>
        <translation>每篇文章另起一页(&amp;P)</translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Legend of the highlight colours</source>
        <translation>突出显示颜色图例(&amp;L)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>Exports %1 as a briefing pack.</source>
        <translation>将%1导出为简报汇编。</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>已选的 %Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln article(s)</source>
        <translation>
            <numerusform>全部 %Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the briefing pack a title.</source>
        <translation>请为简报汇编输入标题。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>briefing-pack</source>
        <translation>简报汇编</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetModel</name>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家和地区</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>查找值</translation>
    </message>
    <message>
        <source>Find a filter value</source>
        <translation>查找筛选值</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>筛选值</translation>
    </message>
    <message>
        <source>Regions, initiatives, organizations and countries; check values to filter the articles</source>
        <translation>地区、倡议、机构和国家；勾选值以筛选文章</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Click a view to apply its filter</source>
        <translation>点击视图即可应用其筛选条件</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>保存当前…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>将当前筛选条件保存为视图</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the selected view</source>
        <translation>重命名所选视图</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>删除所选视图</translation>
    </message>
    <message>
        <source>Click to apply the view &quot;%1&quot;</source>
        <translation>点击以应用视图“%1”</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>视图的新名称：</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>删除已保存的视图“%1”？</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Uncheck every value and show every source; the search stays</source>
        <translation>取消勾选所有值并显示所有来源；搜索保留</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %Ln article(s) added.</source>
        <translation>
            <numerusform>导入已取消：已添加 %Ln 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln article(s) added.</source>
        <translation>
            <numerusform>导入完成：已添加 %Ln 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed.</source>
        <translation>
            <numerusform>%Ln 个文件失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and articles (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;RSS and Atom feeds (*.xml *.rss *.rdf *.atom);;JSON Feed and JSON articles (*.json);;Web pages (*.html *.htm);;Text (*.txt);;All files (*)</source>
        <translation>订阅源和文章 (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;RSS 和 Atom 订阅源 (*.xml *.rss *.rdf *.atom);;JSON Feed 和 JSON 文章 (*.json);;网页 (*.html *.htm);;文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation>正在取消：正在读取的文件将被回滚…</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>已导入的文件</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>item %1 (“%2”): %3</source>
        <translation>第 %1 项（“%2”）：%3</translation>
    </message>
    <message numerus="yes">
        <source>Imported; %n item(s) refused by the library</source>
        <translation>
            <numerusform>已导入；%n 项被资料库拒绝</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::LibraryService</name>
    <message>
        <source>The library is not open yet.</source>
        <translation>资料库尚未打开。</translation>
    </message>
</context>
<context>
    <name>Clearance::MainWindow</name>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>阅读窗格</translation>
    </message>
    <message>
        <source>Filters, articles and reading pane</source>
        <translation>筛选、文章和阅读窗格</translation>
    </message>
    <message>
        <source>Number of matching articles</source>
        <translation>符合条件的文章数</translation>
    </message>
    <message>
        <source>Clearance — %1</source>
        <translation>Clearance — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import articles from files into this library</source>
        <translation>从文件导入文章到此资料库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unread (Page Down First)</source>
        <translation>下一篇未读（先向下翻页）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose the language of the interface</source>
        <translation>选择界面语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Clearance</source>
        <translation>关于 Clearance(&amp;A)</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>正在统计文章…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread article below this one.</source>
        <translation>此文章之后没有未读文章。</translation>
    </message>
    <message>
        <source>About Clearance</source>
        <translation>关于 Clearance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;A desktop reader for customs and trade news: filter by region, initiative, organization and country, search, and read with every organization highlighted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;海关与贸易新闻阅读器：按地区、倡议、机构和国家筛选，搜索，并在阅读时突出显示每个机构。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clearance — %1 (read-only)</source>
        <translation>Clearance — %1（只读）</translation>
    </message>
    <message>
        <source>This library is read-only: you can read, search and export it, not change it.</source>
        <translation>此资料库为只读：可以阅读、搜索和导出，但不能修改。</translation>
    </message>
    <message>
        <source>Your own taxonomy files are not used. %1</source>
        <translation>未使用您自己的分类文件。%1</translation>
    </message>
</context>
<context>
    <name>Clearance::ReaderActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>标记为已读(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;All in This List as Read</source>
        <translation>将此列表全部标记为已读(&amp;A)</translation>
    </message>
    <message>
        <source>Mark every article matching the filters as read</source>
        <translation>将所有符合筛选条件的文章标记为已读</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) marked as read.</source>
        <translation>
            <numerusform>已将 %Ln 篇文章标记为已读。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ReadingController</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>Clearance::SearchBar</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>搜索文章 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Full-text search, combined with the facet filters</source>
        <translation>全文搜索，与筛选条件结合使用</translation>
    </message>
    <message>
        <source>Search the title and text of every article</source>
        <translation>搜索所有文章的标题和正文</translation>
    </message>
</context>
<context>
    <name>Clearance::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The window switches language at once. Article texts keep their own language and direction.</source>
        <translation>窗口会立即切换语言。文章正文保留其自身的语言和书写方向。</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceDialog</name>
    <message>
        <source>A feed (RSS, Atom, JSON Feed)</source>
        <translation>订阅源（RSS、Atom、JSON Feed）</translation>
    </message>
    <message>
        <source>A news page without a feed</source>
        <translation>没有订阅源的新闻页面</translation>
    </message>
    <message>
        <source>Article links:</source>
        <translation>文章链接：</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Taken from the feed when left empty</source>
        <translation>留空时从订阅源获取</translation>
    </message>
    <message>
        <source>Nested folders are separated by &quot;/&quot;, as in Customs/Africa</source>
        <translation>嵌套文件夹用“/”分隔，例如 海关/非洲</translation>
    </message>
    <message>
        <source>Guessed from the page when left empty, or a path such as /news/*</source>
        <translation>留空时从页面推断，或填写路径，例如 /news/*</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Fetch &amp;every:</source>
        <translation>获取间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Clearance::SourcePanel</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Feeds and news pages by folder, with their unread articles; select one to see its articles</source>
        <translation>按文件夹列出的订阅源和新闻页面及其未读文章；选择一个以查看其文章</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Follow a feed or a news page</source>
        <translation>关注订阅源或新闻页面</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>编辑所选来源</translation>
    </message>
    <message>
        <source>No sources yet: add the feeds and news pages you follow.</source>
        <translation>还没有来源：请添加您关注的订阅源和新闻页面。</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>移除来源</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Stop following &quot;%1&quot;? The articles already fetched from it stay in the library.</source>
        <translation>停止关注“%1”？已获取的文章会保留在资料库中。</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceRefresher</name>
    <message>
        <source>%1 asked to be left alone for a while; not fetched.</source>
        <translation>%1 要求暂时不要访问；未获取。</translation>
    </message>
    <message>
        <source>%1 is gone (HTTP 410): the source was disabled.</source>
        <translation>%1 已不存在（HTTP 410）：来源已停用。</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2) until %3.</source>
        <translation>%1 要求放慢（HTTP %2），直到 %3。</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2).</source>
        <translation>%1 要求放慢（HTTP %2）。</translation>
    </message>
    <message>
        <source>The feed listed no items this time; the articles already fetched are kept.</source>
        <translation>订阅源这次没有列出任何条目；已获取的文章会保留。</translation>
    </message>
    <message>
        <source>No link on %1 matches %2.</source>
        <translation>%1 上没有与 %2 匹配的链接。</translation>
    </message>
    <message>
        <source>No list of article links was found on %1; give the pattern of its article links.</source>
        <translation>在 %1 上未找到文章链接列表；请给出其文章链接的模式。</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceTreeModel</name>
    <message>
        <source>Not fetched yet</source>
        <translation>尚未获取</translation>
    </message>
    <message>
        <source>Fetched %1 ago</source>
        <translation>%1前已获取</translation>
    </message>
    <message>
        <source>%1; disabled, not fetched</source>
        <translation>%1；已停用，不再获取</translation>
    </message>
    <message>
        <source>%1; due now</source>
        <translation>%1；现在应获取</translation>
    </message>
    <message>
        <source>%1; next in %2</source>
        <translation>%1；%2后再次获取</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln failures in a row)</source>
        <translation>
            <numerusform>%1（连续失败 %Ln 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::TagCandidateModel</name>
    <message>
        <source>%1 — region</source>
        <comment>add-tag completion</comment>
        <translation>%1 — 地区</translation>
    </message>
    <message>
        <source>%1 — initiative</source>
        <comment>add-tag completion</comment>
        <translation>%1 — 倡议</translation>
    </message>
</context>
<context>
    <name>Clearance::TagEditor</name>
    <message>
        <source>Initiatives</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag chip tooltip: kind: label</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <comment>tag chip tooltip: kind: label, definition</comment>
        <translation>%1：%2
%3</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>+ Add tag…</source>
        <translation>+ 添加标签…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag this article with a region or an initiative</source>
        <translation>为此文章添加地区或倡议标签</translation>
    </message>
    <message>
        <source>Region or initiative…</source>
        <translation>地区或倡议…</translation>
    </message>
    <message>
        <source>Region or initiative to add</source>
        <translation>要添加的地区或倡议</translation>
    </message>
    <message>
        <source>Regions and initiatives</source>
        <translation>地区和倡议</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library %1 is locked by another program.</source>
        <translation>资料库 %1 已被其他程序锁定。</translation>
    </message>
    <message>
        <source>The library %1 could not be used: %2.</source>
        <translation>无法使用资料库 %1：%2。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 是文件夹，不是资料库文件。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not use the SQLite library Clearance was built with.</source>
        <translation>Qt 的 SQLite 驱动使用的 SQLite 库与构建 Clearance 时使用的不同。</translation>
    </message>
    <message>
        <source>The library %1 was not upgraded because its backup copy %2 could not be written: %3.</source>
        <translation>资料库 %1 未升级，因为无法写入其备份副本 %2：%3。</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Clearance (schema %2; this version reads up to %3).</source>
        <translation>资料库 %1 由更新版本的 Clearance 写入（架构 %2；此版本最高只能读取架构 %3）。</translation>
    </message>
    <message>
        <source>The file %1 is not a Clearance library, or it is damaged; it was left as it is.</source>
        <translation>文件 %1 不是 Clearance 资料库，或已损坏；它保持原样未被改动。</translation>
    </message>
    <message>
        <source>The library %1 is read-only; nothing was written.</source>
        <translation>资料库 %1 为只读；未写入任何内容。</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1 处没有资料库。</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a library yet.</source>
        <translation>文件 %1 为空；它还不是资料库。</translation>
    </message>
    <message>
        <source>The library %1 was written by an older version of Clearance and is read-only, so it cannot be upgraded.</source>
        <translation>资料库 %1 由较旧版本的 Clearance 写入且为只读，因此无法升级。</translation>
    </message>
    <message>
        <source>The library %1 has recent changes in its -wal file that cannot be read in a read-only folder; open it once where it can be written.</source>
        <translation>资料库 %1 的 -wal 文件中有最近的更改，在只读文件夹中无法读取；请在可写的位置打开它一次。</translation>
    </message>
</context>
<context>
    <name>FetchMessages</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 返回了 HTTP %2 %3。</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing came for %2 s.</source>
        <translation>%1 停止响应：%2 秒内没有收到任何数据。</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s to download.</source>
        <translation>下载 %1 用时超过 %2 秒。</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 超过了 %2 的上限。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without a valid Location.</source>
        <translation>%1 返回了 HTTP %2（重定向），但没有有效的 Location 头。</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not an http or https address.</source>
        <translation>%1 重定向到 %2，而它不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>%1 redirects in a loop, back to %2.</source>
        <translation>%1 循环重定向，又回到了 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %Ln time(s).</source>
        <translation>
            <numerusform>%1 的重定向超过 %Ln 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source> or </source>
        <comment>between two values of one kind in a filter</comment>
        <translation>或</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search text in a filter description</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Customs and trade briefing</source>
        <translation>海关与贸易简报</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation>政府间组织</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>联合国机构</translation>
    </message>
    <message>
        <source>Multilateral initiative</source>
        <translation>多边倡议</translation>
    </message>
    <message>
        <source>Regional economic community</source>
        <translation>区域经济共同体</translation>
    </message>
    <message>
        <source>National customs administration</source>
        <translation>国家海关</translation>
    </message>
    <message>
        <source>Tax administration</source>
        <translation>税务机关</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>培训学院</translation>
    </message>
    <message>
        <source>Private-sector association</source>
        <translation>私营部门协会</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <source>Other organization</source>
        <translation>其他机构</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of articles.</source>
        <translation>%1 是文件夹，不是文章文件。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: the import was cancelled.</source>
        <translation>%1 未导入：导入已取消。</translation>
    </message>
</context>
<context>
    <name>JsonFeedReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: %1 (%2)</source>
        <translation>不是格式正确的 JSON：%1（%2）</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: text after the end (%1)</source>
        <translation>不是格式正确的 JSON：结尾之后还有文本（%1）</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;,&apos; or &apos;]&apos; expected between items (%1)</source>
        <translation>不是格式正确的 JSON：元素之间应为“,”或“]”（%1）</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;%1&apos; closes nothing open (%2)</source>
        <translation>不是格式正确的 JSON：“%1”没有可闭合的内容（%2）</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: the file ends before the data does (%1)</source>
        <translation>不是格式正确的 JSON：文件在数据结束前就结束了（%1）</translation>
    </message>
    <message>
        <source>it is JSON, but neither a JSON Feed (no &quot;items&quot;) nor an array of articles</source>
        <translation>这是 JSON，但既不是 JSON Feed（没有“items”），也不是文章数组</translation>
    </message>
</context>
<context>
    <name>LibraryChooser</name>
    <message>
        <source>Clearance libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Clearance 资料库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>无法打开资料库</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation>无法打开资料库 %1。</translation>
    </message>
    <message>
        <source>Choose another library…</source>
        <translation>选择其他资料库…</translation>
    </message>
    <message>
        <source>Create a new library…</source>
        <translation>新建资料库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose another library</source>
        <translation>选择其他资料库</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>新建资料库</translation>
    </message>
    <message>
        <source>Quit Clearance</source>
        <translation>退出 Clearance</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>新建资料库</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>it is a feed (its root element is &lt;%1&gt;), not an OPML list of feeds: subscribe to its address instead</source>
        <translation>这是订阅源（其根元素为 &lt;%1&gt;），不是 OPML 订阅源列表：请直接订阅其地址</translation>
    </message>
    <message>
        <source>it is XML but not an OPML list of feeds (its root element is &lt;%1&gt;)</source>
        <translation>这是 XML，但不是 OPML 订阅源列表（其根元素为 &lt;%1&gt;）</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>其中没有任何 XML 元素</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a valid URL</source>
        <translation>其地址“%1”不是有效的 URL</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a full URL (http://... or https://...)</source>
        <translation>其地址“%1”不是完整的 URL（http://... 或 https://...）</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not an http or https address</source>
        <translation>其地址“%1”不是 http 或 https 地址</translation>
    </message>
    <message>
        <source>the same address is listed above, as &quot;%1&quot;</source>
        <translation>同一地址已在前面列出，名为“%1”</translation>
    </message>
    <message>
        <source>it includes another OPML file, which is not followed</source>
        <translation>它引用了另一个 OPML 文件，该文件不会被读取</translation>
    </message>
    <message>
        <source>it is a link without an address</source>
        <translation>这是一个没有地址的链接</translation>
    </message>
    <message>
        <source>it has more than %1 outlines; Clearance reads subscription lists of up to that many</source>
        <translation>其中的 outline 元素超过 %1 个；Clearance 读取的订阅列表最多只能有这么多</translation>
    </message>
    <message>
        <source>its outlines are nested more than %1 deep</source>
        <translation>其 outline 元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>it is a feed without an address (xmlUrl)</source>
        <translation>这是一个没有地址（xmlUrl）的订阅源</translation>
    </message>
    <message>
        <source>it is an OPML file but lists no feed</source>
        <translation>这是 OPML 文件，但其中没有任何订阅源</translation>
    </message>
    <message>
        <source>it is an OPML file, but none of the feeds it lists can be subscribed to: the first, &quot;%1&quot;, is left out because %2</source>
        <translation>这是 OPML 文件，但其中列出的订阅源都无法订阅：第一个“%1”被略过，因为%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it holds binary data, not an OPML list of feeds</source>
        <translation>其中是二进制数据，不是 OPML 订阅源列表</translation>
    </message>
    <message>
        <source>it is not XML, so not an OPML list of feeds</source>
        <translation>这不是 XML，因此不是 OPML 订阅源列表</translation>
    </message>
    <message>
        <source>it is a web page, not an OPML list of feeds</source>
        <translation>这是网页，不是 OPML 订阅源列表</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, more than any list of feeds</source>
        <translation>文件大于 %1 MB，超过任何订阅源列表的大小</translation>
    </message>
</context>
<context>
    <name>PageLinkPattern</name>
    <message>
        <source>the link pattern is empty</source>
        <translation>链接模式为空</translation>
    </message>
    <message>
        <source>the link pattern is longer than %1 characters</source>
        <translation>链接模式超过 %1 个字符</translation>
    </message>
    <message>
        <source>the link pattern &quot;%1&quot; is neither a path (starting with &quot;/&quot;) nor an http or https address</source>
        <translation>链接模式“%1”既不是路径（以“/”开头），也不是 http 或 https 地址</translation>
    </message>
</context>
<context>
    <name>PdfContents</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>无法写入 %1：无法开始生成 PDF。</translation>
    </message>
</context>
<context>
    <name>PdfTitlePage</name>
    <message>
        <source>Briefing pack</source>
        <translation>简报汇编</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations are highlighted by kind</source>
        <translation>机构按类别突出显示</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The saved views could not be read</source>
        <translation>无法读取已保存的视图</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>已保存的视图需要名称。</translation>
    </message>
    <message>
        <source>The view could not be saved</source>
        <translation>无法保存视图</translation>
    </message>
    <message>
        <source>A saved view is already called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的视图。</translation>
    </message>
    <message>
        <source>The view could not be renamed</source>
        <translation>无法重命名视图</translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation>该视图已不存在。</translation>
    </message>
    <message>
        <source>The view could not be deleted</source>
        <translation>无法删除视图</translation>
    </message>
</context>
<context>
    <name>SeedTextParser</name>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>文件中没有文章：应为一行标题、一个空行，然后是文章正文。</translation>
    </message>
</context>
<context>
    <name>SortedIdCache</name>
    <message>
        <source>The articles could not be sorted: %1.</source>
        <translation>无法对文章排序：%1。</translation>
    </message>
</context>
<context>
    <name>SourceDiscovery</name>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a web page.</source>
        <translation>%1 既不是订阅源也不是网页。</translation>
    </message>
    <message>
        <source>%1 is a list of feeds (OPML): subscribe to them with clearance-cli sources import-opml FILE.</source>
        <translation>%1 是订阅源列表（OPML）：请用 clearance-cli sources import-opml FILE 订阅。</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>A source needs an address.</source>
        <translation>来源需要一个地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https://).</source>
        <translation>“%1”不是网址（应以 https:// 开头）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: only http and https sources can be fetched.</source>
        <translation>“%1”不是网址：只能获取 http 和 https 来源。</translation>
    </message>
    <message>
        <source>The sources could not be read</source>
        <translation>无法读取来源</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation>不存在来源 %1。</translation>
    </message>
    <message>
        <source>A source&apos;s interval cannot be negative.</source>
        <translation>来源的间隔不能为负数。</translation>
    </message>
    <message>
        <source>%1 is already a source (%2).</source>
        <translation>%1 已是来源（%2）。</translation>
    </message>
    <message>
        <source>The source could not be added</source>
        <translation>无法添加来源</translation>
    </message>
    <message>
        <source>%1 is already a source.</source>
        <translation>%1 已是来源。</translation>
    </message>
    <message>
        <source>The source could not be changed</source>
        <translation>无法更改来源</translation>
    </message>
    <message>
        <source>The source could not be removed</source>
        <translation>无法移除来源</translation>
    </message>
    <message>
        <source>The source&apos;s fetch could not be recorded</source>
        <translation>无法记录来源的获取情况</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source</source>
        <translation>无法将文章关联到其来源</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source: %1.</source>
        <translation>无法将文章关联到其来源：%1。</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be read</source>
        <translation>无法读取来源的链接</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded</source>
        <translation>无法记录来源的链接</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded: %1.</source>
        <translation>无法记录来源的链接：%1。</translation>
    </message>
    <message>
        <source>The sources could not be added: %1.</source>
        <translation>无法添加来源：%1。</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>The taxonomy file %1 could not be read: %2.</source>
        <translation>无法读取分类文件 %1：%2。</translation>
    </message>
    <message>
        <source>The taxonomy file %1 is not valid JSON (at byte %2: %3).</source>
        <translation>分类文件 %1 不是有效的 JSON（第 %2 字节：%3）。</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>该文件不是有效的 %1 文本。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <source>The file is a %1 file, not text.</source>
        <translation>该文件是 %1 文件，不是文本。</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>该文件包含二进制数据，不是文本。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1 at offset %2 is not valid UTF-8); it may use a legacy encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8 and import it again.</source>
        <translation>该文件不是 UTF-8 文本（偏移量 %2 处的字节 0x%1 不是有效的 UTF-8）；它可能使用 Windows-1252 或 ISO-8859-1 等旧编码：请将其另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>The file holds control characters, so it is not plain text.</source>
        <translation>该文件包含控制字符，因此不是纯文本。</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>文件中没有文章：应为一行标题、一个空行，然后是文章正文。</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>it is XML but not a feed (its root element is &lt;%1&gt;); Clearance reads RSS, RSS 1.0 (RDF), Atom, JSON Feed, JSON article lists, HTML pages and text</source>
        <translation>这是 XML，但不是订阅源（其根元素为 &lt;%1&gt;）；Clearance 可读取 RSS、RSS 1.0（RDF）、Atom、JSON Feed、JSON 文章列表、HTML 网页和文本</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>其中没有任何 XML 元素</translation>
    </message>
    <message>
        <source>it is an OPML file: a list of feeds, not of articles, and it lists no feed</source>
        <translation>这是 OPML 文件：它是订阅源列表而非文章列表，而且其中没有任何订阅源</translation>
    </message>
    <message numerus="yes">
        <source>it is an OPML file: a list of feeds, not of articles; it lists %n feed(s) such as %1. To subscribe to them, use: clearance-cli sources import-opml FILE</source>
        <translation>
            <numerusform>这是 OPML 文件：它是订阅源列表而非文章列表；其中列有 %n 个订阅源，例如 %1。要订阅它们，请使用：clearance-cli sources import-opml 文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message>
        <source>the file declares the encoding &quot;%1&quot;, which Clearance cannot read</source>
        <translation>文件声明的编码为“%1”，Clearance 无法读取</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>不是格式正确的 XML：%1（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>it has more than %1 MB of declarations and comments before its first element</source>
        <translation>它在第一个元素之前有超过 %1 MB 的声明和注释</translation>
    </message>
    <message>
        <source>the feed&apos;s entities expand to more than %1 characters from %2 bytes of the file; a feed built to exhaust memory is not read</source>
        <translation>订阅源的实体从文件的 %2 个字节展开为超过 %1 个字符；不会读取旨在耗尽内存的订阅源</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes; a feed built to take the reader&apos;s time is not read</source>
        <translation>某个元素有超过 %1 个属性；不会读取旨在耗费读取时间的订阅源</translation>
    </message>
    <message>
        <source>it is not valid UTF-8: byte 0x%1 at offset %2 (line %3, column %4) is not part of a UTF-8 character</source>
        <translation>不是有效的 UTF-8：偏移量 %2 处（第 %3 行，第 %4 列）的字节 0x%1 不属于任何 UTF-8 字符</translation>
    </message>
</context>
<context>
    <name>clearance</name>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>A desktop reader for customs and trade news.</source>
        <translation>海关与贸易新闻阅读器。</translation>
    </message>
    <message>
        <source>The library file to open (default: %1, created with the sample articles on first use).</source>
        <translation>要打开的资料库文件（默认：%1，首次使用时创建并载入示例文章）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The language of the interface for this run: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>本次运行的界面语言：%1（默认：首选项中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Files to import into the library once the window is open.</source>
        <translation>窗口打开后要导入资料库的文件。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[文件...]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>未知语言“%1”；请使用以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>clearance-cli</name>
    <message>
        <source>annotate: give one file, or - for standard input.</source>
        <translation>annotate：请指定一个文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1 处没有资料库。</translation>
    </message>
    <message>
        <source>Run &quot;clearance-cli --help&quot; for usage.</source>
        <translation>运行“clearance-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>未知格式“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (or an option without its value).</source>
        <translation>未知选项“%1”（或选项缺少值）。</translation>
    </message>
    <message>
        <source>export-pdf: unexpected argument &quot;%1&quot;.</source>
        <translation>export-pdf：意外的参数“%1”。</translation>
    </message>
    <message>
        <source>export-pdf needs --output FILE.</source>
        <translation>export-pdf 需要 --output FILE。</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use a4 or letter.</source>
        <translation>未知纸张尺寸“%1”；请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>--ids needs article ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--ids 需要以逗号分隔的文章 ID，而不是“%1”。</translation>
    </message>
    <message>
        <source>export-pdf: give either --ids or filter options, not both.</source>
        <translation>export-pdf：请指定 --ids 或筛选选项，不能同时指定。</translation>
    </message>
    <message>
        <source>No article matches the filter; nothing was exported.</source>
        <translation>没有符合筛选条件的文章；未导出任何内容。</translation>
    </message>
    <message>
        <source>Chosen articles</source>
        <translation>所选文章</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Wrote %1: </source>
        <translation>已写入 %1：</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s).</source>
        <translation>
            <numerusform>，%n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>facets: unexpected argument &quot;%1&quot;.</source>
        <translation>facets：意外的参数“%1”。</translation>
    </message>
    <message>
        <source>import: give one or more files.</source>
        <translation>import：请指定一个或多个文件。</translation>
    </message>
    <message>
        <source>--limit needs a whole number, not &quot;%1&quot;.</source>
        <translation>--limit 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>list: unexpected argument &quot;%1&quot;.</source>
        <translation>list：意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--lang needs one of: %1.</source>
        <translation>--lang 需要以下之一：%1。</translation>
    </message>
    <message>
        <source>--library needs a path.</source>
        <translation>--library 需要路径。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>retag takes no argument.</source>
        <translation>retag 不接受参数。</translation>
    </message>
    <message numerus="yes">
        <source>Re-tagged %n article(s)</source>
        <translation>
            <numerusform>已重新标记 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n changed.</source>
        <translation>
            <numerusform>；%n 篇有变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>show: give one article id.</source>
        <translation>show：请指定一个文章 ID。</translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not an article id.</source>
        <translation>show：“%1”不是文章 ID。</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>发布时间：%1</translation>
    </message>
    <message>
        <source> (date of import; the source gave none)</source>
        <translation>（导入日期；来源未提供日期）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>链接：%1</translation>
    </message>
    <message>
        <source>taxonomy takes no argument.</source>
        <translation>taxonomy 不接受参数。</translation>
    </message>
    <message>
        <source>; read as %1.</source>
        <translation>；识别为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) added</source>
        <translation>
            <numerusform>%1：已添加 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>，%n 篇已在资料库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n updated</source>
        <translation>
            <numerusform>（%n 篇已更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged)</source>
        <translation>
            <numerusform>，%n 篇未更改）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for having neither title nor text</source>
        <translation>
            <numerusform>，%n 项因既无标题也无正文而被跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Initiatives: %1</source>
        <translation>倡议：%1</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>国家和地区：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the tags of a kind in show</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: item %2 (“%3”) was not saved: %4.</source>
        <translation>%1：第 %2 项（“%3”）未保存：%4。</translation>
    </message>
    <message>
        <source>Note: the source gave no title; it is the start of the text.</source>
        <translation>注：来源未提供标题；此为正文开头。</translation>
    </message>
    <message>
        <source>No text in the feed: open the original.</source>
        <translation>订阅源中没有正文：请打开原文。</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>正文到此为止：来源提供的内容超过一篇文章可保存的长度。</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; &quot;clearance-cli taxonomy&quot; lists them all.</source>
        <translation>%1 没有值“%2”；“clearance-cli taxonomy”会列出全部值。</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; did you mean %3?</source>
        <translation>%1 没有值“%2”；您是否要找 %3？</translation>
    </message>
    <message>
        <source>Imports articles, one transaction per file. FILE may be - (standard input) or a pipe, which is read once.</source>
        <translation>导入文章，每个文件一个事务。FILE 可以是 -（标准输入）或管道，只读取一次。</translation>
    </message>
    <message>
        <source>Lists the matching articles.</source>
        <translation>列出符合条件的文章。</translation>
    </message>
    <message>
        <source>Counts the matching articles by region, initiative, organization and country.</source>
        <translation>按地区、倡议、机构和国家统计符合条件的文章。</translation>
    </message>
    <message>
        <source>Shows one article.</source>
        <translation>显示一篇文章。</translation>
    </message>
    <message>
        <source>Writes a briefing pack of the chosen or matching articles. --output - writes it to standard output; an existing file that is not a PDF is replaced only with --force, and the library never.</source>
        <translation>写出所选或符合条件文章的简报汇编。--output - 将其写到标准输出；已存在的非 PDF 文件仅在使用 --force 时才会被替换，资料库则永远不会。</translation>
    </message>
    <message>
        <source>Re-tags every article with the current taxonomy.</source>
        <translation>用当前分类重新标记所有文章。</translation>
    </message>
    <message>
        <source>Prints the mentions in a text (no library needed).</source>
        <translation>输出文本中的提及（无需资料库）。</translation>
    </message>
    <message>
        <source>Prints the regions, initiatives, organizations and countries.</source>
        <translation>输出地区、倡议、机构和国家。</translation>
    </message>
    <message>
        <source>Usage: clearance-cli [--library PATH] [--lang CODE] %1</source>
        <translation>用法：clearance-cli [--library PATH] [--lang CODE] %1</translation>
    </message>
    <message>
        <source>%1 could not be read: no temporary file could be made (%2).</source>
        <translation>无法读取 %1：无法创建临时文件（%2）。</translation>
    </message>
    <message>
        <source>%1 gives more than %2 MB; save it to a file and import that.</source>
        <translation>%1 提供的数据超过 %2 MB；请先保存为文件再导入该文件。</translation>
    </message>
    <message>
        <source>Standard output is a terminal; redirect it to a file or a program to receive the PDF.</source>
        <translation>标准输出是终端；请将其重定向到文件或程序以接收 PDF。</translation>
    </message>
    <message>
        <source>%1 is the library or one of its files; choose another file for the PDF. Nothing was written.</source>
        <translation>%1 是资料库或其文件之一；请为 PDF 选择其他文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the path of the file itself. Nothing was written.</source>
        <translation>%1 是符号链接；请给出文件本身的路径。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a file. Nothing was written.</source>
        <translation>%1 是文件夹；请给出文件的路径。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; use --output - to write to standard output. Nothing was written.</source>
        <translation>%1 不是普通文件；要写到标准输出请使用 --output -。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 exists and is not a PDF; add --force to replace it. Nothing was written.</source>
        <translation>%1 已存在且不是 PDF；如要替换请加上 --force。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 cannot be written to.</source>
        <translation>无法写入 %1：文件夹 %2 不可写。</translation>
    </message>
    <message>
        <source>The PDF could not be written to standard output: %1.</source>
        <translation>无法将 PDF 写到标准输出：%1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source> (date of import; the source&apos;s date was in the future)</source>
        <translation>（导入日期；来源的日期在未来）</translation>
    </message>
    <message>
        <source>sources %1: give one source id.</source>
        <translation>sources %1：请给出一个来源 id。</translation>
    </message>
    <message>
        <source>sources %1: &quot;%2&quot; is not a source id.</source>
        <translation>sources %1：“%2”不是来源 id。</translation>
    </message>
    <message>
        <source>sources add: give one address.</source>
        <translation>sources add：请给出一个地址。</translation>
    </message>
    <message>
        <source>--interval takes a number of minutes, 1 or more.</source>
        <translation>--interval 需要一个分钟数，至少为 1。</translation>
    </message>
    <message>
        <source>--links is for page sources: add --page.</source>
        <translation>--links 用于页面来源：请加上 --page。</translation>
    </message>
    <message>
        <source>sources list: unexpected argument &quot;%1&quot;.</source>
        <translation>sources list：意外的参数“%1”。</translation>
    </message>
    <message>
        <source>sources: unknown action &quot;%1&quot;.</source>
        <translation>sources：未知操作“%1”。</translation>
    </message>
    <message>
        <source>--source takes source ids (&quot;clearance-cli sources list&quot;), not &quot;%1&quot;.</source>
        <translation>--source 需要来源 id（“clearance-cli sources list”），而不是“%1”。</translation>
    </message>
    <message>
        <source>--source: there is no source %1; &quot;clearance-cli sources list&quot; lists them.</source>
        <translation>--source：不存在来源 %1；“clearance-cli sources list”会列出所有来源。</translation>
    </message>
    <message>
        <source>FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --source ID --search TEXT --unread --starred
</source>
        <translation>FILTER：--region ID --initiative ID --org ID --country CC（均可重复；同类之间为“或”，
        不同类之间为“且”）--source ID --search TEXT --unread --starred
</translation>
    </message>
    <message>
        <source>fetch: unexpected argument &quot;%1&quot;.</source>
        <translation>fetch：意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--source takes a source id, not &quot;%1&quot;.</source>
        <translation>--source 需要来源 id，而不是“%1”。</translation>
    </message>
    <message>
        <source>--source and --due-only exclude each other.</source>
        <translation>--source 与 --due-only 互斥。</translation>
    </message>
    <message>
        <source>sources import-opml: give one file.</source>
        <translation>sources import-opml：请给出一个文件。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>%1: outline %2 (%3) left out: %4</source>
        <translation>%1：条目 %2（%3）已略过：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln source(s) added</source>
        <translation>
            <numerusform>%1：已添加 %Ln 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already followed</source>
        <translation>
            <numerusform>，%Ln 个已关注</numerusform>
        </translation>
    </message>
    <message>
        <source>sources export-opml: give one file, or - for standard output.</source>
        <translation>sources export-opml：请给出一个文件，或用 - 表示标准输出。</translation>
    </message>
    <message>
        <source>%1 is the library; choose another file.</source>
        <translation>%1 是资料库；请选择其他文件。</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>无法写入列表。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is a web page without a feed; add it with --page to follow its article links.</source>
        <translation>%1 是没有订阅源的网页；请用 --page 添加以跟踪其文章链接。</translation>
    </message>
    <message>
        <source>%1 is a web page; its feed is %2.</source>
        <translation>%1 是网页；其订阅源为 %2。</translation>
    </message>
    <message>
        <source>sources: give an action (add, list, remove, enable, disable, import-opml, export-opml).</source>
        <translation>sources：请给出一个操作（add、list、remove、enable、disable、import-opml、export-opml）。</translation>
    </message>
    <message>
        <source>Usage: clearance-cli [--library PATH] [--lang CODE] COMMAND [OPTIONS]

Commands:
  import FILE...                    import articles (one transaction per file; - or a pipe: standard
                                    input or the pipe, read once)
  list   [FILTER] [--limit N] [--format tsv|json]
  facets [FILTER] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output FILE|- [--force] [--ids 1,2,..] [FILTER] [--title TEXT]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    a briefing pack of the chosen or matching articles (- writes it
                                    to standard output; --force replaces a file that is not a PDF)
  retag                             re-tag every article with the current taxonomy
  annotate [FILE|-] [--format json|tsv]   the mentions in a text (no library needed)
  taxonomy [--format tsv|json]      the regions, initiatives, organizations and countries
  sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]]
  sources list [--format tsv|json]
  sources remove|enable|disable ID  the feeds and news pages the library follows
  sources import-opml FILE | export-opml FILE|-   subscriptions from or to other readers
  fetch [--source ID] [--due-only] [--format tsv|json]   fetch the sources now (exit 1 if one failed)

--lang CODE: the language of messages, labels and PDF packs (%2; default: the one chosen in the
window&apos;s Preferences, else the system&apos;s). Ids and column names stay the same in every language.

FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --source ID --search TEXT --unread --starred

COMMAND --help: the usage of that command.

The default library is %1; it is created with the sample articles on first use.
</source>
        <translation>用法：clearance-cli [--library PATH] [--lang CODE] COMMAND [OPTIONS]

命令：
  import FILE...                    导入文章（每个文件一个事务；- 或管道：标准输入或管道，
                                    只读取一次）
  list   [FILTER] [--limit N] [--format tsv|json]
  facets [FILTER] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output FILE|- [--force] [--ids 1,2,..] [FILTER] [--title TEXT]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    所选或符合条件文章的简报汇编（- 写到标准输出；
                                    --force 替换非 PDF 的文件）
  retag                             用当前分类重新标记所有文章
  annotate [FILE|-] [--format json|tsv]   文本中的提及（无需资料库）
  taxonomy [--format tsv|json]      地区、倡议、机构和国家
  sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]]
  sources list [--format tsv|json]
  sources remove|enable|disable ID  资料库关注的订阅源和新闻页面
  sources import-opml FILE | export-opml FILE|-   与其他阅读器互换订阅
  fetch [--source ID] [--due-only] [--format tsv|json]   立即获取来源（有来源失败时退出码为 1）

--lang CODE：消息、标签和 PDF 简报的语言（%2；默认：窗口首选项中选择的语言，否则为系统语言）。标识符和列名在各种语言中保持不变。

FILTER：--region ID --initiative ID --org ID --country CC（均可重复；同类之间为“或”，
        不同类之间为“且”）--source ID --search TEXT --unread --starred

COMMAND --help：该命令的用法。

默认资料库为 %1；首次使用时创建并载入示例文章。
</translation>
    </message>
    <message>
        <source>The feeds and news pages the library follows. add prints the new source&apos;s id; a web page&apos;s address adds the feed the page declares (--no-check adds the address as given, unfetched); --page adds a news page without a feed, whose article links are found on it (--links: only links whose path matches PATTERN); --interval overrides the default time between fetches. remove keeps the articles already fetched from the source. import-opml and export-opml read and write the OPML lists feed readers exchange.</source>
        <translation>资料库关注的订阅源和新闻页面。add 输出新来源的 id；网页地址会添加该网页声明的订阅源（--no-check 按原样添加地址，不获取）；--page 添加没有订阅源的新闻页面，从页面中查找文章链接（--links：只取路径匹配 PATTERN 的链接）；--interval 覆盖默认的获取间隔。remove 会保留已从该来源获取的文章。import-opml 和 export-opml 读写各订阅源阅读器互换的 OPML 列表。</translation>
    </message>
    <message>
        <source>Fetches the enabled sources now (--source: that one, even disabled; --due-only: those whose time has come, for cron), politely, and prints per source its status, HTTP status, new, updated and unchanged articles and any error. Exits 1 when a source failed.</source>
        <translation>立即礼貌地获取已启用的来源（--source：该来源，即使已停用；--due-only：到时间的来源，供 cron 使用），并为每个来源输出状态、HTTP 状态、新增、更新和未变的文章以及任何错误。有来源失败时退出码为 1。</translation>
    </message>
</context>
</TS>
