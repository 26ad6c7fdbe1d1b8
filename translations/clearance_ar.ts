<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticleDocument</name>
    <message>
        <source>Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tooltip of an organization: its full name — its kind</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleQueries</name>
    <message>
        <source>The library %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be run: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be listed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleRanking</name>
    <message>
        <source>The articles could not be sorted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The library %1 is busy in another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not start a transaction: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not save the change: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not prepare the import: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new articles could not be indexed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a tag in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles matching the filters, in the order of the sorted column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleView</name>
    <message>
        <source>%1 (date estimated)</source>
        <comment>the source gave no date: the import date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the original article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions of a %1 are highlighted in this colour</source>
        <comment>legend: a kind of organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend of the organization highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization names are highlighted by kind; activate one to filter the list by it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::ExportController</name>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected articles, or the whole list, as a PDF briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::ExportDialog</name>
    <message>
        <source>&amp;Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One article per &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend of the highlight colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports %1 as a briefing pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the briefing pack a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing-pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::FacetModel</name>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every value; the search stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a filter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions, initiatives, organizations and countries; check values to filter the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a view to apply its filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to apply the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files (*.txt *.xml *.rss *.atom *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n article(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n article(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be imported:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::LibraryService</name>
    <message>
        <source>The library is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::MainWindow</name>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters, articles and reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles from files into this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unread (Page Down First)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread article below this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;A desktop reader for customs and trade news: filter by region, initiative, organization and country, search, and read with every organization highlighted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::ReaderActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;All in This List as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every article matching the filters as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked as read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::SearchBar</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search, combined with the facet filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the title and text of every article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window switches language at once. Article texts keep their own language and direction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::TagCandidateModel</name>
    <message>
        <source>%1 — region</source>
        <comment>add-tag completion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — initiative</source>
        <comment>add-tag completion</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance::TagEditor</name>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag chip tooltip: kind: label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <comment>tag chip tooltip: kind: label, definition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag this article with a region or an initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or initiative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or initiative to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions and initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library %1 is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Clearance library, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not use the SQLite library Clearance was built with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 was not upgraded because its backup copy %2 could not be written: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Clearance (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source> or </source>
        <comment>between two values of one kind in a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search text in a filter description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs and trade briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multilateral initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional economic community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National customs administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private-sector association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import as text (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryChooser</name>
    <message>
        <source>Clearance libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfContents</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTitlePage</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations are highlighted by kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved views could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved view is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedTextParser</name>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>The taxonomy file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy file %1 is not valid JSON (at byte %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a %1 file, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1 at offset %2 is not valid UTF-8); it may use a legacy encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds control characters, so it is not plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clearance</name>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop reader for customs and trade news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file to open (default: %1, created with the sample articles on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface for this run: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import into the library once the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clearance-cli</name>
    <message>
        <source>annotate: give one file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;clearance-cli --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (or an option without its value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids needs article ids separated by commas, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: give either --ids or filter options, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches the filter; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>facets: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give one or more files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: clearance-cli [--library PATH] [--lang CODE] COMMAND [OPTIONS]

Commands:
  import FILE...                    import articles (one transaction per file)
  list   [FILTER] [--limit N] [--format tsv|json]
  facets [FILTER] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output FILE [--ids 1,2,..] [FILTER] [--title TEXT]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    a briefing pack of the chosen or matching articles
  retag                             re-tag every article with the current taxonomy
  annotate [FILE|-] [--format json|tsv]   the mentions in a text (no library needed)
  taxonomy [--format tsv|json]      the regions, initiatives, organizations and countries

--lang CODE: the language of messages and PDF packs (%2; default: the one chosen in the window&apos;s
Preferences, else the system&apos;s).

FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --search TEXT --unread --starred

The default library is %1; it is created with the sample articles on first use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retag takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-tagged %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>show: give one article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not an article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (date of import; the source gave none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
