#include "SearchText.h"

#include <cstring>
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
    // UTF-8, as the library stores text: every character fold() changes lies in U+0622..U+0671, whose
    // encodings start with the byte 0xD8 or 0xD9. Text without either (all but Arabic) goes back as it
    // came, with no conversion: the import indexes every article through this function.
    const auto *data = sqlite3_value_text(argv[0]);
    const int bytes = sqlite3_value_bytes(argv[0]);
    const bool maybeArabic = std::memchr(data, 0xD8, size_t(bytes)) != nullptr ||
                             std::memchr(data, 0xD9, size_t(bytes)) != nullptr;
    if (!maybeArabic) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArray folded = fold(QString::fromUtf8(reinterpret_cast<const char *>(data), bytes)).toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
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
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      &foldFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace Clearance::SearchText
