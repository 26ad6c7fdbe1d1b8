#pragma once

#include "domain/Source.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Clearance {

// Adds a source or edits one: its address, title, folder, kind (a feed, or a news page without one and
// which of its links are articles) and how often it is fetched.
class SourceDialog final : public QDialog
{
    Q_OBJECT

public:
    // `folders`: the library's folders, offered for the folder field. `source`: the source to edit;
    // a default one adds a new source.
    SourceDialog(const QStringList &folders, const Source &source, QWidget *parent = nullptr);
    ~SourceDialog() override;
    Q_DISABLE_COPY_MOVE(SourceDialog)

    // The fields as the reader left them, over the source given.
    Source source() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *folderBox() const { return m_folder; }
    QRadioButton *pageButton() const { return m_page; }
    QLineEdit *linksEdit() const { return m_links; }
    QSpinBox *intervalBox() const { return m_interval; }

private:
    void updateState();

    Source m_source;
    QLineEdit *m_url;
    QLineEdit *m_title;
    QComboBox *m_folder;
    QRadioButton *m_feed;
    QRadioButton *m_page;
    QLineEdit *m_links;
    QLabel *m_linksLabel;
    QSpinBox *m_interval;
    QDialogButtonBox *m_buttons;
};

} // namespace Clearance
