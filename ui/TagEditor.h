#pragma once

#include "domain/Facet.h"
#include "domain/FacetKind.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QCompleter;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Clearance {

class FlowLayout;
class TagCandidateModel;
class Tagger;

// The region and initiative tags of one article as chips with a remove button each, and an
// "Add tag…" button that opens a line edit completing over the taxonomy's regions and initiatives.
// An edit shows at once; the owner stores it and confirms it by calling setTags() again.
class TagEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TagEditor(std::shared_ptr<const Tagger> tagger, QWidget *parent = nullptr);
    ~TagEditor() override;
    Q_DISABLE_COPY_MOVE(TagEditor)

    // Keeps the regions and initiatives of `tags` (the other kinds are not edited by hand). A facet
    // without a label gets the taxonomy's.
    void setTags(qint64 articleId, const QList<Facet> &tags);
    void clear();

    // The width the row captions ("Regions", "Initiatives") need, and a wider one to align them with
    // the captions of other rows (the reading pane's legend).
    int captionWidth() const;
    void setCaptionWidth(int width);

    qint64 articleId() const { return m_articleId; }
    const QList<Facet> &tags() const { return m_tags; }

Q_SIGNALS:
    void tagAddRequested(qint64 articleId, Clearance::FacetKind kind, const QString &key);
    void tagRemoveRequested(qint64 articleId, Clearance::FacetKind kind, const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChips();
    QWidget *makeChip(const Facet &tag);
    void rebuildCandidates();
    void openEditor();
    void closeEditor();
    void commitTyped();
    void addTag(FacetKind kind, const QString &key);
    void removeTag(FacetKind kind, const QString &key);
    void applyStyle();
    void retranslate();
    QString labelOf(FacetKind kind, const QString &key) const;
    int chipHeight() const;

    std::shared_ptr<const Tagger> m_tagger;
    qint64 m_articleId = 0;
    QList<Facet> m_tags;
    QList<QWidget *> m_chips;

    QLabel *m_regionCaption = nullptr;
    QWidget *m_regionRow = nullptr;
    FlowLayout *m_regionFlow = nullptr;
    QLabel *m_initiativeCaption = nullptr;
    FlowLayout *m_initiativeFlow = nullptr;
    QToolButton *m_addButton = nullptr;
    QLineEdit *m_editor = nullptr;
    QCompleter *m_completer = nullptr;
    TagCandidateModel *m_candidates = nullptr;
};

} // namespace Clearance
