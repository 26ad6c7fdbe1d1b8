#include "SyntheticCorpus.h"

#include "tagging/Taxonomy.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Clearance {

// splitmix64: tiny, fast, and the same sequence on every platform (std:: distributions are not).
class SyntheticCorpus::Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [from, to].
    int between(int from, int to)
    {
        return from + static_cast<int>(next() % static_cast<quint64>(to - from + 1));
    }
    bool chance(double p) { return unit() < p; }
    // Skewed towards the first indices, like the attention of news: index 0 is the most common.
    qsizetype skewed(qsizetype n)
    {
        return std::min(n - 1, static_cast<qsizetype>(static_cast<double>(n) * unit() * unit()));
    }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(static_cast<qsizetype>(next() % static_cast<quint64>(list.size())));
    }

private:
    quint64 m_state;
};

namespace {

const QString kEn = QStringLiteral("en");
const QString kFr = QStringLiteral("fr");
const QString kEs = QStringLiteral("es");

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Filler vocabulary by language. "customs" is listed several times so that nearly every English
// article contains it (the common search word); the rare search word is planted separately.
const QStringList &filler(const QString &language)
{
    static const QStringList en =
        words("customs customs customs trade border goods clearance officers administration cooperation "
              "workshop training programme support delegation meeting agreement implementation national "
              "regional international partners experts procedures modernization reform revenue collection "
              "risk import export transit cargo container shipment declaration tariff classification "
              "valuation origin inspection control enforcement seizure smuggling counterfeit illicit "
              "facilitation efficiency transparency integrity digital electronic system platform data "
              "exchange information sharing capacity development assistance technical donor project "
              "strategy plan review assessment report results progress challenges opportunities "
              "stakeholders private sector businesses traders operators compliance authorized economic "
              "ports airports land crossings corridor logistics supply chain security safety health "
              "standards legislation policy framework ministry finance director general commissioner "
              "deputy head team mission visit week month year launched signed hosted organized welcomed "
              "discussed presented highlighted agreed announced completed delivered improved reduced "
              "increased strengthened enhanced the the the of of of and and and to to in in for on with "
              "by at from a an new further joint key main first second several many important successful");
    static const QStringList fr = words(
        "douane douanes commerce frontière marchandises dédouanement agents administration coopération "
        "atelier formation programme soutien délégation réunion accord mise en œuvre nationale régionale "
        "internationale partenaires experts procédures modernisation réforme recettes perception risque "
        "importation exportation transit fret conteneur déclaration tarif classement valeur origine "
        "contrôle saisie contrebande contrefaçon facilitation efficacité transparence intégrité "
        "numérique système plateforme données échange renforcement capacités assistance technique "
        "projet stratégie évaluation rapport résultats progrès défis opérateurs économiques agréés "
        "ports aéroports corridor logistique chaîne sécurité sûreté normes législation ministère "
        "finances directeur général délégué équipe mission visite semaine année lancé signé accueilli "
        "organisé présenté souligné annoncé réalisé amélioré réduit renforcé le la les de des du et "
        "à en pour sur avec par au aux un une nouveau nouvelle première plusieurs étape clé");
    static const QStringList es = words(
        "aduana aduanas comercio frontera mercancías despacho funcionarios administración cooperación "
        "taller capacitación programa apoyo delegación reunión acuerdo aplicación nacional regional "
        "internacional socios expertos procedimientos modernización reforma recaudación riesgo "
        "importación exportación tránsito carga contenedor declaración arancel clasificación valoración "
        "origen inspección control incautación contrabando falsificación facilitación eficiencia "
        "transparencia integridad digital electrónico sistema plataforma datos intercambio información "
        "fortalecimiento capacidades asistencia técnica proyecto estrategia evaluación informe "
        "resultados avances desafíos operadores económicos autorizados puertos aeropuertos corredor "
        "logística cadena seguridad normas legislación ministerio hacienda director general equipo "
        "misión visita semana año lanzó firmó organizó presentó destacó anunció mejoró redujo "
        "el la los las de del y a en para sobre con por un una nuevo nueva primera varios clave");
    if (language == kFr)
        return fr;
    if (language == kEs)
        return es;
    return en;
}

const QStringList &headlines(const QString &language)
{
    // {o} organization, {c} country, {i} initiative, {r} region.
    static const QStringList en{
        QStringLiteral("{o} and {c} step up cooperation on {i}"),
        QStringLiteral("{c} launches {i} with support from {o}"),
        QStringLiteral("{r}: {o} holds regional workshop on {i}"),
        QStringLiteral("{o} welcomes {c}'s progress on {i}"),
        QStringLiteral("New {i} rules take effect in {c}"),
        QStringLiteral("{o} mission visits {c} to assess {i}"),
        QStringLiteral("{c} and {o} sign agreement to strengthen {i} in {r}"),
        QStringLiteral("Customs officers from {r} trained on {i}"),
    };
    static const QStringList fr{
        QStringLiteral("{o} et {c} renforcent leur coopération en matière de {i}"),
        QStringLiteral("{c} : lancement d'un projet sur {i} avec l'appui de {o}"),
        QStringLiteral("Atelier régional sur {i} pour {r}"),
        QStringLiteral("Mission de {o} au {c} consacrée à {i}"),
    };
    static const QStringList es{
        QStringLiteral("{o} y {c} refuerzan la cooperación en {i}"),
        QStringLiteral("{c} avanza en {i} con el apoyo de {o}"),
        QStringLiteral("Taller regional sobre {i} en {r}"),
        QStringLiteral("Misión de {o} visita {c} para evaluar {i}"),
    };
    if (language == kFr)
        return fr;
    if (language == kEs)
        return es;
    return en;
}

const QStringList &sources()
{
    static const QStringList list{
        QStringLiteral("WCO News"),
        QStringLiteral("Customs Today"),
        QStringLiteral("Trade Facilitation Wire"),
        QStringLiteral("Border Gazette"),
        QStringLiteral("Revenue Review"),
        QStringLiteral("Le Courrier des douanes"),
        QStringLiteral("Aduanas al Día"),
        QStringLiteral("Supply Chain Monitor"),
    };
    return list;
}

// Adds one term per language (the generator skips languages it does not write, such as Arabic).
void addLocalized(QList<QString> &texts, QStringList &languages,
                  const QHash<QString, QStringList> &byLanguage)
{
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        for (const QString &text : it.value()) {
            texts.append(text);
            languages.append(it.key() == QLatin1String("any") ? QString() : it.key());
        }
    }
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

SyntheticCorpus::SyntheticCorpus(const Taxonomy &taxonomy, quint64 seed)
    : m_seed(seed)
{
    auto entry = [](const QList<QString> &texts, const QStringList &languages) {
        Entry e;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString &lang = languages.at(i);
            if (!texts.at(i).isEmpty() && (lang.isEmpty() || lang == kEn || lang == kFr || lang == kEs))
                e.append(Term{texts.at(i), lang});
        }
        return e;
    };

    for (const Organization &o : taxonomy.organizations()) {
        QList<QString> texts;
        QStringList langs;
        for (auto it = o.names.cbegin(); it != o.names.cend(); ++it) {
            texts.append(it.value());
            langs.append(it.key());
        }
        addLocalized(texts, langs, o.aliases);
        addLocalized(texts, langs, o.acronyms);
        if (Entry e = entry(texts, langs); !e.isEmpty())
            m_organizations.append(e);
    }
    for (const Country &c : taxonomy.countries()) {
        QList<QString> texts;
        QStringList langs;
        addLocalized(texts, langs, c.names);
        addLocalized(texts, langs, c.demonyms);
        if (Entry e = entry(texts, langs); !e.isEmpty())
            m_countries.append(e);
    }
    for (const Region &r : taxonomy.regions()) {
        QList<QString> texts;
        QStringList langs;
        addLocalized(texts, langs, r.phrases);
        for (const QString &acronym : r.acronyms) {
            texts.append(acronym);
            langs.append(QString());
        }
        if (Entry e = entry(texts, langs); !e.isEmpty())
            m_regions.append(e);
    }
    for (const Initiative &i : taxonomy.initiatives()) {
        QList<QString> texts;
        QStringList langs;
        addLocalized(texts, langs, i.keywords);
        for (const QString &acronym : i.acronyms) {
            texts.append(acronym);
            langs.append(QString());
        }
        if (Entry e = entry(texts, langs); !e.isEmpty())
            m_initiatives.append(e);
    }

    QSet<QString> taxonomyWords;
    for (const QList<Entry> *list : {&m_organizations, &m_countries, &m_regions, &m_initiatives}) {
        for (const Entry &e : *list) {
            for (const Term &t : e)
                taxonomyWords.insert(t.text.toLower());
        }
    }
    for (const Initiative &i : taxonomy.initiatives()) {
        for (const QStringList &weak : i.weakKeywords)
            for (const QString &word : weak)
                taxonomyWords.insert(word.toLower());
        for (const QString &word : i.weakAcronyms)
            taxonomyWords.insert(word.toLower());
    }
    for (const QString &language : {kEn, kFr, kEs}) {
        QStringList kept;
        for (const QString &word : filler(language)) {
            if (!taxonomyWords.contains(word.toLower()))
                kept.append(word);
        }
        m_filler.insert(language, kept);
    }

    // Which values are the common ones is decided by the seed, not by the taxonomy's file order.
    Rng rng(seed ^ 0x5eedull);
    for (QList<Entry> *list : {&m_organizations, &m_countries, &m_regions, &m_initiatives}) {
        for (qsizetype i = list->size() - 1; i > 0; --i)
            list->swapItemsAt(i, static_cast<qsizetype>(rng.next() % static_cast<quint64>(i + 1)));
    }
}

QString SyntheticCorpus::rareWord()
{
    return QStringLiteral("cryptocurrency");
}

QString SyntheticCorpus::commonWord()
{
    return QStringLiteral("customs");
}

QString SyntheticCorpus::phrase(const QList<Entry> &entries, const QString &language, Rng &rng) const
{
    if (entries.isEmpty())
        return {};
    const Entry &e = entries.at(rng.skewed(entries.size()));
    QList<const Term *> fitting;
    for (const Term &t : e) {
        if (t.language == language || t.language.isEmpty())
            fitting.append(&t);
    }
    if (fitting.isEmpty()) { // an entry named only in English still appears in French news
        for (const Term &t : e)
            fitting.append(&t);
    }
    return fitting.at(static_cast<qsizetype>(rng.next() % static_cast<quint64>(fitting.size())))->text;
}

QString SyntheticCorpus::sentence(const QString &language, const QStringList &mentions, Rng &rng) const
{
    // Named: -Wdangling-reference would take a reference got through a temporary iterator for one into it.
    const auto found = m_filler.constFind(language);
    const QStringList &vocabulary = *found;
    QStringList parts;
    const int length = rng.between(7, 16);
    for (int i = 0; i < length; ++i)
        parts.append(rng.pick(vocabulary));
    for (const QString &m : mentions)
        parts.insert(rng.between(0, static_cast<int>(parts.size())), m);
    if (rng.chance(0.2))
        parts[rng.between(1, static_cast<int>(parts.size()) - 1)].append(QLatin1Char(','));
    return capitalized(parts.join(QLatin1Char(' '))) + QLatin1Char('.');
}

Article SyntheticCorpus::article(int index) const
{
    Rng rng(m_seed * 0x100000001b3ull + static_cast<quint64>(index) * 0x9e3779b97f4a7c15ull + 1);
    const double l = rng.unit();
    const QString &language = l < 0.80 ? kEn : (l < 0.92 ? kFr : kEs);

    const QString org = phrase(m_organizations, language, rng);
    const QString country = phrase(m_countries, language, rng);
    const QString initiative = phrase(m_initiatives, language, rng);
    const QString region = phrase(m_regions, language, rng);

    QStringList mentions{org, country, initiative};
    const int more = rng.between(1, 5);
    for (int i = 0; i < more; ++i) {
        switch (rng.between(0, 3)) {
        case 0:
            mentions.append(phrase(m_organizations, language, rng));
            break;
        case 1:
            mentions.append(phrase(m_countries, language, rng));
            break;
        case 2:
            mentions.append(phrase(m_initiatives, language, rng));
            break;
        default:
            mentions.append(phrase(m_regions, language, rng));
            break;
        }
    }
    if (rng.chance(0.5))
        mentions.append(region);
    if (rng.chance(0.03))
        mentions.append(rareWord());
    mentions.removeAll(QString());
    for (qsizetype i = mentions.size() - 1; i > 0; --i)
        mentions.swapItemsAt(i, static_cast<qsizetype>(rng.next() % static_cast<quint64>(i + 1)));

    Article a;
    a.guid = QStringLiteral("bench:%1:%2").arg(m_seed).arg(index);
    a.title = rng.pick(headlines(language));
    a.title.replace(QLatin1String("{o}"), org)
        .replace(QLatin1String("{c}"), country)
        .replace(QLatin1String("{i}"), initiative)
        .replace(QLatin1String("{r}"), region.isEmpty() ? country : region);
    a.title = capitalized(a.title);

    const int targetWords = rng.between(120, 250);
    int wordCount = 0;
    QStringList paragraphs;
    QStringList paragraph;
    int sentencesLeft = rng.between(2, 5);
    while (wordCount < targetWords || !mentions.isEmpty()) {
        QStringList inSentence;
        const int take = std::min(static_cast<int>(mentions.size()), rng.between(0, 2));
        for (int i = 0; i < take; ++i)
            inSentence.append(mentions.takeLast());
        const QString s = sentence(language, inSentence, rng);
        wordCount += static_cast<int>(s.count(QLatin1Char(' '))) + 1;
        paragraph.append(s);
        if (--sentencesLeft == 0) {
            paragraphs.append(paragraph.join(QLatin1Char(' ')));
            paragraph.clear();
            sentencesLeft = rng.between(2, 5);
        }
    }
    if (!paragraph.isEmpty())
        paragraphs.append(paragraph.join(QLatin1Char(' ')));
    a.body = paragraphs.join(QLatin1String("\n\n"));

    a.url = QStringLiteral("https://news.example.org/%1/%2").arg(language).arg(index);
    a.source = rng.pick(sources());
    // Most feeds say their language; the others leave it to the tagger to guess.
    if (rng.chance(0.7))
        a.language = language;
    // Ten years of news, to the second.
    const qint64 start = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    a.published = QDateTime::fromSecsSinceEpoch(
        start + static_cast<qint64>(rng.next() % (3653ull * 86400ull)), Qt::UTC);
    return a;
}

QList<Article> SyntheticCorpus::generate(int count) const
{
    QList<Article> articles;
    articles.reserve(count);
    for (int i = 0; i < count; ++i)
        articles.append(article(i));
    return articles;
}

} // namespace Clearance
