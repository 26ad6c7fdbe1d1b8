#include "BodyBlockFormat.h"

#include <QFont>
#include <QStringList>

#include <algorithm>

namespace Clearance {

namespace {

void setFixedPitch(QTextCharFormat &format)
{
    // "monospace" is fontconfig's alias; elsewhere the style hint picks the system's fixed font.
    format.setFontFamilies(QStringList{QStringLiteral("monospace")});
    format.setFontStyleHint(QFont::Monospace);
    format.setFontFixedPitch(true);
}

} // namespace

QTextBlockFormat BodyBlockFormat::blockFormat(const BodyBlock &block, const BodyBlock *next)
{
    const bool row = block.pieces.size() > 1;
    const bool grouped =
        next && ((block.listDepth > 0 && next->listDepth > 0) || (row && next->pieces.size() > 1));
    QTextBlockFormat format;
    format.setBottomMargin(grouped && (block.listItem || row) ? 4 : 8);
    if (block.kind == BodyBlock::Kind::Heading) {
        format.setHeadingLevel(block.headingLevel);
        format.setTopMargin(6);
        format.setBottomMargin(4);
    }
    // A list item's indent is its list's; text after its first block lines up with the item's text.
    if (!block.listItem)
        format.setIndent(block.quoteDepth + block.listDepth);
    if (block.quoteDepth > 0)
        format.setTopMargin(4); // set off from a list it may follow, at the same indent
    return format;
}

QTextCharFormat BodyBlockFormat::charFormat(const BodyBlock &block)
{
    QTextCharFormat format;
    switch (block.kind) {
    case BodyBlock::Kind::Heading:
        format.setFontWeight(QFont::Bold);
        // h1 and h2 a size up; the article's title, two sizes up, stays the largest.
        if (block.headingLevel <= 2)
            format.setProperty(QTextFormat::FontSizeAdjustment, 1);
        break;
    case BodyBlock::Kind::Preformatted:
        setFixedPitch(format);
        break;
    case BodyBlock::Kind::Paragraph:
        break;
    }
    return format;
}

QTextListFormat BodyBlockFormat::listFormat(const BodyBlock &block)
{
    static constexpr QTextListFormat::Style bullets[] = {
        QTextListFormat::ListDisc, QTextListFormat::ListCircle, QTextListFormat::ListSquare};
    static constexpr QTextListFormat::Style numbers[] = {
        QTextListFormat::ListDecimal, QTextListFormat::ListLowerAlpha, QTextListFormat::ListLowerRoman};
    const int depth = std::max(block.listDepth, 1) - 1;
    QTextListFormat format;
    format.setStyle(block.ordered ? numbers[depth % 3] : bullets[depth % 3]);
    format.setIndent(block.quoteDepth + std::max(block.listDepth, 1));
    return format;
}

QTextCharFormat BodyBlockFormat::runFormat(const BodyBlock::Run &run, const QPalette &palette)
{
    QTextCharFormat format;
    if (run.bold)
        format.setFontWeight(QFont::Bold);
    if (run.italic)
        format.setFontItalic(true);
    if (run.code)
        setFixedPitch(format);
    if (!run.href.isEmpty()) {
        format.merge(linkFormat(run.href));
        format.setForeground(palette.link());
        format.setToolTip(run.href);
    }
    return format;
}

QTextCharFormat BodyBlockFormat::linkFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    return format;
}

QString BodyBlockFormat::cellSeparator()
{
    return QStringLiteral(" \u2502 "); // a light vertical line
}

} // namespace Clearance
