#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Clearance {

namespace {
const QString kPaperKey = QStringLiteral("export/paper");
const QString kContentsKey = QStringLiteral("export/contents");
const QString kPagePerArticleKey = QStringLiteral("export/pagePerArticle");
const QString kLegendKey = QStringLiteral("export/legend");
const QString kFolderKey = QStringLiteral("export/folder");
} // namespace

ExportDialog::ExportDialog(const QString &title, int selected, qint64 total, QWidget *parent)
    : QDialog(parent)
    , m_selected(selected)
    , m_scope(new QLabel(this))
    , m_title(new QLineEdit(title, this))
    , m_paper(new QComboBox(this))
    , m_continuous(new QRadioButton(tr("&Continuous"), this))
    , m_pagePerArticle(new QRadioButton(tr("One article per &page"), this))
    , m_contents(new QCheckBox(tr("Table of &contents"), this))
    , m_legend(new QCheckBox(tr("&Legend of the highlight colours"), this))
    , m_output(new QLineEdit(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to PDF"));
    m_scope->setObjectName(QStringLiteral("exportScope"));
    m_scope->setText(tr("Exports %1 as a briefing pack.").arg(scopeText(selected, total)));
    m_scope->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("exportTitle"));
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->addItem(tr("A4"), static_cast<int>(PdfExportOptions::Paper::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(PdfExportOptions::Paper::Letter));
    m_pagePerArticle->setObjectName(QStringLiteral("exportPagePerArticle"));
    m_contents->setObjectName(QStringLiteral("exportContents"));
    m_legend->setObjectName(QStringLiteral("exportLegend"));
    m_output->setObjectName(QStringLiteral("exportOutput"));

    auto *layoutChoice = new QHBoxLayout;
    layoutChoice->addWidget(m_continuous);
    layoutChoice->addWidget(m_pagePerArticle);
    layoutChoice->addStretch();
    auto *file = new QHBoxLayout;
    file->addWidget(m_output, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    file->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(tr("Layout:"), layoutChoice);
    form->addRow(QString(), m_contents);
    form->addRow(QString(), m_legend);
    // A row given a layout gets a label without a buddy, which would show the "&" and have no
    // shortcut: the label is made here and pointed at the path.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_output);
    form->addRow(fileLabel, file);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    restoreChoices();
}

QString ExportDialog::scopeText(int selected, qint64 total)
{
    if (selected > 1)
        return tr("%Ln selected article(s)", "", selected);
    return tr("all %Ln article(s)", "", static_cast<int>(total));
}

PdfExportOptions ExportDialog::options() const
{
    PdfExportOptions options;
    options.title = m_title->text().trimmed();
    options.paper = static_cast<PdfExportOptions::Paper>(m_paper->currentData().toInt());
    options.contents = m_contents->isChecked();
    options.pagePerArticle = m_pagePerArticle->isChecked();
    options.legend = m_legend->isChecked();
    return options;
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the briefing pack a title."));
        m_title->setFocus();
        return;
    }
    if (outputPath().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the file to write."));
        m_output->setFocus();
        return;
    }
    saveChoices();
    QDialog::accept();
}

void ExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to PDF"), outputPath(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    setOutputPath(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                            : path + QStringLiteral(".pdf"));
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const int paper = m_paper->findData(settings.value(kPaperKey, 0).toInt());
    m_paper->setCurrentIndex(std::max(paper, 0));
    m_contents->setChecked(settings.value(kContentsKey, true).toBool());
    const bool perPage = settings.value(kPagePerArticleKey, false).toBool();
    m_pagePerArticle->setChecked(perPage);
    m_continuous->setChecked(!perPage);
    m_legend->setChecked(settings.value(kLegendKey, true).toBool());
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setOutputPath(QDir(folder).filePath(fileNameFor(m_title->text())));
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(kPaperKey, m_paper->currentData().toInt());
    settings.setValue(kContentsKey, m_contents->isChecked());
    settings.setValue(kPagePerArticleKey, m_pagePerArticle->isChecked());
    settings.setValue(kLegendKey, m_legend->isChecked());
    settings.setValue(kFolderKey, QFileInfo(QDir::fromNativeSeparators(outputPath())).absolutePath());
}

QString ExportDialog::fileNameFor(const QString &title)
{
    // Letters of any script stay; what file systems or shells dislike becomes a hyphen.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s·]+"));
    QString name = title.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    name = name.left(80);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty())
        name = tr("briefing-pack");
    return name + QStringLiteral(".pdf");
}

} // namespace Clearance
