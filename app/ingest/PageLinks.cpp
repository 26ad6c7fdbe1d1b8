#include "PageLinks.h"

#include "HttpLink.h"
#include "html/HtmlTokenizer.h"

#include <QSet>

#include <vector>

namespace Clearance {

namespace {

// How many enclosing elements make a link's container key: enough to tell one list from another,
// bounded so that a deeply nested page does not make every key long.
constexpr int kKeyDepth = 12;
constexpr qsizetype kMaxKeyPart = 40;
// How far down the open elements one that HTML closes implicitly is looked for.
constexpr qsizetype kImpliedSearch = 16;

bool isVoid(HtmlElement e)
{
    switch (e) {
    case HtmlElement::Area:
    case HtmlElement::Base:
    case HtmlElement::Br:
    case HtmlElement::Col:
    case HtmlElement::Embed:
    case HtmlElement::Hr:
    case HtmlElement::Img:
    case HtmlElement::Input:
    case HtmlElement::Keygen:
    case HtmlElement::Link:
    case HtmlElement::Meta:
    case HtmlElement::Param:
    case HtmlElement::Source:
    case HtmlElement::Track:
    case HtmlElement::Wbr:
        return true;
    default:
        return false;
    }
}

// Elements whose content is the page's own, where a <header> or <footer> is an article's, not the site's.
bool isContent(HtmlElement e)
{
    return e == HtmlElement::Article || e == HtmlElement::Section || e == HtmlElement::Main;
}

bool isOneOf(QStringView name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
}

bool isPhrasing(QStringView name)
{
    return isOneOf(
        name, {"a", "abbr", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "time", "u"});
}

// The end tags HTML leaves out: an element that opens while one of these is open closes it ("<li>a<li>b"
// are two items), unless an element that bounds it comes first (a list inside an item does not close
// the item). Whether `open` is what `opening` closes, and whether it is where the search stops.
bool closes(QStringView opening, QStringView open)
{
    if (opening == QLatin1String("li"))
        return open == QLatin1String("li");
    if (isOneOf(opening, {"dt", "dd"}))
        return isOneOf(open, {"dt", "dd"});
    if (opening == QLatin1String("tr"))
        return open == QLatin1String("tr");
    if (isOneOf(opening, {"td", "th"}))
        return isOneOf(open, {"td", "th"});
    if (opening == QLatin1String("option"))
        return open == QLatin1String("option");
    return open == QLatin1String("p") &&
           isOneOf(opening,
                   {"address", "article", "aside", "blockquote", "div",     "dl",    "footer", "form",
                    "h1",      "h2",      "h3",    "h4",         "h5",      "h6",    "header", "main",
                    "nav",     "ol",      "p",     "pre",        "section", "table", "ul"});
}

bool bounds(QStringView opening, QStringView open)
{
    if (opening == QLatin1String("li"))
        return isOneOf(open, {"ul", "ol", "menu"});
    if (isOneOf(opening, {"dt", "dd"}))
        return open == QLatin1String("dl");
    if (opening == QLatin1String("tr"))
        return isOneOf(open, {"table", "tbody", "thead", "tfoot"});
    if (isOneOf(opening, {"td", "th"}))
        return isOneOf(open, {"tr", "table"});
    if (opening == QLatin1String("option"))
        return isOneOf(open, {"select", "datalist"});
    return !isPhrasing(open); // a paragraph holds only phrasing content
}

// Words of a class or id that name the site's furniture rather than its content. "header" and "footer"
// count only outside an article, section or main element, as the elements of those names do.
enum class Chrome // weakest first
{
    No,
    OutsideContent,
    Always
};

Chrome chromeWord(QStringView word)
{
    static const QSet<QString> always{
        QStringLiteral("nav"),         QStringLiteral("navbar"),  QStringLiteral("navigation"),
        QStringLiteral("menu"),        QStringLiteral("menubar"), QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"), QStringLiteral("sidebar"), QStringLiteral("sitemap"),
        QStringLiteral("pagination"),  QStringLiteral("pager"),   QStringLiteral("social"),
        QStringLiteral("share"),       QStringLiteral("sharing"), QStringLiteral("toolbar"),
        QStringLiteral("cookie"),      QStringLiteral("cookies"), QStringLiteral("skip")};
    static const QSet<QString> outside{QStringLiteral("header"), QStringLiteral("footer"),
                                       QStringLiteral("masthead"), QStringLiteral("banner")};
    const QString lower = word.toString().toLower();
    if (always.contains(lower))
        return Chrome::Always;
    return outside.contains(lower) ? Chrome::OutsideContent : Chrome::No;
}

// The strongest chrome word of a class or id attribute, its words split at spaces, '-' and '_'.
Chrome chromeOf(const QString &attribute)
{
    Chrome found = Chrome::No;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= attribute.size(); ++i) {
        const bool cut = i == attribute.size() || attribute.at(i).isSpace() ||
                         attribute.at(i) == QLatin1Char('-') || attribute.at(i) == QLatin1Char('_');
        if (!cut)
            continue;
        if (i > start) {
            const Chrome c = chromeWord(QStringView(attribute).sliced(start, i - start));
            if (c == Chrome::Always)
                return c;
            if (c == Chrome::OutsideContent)
                found = c;
        }
        start = i + 1;
    }
    return found;
}

bool isChromeRole(const QString &role)
{
    static const QSet<QString> roles{QStringLiteral("navigation"),  QStringLiteral("banner"),
                                     QStringLiteral("contentinfo"), QStringLiteral("complementary"),
                                     QStringLiteral("menu"),        QStringLiteral("menubar"),
                                     QStringLiteral("search")};
    return roles.contains(role.trimmed().toLower());
}

// The element's part of a container key: its name and its first class without digits ("div.news");
// classes that number or mark single items ("item-3", "odd") vary within one list.
QString keyOf(QStringView name, const QString &classes)
{
    // Cut short: a page could otherwise give every link a container key megabytes long.
    QString key = name.left(kMaxKeyPart).toString();
    const QString first = classes.simplified().section(QLatin1Char(' '), 0, 0).left(kMaxKeyPart).toLower();
    if (!first.isEmpty() && std::none_of(first.cbegin(), first.cend(), [](QChar c) { return c.isDigit(); }))
        key += QLatin1Char('.') + first;
    return key;
}

struct Open
{
    QString name;
    QString key;
    bool chrome = false;
    bool content = false; // inside an article, section or main element
};

struct Written
{
    QString href;
    QString text;
    QString container;
    bool chrome = false;
};

class Walker final
{
public:
    void start(const HtmlToken &token);
    void end(QStringView name);
    void text(QStringView text);

    QList<Written> links;
    QString baseHref;
    bool baseSeen = false;

private:
    void closeTo(qsizetype index) { m_open.resize(std::size_t(index)); }
    QString container() const;

    std::vector<Open> m_open;
    qsizetype m_overflow = 0; // elements opened past kMaxDepth, not kept
    qsizetype m_anchor = -1;  // the link whose text is being read
};

QString Walker::container() const
{
    QString key;
    const std::size_t from = m_open.size() > std::size_t(kKeyDepth) ? m_open.size() - kKeyDepth : 0;
    for (std::size_t i = from; i < m_open.size(); ++i) {
        if (!key.isEmpty())
            key += QLatin1Char('/');
        key += m_open[i].key;
    }
    return key;
}

void Walker::text(QStringView text)
{
    if (m_anchor >= 0 && links[m_anchor].text.size() < PageLinks::kMaxText)
        links[m_anchor].text += text.left(PageLinks::kMaxText);
}

void Walker::start(const HtmlToken &token)
{
    if (token.element == HtmlElement::Base && !baseSeen) {
        baseHref = token.attribute(QLatin1String("href"));
        baseSeen = !baseHref.isNull();
    }
    // Implied end tags, looked for a few levels down at most.
    const qsizetype top = qsizetype(m_open.size()) - 1;
    for (qsizetype i = top; i >= 0 && i > top - kImpliedSearch; --i) {
        const QString &open = m_open[std::size_t(i)].name;
        if (closes(token.name, open)) {
            closeTo(i);
            break;
        }
        if (bounds(token.name, open))
            break;
    }
    if (token.element == HtmlElement::A) {
        m_anchor = -1; // links do not nest: a new one ends the last
        const QString href = token.attribute(QLatin1String("href"));
        if (!href.isNull() && links.size() < PageLinks::kMaxLinks) {
            const bool chrome = !m_open.empty() && m_open.back().chrome;
            links.append(Written{href, QString(), container(), chrome});
            m_anchor = links.size() - 1;
        }
    }
    if (isVoid(token.element) || token.selfClosing)
        return;
    if (m_open.size() >= std::size_t(PageLinks::kMaxDepth)) {
        ++m_overflow;
        return;
    }
    const Open *parent = m_open.empty() ? nullptr : &m_open.back();
    Open open{token.name.left(kMaxKeyPart).toString(), QString(), parent && parent->chrome,
              parent && parent->content};
    const QString classes = token.attribute(QLatin1String("class"));
    open.key = keyOf(token.name, classes);
    const Chrome named = std::max(chromeOf(classes), chromeOf(token.attribute(QLatin1String("id"))));
    if (token.element == HtmlElement::Nav || token.element == HtmlElement::Aside || named == Chrome::Always ||
        isChromeRole(token.attribute(QLatin1String("role"))))
        open.chrome = true;
    else if ((token.element == HtmlElement::Header || token.element == HtmlElement::Footer ||
              named == Chrome::OutsideContent) &&
             !open.content)
        open.chrome = true;
    if (isContent(token.element))
        open.content = true;
    m_open.push_back(std::move(open));
}

void Walker::end(QStringView name)
{
    if (name == QLatin1String("a"))
        m_anchor = -1;
    if (m_overflow > 0) {
        --m_overflow;
        return;
    }
    const QStringView kept = name.left(kMaxKeyPart); // as start() kept it
    for (qsizetype i = qsizetype(m_open.size()) - 1; i >= 0; --i) {
        if (m_open[std::size_t(i)].name == kept) {
            closeTo(i);
            return;
        }
    }
    // An end tag with nothing to end is dropped, as browsers drop it.
}

} // namespace

QList<PageLinks::Link> PageLinks::read(QStringView html, const QUrl &pageUrl)
{
    Walker walker;
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            walker.text(token.text);
            break;
        case HtmlToken::Type::StartTag:
            walker.start(token);
            break;
        case HtmlToken::Type::EndTag:
            walker.end(token.name);
            break;
        }
    }
    // The first <base href> is the base of every link, those before it too.
    QUrl base = pageUrl;
    if (walker.baseSeen) {
        const QUrl resolved = HttpLink::resolve(walker.baseHref, pageUrl);
        if (!resolved.isEmpty())
            base = resolved;
    }
    QList<Link> links;
    links.reserve(walker.links.size());
    for (const Written &w : std::as_const(walker.links)) {
        const QUrl url = HttpLink::resolve(w.href, base).adjusted(QUrl::RemoveFragment);
        if (!url.isEmpty())
            links.append(Link{url, w.text.simplified(), w.container, w.chrome});
    }
    return links;
}

} // namespace Clearance
