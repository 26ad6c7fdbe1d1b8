#pragma once

#include <QString>

struct sqlite3;

namespace Clearance::SearchText {

// Text as the search index holds it, and as a search is matched against it. FTS5's unicode61
// tokenizer folds case and Latin accents (remove_diacritics 2) but keeps Arabic short vowels and
// other tashkeel (U+064B-U+065F, U+0670) and tatweel (U+0640), so "الجَمارك" or "الجمـارك" would not
// match "الجمارك". They are removed here, and alef with hamza or madda (أ إ آ ٱ) becomes a bare alef,
// as Arabic writers often leave the hamza out. Other text is returned unchanged.
QString fold(const QString &text);

// Registers fold() as the SQL function clearance_fold(text) on a connection: the schema's triggers
// and the bulk indexing call it, so the index holds folded text however a row is written.
bool registerFunction(sqlite3 *db);

} // namespace Clearance::SearchText
