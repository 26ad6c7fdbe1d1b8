#pragma once

#include "ArticleReader.h"
#include "SeedTextParser.h"
#include "TextStreamDecoder.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Clearance {

// A text file, read as a stream: the articles of the sample corpus's layout (SeedTextParser) when the
// text is in it, else one article whose first line is the title (plain text). The file is decoded a
// block at a time, so memory does not grow with its size: a gigabyte of articles imports as a
// megabyte does. Which of the two it is shows early in a file of many articles (its first title given
// twice, or a second article); until then the text read is kept, at most one article's worth.
class TextReader final : public ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(TextReader)

public:
    // `device` must outlive the reader; `decoder` is the one its first bytes call for.
    TextReader(QIODevice &device, TextStreamDecoder decoder);

    bool read(QList<Article> &chunk, qsizetype max) override;
    QString formatName() const override;

private:
    enum class Layout
    {
        Undecided,
        Articles, // the sample corpus's layout
        Plain     // one article
    };
    // Reads and decodes the next block of the file and hands its lines on; false at the end.
    bool readBlock();
    void splitLines(bool atEnd);
    void addLine(QStringView line);
    void endBlock();
    void end();
    void decide();
    void plainArticle();

    QIODevice &m_device;
    TextStreamDecoder m_decoder;
    SeedTextParser m_parser;
    Layout m_layout = Layout::Undecided;
    bool m_ended = false;
    QString m_text;  // decoded, not yet split into lines
    QString m_block; // the lines of the current block, joined
    bool m_blockCut = false;
    QString m_raw; // while undecided: the text so far, for a plain article
    bool m_rawCut = false;
    QList<Article> m_ready; // complete, not yet handed out
    qsizetype m_next = 0;   // in m_ready
    qint64 m_position = 0;
};

} // namespace Clearance
