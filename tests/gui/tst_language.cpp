#include "../unit/ServiceTestSupport.h"
#include "ArticleListView.h"
#include "ArticleView.h"
#include "FacetPanel.h"
#include "MainWindow.h"
#include "SearchBar.h"
#include "SettingsDialog.h"
#include "WindowTestSupport.h"
#include "i18n/InterfaceLanguage.h"
#include "models/ArticleListModel.h"
#include "models/FacetModel.h"
#include "tagging/Tagger.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Clearance;

// The interface language switched at run time through the settings API, as Tools > Preferences does:
// the whole window retranslates and mirrors at once, the taxonomy's labels follow, and articles keep
// the direction of their own text.
class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchesTheWindowToArabicAndBack();
    void startsMirroredInArabic();
    void preferencesOfferEachLanguageInItsOwnName();
    void articlesKeepTheDirectionOfTheirText();
    void languageArgumentsAreRecognised_data();
    void languageArgumentsAreRecognised();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestLibrary> m_library;
};

namespace {

const QString kFrancophoneAr = QStringLiteral("أفريقيا الفرنكوفونية");

QString menuTitle(const MainWindow &window, int index)
{
    return window.menuBar()->actions().value(index) ? window.menuBar()->actions().at(index)->text()
                                                    : QString();
}

QString regionLabel(const MainWindow &window, const QString &key)
{
    return window.facetModel()->valueIndex(FacetKind::Region, key).data().toString();
}

} // namespace

void TestLanguage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTest::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_language"));
}

void TestLanguage::init()
{
    QSettings().clear();
    SettingsDialog::applyLanguage(QStringLiteral("en"));
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(populateSample(*m_library));
}

void TestLanguage::cleanup()
{
    m_library.reset();
    SettingsDialog::applyLanguage(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestLanguage::openWindow()
{
    return WindowTest::openWindow(m_library->path());
}

void TestLanguage::switchesTheWindowToArabicAndBack()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->articleModel()->rowCount(), 10);
    QTRY_COMPARE(regionLabel(*window, QStringLiteral("francophone-africa")),
                 QStringLiteral("Francophone Africa"));
    QCOMPARE(menuTitle(*window, 0), QStringLiteral("&File"));
    QVERIFY(!window->isRightToLeft());

    SettingsDialog::applyLanguage(QStringLiteral("ar"));
    QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), QStringLiteral("ar"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(window->isRightToLeft());
    QVERIFY(window->facetPanel()->isRightToLeft());
    QVERIFY(window->articleListView()->isRightToLeft());
    // Menus, the facet kinds, the list's columns, the search box and the status bar, at once.
    QTRY_COMPARE(menuTitle(*window, 0), QStringLiteral("&الملف"));
    QCOMPARE(menuTitle(*window, 1), QStringLiteral("انتقا&ل"));
    QCOMPARE(window->facetModel()->index(0, 0).data().toString(), QStringLiteral("المناطق"));
    QCOMPARE(window->facetModel()->index(1, 0).data().toString(), QStringLiteral("المبادرات"));
    QCOMPARE(window->articleModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("العنوان"));
    QCOMPARE(window->searchBar()->findChild<QLineEdit *>()->placeholderText(),
             QStringLiteral("البحث في المقالات (Ctrl+F)"));
    // 3 to 10: the "few" form; in the locale's digits, as the facet counts and the dates.
    QTRY_COMPARE(window->countLabel()->text(), QStringLiteral("١٠ مقالات"));
    // The taxonomy's labels in Arabic: the facet panel and the reading pane's chips.
    QTRY_COMPARE(regionLabel(*window, QStringLiteral("francophone-africa")), kFrancophoneAr);
    QTRY_COMPARE(regionLabel(*window, QStringLiteral("lldc")),
                 QStringLiteral("البلدان النامية غير الساحلية"));
    QTRY_VERIFY(window->shownArticleId() != 0);
    const auto chipLabels = [&window] {
        QStringList labels;
        for (const QLabel *label :
             window->articleView()->findChildren<QLabel *>(QStringLiteral("tagChipLabel")))
            labels.append(label->text());
        return labels;
    };
    // The first article of the list (newest first) is about a Francophone African country.
    window->facetModel()->setChecked(FacetKind::Region, QStringLiteral("francophone-africa"), true);
    QTRY_VERIFY(chipLabels().contains(kFrancophoneAr));
    QVERIFY(!chipLabels().contains(QStringLiteral("Francophone Africa")));
    // Qt sets the direction again when it handles the language change: it must stay mirrored.
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(window->isRightToLeft());

    SettingsDialog::applyLanguage(QStringLiteral("en"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_VERIFY(!window->isRightToLeft());
    QTRY_COMPARE(menuTitle(*window, 0), QStringLiteral("&File"));
    QCOMPARE(window->facetModel()->index(0, 0).data().toString(), QStringLiteral("Regions"));
    QCOMPARE(window->articleModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QTRY_COMPARE(regionLabel(*window, QStringLiteral("francophone-africa")),
                 QStringLiteral("Francophone Africa"));
    QTRY_VERIFY(chipLabels().contains(QStringLiteral("Francophone Africa")));
    QTRY_VERIFY(window->countLabel()->text().endsWith(QLatin1String(" articles")));
}

void TestLanguage::startsMirroredInArabic()
{
    // As `clearance --lang ar` starts: the language first, then the window.
    InterfaceLanguage::apply(QStringLiteral("ar"));
    const auto window = openWindow();
    QVERIFY(window);
    QCoreApplication::processEvents();
    QVERIFY(window->isRightToLeft());
    QVERIFY(window->facetPanel()->isRightToLeft());
    QCOMPARE(menuTitle(*window, 0), QStringLiteral("&الملف"));
    // The facet panel is on the right: the splitter mirrors.
    QTRY_VERIFY(window->facetPanel()->mapTo(window.get(), QPoint(0, 0)).x() >
                window->articleListView()->mapTo(window.get(), QPoint(0, 0)).x());
}

void TestLanguage::preferencesOfferEachLanguageInItsOwnName()
{
    const auto window = openWindow();
    QVERIFY(window);
    SettingsDialog dialog(window.get());
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
    QVERIFY(choice);
    QStringList names;
    for (int i = 1; i < choice->count(); ++i)
        names.append(choice->itemText(i));
    QCOMPARE(names,
             (QStringList{QStringLiteral("English"), QStringLiteral("Français"), QStringLiteral("العربية"),
                          QStringLiteral("Español"), QStringLiteral("简体中文")}));
    QVERIFY(choice->itemText(0).startsWith(QLatin1String("System default")));

    dialog.setLanguage(QStringLiteral("fr"));
    dialog.accept();
    QCOMPARE(InterfaceLanguage::saved(), QStringLiteral("fr"));
    QCOMPARE(InterfaceLanguage::current(), QStringLiteral("fr"));
    QTRY_COMPARE(menuTitle(*window, 0), QStringLiteral("&Fichier"));
    QTRY_COMPARE(regionLabel(*window, QStringLiteral("lldc")),
                 QStringLiteral("Pays en développement sans littoral"));

    SettingsDialog again(window.get());
    QCOMPARE(again.language(), QStringLiteral("fr"));
    QTRY_VERIFY(again.findChild<QComboBox *>(QStringLiteral("languageChoice"))
                    ->itemText(0)
                    .startsWith(QStringLiteral("Langue du système")));
    again.setLanguage(QString());
    again.accept();
    QVERIFY(!QSettings().contains(QStringLiteral("interface/language")));
    QCOMPARE(InterfaceLanguage::current(), InterfaceLanguage::systemLanguage());
}

void TestLanguage::articlesKeepTheDirectionOfTheirText()
{
    ArticleView view(Tagger::standard());
    view.resize(700, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *body = view.findChild<QTextBrowser *>(QStringLiteral("articleBody"));
    QVERIFY(body);
    const auto firstDirection = [body] {
        return body->document()->firstBlock().blockFormat().layoutDirection();
    };

    Article arabic;
    arabic.id = 1;
    arabic.title = QStringLiteral("المنظمة العالمية للجمارك تدعم التدقيق اللاحق للتخليص");
    arabic.body = QStringLiteral("عقدت المنظمة العالمية للجمارك ورشة عمل في تونس حول التدقيق اللاحق.");
    arabic.published = QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC);
    Article english;
    english.id = 2;
    english.title = QStringLiteral("WCO supports post-clearance audit");
    english.body = QStringLiteral("The World Customs Organization held a workshop in Tunis.");
    english.published = arabic.published;

    // An Arabic article in an English window reads right to left...
    view.showArticle(arabic, {});
    QVERIFY(!view.isRightToLeft());
    QCOMPARE(firstDirection(), Qt::RightToLeft);

    // ...and an English article in an Arabic window left to right, while the window mirrors.
    SettingsDialog::applyLanguage(QStringLiteral("ar"));
    QTRY_VERIFY(view.isRightToLeft());
    view.showArticle(english, {});
    QCOMPARE(firstDirection(), Qt::LeftToRight);
    // The date follows the locale of the interface.
    const auto *meta = view.findChild<QLabel *>(QStringLiteral("articleMeta"));
    QVERIFY(meta);
    QCOMPARE(meta->text(), QLocale(QStringLiteral("ar")).toString(QDate(2024, 3, 5), QLocale::LongFormat));
}

void TestLanguage::languageArgumentsAreRecognised_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("code"); // "-" when no language matches
    QTest::newRow("separate") << QStringList{QStringLiteral("clearance"), QStringLiteral("--lang"),
                                             QStringLiteral("ar")}
                              << QStringLiteral("ar") << QStringLiteral("ar");
    QTest::newRow("joined") << QStringList{QStringLiteral("clearance"), QStringLiteral("--lang=fr_CA")}
                            << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("chinese") << QStringList{QStringLiteral("x"), QStringLiteral("--lang"),
                                            QStringLiteral("zh")}
                             << QStringLiteral("zh") << QStringLiteral("zh_CN");
    QTest::newRow("traditional chinese")
        << QStringList{QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("zh_TW")}
        << QStringLiteral("zh_TW") << QStringLiteral("-");
    QTest::newRow("unknown") << QStringList{QStringLiteral("x"), QStringLiteral("--lang=xx")}
                             << QStringLiteral("xx") << QStringLiteral("-");
    QTest::newRow("after files") << QStringList{QStringLiteral("x"), QStringLiteral("a.txt"),
                                                QStringLiteral("--lang"), QStringLiteral("es")}
                                 << QStringLiteral("es") << QStringLiteral("es");
}

void TestLanguage::languageArgumentsAreRecognised()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, given);
    QFETCH(QString, code);
    QCOMPARE(InterfaceLanguage::fromArguments(arguments), std::optional<QString>(given));
    QCOMPARE(InterfaceLanguage::match(given).value_or(QStringLiteral("-")), code);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
