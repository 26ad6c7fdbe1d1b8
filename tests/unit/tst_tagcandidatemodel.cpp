#include "models/Roles.h"
#include "models/TagCandidateModel.h"
#include "tagging/Tagger.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QTest>

using namespace Clearance;

// The regions and initiatives offered when a reader adds a tag by hand.
class TestTagCandidateModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offersWhatTheArticleLacks();
    void labelsFollowTheLocale();
    void resolvesWhatWasTyped_data();
    void resolvesWhatWasTyped();

private:
    int rowOf(FacetKind kind, const QString &key) const;

    std::unique_ptr<TagCandidateModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTagCandidateModel::init()
{
    m_model = std::make_unique<TagCandidateModel>(Tagger::standard());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->rebuild({}, QLocale(QLocale::English));
}

void TestTagCandidateModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

int TestTagCandidateModel::rowOf(FacetKind kind, const QString &key) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(KindRole).toInt() == static_cast<int>(kind) && index.data(KeyRole).toString() == key)
            return row;
    }
    return -1;
}

void TestTagCandidateModel::offersWhatTheArticleLacks()
{
    const std::shared_ptr<const Tagger> tagger = Tagger::standard();
    const Taxonomy &taxonomy = tagger->taxonomy();
    const int all = static_cast<int>(taxonomy.regions().size() + taxonomy.initiatives().size());
    QCOMPARE(m_model->rowCount(), all);
    const int mercator = rowOf(FacetKind::Initiative, QStringLiteral("mercator"));
    QVERIFY(mercator >= 0);
    const QModelIndex index = m_model->index(mercator);
    QCOMPARE(index.data().toString(), QStringLiteral("Mercator Programme — initiative"));
    QCOMPARE(index.data(LabelRole).toString(), QStringLiteral("Mercator Programme"));
    QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());

    m_model->rebuild({{FacetKind::Initiative, QStringLiteral("mercator"), {}, 0},
                      {FacetKind::Region, QStringLiteral("lldc"), {}, 0}},
                     QLocale(QLocale::English));
    QCOMPARE(m_model->rowCount(), all - 2);
    QCOMPARE(rowOf(FacetKind::Initiative, QStringLiteral("mercator")), -1);
    QCOMPARE(rowOf(FacetKind::Region, QStringLiteral("lldc")), -1);
    QVERIFY(rowOf(FacetKind::Region, QStringLiteral("francophone-africa")) >= 0);
}

void TestTagCandidateModel::labelsFollowTheLocale()
{
    const QLocale french(QLocale::French);
    m_model->rebuild({}, french);
    const QModelIndex index = m_model->index(rowOf(FacetKind::Region, QStringLiteral("francophone-africa")));
    QCOMPARE(index.data(LabelRole).toString(), QStringLiteral("Afrique francophone"));
    QCollator collator(french);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QString before = m_model->index(row - 1).data(LabelRole).toString();
        const QString after = m_model->index(row).data(LabelRole).toString();
        QVERIFY2(collator.compare(before, after) <= 0, qPrintable(before + QStringLiteral(" / ") + after));
    }
}

void TestTagCandidateModel::resolvesWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key"); // empty: nothing
    QTest::newRow("exact label, other case")
        << QStringLiteral("mercator programme") << QStringLiteral("mercator");
    QTest::newRow("completion text") << QStringLiteral("Francophone Africa — region")
                                     << QStringLiteral("francophone-africa");
    QTest::newRow("only one contains it") << QStringLiteral("  Mercator ") << QStringLiteral("mercator");
    QTest::newRow("exact label beats containing") << QStringLiteral("Africa") << QStringLiteral("africa");
    QTest::newRow("several contain it") << QStringLiteral("afri") << QString();
    QTest::newRow("nothing contains it") << QStringLiteral("Atlantis") << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
}

void TestTagCandidateModel::resolvesWhatWasTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, key);
    const auto candidate = m_model->resolve(typed);
    QCOMPARE(candidate ? candidate->key : QString(), key);
}

QTEST_GUILESS_MAIN(TestTagCandidateModel)
#include "tst_tagcandidatemodel.moc"
