#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <utility>

class QSslConfiguration;
class QTcpSocket;

// A scripted HTTP/1.1 server on 127.0.0.1 for tests. Each path answers as told (status, headers, body,
// compressed or not, after a delay, dripped slowly, or never); every request is recorded. One request
// per connection, closed after the answer ("Connection: close"), so the connections it counts open at
// once are the requests in flight: what the fetcher's limits are about.
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        enum class Encoding
        {
            Identity,
            Gzip,
            Deflate,
        } encoding = Encoding::Identity; // compresses the body and says so in Content-Encoding
        bool contentLength = true;       // false: the body ends when the connection closes
        int delayMs = 0;                 // before the status line
        int chunkSize = 0;               // > 0: the body dripped in chunks this big ...
        int chunkIntervalMs = 0;         // ... one per interval
        bool stall = false;              // read the request, never answer

        Response &header(QByteArray name, QByteArray value);
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;                       // with the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen(); // on 127.0.0.1, a free port
    // The same over TLS with this certificate and key (https:// addresses); false without TLS support.
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const { return m_server->serverPort(); }
    // http(s)://<host>:<port><path>; "localhost" reaches the same server under another host name.
    QUrl url(const QByteArray &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    // What `path` answers from now on; an unscripted path answers 404.
    void respond(const QByteArray &path, Response response);
    static Response ok(QByteArray body, QByteArray contentType);
    static Response redirect(int status, QByteArray location);

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsFor(const QByteArray &path) const;
    int openConnections() const { return m_open; }
    int maxOpenConnections() const { return m_maxOpen; }
    // By the Host header's name (without the port); counted from the request to the close.
    int maxOpenConnections(const QByteArray &host) const { return m_maxOpenPerHost.value(host); }
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

private:
    struct Connection
    {
        QByteArray received;
        QByteArray host;          // of the Host header, once the request is read
        bool requestRead = false; // and counted for its host
    };

    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);
    void drip(QTcpSocket *socket, QByteArray body, int chunkSize, int intervalMs);
    void closed(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Response> m_responses;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<Request> m_requests;
    int m_open = 0;
    int m_maxOpen = 0;
    QHash<QByteArray, int> m_openPerHost;
    QHash<QByteArray, int> m_maxOpenPerHost;
    qint64 m_bodyBytesSent = 0;
};

// For data-driven tests.
Q_DECLARE_METATYPE(LoopbackHttpServer::Response)
Q_DECLARE_METATYPE(LoopbackHttpServer::Response::Encoding)
