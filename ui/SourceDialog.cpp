#include "SourceDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Clearance {

SourceDialog::SourceDialog(const QStringList &folders, const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_url(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_folder(new QComboBox(this))
    , m_feed(new QRadioButton(tr("A feed (RSS, Atom, JSON Feed)"), this))
    , m_page(new QRadioButton(tr("A news page without a feed"), this))
    , m_links(new QLineEdit(this))
    , m_linksLabel(new QLabel(tr("Article links:"), this))
    , m_interval(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = source.id == 0;
    setWindowTitle(adding ? tr("Add Source") : tr("Edit Source"));
    setObjectName(QStringLiteral("sourceDialog"));

    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_url->setText(source.url);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setPlaceholderText(tr("Taken from the feed when left empty"));
    m_title->setText(source.title);
    m_folder->setObjectName(QStringLiteral("sourceFolder"));
    m_folder->setEditable(true);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setCurrentText(source.folder);
    m_folder->setToolTip(tr("Nested folders are separated by \"/\", as in Customs/Africa"));

    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_feed);
    kinds->addButton(m_page);
    (source.kind == Source::Kind::Page ? m_page : m_feed)->setChecked(true);
    m_links->setObjectName(QStringLiteral("sourceLinks"));
    m_links->setPlaceholderText(tr("Guessed from the page when left empty, or a path such as /news/*"));
    m_links->setText(source.linkPattern);
    m_linksLabel->setBuddy(m_links);

    m_interval->setObjectName(QStringLiteral("sourceInterval"));
    m_interval->setRange(0, 7 * 24 * 60);
    m_interval->setSingleStep(15);
    m_interval->setSuffix(tr(" min"));
    // 0 is the library's default, which the Preferences set.
    m_interval->setSpecialValueText(tr("Default"));
    m_interval->setValue(source.intervalMinutes);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("Kind:"), m_feed);
    form->addRow(QString(), m_page);
    form->addRow(m_linksLabel, m_links);
    form->addRow(tr("Fetch &every:"), m_interval);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &SourceDialog::updateState);
    connect(m_page, &QRadioButton::toggled, this, &SourceDialog::updateState);
    updateState();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

SourceDialog::~SourceDialog() = default;

void SourceDialog::updateState()
{
    const bool page = m_page->isChecked();
    m_links->setEnabled(page);
    m_linksLabel->setEnabled(page);
    // The store says why an address is refused; here only an empty field keeps the button off.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_url->text().trimmed().isEmpty());
}

Source SourceDialog::source() const
{
    Source s = m_source;
    // A bare "www.wto.org/feed" is what people paste; it means https.
    const QString typed = m_url->text().trimmed();
    s.url = typed;
    if (!typed.contains(QLatin1String("://"))) {
        QUrl url = QUrl::fromUserInput(typed);
        if (url.isValid() && url.scheme() == QLatin1String("http")) {
            url.setScheme(QStringLiteral("https"));
            s.url = url.toString();
        }
    }
    s.title = m_title->text().trimmed();
    s.folder = m_folder->currentText().trimmed();
    s.kind = m_page->isChecked() ? Source::Kind::Page : Source::Kind::Feed;
    s.linkPattern = s.kind == Source::Kind::Page ? m_links->text().trimmed() : QString();
    s.intervalMinutes = m_interval->value();
    return s;
}

} // namespace Clearance
