#pragma once

#include "OpmlOutline.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>

namespace Clearance {

// The subscriptions of an OPML 1.0, 1.1 or 2.0 file, as feed readers write them (RSS Guard, Liferea,
// QuiteRSS, Akregator, NetNewsWire, Feedly, Inoreader...): every outline with an xmlUrl is a feed, an
// outline of type "link" with a url is a page source (how OpmlWriter writes them), and any other
// outline is a folder for the outlines inside it. Attribute names are matched ignoring case (some
// exporters write xmlURL), a missing version is fine, and "feed://" addresses are read as http.
//
// An outline whose address is not an absolute http or https URL is left out with its reason, and the
// others are kept. A file that is not OPML, cannot be read (not XML, a broken encoding, entities that
// expand beyond reason: XmlInput's bounds), or lists no feed gives an error and no list.
class OpmlReader final
{
    Q_DECLARE_TR_FUNCTIONS(OpmlReader)

public:
    // An outline left out.
    struct Skipped
    {
        qint64 position = 0; // among the file's outlines, from 1
        QString title;       // as the outline names itself, else its address
        QString reason;      // one sentence, translated
    };
    struct Document
    {
        QString title; // the <head>'s <title>
        QList<OpmlOutline> outlines;
        QList<Skipped> skipped;
    };

    // Bounds on what a file can make the reader hold: no subscription list comes near them.
    static constexpr qint64 kMaxFileSize = qint64(32) * 1024 * 1024;
    static constexpr qsizetype kMaxOutlines = 50'000;
    static constexpr int kMaxDepth = 64;

    // The device must outlive the call; XmlInput reads it (seekable, or read through QXmlStreamReader).
    static Result<Document> read(QIODevice &device);
    static Result<Document> read(const QByteArray &bytes);
};

} // namespace Clearance
