#include "ArticleListModel.h"

#include "Roles.h"
#include "domain/Logging.h"
#include "domain/MetaTypes.h"
#include "service/LibraryService.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

namespace Clearance {

ArticleListModel::ArticleListModel(LibraryService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    registerMetaTypes();
    Q_ASSERT(service);
    connect(&m_pageReply, &QFutureWatcherBase::finished, this, &ArticleListModel::onPageListed);
    connect(&m_reloadReply, &QFutureWatcherBase::finished, this, &ArticleListModel::onReloadListed);
    connect(&m_countReply, &QFutureWatcherBase::finished, this, &ArticleListModel::onCounted);
    connect(service, &LibraryService::libraryChanged, this, &ArticleListModel::reload);
    fetchMore({});
    requestCount();
}

ArticleListModel::~ArticleListModel() = default;

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QString ArticleListModel::dateText(const QDate &date, const QLocale &locale)
{
    // The long format without its weekday and its quoted words ("26 'de' noviembre 'de' 2026" becomes
    // "26 nov 2026", as Spanish abbreviates it), months abbreviated.
    static const QRegularExpression weekday(QStringLiteral("dddd[,،]?\\s*|[,،]?\\s*dddd"));
    static const QRegularExpression quoted(QStringLiteral("'[^']*'\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    format.remove(quoted);
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return locale.toString(date, format.trimmed());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Column::Title:
            return row.title;
        case Column::Date:
            return dateText(row.published.toLocalTime().date());
        case Column::Source:
            return row.source;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == static_cast<int>(Column::Date)
                   ? QLocale().toString(row.published.toLocalTime(), QLocale::LongFormat)
                   : QVariant();
    case ArticleIdRole:
        return row.id;
    case PublishedRole:
        return row.published;
    case ReadRole:
        return row.read;
    case StarredRole:
        return row.starred;
    case RegionsRole:
        return row.regions;
    case InitiativesRole:
        return row.initiatives;
    case OrganizationsRole:
        return row.organizations;
    case CountriesRole:
        return row.countries;
    case SummaryRole:
        return QVariant::fromValue(row);
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Title:
        return tr("Title");
    case Column::Date:
        return tr("Date");
    case Column::Source:
        return tr("Source");
    }
    return {};
}

bool ArticleListModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole});
    }
    return QAbstractTableModel::event(event);
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(PublishedRole, "published");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(RegionsRole, "regions");
    names.insert(InitiativesRole, "initiatives");
    names.insert(OrganizationsRole, "organizations");
    names.insert(CountriesRole, "countries");
    names.insert(SummaryRole, "summary");
    return names;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_service && !m_changing && !m_fetchHeld && !m_atEnd && !m_pageAwaited &&
           !m_reloadAwaited;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ListPage page;
    page.limit = kPageSize;
    page.sort = m_sort;
    if (!m_rows.isEmpty()) {
        page.hasCursor = true;
        page.afterPublished = m_rows.constLast().published;
        page.afterId = m_rows.constLast().id;
    }
    m_pageAwaited = true;
    m_pageReply.setFuture(m_service->listArticles(m_filter, page));
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleSort sort;
    switch (static_cast<Column>(column)) {
    case Column::Title:
        sort.key = ArticleSort::Key::Title;
        break;
    case Column::Date:
        sort.key = ArticleSort::Key::Published;
        break;
    case Column::Source:
        sort.key = ArticleSort::Key::Source;
        break;
    default:
        return;
    }
    sort.order = order;
    if (sort == m_sort)
        return;
    m_sort = sort;
    restart(false);
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == articleId)
            return static_cast<int>(i);
    }
    return -1;
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    restart(true);
}

void ArticleListModel::restart(bool countAgain)
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    // Answers to the old filter or order are not wanted; the service skips them if not begun.
    m_pageReply.cancel();
    m_reloadReply.cancel();
    m_pageAwaited = false;
    m_reloadAwaited = false;
    m_changing = false;
    endResetModel();
    fetchMore({});
    if (countAgain)
        requestCount();
}

void ArticleListModel::reload()
{
    if (!m_service)
        return;
    // A reload covers every row loaded so far from the top; a page in flight would continue from a
    // cursor the reload may move, so it is dropped and asked for again once the reload has arrived.
    m_pageReply.cancel();
    m_pageAwaited = false;
    m_reloadLimit = std::max(kPageSize, static_cast<int>(m_rows.size()));
    ListPage page;
    page.limit = m_reloadLimit;
    page.sort = m_sort;
    m_reloadAwaited = true;
    m_reloadReply.setFuture(m_service->listArticles(m_filter, page));
    requestCount();
}

void ArticleListModel::requestCount()
{
    if (m_service)
        m_countReply.setFuture(m_service->countArticles(m_filter));
}

void ArticleListModel::onPageListed()
{
    // A cancelled page (dropped by a reload or a restart) has no answer, and is no longer awaited.
    const std::optional<Result<QList<ArticleSummary>>> rows = answerOf(m_pageReply.future());
    if (!rows || !m_pageAwaited)
        return;
    m_pageAwaited = false;
    if (!*rows) {
        m_atEnd = true; // asking again would fail again; a new filter or a reload tries anew
        return reportError(rows->error());
    }
    m_lastError.clear();
    appendPage(rows->value());
    Q_EMIT rowsLoaded();
}

void ArticleListModel::onReloadListed()
{
    const std::optional<Result<QList<ArticleSummary>>> rows = answerOf(m_reloadReply.future());
    if (!rows || !m_reloadAwaited)
        return;
    m_reloadAwaited = false;
    if (!*rows) {
        m_atEnd = true;
        return reportError(rows->error());
    }
    m_lastError.clear();
    applyReload(rows->value(), m_reloadLimit);
    Q_EMIT rowsLoaded();
}

void ArticleListModel::appendPage(const QList<ArticleSummary> &rows)
{
    m_atEnd = rows.size() < kPageSize;
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    m_changing = false;
    endInsertRows();
}

void ArticleListModel::applyReload(const QList<ArticleSummary> &rows, int limit)
{
    m_atEnd = rows.size() < limit;
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).id == m_rows.at(i).id;
    if (sameRows) {
        // The usual case (an article marked read, a tag added): same rows, new values; views keep
        // their selection and scroll position.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, kColumnCount - 1));
        return;
    }
    m_changing = true;
    beginResetModel();
    m_rows = rows;
    m_changing = false;
    endResetModel();
}

void ArticleListModel::onCounted()
{
    const std::optional<Result<qint64>> count = answerOf(m_countReply.future());
    if (!count)
        return;
    if (!*count)
        return reportError(count->error());
    if (count->value() != m_count) {
        m_count = count->value();
        Q_EMIT countChanged(m_count);
    }
}

void ArticleListModel::reportError(const QString &error)
{
    m_lastError = error;
    qCWarning(lcLibrary) << "article list:" << error;
    Q_EMIT errorOccurred(error);
}

} // namespace Clearance
