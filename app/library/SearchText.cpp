#include "SearchText.h"

#include <sqlite3.h>

namespace Clearance::SearchText {

namespace {

bool isArabicMark(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

bool isHamzaAlef(char16_t c)
{
    return c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0671;
}

void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *data = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    const QString folded = fold(QString(reinterpret_cast<const QChar *>(data), bytes / 2));
    sqlite3_result_text16(context, folded.utf16(), static_cast<int>(folded.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

QString fold(const QString &text)
{
    // Most text has no Arabic at all: one scan, no copy.
    const auto needsFolding = [](QChar c) { return isArabicMark(c.unicode()) || isHamzaAlef(c.unicode()); };
    if (std::none_of(text.cbegin(), text.cend(), needsFolding))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isArabicMark(c.unicode()))
            continue;
        out.append(isHamzaAlef(c.unicode()) ? QChar(0x0627) : c);
    }
    return out;
}

bool registerFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "clearance_fold", 1,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      &foldFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace Clearance::SearchText
