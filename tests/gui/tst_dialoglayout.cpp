#include "ExportDialog.h"
#include "SettingsDialog.h"
#include "SourceDialog.h"
#include "WindowTestSupport.h"
#include "i18n/InterfaceLanguage.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Clearance;

// Preferences and Export to PDF in every language: translations are longer than English (French,
// Spanish) or right to left (Arabic), and a label or button that no longer fits is cut off. Each
// label and button must get at least its minimum size and stay inside its dialog, a label with a
// shortcut must have a buddy, and the dialog follows the interface's direction. With CLEARANCE_GRAB_DIR set,
// each dialog is also saved as a PNG there, to look at.
class TestDialogLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void dialogsFitTheirText_data();
    void dialogsFitTheirText();

private:
    QTemporaryDir m_settingsDir;
};

namespace {

// Why `widget` is cut off in `dialog`, or an empty string when it is not.
QString clipped(const QWidget &dialog, const QWidget &widget)
{
    const QSize need = widget.minimumSizeHint();
    const QString name = QLatin1String(widget.metaObject()->className()) + QStringLiteral(" \"") +
                         widget.property("text").toString() + QStringLiteral("\"");
    if (widget.width() < need.width() || widget.height() < need.height())
        return QStringLiteral("%1 is %2x%3, needs %4x%5")
            .arg(name)
            .arg(widget.width())
            .arg(widget.height())
            .arg(need.width())
            .arg(need.height());
    const QRect inDialog(widget.mapTo(&dialog, QPoint(0, 0)), widget.size());
    if (!dialog.rect().contains(inDialog))
        return QStringLiteral("%1 lies outside the dialog").arg(name);
    return {};
}

} // namespace

void TestDialogLayout::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTest::keepSettingsIn(m_settingsDir.path(), QStringLiteral("tst_dialoglayout"));
}

void TestDialogLayout::cleanup()
{
    InterfaceLanguage::apply(QStringLiteral("en"));
}

void TestDialogLayout::dialogsFitTheirText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const QString &language : InterfaceLanguage::codes()) {
        for (const char *dialog : {"preferences", "export", "source"})
            QTest::addRow("%s %s", qPrintable(language), dialog) << language << QString::fromLatin1(dialog);
    }
}

void TestDialogLayout::dialogsFitTheirText()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    QCOMPARE(InterfaceLanguage::apply(language), language);

    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("preferences")) {
        shown = std::make_unique<SettingsDialog>();
    } else if (dialog == QLatin1String("source")) {
        Source page;
        page.kind = Source::Kind::Page;
        shown = std::make_unique<SourceDialog>(QStringList{QStringLiteral("International")}, page);
    } else {
        shown = std::make_unique<ExportDialog>(QStringLiteral("Francophone Africa · Post-clearance audit"), 3,
                                               10);
    }
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    QCOMPARE(shown->isRightToLeft(), language == QLatin1String("ar"));

    const QString grabDir = qEnvironmentVariable("CLEARANCE_GRAB_DIR");
    if (!grabDir.isEmpty())
        QVERIFY(shown->grab().save(
            QDir(grabDir).filePath(dialog + QLatin1Char('-') + language + QStringLiteral(".png"))));

    QStringList problems;
    const auto check = [&](const QWidget *widget) {
        if (widget->isVisible()) {
            if (const QString why = clipped(*shown, *widget); !why.isEmpty())
                problems.append(why);
        }
    };
    static const QRegularExpression mnemonic(QStringLiteral("&[^&]"));
    for (const QLabel *label : shown->findChildren<QLabel *>()) {
        check(label);
        // Without a buddy a label shows its "&" instead of underlining a shortcut.
        if (label->isVisible() && label->text().remove(QStringLiteral("&&")).contains(mnemonic) &&
            !label->buddy())
            problems.append(QStringLiteral("\"%1\" has a shortcut but no buddy").arg(label->text()));
    }
    for (const QAbstractButton *button : shown->findChildren<QAbstractButton *>())
        check(button);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestDialogLayout)
#include "tst_dialoglayout.moc"
