#include "TextReader.h"

#include "html/HtmlSanitizer.h"

namespace Clearance {

namespace {

// Bytes read from the file at a time.
constexpr qint64 kBlockSize = 256 * 1024;

// Text kept of one block or, while the layout is undecided, of the whole text: what an article keeps.
constexpr qsizetype kMaxKept = kMaxArticleText;

} // namespace

TextReader::TextReader(QIODevice &device, TextStreamDecoder decoder)
    : m_device(device)
    , m_decoder(std::move(decoder))
{}

QString TextReader::formatName() const
{
    return tr("text");
}

bool TextReader::read(QList<Article> &chunk, qsizetype max)
{
    while (m_ready.size() - m_next < max && !m_ended && m_error.isEmpty()) {
        if (!readBlock())
            end();
        if (m_layout != Layout::Undecided || m_ended)
            m_parser.takeArticles(m_ready);
    }
    if (!m_error.isEmpty())
        return false;
    qsizetype given = 0;
    for (; given < max && m_next < m_ready.size(); ++given) {
        Article &article = m_ready[m_next++];
        article.position = ++m_position;
        deliver(std::move(article), chunk);
    }
    // What was handed out goes, so that the list holds only what waits (it would otherwise keep an
    // emptied article for every one of the file).
    m_ready.remove(0, m_next);
    m_next = 0;
    return !m_ended || !m_ready.isEmpty();
}

bool TextReader::readBlock()
{
    const QByteArray bytes = m_device.read(kBlockSize);
    if (bytes.isEmpty())
        return false;
    if (!m_decoder.decode(bytes, m_text)) {
        m_error = m_decoder.error();
        return true;
    }
    splitLines(false);
    return true;
}

void TextReader::splitLines(bool atEnd)
{
    const qsizetype n = m_text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_text.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        // A CR at the end of what is decoded may be the first half of a CRLF.
        if (c == QLatin1Char('\r') && i + 1 == n && !atEnd)
            break;
        addLine(QStringView(m_text).sliced(start, i - start));
        if (c == QLatin1Char('\r') && i + 1 < n && m_text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    if (atEnd && start < n) {
        addLine(QStringView(m_text).sliced(start));
        start = n;
    }
    m_text.remove(0, start);
    // A line without an end in sight is kept only as far as an article keeps text.
    if (m_text.size() > kMaxKept) {
        addLine(QStringView(m_text).first(kMaxKept));
        m_text.clear();
    }
}

void TextReader::addLine(QStringView line)
{
    if (m_layout == Layout::Undecided && !m_rawCut) {
        QStringView kept = line;
        const qsizetype room = kMaxKept - m_raw.size() - 1;
        if (kept.size() > room) {
            // Cut at the last space that fits, so no word is cut in two.
            kept = kept.first(
                std::max<qsizetype>(room > 0 ? kept.first(room).lastIndexOf(QLatin1Char(' ')) : 0, 0));
            m_rawCut = true;
        }
        m_raw += kept;
        m_raw += QLatin1Char('\n');
    }
    // The line joins the block with its white space collapsed, as QString::simplified() would, and
    // byte-order marks dropped; its words are appended straight into the block, since this runs for
    // every line of the file.
    const qsizetype n = line.size();
    bool words = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = line.at(i);
        if (c.isSpace() || c == QChar(QChar::ByteOrderMark)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && !line.at(end).isSpace() && line.at(end) != QChar(QChar::ByteOrderMark))
            ++end;
        words = true;
        if (m_blockCut)
            break;
        const qsizetype room = kMaxKept - m_block.size() - (m_block.isEmpty() ? 0 : 1);
        if (end - i > room) {
            m_blockCut = true;
            break;
        }
        if (!m_block.isEmpty())
            m_block += QLatin1Char(' ');
        m_block += line.sliced(i, end - i);
        i = end;
    }
    if (!words)
        endBlock(); // a blank line
}

void TextReader::endBlock()
{
    if (m_block.isEmpty())
        return;
    m_parser.addBlock(std::exchange(m_block, QString()), std::exchange(m_blockCut, false));
    if (m_layout == Layout::Undecided)
        decide();
}

void TextReader::decide()
{
    // A title given twice, or an article followed by another, is the layout; one plain article cannot
    // look like either.
    if (m_parser.firstBlockRepeated() || m_parser.articleCount() > 0) {
        m_layout = Layout::Articles;
        m_raw = QString();
    }
}

void TextReader::end()
{
    m_ended = true;
    if (!m_decoder.finish()) {
        m_error = m_decoder.error();
        return;
    }
    splitLines(true);
    endBlock();
    m_parser.finish();
    if (m_layout == Layout::Undecided && !m_parser.firstBlockRepeated() && m_parser.articleCount() <= 1) {
        m_layout = Layout::Plain;
        plainArticle();
        return;
    }
    m_layout = Layout::Articles;
}

void TextReader::plainArticle()
{
    // One article: the first line is its title, the rest its text.
    QList<Article> unused;
    m_parser.takeArticles(unused);
    const QString trimmed = std::exchange(m_raw, QString()).trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    Article article;
    article.title = trimmed.left(newline < 0 ? trimmed.size() : newline).simplified();
    article.body =
        newline < 0 ? QString() : HtmlSanitizer::plainParagraphs(QStringView(trimmed).mid(newline + 1));
    if (article.title.isEmpty() || article.body.isEmpty()) {
        m_error =
            tr("The file holds no article: expected a title line, a blank line and the article's text.");
        return;
    }
    if (m_rawCut)
        article.notes |= ArticleNote::Truncated;
    m_ready.append(std::move(article));
}

} // namespace Clearance
