#pragma once

#include "ArticleBitset.h"
#include "domain/FacetKind.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace Clearance {

// The facets of a FacetIndex and the articles each one is on. A facet is defined by its id (the
// library's rowid), found by kind and key, ordered by label; it holds its articles as a sorted id array
// while few carry it and as a bitset when many do. Which articles are live is the index's to say: it
// passes them in (`alive`), as it passes the dates to NewestFirstIndex.
class FacetTable final
{
public:
    // How finish() stores each facet; Automatic except in tests and benchmarks.
    enum class Layout
    {
        Automatic, // a bitset when more than 1/32 of the id range carries the facet, else an id array
        AllSparse,
        AllDense
    };

    struct Facet
    {
        FacetKind kind = FacetKind::Region;
        QString key;
        QString label;
        qint64 id = 0;
        bool defined = false; // define() was called (tags may come first)
        bool dense = false;
        std::vector<quint32> ids; // sparse: sorted and unique once finished
        ArticleBitset bits;       // dense
        qint64 denseCount = 0;
        int labelRank = 0; // position in the label order

        qint64 size() const { return dense ? denseCount : qint64(ids.size()); }
    };

    // Build: before finish() tags are only appended; afterwards every call keeps the table valid.
    Layout layout() const { return m_layout; }
    void setLayout(Layout layout) { m_layout = layout; } // takes effect at the next finish()
    // Defines or redefines a facet; facet ids are small positive integers (SQLite rowids).
    void define(qint64 facetId, FacetKind kind, const QString &key, const QString &label,
                const ArticleBitset &alive);
    // Idempotent. After finish(), a tag of an article not alive is ignored.
    void addTag(quint32 articleId, qint64 facetId, const ArticleBitset &alive);
    void removeTag(quint32 articleId, qint64 facetId);
    // The article's tags, all of them. Before finish() this scans every tag: load, then remove.
    void removeArticle(quint32 articleId);
    // Sorts, drops duplicates and tags of articles not alive, chooses each facet's representation and
    // orders the facets by label.
    void finish(const ArticleBitset &alive);

    // Lookups.
    const Facet *find(qint64 facetId) const;
    const Facet *find(FacetKind kind, const QString &key) const;
    bool hasTag(quint32 articleId, qint64 facetId) const;
    // The known facets among the keys, without duplicates.
    std::vector<const Facet *> resolve(FacetKind kind, const QStringList &keys) const;
    // The articles carrying any of the values, in a bitset of `capacity` ids.
    ArticleBitset unionOf(FacetKind kind, const QStringList &keys, qint64 capacity) const;
    // How many of the facet's articles are in `within`.
    static qint64 countIn(const Facet &facet, const ArticleBitset &within);
    // The defined facets of a kind, as slots for at().
    const std::vector<quint32> &slotsOf(FacetKind kind) const { return m_slotsByKind[kindIndex(kind)]; }
    const Facet &at(quint32 slot) const { return m_facets[slot]; }
    // Bytes held beyond the table itself (strings and hash nodes estimated).
    qint64 memoryUsage() const;

private:
    static size_t kindIndex(FacetKind kind) { return static_cast<size_t>(kind); }
    Facet *slotFor(qint64 facetId);
    const Facet *slotFor(qint64 facetId) const;
    Facet &createSlot(qint64 facetId, const ArticleBitset &alive);
    void undefine(Facet &facet);
    void insertLabelOrder(quint32 slot);
    static void makeDense(Facet &facet, qint64 capacity);
    static void makeSparse(Facet &facet);
    bool removeId(Facet &facet, quint32 articleId);

    Layout m_layout = Layout::Automatic;
    bool m_finished = false;
    // Slots in m_facets, found by id through m_slotById (facet ids are small).
    std::vector<Facet> m_facets;
    std::vector<qint32> m_slotById; // -1: none
    QHash<qint64, quint32> m_slotByLargeId;
    std::array<std::vector<quint32>, 4> m_slotsByKind;
    std::array<QHash<QString, quint32>, 4> m_slotByKey;
    std::vector<quint32> m_labelOrder; // defined slots sorted by label, then key
};

} // namespace Clearance
