#include "XmlProlog.h"

namespace Clearance {

namespace {

using Status = XmlProlog::Status;

// Whether `literal` is written at `at`: Complete, Invalid, or Incomplete when the text ends before it
// could tell.
Status literalAt(QStringView text, qsizetype at, QLatin1String literal,
                 Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    const QStringView here = text.sliced(std::min(at, text.size()));
    if (here.size() >= literal.size())
        return here.first(literal.size()).compare(literal, cs) == 0 ? Status::Complete : Status::Invalid;
    return here.compare(literal.first(here.size()), cs) == 0 ? Status::Incomplete : Status::Invalid;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

qsizetype skipSpace(QStringView text, qsizetype at)
{
    while (at < text.size() && isSpace(text.at(at)))
        ++at;
    return at;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('_') ||
           c == QLatin1Char('.');
}

// Past the '>' that ends the markup declaration at `at`, quoted literals skipped (a system literal
// may hold '>'); -1 when the text ends first.
qsizetype pastDeclaration(QStringView text, qsizetype at)
{
    QChar quote;
    for (qsizetype i = at; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i + 1;
        }
    }
    return -1;
}

// Past the end of a comment or processing instruction that starts at `at`, -1 when the text ends first.
qsizetype pastDelimited(QStringView text, qsizetype at, QLatin1String open, QLatin1String close)
{
    const qsizetype end = text.indexOf(close, at + open.size());
    return end < 0 ? -1 : end + close.size();
}

} // namespace

XmlProlog XmlProlog::scan(QStringView text)
{
    XmlProlog prolog;
    const QLatin1String commentOpen("<!--"), commentClose("-->"), piOpen("<?"), piClose("?>");
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto incomplete = [&prolog]() {
        prolog.m_status = Status::Incomplete;
        return prolog;
    };
    for (;;) {
        i = skipSpace(text, i);
        if (i >= n)
            return incomplete();
        if (text.at(i) != QLatin1Char('<'))
            return prolog;
        if (i + 1 >= n)
            return incomplete();
        if (const Status s = literalAt(text, i, commentOpen); s != Status::Invalid) {
            if (s == Status::Incomplete || (i = pastDelimited(text, i, commentOpen, commentClose)) < 0)
                return incomplete();
            continue;
        }
        if (literalAt(text, i, piOpen) == Status::Complete) {
            if ((i = pastDelimited(text, i, piOpen, piClose)) < 0)
                return incomplete();
            continue;
        }
        if (const Status s = literalAt(text, i, QLatin1String("<!doctype"), Qt::CaseInsensitive);
            s != Status::Invalid) {
            if (s == Status::Incomplete)
                return incomplete();
            qsizetype j = skipSpace(text, i + 9);
            if (const Status html = literalAt(text, j, QLatin1String("html"), Qt::CaseInsensitive);
                html != Status::Invalid && (j + 4 >= n || !isNameChar(text.at(j + 4)))) {
                if (html == Status::Incomplete || j + 4 >= n)
                    return incomplete();
                prolog.m_root = QStringLiteral("!doctype html");
                prolog.m_status = Status::Complete;
                return prolog;
            }
            // The name and external identifier, up to the internal subset or the end.
            QChar quote;
            for (; j < n; ++j) {
                const QChar c = text.at(j);
                if (!quote.isNull()) {
                    if (c == quote)
                        quote = QChar();
                } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                    quote = c;
                } else if (c == QLatin1Char('[') || c == QLatin1Char('>')) {
                    break;
                }
            }
            if (j >= n)
                return incomplete();
            if (text.at(j) == QLatin1Char('[')) {
                ++j;
                if (!prolog.scanInternalSubset(text, j))
                    return prolog;
                j = skipSpace(text, j);
                if (j >= n)
                    return incomplete();
                if (text.at(j) != QLatin1Char('>'))
                    return prolog;
            }
            i = j + 1;
            continue;
        }
        const qsizetype start = i + 1;
        qsizetype end = start;
        while (end < n && isNameChar(text.at(end)))
            ++end;
        if (end >= n)
            return incomplete();
        if (end == start || !(text.at(start).isLetter() || text.at(start) == QLatin1Char('_')))
            return prolog;
        QString name = text.sliced(start, end - start).toString().toLower();
        if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon >= 0)
            name = name.mid(colon + 1);
        prolog.m_root = name;
        prolog.m_status = Status::Complete;
        return prolog;
    }
}

// From after the '[' to after the ']': declarations, comments, processing instructions and parameter
// entity references. False with the status set when the subset is cut short or is not one.
bool XmlProlog::scanInternalSubset(QStringView text, qsizetype &at)
{
    const qsizetype n = text.size();
    m_status = Status::Incomplete;
    for (;;) {
        at = skipSpace(text, at);
        if (at >= n)
            return false;
        const QChar c = text.at(at);
        if (c == QLatin1Char(']')) {
            ++at;
            return true;
        }
        if (c == QLatin1Char('%')) {
            const qsizetype end = text.indexOf(QLatin1Char(';'), at);
            if (end < 0)
                return false;
            at = end + 1;
            continue;
        }
        if (c != QLatin1Char('<') || at + 1 >= n) {
            if (c != QLatin1Char('<'))
                m_status = Status::Invalid;
            return false;
        }
        if (const Status s = literalAt(text, at, QLatin1String("<!--")); s != Status::Invalid) {
            if (s == Status::Incomplete ||
                (at = pastDelimited(text, at, QLatin1String("<!--"), QLatin1String("-->"))) < 0)
                return false;
            continue;
        }
        if (literalAt(text, at, QLatin1String("<?")) == Status::Complete) {
            if ((at = pastDelimited(text, at, QLatin1String("<?"), QLatin1String("?>"))) < 0)
                return false;
            continue;
        }
        if (text.at(at + 1) != QLatin1Char('!')) {
            m_status = Status::Invalid;
            return false;
        }
        const Status entity = literalAt(text, at, QLatin1String("<!ENTITY"));
        if (entity == Status::Incomplete)
            return false;
        if (entity == Status::Complete) {
            // <!ENTITY name "value"> declares a general entity; <!ENTITY % name ...> a parameter one,
            // and <!ENTITY name SYSTEM "uri"> an external one, which no reader here fetches.
            qsizetype j = skipSpace(text, at + 8);
            if (j < n && text.at(j) != QLatin1Char('%')) {
                const qsizetype nameStart = j;
                while (j < n && !isSpace(text.at(j)) && text.at(j) != QLatin1Char('"') &&
                       text.at(j) != QLatin1Char('\'') && text.at(j) != QLatin1Char('>'))
                    ++j;
                const QStringView name = text.sliced(nameStart, j - nameStart);
                j = skipSpace(text, j);
                if (j < n && (text.at(j) == QLatin1Char('"') || text.at(j) == QLatin1Char('\''))) {
                    const qsizetype close = text.indexOf(text.at(j), j + 1);
                    if (close < 0)
                        return false;
                    m_entities.append({name.toString(), text.sliced(j + 1, close - j - 1).toString()});
                }
            }
        }
        if ((at = pastDeclaration(text, at)) < 0)
            return false;
    }
}

} // namespace Clearance
