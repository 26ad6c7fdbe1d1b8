#pragma once

#include "domain/Article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Clearance {

class Taxonomy;

// Deterministic synthetic news articles for the benchmark: headline-like titles and 120-250 word
// bodies that mix customs vocabulary with the taxonomy's own organization names and acronyms,
// countries, region phrases and initiative keywords, so the tagger has real work and the facets are
// skewed like real news (a few values are common, most are rare). Mostly English, some French and
// Spanish with accents. Article i depends only on (taxonomy, seed, i), not on the count asked for.
class SyntheticCorpus final
{
public:
    SyntheticCorpus(const Taxonomy &taxonomy, quint64 seed);
    Q_DISABLE_COPY_MOVE(SyntheticCorpus)

    QList<Article> generate(int count) const;
    Article article(int index) const;

    // A word planted in about 3% of the articles, and one most English articles contain: the two
    // search texts the benchmark times.
    static QString rareWord();
    static QString commonWord();

private:
    struct Term
    {
        QString text;
        QString language; // empty: any language
    };
    // The phrases of one taxonomy entry, so an article names the same entry in several ways.
    using Entry = QList<Term>;

    class Rng;

    QString phrase(const QList<Entry> &entries, const QString &language, Rng &rng) const;
    QString sentence(const QString &language, const QStringList &mentions, Rng &rng) const;

    quint64 m_seed;
    QList<Entry> m_organizations;
    QList<Entry> m_countries;
    QList<Entry> m_regions;
    QList<Entry> m_initiatives;
    // The filler vocabulary by language, without the words the taxonomy itself names ("transit",
    // "valuation"...): tags come only from the mentions the generator plants, at known rates.
    QHash<QString, QStringList> m_filler;
};

} // namespace Clearance
