#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Clearance {

// What comes before an XML document's root element: the XML declaration, comments, processing
// instructions and a document type declaration with its internal subset, read far enough to find the
// root element (FormatSniffer) and the entities the internal subset declares (XmlEntityBudget). Not a
// validating parser: a prolog it cannot follow is left to the XML reader to word.
class XmlProlog final
{
public:
    enum class Status
    {
        Complete,   // the root element (or an HTML doctype) was reached
        Incomplete, // the text ends inside the prolog: more of the file is needed
        Invalid     // not an XML prolog
    };
    struct Entity
    {
        QString name;
        QString value; // as written, references unexpanded
    };

    static XmlProlog scan(QStringView text);

    Status status() const { return m_status; }
    // The root element's local name in lower case, or "!doctype html" for an HTML doctype.
    const QString &root() const { return m_root; }
    // The general entities the internal subset declares with a value (external ones have none).
    const QList<Entity> &entities() const { return m_entities; }

private:
    bool scanInternalSubset(QStringView text, qsizetype &at);

    Status m_status = Status::Invalid;
    QString m_root;
    QList<Entity> m_entities;
};

} // namespace Clearance
