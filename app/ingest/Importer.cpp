#include "Importer.h"

#include "SeedTextParser.h"
#include "TaggingPipeline.h"
#include "TextDecoder.h"
#include "library/ArticleStore.h"
#include "tagging/Tagger.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Clearance {

namespace {

// Files larger than this are refused before they are read whole (feeds stream; see issue #5).
constexpr qint64 kMaxTextFileSize = 256ll * 1024 * 1024;

} // namespace

Importer::Importer(ArticleStore &store, std::shared_ptr<const Tagger> tagger)
    : m_store(store)
    , m_tagger(std::move(tagger))
{}

QString Importer::contentGuid(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(article.title.simplified().toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(article.body.simplified().toUtf8());
    return QStringLiteral("sha1:") + QString::fromLatin1(hash.result().toHex());
}

Result<QList<Article>> Importer::readFile(const QString &path)
{
    using R = Result<QList<Article>>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("%1: no such file.").arg(path));
    if (info.isDir())
        return R::failure(tr("%1 is a folder, not a file of articles.").arg(path));
    if (info.size() > kMaxTextFileSize)
        return R::failure(
            tr("%1 is too large to import as text (%2 MB).").arg(path).arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 could not be read: %2.").arg(path, file.errorString()));
    const Result<QString> text = TextDecoder::decode(file.readAll());
    if (!text)
        return R::failure(tr("%1 was not imported: %2").arg(path, text.error()));
    Result<QList<Article>> parsed = SeedTextParser::parse(*text);
    if (!parsed)
        return R::failure(tr("%1 was not imported: %2").arg(path, parsed.error()));
    return parsed;
}

Result<ImportReport> Importer::importFile(const QString &path)
{
    Result<QList<Article>> articles = readFile(path);
    if (!articles)
        return Result<ImportReport>::failure(articles.error());
    return importArticles(std::move(articles.value()), path);
}

Result<ImportReport> Importer::importArticles(QList<Article> articles, const QString &name)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Hashing the text for an identity is as much work as tagging it: done on the workers too.
    const auto prepare = [now](Article &a) {
        if (a.guid.isEmpty())
            a.guid = contentGuid(a);
        if (!a.published.isValid()) {
            a.published = now;
            a.publishedEstimated = true;
        }
        a.imported = now;
    };
    TaggingPipeline pipeline(std::move(articles), *m_tagger, prepare);
    const Tagger *tagger = m_tagger.get();
    const Result<AddReport> added = m_store.addArticles(
        [&](QList<TaggedArticle> &chunk) { return pipeline.next(chunk); },
        [tagger](FacetKind kind, const QString &key) { return tagger->label(kind, key); });
    if (!added)
        return Result<ImportReport>::failure(tr("%1 was not imported: %2").arg(name, added.error()));
    return ImportReport{name, added->added, added->duplicates};
}

} // namespace Clearance
