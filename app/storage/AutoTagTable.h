#pragma once

#include "SqliteStatement.h"

#include <QByteArray>
#include <QByteArrayView>

#include <limits>
#include <vector>

struct sqlite3;

namespace Clearance {

// The table article_auto_facets: an article's automatic tags as one row, a JSON array of facet ids
// ("[3,17,42]"). The tagger gives an article its tags as a set, the import writes them at once and
// only the in-memory FacetIndex reads them (SQL reaches them through json_each), so one row per
// article does what fifteen did in article_facets, for a fraction of an import's time. Tags set by
// hand stay rows of article_facets.
class AutoTagTable final
{
public:
    explicit AutoTagTable(sqlite3 *db);
    Q_DISABLE_COPY_MOVE(AutoTagTable)

    bool isValid() const;
    QString error() const;

    // The article's automatic tags; empty when it has none. False when the table could not be read.
    bool read(qint64 articleId, std::vector<qint64> &facets);
    // Replaces the article's automatic tags with `facets`. (An article without any has no row, or "[]"
    // once it has lost them.)
    bool write(qint64 articleId, const std::vector<qint64> &facets);

    // The column facet_ids for SQL's json_each(): "[]" when it is not JSON (a value edited by hand),
    // which json_each() would refuse, failing the whole statement.
    static constexpr const char *kJsonIds = "CASE WHEN json_valid(facet_ids) THEN facet_ids ELSE '[]' END";

    // "[3,17,42]", in ascending order without repeats.
    static QByteArray encode(std::vector<qint64> facets);
    // The ids of an encoded list. An item that is not a positive decimal id ("x", "-5", "1.5") is
    // skipped, so a value edited by hand yields the ids it still holds rather than a failure.
    static std::vector<qint64> decode(QByteArrayView text);
    // Calls `f(id)` for each id of an encoded list, without a vector (the index load).
    template<typename F>
    static void forEachId(QByteArrayView text, F &&f)
    {
        constexpr qint64 kLargest = (std::numeric_limits<qint64>::max() - 9) / 10;
        qint64 id = 0;
        bool digits = false; // the item has digits
        bool spaced = false; // and a space after them
        bool valid = true;   // and nothing else
        auto endItem = [&] {
            if (digits && valid && id > 0)
                f(id);
            id = 0;
            digits = spaced = false;
            valid = true;
        };
        for (const char c : text) {
            if (c >= '0' && c <= '9') {
                valid = valid && !spaced && id <= kLargest;
                if (valid)
                    id = id * 10 + (c - '0');
                digits = true;
            } else if (c == ',' || c == '[' || c == ']') {
                endItem();
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                spaced = digits;
            } else {
                valid = false;
            }
        }
        endItem();
    }

private:
    SqliteStatement m_select;
    SqliteStatement m_replace;
    SqliteStatement *m_failed = nullptr;
};

} // namespace Clearance
