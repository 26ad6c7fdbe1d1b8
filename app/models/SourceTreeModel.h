#pragma once

#include "domain/Source.h"
#include "service/Reply.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace Clearance {

class LibraryService;

// The sources panel's tree: folders (nested by "/" in a source's folder) and the sources in them,
// each with its unread count (a folder's is its sources' sum) and, on a source, how its last fetch
// went. Rebuilt whenever the service's sources or articles change; a view keeps its selection by
// sourceIds(), which survive the rebuild.
class SourceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit SourceTreeModel(LibraryService *service, QObject *parent = nullptr);
    ~SourceTreeModel() override;
    Q_DISABLE_COPY_MOVE(SourceTreeModel)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The source at a row; nullptr on a folder row.
    const Source *source(const QModelIndex &index) const;
    // The sources a row stands for: the source itself, or every source under the folder.
    QList<qint64> sourceIds(const QModelIndex &index) const;
    // The row of a source or of a folder path ("Trade/WTO"); invalid when there is none.
    QModelIndex indexOfSource(qint64 id) const;
    QModelIndex indexOfFolder(const QString &path) const;
    // The folder path of a folder row ("" elsewhere).
    QString folderPath(const QModelIndex &index) const;
    int sourceCount() const { return static_cast<int>(m_sourceCount); }

    // One line on how a source's fetching stands: "Fetched 5 minutes ago; next in 55 minutes",
    // "HTTP 500 Internal Server Error (3 failures); next try in 4 hours", "Disabled". `now` is injected so
    // that tests need no clock.
    static QString statusText(const Source &source, const QDateTime &now);

public Q_SLOTS:
    // Asks the service for the sources again.
    void refresh();

Q_SIGNALS:
    // The tree was rebuilt from fresh sources.
    void refreshed();
    void errorOccurred(const QString &error);

private:
    struct Node;
    void onListed();
    void rebuild(const QList<Source> &sources);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;

    QPointer<LibraryService> m_service;
    std::unique_ptr<Node> m_root;
    qsizetype m_sourceCount = 0;
    QFutureWatcher<Result<QList<Source>>> m_listReply;
};

} // namespace Clearance
