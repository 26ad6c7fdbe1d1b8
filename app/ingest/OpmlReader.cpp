#include "OpmlReader.h"

#include "FormatSniffer.h"
#include "HttpLink.h"
#include "OpmlNamespace.h"
#include "XmlInput.h"

#include <QBuffer>
#include <QHash>
#include <QLocale>

namespace Clearance {

namespace {

bool named(QStringView name, QLatin1String wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

// What an outline says, its attribute names matched ignoring case.
struct OutlineAttributes
{
    QString text;
    QString title;
    QString xmlUrl;
    QString htmlUrl;
    QString url;
    QString type;
    QString linkPattern;

    static OutlineAttributes of(const XmlAttributes &attributes)
    {
        OutlineAttributes out;
        for (const XmlAttributes::Attribute &a : attributes) {
            if (a.namespaceUri == QLatin1String(kClearanceOpmlNamespace)) {
                if (named(a.name, QLatin1String("linkPattern")))
                    out.linkPattern = a.value.trimmed();
                continue;
            }
            if (!a.namespaceUri.isEmpty())
                continue;
            if (named(a.name, QLatin1String("text")))
                out.text = a.value.simplified();
            else if (named(a.name, QLatin1String("title")))
                out.title = a.value.simplified();
            else if (named(a.name, QLatin1String("xmlUrl")))
                out.xmlUrl = a.value.trimmed();
            else if (named(a.name, QLatin1String("htmlUrl")))
                out.htmlUrl = a.value.trimmed();
            else if (named(a.name, QLatin1String("url")))
                out.url = a.value.trimmed();
            else if (named(a.name, QLatin1String("type")))
                out.type = a.value.trimmed().toLower();
        }
        return out;
    }
    // text, else title (the name readers show); empty when it has neither.
    QString name() const { return text.isEmpty() ? title : text; }
};

// One pass over the document; the outcome in m_document or m_error.
class OpmlParser final
{
public:
    explicit OpmlParser(QIODevice &device)
        : m_input(device)
    {}

    Result<OpmlReader::Document> parse();

private:
    // An open element: an outline that is a folder adds its name to the path.
    struct Open
    {
        bool outline = false;
        bool folder = false;
        bool head = false;
    };

    bool readRoot();
    bool startOutline();
    void addFeed(const OutlineAttributes &a);
    void addPage(const OutlineAttributes &a);
    void skip(const QString &title, const QString &reason);
    // The address an outline gives, or an empty URL with `reason` set.
    static QUrl address(const QString &written, QString &reason);
    Result<OpmlReader::Document> outcome();

    XmlInput m_input;
    OpmlReader::Document m_document;
    QString m_error;
    std::vector<Open> m_open;
    QStringList m_folders;
    int m_outlineDepth = 0;
    qint64 m_outlines = 0;
    bool m_inHeadTitle = false;
    QHash<QString, QString> m_seen; // address -> the title it was first listed under
};

bool OpmlParser::readRoot()
{
    while (!m_input.atEnd()) {
        const auto token = m_input.next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_input.name();
        if (named(name, QLatin1String("opml")))
            return true;
        if (name == QLatin1String("rss") || name == QLatin1String("feed") || name == QLatin1String("RDF"))
            m_error = OpmlReader::tr("it is a feed (its root element is <%1>), not an OPML list of feeds: "
                                     "subscribe to its address instead")
                          .arg(m_input.qualifiedName());
        else
            m_error = OpmlReader::tr("it is XML but not an OPML list of feeds (its root element is <%1>)")
                          .arg(m_input.qualifiedName());
        return false;
    }
    m_error = m_input.error();
    if (m_error.isEmpty())
        m_error = OpmlReader::tr("it holds no XML element");
    return false;
}

QUrl OpmlParser::address(const QString &written, QString &reason)
{
    QString text = written;
    // feed://host/path and feed:https://host/path, from the days browsers handed feeds to readers.
    if (text.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive)) {
        text.remove(0, 5);
        if (text.startsWith(QLatin1String("//")))
            text.prepend(QLatin1String("http:"));
    }
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || text.trimmed().isEmpty()) {
        reason = OpmlReader::tr("its address \"%1\" is not a valid URL").arg(written);
        return {};
    }
    if (url.isRelative()) {
        reason =
            OpmlReader::tr("its address \"%1\" is not a full URL (http://... or https://...)").arg(written);
        return {};
    }
    const QUrl resolved = HttpLink::resolve(text);
    if (resolved.isEmpty())
        reason = OpmlReader::tr("its address \"%1\" is not an http or https address").arg(written);
    return resolved;
}

void OpmlParser::skip(const QString &title, const QString &reason)
{
    m_document.skipped.append(OpmlReader::Skipped{m_outlines, title, reason});
}

void OpmlParser::addFeed(const OutlineAttributes &a)
{
    const QString title = a.name().isEmpty() ? a.xmlUrl : a.name();
    QString reason;
    const QUrl feedUrl = address(a.xmlUrl, reason);
    if (feedUrl.isEmpty())
        return skip(title, reason);
    const QString key = HttpLink::key(feedUrl);
    if (const auto seen = m_seen.constFind(key); seen != m_seen.cend())
        return skip(title, OpmlReader::tr("the same address is listed above, as \"%1\"").arg(*seen));
    m_seen.insert(key, title);
    // A relative htmlUrl is taken as relative to the feed; a bad one is dropped, the feed kept.
    const QUrl siteUrl = HttpLink::resolve(a.htmlUrl, feedUrl);
    m_document.outlines.append(
        OpmlOutline{title, feedUrl, siteUrl, OpmlOutline::folderPath(m_folders), a.type, QString()});
}

void OpmlParser::addPage(const OutlineAttributes &a)
{
    const QString written = a.url.isEmpty() ? a.htmlUrl : a.url;
    const QString title = a.name().isEmpty() ? written : a.name();
    if (a.type == QLatin1String("include") ||
        QUrl(written).path().endsWith(QLatin1String(".opml"), Qt::CaseInsensitive))
        return skip(title, OpmlReader::tr("it includes another OPML file, which is not followed"));
    if (written.isEmpty())
        return skip(title, OpmlReader::tr("it is a link without an address"));
    QString reason;
    const QUrl page = address(written, reason);
    if (page.isEmpty())
        return skip(title, reason);
    const QString key = HttpLink::key(page);
    if (const auto seen = m_seen.constFind(key); seen != m_seen.cend())
        return skip(title, OpmlReader::tr("the same address is listed above, as \"%1\"").arg(*seen));
    m_seen.insert(key, title);
    m_document.outlines.append(OpmlOutline{title, QUrl(), page, OpmlOutline::folderPath(m_folders),
                                           QStringLiteral("link"), a.linkPattern});
}

// False when the file goes past a bound.
bool OpmlParser::startOutline()
{
    if (++m_outlines > OpmlReader::kMaxOutlines) {
        m_error = OpmlReader::tr("it has more than %1 outlines; Clearance reads subscription lists of up to "
                                 "that many")
                      .arg(QLocale().toString(OpmlReader::kMaxOutlines));
        return false;
    }
    if (++m_outlineDepth > OpmlReader::kMaxDepth) {
        m_error = OpmlReader::tr("its outlines are nested more than %1 deep").arg(OpmlReader::kMaxDepth);
        return false;
    }
    const OutlineAttributes a = OutlineAttributes::of(m_input.attributes());
    Open open{true, false};
    if (!a.xmlUrl.isEmpty()) {
        // A feed, even with outlines inside it: they stay in the feed's own folder.
        addFeed(a);
    } else if (a.type == QLatin1String("link") || a.type == QLatin1String("include")) {
        addPage(a);
    } else if (a.type == QLatin1String("rss") || a.type == QLatin1String("atom")) {
        skip(a.name(), OpmlReader::tr("it is a feed without an address (xmlUrl)"));
    } else if (!a.name().isEmpty()) {
        // A folder (or a note, if nothing is inside it). A folder without a name adds no level.
        open.folder = true;
        m_folders.append(a.name());
    }
    m_open.push_back(open);
    return true;
}

Result<OpmlReader::Document> OpmlParser::outcome()
{
    if (!m_error.isEmpty())
        return Result<OpmlReader::Document>::failure(m_error);
    if (!m_document.outlines.isEmpty())
        return m_document;
    if (m_document.skipped.isEmpty())
        return Result<OpmlReader::Document>::failure(OpmlReader::tr("it is an OPML file but lists no feed"));
    return Result<OpmlReader::Document>::failure(
        OpmlReader::tr("it is an OPML file, but none of the feeds it lists can be subscribed to: the first, "
                       "\"%1\", is left out because %2")
            .arg(m_document.skipped.first().title, m_document.skipped.first().reason));
}

Result<OpmlReader::Document> OpmlParser::parse()
{
    if (!readRoot())
        return outcome();
    m_open.push_back(Open{});
    while (!m_input.atEnd() && !m_open.empty()) {
        const auto token = m_input.next();
        if (token == QXmlStreamReader::Invalid) {
            m_error = m_input.error();
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (named(m_input.name(), QLatin1String("outline"))) {
                if (!startOutline())
                    break;
                continue;
            }
            // The list's title: <opml><head><title>.
            m_inHeadTitle = m_open.back().head && named(m_input.name(), QLatin1String("title"));
            m_open.push_back(
                Open{false, false, m_open.size() == 1 && named(m_input.name(), QLatin1String("head"))});
        } else if (token == QXmlStreamReader::EndElement) {
            const Open open = m_open.back();
            m_open.pop_back();
            if (open.outline)
                --m_outlineDepth;
            if (open.folder)
                m_folders.removeLast();
            m_inHeadTitle = false;
        } else if (token == QXmlStreamReader::Characters && m_inHeadTitle) {
            m_document.title += m_input.text();
        }
    }
    if (m_error.isEmpty())
        m_error = m_input.error();
    m_document.title = m_document.title.simplified();
    return outcome();
}

} // namespace

Result<OpmlReader::Document> OpmlReader::read(QIODevice &device)
{
    using R = Result<Document>;
    switch (FormatSniffer::sniff(device.peek(64 * 1024))) {
    case FormatSniffer::Kind::Empty:
        return R::failure(tr("the file is empty"));
    case FormatSniffer::Kind::Binary:
        return R::failure(tr("it holds binary data, not an OPML list of feeds"));
    case FormatSniffer::Kind::Json:
    case FormatSniffer::Kind::Text:
        return R::failure(tr("it is not XML, so not an OPML list of feeds"));
    case FormatSniffer::Kind::Html:
        return R::failure(tr("it is a web page, not an OPML list of feeds"));
    case FormatSniffer::Kind::Xml:
    case FormatSniffer::Kind::PrologPastHead:
        break;
    }
    if (!device.isSequential() && device.size() > kMaxFileSize)
        return R::failure(tr("it is larger than %1 MB, more than any list of feeds").arg(kMaxFileSize >> 20));
    OpmlParser parser(device);
    return parser.parse();
}

Result<OpmlReader::Document> OpmlReader::read(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

} // namespace Clearance
