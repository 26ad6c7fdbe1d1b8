#include "OpmlWriter.h"

#include "OpmlNamespace.h"

#include <QHash>
#include <QLocale>
#include <QXmlStreamWriter>

#include <algorithm>
#include <vector>

namespace Clearance {

namespace {

// The text without the characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks,
// U+FFFE, U+FFFF, unpaired surrogates): QXmlStreamWriter would write them as they are.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.at(i);
            out += text.at(++i);
            continue;
        }
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF ||
            QChar::isSurrogate(c))
            continue;
        out += QChar(c);
    }
    return out;
}

// The folders as a tree, each holding its subscriptions and subfolders in the order they first come.
struct Folder
{
    QString name;
    struct Entry
    {
        int folder = -1;                      // a subfolder, by index
        const OpmlOutline *outline = nullptr; // or a subscription
    };
    QList<Entry> entries;
    QHash<QString, int> subfolders;
};

std::vector<Folder> folderTree(const QList<OpmlOutline> &outlines)
{
    std::vector<Folder> folders(1);
    for (const OpmlOutline &outline : outlines) {
        std::size_t at = 0;
        for (const QString &name : OpmlOutline::folderNames(outline.folder)) {
            const auto found = folders[at].subfolders.constFind(name);
            if (found != folders[at].subfolders.cend()) {
                at = std::size_t(*found);
                continue;
            }
            const int index = int(folders.size());
            folders.push_back(Folder{name, {}, {}});
            folders[at].subfolders.insert(name, index);
            folders[at].entries.append(Folder::Entry{index, nullptr});
            at = std::size_t(index);
        }
        folders[at].entries.append(Folder::Entry{-1, &outline});
    }
    return folders;
}

void writeFolder(QXmlStreamWriter &xml, const std::vector<Folder> &folders, std::size_t at)
{
    for (const Folder::Entry &entry : folders[at].entries) {
        if (entry.folder >= 0) {
            const QString name = xmlText(folders[std::size_t(entry.folder)].name);
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), name);
            xml.writeAttribute(QStringLiteral("title"), name);
            writeFolder(xml, folders, std::size_t(entry.folder));
            xml.writeEndElement();
            continue;
        }
        const OpmlOutline &o = *entry.outline;
        const QString title = xmlText(o.title);
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("text"), title);
        xml.writeAttribute(QStringLiteral("title"), title);
        if (o.isPageSource()) {
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("link"));
            xml.writeAttribute(QStringLiteral("url"), o.siteUrl.toString(QUrl::FullyEncoded));
            if (!o.linkPattern.isEmpty())
                xml.writeAttribute(QLatin1String(kClearanceOpmlNamespace), QStringLiteral("linkPattern"),
                                   xmlText(o.linkPattern));
            continue;
        }
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("xmlUrl"), o.feedUrl.toString(QUrl::FullyEncoded));
        if (!o.siteUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), o.siteUrl.toString(QUrl::FullyEncoded));
    }
}

} // namespace

QString OpmlWriter::rfc822(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

QByteArray OpmlWriter::write(const QList<OpmlOutline> &outlines, const QString &title,
                             const QDateTime &created)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    const bool patterns = std::any_of(outlines.cbegin(), outlines.cend(),
                                      [](const OpmlOutline &o) { return !o.linkPattern.isEmpty(); });
    if (patterns)
        xml.writeNamespace(QLatin1String(kClearanceOpmlNamespace), QStringLiteral("clearance"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), xmlText(title));
    xml.writeTextElement(QStringLiteral("dateCreated"), rfc822(created));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    writeFolder(xml, folderTree(outlines), 0);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Clearance
