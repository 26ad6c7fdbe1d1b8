#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>

#include <utility>

// Helpers for the tests of ArticleDocument: how a document built from an article looks.

inline QPalette lightPalette()
{
    return QPalette(QColor(0xef, 0xef, 0xef));
}

// The character format at a position of the document.
inline QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (position >= f.position() && position < f.position() + f.length())
            return f.charFormat();
    }
    return {};
}

// Every fragment carrying `property`, as (value, text) pairs in document order, adjacent fragments of
// one value joined.
inline QList<std::pair<QString, QString>> fragmentsWith(const QTextDocument &document, int property)
{
    QList<std::pair<QString, QString>> out;
    int lastEnd = -1;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat format = f.charFormat();
            if (!format.hasProperty(property))
                continue;
            const QString value = format.property(property).toString();
            if (!out.isEmpty() && lastEnd == f.position() && out.last().first == value)
                out.last().second += f.text();
            else
                out.append({value, f.text()});
            lastEnd = f.position() + f.length();
        }
    }
    return out;
}
