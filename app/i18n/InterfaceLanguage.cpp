#include "InterfaceLanguage.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Clearance {

namespace {

const QString kLanguageKey = QStringLiteral("interface/language");

// Qt sets the layout direction again on every language change from this string of QGuiApplication,
// translated "RTL" in right-to-left languages (the classic Qt technique): our translations carry it, so
// Qt's choice agrees with the one apply() makes, whatever Qt's own translations hold.
struct SourceText
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] const SourceText kLayoutDirection[] = {
    QT_TRANSLATE_NOOP3("QGuiApplication", "QT_LAYOUT_DIRECTION",
                       "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
                       "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.")};

// The translators installed by apply(), removed by the next call; QCoreApplication owns them.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

} // namespace

QList<InterfaceLanguage::Choice> InterfaceLanguage::choices()
{
    // Each name in its own language, as a reader looks for it whatever the interface shows now.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QStringList InterfaceLanguage::codes()
{
    QStringList result;
    for (const Choice &choice : choices())
        result.append(choice.code);
    return result;
}

std::optional<QString> InterfaceLanguage::match(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QLocale locale(trimmed);
    // QLocale("xx") gives the C locale for a name it does not know; "C" itself is not a language.
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return std::nullopt;
    for (const Choice &choice : choices()) {
        const QLocale candidate(choice.code);
        if (candidate.language() != locale.language())
            continue;
        // Chinese in traditional characters is not simplified Chinese.
        if (locale.language() == QLocale::Chinese && locale.script() == QLocale::TraditionalHanScript)
            return std::nullopt;
        return choice.code;
    }
    return std::nullopt;
}

QString InterfaceLanguage::systemLanguage()
{
    for (const QString &language : QLocale::system().uiLanguages()) {
        const std::optional<QString> code = match(language);
        if (code && !code->isEmpty())
            return *code;
    }
    return QStringLiteral("en");
}

QString InterfaceLanguage::saved()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    return match(value).value_or(QString());
}

void InterfaceLanguage::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

std::optional<QString> InterfaceLanguage::fromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg.startsWith(option + QLatin1Char('=')))
            return arg.mid(option.size() + 1);
    }
    return std::nullopt;
}

QString InterfaceLanguage::apply(const QString &code)
{
    // Qt's -reverse option mirrors the layout to test it. Read before the first translator goes in:
    // installing one makes Qt set the direction from the translated QT_LAYOUT_DIRECTION, and an Arabic
    // one would then pass for -reverse (the window started in Arabic left to right).
    static const bool reversed =
        qobject_cast<QGuiApplication *>(QCoreApplication::instance()) && QGuiApplication::isRightToLeft();
    const QString language = code.isEmpty() ? systemLanguage() : match(code).value_or(QStringLiteral("en"));
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    // The language in the system's territory when Qt knows that locale (fr_CA stays fr_CA, English on a
    // German system writes dates the German way), else the language's main locale.
    const QLocale wanted(language);
    QLocale locale(wanted.language(), wanted.script(), QLocale::system().territory());
    if (locale.language() != wanted.language() || locale.script() != wanted.script())
        locale = wanted;
    QLocale::setDefault(locale);
    currentCode() = language;

    // Qt's own strings (dialog buttons, context menus) come from the system's Qt translations.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (language != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    // Ours are compiled in; English has one too, for its plural forms ("1 article").
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/clearance_") + language + QStringLiteral(".qm")))
        install(ours);
    else
        delete ours;

    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        const bool rtl = QLocale(language).textDirection() == Qt::RightToLeft;
        QGuiApplication::setLayoutDirection(rtl != reversed ? Qt::RightToLeft : Qt::LeftToRight);
    }
    return language;
}

InterfaceLanguage::Start InterfaceLanguage::applyAtStart(const QStringList &arguments)
{
    Start start;
    start.requested = fromArguments(arguments);
    const std::optional<QString> language =
        start.requested ? match(*start.requested) : std::optional(saved());
    start.known = language.has_value();
    apply(language.value_or(QString()));
    return start;
}

QString InterfaceLanguage::current()
{
    return currentCode();
}

QString InterfaceLanguage::taxonomyLanguage()
{
    return QLocale::languageToCode(QLocale().language());
}

} // namespace Clearance
