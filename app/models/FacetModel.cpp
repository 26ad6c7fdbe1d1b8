#include "FacetModel.h"

#include "Roles.h"
#include "domain/Logging.h"
#include "domain/MetaTypes.h"
#include "i18n/InterfaceLanguage.h"
#include "service/LibraryService.h"
#include "tagging/Tagger.h"

#include <QCollator>
#include <QEvent>
#include <QSet>

#include <algorithm>

namespace Clearance {

namespace {

constexpr quintptr kKindRow = 0; // internal id of a kind row; a value row holds its kind + 1

// Label order as the interface language sorts ("États arabes" among the Es in French).
void sortByLabel(QList<Facet> &list)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const Facet &a, const Facet &b) {
        if (const int c = collator.compare(a.label, b.label); c != 0)
            return c < 0;
        return a.key < b.key;
    });
}

} // namespace

FacetModel::FacetModel(LibraryService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    registerMetaTypes();
    Q_ASSERT(service);
    connect(&m_countsReply, &QFutureWatcherBase::finished, this, &FacetModel::onFacetsCounted);
    connect(service, &LibraryService::libraryChanged, this, &FacetModel::refresh);
    refresh();
}

FacetModel::~FacetModel() = default;

QString FacetModel::kindTitle(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Region:
        return tr("Regions");
    case FacetKind::Initiative:
        return tr("Initiatives");
    case FacetKind::Organization:
        return tr("Organizations");
    case FacetKind::Country:
        return tr("Countries");
    }
    return {};
}

void FacetModel::setTagger(std::shared_ptr<const Tagger> tagger)
{
    m_tagger = std::move(tagger);
    refresh();
}

bool FacetModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT dataChanged(kindIndex(allFacetKinds.front()), kindIndex(allFacetKinds.back()),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
        refresh(); // the fresh counts arrive labelled and sorted in the new language
    }
    return QAbstractItemModel::event(event);
}

QString FacetModel::displayLabel(const Facet &facet) const
{
    if (!m_tagger)
        return facet.label;
    const QString label =
        m_tagger->taxonomy().label(facet.kind, facet.key, InterfaceLanguage::taxonomyLanguage());
    return label == facet.key ? facet.label : label;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kKindRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kKindRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kKindRow);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(allFacetKinds.size());
    if (parent.column() != 0 || parent.internalId() != kKindRow)
        return 0;
    return static_cast<int>(m_values[static_cast<size_t>(parent.row())].size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool FacetModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex FacetModel::kindIndex(FacetKind kind) const
{
    return createIndex(static_cast<int>(kind), 0, kKindRow);
}

QModelIndex FacetModel::valueIndex(FacetKind kind, const QString &key) const
{
    const QList<Facet> &list = values(kind);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).key == key)
            return createIndex(static_cast<int>(i), 0, static_cast<quintptr>(kind) + 1);
    }
    return {};
}

bool FacetModel::isChecked(const Facet &facet) const
{
    return m_filter.values(facet.kind).contains(facet.key);
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kKindRow) {
        const FacetKind kind = allFacetKinds[static_cast<size_t>(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return kindTitle(kind);
        case KindRole:
            return static_cast<int>(kind);
        case KeyRole:
            return QString();
        default:
            return {};
        }
    }
    const Facet &facet = m_values[static_cast<size_t>(index.internalId() - 1)].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return facet.label;
    case Qt::CheckStateRole:
        return isChecked(facet) ? Qt::Checked : Qt::Unchecked;
    case KindRole:
        return static_cast<int>(facet.kind);
    case KeyRole:
        return facet.key;
    case CountRole:
        return facet.count;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == kKindRow)
        return false;
    const Facet &facet = m_values[static_cast<size_t>(index.internalId() - 1)].at(index.row());
    setChecked(facet.kind, facet.key, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == kKindRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KeyRole, "key");
    names.insert(CountRole, "count");
    return names;
}

void FacetModel::setChecked(FacetKind kind, const QString &key, bool checked)
{
    ArticleFilter next = m_filter;
    QStringList &keys = next.values(kind);
    if (checked && !keys.contains(key))
        keys.append(key);
    else if (!checked)
        keys.removeAll(key);
    changeFilter(next);
}

void FacetModel::setFilter(const ArticleFilter &filter)
{
    changeFilter(filter);
}

void FacetModel::setSearchText(const QString &text)
{
    ArticleFilter next = m_filter;
    next.search = text;
    changeFilter(next);
}

void FacetModel::clearChecks()
{
    ArticleFilter next = m_filter;
    for (FacetKind kind : allFacetKinds)
        next.values(kind).clear();
    next.sources.clear();
    changeFilter(next);
}

void FacetModel::setSources(const QList<qint64> &sourceIds)
{
    ArticleFilter next = m_filter;
    next.sources = sourceIds;
    changeFilter(next);
}

void FacetModel::changeFilter(const ArticleFilter &filter)
{
    if (filter == m_filter)
        return;
    const ArticleFilter before = m_filter;
    m_filter = filter;
    emitCheckChanges(before);
    Q_EMIT filterChanged(m_filter);
    refresh();
}

void FacetModel::emitCheckChanges(const ArticleFilter &before)
{
    for (FacetKind kind : allFacetKinds) {
        if (before.values(kind) == m_filter.values(kind))
            continue;
        const QList<Facet> &list = values(kind);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString &key = list.at(i).key;
            if (before.values(kind).contains(key) != m_filter.values(kind).contains(key)) {
                const QModelIndex changed =
                    createIndex(static_cast<int>(i), 0, static_cast<quintptr>(kind) + 1);
                Q_EMIT dataChanged(changed, changed, {Qt::CheckStateRole});
            }
        }
    }
}

void FacetModel::refresh()
{
    if (m_service)
        m_countsReply.setFuture(m_service->facetCounts(m_filter));
}

void FacetModel::onFacetsCounted()
{
    const std::optional<Result<QList<Facet>>> facets = answerOf(m_countsReply.future());
    if (!facets)
        return;
    if (!*facets) {
        qCWarning(lcLibrary) << "facet counts:" << facets->error();
        Q_EMIT errorOccurred(facets->error());
        return;
    }
    std::array<QList<Facet>, 4> byKind;
    for (const Facet &facet : facets->value()) {
        if (facet.count > 0 || isChecked(facet))
            byKind[static_cast<size_t>(facet.kind)].append(facet);
    }
    for (FacetKind kind : allFacetKinds) {
        QList<Facet> &list = byKind[static_cast<size_t>(kind)];
        // A checked value always shows, so it can be unchecked: even one the library does not hold
        // (a saved view from before a re-tag).
        for (const QString &key : m_filter.values(kind)) {
            const bool present =
                std::any_of(list.cbegin(), list.cend(), [&key](const Facet &f) { return f.key == key; });
            if (!present)
                list.append(Facet{kind, key, key, 0});
        }
        for (Facet &facet : list)
            facet.label = displayLabel(facet);
        sortByLabel(list);
        applyCounts(kind, std::move(list));
    }
    Q_EMIT countsUpdated();
}

// Turns the rows shown into `fresh` with removals, insertions and in-place changes, so views keep
// their expanded kinds, selection and scroll position.
void FacetModel::applyCounts(FacetKind kind, QList<Facet> fresh)
{
    QList<Facet> &shown = m_values[static_cast<size_t>(kind)];
    const QModelIndex parent = kindIndex(kind);
    // A value stays when the fresh list has it under the same label (so both lists share one order).
    QHash<QString, QString> freshLabels;
    for (const Facet &f : std::as_const(fresh))
        freshLabels.insert(f.key, f.label);
    auto stays = [&freshLabels](const Facet &f) {
        const auto it = freshLabels.constFind(f.key);
        return it != freshLabels.constEnd() && *it == f.label;
    };
    for (qsizetype end = shown.size(); end > 0;) {
        if (stays(shown.at(end - 1))) {
            --end;
            continue;
        }
        qsizetype first = end - 1;
        while (first > 0 && !stays(shown.at(first - 1)))
            --first;
        beginRemoveRows(parent, static_cast<int>(first), static_cast<int>(end - 1));
        shown.remove(first, end - first);
        endRemoveRows();
        end = first;
    }
    QSet<QString> kept;
    for (const Facet &f : std::as_const(shown))
        kept.insert(f.key);
    for (qsizetype i = 0; i < fresh.size();) {
        if (i < shown.size() && shown.at(i).key == fresh.at(i).key) {
            if (shown.at(i).count != fresh.at(i).count) {
                shown[i].count = fresh.at(i).count;
                const QModelIndex changed = index(static_cast<int>(i), 0, parent);
                Q_EMIT dataChanged(changed, changed, {CountRole});
            }
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < fresh.size() && !kept.contains(fresh.at(end).key))
            ++end;
        beginInsertRows(parent, static_cast<int>(i), static_cast<int>(end - 1));
        for (qsizetype j = i; j < end; ++j)
            shown.insert(j, fresh.at(j));
        endInsertRows();
        i = end;
    }
}

} // namespace Clearance
