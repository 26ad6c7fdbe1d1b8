<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Clearance::ExportController</name>
    <message numerus="yes">
        <source>%n selected article(s)</source>
        <translation>
            <numerusform>%n selected article</numerusform>
            <numerusform>%n selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s)</source>
        <translation>
            <numerusform>Exported %n article</numerusform>
            <numerusform>Exported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n page(s) to %1.</source>
        <translation>
            <numerusform> on %n page to %1.</numerusform>
            <numerusform> on %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ExportDialog</name>
    <message numerus="yes">
        <source>%n selected article(s)</source>
        <translation>
            <numerusform>%n selected article</numerusform>
            <numerusform>%n selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n article(s)</source>
        <translation>
            <numerusform>the one article</numerusform>
            <numerusform>all %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ImportController</name>
    <message numerus="yes">
        <source>Import cancelled: %n article(s) added.</source>
        <translation>
            <numerusform>Import cancelled: %n article added.</numerusform>
            <numerusform>Import cancelled: %n articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n article(s) added.</source>
        <translation>
            <numerusform>Import finished: %n article added.</numerusform>
            <numerusform>Import finished: %n articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n file failed.</numerusform>
            <numerusform>%n files failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ReaderActions</name>
    <message numerus="yes">
        <source>%n article(s) marked as read.</source>
        <translation>
            <numerusform>%n article marked as read.</numerusform>
            <numerusform>%n articles marked as read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfTitlePage</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message numerus="yes">
        <source>it is an OPML file: a list of feeds, not of articles; it lists %n feed(s) such as %1. Import the feeds&apos; own files instead</source>
        <translation>
            <numerusform>it is an OPML file: a list of feeds, not of articles; it lists %n feed such as %1. Import the feed&apos;s own file instead</numerusform>
            <numerusform>it is an OPML file: a list of feeds, not of articles; it lists %n feeds such as %1. Import the feeds&apos; own files instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearance-cli</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s).</source>
        <translation>
            <numerusform>, %n page.</numerusform>
            <numerusform>, %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-tagged %n article(s)</source>
        <translation>
            <numerusform>Re-tagged %n article</numerusform>
            <numerusform>Re-tagged %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n changed.</source>
        <translation>
            <numerusform>; %n changed.</numerusform>
            <numerusform>; %n changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) added</source>
        <translation>
            <numerusform>%1: %n article added</numerusform>
            <numerusform>%1: %n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n already in the library</numerusform>
            <numerusform>, %n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n updated</source>
        <translation>
            <numerusform> (%n updated</numerusform>
            <numerusform> (%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged)</source>
        <translation>
            <numerusform>, %n unchanged)</numerusform>
            <numerusform>, %n unchanged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for having neither title nor text</source>
        <translation>
            <numerusform>, %n skipped for having neither title nor text</numerusform>
            <numerusform>, %n skipped for having neither title nor text</numerusform>
        </translation>
    </message>
</context>
</TS>
