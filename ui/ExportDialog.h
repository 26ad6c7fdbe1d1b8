#pragma once

#include "export/PdfExportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Clearance {

// File > Export to PDF…: what goes into the briefing pack and where it goes. It says which articles
// it exports and how many, proposes a title (the filter in words) and remembers the reader's other
// choices (QSettings) for the next time.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `selected` articles when more than one is selected, otherwise all `total` of the list.
    ExportDialog(const QString &title, int selected, qint64 total, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDialog)

    // "3 selected articles", "all 10 articles".
    static QString scopeText(int selected, qint64 total);
    // Only the selection is exported (more than one article is selected).
    bool exportsSelection() const { return m_selected > 1; }

    // The title, paper and layout chosen; the caller adds the filter, the locale and the date.
    PdfExportOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

    QLabel *scopeLabel() const { return m_scope; }
    QLineEdit *titleEdit() const { return m_title; }

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void restoreChoices();
    void saveChoices() const;
    static QString fileNameFor(const QString &title);

    int m_selected;
    QLabel *m_scope;
    QLineEdit *m_title;
    QComboBox *m_paper;
    QRadioButton *m_continuous;
    QRadioButton *m_pagePerArticle;
    QCheckBox *m_contents;
    QCheckBox *m_legend;
    QLineEdit *m_output;
};

} // namespace Clearance
