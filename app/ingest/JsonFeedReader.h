#pragma once

#include "ArticleReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QStringDecoder>

#include <optional>

namespace Clearance {

// JSON Feed 1.0 and 1.1, and a plain JSON array of article objects (see README), read as a stream:
// the bytes are scanned a block at a time and each item is parsed alone when its closing brace
// arrives, so memory does not grow with the file. A syntax error is reported with its line and column.
class JsonFeedReader final : public ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFeedReader)

public:
    explicit JsonFeedReader(QIODevice &device);

    bool read(QList<Article> &chunk, qsizetype max) override;
    QString formatName() const override;
    QString title() const override { return m_feedTitle; }

private:
    enum class Pass
    {
        Metadata,
        Items
    };
    bool scan(QList<Article> *chunk, qsizetype wanted);
    bool nextBlock();
    void cutCapture();
    void finishCapture(int depth, QList<Article> *chunk);
    void item(const QByteArray &bytes, qint64 line, qint64 column, QList<Article> &chunk);
    void metadata(const QString &key, const QByteArray &bytes);
    QString where(qint64 line, qint64 column) const;
    Article articleFrom(const QJsonObject &o) const;

    QIODevice &m_device;
    std::optional<QStringDecoder> m_decoder; // UTF-16 or UTF-32 input, re-encoded as UTF-8
    Pass m_pass = Pass::Items;
    bool m_started = false;
    bool m_done = false;
    bool m_isFeed = false; // a JSON Feed object rather than an array of articles
    QString m_version;
    QString m_feedTitle;
    QString m_feedLanguage;
    QString m_feedUrl;

    // The scanner's state, kept between calls.
    QByteArray m_block;
    qsizetype m_at = 0;
    qint64 m_line = 1;
    qint64 m_column = 0;
    QByteArray m_stack; // open brackets
    bool m_inString = false;
    bool m_escape = false;
    bool m_expectKey = false; // the next string at the top level of the root object is a key
    QByteArray m_key;         // that key, while it is being read
    QString m_lastKey;
    int m_itemsDepth = -1;           // the depth of the values that are items
    bool m_itemsOpen = false;        // inside the array of items
    QByteArray m_capture;            // the value being captured
    qsizetype m_stringStart = 0;     // in m_capture, of the string being read
    bool m_captureTruncated = false; // a string of it was longer than an article's source: cut
    bool m_dropping = false;         // the rest of the current string is not kept
    int m_captureDepth = -1;
    qint64 m_captureLine = 0;
    qint64 m_captureColumn = 0;
    bool m_afterItem = false; // at item depth, a value ended: a comma or the end of the array must follow
    bool m_rootClosed = false;
    qint64 m_items = 0; // values met in the array of items, for the position of each
};

} // namespace Clearance
