#include "PlainText.h"

namespace Clearance {

Qt::LayoutDirection PlainText::direction(QStringView text, Qt::LayoutDirection fallback)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        switch (QChar::direction(c)) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return fallback;
}

QList<BodyBlock::Range> PlainText::paragraphs(QStringView body)
{
    QList<BodyBlock::Range> out;
    qsizetype paragraphStart = -1;
    qsizetype paragraphEnd = -1;
    const auto flush = [&] {
        if (paragraphStart >= 0)
            out.append({paragraphStart, paragraphEnd - paragraphStart});
        paragraphStart = -1;
    };
    const qsizetype n = body.size();
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = body.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        qsizetype a = lineStart;
        qsizetype b = lineEnd;
        while (a < b && body.at(a).isSpace())
            ++a;
        while (b > a && body.at(b - 1).isSpace())
            --b;
        if (a == b) {
            flush(); // a blank line ends the paragraph
        } else {
            if (paragraphStart < 0)
                paragraphStart = a;
            paragraphEnd = b;
        }
        lineStart = lineEnd + 1;
    }
    flush();
    return out;
}

} // namespace Clearance
