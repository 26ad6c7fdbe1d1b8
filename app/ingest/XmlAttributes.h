#pragma once

#include <QString>
#include <QXmlStreamAttributes>

#include <algorithm>
#include <vector>

namespace Clearance {

// The attributes of an element as XmlInput gives them, owning their text: a copy stays valid however
// far the reader goes on. (QXmlStreamAttributes built from strings of one's own refers to those very
// strings, which an element's reader cannot keep alive.)
class XmlAttributes final
{
public:
    struct Attribute
    {
        QString namespaceUri;
        QString name; // local
        QString qualifiedName;
        QString value;
    };

    static XmlAttributes from(const QXmlStreamAttributes &attributes)
    {
        XmlAttributes out;
        for (const QXmlStreamAttribute &a : attributes)
            out.append({a.namespaceUri().toString(), a.name().toString(), a.qualifiedName().toString(),
                        a.value().toString()});
        return out;
    }

    void append(Attribute attribute) { m_list.push_back(std::move(attribute)); }
    void clear() { m_list.clear(); }
    bool isEmpty() const { return m_list.empty(); }
    auto begin() const { return m_list.cbegin(); }
    auto end() const { return m_list.cend(); }

    // By qualified name, as QXmlStreamAttributes::value() finds it; empty when there is none. (Names
    // are any string type QString compares with: QLatin1String, QStringView...)
    template<typename Name>
    QStringView value(const Name &qualifiedName) const
    {
        const Attribute *a = find([&](const Attribute &b) { return b.qualifiedName == qualifiedName; });
        return a ? QStringView(a->value) : QStringView();
    }
    template<typename Uri, typename Name>
    QStringView value(const Uri &namespaceUri, const Name &name) const
    {
        const Attribute *a =
            find([&](const Attribute &b) { return b.name == name && b.namespaceUri == namespaceUri; });
        return a ? QStringView(a->value) : QStringView();
    }
    template<typename Name>
    bool hasAttribute(const Name &qualifiedName) const
    {
        return find([&](const Attribute &b) { return b.qualifiedName == qualifiedName; }) != nullptr;
    }

private:
    template<typename Match>
    const Attribute *find(Match match) const
    {
        const auto it = std::find_if(m_list.cbegin(), m_list.cend(), match);
        return it == m_list.cend() ? nullptr : &*it;
    }

    std::vector<Attribute> m_list;
};

} // namespace Clearance
