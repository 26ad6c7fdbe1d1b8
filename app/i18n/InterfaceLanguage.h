#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Clearance {

// The language of the interface: the choices offered, the one saved in QSettings, and switching to one
// at run time (our translation and Qt's own, the default QLocale and, in a GUI, the layout direction).
// Installing the translators sends QEvent::LanguageChange to every widget, which retranslates itself.
class InterfaceLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(InterfaceLanguage)

public:
    struct Choice
    {
        QString code;       // "en", "fr", "ar", "es", "zh_CN"
        QString nativeName; // in its own language: "Français", "العربية"
    };

    // The languages Clearance is translated into, English first.
    static QList<Choice> choices();
    static QStringList codes();
    // `text` ("fr", "fr_CA", "zh-Hans-CN", "AR") as one of codes(); nullopt when it names none. An
    // empty text means "follow the system" and gives an empty code.
    static std::optional<QString> match(const QString &text);
    // The language the system's preferences give (LANGUAGE, LC_MESSAGES, LANG...), English when none
    // of them is one of ours.
    static QString systemLanguage();

    // The choice saved in QSettings (an empty string for "System default").
    static QString saved();
    static void save(const QString &code);
    // The value of --lang CODE or --lang=CODE in `arguments` (the program's name first), or nullopt.
    static std::optional<QString> fromArguments(const QStringList &arguments);

    // Switches to `code` (empty: the system's language) and returns the language now in use.
    static QString apply(const QString &code);
    // What both programs do first: --lang in `arguments` for this run, else the saved choice, else the
    // system's language, applied before any message. A --lang naming none of ours applies the
    // system's and says so (`known` false), for the caller's error.
    struct Start
    {
        std::optional<QString> requested; // --lang's value, if given
        bool known = true;
    };
    static Start applyAtStart(const QStringList &arguments);
    // The language in use (one of codes()), and the language code the taxonomy's labels use for the
    // default locale ("zh" for "zh_CN").
    static QString current();
    static QString taxonomyLanguage();
};

} // namespace Clearance
