#pragma once

#include "PdfExportOptions.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace Clearance {

class ArticleStore;
class Tagger;

// Writes a briefing pack: a title page, a table of contents, then each article as the reading pane
// shows it (ArticleDocument on a light palette, so the highlights have the same colours), with a
// running header and "Page X of Y" footers. The window's export job and clearance-cli export-pdf both
// use it. Needs a QGuiApplication (fonts); runs on any thread.
//
// Two passes over the articles, one article in memory at a time: the first lays each out and cuts it
// into pages, which gives every article's first page and the page count; the second lays it out again
// and draws it. The file appears only when it is complete (QSaveFile): a failed or cancelled export
// leaves nothing behind, nor does it touch a file already at that path.
class PdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // Called before each step with the steps done and their total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    PdfExporter(std::shared_ptr<const Tagger> tagger, PdfExportOptions options);
    ~PdfExporter();
    Q_DISABLE_COPY_MOVE(PdfExporter)

    // The articles with these ids, in this order, with their stored tags. An empty list or an id
    // that is not in the library is an error.
    static Result<QList<ExportArticle>> load(const ArticleStore &store, const QList<qint64> &ids);

    Result<PdfExportReport> write(const QList<ExportArticle> &articles, const QString &path,
                                  const Progress &progress = {}) const;

    // The error of a cancelled export.
    static QString cancelledMessage();

private:
    class Run;

    std::shared_ptr<const Tagger> m_tagger;
    PdfExportOptions m_options;
};

} // namespace Clearance
