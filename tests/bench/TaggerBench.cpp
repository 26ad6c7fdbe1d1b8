// tagger-bench: the CPU cost of tagging one article, single-threaded, with the real taxonomy. Not a
// test (not registered with CTest); build it in Release before believing its numbers:
//   tests/bench/tagger-bench --articles 20000
//   tests/bench/tagger-bench --file some-article.txt --articles 5000
// --passes N times N passes and reports the fastest: on a busy machine, to compare two builds;
// --dump prints every article's language, mentions and tags (to compare two builds byte for byte);
// --write DIR writes the generated articles as text files, a hundred articles of one language each.
#include "SyntheticCorpus.h"
#include "tagging/Tagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Clearance;

namespace {

void dump(QTextStream &out, int index, const Article &article, const Tagger &tagger)
{
    const QString text = Tagger::textOf(article);
    // Both the language the article gives and a guessed one, so guessing is checked too.
    const EntityMatcher::Matches guessed = tagger.matcher().match(text);
    const EntityMatcher::Matches given = tagger.matcher().match(text, article.language);
    out << "#" << index << '\t' << article.language << '\t' << guessed.language << '\n';
    for (const EntityMatcher::Matches *matches : {&guessed, &given}) {
        for (const Mention &m : matches->mentions)
            out << facetKindName(m.kind) << '\t' << m.id << '\t' << m.start << '\t' << m.length << '\n';
        out << "--\n";
    }
    const TagSet tags = tagger.tag(article);
    for (FacetKind kind :
         {FacetKind::Organization, FacetKind::Country, FacetKind::Region, FacetKind::Initiative})
        out << facetKindName(kind) << ": " << tags.values(kind).join(QLatin1Char(' ')) << '\n';
}

bool write(const QString &directory, const QList<Article> &articles)
{
    if (!QDir().mkpath(directory))
        return false;
    QHash<QString, QStringList> byLanguage;
    for (const Article &a : articles)
        byLanguage[a.language.isEmpty() ? QStringLiteral("xx") : a.language].append(Tagger::textOf(a));
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        for (qsizetype chunk = 0; chunk * 100 < it.value().size(); ++chunk) {
            QFile file(QDir(directory).filePath(
                QStringLiteral("%1-%2.txt").arg(it.key()).arg(chunk, 3, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(it.value().mid(chunk * 100, 100).join(QStringLiteral("\n\n\n")).toUtf8());
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Tagger::tag on synthetic or given articles."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("Articles to tag (default 20000)."),
                                            QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                        QStringLiteral("n"), QStringLiteral("42"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Tag this UTF-8 text, as one article, repeatedly."),
                                        QStringLiteral("path"));
    const QCommandLineOption dumpOption(QStringLiteral("dump"),
                                        QStringLiteral("Print every article's results instead of timing."));
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         QStringLiteral("Write the generated articles as text files."),
                                         QStringLiteral("dir"));
    const QCommandLineOption passesOption(
        QStringLiteral("passes"),
        QStringLiteral("Time this many passes over the articles and report the fastest (default 1): on a "
                       "busy machine the fastest pass is the one least disturbed."),
        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({articlesOption, seedOption, fileOption, dumpOption, writeOption, passesOption});
    parser.process(app);

    const int count = std::max(1, parser.value(articlesOption).toInt());
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const Tagger> tagger = Tagger::standard();
    std::printf("taxonomy loaded, matcher built: %lld ms, %d phrases\n",
                static_cast<long long>(timer.elapsed()), tagger->matcher().phraseCount());

    QList<Article> articles;
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(parser.value(fileOption)));
            return 1;
        }
        Article a;
        a.body = QString::fromUtf8(file.readAll());
        articles.append(a);
    } else {
        const SyntheticCorpus corpus(tagger->taxonomy(), parser.value(seedOption).toULongLong());
        articles = corpus.generate(count);
    }

    if (parser.isSet(writeOption))
        return write(parser.value(writeOption), articles) ? 0 : 1;
    if (parser.isSet(dumpOption)) {
        QTextStream out(stdout);
        for (qsizetype i = 0; i < articles.size(); ++i)
            dump(out, static_cast<int>(i), articles.at(i), *tagger);
        return 0;
    }

    qint64 bytes = 0;
    qint64 words = 0;
    for (const Article &a : articles) {
        const QString text = Tagger::textOf(a);
        bytes += text.toUtf8().size();
        words += text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    }
    // One untimed pass warms the caches and the allocator.
    qsizetype tagCount = 0;
    for (const Article &a : articles)
        tagCount += tagger->tag(a).values(FacetKind::Organization).size();

    const qsizetype n = articles.size();
    const int rounds = static_cast<int>(std::max<qsizetype>(1, count / n));
    const int passes = std::max(1, parser.value(passesOption).toInt());
    double seconds = 0;
    for (int pass = 0; pass < passes; ++pass) {
        timer.restart();
        for (int r = 0; r < rounds; ++r) {
            for (const Article &a : articles)
                tagCount += tagger->tag(a).values(FacetKind::Country).size();
        }
        const double passSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        seconds = pass == 0 ? passSeconds : std::min(seconds, passSeconds);
    }
    const double tagged = static_cast<double>(n) * rounds;
    const double totalBytes = static_cast<double>(bytes) * rounds;
    std::printf("%.0f articles, %.0f words/article, %.0f bytes/article (UTF-8)\n", tagged,
                static_cast<double>(words) / static_cast<double>(n),
                static_cast<double>(bytes) / static_cast<double>(n));
    std::printf("%.1f us/article, %.0f ns/word, %.1f MB/s (checksum %lld)\n", seconds * 1e6 / tagged,
                seconds * 1e9 / (static_cast<double>(words) * rounds), totalBytes / seconds / 1e6,
                static_cast<long long>(tagCount));
    return 0;
}
