#include "Schema.h"

namespace Clearance::Schema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // Version 1: articles with full-text search, facets and tags.
        {
            QStringLiteral(R"(CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                guid TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                html TEXT,
                url TEXT,
                source TEXT,
                language TEXT,
                published_at INTEGER NOT NULL,
                published_estimated INTEGER NOT NULL DEFAULT 0,
                imported_at INTEGER NOT NULL,
                read INTEGER NOT NULL DEFAULT 0,
                starred INTEGER NOT NULL DEFAULT 0))"),
            // External content: the text lives once, in articles; remove_diacritics 2 makes
            // "guatémala" find "Guatemala" and folds case for every script unicode61 knows.
            QStringLiteral(R"(CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, body, content='articles', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2'))"),
            // No insert trigger: ArticleStore indexes new articles in bulk after inserting them,
            // which is two to three times faster than indexing row by row inside the inserts.
            QStringLiteral(R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body)
                    VALUES ('delete', old.id, old.title, old.body);
            END)"),
            // Only a change of the text touches the index; marking read or starred does not.
            QStringLiteral(R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body)
                    VALUES ('delete', old.id, old.title, old.body);
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"),
            QStringLiteral(R"(CREATE TABLE facets (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('region', 'initiative', 'organization', 'country')),
                key TEXT NOT NULL,
                label TEXT NOT NULL,
                UNIQUE (kind, key)))"),
            // Filters, counts and the list order are answered by the in-memory FacetIndex, which
            // reads this table in primary-key order: no index by facet or by date is needed.
            QStringLiteral(R"(CREATE TABLE article_facets (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                facet_id INTEGER NOT NULL REFERENCES facets(id) ON DELETE CASCADE,
                origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
                PRIMARY KEY (article_id, facet_id)) WITHOUT ROWID)"),
            // A tag the reader removed by hand: re-tagging must not bring it back.
            QStringLiteral(R"(CREATE TABLE article_facet_removals (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                facet_id INTEGER NOT NULL REFERENCES facets(id) ON DELETE CASCADE,
                PRIMARY KEY (article_id, facet_id)) WITHOUT ROWID)"),
        },
        // Version 2: saved views, a named filter each.
        {
            QStringLiteral(R"(CREATE TABLE saved_views (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                filter TEXT NOT NULL,
                created_at INTEGER NOT NULL))"),
        },
        // Version 3: the search index holds Arabic without tashkeel and tatweel, and alef without
        // hamza (SearchText::fold, the SQL function clearance_fold), so a search finds a word however
        // it is vowelled; the triggers fold too, and the index is rebuilt from the folded text.
        {
            QStringLiteral("DROP TRIGGER articles_fts_delete"),
            QStringLiteral("DROP TRIGGER articles_fts_update"),
            QStringLiteral(R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body)
                    VALUES ('delete', old.id, clearance_fold(old.title), clearance_fold(old.body));
            END)"),
            QStringLiteral(R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body)
                    VALUES ('delete', old.id, clearance_fold(old.title), clearance_fold(old.body));
                INSERT INTO articles_fts(rowid, title, body)
                    VALUES (new.id, clearance_fold(new.title), clearance_fold(new.body));
            END)"),
            QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')"),
            QStringLiteral(R"(INSERT INTO articles_fts(rowid, title, body)
                SELECT id, clearance_fold(title), clearance_fold(body) FROM articles)"),
        },
        // Version 4: an article's automatic tags are one row, a JSON array of facet ids (AutoTagTable),
        // rather than a row each: the tagger writes them as a set and only the in-memory FacetIndex
        // reads them, and the fifteen rows an article had cost an import more than its text.
        // article_facets keeps the tags set by hand.
        {
            QStringLiteral(R"(CREATE TABLE article_auto_facets (
                article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                facet_ids TEXT NOT NULL))"),
            QStringLiteral(R"(INSERT INTO article_auto_facets (article_id, facet_ids)
                SELECT article_id, json_group_array(facet_id) FROM
                    (SELECT article_id, facet_id FROM article_facets WHERE origin = 'auto'
                     ORDER BY article_id, facet_id)
                GROUP BY article_id)"),
            QStringLiteral("DELETE FROM article_facets WHERE origin = 'auto'"),
        },
        // Version 5: what the import noticed about an article (ArticleNote flags: the source gave no
        // text, or no title), shown with it. An article may now have an empty body: a headline-only
        // item is an article, not a reason to refuse its feed.
        {
            QStringLiteral("ALTER TABLE articles ADD COLUMN notes INTEGER NOT NULL DEFAULT 0"),
        },
        // Version 6: subscriptions. A source is a feed or a page source (a news page without a feed);
        // it keeps what polite fetching needs between runs (validators, back-off, next fetch). An
        // article remembers every source it came from; removing a source keeps its articles.
        {
            QStringLiteral(R"(CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                url TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind IN ('feed', 'page')),
                link_pattern TEXT NOT NULL DEFAULT '',
                folder TEXT NOT NULL DEFAULT '',
                interval_minutes INTEGER NOT NULL DEFAULT 0 CHECK (interval_minutes >= 0),
                enabled INTEGER NOT NULL DEFAULT 1,
                etag TEXT,
                last_modified TEXT,
                last_fetch_at INTEGER,
                last_status TEXT NOT NULL DEFAULT 'never' CHECK (last_status IN
                    ('never', 'ok', 'not-modified', 'failed', 'gone', 'rate-limited')),
                last_http_status INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                failures INTEGER NOT NULL DEFAULT 0,
                next_fetch_at INTEGER,
                items_seen INTEGER NOT NULL DEFAULT 0,
                added_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE article_sources (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                PRIMARY KEY (source_id, article_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX article_sources_by_article ON article_sources (article_id)"),
            // A page source's article links already fetched, so that a listing costs one request
            // when nothing is new.
            QStringLiteral(R"(CREATE TABLE source_seen_links (
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                url TEXT NOT NULL,
                seen_at INTEGER NOT NULL,
                PRIMARY KEY (source_id, url)) WITHOUT ROWID)"),
        },
    };
    return steps;
}

} // namespace Clearance::Schema
