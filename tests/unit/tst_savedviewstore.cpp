#include "TestLibrary.h"
#include "domain/MetaTypes.h"
#include "storage/SavedViewStore.h"

#include <QTest>

using namespace Clearance;

class TestSavedViewStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesRenamesAndDeletes();
    void filterRoundTrips_data();
    void filterRoundTrips();
    void refusesEmptyAndDuplicateNames();
};

void TestSavedViewStore::savesRenamesAndDeletes()
{
    TestLibrary library;
    SavedViewStore views(*library.database);
    ArticleFilter filter;
    filter.values(FacetKind::Region) = {QStringLiteral("francophone-africa")};
    const auto id = views.save(QStringLiteral("Francophone Africa"), filter);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(views.save(QStringLiteral("Another"), {}).ok());
    QCOMPARE(views.views()->size(), 2);
    QCOMPARE(views.views()->at(1).filter, filter);

    // Saving under an existing name (any case) replaces its filter.
    filter.values(FacetKind::Initiative) = {QStringLiteral("pca")};
    QCOMPARE(*views.save(QStringLiteral("francophone AFRICA"), filter), *id);
    QCOMPARE(views.views()->at(1).filter, filter);

    QVERIFY(views.rename(*id, QStringLiteral("PCA in Francophone Africa")));
    QCOMPARE(views.views()->at(1).name, QStringLiteral("PCA in Francophone Africa"));
    QVERIFY(views.remove(*id));
    QCOMPARE(views.views()->size(), 1);
    QVERIFY(!views.rename(*id, QStringLiteral("gone")));
}

void TestSavedViewStore::filterRoundTrips_data()
{
    QTest::addColumn<ArticleFilter>("filter");
    ArticleFilter empty;
    QTest::newRow("empty") << empty;
    ArticleFilter full;
    full.values(FacetKind::Region) = {QStringLiteral("lldc"), QStringLiteral("sids")};
    full.values(FacetKind::Initiative) = {QStringLiteral("mercator")};
    full.values(FacetKind::Organization) = {QStringLiteral("wco")};
    full.values(FacetKind::Country) = {QStringLiteral("ML")};
    full.sources = {3, 12};
    full.search = QStringLiteral("\"post clearance\" -audit l'OMD");
    full.unreadOnly = true;
    full.starredOnly = true;
    QTest::newRow("everything") << full;
}

void TestSavedViewStore::filterRoundTrips()
{
    QFETCH(ArticleFilter, filter);
    TestLibrary library;
    SavedViewStore views(*library.database);
    QVERIFY(views.save(QStringLiteral("v"), filter).ok());
    QCOMPARE(views.views()->first().filter, filter);
}

void TestSavedViewStore::refusesEmptyAndDuplicateNames()
{
    TestLibrary library;
    SavedViewStore views(*library.database);
    QVERIFY(!views.save(QStringLiteral("   "), {}).ok());
    const auto a = views.save(QStringLiteral("A"), {});
    QVERIFY(views.save(QStringLiteral("B"), {}).ok());
    const Status s = views.rename(*a, QStringLiteral("b"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("already")), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestSavedViewStore)
#include "tst_savedviewstore.moc"
