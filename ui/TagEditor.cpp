#include "TagEditor.h"

#include "FlowLayout.h"
#include "PaletteColors.h"
#include "models/Roles.h"
#include "models/TagCandidateModel.h"
#include "tagging/Tagger.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Clearance {

namespace {

const char *const kKindProperty = "clearanceTagKind";
const char *const kKeyProperty = "clearanceTagKey";

bool isEditable(FacetKind kind)
{
    return kind == FacetKind::Region || kind == FacetKind::Initiative;
}

} // namespace

TagEditor::TagEditor(std::shared_ptr<const Tagger> tagger, QWidget *parent)
    : QWidget(parent)
    , m_tagger(std::move(tagger))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);

    const auto makeCaption = [this] {
        auto *caption = new QLabel(this);
        caption->setObjectName(QStringLiteral("tagCaption"));
        caption->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
        caption->setMinimumHeight(chipHeight());
        return caption;
    };
    m_regionCaption = makeCaption();
    m_regionRow = new QWidget(this);
    m_regionFlow = new FlowLayout(m_regionRow, 6, 6);
    m_initiativeCaption = makeCaption();
    auto *initiativeRow = new QWidget(this);
    m_initiativeFlow = new FlowLayout(initiativeRow, 6, 6);
    grid->addWidget(m_regionCaption, 0, 0, Qt::AlignTop);
    grid->addWidget(m_regionRow, 0, 1);
    grid->addWidget(m_initiativeCaption, 1, 0, Qt::AlignTop);
    grid->addWidget(initiativeRow, 1, 1);

    // The add button and its line edit close the last row, after the initiatives.
    m_addButton = new QToolButton(initiativeRow);
    m_addButton->setObjectName(QStringLiteral("addTagButton"));
    m_addButton->setFocusPolicy(Qt::StrongFocus);
    m_addButton->setFixedHeight(chipHeight());
    m_addButton->setCursor(Qt::PointingHandCursor);
    m_initiativeFlow->addWidget(m_addButton);
    connect(m_addButton, &QToolButton::clicked, this, &TagEditor::openEditor);

    m_editor = new QLineEdit(initiativeRow);
    m_editor->setObjectName(QStringLiteral("addTagEdit"));
    m_editor->setFixedHeight(chipHeight());
    m_editor->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_editor->setClearButtonEnabled(true);
    m_editor->hide();
    m_editor->installEventFilter(this);
    m_initiativeFlow->addWidget(m_editor);

    m_candidates = new TagCandidateModel(m_tagger, this);
    m_completer = new QCompleter(m_candidates, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_editor->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const auto kind = static_cast<FacetKind>(index.data(KindRole).toInt());
                const QString key = index.data(KeyRole).toString();
                // The completer is still using its model: change it once the signal has returned.
                QTimer::singleShot(0, this, [this, kind, key] {
                    addTag(kind, key);
                    closeEditor();
                });
            });
    connect(m_editor, &QLineEdit::returnPressed, this,
            [this] { QTimer::singleShot(0, this, &TagEditor::commitTyped); });

    retranslate();
    applyStyle();
    rebuildChips();
}

TagEditor::~TagEditor() = default;

void TagEditor::setTags(qint64 articleId, const QList<Facet> &tags)
{
    if (articleId != m_articleId)
        closeEditor();
    m_articleId = articleId;
    m_tags.clear();
    for (Facet tag : tags) {
        if (!isEditable(tag.kind))
            continue;
        // The taxonomy's label in the interface language; the stored one when the taxonomy has none.
        if (const QString label = labelOf(tag.kind, tag.key); label != tag.key || tag.label.isEmpty())
            tag.label = label;
        m_tags.append(tag);
    }
    rebuildChips();
}

void TagEditor::clear()
{
    closeEditor();
    m_articleId = 0;
    m_tags.clear();
    rebuildChips();
}

void TagEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        applyStyle();
        break;
    case QEvent::FontChange:
        m_regionCaption->setMinimumHeight(chipHeight());
        m_initiativeCaption->setMinimumHeight(chipHeight());
        m_addButton->setFixedHeight(chipHeight());
        m_editor->setFixedHeight(chipHeight());
        applyStyle();
        rebuildChips();
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        retranslate();
        for (Facet &tag : m_tags) {
            if (const QString label = labelOf(tag.kind, tag.key); label != tag.key)
                tag.label = label;
        }
        rebuildChips();
        break;
    default:
        break;
    }
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeEditor();
            return true;
        }
        // The completer's popup takes the focus for a while; anything else ends the edit.
        if (event->type() == QEvent::FocusOut &&
            static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason && m_editor->text().isEmpty())
            QTimer::singleShot(0, this, &TagEditor::closeEditor);
    }
    return QWidget::eventFilter(watched, event);
}

void TagEditor::rebuildChips()
{
    for (QWidget *chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater(); // a chip's own remove button may be what called us
    }
    m_chips.clear();

    int regions = 0;
    int initiatives = 0;
    for (const Facet &tag : std::as_const(m_tags)) {
        QWidget *chip = makeChip(tag);
        if (tag.kind == FacetKind::Region) {
            m_regionFlow->addWidget(chip);
            ++regions;
        } else {
            // Before the add button and its line edit, which stay last.
            m_initiativeFlow->removeWidget(m_addButton);
            m_initiativeFlow->removeWidget(m_editor);
            m_initiativeFlow->addWidget(chip);
            m_initiativeFlow->addWidget(m_addButton);
            m_initiativeFlow->addWidget(m_editor);
            ++initiatives;
        }
        m_chips.append(chip);
    }
    m_regionCaption->setVisible(regions > 0);
    m_regionRow->setVisible(regions > 0);
    // The last row holds the add button: captioned by what it lists, or as "Tags" when it is alone.
    m_initiativeCaption->setText(initiatives > 0 ? tr("Initiatives") : regions > 0 ? QString() : tr("Tags"));
    rebuildCandidates();
}

QWidget *TagEditor::makeChip(const Facet &tag)
{
    auto *chip = new QFrame(this);
    chip->setObjectName(QStringLiteral("tagChip"));
    chip->setProperty(kKindProperty, static_cast<int>(tag.kind));
    chip->setProperty(kKeyProperty, tag.key);
    chip->setFixedHeight(chipHeight());
    chip->setAccessibleName(tag.label);
    const QString kindName = tag.kind == FacetKind::Region ? tr("Region") : tr("Initiative");
    chip->setAccessibleDescription(kindName);
    const QString definition = m_candidates->definition(tag.kind, tag.key);
    chip->setToolTip(definition.isEmpty()
                         ? tr("%1: %2", "tag chip tooltip: kind: label").arg(kindName, tag.label)
                         : tr("%1: %2\n%3", "tag chip tooltip: kind: label, definition")
                               .arg(kindName, tag.label, definition));

    auto *row = new QHBoxLayout(chip);
    row->setContentsMargins(10, 0, 3, 0);
    row->setSpacing(2);
    auto *label = new QLabel(tag.label, chip);
    label->setObjectName(QStringLiteral("tagChipLabel"));
    label->setTextFormat(Qt::PlainText);
    row->addWidget(label);

    auto *remove = new QToolButton(chip);
    remove->setObjectName(QStringLiteral("tagChipRemove"));
    remove->setText(QStringLiteral("\u00d7"));
    remove->setAccessibleName(tr("Remove %1").arg(tag.label));
    remove->setToolTip(remove->accessibleName());
    remove->setProperty(kKindProperty, static_cast<int>(tag.kind));
    remove->setProperty(kKeyProperty, tag.key);
    const int button = chipHeight() - 8;
    remove->setFixedSize(button, button);
    remove->setCursor(Qt::PointingHandCursor);
    row->addWidget(remove);
    const FacetKind kind = tag.kind;
    const QString key = tag.key;
    connect(remove, &QToolButton::clicked, this, [this, kind, key] { removeTag(kind, key); });
    return chip;
}

void TagEditor::rebuildCandidates()
{
    m_candidates->rebuild(m_tags, locale());
    int widest = 0;
    for (int row = 0; row < m_candidates->rowCount(); ++row)
        widest =
            std::max(widest, fontMetrics().horizontalAdvance(m_candidates->index(row).data().toString()));
    // The popup is as wide as the line edit unless told otherwise: wide enough for the labels (capped).
    QWidget *popup = m_completer->popup();
    popup->setMinimumWidth(std::min(widest + popup->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24,
                                    fontMetrics().averageCharWidth() * 70));
}

void TagEditor::openEditor()
{
    if (m_articleId == 0 && m_tags.isEmpty())
        return;
    m_addButton->hide();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
    // Once the layout has placed the line edit: the whole list, to browse or to narrow by typing.
    QTimer::singleShot(0, this, [this] {
        if (!m_editor->isVisible())
            return;
        m_completer->setCompletionPrefix(m_editor->text());
        m_completer->complete();
    });
}

void TagEditor::closeEditor()
{
    if (!m_editor->isVisible() && m_editor->text().isEmpty())
        return;
    const bool hadFocus = m_editor->hasFocus();
    if (m_completer->popup())
        m_completer->popup()->hide();
    m_editor->clear();
    m_editor->hide();
    m_addButton->show();
    if (hadFocus)
        m_addButton->setFocus(Qt::OtherFocusReason);
}

void TagEditor::commitTyped()
{
    if (m_editor->text().trimmed().isEmpty()) {
        closeEditor();
        return;
    }
    const auto candidate = m_candidates->resolve(m_editor->text());
    if (!candidate)
        return; // ambiguous or unknown: the line edit stays open to refine
    addTag(candidate->kind, candidate->key);
    closeEditor();
}

void TagEditor::addTag(FacetKind kind, const QString &key)
{
    const auto present = [&] {
        return std::any_of(m_tags.cbegin(), m_tags.cend(),
                           [&](const Facet &f) { return f.kind == kind && f.key == key; });
    };
    // Enter in the completer's popup both activates a row and presses return: one request.
    if (!isEditable(kind) || key.isEmpty() || present())
        return;
    Q_EMIT tagAddRequested(m_articleId, kind, key);
    if (present())
        return; // the owner confirmed already, from a slot connected to the signal
    m_tags.append({kind, key, labelOf(kind, key), 0});
    std::stable_sort(m_tags.begin(), m_tags.end(),
                     [](const Facet &a, const Facet &b) { return a.kind < b.kind; });
    rebuildChips();
}

void TagEditor::removeTag(FacetKind kind, const QString &key)
{
    Q_EMIT tagRemoveRequested(m_articleId, kind, key);
    m_tags.removeIf([&](const Facet &f) { return f.kind == kind && f.key == key; });
    rebuildChips();
    if (!m_editor->isVisible())
        m_addButton->setFocus(Qt::OtherFocusReason);
}

void TagEditor::applyStyle()
{
    // Colours from the palette, so the chips read on light and dark palettes alike.
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const QColor chip = mixColors(base, text, 0.07);
    const QColor border = mixColors(base, text, 0.22);
    const QColor hover = mixColors(chip, text, 0.16);
    const QColor dim = mixColors(text, base, 0.35);
    const QColor focus = p.color(QPalette::Highlight);
    const int radius = chipHeight() / 2;
    const QString style =
        QStringLiteral("QLabel#tagCaption { color: %1; }"
                       "QFrame#tagChip { background-color: %2; border: 1px solid %3; border-radius: %4px; }"
                       "QFrame#tagChip QLabel { color: %5; background: transparent; border: none; }"
                       "QToolButton#tagChipRemove { color: %1; background: transparent; border: none;"
                       " border-radius: %6px; padding: 0px; }"
                       "QToolButton#tagChipRemove:hover { color: %5; background-color: %7; }"
                       "QToolButton#tagChipRemove:focus { border: 1px solid %8; }"
                       "QToolButton#addTagButton { color: %1; background: transparent;"
                       " border: 1px dashed %3; border-radius: %4px; padding: 0px 10px; }"
                       "QToolButton#addTagButton:hover { color: %5; background-color: %2; }"
                       "QToolButton#addTagButton:focus { border: 1px solid %8; }"
                       "QLineEdit#addTagEdit { color: %5; background-color: %9; border: 1px solid %8;"
                       " border-radius: %4px; padding: 0px 8px; }")
            .arg(dim.name(), chip.name(), border.name(), QString::number(radius), text.name(),
                 QString::number((chipHeight() - 8) / 2), hover.name(), focus.name(), base.name());
    // Setting a style sheet can itself change the palette; only a new one is set, so this settles.
    if (style != styleSheet())
        setStyleSheet(style);
}

void TagEditor::retranslate()
{
    setAccessibleName(tr("Tags"));
    m_regionCaption->setText(tr("Regions"));
    m_addButton->setText(tr("+ Add tag…"));
    m_addButton->setAccessibleName(tr("Add a tag"));
    m_addButton->setToolTip(tr("Tag this article with a region or an initiative"));
    m_editor->setPlaceholderText(tr("Region or initiative…"));
    m_editor->setAccessibleName(tr("Region or initiative to add"));
    m_completer->popup()->setAccessibleName(tr("Regions and initiatives"));
}

int TagEditor::captionWidth() const
{
    const QFontMetrics metrics = m_regionCaption->fontMetrics();
    int width = 0;
    for (const QString &caption : {tr("Regions"), tr("Initiatives"), tr("Tags")})
        width = std::max(width, metrics.horizontalAdvance(caption));
    return width + 2;
}

void TagEditor::setCaptionWidth(int width)
{
    m_regionCaption->setMinimumWidth(width);
    m_initiativeCaption->setMinimumWidth(width);
}

QString TagEditor::labelOf(FacetKind kind, const QString &key) const
{
    return m_tagger->taxonomy().label(kind, key, QLocale::languageToCode(locale().language()));
}

int TagEditor::chipHeight() const
{
    return fontMetrics().height() + 10;
}

} // namespace Clearance
