#pragma once

#include "ArticleNote.h"

#include <QDateTime>
#include <QString>

namespace Clearance {

// A whole article as stored in the library.
struct Article
{
    qint64 id = 0;
    QString guid; // the feed's guid, or "sha1:" + a hash of title and body
    QString title;
    QString body; // plain text, paragraphs separated by a blank line; empty when the source gave none
    QString html; // optional sanitized HTML for display
    QString url;
    QString source;
    QString language; // ISO 639-1 code, empty when unknown
    QDateTime published;
    bool publishedEstimated = false; // the source gave no date: published is the import time
    QDateTime imported;
    bool read = false;
    bool starred = false;
    ArticleNotes notes;
    // The item's place among those of the file or feed it was read from (1 for the first), so that a
    // message can point at it; 0 when unknown. Not stored.
    qint64 position = 0;
};

} // namespace Clearance
