#include "CommandContext.h"
#include "Commands.h"
#include "FacetLabels.h"
#include "JsonOutput.h"
#include "ingest/TextDecoder.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Clearance {

namespace {

// Code-point offsets of every UTF-16 index of the text (the contract counts code points).
std::vector<qsizetype> codePointOffsets(const QString &text)
{
    std::vector<qsizetype> offsets(static_cast<size_t>(text.size()) + 1);
    qsizetype cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets[static_cast<size_t>(i)] = cp;
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++cp;
        else
            offsets[static_cast<size_t>(i)] = cp - 1;
    }
    offsets[static_cast<size_t>(text.size())] = cp;
    return offsets;
}

} // namespace

int runAnnotate(CommandContext &context)
{
    const QString format = context.takeFormat({QStringLiteral("json"), QStringLiteral("tsv")});
    if (format.isEmpty() || !context.rejectUnknownOptions())
        return ExitUsage;
    if (context.arguments().size() > 1)
        return context.usage(QCoreApplication::translate(
            "clearance-cli", "annotate: give one file, or - for standard input."));
    const QString path = context.arguments().value(0, QStringLiteral("-"));

    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(path), !file.open(QIODevice::ReadOnly)))
        return context.fail(QCoreApplication::translate("clearance-cli", "%1 could not be read: %2.")
                                .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    Result<QString> text = bytes.isEmpty() ? Result<QString>(QString()) : TextDecoder::decode(bytes);
    if (!text)
        return context.fail(QCoreApplication::translate("clearance-cli", "%1: %2").arg(path, text.error()));

    const auto tagger = Tagger::standard();
    const EntityMatcher::Matches matches = tagger->matcher().match(*text);
    const std::vector<qsizetype> cp = codePointOffsets(*text);

    std::array<QJsonArray, 4> byKind;
    QTextStream &out = context.out();
    if (format == QLatin1String("tsv"))
        out << "kind\tid\tname\tstart\tend\ttext\n";
    for (const Mention &m : matches.mentions) {
        const QString name = FacetLabels::of(m.kind, m.id);
        const QString excerpt = text->mid(m.start, m.length);
        const qsizetype start = cp[static_cast<size_t>(m.start)];
        const qsizetype end = cp[static_cast<size_t>(m.end())];
        if (format == QLatin1String("tsv")) {
            out << facetKindName(m.kind) << '\t' << m.id << '\t' << name << '\t' << start << '\t' << end
                << '\t' << JsonOutput::tsvField(excerpt) << '\n';
            continue;
        }
        byKind[static_cast<size_t>(m.kind)].append(QJsonObject{{QStringLiteral("id"), m.id},
                                                               {QStringLiteral("name"), name},
                                                               {QStringLiteral("start"), start},
                                                               {QStringLiteral("end"), end},
                                                               {QStringLiteral("text"), excerpt}});
    }
    if (format == QLatin1String("json")) {
        JsonOutput::print(out, QJsonObject{
                                   {QStringLiteral("organizations"), byKind[size_t(FacetKind::Organization)]},
                                   {QStringLiteral("countries"), byKind[size_t(FacetKind::Country)]},
                                   {QStringLiteral("regions"), byKind[size_t(FacetKind::Region)]},
                                   {QStringLiteral("initiatives"), byKind[size_t(FacetKind::Initiative)]},
                                   {QStringLiteral("language"), matches.language},
                               });
    }
    return ExitOk;
}

} // namespace Clearance
