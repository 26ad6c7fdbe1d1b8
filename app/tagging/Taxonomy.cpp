#include "Taxonomy.h"

#include "domain/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Clearance {

namespace {

const QString kCustoms = QStringLiteral("national_customs_administration");
const QString kTax = QStringLiteral("tax_administration");

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isString()) {
        if (!value.toString().isEmpty())
            out.append(value.toString());
        return out;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (!v.toString().trimmed().isEmpty())
            out.append(v.toString());
    }
    return out;
}

LocalizedList toLocalizedList(const QJsonValue &value)
{
    LocalizedList out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), toStringList(it.value()));
    return out;
}

LocalizedText toLocalizedText(const QJsonValue &value)
{
    LocalizedText out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

QList<AmbiguousAcronym> toAmbiguous(const QJsonValue &value)
{
    QList<AmbiguousAcronym> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        AmbiguousAcronym a;
        a.text = o.value(QLatin1String("text")).toString();
        a.countries = toStringList(o.value(QLatin1String("countries")));
        a.context = toStringList(o.value(QLatin1String("context")));
        a.isDefault = o.value(QLatin1String("default")).toBool();
        if (!a.text.isEmpty())
            out.append(a);
    }
    return out;
}

void mergeList(QStringList &into, const QStringList &more)
{
    for (const QString &s : more) {
        if (!into.contains(s))
            into.append(s);
    }
}

void mergeLocalized(LocalizedList &into, const LocalizedList &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        mergeList(into[it.key()], it.value());
}

void mergeText(LocalizedText &into, const LocalizedText &more)
{
    for (auto it = more.begin(); it != more.end(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
    }
}

QString pick(const LocalizedText &text, const QString &lang)
{
    if (const auto it = text.constFind(lang); it != text.constEnd())
        return *it;
    return text.value(QStringLiteral("en"));
}

} // namespace

QStringList Taxonomy::defaultFiles()
{
    QStringList files;
    for (const char *name : {"countries", "regions", "organizations", "initiatives", "administrations"})
        files.append(QStringLiteral(":/taxonomy/%1.json").arg(QLatin1String(name)));
    const QString userDir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/taxonomy");
    const QDir dir(userDir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

const Taxonomy &Taxonomy::builtin()
{
    static const Taxonomy taxonomy = [] {
        QStringList files;
        for (const char *name : {"countries", "regions", "organizations", "initiatives", "administrations"})
            files.append(QStringLiteral(":/taxonomy/%1.json").arg(QLatin1String(name)));
        Result<Taxonomy> loaded = load(files);
        if (!loaded)
            qCCritical(lcTagging) << "the bundled taxonomy does not load:" << loaded.error();
        return loaded ? loaded.value() : Taxonomy();
    }();
    return taxonomy;
}

Result<Taxonomy> Taxonomy::load(const QStringList &files)
{
    Taxonomy taxonomy;
    for (const QString &file : files) {
        if (Status s = taxonomy.addFile(file); !s)
            return Result<Taxonomy>::failure(s.error());
    }
    taxonomy.index();
    return taxonomy;
}

Status Taxonomy::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("The taxonomy file %1 could not be read: %2.").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return Status::failure(tr("The taxonomy file %1 is not valid JSON (at byte %2: %3).")
                                   .arg(path)
                                   .arg(error.offset)
                                   .arg(error.errorString()));
    const QJsonObject root = doc.object();
    index(); // lookups below merge into entries loaded from earlier files

    for (const QJsonValue &v : root.value(QLatin1String("countries")).toArray()) {
        const QJsonObject o = v.toObject();
        Country c;
        c.code = o.value(QLatin1String("code")).toString();
        if (c.code.isEmpty())
            continue;
        c.iso3 = o.value(QLatin1String("iso3")).toString();
        c.type = o.value(QLatin1String("type")).toString();
        c.names = toLocalizedList(o.value(QLatin1String("names")));
        c.labels = toLocalizedText(o.value(QLatin1String("labels")));
        c.demonyms = toLocalizedList(o.value(QLatin1String("demonyms")));
        c.patternDemonyms = toLocalizedList(o.value(QLatin1String("pattern_demonyms")));
        c.abbreviations = toStringList(o.value(QLatin1String("abbreviations")));
        c.excludePhrases = toStringList(o.value(QLatin1String("exclude_phrases")));
        c.capitalizedOnly = o.value(QLatin1String("capitalized_only")).toBool();
        if (auto it = m_countryIndex.constFind(c.code); it != m_countryIndex.constEnd()) {
            Country &existing = m_countries[*it];
            mergeLocalized(existing.names, c.names);
            mergeText(existing.labels, c.labels);
            mergeLocalized(existing.demonyms, c.demonyms);
            mergeLocalized(existing.patternDemonyms, c.patternDemonyms);
            mergeList(existing.abbreviations, c.abbreviations);
            mergeList(existing.excludePhrases, c.excludePhrases);
        } else {
            m_countryIndex.insert(c.code, m_countries.size());
            m_countries.append(c);
        }
    }

    for (const QJsonValue &v : root.value(QLatin1String("regions")).toArray()) {
        const QJsonObject o = v.toObject();
        Region r;
        r.id = o.value(QLatin1String("id")).toString();
        if (r.id.isEmpty())
            continue;
        r.labels = toLocalizedText(o.value(QLatin1String("labels")));
        r.definition = o.value(QLatin1String("definition")).toString();
        r.source = o.value(QLatin1String("source")).toString();
        r.members = toStringList(o.value(QLatin1String("members")));
        r.impliedByMembers = o.value(QLatin1String("implied_by_members")).toBool();
        r.within = toStringList(o.value(QLatin1String("within")));
        r.phrases = toLocalizedList(o.value(QLatin1String("phrases")));
        r.acronyms = toStringList(o.value(QLatin1String("acronyms")));
        r.ambiguousAcronyms = toAmbiguous(o.value(QLatin1String("ambiguous_acronyms")));
        if (auto it = m_regionIndex.constFind(r.id); it != m_regionIndex.constEnd()) {
            Region &existing = m_regions[*it];
            mergeText(existing.labels, r.labels);
            mergeList(existing.members, r.members);
            mergeList(existing.within, r.within);
            mergeLocalized(existing.phrases, r.phrases);
            mergeList(existing.acronyms, r.acronyms);
            existing.ambiguousAcronyms += r.ambiguousAcronyms;
        } else {
            m_regionIndex.insert(r.id, m_regions.size());
            m_regions.append(r);
        }
    }

    for (const QJsonValue &v : root.value(QLatin1String("organizations")).toArray()) {
        const QJsonObject o = v.toObject();
        Organization org;
        org.id = o.value(QLatin1String("id")).toString();
        if (org.id.isEmpty())
            continue;
        org.kind = o.value(QLatin1String("kind")).toString();
        org.country = o.value(QLatin1String("country")).toString();
        org.names = toLocalizedText(o.value(QLatin1String("names")));
        org.labels = toLocalizedText(o.value(QLatin1String("labels")));
        org.aliases = toLocalizedList(o.value(QLatin1String("aliases")));
        org.acronyms = toLocalizedList(o.value(QLatin1String("acronyms")));
        org.ambiguousAcronyms = toAmbiguous(o.value(QLatin1String("ambiguous_acronyms")));
        if (auto it = m_organizationIndex.constFind(org.id); it != m_organizationIndex.constEnd()) {
            Organization &existing = m_organizations[*it];
            mergeText(existing.names, org.names);
            mergeText(existing.labels, org.labels);
            mergeLocalized(existing.aliases, org.aliases);
            mergeLocalized(existing.acronyms, org.acronyms);
            existing.ambiguousAcronyms += org.ambiguousAcronyms;
        } else {
            m_organizationIndex.insert(org.id, m_organizations.size());
            m_organizations.append(org);
        }
    }

    for (const QJsonValue &v : root.value(QLatin1String("initiatives")).toArray()) {
        const QJsonObject o = v.toObject();
        Initiative i;
        i.id = o.value(QLatin1String("id")).toString();
        if (i.id.isEmpty())
            continue;
        i.labels = toLocalizedText(o.value(QLatin1String("labels")));
        i.definition = o.value(QLatin1String("definition")).toString();
        i.keywords = toLocalizedList(o.value(QLatin1String("keywords")));
        i.weakKeywords = toLocalizedList(o.value(QLatin1String("weak_keywords")));
        i.acronyms = toStringList(o.value(QLatin1String("acronyms")));
        i.weakAcronyms = toStringList(o.value(QLatin1String("weak_acronyms")));
        if (auto it = m_initiativeIndex.constFind(i.id); it != m_initiativeIndex.constEnd()) {
            Initiative &existing = m_initiatives[*it];
            mergeText(existing.labels, i.labels);
            mergeLocalized(existing.keywords, i.keywords);
            mergeLocalized(existing.weakKeywords, i.weakKeywords);
            mergeList(existing.acronyms, i.acronyms);
            mergeList(existing.weakAcronyms, i.weakAcronyms);
        } else {
            m_initiativeIndex.insert(i.id, m_initiatives.size());
            m_initiatives.append(i);
        }
    }

    for (const QJsonValue &v : root.value(QLatin1String("patterns")).toArray()) {
        const QJsonObject o = v.toObject();
        AdministrationPattern p{o.value(QLatin1String("lang")).toString(),
                                o.value(QLatin1String("kind")).toString(),
                                o.value(QLatin1String("pattern")).toString()};
        if (!p.pattern.isEmpty())
            m_patterns.append(p);
    }
    return {};
}

void Taxonomy::index()
{
    m_countryIndex.clear();
    m_regionIndex.clear();
    m_organizationIndex.clear();
    m_initiativeIndex.clear();
    for (qsizetype i = 0; i < m_countries.size(); ++i)
        m_countryIndex.insert(m_countries.at(i).code, i);
    for (qsizetype i = 0; i < m_regions.size(); ++i)
        m_regionIndex.insert(m_regions.at(i).id, i);
    for (qsizetype i = 0; i < m_organizations.size(); ++i)
        m_organizationIndex.insert(m_organizations.at(i).id, i);
    for (qsizetype i = 0; i < m_initiatives.size(); ++i)
        m_initiativeIndex.insert(m_initiatives.at(i).id, i);

    // Every country gets a customs and a revenue administration the patterns can name, even when
    // the taxonomy lists none.
    m_synthesized.clear();
    for (const Country &c : std::as_const(m_countries)) {
        const QString name = c.names.value(QStringLiteral("en")).value(0, c.code);
        for (const QString &kind : {kCustoms, kTax}) {
            const bool customs = kind == kCustoms;
            Organization org;
            org.id = (customs ? QStringLiteral("customs-") : QStringLiteral("revenue-")) + c.code.toLower();
            org.kind = kind;
            org.country = c.code;
            org.names.insert(QStringLiteral("en"), customs
                                                       ? name + QStringLiteral(" Customs")
                                                       : name + QStringLiteral(" revenue administration"));
            m_synthesized.insert(org.id, org);
        }
    }
}

const Country *Taxonomy::country(const QString &code) const
{
    const auto it = m_countryIndex.constFind(code);
    return it == m_countryIndex.constEnd() ? nullptr : &m_countries.at(*it);
}

const Region *Taxonomy::region(const QString &id) const
{
    const auto it = m_regionIndex.constFind(id);
    return it == m_regionIndex.constEnd() ? nullptr : &m_regions.at(*it);
}

const Initiative *Taxonomy::initiative(const QString &id) const
{
    const auto it = m_initiativeIndex.constFind(id);
    return it == m_initiativeIndex.constEnd() ? nullptr : &m_initiatives.at(*it);
}

const Organization *Taxonomy::organization(const QString &id) const
{
    if (const auto it = m_organizationIndex.constFind(id); it != m_organizationIndex.constEnd())
        return &m_organizations.at(*it);
    const auto it = m_synthesized.constFind(id);
    return it == m_synthesized.constEnd() ? nullptr : &*it;
}

QString Taxonomy::nationalAdministration(const QString &country, const QString &kind) const
{
    QString otherKind;
    for (const Organization &org : m_organizations) {
        if (org.country != country)
            continue;
        if (org.kind == kind)
            return org.id;
        if (otherKind.isEmpty() && (org.kind == kCustoms || org.kind == kTax))
            otherKind = org.id;
    }
    if (!otherKind.isEmpty())
        return otherKind;
    return (kind == kTax ? QStringLiteral("revenue-") : QStringLiteral("customs-")) + country.toLower();
}

QString Taxonomy::label(FacetKind kind, const QString &key, const QString &lang) const
{
    QString text;
    switch (kind) {
    case FacetKind::Region:
        if (const Region *r = region(key))
            text = pick(r->labels, lang);
        break;
    case FacetKind::Initiative:
        if (const Initiative *i = initiative(key))
            text = pick(i->labels, lang);
        break;
    case FacetKind::Organization:
        if (const Organization *o = organization(key))
            text = o->labels.contains(lang) ? o->labels.value(lang) : pick(o->names, lang);
        break;
    case FacetKind::Country:
        if (const Country *c = country(key)) {
            text = c->labels.contains(lang) ? c->labels.value(lang) : c->names.value(lang).value(0);
            if (text.isEmpty())
                text = c->names.value(QStringLiteral("en")).value(0);
        }
        break;
    }
    return text.isEmpty() ? key : text;
}

} // namespace Clearance
