#include "CommandContext.h"
#include "Commands.h"
#include "FacetLabels.h"
#include "JsonOutput.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>

namespace Clearance {

int runTaxonomy(CommandContext &context)
{
    const QString format = context.takeFormat({QStringLiteral("tsv"), QStringLiteral("json")});
    if (format.isEmpty() || !context.rejectUnknownOptions())
        return ExitUsage;
    if (!context.arguments().isEmpty())
        return context.usage(QCoreApplication::translate("clearance-cli", "taxonomy takes no argument."));
    const std::shared_ptr<const Tagger> tagger = Tagger::standard(); // owns the taxonomy read below
    const Taxonomy &t = tagger->taxonomy();
    // Labels in the language of this run; ids, kinds, types and members stay as they are.
    const QString lang = FacetLabels::language();

    if (format == QLatin1String("tsv")) {
        QTextStream &out = context.out();
        out << "kind\tid\tlabel\tdetail\n";
        for (const Region &r : t.regions())
            out << "region\t" << r.id << '\t' << t.label(FacetKind::Region, r.id, lang) << '\t'
                << r.members.join(QLatin1Char(',')) << '\n';
        for (const Initiative &i : t.initiatives())
            out << "initiative\t" << i.id << '\t' << t.label(FacetKind::Initiative, i.id, lang) << "\t\n";
        for (const Organization &o : t.organizations())
            out << "organization\t" << o.id << '\t' << t.label(FacetKind::Organization, o.id, lang) << '\t'
                << o.kind << (o.country.isEmpty() ? QString() : QLatin1Char(' ') + o.country) << '\n';
        for (const Country &c : t.countries())
            out << "country\t" << c.code << '\t' << t.label(FacetKind::Country, c.code, lang) << '\t'
                << c.type << '\n';
        return ExitOk;
    }

    QJsonArray regions;
    for (const Region &r : t.regions())
        regions.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("label"), t.label(FacetKind::Region, r.id, lang)},
                                   {QStringLiteral("definition"), r.definition},
                                   {QStringLiteral("members"), QJsonArray::fromStringList(r.members)}});
    QJsonArray initiatives;
    for (const Initiative &i : t.initiatives())
        initiatives.append(QJsonObject{{QStringLiteral("id"), i.id},
                                       {QStringLiteral("label"), t.label(FacetKind::Initiative, i.id, lang)},
                                       {QStringLiteral("definition"), i.definition}});
    QJsonArray organizations;
    for (const Organization &o : t.organizations()) {
        QStringList acronyms;
        for (const QStringList &list : o.acronyms)
            acronyms += list;
        organizations.append(
            QJsonObject{{QStringLiteral("id"), o.id},
                        {QStringLiteral("label"), t.label(FacetKind::Organization, o.id, lang)},
                        {QStringLiteral("kind"), o.kind},
                        {QStringLiteral("country"), o.country},
                        {QStringLiteral("acronyms"), QJsonArray::fromStringList(acronyms)}});
    }
    QJsonArray countries;
    for (const Country &c : t.countries())
        countries.append(QJsonObject{{QStringLiteral("id"), c.code},
                                     {QStringLiteral("label"), t.label(FacetKind::Country, c.code, lang)},
                                     {QStringLiteral("iso3"), c.iso3},
                                     {QStringLiteral("type"), c.type}});
    JsonOutput::print(context.out(), QJsonObject{{QStringLiteral("regions"), regions},
                                                 {QStringLiteral("initiatives"), initiatives},
                                                 {QStringLiteral("organizations"), organizations},
                                                 {QStringLiteral("countries"), countries}});
    return ExitOk;
}

} // namespace Clearance
