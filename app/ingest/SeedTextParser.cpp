#include "SeedTextParser.h"

#include <QCoreApplication>

namespace Clearance {

namespace {

// A title: a short block that does not read as a sentence of running text. Given twice in a row, the
// layout's own mark of a title, it may be longer (the names of three bodies make a long headline) and
// end with a full stop ("... in the Dominican Rep."): running text is never written twice in a row.
bool isTitleLike(const QString &block, bool repeated = false)
{
    if (block.size() > (repeated ? 1000 : 200) || block.isEmpty())
        return false;
    const QChar last = block.back();
    return (repeated || last != QLatin1Char('.')) && last != QLatin1Char(',') && last != QLatin1Char(';') &&
           last != QLatin1Char(':');
}

bool sameTitle(const QString &a, const QString &b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

void SeedTextParser::addBlock(QString block, bool cut)
{
    if (m_blocksSeen == 0)
        m_firstBlock = block;
    else if (m_blocksSeen == 1)
        m_firstRepeated = sameTitle(m_firstBlock, block);
    if (++m_blocksSeen == 2)
        m_firstBlock.clear();
    m_blocks.push_back(Block{std::move(block), cut});
    pump();
}

void SeedTextParser::finish()
{
    m_ended = true;
    pump();
}

void SeedTextParser::takeArticles(QList<Article> &out)
{
    out.append(std::move(m_done));
    m_done.clear();
}

// A title given twice in a row: the layout's own mark of an article, with or without text after it.
bool SeedTextParser::repeatedTitleAt(size_t k) const
{
    return k + 1 < m_blocks.size() && sameTitle(m_blocks[k].text, m_blocks[k + 1].text) &&
           isTitleLike(m_blocks[k].text, true);
}

// A block starts an article when it is a title given twice, or a title followed by running text.
// Decided only once the blocks it depends on have arrived (pump() waits for them).
bool SeedTextParser::startsArticle(size_t k) const
{
    if (k + 1 >= m_blocks.size())
        return false;
    const QString &block = m_blocks[k].text;
    const QString &next = m_blocks[k + 1].text;
    if (sameTitle(block, next))
        return isTitleLike(block, true);
    return isTitleLike(block) && !isTitleLike(next);
}

void SeedTextParser::pump()
{
    // The block after the one placed decides it; at the end of the text, what is there.
    while (!m_blocks.empty() && (m_ended || m_blocks.size() >= 2)) {
        if (!m_inArticle) {
            if (!startsArticle(0)) {
                m_blocks.pop_front(); // stray text before the first title
                continue;
            }
            m_current = Article();
            m_current.title = std::move(m_blocks.front().text);
            m_blocks.pop_front();
            m_paragraphs = 0;
            m_inArticle = true;
            if (!m_blocks.empty() && sameTitle(m_blocks.front().text, m_current.title))
                m_blocks.pop_front();
            continue;
        }
        if ((m_paragraphs > 0 && startsArticle(0)) || repeatedTitleAt(0)) {
            completeArticle();
            continue;
        }
        addParagraph(m_blocks.front());
        m_blocks.pop_front();
    }
    if (m_ended && m_inArticle)
        completeArticle();
}

void SeedTextParser::addParagraph(const Block &paragraph)
{
    if (m_current.notes.testFlag(ArticleNote::Truncated))
        return; // full: the rest of the article is dropped
    const QLatin1String separator(m_paragraphs > 0 ? "\n\n" : "");
    const qsizetype room = kMaxArticleText - m_current.body.size() - separator.size();
    QStringView text = paragraph.text;
    if (text.size() > room) {
        // Cut at the last space that fits, so no word is cut in two.
        const qsizetype space = room > 0 ? text.first(room).lastIndexOf(QLatin1Char(' ')) : -1;
        text = text.first(std::max<qsizetype>(space, 0));
        m_current.notes |= ArticleNote::Truncated;
    }
    if (paragraph.cut)
        m_current.notes |= ArticleNote::Truncated;
    if (text.isEmpty())
        return;
    m_current.body += separator;
    m_current.body += text;
    ++m_paragraphs;
}

void SeedTextParser::completeArticle()
{
    m_inArticle = false;
    ++m_count;
    m_done.append(std::move(m_current));
    m_current = Article();
}

Result<QList<Article>> SeedTextParser::parse(const QString &text)
{
    SeedTextParser parser;
    QStringList lines;
    auto flush = [&] {
        if (!lines.isEmpty())
            parser.addBlock(lines.join(QLatin1Char(' ')));
        lines.clear();
    };
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalized.remove(QChar(QChar::ByteOrderMark));
    for (const QStringView line : QStringView(normalized).split(QLatin1Char('\n'))) {
        const QString trimmed = line.toString().simplified();
        if (trimmed.isEmpty())
            flush();
        else
            lines.append(trimmed);
    }
    flush();
    parser.finish();
    QList<Article> articles;
    parser.takeArticles(articles);
    if (articles.isEmpty()) {
        return Result<QList<Article>>::failure(QCoreApplication::translate(
            "SeedTextParser",
            "The file holds no article: expected a title line, a blank line and the article's text."));
    }
    return articles;
}

} // namespace Clearance
