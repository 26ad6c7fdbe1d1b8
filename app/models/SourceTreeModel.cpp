#include "SourceTreeModel.h"

#include "Roles.h"
#include "domain/Logging.h"
#include "service/LibraryService.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace Clearance {

// A folder (source null) or a source (a leaf). Folders come before sources at each level, each in
// the locale's order of their names.
struct SourceTreeModel::Node
{
    QString name;
    std::optional<Source> source;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    qint64 unread = 0;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }

    Node *folder(const QString &folderName)
    {
        for (const auto &child : children) {
            if (!child->source && child->name == folderName)
                return child.get();
        }
        auto node = std::make_unique<Node>();
        node->name = folderName;
        node->parent = this;
        children.push_back(std::move(node));
        return children.back().get();
    }

    void collectIds(QList<qint64> &ids) const
    {
        if (source)
            ids.append(source->id);
        for (const auto &child : children)
            child->collectIds(ids);
    }

    void sort(const QCollator &collator)
    {
        std::stable_sort(children.begin(), children.end(), [&collator](const auto &a, const auto &b) {
            if (bool(a->source) != bool(b->source))
                return !a->source; // folders first
            return collator.compare(a->name, b->name) < 0;
        });
        for (const auto &child : children)
            child->sort(collator);
    }

    qint64 sumUnread()
    {
        if (source)
            return unread = source->unread;
        unread = 0;
        for (const auto &child : children)
            unread += child->sumUnread();
        return unread;
    }
};

SourceTreeModel::SourceTreeModel(LibraryService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_root(std::make_unique<Node>())
{
    connect(&m_listReply, &QFutureWatcherBase::finished, this, &SourceTreeModel::onListed);
    if (service) {
        connect(service, &LibraryService::sourcesChanged, this, &SourceTreeModel::refresh);
        // Reading an article changes its sources' unread counts; an import may add articles to them.
        connect(service, &LibraryService::libraryChanged, this, &SourceTreeModel::refresh);
    }
}

SourceTreeModel::~SourceTreeModel() = default;

void SourceTreeModel::refresh()
{
    if (m_service)
        m_listReply.setFuture(m_service->listSources());
}

void SourceTreeModel::onListed()
{
    const std::optional<Result<QList<Source>>> sources = answerOf(m_listReply.future());
    if (!sources)
        return;
    if (!*sources) {
        qCWarning(lcLibrary) << "sources:" << sources->error();
        Q_EMIT errorOccurred(sources->error());
        return;
    }
    rebuild(sources->value());
    Q_EMIT refreshed();
}

void SourceTreeModel::rebuild(const QList<Source> &sources)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const Source &s : sources) {
        Node *parent = m_root.get();
        if (!s.folder.isEmpty()) {
            for (const QString &level : s.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts))
                parent = parent->folder(level);
        }
        auto leaf = std::make_unique<Node>();
        leaf->name = s.title.isEmpty() ? s.url : s.title;
        leaf->source = s;
        leaf->parent = parent;
        parent->children.push_back(std::move(leaf));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    m_root->sort(collator);
    m_root->sumUnread();
    m_sourceCount = sources.size();
    endResetModel();
}

SourceTreeModel::Node *SourceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SourceTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int SourceTreeModel::columnCount(const QModelIndex &) const
{
    return 2; // the name, the unread count
}

Qt::ItemFlags SourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const std::optional<Source> &s = node->source;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return node->unread > 0 ? QVariant(QLocale().toString(node->unread)) : QVariant();
        return node->name;
    case Qt::TextAlignmentRole:
        if (index.column() == 1)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!s)
            return node->name;
        return QStringLiteral("%1\n%2\n%3")
            .arg(s->title, s->url, statusText(*s, QDateTime::currentDateTimeUtc()));
    case SourceIdRole:
        return s ? s->id : qint64(0);
    case UnreadRole:
        return node->unread;
    case FetchStatusRole:
        return static_cast<int>(s ? s->lastStatus : FetchStatus::Never);
    case EnabledRole:
        return s ? s->enabled : true;
    default:
        return {};
    }
}

const Source *SourceTreeModel::source(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node *node = nodeOf(index);
    return node->source ? &*node->source : nullptr;
}

QList<qint64> SourceTreeModel::sourceIds(const QModelIndex &index) const
{
    QList<qint64> ids;
    if (index.isValid())
        nodeOf(index)->collectIds(ids);
    return ids;
}

QString SourceTreeModel::folderPath(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!index.isValid() || node->source)
        return {};
    QStringList levels;
    for (; node && node != m_root.get(); node = node->parent)
        levels.prepend(node->name);
    return levels.join(QLatin1Char('/'));
}

QModelIndex SourceTreeModel::indexOfSource(qint64 id) const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->source && node->source->id == id)
            return indexOf(node);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return {};
}

QModelIndex SourceTreeModel::indexOfFolder(const QString &path) const
{
    const Node *node = m_root.get();
    for (const QString &level : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const auto found = std::find_if(node->children.cbegin(), node->children.cend(),
                                        [&level](const auto &c) { return !c->source && c->name == level; });
        if (found == node->children.cend())
            return {};
        node = found->get();
    }
    return indexOf(node);
}

namespace {

// "5 minutes", "3 hours", "2 days": the largest unit that fits, rounded down.
QString durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(1, seconds / 60);
    if (minutes < 60)
        return SourceTreeModel::tr("%Ln minute(s)", nullptr, static_cast<int>(minutes));
    if (minutes < 48 * 60)
        return SourceTreeModel::tr("%Ln hour(s)", nullptr, static_cast<int>(minutes / 60));
    return SourceTreeModel::tr("%Ln day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
}

} // namespace

QString SourceTreeModel::statusText(const Source &source, const QDateTime &now)
{
    QString last;
    switch (source.lastStatus) {
    case FetchStatus::Never:
        last = tr("Not fetched yet");
        break;
    case FetchStatus::Ok:
    case FetchStatus::NotModified:
        last = tr("Fetched %1 ago").arg(durationText(source.lastFetch.secsTo(now)));
        break;
    case FetchStatus::Failed:
    case FetchStatus::RateLimited:
        last = source.failures > 1
                   ? tr("%1 (%Ln failures in a row)", nullptr, source.failures).arg(source.lastError)
                   : source.lastError;
        break;
    case FetchStatus::Gone:
        last = source.lastError;
        break;
    }
    if (!source.enabled)
        return tr("%1; disabled, not fetched").arg(last);
    if (!source.nextFetch.isValid() || source.nextFetch <= now)
        return tr("%1; due now").arg(last);
    return tr("%1; next in %2").arg(last, durationText(now.secsTo(source.nextFetch)));
}

} // namespace Clearance
