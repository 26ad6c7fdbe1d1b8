#include "PrintFormatting.h"

#include "PdfStyle.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Clearance {

namespace {

// Links a PDF reader can follow.
bool isWebLink(const QString &href)
{
    return href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("http://")) ||
           href.startsWith(QLatin1String("mailto:"));
}

bool isChip(const QString &href)
{
    return href.startsWith(QLatin1String("clearance-region:")) ||
           href.startsWith(QLatin1String("clearance-initiative:"));
}

constexpr int kBodyLeading = 135;   // percent of the line height
constexpr qreal kMetaPoints = 8.5;  // date, source, link, chip captions
constexpr qreal kChipPoints = 7.75; // tag chips

} // namespace

void PrintFormatting::adapt(QTextDocument &document, int headingBlocks, const PdfStyle &style)
{
    struct Change
    {
        int from;
        int to;
        QTextCharFormat format;
        QString text; // replaces the fragment's text when not empty (same length)
    };
    QList<Change> changes;
    QList<QTextBlock> bodyBlocks;
    int index = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next(), ++index) {
        const bool header = index < headingBlocks;
        const bool title = header && block.blockFormat().headingLevel() > 0;
        if (!header)
            bodyBlocks.append(block);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const QString href = format.isAnchor() ? format.anchorHref() : QString();
            const bool chip = isChip(href);
            bool changed = false;
            if (format.isAnchor() && !isWebLink(href)) {
                format.setAnchor(false);
                format.clearProperty(QTextFormat::AnchorHref);
                format.clearProperty(QTextFormat::TextToolTip);
                changed = true;
            }
            QString text;
            if (chip) {
                text = fragment.text();
                text.replace(QLatin1Char(' '), QChar(0x00a0));
                format.setFontPointSize(kChipPoints);
                changed = true;
            } else if (header && !title) {
                format.setFontPointSize(kMetaPoints);
                if (!format.isAnchor())
                    format.setForeground(style.muted);
                changed = true;
            }
            if (changed)
                changes.append({fragment.position(), fragment.position() + fragment.length(), format, text});
        }
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const Change &c : std::as_const(changes)) {
        cursor.setPosition(c.from);
        cursor.setPosition(c.to, QTextCursor::KeepAnchor);
        if (c.text.isEmpty())
            cursor.setCharFormat(c.format);
        else
            cursor.insertText(c.text, c.format);
    }
    QTextBlockFormat leading;
    leading.setLineHeight(kBodyLeading, QTextBlockFormat::ProportionalHeight);
    for (const QTextBlock &block : std::as_const(bodyBlocks)) {
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(leading);
    }
    cursor.endEditBlock();
}

} // namespace Clearance
