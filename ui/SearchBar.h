#pragma once

#include <QWidget>

class QLineEdit;
class QTimer;

namespace Clearance {

// The search line above the window: full-text search as the reader types. Edits are debounced
// (250 ms) so a burst of keystrokes sends one query; Enter searches at once. Any text is accepted:
// the store turns it into a safe query.
class SearchBar final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit SearchBar(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchBar)

    QString text() const;
    // Shows `text` without announcing it (a restored or applied filter already holds it).
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    // Focuses the line with its text selected (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void searchChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitNow();

    QLineEdit *m_edit;
    QTimer *m_debounce;
    QString m_lastEmitted;
};

} // namespace Clearance
