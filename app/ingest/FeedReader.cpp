#include "FeedReader.h"

#include "FormatSniffer.h"
#include "HtmlPageParser.h"
#include "HtmlSanitizer.h"
#include "JsonFeedReader.h"
#include "SeedTextParser.h"
#include "TextDecoder.h"
#include "XmlFeedReader.h"

#include <QCoreApplication>

namespace Clearance {

namespace {

// Text and HTML pages are read whole; larger ones are not articles.
constexpr qint64 kMaxWholeFile = 256ll * 1024 * 1024;

// Articles already read, handed out in chunks like a stream.
class ListReader final : public ArticleReader
{
public:
    ListReader(QList<Article> articles, QString format)
        : m_format(std::move(format))
    {
        for (Article &a : articles)
            deliver(std::move(a), m_articles);
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

bool firstBlockRepeated(const QString &text)
{
    QStringList blocks;
    QString current;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.simplified();
        if (trimmed.isEmpty()) {
            if (!current.isEmpty())
                blocks.append(current);
            current.clear();
            if (blocks.size() >= 2)
                break;
        } else {
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
        }
    }
    if (!current.isEmpty())
        blocks.append(current);
    return blocks.size() >= 2 && blocks.at(0).compare(blocks.at(1), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<QList<Article>> FeedReader::parseText(const QString &input)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.remove(QChar(QChar::ByteOrderMark));
    const Result<QList<Article>> seed = SeedTextParser::parse(text);
    if (seed && (seed->size() > 1 || firstBlockRepeated(text)))
        return seed;
    // One article: the first line is its title, the rest its text.
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    Article article;
    article.title = trimmed.left(newline < 0 ? trimmed.size() : newline).simplified();
    article.body =
        newline < 0 ? QString() : HtmlSanitizer::plainParagraphs(QStringView(trimmed).mid(newline + 1));
    if (article.title.isEmpty() || article.body.isEmpty()) {
        return Result<QList<Article>>::failure(
            tr("The file holds no article: expected a title line, a blank line and the article's text."));
    }
    return QList<Article>{article};
}

Result<std::unique_ptr<ArticleReader>> FeedReader::open(QIODevice &device)
{
    using R = Result<std::unique_ptr<ArticleReader>>;
    const QByteArray head = device.peek(64 * 1024);
    switch (FormatSniffer::sniff(head)) {
    case FormatSniffer::Kind::Empty:
        return R::failure(tr("The file is empty."));
    case FormatSniffer::Kind::Binary: {
        const QString kind = TextDecoder::binaryKind(head);
        return R::failure(kind.isEmpty() ? tr("The file holds binary data, not articles.")
                                         : tr("The file is a %1 file, not articles.").arg(kind));
    }
    case FormatSniffer::Kind::Xml:
        return R(std::make_unique<XmlFeedReader>(device));
    case FormatSniffer::Kind::Json:
        return R(std::make_unique<JsonFeedReader>(device));
    case FormatSniffer::Kind::Html:
    case FormatSniffer::Kind::Text:
        break;
    }
    if (device.size() > kMaxWholeFile)
        return R::failure(
            tr("The file is too large to import as text (%1 MB).").arg(device.size() / (1024 * 1024)));
    const QByteArray bytes = device.readAll();
    if (FormatSniffer::sniff(head) == FormatSniffer::Kind::Html) {
        const Article page = HtmlPageParser::parse(HtmlPageParser::decode(bytes));
        if (page.title.isEmpty() && page.body.isEmpty())
            return R::failure(tr("The page holds no text."));
        return R(std::make_unique<ListReader>(QList<Article>{page}, QStringLiteral("HTML")));
    }
    const Result<QString> text = TextDecoder::decode(bytes);
    if (!text)
        return R::failure(text.error());
    Result<QList<Article>> articles = parseText(*text);
    if (!articles)
        return R::failure(articles.error());
    return R(std::make_unique<ListReader>(std::move(articles.value()), tr("text")));
}

} // namespace Clearance
