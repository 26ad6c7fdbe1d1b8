#include "ArticleView.h"
#include "SampleArticle.h"
#include "domain/MetaTypes.h"
#include "html/HtmlSanitizer.h"
#include "ingest/SeedTextParser.h"
#include "render/ArticleDocument.h"
#include "render/HighlightPalette.h"
#include "tagging/Tagger.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>
#include <QToolButton>

using namespace Clearance;

// The reading pane: the Guatemala sample article with its organizations highlighted, the legend, the
// tag chips, links, selection, palettes and search hits.
class TestArticleView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateUntilAnArticleIsShown();
    void header();
    void headerSaysWhereTheDateComesFrom_data();
    void headerSaysWhereTheDateComesFrom();
    void organizationsAreHighlighted_data();
    void organizationsAreHighlighted();
    void clickingAMentionActivatesTheOrganization();
    void anchorOfAnOrganizationActivatesIt();
    void legendShowsTheKindsPresent();
    void removingAChipRequestsRemoval();
    void addingATagRequestsIt();
    void textIsSelectableAndCopyable();
    void darkPaletteRerenders();
    void applicationPaletteSwitchRerenders();
    void searchMarksHits();
    void htmlShowsListsAndLinks();
    void clickingALinkOpensItOutside();
    void headlineOnlyArticleOffersTheOriginal();

private:
    std::shared_ptr<const Tagger> m_tagger;
    Article m_guatemala;
    QList<Facet> m_tags;
    std::unique_ptr<ArticleView> m_view;
};

namespace {

constexpr qint64 kArticleId = 42;

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

struct Fragment
{
    QString text;
    QTextCharFormat format;
    int position = 0;
};

// Every fragment carrying `property` with `value` (adjacent fragments joined).
QList<Fragment> fragmentsWith(const QTextDocument &document, int property, const QVariant &value)
{
    QList<Fragment> out;
    int lastEnd = -1;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().property(property) != value)
                continue;
            if (!out.isEmpty() && lastEnd == f.position())
                out.last().text += f.text();
            else
                out.append({f.text(), f.charFormat(), f.position()});
            lastEnd = f.position() + f.length();
        }
    }
    return out;
}

QStringList textsOf(const QList<Fragment> &fragments)
{
    QStringList out;
    for (const Fragment &f : fragments)
        out.append(f.text);
    return out;
}

} // namespace

void TestArticleView::initTestCase()
{
    registerMetaTypes();
    m_tagger = Tagger::standard();
    m_guatemala = sampleArticle(QStringLiteral("WCO Aids Guatemala in Boosting Trade for Economic Growth"));
    QVERIFY(!m_guatemala.body.isEmpty());
    m_guatemala.id = kArticleId;

    const TagSet tags = m_tagger->tag(m_guatemala);
    for (const FacetKind kind : allFacetKinds) {
        for (const QString &key : tags.values(kind))
            m_tags.append({kind, key, m_tagger->label(kind, key), 0});
    }
    QVERIFY(!tags.values(FacetKind::Region).isEmpty());
}

void TestArticleView::init()
{
    m_view = std::make_unique<ArticleView>(m_tagger);
    m_view->setPalette(lightPalette());
    m_view->resize(700, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestArticleView::cleanup()
{
    m_view.reset();
}

void TestArticleView::emptyStateUntilAnArticleIsShown()
{
    auto *empty = m_view->findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Select an article to read it."));
    m_view->showArticle(m_guatemala, m_tags);
    QVERIFY(!empty->isVisible());
    QVERIFY(m_view->findChild<QTextBrowser *>()->isVisible());
    m_view->clear();
    QVERIFY(empty->isVisible());
    QVERIFY(m_view->findChild<QTextBrowser *>()->document()->isEmpty());
}

void TestArticleView::header()
{
    m_view->showArticle(m_guatemala, m_tags);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("articleTitle"))->text(), m_guatemala.title);
    const QString meta = m_view->findChild<QLabel *>(QStringLiteral("articleMeta"))->text();
    QVERIFY2(meta.contains(QLatin1String("2024")) && meta.endsWith(u" · WCO News"), qPrintable(meta));
    auto *link = m_view->findChild<QLabel *>(QStringLiteral("articleLink"));
    QVERIFY(link->openExternalLinks());
    QVERIFY(link->text().contains(
        QLatin1String("href=\"https://www.wcoomd.org/en/media/newsroom/guatemala.aspx\"")));
    // The body only: the title is the header's, not the document's.
    const QString body = m_view->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY(body.startsWith(QLatin1String("The World Customs Organization")));
}

void TestArticleView::headerSaysWhereTheDateComesFrom_data()
{
    QTest::addColumn<bool>("estimated");
    QTest::addColumn<bool>("future");
    QTest::addColumn<QString>("said");
    QTest::newRow("the source's date") << false << false << QString();
    QTest::newRow("no date") << true << false << QStringLiteral("(date estimated)");
    QTest::newRow("a date in the future")
        << false << true << QStringLiteral("(date of import; the source's date was in the future)");
}

void TestArticleView::headerSaysWhereTheDateComesFrom()
{
    QFETCH(bool, estimated);
    QFETCH(bool, future);
    QFETCH(QString, said);
    Article article = m_guatemala;
    article.publishedEstimated = estimated;
    article.notes.setFlag(ArticleNote::FutureDate, future);
    m_view->showArticle(article, m_tags);
    const QString meta = m_view->findChild<QLabel *>(QStringLiteral("articleMeta"))->text();
    if (said.isEmpty())
        QVERIFY2(!meta.contains(QLatin1Char('(')), qPrintable(meta));
    else
        QVERIFY2(meta.contains(said), qPrintable(meta));
}

void TestArticleView::organizationsAreHighlighted_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("SAT") << QStringLiteral("gt-sat") << QStringLiteral("tax_administration")
                         << QStringLiteral("SAT");
    QTest::newRow("WCO") << QStringLiteral("wco") << QStringLiteral("intergovernmental")
                         << QStringLiteral("WCO");
}

void TestArticleView::organizationsAreHighlighted()
{
    QFETCH(QString, id);
    QFETCH(QString, kind);
    QFETCH(QString, text);
    m_view->showArticle(m_guatemala, m_tags);
    const QTextDocument &document = *m_view->findChild<QTextBrowser *>()->document();
    const QList<Fragment> mentions = fragmentsWith(document, ArticleDocument::OrganizationIdProperty, id);
    QVERIFY2(textsOf(mentions).contains(text), qPrintable(textsOf(mentions).join(QLatin1Char('|'))));
    const HighlightPalette colors(lightPalette());
    for (const Fragment &m : mentions) {
        QCOMPARE(m.format.background().color(), colors.organization(kind).background);
        QCOMPARE(m.format.foreground().color(), colors.organization(kind).foreground);
        QVERIFY(m.format.isAnchor());
        QCOMPARE(m.format.anchorHref(), QStringLiteral("clearance-org:") + id);
        QVERIFY(m.format.toolTip().contains(HighlightPalette::kindName(kind)));
    }
}

void TestArticleView::clickingAMentionActivatesTheOrganization()
{
    m_view->showArticle(m_guatemala, m_tags);
    QSignalSpy activated(m_view.get(), &ArticleView::organizationActivated);
    auto *browser = m_view->findChild<QTextBrowser *>();
    const QList<Fragment> sat = fragmentsWith(*browser->document(), ArticleDocument::OrganizationIdProperty,
                                              QStringLiteral("gt-sat"));
    QVERIFY(!sat.isEmpty());
    QTextCursor cursor(browser->document());
    cursor.setPosition(sat.constFirst().position + 1);
    const QPoint inside = browser->cursorRect(cursor).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("gt-sat"));
}

void TestArticleView::anchorOfAnOrganizationActivatesIt()
{
    m_view->showArticle(m_guatemala, m_tags);
    QSignalSpy activated(m_view.get(), &ArticleView::organizationActivated);
    auto *browser = m_view->findChild<QTextBrowser *>();
    QVERIFY(!browser->openLinks());
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("clearance-org:wco")));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("wco"));
    // The document stays: no navigation.
    QVERIFY(browser->toPlainText().contains(QLatin1String("SAT")));
}

void TestArticleView::legendShowsTheKindsPresent()
{
    m_view->showArticle(m_guatemala, m_tags);
    QStringList kinds;
    QStringList names;
    for (QWidget *entry : m_view->findChildren<QWidget *>(QStringLiteral("legendEntry"))) {
        kinds.append(entry->property("clearanceKind").toString());
        names.append(entry->findChild<QLabel *>(QStringLiteral("legendName"))->text());
        QVERIFY(!entry->findChild<QLabel *>(QStringLiteral("legendSwatch"))->pixmap().isNull());
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("intergovernmental"), QStringLiteral("tax_administration")}));
    QCOMPARE(names, (QStringList{HighlightPalette::kindName(QStringLiteral("intergovernmental")),
                                 HighlightPalette::kindName(QStringLiteral("tax_administration"))}));
    QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("legend"))->isVisible());
}

void TestArticleView::removingAChipRequestsRemoval()
{
    m_view->showArticle(m_guatemala, m_tags);
    QSignalSpy removed(m_view.get(), &ArticleView::tagRemoveRequested);
    const Facet region = *std::find_if(m_tags.cbegin(), m_tags.cend(),
                                       [](const Facet &f) { return f.kind == FacetKind::Region; });
    QToolButton *remove = nullptr;
    for (QToolButton *button : m_view->findChildren<QToolButton *>()) {
        if (button->accessibleName() == QStringLiteral("Remove ") + region.label)
            remove = button;
    }
    QVERIFY2(remove, qPrintable(region.label));
    QVERIFY(remove->isVisible());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.constFirst().at(0).toLongLong(), kArticleId);
    QCOMPARE(removed.constFirst().at(1).value<FacetKind>(), FacetKind::Region);
    QCOMPARE(removed.constFirst().at(2).toString(), region.key);
    // The chip goes at once.
    QTRY_VERIFY(std::none_of(m_view->findChildren<QToolButton *>().cbegin(),
                             m_view->findChildren<QToolButton *>().cend(), [&](const QToolButton *b) {
                                 return b->accessibleName() == QStringLiteral("Remove ") + region.label;
                             }));
}

void TestArticleView::addingATagRequestsIt()
{
    m_view->showArticle(m_guatemala, m_tags);
    QSignalSpy added(m_view.get(), &ArticleView::tagAddRequested);
    auto *add = m_view->findChild<QToolButton *>(QStringLiteral("addTagButton"));
    QVERIFY(add && !add->accessibleName().isEmpty());
    QTest::mouseClick(add, Qt::LeftButton);
    auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("addTagEdit"));
    QVERIFY(edit->isVisible());
    QTRY_VERIFY(edit->completer()->popup()->isVisible()); // the whole list, to browse
    const QString label = m_tagger->label(FacetKind::Region, QStringLiteral("francophone-africa"));
    QTest::keyClicks(edit, label);
    QTest::keyClick(
        edit->completer()->popup()->isVisible() ? static_cast<QWidget *>(edit->completer()->popup()) : edit,
        Qt::Key_Escape); // close the popup; the typed label stays
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(added.constFirst().at(0).toLongLong(), kArticleId);
    QCOMPARE(added.constFirst().at(1).value<FacetKind>(), FacetKind::Region);
    QCOMPARE(added.constFirst().at(2).toString(), QStringLiteral("francophone-africa"));
    QTRY_VERIFY(!edit->isVisible());
    QVERIFY(add->isVisible());
}

void TestArticleView::textIsSelectableAndCopyable()
{
    m_view->showArticle(m_guatemala, m_tags);
    auto *browser = m_view->findChild<QTextBrowser *>();
    QVERIFY(browser->isReadOnly());
    QVERIFY(browser->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(browser->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    browser->selectAll();
    QVERIFY(browser->textCursor().selectedText().contains(QLatin1String("(SAT)")));
    browser->copy();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Tax Administration (SAT)")));
}

void TestArticleView::darkPaletteRerenders()
{
    m_view->showArticle(m_guatemala, m_tags);
    auto *browser = m_view->findChild<QTextBrowser *>();
    const auto satBackground = [browser] {
        const QList<Fragment> sat = fragmentsWith(
            *browser->document(), ArticleDocument::OrganizationIdProperty, QStringLiteral("gt-sat"));
        return sat.isEmpty() ? QColor() : sat.constFirst().format.background().color();
    };
    const QString kind = QStringLiteral("tax_administration");
    QCOMPARE(satBackground(), HighlightPalette(lightPalette()).organization(kind).background);

    m_view->setPalette(darkPalette());
    const HighlightPalette dark(darkPalette());
    QVERIFY(dark.isDark());
    QCOMPARE(satBackground(), dark.organization(kind).background);
    for (QWidget *entry : m_view->findChildren<QWidget *>(QStringLiteral("legendEntry"))) {
        const QString entryKind = entry->property("clearanceKind").toString();
        QCOMPARE(entry->findChild<QLabel *>(QStringLiteral("legendSwatch"))->property("clearanceBackground"),
                 QVariant(dark.organization(entryKind).background));
    }

    m_view->setPalette(lightPalette());
    QCOMPARE(satBackground(), HighlightPalette(lightPalette()).organization(kind).background);
}

void TestArticleView::applicationPaletteSwitchRerenders()
{
    const QPalette original = QApplication::palette();
    m_view->setPalette(QPalette()); // follow the application's palette
    QApplication::setPalette(lightPalette());
    m_view->showArticle(m_guatemala, m_tags);
    auto *browser = m_view->findChild<QTextBrowser *>();
    const auto wcoBackground = [browser] {
        const QList<Fragment> wco = fragmentsWith(
            *browser->document(), ArticleDocument::OrganizationIdProperty, QStringLiteral("wco"));
        return wco.isEmpty() ? QColor() : wco.constFirst().format.background().color();
    };
    const QString kind = QStringLiteral("intergovernmental");
    QCOMPARE(wcoBackground(), HighlightPalette(lightPalette()).organization(kind).background);
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(wcoBackground(), HighlightPalette(darkPalette()).organization(kind).background);
    QApplication::setPalette(original);
}

void TestArticleView::searchMarksHits()
{
    m_view->showArticle(m_guatemala, m_tags);
    auto *browser = m_view->findChild<QTextBrowser *>();
    QVERIFY(fragmentsWith(*browser->document(), ArticleDocument::SearchHitProperty, true).isEmpty());
    m_view->setSearchText(QStringLiteral("guatémala"));
    const QList<Fragment> hits =
        fragmentsWith(*browser->document(), ArticleDocument::SearchHitProperty, true);
    QVERIFY(!hits.isEmpty());
    for (const Fragment &hit : hits)
        QCOMPARE(hit.text, QStringLiteral("Guatemala"));
    QCOMPARE(hits.constFirst().format.background().color(),
             HighlightPalette(lightPalette()).searchHit().background);
    m_view->setSearchText(QString());
    QVERIFY(fragmentsWith(*browser->document(), ArticleDocument::SearchHitProperty, true).isEmpty());
}

namespace {

// An article imported from a feed item with a link in its text and a list.
Article htmlArticle()
{
    const SanitizedHtml sanitized = HtmlSanitizer::sanitize(
        QStringLiteral("<p>Read <a href=\"https://www.wto.org/en/news/\">the news page</a> of the <b>WTO</b>."
                       "</p><ul><li>First item</li><li>Second item</li></ul>"));
    Article article;
    article.id = 7;
    article.title = QStringLiteral("Trade news");
    article.body = sanitized.text;
    article.html = sanitized.html;
    return article;
}

} // namespace

void TestArticleView::htmlShowsListsAndLinks()
{
    m_view->showArticle(htmlArticle(), {});
    const QTextDocument &document = *m_view->findChild<QTextBrowser *>()->document();
    QStringList items;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.textList()) {
            items.append(b.text());
            QCOMPARE(b.textList()->format().style(), QTextListFormat::ListDisc);
        }
    }
    QCOMPARE(items, (QStringList{QStringLiteral("First item"), QStringLiteral("Second item")}));
    const QList<Fragment> link =
        fragmentsWith(document, QTextFormat::AnchorHref, QStringLiteral("https://www.wto.org/en/news/"));
    QCOMPARE(textsOf(link), QStringList{QStringLiteral("the news page")});
    QVERIFY(link.constFirst().format.isAnchor());
    // The mention in bold keeps its highlight.
    QCOMPARE(textsOf(fragmentsWith(document, ArticleDocument::OrganizationIdProperty, QStringLiteral("wto"))),
             QStringList{QStringLiteral("WTO")});
}

void TestArticleView::clickingALinkOpensItOutside()
{
    QList<QUrl> opened;
    m_view->setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
    m_view->showArticle(htmlArticle(), {});
    QSignalSpy activated(m_view.get(), &ArticleView::organizationActivated);
    auto *browser = m_view->findChild<QTextBrowser *>();
    const QList<Fragment> link = fragmentsWith(*browser->document(), QTextFormat::AnchorHref,
                                               QStringLiteral("https://www.wto.org/en/news/"));
    QVERIFY(!link.isEmpty());
    QTextCursor cursor(browser->document());
    cursor.setPosition(link.constFirst().position + 5);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
    QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://www.wto.org/en/news/"))});
    QCOMPARE(activated.count(), 0);
    // The pane stays on the article.
    QVERIFY(browser->toPlainText().contains(QLatin1String("First item")));

    // Only web and mail links leave the application.
    for (const char *href :
         {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "clearance-country:GT"})
        Q_EMIT browser->anchorClicked(QUrl(QLatin1String(href)));
    QCOMPARE(opened.size(), 1);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("mailto:press@wto.example")));
    QCOMPARE(opened.size(), 2);
    QCOMPARE(activated.count(), 0);
}

void TestArticleView::headlineOnlyArticleOffersTheOriginal()
{
    // A feed that gave a headline and no text: the pane says so and the click opens the original.
    QList<QUrl> opened;
    m_view->setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
    Article article;
    article.id = 41;
    article.title = QStringLiteral("WCO Council opens its annual session");
    article.url = QStringLiteral("https://news.example.org/council");
    article.notes = ArticleNote::NoText;
    article.published = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    m_view->showArticle(article, {});
    auto *browser = m_view->findChild<QTextBrowser *>();
    QCOMPARE(browser->toPlainText(), QStringLiteral("No text in the feed — open the original"));
    const QList<Fragment> link = fragmentsWith(*browser->document(), QTextFormat::AnchorHref,
                                               QStringLiteral("https://news.example.org/council"));
    QCOMPARE(textsOf(link), QStringList{QStringLiteral("open the original")});
    QTextCursor cursor(browser->document());
    cursor.setPosition(link.constFirst().position + 3);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
    QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://news.example.org/council"))});
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
