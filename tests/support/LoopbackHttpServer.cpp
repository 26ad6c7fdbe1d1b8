#include "LoopbackHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslServer>
#endif

#include <array>

namespace {

QByteArray reasonOf(int status)
{
    static const QHash<int, QByteArray> reasons{{200, "OK"},
                                                {204, "No Content"},
                                                {301, "Moved Permanently"},
                                                {302, "Found"},
                                                {303, "See Other"},
                                                {304, "Not Modified"},
                                                {307, "Temporary Redirect"},
                                                {308, "Permanent Redirect"},
                                                {404, "Not Found"},
                                                {410, "Gone"},
                                                {429, "Too Many Requests"},
                                                {500, "Internal Server Error"},
                                                {503, "Service Unavailable"}};
    return reasons.value(status, "Whatever");
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray littleEndian(quint32 value)
{
    QByteArray bytes;
    for (int i = 0; i < 4; ++i)
        bytes += char((value >> (8 * i)) & 0xffu);
    return bytes;
}

// qCompress gives a 4-byte length then a zlib stream (RFC 1950), which is what "deflate" means in
// HTTP; gzip (RFC 1952) wraps the same raw deflate data in its own header and trailer.
QByteArray deflate(const QByteArray &data)
{
    return qCompress(data).mid(4);
}

QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = deflate(data);
    const QByteArray raw = zlib.mid(2, zlib.size() - 6); // less the zlib header and Adler-32
    static constexpr std::array<char, 10> header{'\x1f', '\x8b', 8, 0, 0, 0, 0, 0, 0, '\xff'};
    return QByteArray(header.data(), header.size()) + raw + littleEndian(crc32(data)) +
           littleEndian(quint32(data.size()));
}

} // namespace

LoopbackHttpServer::Response &LoopbackHttpServer::Response::header(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{}

// The sockets still open are the QTcpServer's children: closing, they would report it to a server
// whose members are already gone.
LoopbackHttpServer::~LoopbackHttpServer()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        it.key()->disconnect(this);
    m_server.reset();
}

bool LoopbackHttpServer::listen()
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

// A QSslServer hands over a connection once its handshake succeeded: one the client refused never
// shows up here, nor among the requests.
bool LoopbackHttpServer::listenTls(const QSslConfiguration &configuration)
{
#if QT_CONFIG(ssl)
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    m_server = std::move(server);
    m_tls = true;
    return listen();
#else
    Q_UNUSED(configuration);
    return false;
#endif
}

QUrl LoopbackHttpServer::url(const QByteArray &path, const QString &host) const
{
    const QString scheme = m_tls ? QStringLiteral("https") : QStringLiteral("http");
    const QString text =
        scheme + QStringLiteral("://") + host + u':' + QString::number(port()) + QString::fromLatin1(path);
    return QUrl(text);
}

void LoopbackHttpServer::respond(const QByteArray &path, Response response)
{
    m_responses.insert(path, std::move(response));
}

LoopbackHttpServer::Response LoopbackHttpServer::ok(QByteArray body, QByteArray contentType)
{
    Response response;
    response.body = std::move(body);
    response.header("Content-Type", std::move(contentType));
    return response;
}

LoopbackHttpServer::Response LoopbackHttpServer::redirect(int status, QByteArray location)
{
    Response response;
    response.status = status;
    response.header("Location", std::move(location));
    return response;
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requestsFor(const QByteArray &path) const
{
    QList<Request> found;
    for (const Request &request : m_requests) {
        if (request.path == path)
            found << request;
    }
    return found;
}

void LoopbackHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        m_maxOpen = std::max(m_maxOpen, ++m_open);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closed(socket); });
    }
}

void LoopbackHttpServer::read(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.received += socket->readAll();
    const qsizetype end = connection.received.indexOf("\r\n\r\n");
    if (connection.requestRead || end < 0)
        return;
    connection.requestRead = true;

    const QList<QByteArray> lines = connection.received.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request{requestLine.value(0), requestLine.value(1), {}};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    m_requests << request;
    QByteArray host = request.header("host");
    if (const qsizetype colon = host.lastIndexOf(':'); colon > 0 && !host.endsWith(']'))
        host.truncate(colon);
    connection.host = host;
    m_maxOpenPerHost[host] = std::max(m_maxOpenPerHost.value(host), ++m_openPerHost[host]);

    Response response;
    response.status = 404;
    response = m_responses.value(request.path, response);
    if (response.stall)
        return;
    QTimer::singleShot(response.delayMs, socket, [this, socket, response] { answer(socket, response); });
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    QByteArray body = response.body;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonOf(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.encoding == Response::Encoding::Gzip) {
        body = gzip(body);
        head += "Content-Encoding: gzip\r\n";
    } else if (response.encoding == Response::Encoding::Deflate) {
        body = deflate(body);
        head += "Content-Encoding: deflate\r\n";
    }
    if (response.contentLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    if (response.chunkSize > 0) {
        socket->write(head);
        return drip(socket, body, response.chunkSize, response.chunkIntervalMs);
    }
    socket->write(head + body);
    m_bodyBytesSent += body.size();
    socket->disconnectFromHost();
}

// One chunk per tick while the client listens; the timer is the socket's child, so a client that
// hangs up stops it.
void LoopbackHttpServer::drip(QTcpSocket *socket, QByteArray body, int chunkSize, int intervalMs)
{
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket,
            [this, socket, timer, body, chunkSize, sent = qsizetype(0)]() mutable {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return timer->stop();
                const QByteArray chunk = body.mid(sent, chunkSize);
                socket->write(chunk);
                sent += chunk.size();
                m_bodyBytesSent += chunk.size();
                if (sent >= body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                }
            });
    timer->start(intervalMs);
}

void LoopbackHttpServer::closed(QTcpSocket *socket)
{
    const Connection connection = m_connections.take(socket);
    --m_open;
    if (connection.requestRead)
        --m_openPerHost[connection.host];
    socket->deleteLater();
}
