#include "FtsTokenizer.h"

#include "domain/Logging.h"

#include <QByteArray>

#include <limits>
#include <mutex>
#include <sqlite3.h>

namespace Clearance::FtsTokenizer {

namespace {

// One unicode61 tokenizer for the process, created on first use. It needs a connection only to
// reach FTS5's API; the connection is kept open for as long as the tokenizer lives.
class SharedTokenizer final
{
public:
    SharedTokenizer()
    {
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK) {
            qCWarning(lcLibrary, "Search: no in-memory SQLite connection for the tokenizer");
            return;
        }
        fts5_api *api = nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
            sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
            sqlite3_step(statement);
        }
        sqlite3_finalize(statement);
        void *context = nullptr;
        // The same options as the articles_fts table's tokenize='unicode61 remove_diacritics 2'.
        const char *options[] = {"remove_diacritics", "2"};
        if (api == nullptr || api->xFindTokenizer(api, "unicode61", &context, &m_module) != SQLITE_OK ||
            m_module.xCreate(context, options, 2, &m_tokenizer) != SQLITE_OK) {
            qCWarning(lcLibrary, "Search: SQLite's FTS5 unicode61 tokenizer is not available");
            m_tokenizer = nullptr;
        }
    }

    ~SharedTokenizer()
    {
        if (m_tokenizer != nullptr)
            m_module.xDelete(m_tokenizer);
        sqlite3_close(m_db);
    }

    SharedTokenizer(const SharedTokenizer &) = delete;
    SharedTokenizer &operator=(const SharedTokenizer &) = delete;

    QStringList words(QStringView text)
    {
        struct Collected
        {
            const QByteArray &utf8;
            QStringList words;
        };
        const QByteArray utf8 = text.toUtf8();
        Collected collected{utf8, {}};
        const auto collect = [](void *data, int, const char *, int, int start, int end) {
            auto *c = static_cast<Collected *>(data);
            // The span as written, not the folded token: the query reads as typed, and FTS5 folds
            // it again when it parses the phrase.
            c->words.append(QString::fromUtf8(c->utf8.constData() + start, end - start));
            return SQLITE_OK;
        };
        const std::lock_guard lock(m_mutex);
        if (m_tokenizer == nullptr || utf8.size() > std::numeric_limits<int>::max())
            return {};
        m_module.xTokenize(m_tokenizer, &collected, FTS5_TOKENIZE_QUERY, utf8.constData(),
                           static_cast<int>(utf8.size()), collect);
        return collected.words;
    }

private:
    sqlite3 *m_db = nullptr;
    fts5_tokenizer m_module{};
    Fts5Tokenizer *m_tokenizer = nullptr;
    std::mutex m_mutex;
};

} // namespace

QStringList words(QStringView text)
{
    static SharedTokenizer tokenizer;
    return tokenizer.words(text);
}

} // namespace Clearance::FtsTokenizer
