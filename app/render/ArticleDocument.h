#pragma once

#include "HighlightPalette.h"
#include "domain/Article.h"
#include "domain/Mention.h"
#include "domain/TagSet.h"
#include "html/BodyBlock.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QString>
#include <QTextFormat>

#include <memory>
#include <optional>

class QTextCursor;
class QTextDocument;

namespace Clearance {

class Tagger;

// One article as rich text: the reading pane shows it and the PDF export prints it, so both have the
// same highlighting. Optional header (title, date, source, link, region and initiative chips), then
// the body, each block laid out in the direction of its first strong character. The body is the
// article's stored HTML when it lines up with the plain text the tagger read (HtmlBlockReader): its
// lists, headings, quotes, preformatted text, table rows, bold, italic and links, built block by block
// with QTextCursor (the HTML never reaches QTextDocument's own parser, which could load resources).
// Otherwise, or without HTML, one block per plain paragraph.
// Every organization mention gets its kind's colours (HighlightPalette), an anchor
// "clearance-org:<id>" (a click filters by it) and a tooltip "<full name> — <kind>". Words of the
// search text are marked whole-word, ignoring case and accents: outside a mention with the search-hit
// colours; inside one the mention keeps its colours and the hit is underlined in the search-hit accent
// colour, so the organization's kind stays readable.
class ArticleDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDocument)

public:
    struct Options
    {
        QPalette palette;
        QLocale locale;
        QString search; // as typed in the search box; empty: no hits marked
        bool includeHeader = true;
        bool highlightCountries = false; // countries: dotted underline, tooltip, "clearance-country:<CC>"
        std::optional<TagSet> tags;      // the stored tags (with manual edits); unset: the tagger's
    };

    struct LegendEntry
    {
        QString kind; // "intergovernmental", ...
        QString name; // translated
        HighlightPalette::Colors colors;

        friend bool operator==(const LegendEntry &, const LegendEntry &) = default;
    };

    // Character-format properties marking what a fragment is, for tests and the PDF export.
    enum Property
    {
        OrganizationIdProperty = QTextFormat::UserProperty + 0x0c1e,
        OrganizationKindProperty,
        SearchHitProperty, // bool
        CountryProperty,
    };

    ArticleDocument(Article article, std::shared_ptr<const Tagger> tagger, Options options);
    ArticleDocument(Article article, std::shared_ptr<const Tagger> tagger); // default options
    Q_DISABLE_COPY_MOVE(ArticleDocument)

    std::unique_ptr<QTextDocument> toDocument() const;
    // Replaces the content of `document` (the reading pane keeps its own document).
    void fill(QTextDocument &document) const;
    // Appends the article at `cursor`, starting a new block unless the cursor's block is empty (the
    // PDF export puts several articles in one document).
    void insert(QTextCursor &cursor) const;

    // The kinds of organization this document highlights, in legend order.
    QList<LegendEntry> legend() const;
    // The organization mentions the document shows; offsets into Tagger::textOf(article).
    const QList<Mention> &organizationMentions() const { return m_organizations; }
    // Whether the body comes from the article's HTML rather than its plain paragraphs.
    bool showsHtml() const { return m_showsHtml; }
    // The blocks the body takes in the document; those before them are the header's. An article whose
    // source gave no text (ArticleNote::NoText) has one: the note saying so, with a link to the original.
    // One more for a text cut short (ArticleNote::Truncated): the note saying so at its end.
    int bodyBlockCount() const
    {
        return static_cast<int>(m_body.size()) + (showsNoTextNote() || showsTruncatedNote() ? 1 : 0);
    }
    bool showsNoTextNote() const { return m_body.isEmpty() && m_article.notes.testFlag(ArticleNote::NoText); }
    bool showsTruncatedNote() const
    {
        return !m_body.isEmpty() && m_article.notes.testFlag(ArticleNote::Truncated);
    }

    static QString organizationHref(const QString &id);
    // The organization id of a "clearance-org:" link, or an empty string for any other link.
    static QString organizationOfHref(const QString &href);

private:
    using Segment = BodyBlock::Range; // in Tagger::textOf(article)
    struct SearchTerm
    {
        QString folded;
        bool prefix = false;
    };

    void insertHeader(QTextCursor &cursor) const;
    void insertChips(QTextCursor &cursor, const QString &caption, FacetKind kind,
                     const QString &scheme) const;
    void insertBody(QTextCursor &cursor) const;
    // A note in the body's place or after it, `sentence` with the link to the original where its %1
    // is; without a link, `plain`.
    void insertNote(QTextCursor &cursor, const QString &sentence, const QString &plain) const;
    void insertSegment(QTextCursor &cursor, const Segment &segment, const QTextCharFormat &base,
                       const QList<BodyBlock::Run> &runs = {}) const;
    void markSearchHits(QTextCursor &cursor, const Segment &segment, qsizetype blockStart) const;
    QString organizationKind(const QString &id) const;
    QString labelLanguage() const;

    Article m_article;
    std::shared_ptr<const Tagger> m_tagger;
    Options m_options;
    HighlightPalette m_colors;
    QString m_text;          // Tagger::textOf(m_article)
    QList<BodyBlock> m_body; // offsets into m_text
    bool m_showsHtml = false;
    QList<Mention> m_organizations; // those inside the text shown
    QList<Mention> m_countries;
    QList<SearchTerm> m_searchTerms;
    TagSet m_tags;
};

} // namespace Clearance
