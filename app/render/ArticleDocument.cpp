#include "ArticleDocument.h"

#include "BodyBlockFormat.h"
#include "BodyBlockSplitter.h"
#include "PlainText.h"
#include "domain/ArticleTextCap.h"
#include "domain/Logging.h"
#include "html/HtmlBlockReader.h"
#include "tagging/Tagger.h"
#include "tagging/Tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace Clearance {

namespace {

const QString kOrganizationScheme = QStringLiteral("clearance-org:");
const QString kCountryScheme = QStringLiteral("clearance-country:");
const QString kRegionScheme = QStringLiteral("clearance-region:");
const QString kInitiativeScheme = QStringLiteral("clearance-initiative:");
const QString kSeparator = QStringLiteral(" · ");

// What QTextCursor::insertText would turn into a block or frame boundary becomes one character that
// is not, so a position in the document stays the same UTF-16 index as in the article's text.
QString blockSafe(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == 0x2029)
            c = QChar::LineSeparator;
        else if (u == 0xfdd0 || u == 0xfdd1) // QTextBeginningOfFrame, QTextEndOfFrame
            c = QChar::ReplacementCharacter;
    }
    return out;
}

// Writes into the cursor's block when it is still empty (a new document, or a caller's fresh block),
// otherwise opens a new one.
void openBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (cursor.block().length() <= 1) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
        cursor.setCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
}

void mergeRange(QTextCursor &cursor, qsizetype from, qsizetype to, const QTextCharFormat &format)
{
    cursor.setPosition(static_cast<int>(from));
    cursor.setPosition(static_cast<int>(to), QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(x.redF() * (1 - t) + y.redF() * t),
                            static_cast<float>(x.greenF() * (1 - t) + y.greenF() * t),
                            static_cast<float>(x.blueF() * (1 - t) + y.blueF() * t));
}

bool intersects(const Mention &m, qsizetype from, qsizetype to)
{
    return m.start < to && m.end() > from;
}

// A library of an older release may hold an article longer than the import keeps today.
Article capped(Article article)
{
    capArticleText(article);
    return article;
}

} // namespace

ArticleDocument::ArticleDocument(Article article, std::shared_ptr<const Tagger> tagger, Options options)
    : m_article(capped(std::move(article)))
    , m_tagger(std::move(tagger))
    , m_options(std::move(options))
    , m_colors(m_options.palette)
    , m_text(Tagger::textOf(m_article))
{
    const qsizetype bodyOffset = m_article.title.size() + 2; // textOf: title, "\n\n", body
    if (!m_article.html.isEmpty()) {
        if (auto blocks = HtmlBlockReader::blocksOver(m_article.html, m_article.body, m_article.title)) {
            m_body = std::move(*blocks);
            for (BodyBlock &b : m_body) {
                for (Segment &piece : b.pieces)
                    piece.start += bodyOffset;
                for (BodyBlock::Run &run : b.runs)
                    run.range.start += bodyOffset;
            }
            m_showsHtml = true;
        } else {
            qCDebug(lcExport) << "article" << m_article.id
                              << "HTML does not match its text; shown as plain text";
        }
    }
    if (!m_showsHtml) {
        for (const BodyBlock::Range &r : PlainText::paragraphs(m_article.body)) {
            BodyBlock b;
            b.pieces.append({bodyOffset + r.start, r.length});
            m_body.append(b);
        }
    }
    m_body = BodyBlockSplitter::split(std::move(m_body), m_text);

    QList<Segment> shown;
    if (m_options.includeHeader && !m_article.title.isEmpty())
        shown.append({0, m_article.title.size()});
    for (const BodyBlock &b : std::as_const(m_body))
        shown.append(b.pieces);
    const EntityMatcher::Matches matches = m_tagger->matcher().match(m_text, m_article.language);
    for (const Mention &m : matches.mentions) {
        if (m.kind != FacetKind::Organization && m.kind != FacetKind::Country)
            continue;
        const bool visible = std::any_of(shown.cbegin(), shown.cend(),
                                         [&m](const Segment &s) { return intersects(m, s.start, s.end()); });
        if (visible)
            (m.kind == FacetKind::Organization ? m_organizations : m_countries).append(m);
    }
    m_tags = m_options.tags ? *m_options.tags : m_tagger->tags(matches.mentions);

    // The search box's syntax (see SearchQuery): "-word" excludes, an upper-case OR joins, "word*" is a
    // prefix; quotes and other punctuation fall away in the tokenizer.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &chunk : m_options.search.split(space, Qt::SkipEmptyParts)) {
        if (chunk == QLatin1String("OR") || chunk.startsWith(QLatin1Char('-')))
            continue;
        const std::vector<Token> tokens = Tokenizer::tokenize(chunk);
        for (size_t i = 0; i < tokens.size(); ++i) {
            const bool prefix = i + 1 == tokens.size() && chunk.endsWith(QLatin1Char('*'));
            m_searchTerms.append({tokens[i].folded, prefix});
        }
    }
}

ArticleDocument::ArticleDocument(Article article, std::shared_ptr<const Tagger> tagger)
    : ArticleDocument(std::move(article), std::move(tagger), Options())
{}

std::unique_ptr<QTextDocument> ArticleDocument::toDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    fill(*document);
    return document;
}

void ArticleDocument::fill(QTextDocument &document) const
{
    document.clear();
    document.setMetaInformation(QTextDocument::DocumentTitle, m_article.title);
    QTextCursor cursor(&document);
    insert(cursor);
}

void ArticleDocument::insert(QTextCursor &cursor) const
{
    cursor.beginEditBlock();
    if (m_options.includeHeader)
        insertHeader(cursor);
    insertBody(cursor);
    cursor.endEditBlock();
}

void ArticleDocument::insertNote(QTextCursor &cursor, const QString &sentence, const QString &plain) const
{
    QTextBlockFormat block;
    block.setLayoutDirection(m_options.locale.textDirection());
    if (m_options.includeHeader || !m_body.isEmpty())
        block.setTopMargin(12);
    // Told apart by its colour alone: an italic face may lack the glyphs of the interface's script
    // (DejaVu Sans Oblique has no Arabic).
    QTextCharFormat note;
    note.setForeground(
        mix(m_options.palette.color(QPalette::Base), m_options.palette.color(QPalette::Text), 0.65));
    openBlock(cursor, block, note);
    if (m_article.url.isEmpty()) {
        cursor.insertText(plain, note);
        return;
    }
    // One sentence for the translator, the link where %1 stands in it.
    const qsizetype at = sentence.indexOf(QLatin1String("%1"));
    QTextCharFormat link = note;
    link.setAnchor(true);
    link.setAnchorHref(m_article.url);
    link.setForeground(m_options.palette.link());
    link.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    link.setToolTip(m_article.url);
    cursor.insertText(sentence.left(std::max<qsizetype>(at, 0)), note);
    cursor.insertText(tr("open the original"), link);
    if (at >= 0)
        cursor.insertText(sentence.mid(at + 2), note);
}

void ArticleDocument::insertBody(QTextCursor &cursor) const
{
    if (showsNoTextNote()) {
        return insertNote(cursor, tr("No text in the feed — %1", "%1 is the link: open the original"),
                          tr("No text in the feed."));
    }
    QHash<int, QTextList *> lists;
    QTextCharFormat separator;
    separator.setForeground(
        mix(m_options.palette.color(QPalette::Base), m_options.palette.color(QPalette::Text), 0.45));
    for (qsizetype i = 0; i < m_body.size(); ++i) {
        const BodyBlock &b = m_body.at(i);
        QTextBlockFormat block =
            BodyBlockFormat::blockFormat(b, i + 1 < m_body.size() ? &m_body.at(i + 1) : nullptr);
        Qt::LayoutDirection direction = Qt::LayoutDirectionAuto;
        for (const Segment &piece : b.pieces) {
            direction = PlainText::direction(QStringView(m_text).mid(piece.start, piece.length),
                                             Qt::LayoutDirectionAuto);
            if (direction != Qt::LayoutDirectionAuto)
                break;
        }
        block.setLayoutDirection(direction == Qt::LayoutDirectionAuto ? m_options.locale.textDirection()
                                                                      : direction);
        if (i == 0 && m_options.includeHeader)
            block.setTopMargin(12);
        const QTextCharFormat base = BodyBlockFormat::charFormat(b);
        openBlock(cursor, block, base);
        if (b.listItem) {
            QTextList *&list = lists[b.list];
            if (list)
                list->add(cursor.block());
            else
                list = cursor.createList(BodyBlockFormat::listFormat(b));
        }
        for (qsizetype k = 0; k < b.pieces.size(); ++k) {
            if (k > 0)
                cursor.insertText(BodyBlockFormat::cellSeparator(), separator);
            insertSegment(cursor, b.pieces.at(k), base, b.runs);
        }
    }
    if (showsTruncatedNote()) {
        insertNote(cursor,
                   tr("The text stops here: the source gave more than an article keeps — %1",
                      "%1 is the link: open the original"),
                   tr("The text stops here: the source gave more than an article keeps."));
    }
}

void ArticleDocument::insertHeader(QTextCursor &cursor) const
{
    const Qt::LayoutDirection uiDirection = m_options.locale.textDirection();
    if (!m_article.title.isEmpty()) {
        QTextBlockFormat block;
        block.setHeadingLevel(1);
        block.setLayoutDirection(PlainText::direction(m_article.title, uiDirection));
        block.setBottomMargin(6);
        QTextCharFormat title;
        title.setFontWeight(QFont::Bold);
        title.setProperty(QTextFormat::FontSizeAdjustment, 2);
        openBlock(cursor, block, title);
        insertSegment(cursor, {0, m_article.title.size()}, title);
    }

    QStringList meta;
    if (m_article.published.isValid())
        meta.append(m_options.locale.toString(m_article.published.toLocalTime().date(), QLocale::LongFormat));
    if (!m_article.source.isEmpty())
        meta.append(m_article.source);
    QTextBlockFormat block;
    block.setLayoutDirection(uiDirection);
    if (!meta.isEmpty()) {
        openBlock(cursor, block, {});
        cursor.insertText(blockSafe(meta.join(kSeparator)), {});
    }
    if (!m_article.url.isEmpty()) {
        QTextBlockFormat linkBlock;
        linkBlock.setLayoutDirection(Qt::LeftToRight); // an address reads left to right everywhere
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(m_article.url);
        link.setForeground(m_options.palette.link());
        link.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        link.setToolTip(m_article.url);
        openBlock(cursor, linkBlock, {});
        cursor.insertText(blockSafe(m_article.url), link);
    }
    insertChips(cursor, tr("Regions:"), FacetKind::Region, kRegionScheme);
    insertChips(cursor, tr("Initiatives:"), FacetKind::Initiative, kInitiativeScheme);
}

void ArticleDocument::insertChips(QTextCursor &cursor, const QString &caption, FacetKind kind,
                                  const QString &scheme) const
{
    const QStringList &keys = m_tags.values(kind);
    if (keys.isEmpty())
        return;
    QTextBlockFormat block;
    block.setLayoutDirection(m_options.locale.textDirection());
    block.setTopMargin(4);
    openBlock(cursor, block, {});
    cursor.insertText(caption, {});

    const QColor text = m_options.palette.color(QPalette::Text);
    QTextCharFormat chip;
    chip.setBackground(mix(m_options.palette.color(QPalette::Base), text, 0.12));
    chip.setForeground(text);
    chip.setAnchor(true);
    const QString lang = labelLanguage();
    for (const QString &key : keys) {
        cursor.insertText(QStringLiteral(" "), {});
        chip.setAnchorHref(scheme + key);
        const QChar nbsp(0x00a0);
        cursor.insertText(nbsp + blockSafe(m_tagger->taxonomy().label(kind, key, lang)) + nbsp, chip);
    }
}

void ArticleDocument::insertSegment(QTextCursor &cursor, const Segment &segment, const QTextCharFormat &base,
                                    const QList<BodyBlock::Run> &runs) const
{
    const qsizetype blockStart = cursor.position();
    cursor.insertText(blockSafe(QStringView(m_text).mid(segment.start, segment.length)), base);
    const qsizetype blockEnd = cursor.position();
    const qsizetype segmentEnd = segment.end();
    const auto local = [&](qsizetype textIndex) {
        return blockStart + std::clamp(textIndex, segment.start, segmentEnd) - segment.start;
    };
    const auto inside = [&](qsizetype from, qsizetype to) { return from < segmentEnd && to > segment.start; };
    QTextCursor format(cursor.document());
    const QString lang = labelLanguage();

    // The elements' formatting first, so the highlights merge over it: a mention in bold stays bold.
    for (const BodyBlock::Run &run : runs) {
        if (inside(run.range.start, run.range.end()))
            mergeRange(format, local(run.range.start), local(run.range.end()),
                       BodyBlockFormat::runFormat(run, m_options.palette));
    }
    if (m_options.highlightCountries) {
        for (const Mention &m : m_countries) {
            if (!intersects(m, segment.start, segmentEnd))
                continue;
            QTextCharFormat country;
            country.setUnderlineStyle(QTextCharFormat::DotLine);
            country.setAnchor(true);
            country.setAnchorHref(kCountryScheme + m.id);
            country.setToolTip(m_tagger->taxonomy().label(FacetKind::Country, m.id, lang));
            country.setProperty(CountryProperty, m.id);
            mergeRange(format, local(m.start), local(m.end()), country);
        }
    }
    for (const Mention &m : m_organizations) {
        if (!intersects(m, segment.start, segmentEnd))
            continue;
        const QString kind = organizationKind(m.id);
        const HighlightPalette::Colors colors = m_colors.organization(kind);
        QTextCharFormat org;
        org.setBackground(colors.background);
        org.setForeground(colors.foreground);
        org.setUnderlineStyle(QTextCharFormat::NoUnderline);
        org.setAnchor(true);
        org.setAnchorHref(organizationHref(m.id));
        org.setToolTip(tr("%1 — %2", "tooltip of an organization: its full name — its kind")
                           .arg(m_tagger->taxonomy().label(FacetKind::Organization, m.id, lang),
                                HighlightPalette::kindName(kind)));
        org.setProperty(OrganizationIdProperty, m.id);
        org.setProperty(OrganizationKindProperty, kind);
        mergeRange(format, local(m.start), local(m.end()), org);
    }
    // A link keeps its target and its underline under a highlight: a click on it follows the link.
    for (const BodyBlock::Run &run : runs) {
        if (!run.href.isEmpty() && inside(run.range.start, run.range.end()))
            mergeRange(format, local(run.range.start), local(run.range.end()),
                       BodyBlockFormat::linkFormat(run.href));
    }
    markSearchHits(format, segment, blockStart);
    cursor.setPosition(static_cast<int>(blockEnd));
}

void ArticleDocument::markSearchHits(QTextCursor &cursor, const Segment &segment, qsizetype blockStart) const
{
    if (m_searchTerms.isEmpty())
        return;
    const HighlightPalette::Colors hitColors = m_colors.searchHit();
    QTextCharFormat outside;
    outside.setBackground(hitColors.background);
    outside.setForeground(hitColors.foreground);
    outside.setProperty(SearchHitProperty, true);
    QTextCharFormat inside;
    inside.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    inside.setUnderlineColor(m_colors.searchHitAccent());
    inside.setProperty(SearchHitProperty, true);

    const QStringView text = QStringView(m_text).mid(segment.start, segment.length);
    Tokenizer::WordReader words(text);
    while (words.next()) {
        const QStringView folded(words.folded().data(), static_cast<qsizetype>(words.folded().size()));
        const bool hit =
            std::any_of(m_searchTerms.cbegin(), m_searchTerms.cend(), [folded](const SearchTerm &t) {
                return t.prefix ? folded.startsWith(t.folded) : folded == t.folded;
            });
        if (!hit)
            continue;
        // Split the word at the mentions it overlaps: those parts keep the mention's colours.
        const qsizetype from = segment.start + words.start();
        const qsizetype to = segment.start + words.end();
        qsizetype at = from;
        for (const Mention &m : m_organizations) {
            if (!intersects(m, at, to))
                continue;
            const qsizetype mFrom = std::max(m.start, at);
            const qsizetype mTo = std::min(m.end(), to);
            if (mFrom > at)
                mergeRange(cursor, blockStart + at - segment.start, blockStart + mFrom - segment.start,
                           outside);
            mergeRange(cursor, blockStart + mFrom - segment.start, blockStart + mTo - segment.start, inside);
            at = mTo;
        }
        if (at < to)
            mergeRange(cursor, blockStart + at - segment.start, blockStart + to - segment.start, outside);
    }
}

QList<ArticleDocument::LegendEntry> ArticleDocument::legend() const
{
    QStringList present;
    for (const Mention &m : m_organizations) {
        const QString kind = organizationKind(m.id);
        if (!present.contains(kind))
            present.append(kind);
    }
    const QStringList &order = HighlightPalette::kinds();
    std::sort(present.begin(), present.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        // Kinds the palette does not know come last, by name.
        if ((ia < 0) != (ib < 0))
            return ib < 0;
        return ia < 0 ? a < b : ia < ib;
    });
    QList<LegendEntry> out;
    for (const QString &kind : present)
        out.append({kind, HighlightPalette::kindName(kind), m_colors.organization(kind)});
    return out;
}

QString ArticleDocument::organizationHref(const QString &id)
{
    return kOrganizationScheme + id;
}

QString ArticleDocument::organizationOfHref(const QString &href)
{
    return href.startsWith(kOrganizationScheme) ? href.mid(kOrganizationScheme.size()) : QString();
}

QString ArticleDocument::organizationKind(const QString &id) const
{
    const Organization *o = m_tagger->taxonomy().organization(id);
    return o ? o->kind : QString();
}

QString ArticleDocument::labelLanguage() const
{
    return QLocale::languageToCode(m_options.locale.language());
}

} // namespace Clearance
