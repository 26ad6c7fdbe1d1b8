#pragma once

#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh library file in a temporary folder, open, for one test.
class TestLibrary final
{
public:
    TestLibrary()
        : database(std::make_unique<Clearance::Database>(dir.filePath(QStringLiteral("library.sqlite"))))
    {
        const Clearance::Status s = database->open();
        if (!s)
            qFatal("cannot open the test library: %s", qPrintable(s.error()));
        store = std::make_unique<Clearance::ArticleStore>(*database);
    }

    QString path() const { return database->path(); }

    QTemporaryDir dir;
    std::unique_ptr<Clearance::Database> database;
    std::unique_ptr<Clearance::ArticleStore> store;
};

inline QString testData(const QString &relative)
{
    return QStringLiteral(CLEARANCE_TEST_DATA "/") + relative;
}

// The small taxonomy of tests/data/taxonomy: each matching rule with an example of its own.
inline QStringList fixtureTaxonomyFiles()
{
    QStringList files;
    for (const char *name : {"countries", "regions", "organizations", "initiatives", "administrations"})
        files.append(testData(QStringLiteral("taxonomy/%1.json").arg(QLatin1String(name))));
    return files;
}
