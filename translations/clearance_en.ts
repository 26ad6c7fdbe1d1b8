<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Clearance::ExportController</name>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln selected article</numerusform>
            <numerusform>%Ln selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s)</source>
        <translation>
            <numerusform>Exported %Ln article</numerusform>
            <numerusform>Exported %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln page(s) to %1.</source>
        <translation>
            <numerusform> on %Ln page to %1.</numerusform>
            <numerusform> on %Ln pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ExportDialog</name>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln selected article</numerusform>
            <numerusform>%Ln selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln article(s)</source>
        <translation>
            <numerusform>the one article</numerusform>
            <numerusform>all %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ImportController</name>
    <message numerus="yes">
        <source>Import cancelled: %Ln article(s) added.</source>
        <translation>
            <numerusform>Import cancelled: %Ln article added.</numerusform>
            <numerusform>Import cancelled: %Ln articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln article(s) added.</source>
        <translation>
            <numerusform>Import finished: %Ln article added.</numerusform>
            <numerusform>Import finished: %Ln articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed.</source>
        <translation>
            <numerusform>%Ln file failed.</numerusform>
            <numerusform>%Ln files failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>Imported; %n item(s) refused by the library</source>
        <translation>
            <numerusform>Imported; %n item refused by the library</numerusform>
            <numerusform>Imported; %n items refused by the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::MainWindow</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ReaderActions</name>
    <message numerus="yes">
        <source>%Ln article(s) marked as read.</source>
        <translation>
            <numerusform>%Ln article marked as read.</numerusform>
            <numerusform>%Ln articles marked as read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::SourceTreeModel</name>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln failures in a row)</source>
        <translation>
            <numerusform>%1 (%Ln failure in a row)</numerusform>
            <numerusform>%1 (%Ln failures in a row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchMessages</name>
    <message numerus="yes">
        <source>%1 redirects more than %Ln time(s).</source>
        <translation>
            <numerusform>%1 redirects more than %Ln time.</numerusform>
            <numerusform>%1 redirects more than %Ln times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfTitlePage</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message numerus="yes">
        <source>it is an OPML file: a list of feeds, not of articles; it lists %n feed(s) such as %1. To subscribe to them, use: clearance-cli sources import-opml FILE</source>
        <translation>
            <numerusform>it is an OPML file: a list of feeds, not of articles; it lists %n feed such as %1. To subscribe to it, use: clearance-cli sources import-opml FILE</numerusform>
            <numerusform>it is an OPML file: a list of feeds, not of articles; it lists %n feeds such as %1. To subscribe to them, use: clearance-cli sources import-opml FILE</numerusform>
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
    <message numerus="yes">
        <source>%1: %Ln source(s) added</source>
        <translation>
            <numerusform>%1: %Ln source added</numerusform>
            <numerusform>%1: %Ln sources added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already followed</source>
        <translation>
            <numerusform>, %Ln already followed</numerusform>
            <numerusform>, %Ln already followed</numerusform>
        </translation>
    </message>
</context>
</TS>
