#pragma once

#include <QDialog>

class QTableWidget;

namespace Clearance {

struct ImportReport;

// After an import: one row per file with what became of its articles (new, updated, unchanged,
// skipped) or why the file was refused.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

    // `error` empty: the file was imported as `report` says.
    void addFile(const ImportReport &report, const QString &error);

private:
    QTableWidget *m_table;
};

} // namespace Clearance
