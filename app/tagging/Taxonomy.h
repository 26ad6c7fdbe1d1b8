#pragma once

#include "domain/FacetKind.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Clearance {

// Words by language code ("en", "fr", "es", "ar", or "any").
using LocalizedList = QHash<QString, QStringList>;
using LocalizedText = QHash<QString, QString>;

// An acronym that names an entry only when the text gives the context (see resources/taxonomy/README.md).
struct AmbiguousAcronym
{
    QString text;
    QStringList countries; // the text names one of these countries
    QStringList context;   // or contains one of these phrases
    bool isDefault = false;
};

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString iso3;
    QString type;
    LocalizedList names;  // first of each language is the label
    LocalizedText labels; // display only, never matched: languages the tagger does not read (zh)
    LocalizedList demonyms;
    LocalizedList patternDemonyms; // only inside administration patterns ("French Customs")
    QStringList abbreviations;
    QStringList excludePhrases; // contain a name without naming the country ("Gulf of Guinea")
    bool capitalizedOnly = false;
};

struct Region
{
    QString id;
    LocalizedText labels;
    QString definition;
    QString source;
    QStringList members;
    bool impliedByMembers = false;
    QStringList within;
    LocalizedList phrases;
    QStringList acronyms;
    QList<AmbiguousAcronym> ambiguousAcronyms;
};

struct Organization
{
    QString id;
    QString kind;
    QString country;
    LocalizedText names;
    LocalizedText labels; // display only, never matched: languages the tagger does not read (zh)
    LocalizedList aliases;
    LocalizedList acronyms; // "any", or the only language the acronym is used in
    QList<AmbiguousAcronym> ambiguousAcronyms;
};

struct Initiative
{
    QString id;
    LocalizedText labels;
    QString definition;
    LocalizedList keywords;
    LocalizedList weakKeywords;
    QStringList acronyms;
    QStringList weakAcronyms;
};

struct AdministrationPattern
{
    QString lang;
    QString kind; // national_customs_administration or tax_administration
    QString pattern;
};

// The tagger's knowledge: countries, regions, organizations, initiatives and the patterns that name
// national administrations. Loaded from resources/taxonomy/*.json and the user's own files.
class Taxonomy final
{
    Q_DECLARE_TR_FUNCTIONS(Taxonomy)

public:
    // Our bundled files followed by the user's (<AppData>/taxonomy/*.json); later files extend earlier.
    static QStringList defaultFiles();
    static Result<Taxonomy> load(const QStringList &files);
    static const Taxonomy &builtin(); // the bundled files only; loaded once

    const QList<Country> &countries() const { return m_countries; }
    const QList<Region> &regions() const { return m_regions; }
    const QList<Organization> &organizations() const { return m_organizations; }
    const QList<Initiative> &initiatives() const { return m_initiatives; }
    const QList<AdministrationPattern> &administrationPatterns() const { return m_patterns; }

    const Country *country(const QString &code) const;
    const Region *region(const QString &id) const;
    const Initiative *initiative(const QString &id) const;
    // Also answers for the administrations the patterns name without a taxonomy entry
    // ("customs-np", "revenue-np").
    const Organization *organization(const QString &id) const;
    // The national body of `country` of `kind` (or, failing that, of the other national kind).
    QString nationalAdministration(const QString &country, const QString &kind) const;

    // The display label in `lang` (falling back to English, then the key).
    QString label(FacetKind kind, const QString &key, const QString &lang = QStringLiteral("en")) const;

private:
    Status addFile(const QString &path);
    void index();

    QList<Country> m_countries;
    QList<Region> m_regions;
    QList<Organization> m_organizations;
    QList<Initiative> m_initiatives;
    QList<AdministrationPattern> m_patterns;
    QHash<QString, qsizetype> m_countryIndex;
    QHash<QString, qsizetype> m_regionIndex;
    QHash<QString, qsizetype> m_organizationIndex;
    QHash<QString, qsizetype> m_initiativeIndex;
    QHash<QString, Organization> m_synthesized; // national administrations without an entry
};

} // namespace Clearance
