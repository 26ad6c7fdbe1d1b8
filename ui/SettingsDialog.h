#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Clearance {

// Tools > Preferences: the language of the interface ("System default" or one of the translations, each
// named in its own language). OK applies it at once to every window and keeps it for the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // The language chosen in the dialog: a code of InterfaceLanguage::codes(), or empty for the system's.
    QString language() const;
    void setLanguage(const QString &code);

    // Saves `code` (empty: follow the system) and switches the application to it without a restart:
    // translators, default locale, layout direction, and the locale of every window.
    static void applyLanguage(const QString &code);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace Clearance
