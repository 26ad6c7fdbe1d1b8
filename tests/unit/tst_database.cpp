#include "TestLibrary.h"
#include "storage/LibraryIdentity.h"
#include "storage/Schema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Clearance;

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCurrentSchemaWithPragmas();
    void reopensWithoutMigrating();
    void migratesOldLibraryAfterBackup();
    void migratesAutomaticTagsToOneRowEach();
    void migratedArticlesHaveNoNotesAndTakeHeadlines();
    void refuses_data();
    void refuses();
    void refusesNewerSchema();
    void recognisesLibrariesBeforeTheStamp_data();
    void recognisesLibrariesBeforeTheStamp();
    void leavesForeignDatabasesUntouched_data();
    void leavesForeignDatabasesUntouched();
    void createsLibraryInEmptyFile();
    void readsWithoutWriting();
    void opensUnwritableFileForReading();
    void twoConnectionsShareAFile();
};

namespace {
QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Runs `statements` on the file with a plain connection (as another program, or an older release).
bool writeRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        if (!ok)
            qWarning() << "cannot write the raw database:" << q.lastError().text();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// The schema of `version`, as the releases before the application id wrote it (no stamp).
QStringList oldSchema(int version)
{
    QStringList statements;
    for (int v = 0; v < version; ++v)
        statements += Schema::migrations().at(v);
    // Version 3 and later fold the search text with clearance_fold, which a plain connection lacks;
    // its index is empty here anyway.
    statements.removeIf(
        [](const QString &s) { return s.contains(QLatin1String("SELECT id, clearance_fold")); });
    statements.append(QStringLiteral("PRAGMA user_version=%1").arg(version));
    return statements;
}

// Writes a version 1 library, as the first release did, holding what `statements` insert.
bool writeVersion1(const QString &path, std::initializer_list<const char *> statements)
{
    QStringList all = oldSchema(1);
    for (const char *sql : statements)
        all.append(QString::fromLatin1(sql));
    return writeRaw(path, all);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whatever SQLite or a migration leaves beside a file: journals and backups.
QStringList leftBeside(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral("?*")}, QDir::Files);
}
} // namespace

void TestDatabase::createsCurrentSchemaWithPragmas()
{
    TestLibrary library;
    QCOMPARE(library.database->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(scalar(*library.database, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(scalar(*library.database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(*library.database, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(scalar(*library.database, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    const QString fts =
        scalar(*library.database, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'"))
            .toString();
    QVERIFY2(fts.contains(QLatin1String("remove_diacritics 2")), qPrintable(fts));
    QVERIFY2(fts.contains(QLatin1String("content='articles'")), qPrintable(fts));
    QVERIFY(!QFile::exists(library.path() + QStringLiteral(".v0.backup")));
    QCOMPARE(scalar(*library.database, QStringLiteral("PRAGMA application_id")).toInt(),
             LibraryIdentity::kApplicationId);
}

void TestDatabase::reopensWithoutMigrating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
    }
    Database again(path);
    QVERIFY(again.open());
    QCOMPARE(again.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.backup")}).size(), 0);
}

void TestDatabase::migratesOldLibraryAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // A version 1 library with one article, as the first release wrote it.
    QVERIFY(writeVersion1(path, {"INSERT INTO articles (guid, title, body, published_at, imported_at) "
                                 "VALUES ('g', 'Old title', 'Old body', 1, 1)"}));

    Database db(path);
    const Status s = db.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM articles")).toString(),
             QStringLiteral("Old title"));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM saved_views")).isValid());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), LibraryIdentity::kApplicationId);

    const QString backup = path + QStringLiteral(".v1.backup");
    QVERIFY(QFile::exists(backup));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(backup);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT title FROM articles")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Old title"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

void TestDatabase::migratesAutomaticTagsToOneRowEach()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tags.sqlite"));
    // Up to version 3 every tag was a row of article_facets, automatic or manual.
    QVERIFY(writeVersion1(
        path, {"INSERT INTO articles (id, guid, title, body, published_at, imported_at) VALUES "
               "(1, 'g1', 'One', 'Body', 1, 1), (2, 'g2', 'Two', 'Body', 2, 2), (3, 'g3', 'Three', 'Body', "
               "3, 3)",
               "INSERT INTO facets (id, kind, key, label) VALUES (1, 'region', 'africa', 'Africa'), "
               "(2, 'region', 'lldc', 'LLDCs'), (3, 'organization', 'wco', 'WCO'), (4, 'region', 'sids', "
               "'SIDS')",
               "INSERT INTO article_facets (article_id, facet_id, origin) VALUES (1, 3, 'auto'), "
               "(1, 1, 'auto'), (1, 2, 'auto'), (2, 3, 'auto'), (2, 4, 'manual'), (3, 1, 'manual')",
               "INSERT INTO article_facet_removals (article_id, facet_id) VALUES (2, 1)"}));

    Database db(path);
    const Status s = db.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(article_id || ':' || facet_ids, ' ') FROM "
                                       "(SELECT * FROM article_auto_facets ORDER BY article_id)"))
                 .toString(),
             QStringLiteral("1:[1,2,3] 2:[3]"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT group_concat(article_id || ':' || facet_id || ':' || origin, ' ') "
                                  "FROM article_facets"))
            .toString(),
        QStringLiteral("2:4:manual 3:1:manual"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM article_facet_removals")).toInt(), 1);

    // Every tag is where it was for the reader: the article's tags and the filters.
    ArticleStore store(db);
    const auto keys = [&](qint64 id) {
        QStringList out;
        const auto facets = store.articleFacets(id);
        for (const Facet &f : *facets)
            out.append(f.key);
        return out;
    };
    QCOMPARE(keys(1), (QStringList{QStringLiteral("wco"), QStringLiteral("africa"), QStringLiteral("lldc")}));
    QCOMPARE(keys(2), (QStringList{QStringLiteral("wco"), QStringLiteral("sids")}));
    QCOMPARE(keys(3), QStringList{QStringLiteral("africa")});
    ArticleFilter africa;
    africa.values(FacetKind::Region) = {QStringLiteral("africa")};
    QCOMPARE(*store.countArticles(africa), 2);
    ArticleFilter wco;
    wco.values(FacetKind::Organization) = {QStringLiteral("wco")};
    QCOMPARE(*store.countArticles(wco), 2);
}

void TestDatabase::migratedArticlesHaveNoNotesAndTakeHeadlines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(writeVersion1(path, {"INSERT INTO articles (id, guid, title, body, published_at, imported_at) "
                                 "VALUES (1, 'g1', 'Old', 'Old body', 1, 1)"}));
    Database db(path);
    const Status s = db.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    // Articles of an older library carry no note; the library now takes one without text.
    ArticleStore store(db);
    QCOMPARE(store.article(1)->notes, ArticleNotes());
    TaggedArticle headline;
    headline.article.guid = QStringLiteral("g2");
    headline.article.title = QStringLiteral("Headline only");
    headline.article.notes = ArticleNote::NoText;
    headline.article.published = QDateTime::currentDateTimeUtc();
    headline.article.imported = headline.article.published;
    const auto added = store.addArticles({headline}, {});
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->added, 1);
    const qint64 id = scalar(db, QStringLiteral("SELECT id FROM articles WHERE guid = 'g2'")).toLongLong();
    QCOMPARE(store.article(id)->notes, ArticleNotes(ArticleNote::NoText));
    QCOMPARE(scalar(db, QStringLiteral("SELECT quote(body) FROM articles WHERE guid = 'g2'")).toString(),
             QStringLiteral("''"));
}

void TestDatabase::refuses_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("text file") << QByteArray("This is a letter, not a database.\n").repeated(50)
                               << QStringLiteral("not a Clearance library");
    QTest::newRow("png file") << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001").repeated(40)
                              << QStringLiteral("not a Clearance library");
}

void TestDatabase::refuses()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(messagePart), qPrintable(s.error()));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), content); // untouched
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::currentSchemaVersion() + 5)));
    }
    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("newer version of Clearance")), qPrintable(s.error()));
}

void TestDatabase::twoConnectionsShareAFile()
{
    TestLibrary library;
    Database second(library.path());
    QVERIFY(second.open());
    ArticleStore other(second);
    TaggedArticle t;
    t.article.guid = QStringLiteral("x");
    t.article.title = QStringLiteral("Written by the second connection");
    t.article.body = QStringLiteral("Body.");
    QCOMPARE(other.addArticles({t}, {})->added, 1);
    QCOMPARE(*library.store->countArticles(), 1);
}

void TestDatabase::recognisesLibrariesBeforeTheStamp_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("own"); // what a team added to its library
    for (int v = 1; v <= Database::currentSchemaVersion(); ++v)
        QTest::addRow("version %d", v) << v << QStringList();
    // A rule or an index of the team's own: the tables are Clearance's all the same.
    QTest::newRow("version 1 with a trigger and an index of its own")
        << 1
        << QStringList{QStringLiteral("CREATE TRIGGER no_empty BEFORE INSERT ON articles WHEN new.title = '' "
                                      "BEGIN SELECT RAISE(ABORT, 'empty'); END"),
                       QStringLiteral("CREATE INDEX by_source ON articles(source)")};
}

void TestDatabase::recognisesLibrariesBeforeTheStamp()
{
    QFETCH(int, version);
    QFETCH(QStringList, own);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QStringList statements = oldSchema(version) + own;
    statements.append(QStringLiteral("INSERT INTO articles (guid, title, body, published_at, imported_at) "
                                     "VALUES ('g', 'Kept', 'Body', 1, 1)"));
    QVERIFY(writeRaw(path, statements));

    Database db(path);
    const Status s = db.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), LibraryIdentity::kApplicationId);
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM articles")).toString(), QStringLiteral("Kept"));
    // A backup only when the schema changed.
    QCOMPARE(QFile::exists(path + QStringLiteral(".v%1.backup").arg(version)),
             version < Database::currentSchemaVersion());
}

void TestDatabase::leavesForeignDatabasesUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    const auto row = [](const char *name, QStringList statements) { QTest::newRow(name) << statements; };
    row("another program's database",
        {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
         QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")});
    row("a table named articles",
        {QStringLiteral("CREATE TABLE articles (id INTEGER PRIMARY KEY, headline TEXT)"),
         QStringLiteral("INSERT INTO articles (headline) VALUES ('theirs')")});
    row("a low user_version",
        {QStringLiteral("CREATE TABLE articles (x)"), QStringLiteral("PRAGMA user_version=1")});
    row("an old schema with one more table", oldSchema(2) << QStringLiteral("CREATE TABLE extra (x)"));
    row("another application id", oldSchema(5) << QStringLiteral("PRAGMA application_id=1234"));
    row("no table left", {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")});
    row("write-ahead log",
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("CREATE TABLE notes (x)")});
}

void TestDatabase::leavesForeignDatabasesUntouched()
{
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    QVERIFY(writeRaw(path, statements));
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());
    for (Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        {
            Database db(path, access);
            const Status s = db.open();
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(QLatin1String("not a Clearance library")), qPrintable(s.error()));
        }
        QCOMPARE(contents(path), before);
        QCOMPARE(leftBeside(path), QStringList());
    }
}

void TestDatabase::createsLibraryInEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reserved.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    {
        // Reading an empty file does not make it a library.
        Database reader(path, Database::Access::ReadOnly);
        QVERIFY(!reader.open().ok());
        QCOMPARE(QFileInfo(path).size(), 0);
    }
    Database db(path);
    const Status s = db.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
}

void TestDatabase::readsWithoutWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open());
        QVERIFY(
            QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO articles (guid, title, body, published_at, imported_at) "
                                     "VALUES ('g', 'T', 'B', 1, 1)")));
    }
    const QByteArray before = contents(path);
    {
        Database db(path, Database::Access::ReadOnly);
        const Status s = db.open();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(db.isReadOnly());
        QCOMPARE(*ArticleStore(db).countArticles(), 1);
        QSqlQuery write(db.connection());
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM articles")));
        QCOMPARE(write.lastError().nativeErrorCode(), QStringLiteral("8")); // SQLITE_READONLY
    }
    QCOMPARE(contents(path), before);
    QCOMPARE(leftBeside(path), QStringList());
}

void TestDatabase::opensUnwritableFileForReading()
{
    if (::geteuid() == 0)
        QSKIP("root writes whatever the permissions say (the cli.readonly tests run as nobody)");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    const QString path = folder + QStringLiteral("/lib.sqlite");
    QVERIFY(QDir().mkpath(folder));
    {
        Database db(path);
        QVERIFY(db.open());
    }
    const QByteArray before = contents(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    {
        Database reader(path, Database::Access::ReadOnly);
        const Status s = reader.open();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(*ArticleStore(reader).countArticles(), 0);
        Database writer(path);
        const Status refused = writer.open();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("read-only")), qPrintable(refused.error()));
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(contents(path), before);
    QCOMPARE(leftBeside(path), QStringList());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
