#include "ServiceTestSupport.h"
#include "i18n/InterfaceLanguage.h"
#include "models/Roles.h"
#include "models/SourceTreeModel.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "storage/SourceStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Clearance;

// The sources panel's tree over a live service: folders, sources, unread counts, and the rebuild after
// a change.
class TestSourceTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English plural forms ("5 minutes") come from the English translation, as in the programs.
    void initTestCase() { InterfaceLanguage::apply(QStringLiteral("en")); }
    void init();
    void cleanup();
    void foldersFirstThenSourcesByName();
    void unreadCountsAddUpInFolders();
    void rowsStandForTheirSources();
    void followsChangesMadeThroughTheService();
    void statusText_data();
    void statusText();

private:
    QStringList childNames(const QModelIndex &parent) const;
    qint64 addSource(const QString &url, const QString &title, const QString &folder);

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<LibraryThread> m_thread;
    std::unique_ptr<SourceTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, qint64> m_ids;
};

qint64 TestSourceTreeModel::addSource(const QString &url, const QString &title, const QString &folder)
{
    Source s;
    s.url = url;
    s.title = title;
    s.folder = folder;
    const auto id = SourceStore(*m_library->database).add(s);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    m_ids.insert(title, *id);
    return *id;
}

void TestSourceTreeModel::init()
{
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateGenerated(*m_library, 10));
    addSource(QStringLiteral("https://www.wto.org/library/rss/latest_news_e.xml"), QStringLiteral("WTO news"),
              QStringLiteral("International"));
    addSource(QStringLiteral("https://www.wcoomd.org/en/media/newsroom.aspx"), QStringLiteral("WCO newsroom"),
              QStringLiteral("International"));
    addSource(QStringLiteral("https://www.cbp.gov/rss/trade"), QStringLiteral("CBP trade"),
              QStringLiteral("National/Americas"));
    addSource(QStringLiteral("https://taxation-customs.ec.europa.eu/node/2/rss_en"),
              QStringLiteral("DG TAXUD"), {});
    // Articles 1-4 from the WTO, 5-7 from the WCO, 8 from CBP; 1 and 5 read.
    SourceStore sources(*m_library->database);
    QVERIFY(sources.linkArticles(m_ids.value(QStringLiteral("WTO news")), {1, 2, 3, 4}));
    QVERIFY(sources.linkArticles(m_ids.value(QStringLiteral("WCO newsroom")), {5, 6, 7}));
    QVERIFY(sources.linkArticles(m_ids.value(QStringLiteral("CBP trade")), {8}));
    QVERIFY(m_library->store->setRead({1, 5}, true));

    m_thread = std::make_unique<LibraryThread>(m_library->path(), Tagger::standard());
    m_model = std::make_unique<SourceTreeModel>(m_thread->service());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy refreshed(m_model.get(), &SourceTreeModel::refreshed);
    m_model->refresh();
    QVERIFY(refreshed.wait(10000));
}

void TestSourceTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_thread.reset();
    m_library.reset();
    m_ids.clear();
}

QStringList TestSourceTreeModel::childNames(const QModelIndex &parent) const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        names.append(m_model->index(row, 0, parent).data().toString());
    return names;
}

void TestSourceTreeModel::foldersFirstThenSourcesByName()
{
    QCOMPARE(childNames({}), (QStringList{QStringLiteral("International"), QStringLiteral("National"),
                                          QStringLiteral("DG TAXUD")}));
    const QModelIndex international = m_model->indexOfFolder(QStringLiteral("International"));
    QCOMPARE(childNames(international),
             (QStringList{QStringLiteral("WCO newsroom"), QStringLiteral("WTO news")}));
    const QModelIndex americas = m_model->indexOfFolder(QStringLiteral("National/Americas"));
    QVERIFY(americas.isValid());
    QCOMPARE(m_model->folderPath(americas), QStringLiteral("National/Americas"));
    QCOMPARE(childNames(americas), QStringList{QStringLiteral("CBP trade")});
    QCOMPARE(m_model->sourceCount(), 4);
}

void TestSourceTreeModel::unreadCountsAddUpInFolders()
{
    auto unread = [this](const QModelIndex &index) { return index.data(UnreadRole).toLongLong(); };
    QCOMPARE(unread(m_model->indexOfSource(m_ids.value(QStringLiteral("WTO news")))), 3);
    QCOMPARE(unread(m_model->indexOfSource(m_ids.value(QStringLiteral("WCO newsroom")))), 2);
    QCOMPARE(unread(m_model->indexOfFolder(QStringLiteral("International"))), 5);
    QCOMPARE(unread(m_model->indexOfFolder(QStringLiteral("National"))), 1);
    // The second column shows the count, and nothing where there is none.
    const QModelIndex taxud = m_model->indexOfSource(m_ids.value(QStringLiteral("DG TAXUD")));
    QCOMPARE(m_model->index(taxud.row(), 1, taxud.parent()).data().toString(), QString());
    const QModelIndex international = m_model->indexOfFolder(QStringLiteral("International"));
    QCOMPARE(m_model->index(international.row(), 1, international.parent()).data().toString(),
             QStringLiteral("5"));
}

void TestSourceTreeModel::rowsStandForTheirSources()
{
    const QModelIndex wto = m_model->indexOfSource(m_ids.value(QStringLiteral("WTO news")));
    QCOMPARE(m_model->sourceIds(wto), QList<qint64>{m_ids.value(QStringLiteral("WTO news"))});
    QCOMPARE(wto.data(SourceIdRole).toLongLong(), m_ids.value(QStringLiteral("WTO news")));
    QVERIFY(m_model->source(wto));
    QCOMPARE(m_model->source(wto)->url, QStringLiteral("https://www.wto.org/library/rss/latest_news_e.xml"));

    QList<qint64> folderIds = m_model->sourceIds(m_model->indexOfFolder(QStringLiteral("International")));
    std::sort(folderIds.begin(), folderIds.end());
    QList<qint64> expected{m_ids.value(QStringLiteral("WTO news")),
                           m_ids.value(QStringLiteral("WCO newsroom"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(folderIds, expected);
    QCOMPARE(m_model->indexOfFolder(QStringLiteral("International")).data(SourceIdRole).toLongLong(), 0);
    QVERIFY(!m_model->source(m_model->indexOfFolder(QStringLiteral("International"))));
    QVERIFY(!m_model->indexOfFolder(QStringLiteral("Nowhere")).isValid());
    QVERIFY(!m_model->indexOfSource(999).isValid());
}

void TestSourceTreeModel::followsChangesMadeThroughTheService()
{
    LibraryService *service = m_thread->service();
    QSignalSpy refreshed(m_model.get(), &SourceTreeModel::refreshed);
    Source unctad;
    unctad.url = QStringLiteral("https://unctad.org/news");
    unctad.title = QStringLiteral("UNCTAD news");
    unctad.kind = Source::Kind::Page;
    unctad.folder = QStringLiteral("International");
    const auto added = service->addSource(unctad);
    QTRY_VERIFY(added.isFinished());
    QVERIFY(added.result().ok());
    QTRY_VERIFY(m_model->indexOfSource(added.result().value()).isValid());
    QCOMPARE(childNames(m_model->indexOfFolder(QStringLiteral("International"))).size(), 3);

    // Reading articles changes the counts.
    const auto read = service->setRead({2, 3}, true);
    QTRY_COMPARE(
        m_model->indexOfSource(m_ids.value(QStringLiteral("WTO news"))).data(UnreadRole).toLongLong(), 1);

    const auto disabled = service->setSourceEnabled(m_ids.value(QStringLiteral("CBP trade")), false);
    QTRY_VERIFY(!m_model->indexOfSource(m_ids.value(QStringLiteral("CBP trade"))).data(EnabledRole).toBool());
    const auto removed = service->removeSource(m_ids.value(QStringLiteral("CBP trade")));
    QTRY_VERIFY(!m_model->indexOfSource(m_ids.value(QStringLiteral("CBP trade"))).isValid());
    QVERIFY(!m_model->indexOfFolder(QStringLiteral("National")).isValid()); // an empty folder goes too
}

void TestSourceTreeModel::statusText_data()
{
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("text");
    Source fresh;
    QTest::newRow("new") << fresh << QStringLiteral("Not fetched yet; due now");
    Source ok;
    ok.lastStatus = FetchStatus::Ok;
    ok.lastFetch = now.addSecs(-5 * 60);
    ok.nextFetch = now.addSecs(55 * 60);
    QTest::newRow("fetched") << ok << QStringLiteral("Fetched 5 minutes ago; next in 55 minutes");
    Source failing;
    failing.lastStatus = FetchStatus::Failed;
    failing.lastError = QStringLiteral("HTTP 500 Internal Server Error");
    failing.failures = 3;
    failing.lastFetch = now.addSecs(-60);
    failing.nextFetch = now.addSecs(4 * 3600);
    QTest::newRow("failing") << failing
                             << QStringLiteral(
                                    "HTTP 500 Internal Server Error (3 failures in a row); next in 4 hours");
    Source gone;
    gone.lastStatus = FetchStatus::Gone;
    gone.lastError = QStringLiteral("The feed is gone (HTTP 410)");
    gone.enabled = false;
    QTest::newRow("gone") << gone << QStringLiteral("The feed is gone (HTTP 410); disabled, not fetched");
    Source days = ok;
    days.lastFetch = now.addDays(-3);
    days.nextFetch = now.addSecs(-1);
    QTest::newRow("overdue") << days << QStringLiteral("Fetched 3 days ago; due now");
}

void TestSourceTreeModel::statusText()
{
    QFETCH(Source, source);
    QFETCH(QString, text);
    QCOMPARE(
        SourceTreeModel::statusText(source, QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc())),
        text);
}

QTEST_GUILESS_MAIN(TestSourceTreeModel)
#include "tst_sourcetreemodel.moc"
