#include "PatternParser.h"

#include "Tokenizer.h"

namespace Clearance {

namespace {

struct Part
{
    enum Type
    {
        Words,
        Choice,
        Country,
        Demonym,
        MarkStart,
        MarkEnd
    } type;
    QList<QStringList> choices; // Words: one; Choice: several, possibly empty
};

QList<Part> parse(const QString &pattern)
{
    QList<Part> parts;
    QString literal;
    auto flush = [&] {
        const QStringList words = Tokenizer::foldedWords(literal);
        if (!words.isEmpty())
            parts.append(Part{Part::Words, {words}});
        literal.clear();
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('{')) {
            flush();
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
            if (close < 0)
                return {};
            const QStringView name = QStringView(pattern).mid(i + 1, close - i - 1);
            parts.append(Part{name == QLatin1String("demonym") ? Part::Demonym : Part::Country, {}});
            i = close;
        } else if (c == QLatin1Char('(')) {
            flush();
            const qsizetype close = pattern.indexOf(QLatin1Char(')'), i);
            if (close < 0)
                return {};
            Part part{Part::Choice, {}};
            for (const QString &alternative : pattern.mid(i + 1, close - i - 1).split(QLatin1Char('|')))
                part.choices.append(Tokenizer::foldedWords(alternative));
            parts.append(part);
            i = close;
        } else if (c == QLatin1Char('<')) {
            flush();
            parts.append(Part{Part::MarkStart, {}});
        } else if (c == QLatin1Char('>')) {
            flush();
            parts.append(Part{Part::MarkEnd, {}});
        } else {
            literal.append(c);
        }
    }
    flush();
    return parts;
}

void expand(const QList<Part> &parts, qsizetype index, PatternPath current, QList<PatternPath> &out)
{
    if (index == parts.size()) {
        if (current.slotIndex >= 0 && current.elements.size() > 1) {
            if (current.markFrom >= 0 && current.markTo < 0)
                current.markTo = static_cast<int>(current.elements.size());
            out.append(current);
        }
        return;
    }
    const Part &part = parts.at(index);
    switch (part.type) {
    case Part::Words:
    case Part::Choice:
        for (const QStringList &choice : part.choices) {
            PatternPath next = current;
            for (const QString &word : choice)
                next.elements.append(PatternPath::Element{PatternPath::Slot::None, word});
            expand(parts, index + 1, next, out);
        }
        break;
    case Part::Country:
    case Part::Demonym:
        current.slotIndex = static_cast<int>(current.elements.size());
        current.elements.append(PatternPath::Element{
            part.type == Part::Country ? PatternPath::Slot::Country : PatternPath::Slot::Demonym, {}});
        expand(parts, index + 1, current, out);
        break;
    case Part::MarkStart:
        current.markFrom = static_cast<int>(current.elements.size());
        expand(parts, index + 1, current, out);
        break;
    case Part::MarkEnd:
        current.markTo = static_cast<int>(current.elements.size());
        expand(parts, index + 1, current, out);
        break;
    }
}

} // namespace

QList<PatternPath> PatternParser::paths(const QString &pattern)
{
    QList<PatternPath> out;
    expand(parse(pattern), 0, PatternPath{}, out);
    return out;
}

} // namespace Clearance
