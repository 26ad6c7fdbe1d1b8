#include "SearchBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace Clearance {

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchBar"));
    m_edit->setObjectName(QStringLiteral("searchLine"));
    m_edit->setClearButtonEnabled(true);
    retranslate();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::emitNow);
    // textEdited: typing and the clear button, never setText().
    connect(m_edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::emitNow);
}

void SearchBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Search articles (Ctrl+F)"));
    m_edit->setAccessibleName(tr("Search articles"));
    m_edit->setAccessibleDescription(tr("Full-text search, combined with the facet filters"));
    m_edit->setToolTip(tr("Search the title and text of every article"));
}

void SearchBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString &text)
{
    m_debounce->stop();
    m_lastEmitted = text;
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::emitNow()
{
    m_debounce->stop();
    const QString text = m_edit->text();
    if (text == m_lastEmitted)
        return;
    m_lastEmitted = text;
    Q_EMIT searchChanged(text);
}

} // namespace Clearance
