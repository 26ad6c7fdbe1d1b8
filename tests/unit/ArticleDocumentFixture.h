#pragma once

#include "SampleArticle.h"
#include "render/ArticleDocument.h"
#include "tagging/Tagger.h"

#include <QTest>
#include <QTextDocument>

#include <memory>

// The tagger and the sample article the tests of ArticleDocument build their documents from; a base of
// the test classes so that their bodies read as one.
class ArticleDocumentFixture
{
protected:
    // A test class's initTestCase().
    void setUpArticle()
    {
        m_tagger = Clearance::Tagger::standard();
        m_guatemala =
            sampleArticle(QStringLiteral("WCO Aids Guatemala in Boosting Trade for Economic Growth"));
        QVERIFY(!m_guatemala.body.isEmpty());
    }

    std::unique_ptr<QTextDocument>
    build(const Clearance::Article &article,
          const Clearance::ArticleDocument::Options &options = Clearance::ArticleDocument::Options()) const
    {
        return Clearance::ArticleDocument(article, m_tagger, options).toDocument();
    }

    std::shared_ptr<const Clearance::Tagger> m_tagger;
    Clearance::Article m_guatemala;
};
