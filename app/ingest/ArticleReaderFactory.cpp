#include "ArticleReaderFactory.h"

#include "FormatSniffer.h"
#include "HtmlPageParser.h"
#include "JsonFeedReader.h"
#include "TextDecoder.h"
#include "TextReader.h"
#include "XmlFeedReader.h"

#include <QCoreApplication>

namespace Clearance {

namespace {

// HTML pages are read whole.
constexpr qint64 kMaxPage = HtmlPageParser::kMaxPageSize;
// What is looked at to tell the format, and how far it may grow to get past a long prolog (comments or
// a document type declaration before the root element).
constexpr qint64 kHead = 64 * 1024;
constexpr qint64 kMaxProlog = 4 * 1024 * 1024;

// Articles already read, handed out in chunks like a stream.
class ListReader final : public ArticleReader
{
public:
    ListReader(QList<Article> articles, QString format)
        : m_format(std::move(format))
    {
        qint64 position = 0;
        for (Article &a : articles) {
            a.position = ++position;
            deliver(std::move(a), m_articles);
        }
    }
    bool read(QList<Article> &chunk, qsizetype max) override
    {
        const qsizetype n = std::min(max, m_articles.size() - m_next);
        chunk.append(m_articles.mid(m_next, n));
        m_next += n;
        return m_next < m_articles.size();
    }
    QString formatName() const override { return m_format; }

private:
    QList<Article> m_articles;
    qsizetype m_next = 0;
    QString m_format;
};

} // namespace

Result<std::unique_ptr<ArticleReader>> ArticleReaderFactory::open(QIODevice &device, Accept accept)
{
    using R = Result<std::unique_ptr<ArticleReader>>;
    const QByteArray head = device.peek(kHead);
    FormatSniffer::Kind kind = FormatSniffer::sniff(head);
    QByteArray longer = head;
    for (qint64 size = kHead; kind == FormatSniffer::Kind::PrologPastHead;) {
        if (longer.size() < size) {
            kind = FormatSniffer::Kind::Xml; // the file ends in its prolog: the XML reader says where
            break;
        }
        if (size >= kMaxProlog)
            return R::failure(tr("The file has more than %1 MB of comments and declarations before its first "
                                 "element; it is not read as a feed.")
                                  .arg(kMaxProlog / (1024 * 1024)));
        size = std::min(size * 4, kMaxProlog);
        longer = device.peek(size);
        kind = FormatSniffer::sniff(longer);
    }
    switch (kind) {
    case FormatSniffer::Kind::Empty:
        return R::failure(tr("The file is empty."));
    case FormatSniffer::Kind::Binary: {
        const QString kind = TextDecoder::binaryKind(head);
        return R::failure(kind.isEmpty() ? tr("The file holds binary data, not articles.")
                                         : tr("The file is a %1 file, not articles.").arg(kind));
    }
    case FormatSniffer::Kind::PrologPastHead:
    case FormatSniffer::Kind::Xml:
        return R(std::make_unique<XmlFeedReader>(device));
    case FormatSniffer::Kind::Json:
        return R(std::make_unique<JsonFeedReader>(device));
    case FormatSniffer::Kind::Text: {
        if (accept == Accept::FeedsOnly)
            return R::failure(tr("The address gave plain text, not a feed."));
        Result<TextStreamDecoder> decoder = TextStreamDecoder::forHead(head);
        if (!decoder)
            return R::failure(decoder.error());
        return R(std::make_unique<TextReader>(device, std::move(decoder.value())));
    }
    case FormatSniffer::Kind::Html:
        if (accept == Accept::FeedsOnly)
            return R::failure(tr("The address gave a web page, not a feed (an error page, a sign-in "
                                 "page or the site's front page?)."));
        break;
    }
    // A page is one article, read whole: a file far larger than any web page is not one.
    if (device.size() > kMaxPage)
        return R::failure(
            tr("The file is too large for a web page (%1 MB; pages of up to %2 MB are imported).")
                .arg(device.size() / (1024 * 1024))
                .arg(kMaxPage / (1024 * 1024)));
    // In steps, so that the bytes are gone before the text is parsed.
    QString html = HtmlPageParser::decode(device.readAll());
    const Article page = HtmlPageParser::parse(html);
    html.clear();
    if (page.title.isEmpty() && page.body.isEmpty())
        return R::failure(tr("The page holds no text."));
    return R(std::make_unique<ListReader>(QList<Article>{page}, QStringLiteral("HTML")));
}

} // namespace Clearance
