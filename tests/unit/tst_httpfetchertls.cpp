#include "FetchTestSupport.h"
#include "LoopbackHttpServer.h"
#include "fetch/HttpFetcher.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Clearance;
using FetchTestSupport::finishes;

// TLS errors are never ignored: a server whose certificate nobody vouches for gets no request, and the
// failure names the reason. The certificate is made at run time with the openssl command.
class TestHttpFetcherTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesASelfSignedCertificate();

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_configuration;
};

void TestHttpFetcherTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl command to make a certificate with");
    QVERIFY(m_dir.isValid());
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
                            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QFile keyFile(key);
    QFile certificateFile(certificate);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    m_configuration = QSslConfiguration::defaultConfiguration();
    m_configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    m_configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    QVERIFY(!m_configuration.privateKey().isNull());
    QVERIFY(!m_configuration.localCertificate().isNull());
}

void TestHttpFetcherTls::refusesASelfSignedCertificate()
{
    LoopbackHttpServer server;
    QVERIFY(server.listenTls(m_configuration));
    server.respond("/feed", LoopbackHttpServer::ok("<rss/>", "application/rss+xml"));
    HttpFetcher fetcher(FetchTestSupport::options());
    const QUrl url = server.url("/feed");
    QCOMPARE(url.scheme(), QStringLiteral("https"));

    const QFuture<FetchResult> future = fetcher.fetch({.url = url});
    QVERIFY(finishes(future));
    const FetchResult result = future.result();
    QCOMPARE(result.outcome, FetchOutcome::Failed);
    QCOMPARE(result.httpStatus, 0);
    const QString reason = QSslError(QSslError::SelfSignedCertificate).errorString();
    QVERIFY2(result.error.startsWith(QStringLiteral("The secure connection to ") + url.toDisplayString()),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY(server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpFetcherTls)
#include "tst_httpfetchertls.moc"
