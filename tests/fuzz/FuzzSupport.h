#pragma once

// What every fuzz target here does with its input: wrap it in a device, read it all, touch the result.

#include "ingest/ArticleReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace Clearance::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Reads every article, in small chunks so the chunk boundaries are exercised too.
inline void drain(ArticleReader &reader)
{
    QList<Article> chunk;
    while (reader.read(chunk, 3))
        chunk.clear();
    (void)reader.error().size();
    (void)reader.formatName();
}

} // namespace Clearance::Fuzz
