#include "CommandHelp.h"

#include "i18n/InterfaceLanguage.h"
#include "service/SampleLibrary.h"

#include <QCoreApplication>
#include <QStringList>

namespace Clearance {

namespace {

QString filterHelp()
{
    return QCoreApplication::translate(
        "clearance-cli",
        "FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,\n"
        "        AND across kinds) --source ID --search TEXT --unread --starred\n");
}

} // namespace

QString CommandHelp::program()
{
    return QCoreApplication::translate(
               "clearance-cli",
               R"(Usage: clearance-cli [--library PATH] [--lang CODE] COMMAND [OPTIONS]

Commands:
  import FILE...                    import articles (one transaction per file; - or a pipe: standard
                                    input or the pipe, read once)
  list   [FILTER] [--limit N] [--format tsv|json]
  facets [FILTER] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output FILE|- [--force] [--ids 1,2,..] [FILTER] [--title TEXT]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    a briefing pack of the chosen or matching articles (- writes it
                                    to standard output; --force replaces a file that is not a PDF)
  retag                             re-tag every article with the current taxonomy
  annotate [FILE|-] [--format json|tsv]   the mentions in a text (no library needed)
  taxonomy [--format tsv|json]      the regions, initiatives, organizations and countries
  sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]]
  sources list [--format tsv|json]
  sources remove|enable|disable ID  the feeds and news pages the library follows
  sources import-opml FILE | export-opml FILE|-   subscriptions from or to other readers
  fetch [--source ID] [--due-only] [--format tsv|json]   fetch the sources now (exit 1 if one failed)

--lang CODE: the language of messages, labels and PDF packs (%2; default: the one chosen in the
window's Preferences, else the system's). Ids and column names stay the same in every language.

FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --source ID --search TEXT --unread --starred

COMMAND --help: the usage of that command.

The default library is %1; it is created with the sample articles on first use.
)")
        .arg(SampleLibrary::defaultPath(), InterfaceLanguage::codes().join(QLatin1String(", ")));
}

std::optional<QString> CommandHelp::of(const QString &command)
{
    // The synopsis is the same in every language (options and placeholders are typed as they are).
    struct Entry
    {
        const char *name;
        const char *synopsis;
        QString description;
        bool filter;
    };
    const Entry entries[] = {
        {"import", "import FILE...",
         QCoreApplication::translate("clearance-cli",
                                     "Imports articles, one transaction per file. FILE may be - (standard "
                                     "input) or a pipe, which is read once."),
         false},
        {"list", "list [FILTER] [--limit N] [--format tsv|json]",
         QCoreApplication::translate("clearance-cli", "Lists the matching articles."), true},
        {"facets", "facets [FILTER] [--format tsv|json]",
         QCoreApplication::translate(
             "clearance-cli",
             "Counts the matching articles by region, initiative, organization and country."),
         true},
        {"show", "show ID [--format text|json]",
         QCoreApplication::translate("clearance-cli", "Shows one article."), false},
        {"export-pdf",
         "export-pdf --output FILE|- [--force] [--ids 1,2,..] [FILTER] [--title TEXT]\n"
         "           [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]",
         QCoreApplication::translate(
             "clearance-cli",
             "Writes a briefing pack of the chosen or matching articles. --output - writes it to standard "
             "output; an existing file that is not a PDF is replaced only with --force, and the library "
             "never."),
         true},
        {"retag", "retag",
         QCoreApplication::translate("clearance-cli", "Re-tags every article with the current taxonomy."),
         false},
        {"annotate", "annotate [FILE|-] [--format json|tsv]",
         QCoreApplication::translate("clearance-cli", "Prints the mentions in a text (no library needed)."),
         false},
        {"sources",
         "sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]] "
         "[--no-check]\n"
         "       clearance-cli [--library PATH] [--lang CODE] sources list [--format tsv|json]\n"
         "       clearance-cli [--library PATH] [--lang CODE] sources remove|enable|disable ID\n"
         "       clearance-cli [--library PATH] [--lang CODE] sources import-opml FILE\n"
         "       clearance-cli [--library PATH] [--lang CODE] sources export-opml FILE|-",
         QCoreApplication::translate(
             "clearance-cli",
             "The feeds and news pages the library follows. add prints the new source's id; a web page's "
             "address adds the feed the page declares (--no-check adds the address as given, unfetched); "
             "--page adds a news page without a feed, whose article links are found on it (--links: only "
             "links whose path matches PATTERN); --interval overrides the default time between fetches. "
             "remove keeps the articles already fetched from the source. import-opml and export-opml read "
             "and write the OPML lists feed readers exchange."),
         false},
        {"fetch", "fetch [--source ID] [--due-only] [--format tsv|json]",
         QCoreApplication::translate(
             "clearance-cli",
             "Fetches the enabled sources now (--source: that one, even disabled; --due-only: those whose "
             "time has come, for cron), politely, and prints per source its status, HTTP status, new, "
             "updated and unchanged articles and any error. Exits 1 when a source failed."),
         false},
        {"taxonomy", "taxonomy [--format tsv|json]",
         QCoreApplication::translate("clearance-cli",
                                     "Prints the regions, initiatives, organizations and countries."),
         false},
    };
    for (const Entry &e : entries) {
        if (command != QLatin1String(e.name))
            continue;
        QString text = QCoreApplication::translate("clearance-cli",
                                                   "Usage: clearance-cli [--library PATH] [--lang CODE] %1")
                           .arg(QLatin1String(e.synopsis)) +
                       QLatin1String("\n\n") + e.description + QLatin1Char('\n');
        if (e.filter)
            text += QLatin1Char('\n') + filterHelp();
        return text;
    }
    return std::nullopt;
}

} // namespace Clearance
