#include "PageLinkPattern.h"

namespace Clearance {

Result<PageLinkPattern> PageLinkPattern::parse(const QString &pattern)
{
    using R = Result<PageLinkPattern>;
    const QString trimmed = pattern.trimmed();
    if (trimmed.isEmpty())
        return R::failure(tr("the link pattern is empty"));
    if (trimmed.size() > kMaxLength)
        return R::failure(tr("the link pattern is longer than %1 characters").arg(kMaxLength));
    QString subject;
    if (trimmed.startsWith(QLatin1Char('/')) || trimmed.startsWith(QLatin1Char('*'))) {
        subject = QUrl::fromPercentEncoding(trimmed.toUtf8());
    } else {
        // Stars are not URL characters: kept aside while the address is parsed.
        QString escaped = trimmed;
        escaped.replace(QLatin1Char('*'), QLatin1String("%2A"));
        const QUrl url(escaped, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return R::failure(tr("the link pattern \"%1\" is neither a path (starting with \"/\") nor an "
                                 "http or https address")
                                  .arg(trimmed));
        subject = url.path(QUrl::FullyDecoded);
        if (subject.isEmpty())
            subject = QStringLiteral("/");
        if (url.hasQuery())
            subject += QLatin1Char('?') + url.query(QUrl::FullyDecoded);
    }
    PageLinkPattern out;
    out.m_text = trimmed;
    out.m_query = subject.contains(QLatin1Char('?'));
    out.m_parts = subject.split(QLatin1Char('*'));
    return out;
}

bool PageLinkPattern::matches(const QUrl &url) const
{
    QString subject = url.path(QUrl::FullyDecoded);
    if (subject.isEmpty())
        subject = QStringLiteral("/");
    if (m_query && url.hasQuery())
        subject += QLatin1Char('?') + url.query(QUrl::FullyDecoded);
    const QStringView s(subject);
    const QString &first = m_parts.first();
    if (m_parts.size() == 1)
        return s.compare(first, Qt::CaseInsensitive) == 0;
    const QString &last = m_parts.last();
    if (s.size() < first.size() + last.size() || !s.startsWith(first, Qt::CaseInsensitive) ||
        !s.endsWith(last, Qt::CaseInsensitive))
        return false;
    // The middle parts, each at its first place after the one before: if they fit at all, they fit
    // there (a star can take up any slack), so no backtracking is needed.
    qsizetype at = first.size();
    const qsizetype end = s.size() - last.size();
    for (qsizetype i = 1; i + 1 < m_parts.size(); ++i) {
        const QString &part = m_parts.at(i);
        if (part.isEmpty())
            continue;
        const qsizetype found = s.first(end).indexOf(part, at, Qt::CaseInsensitive);
        if (found < 0)
            return false;
        at = found + part.size();
    }
    return true;
}

} // namespace Clearance
