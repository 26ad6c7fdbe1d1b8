#pragma once

#include "domain/Article.h"
#include "domain/Result.h"

#include <QList>

#include <deque>

namespace Clearance {

// Reads the plain-text article layout of the sample corpus: a title, a blank line, the title again,
// a blank line, the body, a blank line; repeated. Tolerant of what editors and mailers do to such
// files: a missing repeated title, runs of blank lines, stray spaces, bodies of several paragraphs.
// A title given twice with no text after it is an article without text (ArticleNote::NoText); a body
// is kept up to kMaxArticleText (ArticleNote::Truncated).
//
// It takes the text a block at a time (the lines between blank lines, joined by spaces), so that a
// file of any size is read in constant memory: it looks one block ahead.
class SeedTextParser final
{
public:
    // The next block of the text, simplified (no line breaks, single spaces), never empty; `cut` when
    // the reader kept only its start.
    void addBlock(QString block, bool cut = false);
    // The text has ended: the last article is complete.
    void finish();
    // Moves the articles completed so far to `out`; they have no guid, dates or position.
    void takeArticles(QList<Article> &out);
    // Whether the first two blocks are the same title, which only this layout does.
    bool firstBlockRepeated() const { return m_firstRepeated; }
    // Articles completed so far, taken or not.
    qint64 articleCount() const { return m_count; }

    // The articles of a whole text, or an error when it holds no article. CR and CRLF line ends and a
    // byte-order mark are read as the streaming reader reads them.
    static Result<QList<Article>> parse(const QString &text);

private:
    void pump();
    bool startsArticle(size_t k) const;
    bool repeatedTitleAt(size_t k) const;
    void completeArticle();

    struct Block
    {
        QString text;
        bool cut = false;
    };
    void addParagraph(const Block &paragraph);

    std::deque<Block> m_blocks; // read, not yet placed
    bool m_ended = false;
    bool m_inArticle = false;
    Article m_current;
    qsizetype m_paragraphs = 0; // in m_current's body
    QList<Article> m_done;
    qint64 m_count = 0;
    qint64 m_blocksSeen = 0;
    QString m_firstBlock;
    bool m_firstRepeated = false;
};

} // namespace Clearance
