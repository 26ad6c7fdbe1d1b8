#include "LoopbackHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// clearance-cli fetch, sources add (discovery) and sources import-opml/export-opml against a scripted
// server on 127.0.0.1: the command line's contract (output, exit status) with the network in it.
class TestCliFetch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fetchPrintsEachSourceAndFailsOnlyWhenOneFailed();
    void addFindsThePageFeed();
    void addRefusesAPageWithoutAFeed();
    void opmlRoundTrip();
    void importOpmlRefusesWhatIsNoOpml();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs clearance-cli on the test's library, the event loop (and so the server) running meanwhile.
    Run cli(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestCliFetch::init()
{
    QVERIFY(m_dir.isValid());
    m_library =
        m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
}

TestCliFetch::Run TestCliFetch::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Loopback requests must not go through a proxy the machine may have.
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("https_proxy"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLEARANCE_CLI), QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                             QStringLiteral("--library"), m_library} +
                                                     arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    // The server answers from this thread's event loop, which the wait keeps running.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliFetch::fetchPrintsEachSourceAndFailsOnlyWhenOneFailed()
{
    const QByteArray rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback news</title>"
        "<item><guid>1</guid><title>Mali joins the WCO plan</title><description>Mali customs."
        "</description></item></channel></rss>";
    m_server->respond("/feed.xml", LoopbackHttpServer::ok(rss, "application/rss+xml"));
    Run run = cli({QStringLiteral("sources"), QStringLiteral("add"), m_server->url("/feed.xml").toString(),
                   QStringLiteral("--no-check")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("1\n"));

    run = cli({QStringLiteral("fetch"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray reports = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports[0][QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QCOMPARE(reports[0][QStringLiteral("new")].toInt(), 1);
    QCOMPARE(reports[0][QStringLiteral("http_status")].toInt(), 200);

    // The article is in the library, from that source.
    run = cli({QStringLiteral("list"), QStringLiteral("--source"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);

    // A second source that fails: exit status 1, the first still reported.
    m_server->respond("/broken.xml", LoopbackHttpServer::Response{500, {}, "oops"});
    QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("add"), m_server->url("/broken.xml").toString(),
                  QStringLiteral("--no-check")})
                 .exitCode,
             0);
    run = cli({QStringLiteral("fetch")});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("id\tstatus\thttp_status\tnew\tupdated\tunchanged\ttitle\terror"));
    QVERIFY2(lines[1].startsWith("1\tok\t200\t0\t0\t1\t"), lines[1].constData());
    QVERIFY2(lines[2].startsWith("2\tfailed\t500\t0\t0\t0\t"), lines[2].constData());

    // --source ID fetches that one; --due-only fetches nothing now (both were just fetched).
    run = cli({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split('\n').size(), 2);
    run = cli({QStringLiteral("fetch"), QStringLiteral("--due-only")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split('\n').size(), 1);
    QCOMPARE(cli({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("9")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("x")}).exitCode, 2);
}

void TestCliFetch::addFindsThePageFeed()
{
    m_server->respond("/", LoopbackHttpServer::ok("<html><head><title>Customs</title><link rel=\"alternate\" "
                                                  "type=\"application/rss+xml\" title=\"Customs news\" "
                                                  "href=\"/news.rss\"></head><body>Welcome</body></html>",
                                                  "text/html"));
    const Run run = cli({QStringLiteral("sources"), QStringLiteral("add"), m_server->url("/").toString()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("news.rss"), run.err.constData());
    const Run listed = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    const QJsonArray sources = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][QStringLiteral("url")].toString(), m_server->url("/news.rss").toString());
    QCOMPARE(sources[0][QStringLiteral("title")].toString(), QStringLiteral("Customs news"));
}

void TestCliFetch::addRefusesAPageWithoutAFeed()
{
    m_server->respond("/news", LoopbackHttpServer::ok("<html><body><p>News</p></body></html>", "text/html"));
    Run run = cli({QStringLiteral("sources"), QStringLiteral("add"), m_server->url("/news").toString()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("--page"), run.err.constData());
    // Unreachable: refused with the reason, nothing added.
    run = cli({QStringLiteral("sources"), QStringLiteral("add"), m_server->url("/missing").toString()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("404"), run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("sources"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")})
                                         .out)
                 .array()
                 .size(),
             0);
}

void TestCliFetch::opmlRoundTrip()
{
    const QString opml = m_dir.filePath(QStringLiteral("in.opml"));
    QFile file(opml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>"
               "<outline text=\"International\"><outline text=\"WTO news\" type=\"rss\" "
               "xmlUrl=\"https://www.wto.org/library/rss/latest_news_e.xml\"/>"
               "<outline text=\"Douanes &amp; commerce\" type=\"rss\" "
               "xmlUrl=\"https://example.org/fr.xml\"/></outline>"
               "<outline text=\"Relative\" type=\"rss\" xmlUrl=\"/feed.xml\"/></body></opml>");
    file.close();
    Run run = cli({QStringLiteral("sources"), QStringLiteral("import-opml"), opml});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 sources added"), run.out.constData());
    QVERIFY2(run.err.contains("Relative"), run.err.constData()); // left out, with its reason
    // Importing it again adds nothing.
    run = cli({QStringLiteral("sources"), QStringLiteral("import-opml"), opml});
    QVERIFY2(run.out.contains("0 sources added, 2 already followed"), run.out.constData());

    const QString out = m_dir.filePath(QStringLiteral("out.opml"));
    run = cli({QStringLiteral("sources"), QStringLiteral("export-opml"), out});
    QCOMPARE(run.exitCode, 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray exported = written.readAll();
    QVERIFY(exported.contains("xmlUrl=\"https://www.wto.org/library/rss/latest_news_e.xml\""));
    QVERIFY(exported.contains("Douanes &amp; commerce"));
    QVERIFY(exported.contains("text=\"International\""));
    // And standard output.
    run = cli({QStringLiteral("sources"), QStringLiteral("export-opml"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<?xml"));
    QVERIFY(run.out.contains("xmlUrl=\"https://example.org/fr.xml\""));
}

void TestCliFetch::importOpmlRefusesWhatIsNoOpml()
{
    const QString path = m_dir.filePath(QStringLiteral("feed.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>");
    file.close();
    const Run run = cli({QStringLiteral("sources"), QStringLiteral("import-opml"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("feed.xml"));
    QVERIFY(!QFile::exists(m_library)); // nothing created
}

QTEST_GUILESS_MAIN(TestCliFetch)
#include "tst_clifetch.moc"
