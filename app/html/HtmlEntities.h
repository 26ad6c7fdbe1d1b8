#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>

namespace Clearance {

namespace HtmlEntityTable {
struct Entry
{
    const char *name; // without the semicolon
    char32_t first;   // the character it stands for
    char32_t second;  // a second one for the few that stand for two, else 0
    bool legacy;      // also recognised without a semicolon ("&amp", "&eacute")
};
extern const Entry entries[]; // sorted by name, byte order
extern const std::size_t count;
} // namespace HtmlEntityTable

// HTML 5 character references: the whole list of named ones (feeds use far more than XML's five),
// decimal and hexadecimal ones, with the browsers' repairs for broken ones.
class HtmlEntities final
{
public:
    // The text a named reference stands for ("eacute" -> "é"); an empty string when unknown.
    static QString lookup(QStringView name);
    // Replaces every character reference in `text`. Unknown names are left as written. In an
    // attribute a name without its semicolon followed by a letter, digit or '=' is left too, as
    // browsers do ("?a=1&copy=2" stays a URL).
    static QString decode(QStringView text, bool inAttribute = false);
    // The same, appended to `out`: the tokenizer decodes into one buffer it keeps.
    static void appendDecoded(QString &out, QStringView text, bool inAttribute = false);
};

} // namespace Clearance
