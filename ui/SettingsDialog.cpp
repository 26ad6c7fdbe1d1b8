#include "SettingsDialog.h"

#include "i18n/InterfaceLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Clearance {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(QString(), QString()); // "System default", named in retranslate()
    for (const InterfaceLanguage::Choice &choice : InterfaceLanguage::choices())
        m_language->addItem(choice.nativeName, choice.code);
    m_languageLabel->setBuddy(m_language);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    setLanguage(InterfaceLanguage::saved());
    retranslate();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void SettingsDialog::applyLanguage(const QString &code)
{
    InterfaceLanguage::save(code);
    InterfaceLanguage::apply(code);
    // A widget keeps the locale it was created with; the windows take the new default (their children
    // follow), so dates and numbers change with the words.
    for (QWidget *window : QApplication::topLevelWidgets())
        window->setLocale(QLocale());
}

void SettingsDialog::accept()
{
    if (language() != InterfaceLanguage::saved())
        applyLanguage(language());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    const QString system =
        InterfaceLanguage::choices()
            .at(std::max<qsizetype>(0,
                                    InterfaceLanguage::codes().indexOf(InterfaceLanguage::systemLanguage())))
            .nativeName;
    m_language->setItemText(0, tr("System default (%1)").arg(system));
    m_language->setAccessibleName(tr("Language of the interface"));
    m_note->setText(tr("The window switches language at once. Article texts keep their own language "
                       "and direction."));
}

} // namespace Clearance
