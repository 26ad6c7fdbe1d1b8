#pragma once

#include <QStringList>
#include <QStringView>

namespace Clearance::FtsTokenizer {

// The words of a text exactly as the search index splits it: this runs SQLite's own FTS5 unicode61
// tokenizer, with the options of the articles_fts table (remove_diacritics 2), on a private
// in-memory connection. A search built from these words cannot hold a word the index never has: an
// emoji, a flag or a lone combining mark is no token to FTS5, and a quoted phrase of no tokens
// matches nothing, so "wco 😀" would find no article at all. Numbers of any kind (½, ², ①) are
// tokens, and stay. Each word comes back as written (case and accents kept); the index folds both.
// tst_searchquery checks that words() and a library's index agree. Thread-safe: the one tokenizer
// is shared behind a lock, as it is not reentrant.
QStringList words(QStringView text);

} // namespace Clearance::FtsTokenizer
