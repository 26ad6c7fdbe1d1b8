#include "SearchQuery.h"

#include "FtsTokenizer.h"
#include "SearchText.h"

#include <QStringList>

namespace Clearance {

namespace {

struct Term
{
    QStringList words; // one word, or a phrase
    bool prefix = false;
    bool negated = false;
    bool orWithPrevious = false;
};

QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<Term> parse(const QString &text)
{
    QList<Term> terms;
    bool pendingOr = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (c == QLatin1Char('-') && i + 1 < n && !text.at(i + 1).isSpace()) {
            term.negated = true;
            ++i;
        }
        if (i < n && text.at(i) == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0) { // an unbalanced quote is punctuation, not a phrase
                ++i;
                continue;
            }
            term.words = FtsTokenizer::words(QStringView(text).mid(i + 1, close - i - 1));
            i = close + 1;
            if (i < n && text.at(i) == QLatin1Char('*')) {
                term.prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < n && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"'))
                ++end;
            const QStringView chunk = QStringView(text).mid(i, end - i);
            i = end;
            if (chunk == QLatin1String("OR") && !term.negated) {
                pendingOr = !terms.isEmpty();
                continue;
            }
            term.prefix = chunk.endsWith(QLatin1Char('*'));
            term.words = FtsTokenizer::words(chunk);
        }
        if (term.words.isEmpty())
            continue;
        term.orWithPrevious = pendingOr && !term.negated;
        pendingOr = false;
        terms.append(term);
    }
    return terms;
}

QString render(const Term &term)
{
    QStringList parts;
    for (const QString &w : term.words)
        parts.append(quoted(w));
    // Words split out of one chunk ("post-clearance") must stay together: a phrase.
    QString out = parts.size() == 1 ? parts.first() : parts.join(QLatin1String(" + "));
    if (term.prefix)
        out += QLatin1Char('*');
    return out;
}

} // namespace

QString SearchQuery::toFts(const QString &userText)
{
    // Folded as the index is (Arabic tashkeel, tatweel, hamza on alef), so either spelling finds the other.
    const QList<Term> terms = parse(SearchText::fold(userText));

    // Group positive terms into OR-groups joined by AND.
    QStringList groups;
    QStringList current;
    QStringList negatives;
    for (const Term &term : terms) {
        if (term.negated) {
            negatives.append(render(term));
            continue;
        }
        if (!term.orWithPrevious && !current.isEmpty()) {
            groups.append(current.size() == 1
                              ? current.first()
                              : QLatin1Char('(') + current.join(QLatin1String(" OR ")) + QLatin1Char(')'));
            current.clear();
        }
        current.append(render(term));
    }
    if (!current.isEmpty())
        groups.append(current.size() == 1
                          ? current.first()
                          : QLatin1Char('(') + current.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    if (groups.isEmpty())
        return {};

    QString query = groups.join(QLatin1String(" AND "));
    for (const QString &negative : negatives)
        query += QLatin1String(" NOT ") + negative;
    return query;
}

} // namespace Clearance
