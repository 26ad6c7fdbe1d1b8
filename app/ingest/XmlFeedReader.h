#pragma once

#include "ArticleReader.h"
#include "XmlFeedContent.h"
#include "XmlFeedItem.h"
#include "XmlInput.h"

#include <QCoreApplication>
#include <QUrl>

namespace Clearance {

// RSS 0.9x and 2.0, RSS 1.0 (RDF), Atom 1.0 and 0.3, read as a stream: items come out as they are
// parsed, so memory does not grow with the file. Understands content:encoded, the Dublin Core
// elements (date, creator, language), Media RSS descriptions, xml:base and xml:lang, HTML escaped
// or inline (XHTML) in any content element. An OPML list of feeds, or any other XML, is refused
// with what it is (an OPML list is OpmlReader's, for subscribing). This reads the feed and its elements; what
// an item's elements say, and the article it makes, is XmlFeedItem's.
class XmlFeedReader final : public ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(XmlFeedReader)

public:
    explicit XmlFeedReader(QIODevice &device);
    ~XmlFeedReader() override;

    bool read(QList<Article> &chunk, qsizetype max) override;
    // Parses here; sanitizing each item's HTML, most of the work, is left to the completion.
    bool readDeferred(Completion &complete, qsizetype max) override;
    QString formatName() const override;
    QString title() const override { return m_feedTitle; }

private:
    enum class Dialect
    {
        Unknown,
        Rss,
        Rdf,
        Atom10,
        Atom03
    };
    struct Parsed;

    bool start();
    void refuseOpml();
    bool readItem(XmlFeedItem &item);
    XmlFeedContent readContent();
    void readItemChild(XmlFeedItem &item);
    // Up to `max` items, each with the feed as it stood then; false as read() returns it.
    bool parse(QList<Parsed> &items, qsizetype max);
    XmlFeedItem::Feed feed() const;
    void pushElement();

    XmlInput m_input;
    Dialect m_dialect = Dialect::Unknown;
    QString m_version;
    bool m_started = false;
    bool m_done = false;
    // The open elements outside items: names and xml:base and xml:lang in force.
    QStringList m_path;
    QList<QUrl> m_bases;
    QStringList m_languages;
    // What the channel or feed says of itself.
    QString m_feedTitle;
    QString m_feedLink;
    QString m_feedId;
    qint64 m_items = 0; // items met so far, for the position of each
};

} // namespace Clearance
