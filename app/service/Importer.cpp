#include "Importer.h"

#include "TaggingPipeline.h"
#include "ingest/ArticleReader.h"
#include "ingest/ArticleReaderFactory.h"
#include "storage/ArticleStore.h"
#include "tagging/Tagger.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QUrl>

namespace Clearance {

namespace {

// A reader's error as the end of a sentence: some end with a full stop, some do not.
QString asSentence(const QString &error)
{
    static const QString ends = QStringLiteral(".!?\u3002\u061F\u06D4");
    return !error.isEmpty() && ends.contains(error.back()) ? error : error + QLatin1Char('.');
}

// Articles read from the file per chunk: big enough to keep the workers busy, small enough that a few
// chunks in flight stay a few megabytes.
constexpr qsizetype kChunkSize = 512;

// What every article gets before it is tagged: an identity when the file gave none, the import time
// as its date when it had none (marked as an estimate) or one more than a day ahead (with its note), and
// `fallbackSource` (the file's name) as its source when the file names none (text files, pages without a site
// name), so the list says where it came from. Hashing the text for an identity is as much work as tagging it,
// so it runs on the tagging workers too.
TaggingPipeline::Preparation preparation(const QString &fallbackSource = {}, const QString &fallbackUrl = {})
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return [now, fallbackSource, fallbackUrl](Article &a) {
        if (a.source.isEmpty())
            a.source = fallbackSource;
        if (a.url.isEmpty())
            a.url = fallbackUrl;
        if (a.guid.isEmpty())
            a.guid = Importer::contentGuid(a);
        if (!a.published.isValid()) {
            a.published = now;
            a.publishedEstimated = true;
        } else if (a.published > now.addDays(1)) {
            // A day's grace for clocks and time zones set wrong; past it, a date in the future is a
            // mistake or a trick to stay at the top of the list.
            a.published = now;
            a.notes |= ArticleNote::FutureDate;
        }
        a.imported = now;
    };
}

} // namespace

Importer::Importer(ArticleStore &store, std::shared_ptr<const Tagger> tagger)
    : m_store(store)
    , m_tagger(std::move(tagger))
{}

QString Importer::contentGuid(const Article &article)
{
    // The hash of title.simplified().toUtf8(), "\n" and body.simplified().toUtf8(): the identity the
    // libraries hold. Built in buffers each thread keeps, since it runs for every article of a file
    // without ids (a text file) on the import's workers; text the fast way cannot encode exactly as
    // toUtf8() does (a lone surrogate) takes the plain way.
    thread_local QString simplified;
    thread_local QByteArray utf8;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](QStringView text) {
        simplified.clear();
        for (qsizetype i = 0, n = text.size(); i < n;) {
            if (text.at(i).isSpace()) {
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && !text.at(end).isSpace())
                ++end;
            if (!simplified.isEmpty())
                simplified += QLatin1Char(' ');
            simplified += text.sliced(i, end - i);
            i = end;
        }
        QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        utf8.resize(encoder.requiredSpace(simplified.size()));
        const char *end = encoder.appendToBuffer(utf8.data(), simplified);
        hash.addData(QByteArrayView(utf8.constData(), end - utf8.constData()));
        return !encoder.hasError();
    };
    bool exact = add(article.title);
    hash.addData(QByteArrayView("\n", 1));
    exact = add(article.body) && exact;
    if (!exact) {
        hash.reset();
        hash.addData(article.title.simplified().toUtf8());
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(article.body.simplified().toUtf8());
    }
    return QStringLiteral("sha1:") + QString::fromLatin1(hash.result().toHex());
}

QString Importer::cancelledMessage(const QString &path)
{
    return tr("%1 was not imported: the import was cancelled.").arg(path);
}

Status Importer::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(tr("%1: no such file.").arg(path));
    if (info.isDir())
        return Status::failure(tr("%1 is a folder, not a file of articles.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("%1 could not be read: %2.").arg(path, file.errorString()));
    const Result<std::unique_ptr<ArticleReader>> reader = ArticleReaderFactory::open(file);
    if (!reader)
        return Status::failure(tr("%1 was not imported: %2").arg(path, asSentence(reader.error())));
    // The first article, so that a file broken from its start, or text without an article, is refused
    // before anything is created for it.
    QList<Article> first;
    if (!(*reader)->read(first, 1) && !(*reader)->error().isEmpty())
        return Status::failure(tr("%1 was not imported: %2").arg(path, asSentence((*reader)->error())));
    return {};
}

Result<QList<Article>> Importer::readFile(const QString &path)
{
    using R = Result<QList<Article>>;
    if (const Status status = checkFile(path); !status)
        return R::failure(status.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 could not be read: %2.").arg(path, file.errorString()));
    Result<std::unique_ptr<ArticleReader>> reader = ArticleReaderFactory::open(file);
    if (!reader)
        return R::failure(tr("%1 was not imported: %2").arg(path, asSentence(reader.error())));
    QList<Article> articles;
    while ((*reader)->read(articles, kChunkSize)) {
    }
    if (!(*reader)->error().isEmpty())
        return R::failure(tr("%1 was not imported: %2").arg(path, asSentence((*reader)->error())));
    return articles;
}

Result<ImportReport> Importer::importFile(const QString &path, const CancelCheck &cancelled)
{
    using R = Result<ImportReport>;
    if (const Status status = checkFile(path); !status)
        return R::failure(status.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 could not be read: %2.").arg(path, file.errorString()));
    return importDevice(file, path, QFileInfo(path).completeBaseName(), QString(), 0, false, cancelled);
}

Result<ImportReport> Importer::importFetched(const FetchedDocument &document, const CancelCheck &cancelled)
{
    QBuffer buffer;
    buffer.setData(document.body);
    buffer.open(QIODevice::ReadOnly);
    const QString source = document.sourceName.isEmpty() ? QUrl(document.url).host() : document.sourceName;
    return importDevice(buffer, document.url, source, document.feedOnly ? QString() : document.url,
                        document.sourceId, document.feedOnly, cancelled);
}

Result<ImportReport> Importer::importDevice(QIODevice &device, const QString &name,
                                            const QString &fallbackSource, const QString &fallbackUrl,
                                            qint64 sourceId, bool feedOnly, const CancelCheck &cancelled)
{
    using R = Result<ImportReport>;
    Result<std::unique_ptr<ArticleReader>> opened = ArticleReaderFactory::open(
        device, feedOnly ? ArticleReaderFactory::Accept::FeedsOnly : ArticleReaderFactory::Accept::Anything);
    if (!opened)
        return R::failure(tr("%1 was not imported: %2").arg(name, asSentence(opened.error())));
    ArticleReader &reader = **opened;

    bool wasCancelled = false;
    const TaggingPipeline::Preparation prepare = preparation(fallbackSource, fallbackUrl);
    TaggingPipeline pipeline(
        [&](ArticleReader::Completion &complete) {
            if (cancelled && cancelled()) {
                wasCancelled = true;
                return false;
            }
            return reader.readDeferred(complete, kChunkSize);
        },
        *m_tagger, prepare);
    const Tagger *tagger = m_tagger.get();
    const Result<AddReport> added = m_store.addArticles(
        [&](QList<TaggedArticle> &chunk) { return pipeline.next(chunk); },
        [tagger](FacetKind kind, const QString &key) { return tagger->label(kind, key); },
        [&]() -> Status {
            // Whatever was stored of a cancelled or broken file is rolled back, also when the cancel came
            // after the last chunk: the caller may no longer take this file's report.
            if (wasCancelled || (cancelled && cancelled())) {
                wasCancelled = true;
                return Status::failure(cancelledMessage(name));
            }
            if (!reader.error().isEmpty())
                return Status::failure(tr("%1 was not imported: %2").arg(name, asSentence(reader.error())));
            return {};
        },
        sourceId);
    if (!added) {
        if (wasCancelled || added.error().startsWith(name))
            return R::failure(added.error());
        return R::failure(tr("%1 was not imported: %2").arg(name, asSentence(added.error())));
    }
    return ImportReport{name,           reader.formatName(), reader.title(),   added->added,
                        added->updated, added->unchanged,    reader.skipped(), added->refused};
}

Result<ImportReport> Importer::importArticles(QList<Article> articles, const QString &name)
{
    const TaggingPipeline::Preparation prepare = preparation();
    TaggingPipeline pipeline(std::move(articles), *m_tagger, prepare);
    const Tagger *tagger = m_tagger.get();
    const Result<AddReport> added = m_store.addArticles(
        [&](QList<TaggedArticle> &chunk) { return pipeline.next(chunk); },
        [tagger](FacetKind kind, const QString &key) { return tagger->label(kind, key); });
    if (!added)
        return Result<ImportReport>::failure(
            tr("%1 was not imported: %2").arg(name, asSentence(added.error())));
    return ImportReport{name,           QString(),        QString(), added->added,
                        added->updated, added->unchanged, 0,         added->refused};
}

} // namespace Clearance
