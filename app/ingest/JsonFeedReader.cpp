#include "JsonFeedReader.h"

#include "DateTimeParser.h"
#include "FormatSniffer.h"
#include "Utf8.h"
#include "html/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Clearance {

namespace {

// The most of one string, and of all the strings of one item, that is kept, in bytes of UTF-8: an
// article's source (kMaxArticleSource characters) at one to three bytes a character.
constexpr qsizetype kMaxStringBytes = 2 * kMaxArticleSource;
constexpr qsizetype kMaxCaptureBytes = 4 * kMaxArticleSource;

} // namespace

namespace {

constexpr qint64 kBlockSize = 64 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first of `keys` the object has as a non-empty string (or number, for ids).
QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
    }
    return {};
}

bool isMetadataKey(const QString &key)
{
    return key == QLatin1String("title") || key == QLatin1String("language") ||
           key == QLatin1String("home_page_url") || key == QLatin1String("feed_url") ||
           key == QLatin1String("version");
}

} // namespace

JsonFeedReader::JsonFeedReader(QIODevice &device)
    : m_device(device)
{}

QString JsonFeedReader::formatName() const
{
    if (!m_isFeed)
        return QStringLiteral("JSON");
    if (m_version.contains(QLatin1String("1.1")))
        return QStringLiteral("JSON Feed 1.1");
    if (m_version.contains(QLatin1String("jsonfeed.org")))
        return QStringLiteral("JSON Feed 1.0");
    return QStringLiteral("JSON Feed");
}

QString JsonFeedReader::where(qint64 line, qint64 column) const
{
    return tr("line %1, column %2").arg(line).arg(column);
}

bool JsonFeedReader::nextBlock()
{
    if (m_device.atEnd())
        return false;
    const QByteArray raw = m_device.read(kBlockSize);
    if (raw.isEmpty())
        return false;
    m_block = m_decoder ? QString(m_decoder->decode(raw)).toUtf8() : raw;
    m_at = 0;
    return true;
}

void JsonFeedReader::metadata(const QString &key, const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + bytes + QByteArray("]"));
    const QJsonValue value = doc.array().at(0);
    if (key == QLatin1String("title"))
        m_feedTitle = value.toString().simplified();
    else if (key == QLatin1String("language"))
        m_feedLanguage = languageCode(value.toString());
    else if (key == QLatin1String("home_page_url") && m_feedUrl.isEmpty())
        m_feedUrl = value.toString();
    else if (key == QLatin1String("feed_url"))
        m_feedUrl = value.toString();
    else if (key == QLatin1String("version"))
        m_version = value.toString();
}

Article JsonFeedReader::articleFrom(const QJsonObject &o) const
{
    Article a;
    const QUrl base(m_feedUrl);
    a.title = HtmlSanitizer::singleLine(firstString(o, {"title", "headline", "name"}));
    const QString html = firstString(o, {"content_html"});
    if (!html.isEmpty()) {
        SanitizedHtml s = HtmlSanitizer::sanitize(html, base);
        a.body = std::move(s.text);
        a.html = std::move(s.html);
    } else if (const QString text = firstString(o, {"content_text"}); !text.isEmpty()) {
        a.body = HtmlSanitizer::plainParagraphs(text);
    } else {
        SanitizedHtml s = HtmlSanitizer::fromContent(
            firstString(o, {"body", "content", "text", "description", "summary"}), base);
        a.body = std::move(s.text);
        a.html = std::move(s.html);
    }
    a.url = HtmlSanitizer::safeLink(firstString(o, {"url", "link", "external_url"}), base);
    a.published = DateTimeParser::parse(
        firstString(o, {"published", "date_published", "date", "pubDate", "published_at", "datePublished"}));
    if (!a.published.isValid())
        a.published = DateTimeParser::parse(firstString(o, {"updated", "date_modified", "modified"}));
    const QJsonValue source = o.value(QLatin1String("source"));
    a.source = source.isObject() ? firstString(source.toObject(), {"name", "title"}) : source.toString();
    a.source = a.source.simplified();
    if (a.source.isEmpty())
        a.source = m_feedTitle;
    a.language = languageCode(firstString(o, {"language", "lang"}));
    if (a.language.isEmpty())
        a.language = m_feedLanguage;
    const QString id = firstString(o, {"guid", "id"});
    if (!id.isEmpty())
        a.guid = qualifiedId(id, m_isFeed ? (m_feedUrl.isEmpty() ? m_feedTitle : m_feedUrl) : a.source);
    else if (!a.url.isEmpty())
        a.guid = a.url;
    return a;
}

void JsonFeedReader::item(const QByteArray &bytes, qint64 line, qint64 column, QList<Article> &chunk)
{
    // A value that is not an object is no article, but must still be valid JSON (a scalar is only
    // accepted inside an array).
    const bool object = bytes.startsWith('{');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(object ? bytes : QByteArray('[' + bytes + ']'), &error);
    if (!object && error.error != QJsonParseError::NoError)
        error.offset = std::max(0, error.offset - 1);
    if (error.error != QJsonParseError::NoError) {
        // Where in the file: the item's start plus the offset within it.
        for (qsizetype i = 0; i < std::min<qsizetype>(error.offset, bytes.size()); ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                column = 0;
            } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
                ++column; // columns count characters: a UTF-8 continuation byte is not one
            }
        }
        m_error = tr("it is not well-formed JSON: %1 (%2)").arg(error.errorString(), where(line, column + 1));
        return;
    }
    ++m_items;
    if (!object) {
        ++m_skipped;
        return;
    }
    Article article = articleFrom(doc.object());
    article.position = m_items;
    if (m_captureTruncated)
        article.notes |= ArticleNote::Truncated;
    deliver(std::move(article), chunk);
}

void JsonFeedReader::cutCapture()
{
    // Where the string is cut, it must still be JSON: no character cut in two, no escape (a backslash,
    // "\u00", or a high surrogate waiting for its low one) left open. Then nothing more of it is kept.
    m_capture.truncate(m_stringStart + Utf8::completeLength(QByteArrayView(m_capture).sliced(m_stringStart)));
    for (;;) {
        const qsizetype backslash = m_capture.lastIndexOf('\\');
        if (backslash < m_stringStart || m_capture.size() - backslash > 6)
            break;
        qsizetype run = 0; // backslashes ending just before it: an even number means it starts an escape
        while (backslash - run - 1 >= m_stringStart && m_capture.at(backslash - run - 1) == '\\')
            ++run;
        if (run % 2 == 1)
            break; // it is the second of "\\"
        const QByteArrayView escape = QByteArrayView(m_capture).sliced(backslash);
        const bool open = escape.size() < 2 || (escape.at(1) == 'u' && escape.size() < 6);
        const bool highSurrogate = escape.size() == 6 && escape.at(1) == 'u' &&
                                   (escape.at(2) == 'd' || escape.at(2) == 'D') &&
                                   QByteArrayView("89abAB").contains(escape.at(3));
        if (!open && !highSurrogate)
            break;
        m_capture.truncate(backslash);
    }
    m_dropping = true; // nothing more of this string is kept
    m_captureTruncated = true;
}

void JsonFeedReader::finishCapture(int depth, QList<Article> *chunk)
{
    if (m_itemsDepth == depth) {
        if (chunk)
            item(m_capture, m_captureLine, m_captureColumn, *chunk);
        m_afterItem = true;
    } else {
        metadata(m_lastKey, m_capture);
    }
    m_capture.clear();
    m_captureTruncated = false;
    m_captureDepth = -1;
}

// Runs the scanner over the input until `wanted` articles are in `chunk` (Items pass), the input
// ends, or an error. True when it stopped for the chunk.
bool JsonFeedReader::scan(QList<Article> *chunk, qsizetype wanted)
{
    for (;;) {
        if (m_at >= m_block.size() && !nextBlock())
            break;
        const char *data = m_block.constData();
        const qsizetype n = m_block.size();
        while (m_at < n) {
            const char c = data[m_at++];
            if (c == '\n') {
                ++m_line;
                m_column = 0;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++m_column; // characters, not bytes
            }
            const int depth = static_cast<int>(m_stack.size());
            // A number, true, false or null being captured ends at a delimiter.
            if (m_captureDepth >= 0 && !m_inString && m_captureDepth == depth && !m_capture.isEmpty() &&
                m_capture.front() != '"' && m_capture.front() != '{' && m_capture.front() != '[' &&
                (isSpace(c) || c == ',' || c == '}' || c == ']')) {
                finishCapture(depth, chunk);
            }
            if (m_captureDepth >= 0) {
                // The text of a string past what an article can use is dropped as it is read (the
                // closing quote is kept, so the value stays JSON): a 50 MB item took 741 MB to import.
                const bool content = m_inString && !(c == '"' && !m_escape);
                if (content && !m_dropping &&
                    (m_capture.size() - m_stringStart >= kMaxStringBytes ||
                     m_capture.size() >= kMaxCaptureBytes))
                    cutCapture();
                if (!content)
                    m_dropping = false;
                if (!(content && m_dropping))
                    m_capture += c;
            }
            if (m_inString) {
                if (m_escape)
                    m_escape = false;
                else if (c == '\\')
                    m_escape = true;
                else if (c == '"') {
                    m_inString = false;
                    if (m_captureDepth == depth && m_capture.front() == '"') {
                        finishCapture(depth, chunk);
                    }
                } else if (m_expectKey && depth == 1 && m_captureDepth < 0)
                    m_key += c;
                continue;
            }
            if (isSpace(c))
                continue;
            if (m_rootClosed) {
                m_error =
                    tr("it is not well-formed JSON: text after the end (%1)").arg(where(m_line, m_column));
                return false;
            }
            if (m_afterItem && m_itemsOpen && depth == m_itemsDepth && c != ',' && c != ']') {
                m_error = tr("it is not well-formed JSON: ',' or ']' expected between items (%1)")
                              .arg(where(m_line, m_column));
                return false;
            }
            const bool rootObject = !m_stack.isEmpty() && m_stack.front() == '{';
            const bool startsValue = c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') ||
                                     c == 't' || c == 'f' || c == 'n';
            if (startsValue && m_captureDepth < 0 && !(c == '"' && m_expectKey && depth == 1 && rootObject)) {
                const bool isItem = m_itemsOpen && depth == m_itemsDepth;
                const bool isMeta = depth == 1 && rootObject && isMetadataKey(m_lastKey);
                // Items are only skipped over in the first pass.
                if (isItem ? m_pass == Pass::Items : isMeta) {
                    m_captureDepth = depth;
                    m_capture = QByteArray(1, c);
                    m_captureLine = m_line;
                    m_captureColumn = m_column - 1;
                }
            }
            switch (c) {
            case '"':
                m_inString = true;
                m_stringStart = m_capture.size();
                if (m_expectKey && depth == 1 && rootObject && m_captureDepth < 0)
                    m_key.clear();
                break;
            case '{':
            case '[':
                if (c == '[' && depth == 0) {
                    m_itemsDepth = 1; // an array of articles
                    m_itemsOpen = true;
                } else if (c == '[' && depth == 1 && rootObject && m_lastKey == QLatin1String("items")) {
                    m_itemsDepth = 2;
                    m_itemsOpen = true;
                    m_isFeed = true;
                }
                m_stack.append(c);
                if (c == '{' && depth == 0)
                    m_expectKey = true;
                break;
            case '}':
            case ']': {
                const char open = c == '}' ? '{' : '[';
                if (m_stack.isEmpty() || m_stack.back() != open) {
                    m_error = tr("it is not well-formed JSON: '%1' closes nothing open (%2)")
                                  .arg(QString(QLatin1Char(c)), where(m_line, m_column));
                    return false;
                }
                m_stack.chop(1);
                const int now = static_cast<int>(m_stack.size());
                if (c == ']' && m_itemsOpen && now + 1 == m_itemsDepth) {
                    m_afterItem = false;
                    m_itemsOpen = false;
                }
                if (m_captureDepth >= 0 && now == m_captureDepth) {
                    finishCapture(now, chunk);
                }
                if (now == 0)
                    m_rootClosed = true;
                break;
            }
            case ':':
                if (depth == 1 && rootObject) {
                    m_lastKey = QString::fromUtf8(m_key);
                    m_expectKey = false;
                }
                break;
            case ',':
                if (depth == 1 && rootObject)
                    m_expectKey = true;
                if (m_itemsOpen && depth == m_itemsDepth)
                    m_afterItem = false;
                break;
            default:
                break;
            }
            if (!m_error.isEmpty())
                return false;
            if (chunk && chunk->size() >= wanted)
                return true;
        }
    }
    if (m_inString || !m_stack.isEmpty()) {
        m_error = tr("it is not well-formed JSON: the file ends before the data does (%1)")
                      .arg(where(m_line, m_column));
    }
    return false;
}

bool JsonFeedReader::read(QList<Article> &chunk, qsizetype max)
{
    if (m_done)
        return false;
    if (!m_started) {
        m_started = true;
        const FormatSniffer::Encoding encoding = FormatSniffer::unicodeEncoding(m_device.peek(4096));
        if (!encoding.name.isEmpty() && encoding.name != "UTF-8")
            m_decoder.emplace(encoding.name.constData());
        if (encoding.bomSize > 0)
            m_device.skip(encoding.bomSize);
        QByteArray head = m_device.peek(4096);
        if (m_decoder)
            head = QString(QStringDecoder(encoding.name.constData()).decode(head)).toUtf8();
        // A JSON Feed's title and language may come after its items: a first pass reads them, when
        // the file can be read twice.
        if (head.trimmed().startsWith('{') && !m_device.isSequential()) {
            const qint64 start = m_device.pos();
            m_pass = Pass::Metadata;
            scan(nullptr, 0);
            if (!m_error.isEmpty()) {
                m_done = true;
                return false;
            }
            if (m_itemsDepth < 0) {
                m_error = tr("it is JSON, but neither a JSON Feed (no \"items\") nor an array of articles");
                m_done = true;
                return false;
            }
            m_device.seek(start);
            if (m_decoder)
                m_decoder.emplace(encoding.name.constData());
            m_block.clear();
            m_at = 0;
            m_line = 1;
            m_column = 0;
            m_stack.clear();
            m_inString = m_escape = m_expectKey = m_afterItem = m_rootClosed = m_itemsOpen = false;
            m_itemsDepth = -1;
            m_captureDepth = -1;
            m_lastKey.clear();
            m_pass = Pass::Items;
        }
    }
    const bool more = scan(&chunk, chunk.size() + max);
    if (!more)
        m_done = true;
    if (m_done && m_error.isEmpty() && m_itemsDepth < 0)
        m_error = tr("it is JSON, but neither a JSON Feed (no \"items\") nor an array of articles");
    return more;
}

} // namespace Clearance
