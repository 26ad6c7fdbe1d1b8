#include "ImportSummaryDialog.h"

#include "service/Importer.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Clearance {

namespace {
enum Column
{
    File,
    Format,
    New,
    Updated,
    Unchanged,
    Skipped,
    Outcome,
    ColumnCount
};
} // namespace

ImportSummaryDialog::ImportSummaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Import Summary"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Read as"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Skipped"), tr("Outcome")});
    m_table->setAccessibleName(tr("Imported files"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 320);
}

void ImportSummaryDialog::addFile(const ImportReport &report, const QString &error)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QLocale locale;
    auto set = [&](int column, const QString &text, bool number = false) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    set(File, QFileInfo(report.file).fileName());
    m_table->item(row, File)->setToolTip(report.file);
    if (!error.isEmpty()) {
        set(Outcome, tr("Refused: %1").arg(error));
        m_table->item(row, Outcome)->setToolTip(error);
        return;
    }
    set(Format, report.format);
    set(New, locale.toString(report.added), true);
    set(Updated, locale.toString(report.updated), true);
    set(Unchanged, locale.toString(report.unchanged), true);
    set(Skipped, locale.toString(report.skipped), true);
    if (report.refused.isEmpty()) {
        set(Outcome, tr("Imported"));
        return;
    }
    // The rest of the file is in the library; the items refused are named so they can be found.
    QStringList refused;
    for (const RefusedItem &item : report.refused)
        refused.append(tr("item %1 (“%2”): %3").arg(locale.toString(item.position), item.title, item.reason));
    set(Outcome, tr("Imported; %n item(s) refused by the library", "", static_cast<int>(refused.size())));
    m_table->item(row, Outcome)->setToolTip(refused.join(QLatin1Char('\n')));
}

} // namespace Clearance
