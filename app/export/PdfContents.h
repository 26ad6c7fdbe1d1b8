#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace Clearance {

struct PdfStyle;

// The table of contents of a briefing pack: each article's title, dot leaders, the page it starts
// on. Page numbers sit in a column of fixed width, so the contents take the same pages whatever the
// numbers turn out to be: it is laid out once, before the articles' pages are known, and drawn after.
class PdfContents final
{
    Q_DECLARE_TR_FUNCTIONS(PdfContents)

public:
    PdfContents(const PdfStyle &style, const QPaintDevice *device);
    ~PdfContents();
    Q_DISABLE_COPY_MOVE(PdfContents)

    void addEntry(const QString &title);
    // Lays the entries out; the number of pages they take.
    int layout();
    // Draws page `index` (from 0) of the contents; `startPages[i]` is where entry i starts.
    void drawPage(QPainter &painter, int index, const QList<int> &startPages, const QLocale &locale) const;

private:
    struct Entry;

    const PdfStyle &m_style;
    const QPaintDevice *m_device;
    std::vector<std::unique_ptr<Entry>> m_entries;
    qreal m_headingHeight = 0;
};

} // namespace Clearance
