#pragma once

#include "domain/Article.h"
#include "domain/TagSet.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace Clearance {

// What the reader chose for one briefing pack (the export dialog, clearance-cli export-pdf).
struct PdfExportOptions
{
    enum class Paper
    {
        A4,
        Letter,
    };

    QString title;
    QString filterDescription; // the filter in words, on the title page; empty: not shown
    Paper paper = Paper::A4;
    bool contents = true;
    bool pagePerArticle = false; // each article starts a page; otherwise they follow one another
    bool legend = true;          // the organization kinds highlighted, on the title page
    QLocale locale;
    QDateTime exportedAt = QDateTime::currentDateTime();
};

// One article to print, with the tags the library stores for it (manual edits included).
struct ExportArticle
{
    Article article;
    std::optional<TagSet> tags; // unset: the tagger's
};

// What a finished export produced.
struct PdfExportReport
{
    int articles = 0;
    int pages = 0;
};

} // namespace Clearance
