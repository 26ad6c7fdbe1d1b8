<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticleDocument</name>
    <message>
        <source>Regions:</source>
        <translation>Régions&#xa0;:</translation>
    </message>
    <message>
        <source>Initiatives:</source>
        <translation>Initiatives&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tooltip of an organization: its full name — its kind</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open the original</source>
        <translation>ouvrir l’original</translation>
    </message>
    <message>
        <source>No text in the feed — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>Aucun texte dans le flux — %1</translation>
    </message>
    <message>
        <source>No text in the feed.</source>
        <translation>Aucun texte dans le flux.</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>Le texte s’arrête ici&#xa0;: la source en donnait plus qu’un article n’en garde — %1</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>Le texte s’arrête ici&#xa0;: la source en donnait plus qu’un article n’en garde.</translation>
    </message>
</context>
<context>
    <name>ArticleImportWriter</name>
    <message>
        <source>The library %1 could not prepare the import: %2.</source>
        <translation>La bibliothèque %1 n&apos;a pas pu préparer l&apos;importation&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The new articles could not be indexed: %1.</source>
        <translation>Les nouveaux articles n&apos;ont pas pu être indexés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Item %1 (“%2”) could not be saved: %3.</source>
        <translation>L’élément %1 («&#xa0;%2&#xa0;») n’a pas pu être enregistré&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The article “%1” could not be saved: %2.</source>
        <translation>L’article «&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>its tags could not be saved: %1</source>
        <translation>ses étiquettes n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ArticleQueries</name>
    <message>
        <source>The library %1 could not be read: %2.</source>
        <translation>La bibliothèque %1 n&apos;a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be run: %2.</source>
        <translation>La recherche «&#xa0;%1&#xa0;» n&apos;a pas pu être effectuée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The articles could not be listed: %1.</source>
        <translation>Les articles n&apos;ont pas pu être listés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The articles of the sources could not be read: %1.</source>
        <translation>Impossible de lire les articles des sources : %1.</translation>
    </message>
</context>
<context>
    <name>ArticleReaderFactory</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file holds binary data, not articles.</source>
        <translation>Le fichier contient des données binaires, pas des articles.</translation>
    </message>
    <message>
        <source>The file is a %1 file, not articles.</source>
        <translation>Le fichier est un fichier %1, pas des articles.</translation>
    </message>
    <message>
        <source>The page holds no text.</source>
        <translation>La page ne contient aucun texte.</translation>
    </message>
    <message>
        <source>The file is too large for a web page (%1 MB; pages of up to %2 MB are imported).</source>
        <translation>Le fichier est trop volumineux pour une page web (%1 Mo&#x202f;; les pages de %2 Mo au plus sont importées).</translation>
    </message>
    <message>
        <source>The file has more than %1 MB of comments and declarations before its first element; it is not read as a feed.</source>
        <translation>Le fichier contient plus de %1 Mo de commentaires et de déclarations avant son premier élément&#x202f;; il n’est pas lu comme un flux.</translation>
    </message>
    <message>
        <source>The address gave plain text, not a feed.</source>
        <translation>L’adresse a renvoyé du texte brut, pas un flux.</translation>
    </message>
    <message>
        <source>The address gave a web page, not a feed (an error page, a sign-in page or the site&apos;s front page?).</source>
        <translation>L’adresse a renvoyé une page web, pas un flux (une page d’erreur, une page de connexion ou la page d’accueil du site ?).</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The library %1 is busy in another program; try again.</source>
        <translation>La bibliothèque %1 est occupée par un autre programme&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Le disque contenant %1 est plein.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The library %1 could not start a transaction: %2.</source>
        <translation>La bibliothèque %1 n&apos;a pas pu démarrer une transaction&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The library %1 could not save the change: %2.</source>
        <translation>La bibliothèque %1 n&apos;a pas pu enregistrer la modification&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A tag could not be saved</source>
        <translation>Une étiquette n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The article could not be read</source>
        <translation>L&apos;article n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>No article has the id %1.</source>
        <translation>Aucun article ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be read</source>
        <translation>Les étiquettes de l&apos;article n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>The article could not be marked</source>
        <translation>L&apos;article n&apos;a pas pu être marqué</translation>
    </message>
    <message>
        <source>The tag could not be added</source>
        <translation>L&apos;étiquette n&apos;a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a tag in this library.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une étiquette de cette bibliothèque.</translation>
    </message>
    <message>
        <source>The tag could not be removed</source>
        <translation>L&apos;étiquette n&apos;a pas pu être retirée</translation>
    </message>
    <message>
        <source>The articles could not be read</source>
        <translation>Les articles n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be replaced</source>
        <translation>Les étiquettes de l&apos;article n&apos;ont pas pu être remplacées</translation>
    </message>
    <message>
        <source>The library&apos;s tags could not be read</source>
        <translation>Les étiquettes de la bibliothèque n’ont pas pu être lues</translation>
    </message>
</context>
<context>
    <name>ArticleUpdater</name>
    <message>
        <source>An article could not be read back: %1.</source>
        <translation>Un article n’a pas pu être relu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>An article could not be updated: %1.</source>
        <translation>Un article n’a pas pu être mis à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A tag could not be saved: %1.</source>
        <translation>Une étiquette n’a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>The articles matching the filters, in the order of the sorted column</source>
        <translation>Les articles correspondant aux filtres, dans l&apos;ordre de la colonne triée</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleView</name>
    <message>
        <source>%1 (date estimated)</source>
        <comment>the source gave no date: the import date</comment>
        <translation>%1 (date estimée)</translation>
    </message>
    <message>
        <source>Date and source</source>
        <translation>Date et source</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Link to the original article</source>
        <translation>Lien vers l&apos;article original</translation>
    </message>
    <message>
        <source>Mentions of a %1 are highlighted in this colour</source>
        <comment>legend: a kind of organization</comment>
        <translation>Les mentions du type «&#xa0;%1&#xa0;» sont surlignées de cette couleur</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Aucun article sélectionné</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Legend of the organization highlights</source>
        <translation>Légende des surlignages d&apos;organisations</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Organization names are highlighted by kind; activate one to filter the list by it</source>
        <translation>Les noms d&apos;organisations sont surlignés par type&#x202f;; activez-en un pour filtrer la liste</translation>
    </message>
    <message>
        <source>%1 (date of import; the source&apos;s date was in the future)</source>
        <translation>%1 (date d&apos;importation&#x202f;; la date de la source était dans le futur)</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportController</name>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export the selected articles, or the whole list, as a PDF briefing pack</source>
        <translation>Exporter les articles sélectionnés, ou toute la liste, sous forme de dossier d&apos;information PDF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln article sélectionné</numerusform>
            <numerusform>%Ln articles sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#x202f;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s)</source>
        <translation>
            <numerusform>%Ln article exporté</numerusform>
            <numerusform>%Ln articles exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln page(s) to %1.</source>
        <translation>
            <numerusform> sur %Ln page vers %1.</numerusform>
            <numerusform> sur %Ln pages vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportDialog</name>
    <message>
        <source>&amp;Continuous</source>
        <translation>&amp;Continu</translation>
    </message>
    <message>
        <source>One article per &amp;page</source>
        <translation>Un article par &amp;page</translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation>Table des &amp;matières</translation>
    </message>
    <message>
        <source>&amp;Legend of the highlight colours</source>
        <translation>&amp;Légende des couleurs de surlignage</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Exports %1 as a briefing pack.</source>
        <translation>Exporte %1 sous forme de dossier d&apos;information.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln article sélectionné</numerusform>
            <numerusform>les %Ln articles sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln article(s)</source>
        <translation>
            <numerusform>le seul article</numerusform>
            <numerusform>les %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the briefing pack a title.</source>
        <translation>Donnez un titre au dossier d&apos;information.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>briefing-pack</source>
        <translation>dossier-information</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetModel</name>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>Chercher une valeur</translation>
    </message>
    <message>
        <source>Find a filter value</source>
        <translation>Chercher une valeur de filtre</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>Valeurs de filtre</translation>
    </message>
    <message>
        <source>Regions, initiatives, organizations and countries; check values to filter the articles</source>
        <translation>Régions, initiatives, organisations et pays&#x202f;; cochez des valeurs pour filtrer les articles</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Click a view to apply its filter</source>
        <translation>Cliquez sur une vue pour appliquer son filtre</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Enregistrer le filtre actuel comme vue</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the selected view</source>
        <translation>Renommer la vue sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>Supprimer la vue sélectionnée</translation>
    </message>
    <message>
        <source>Click to apply the view &quot;%1&quot;</source>
        <translation>Cliquez pour appliquer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>Nouveau nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>Supprimer la vue enregistrée «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Uncheck every value and show every source; the search stays</source>
        <translation>Décocher toutes les valeurs et afficher toutes les sources ; la recherche reste</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importation de %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %Ln article(s) added.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: %Ln article ajouté.</numerusform>
            <numerusform>Importation annulée&#xa0;: %Ln articles ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln article(s) added.</source>
        <translation>
            <numerusform>Importation terminée&#xa0;: %Ln article ajouté.</numerusform>
            <numerusform>Importation terminée&#xa0;: %Ln articles ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed.</source>
        <translation>
            <numerusform>%Ln fichier en échec.</numerusform>
            <numerusform>%Ln fichiers en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and articles (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;RSS and Atom feeds (*.xml *.rss *.rdf *.atom);;JSON Feed and JSON articles (*.json);;Web pages (*.html *.htm);;Text (*.txt);;All files (*)</source>
        <translation>Flux et articles (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;Flux RSS et Atom (*.xml *.rss *.rdf *.atom);;JSON Feed et articles JSON (*.json);;Pages web (*.html *.htm);;Texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation>Annulation&#xa0;: le fichier en cours de lecture est annulé…</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Bilan de l’importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>item %1 (“%2”): %3</source>
        <translation>élément %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported; %n item(s) refused by the library</source>
        <translation>
            <numerusform>Importé&#x202f;; %n élément refusé par la bibliothèque</numerusform>
            <numerusform>Importé&#x202f;; %n éléments refusés par la bibliothèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::LibraryService</name>
    <message>
        <source>The library is not open yet.</source>
        <translation>La bibliothèque n&apos;est pas encore ouverte.</translation>
    </message>
</context>
<context>
    <name>Clearance::MainWindow</name>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <source>Filters, articles and reading pane</source>
        <translation>Filtres, articles et volet de lecture</translation>
    </message>
    <message>
        <source>Number of matching articles</source>
        <translation>Nombre d&apos;articles correspondants</translation>
    </message>
    <message>
        <source>Clearance — %1</source>
        <translation>Clearance — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import articles from files into this library</source>
        <translation>Importer dans cette bibliothèque des articles depuis des fichiers</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;Unread (Page Down First)</source>
        <translation>Prochain &amp;non lu (page suivante d&apos;abord)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Choose the language of the interface</source>
        <translation>Choisir la langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Clearance</source>
        <translation>À &amp;propos de Clearance</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>Décompte des articles…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread article below this one.</source>
        <translation>Aucun article non lu plus bas.</translation>
    </message>
    <message>
        <source>About Clearance</source>
        <translation>À propos de Clearance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;A desktop reader for customs and trade news: filter by region, initiative, organization and country, search, and read with every organization highlighted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;Un lecteur de l&apos;actualité douanière et commerciale&#xa0;: filtrez par région, initiative, organisation et pays, cherchez, et lisez chaque article avec les organisations surlignées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clearance — %1 (read-only)</source>
        <translation>Clearance — %1 (lecture seule)</translation>
    </message>
    <message>
        <source>This library is read-only: you can read, search and export it, not change it.</source>
        <translation>Cette bibliothèque est en lecture seule&#x202f;: vous pouvez la lire, y chercher et l’exporter, mais pas la modifier.</translation>
    </message>
    <message>
        <source>Your own taxonomy files are not used. %1</source>
        <translation>Vos propres fichiers de taxonomie ne sont pas utilisés. %1</translation>
    </message>
</context>
<context>
    <name>Clearance::ReaderActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>Mark &amp;All in This List as Read</source>
        <translation>Marquer &amp;tout cette liste comme lue</translation>
    </message>
    <message>
        <source>Mark every article matching the filters as read</source>
        <translation>Marquer comme lus tous les articles correspondant aux filtres</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) marked as read.</source>
        <translation>
            <numerusform>%Ln article marqué comme lu.</numerusform>
            <numerusform>%Ln articles marqués comme lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ReadingController</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Clearance::SearchBar</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Rechercher dans les articles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <source>Full-text search, combined with the facet filters</source>
        <translation>Recherche en texte intégral, combinée aux filtres</translation>
    </message>
    <message>
        <source>Search the title and text of every article</source>
        <translation>Rechercher dans le titre et le texte de tous les articles</translation>
    </message>
</context>
<context>
    <name>Clearance::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The window switches language at once. Article texts keep their own language and direction.</source>
        <translation>La fenêtre change de langue immédiatement. Les articles gardent leur propre langue et leur sens d&apos;écriture.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceDialog</name>
    <message>
        <source>A feed (RSS, Atom, JSON Feed)</source>
        <translation>Un flux (RSS, Atom, JSON Feed)</translation>
    </message>
    <message>
        <source>A news page without a feed</source>
        <translation>Une page d’actualités sans flux</translation>
    </message>
    <message>
        <source>Article links:</source>
        <translation>Liens des articles :</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Taken from the feed when left empty</source>
        <translation>Pris dans le flux si laissé vide</translation>
    </message>
    <message>
        <source>Nested folders are separated by &quot;/&quot;, as in Customs/Africa</source>
        <translation>Les dossiers imbriqués sont séparés par « / », comme dans Douanes/Afrique</translation>
    </message>
    <message>
        <source>Guessed from the page when left empty, or a path such as /news/*</source>
        <translation>Devinés à partir de la page si laissé vide, ou un chemin comme /news/*</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Fetch &amp;every:</source>
        <translation>Récupérer &amp;toutes les :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Clearance::SourcePanel</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Feeds and news pages by folder, with their unread articles; select one to see its articles</source>
        <translation>Flux et pages d’actualités par dossier, avec leurs articles non lus ; sélectionnez-en un pour voir ses articles</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Follow a feed or a news page</source>
        <translation>Suivre un flux ou une page d’actualités</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>Modifier la source sélectionnée</translation>
    </message>
    <message>
        <source>No sources yet: add the feeds and news pages you follow.</source>
        <translation>Aucune source pour l’instant : ajoutez les flux et pages d’actualités que vous suivez.</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Stop following &quot;%1&quot;? The articles already fetched from it stay in the library.</source>
        <translation>Ne plus suivre « %1 » ? Les articles déjà récupérés restent dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceRefresher</name>
    <message>
        <source>%1 asked to be left alone for a while; not fetched.</source>
        <translation>%1 a demandé qu’on le laisse tranquille un moment ; non récupérée.</translation>
    </message>
    <message>
        <source>%1 is gone (HTTP 410): the source was disabled.</source>
        <translation>%1 n’existe plus (HTTP 410) : la source a été désactivée.</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2) until %3.</source>
        <translation>%1 a demandé de ralentir (HTTP %2) jusqu’à %3.</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2).</source>
        <translation>%1 a demandé de ralentir (HTTP %2).</translation>
    </message>
    <message>
        <source>The feed listed no items this time; the articles already fetched are kept.</source>
        <translation>Le flux n’a listé aucun élément cette fois ; les articles déjà récupérés sont conservés.</translation>
    </message>
    <message>
        <source>No link on %1 matches %2.</source>
        <translation>Aucun lien de %1 ne correspond à %2.</translation>
    </message>
    <message>
        <source>No list of article links was found on %1; give the pattern of its article links.</source>
        <translation>Aucune liste de liens d’articles n’a été trouvée sur %1 ; indiquez le motif de ses liens d’articles.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceTreeModel</name>
    <message>
        <source>Not fetched yet</source>
        <translation>Pas encore récupérée</translation>
    </message>
    <message>
        <source>Fetched %1 ago</source>
        <translation>Récupérée il y a %1</translation>
    </message>
    <message>
        <source>%1; disabled, not fetched</source>
        <translation>%1 ; désactivée, non récupérée</translation>
    </message>
    <message>
        <source>%1; due now</source>
        <translation>%1 ; à récupérer maintenant</translation>
    </message>
    <message>
        <source>%1; next in %2</source>
        <translation>%1 ; prochaine dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln failures in a row)</source>
        <translation>
            <numerusform>%1 (%Ln échec d’affilée)</numerusform>
            <numerusform>%1 (%Ln échecs d’affilée)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::TagCandidateModel</name>
    <message>
        <source>%1 — region</source>
        <comment>add-tag completion</comment>
        <translation>%1 — région</translation>
    </message>
    <message>
        <source>%1 — initiative</source>
        <comment>add-tag completion</comment>
        <translation>%1 — initiative</translation>
    </message>
</context>
<context>
    <name>Clearance::TagEditor</name>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag chip tooltip: kind: label</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <comment>tag chip tooltip: kind: label, definition</comment>
        <translation>%1&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>+ Add tag…</source>
        <translation>+ Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag this article with a region or an initiative</source>
        <translation>Étiqueter cet article avec une région ou une initiative</translation>
    </message>
    <message>
        <source>Region or initiative…</source>
        <translation>Région ou initiative…</translation>
    </message>
    <message>
        <source>Region or initiative to add</source>
        <translation>Région ou initiative à ajouter</translation>
    </message>
    <message>
        <source>Regions and initiatives</source>
        <translation>Régions et initiatives</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library %1 is locked by another program.</source>
        <translation>La bibliothèque %1 est verrouillée par un autre programme.</translation>
    </message>
    <message>
        <source>The library %1 could not be used: %2.</source>
        <translation>La bibliothèque %1 n&apos;a pas pu être utilisée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 est un dossier, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not use the SQLite library Clearance was built with.</source>
        <translation>Le pilote SQLite de Qt n&apos;utilise pas la bibliothèque SQLite avec laquelle Clearance a été compilé.</translation>
    </message>
    <message>
        <source>The library %1 was not upgraded because its backup copy %2 could not be written: %3.</source>
        <translation>La bibliothèque %1 n&apos;a pas été mise à niveau, car sa copie de sauvegarde %2 n&apos;a pas pu être écrite&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Clearance (schema %2; this version reads up to %3).</source>
        <translation>La bibliothèque %1 a été écrite par une version plus récente de Clearance (schéma %2&#x202f;; cette version lit jusqu&apos;au schéma %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a Clearance library, or it is damaged; it was left as it is.</source>
        <translation>Le fichier %1 n&apos;est pas une bibliothèque Clearance, ou il est endommagé&#x202f;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The library %1 is read-only; nothing was written.</source>
        <translation>La bibliothèque %1 est en lecture seule&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>Il n&apos;y a pas de bibliothèque à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a library yet.</source>
        <translation>Le fichier %1 est vide&#x202f;; ce n&apos;est pas encore une bibliothèque.</translation>
    </message>
    <message>
        <source>The library %1 was written by an older version of Clearance and is read-only, so it cannot be upgraded.</source>
        <translation>La bibliothèque %1 a été écrite par une version plus ancienne de Clearance et elle est en lecture seule&#xa0;: elle ne peut donc pas être mise à niveau.</translation>
    </message>
    <message>
        <source>The library %1 has recent changes in its -wal file that cannot be read in a read-only folder; open it once where it can be written.</source>
        <translation>La bibliothèque %1 a des modifications récentes dans son fichier -wal qui ne peuvent pas être lues dans un dossier en lecture seule&#x202f;; ouvrez-la une fois là où elle peut être écrite.</translation>
    </message>
</context>
<context>
    <name>FetchMessages</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 a répondu HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing came for %2 s.</source>
        <translation>%1 ne répond plus&#xa0;: rien n’est arrivé depuis %2&#xa0;s.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s to download.</source>
        <translation>Le téléchargement de %1 a pris plus de %2&#xa0;s.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 dépasse la limite de %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without a valid Location.</source>
        <translation>%1 a répondu HTTP %2 (une redirection) sans en-tête Location valide.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not an http or https address.</source>
        <translation>%1 redirige vers %2, qui n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop, back to %2.</source>
        <translation>%1 redirige en boucle, de nouveau vers %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %Ln time(s).</source>
        <translation>
            <numerusform>%1 redirige plus de %Ln fois.</numerusform>
            <numerusform>%1 redirige plus de %Ln fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source> or </source>
        <comment>between two values of one kind in a filter</comment>
        <translation> ou </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search text in a filter description</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lus</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>favoris</translation>
    </message>
    <message>
        <source>Customs and trade briefing</source>
        <translation>Veille douanière et commerciale</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Institution des Nations Unies</translation>
    </message>
    <message>
        <source>Multilateral initiative</source>
        <translation>Initiative multilatérale</translation>
    </message>
    <message>
        <source>Regional economic community</source>
        <translation>Communauté économique régionale</translation>
    </message>
    <message>
        <source>National customs administration</source>
        <translation>Administration nationale des douanes</translation>
    </message>
    <message>
        <source>Tax administration</source>
        <translation>Administration fiscale</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>Centre de formation</translation>
    </message>
    <message>
        <source>Private-sector association</source>
        <translation>Association du secteur privé</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Organisation non gouvernementale</translation>
    </message>
    <message>
        <source>Other organization</source>
        <translation>Autre organisation</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of articles.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;articles.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: the import was cancelled.</source>
        <translation>%1 n’a pas été importé&#xa0;: l’importation a été annulée.</translation>
    </message>
</context>
<context>
    <name>JsonFeedReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: %1 (%2)</source>
        <translation>ce n’est pas du JSON bien formé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: text after the end (%1)</source>
        <translation>ce n’est pas du JSON bien formé&#xa0;: du texte suit la fin (%1)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;,&apos; or &apos;]&apos; expected between items (%1)</source>
        <translation>ce n’est pas du JSON bien formé&#xa0;: «&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu entre les éléments (%1)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;%1&apos; closes nothing open (%2)</source>
        <translation>ce n’est pas du JSON bien formé&#xa0;: «&#xa0;%1&#xa0;» ne ferme rien d’ouvert (%2)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: the file ends before the data does (%1)</source>
        <translation>ce n’est pas du JSON bien formé&#xa0;: le fichier se termine avant les données (%1)</translation>
    </message>
    <message>
        <source>it is JSON, but neither a JSON Feed (no &quot;items&quot;) nor an array of articles</source>
        <translation>c’est du JSON, mais ni un JSON Feed (pas de «&#xa0;items&#xa0;») ni un tableau d’articles</translation>
    </message>
</context>
<context>
    <name>LibraryChooser</name>
    <message>
        <source>Clearance libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliothèques Clearance (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation>La bibliothèque %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Choose another library…</source>
        <translation>Choisir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>Create a new library…</source>
        <translation>Créer une bibliothèque…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Choose another library</source>
        <translation>Choisir une autre bibliothèque</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>Créer une bibliothèque</translation>
    </message>
    <message>
        <source>Quit Clearance</source>
        <translation>Quitter Clearance</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>it is a feed (its root element is &lt;%1&gt;), not an OPML list of feeds: subscribe to its address instead</source>
        <translation>c’est un flux (son élément racine est &lt;%1&gt;), pas une liste de flux OPML&#xa0;: abonnez-vous plutôt à son adresse</translation>
    </message>
    <message>
        <source>it is XML but not an OPML list of feeds (its root element is &lt;%1&gt;)</source>
        <translation>c’est du XML mais pas une liste de flux OPML (son élément racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>il ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a valid URL</source>
        <translation>son adresse «&#xa0;%1&#xa0;» n’est pas une URL valide</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a full URL (http://... or https://...)</source>
        <translation>son adresse «&#xa0;%1&#xa0;» n’est pas une URL complète (http://... ou https://...)</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not an http or https address</source>
        <translation>son adresse «&#xa0;%1&#xa0;» n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>the same address is listed above, as &quot;%1&quot;</source>
        <translation>la même adresse figure plus haut, sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it includes another OPML file, which is not followed</source>
        <translation>il inclut un autre fichier OPML, qui n’est pas suivi</translation>
    </message>
    <message>
        <source>it is a link without an address</source>
        <translation>c’est un lien sans adresse</translation>
    </message>
    <message>
        <source>it has more than %1 outlines; Clearance reads subscription lists of up to that many</source>
        <translation>il compte plus de %1 éléments outline&#xa0;; Clearance lit les listes d’abonnements jusqu’à ce nombre</translation>
    </message>
    <message>
        <source>its outlines are nested more than %1 deep</source>
        <translation>ses éléments outline sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>it is a feed without an address (xmlUrl)</source>
        <translation>c’est un flux sans adresse (xmlUrl)</translation>
    </message>
    <message>
        <source>it is an OPML file but lists no feed</source>
        <translation>c’est un fichier OPML, mais il ne cite aucun flux</translation>
    </message>
    <message>
        <source>it is an OPML file, but none of the feeds it lists can be subscribed to: the first, &quot;%1&quot;, is left out because %2</source>
        <translation>c’est un fichier OPML, mais on ne peut s’abonner à aucun des flux qu’il cite&#xa0;: le premier, «&#xa0;%1&#xa0;», est écarté car %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it holds binary data, not an OPML list of feeds</source>
        <translation>il contient des données binaires, pas une liste de flux OPML</translation>
    </message>
    <message>
        <source>it is not XML, so not an OPML list of feeds</source>
        <translation>ce n’est pas du XML, donc pas une liste de flux OPML</translation>
    </message>
    <message>
        <source>it is a web page, not an OPML list of feeds</source>
        <translation>c’est une page web, pas une liste de flux OPML</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, more than any list of feeds</source>
        <translation>il dépasse %1&#xa0;Mo, plus qu’aucune liste de flux</translation>
    </message>
</context>
<context>
    <name>PageLinkPattern</name>
    <message>
        <source>the link pattern is empty</source>
        <translation>le motif de liens est vide</translation>
    </message>
    <message>
        <source>the link pattern is longer than %1 characters</source>
        <translation>le motif de liens dépasse %1&#xa0;caractères</translation>
    </message>
    <message>
        <source>the link pattern &quot;%1&quot; is neither a path (starting with &quot;/&quot;) nor an http or https address</source>
        <translation>le motif de liens «&#xa0;%1&#xa0;» n’est ni un chemin (commençant par «&#xa0;/&#xa0;») ni une adresse http ou https</translation>
    </message>
</context>
<context>
    <name>PdfContents</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée&#x202f;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>Il n&apos;y a aucun article à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être commencé.</translation>
    </message>
</context>
<context>
    <name>PdfTitlePage</name>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations are highlighted by kind</source>
        <translation>Les organisations sont surlignées par type</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The saved views could not be read</source>
        <translation>Les vues enregistrées n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Une vue enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>The view could not be saved</source>
        <translation>La vue n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>A saved view is already called &quot;%1&quot;.</source>
        <translation>Une vue enregistrée s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The view could not be renamed</source>
        <translation>La vue n&apos;a pas pu être renommée</translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation>La vue enregistrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The view could not be deleted</source>
        <translation>La vue n&apos;a pas pu être supprimée</translation>
    </message>
</context>
<context>
    <name>SeedTextParser</name>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>Le fichier ne contient aucun article&#xa0;: une ligne de titre, une ligne vide puis le texte de l&apos;article étaient attendus.</translation>
    </message>
</context>
<context>
    <name>SortedIdCache</name>
    <message>
        <source>The articles could not be sorted: %1.</source>
        <translation>Les articles n&apos;ont pas pu être triés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SourceDiscovery</name>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a web page.</source>
        <translation>%1 n’est ni un flux ni une page web.</translation>
    </message>
    <message>
        <source>%1 is a list of feeds (OPML): subscribe to them with clearance-cli sources import-opml FILE.</source>
        <translation>%1 est une liste de flux (OPML) : abonnez-vous-y avec clearance-cli sources import-opml FICHIER.</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>A source needs an address.</source>
        <translation>Une source a besoin d’une adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https://).</source>
        <translation>« %1 » n’est pas une adresse web (elle devrait commencer par https://).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: only http and https sources can be fetched.</source>
        <translation>« %1 » n’est pas une adresse web : seules les sources http et https peuvent être récupérées.</translation>
    </message>
    <message>
        <source>The sources could not be read</source>
        <translation>Impossible de lire les sources</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation>Il n’y a pas de source %1.</translation>
    </message>
    <message>
        <source>A source&apos;s interval cannot be negative.</source>
        <translation>L’intervalle d’une source ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is already a source (%2).</source>
        <translation>%1 est déjà une source (%2).</translation>
    </message>
    <message>
        <source>The source could not be added</source>
        <translation>Impossible d’ajouter la source</translation>
    </message>
    <message>
        <source>%1 is already a source.</source>
        <translation>%1 est déjà une source.</translation>
    </message>
    <message>
        <source>The source could not be changed</source>
        <translation>Impossible de modifier la source</translation>
    </message>
    <message>
        <source>The source could not be removed</source>
        <translation>Impossible de supprimer la source</translation>
    </message>
    <message>
        <source>The source&apos;s fetch could not be recorded</source>
        <translation>Impossible d’enregistrer la récupération de la source</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source</source>
        <translation>Impossible de relier les articles à leur source</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source: %1.</source>
        <translation>Impossible de relier les articles à leur source : %1.</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be read</source>
        <translation>Impossible de lire les liens de la source</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded</source>
        <translation>Impossible d’enregistrer les liens de la source</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded: %1.</source>
        <translation>Impossible d’enregistrer les liens de la source : %1.</translation>
    </message>
    <message>
        <source>The sources could not be added: %1.</source>
        <translation>Impossible d’ajouter les sources : %1.</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>The taxonomy file %1 could not be read: %2.</source>
        <translation>Le fichier de taxonomie %1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The taxonomy file %1 is not valid JSON (at byte %2: %3).</source>
        <translation>Le fichier de taxonomie %1 n&apos;est pas du JSON valide (à l&apos;octet %2&#xa0;: %3).</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>Le fichier n&apos;est pas du texte %1 valide.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is a %1 file, not text.</source>
        <translation>Le fichier est un fichier %1, pas du texte.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>Le fichier contient des données binaires, pas du texte.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1 at offset %2 is not valid UTF-8); it may use a legacy encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8 and import it again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (l&apos;octet 0x%1 à la position %2 n&apos;est pas de l&apos;UTF-8 valide)&#x202f;; il utilise peut-être un ancien encodage comme Windows-1252 ou ISO-8859-1&#xa0;: enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file holds control characters, so it is not plain text.</source>
        <translation>Le fichier contient des caractères de contrôle&#x202f;; ce n&apos;est donc pas du texte brut.</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>Le fichier ne contient aucun article&#xa0;: une ligne de titre, une ligne vide puis le texte de l&apos;article étaient attendus.</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>it is XML but not a feed (its root element is &lt;%1&gt;); Clearance reads RSS, RSS 1.0 (RDF), Atom, JSON Feed, JSON article lists, HTML pages and text</source>
        <translation>c’est du XML mais pas un flux (son élément racine est &lt;%1&gt;)&#xa0;; Clearance lit RSS, RSS 1.0 (RDF), Atom, JSON Feed, les listes d’articles JSON, les pages HTML et le texte</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>il ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>it is an OPML file: a list of feeds, not of articles, and it lists no feed</source>
        <translation>c’est un fichier OPML&#xa0;: une liste de flux, pas d’articles, et il ne cite aucun flux</translation>
    </message>
    <message numerus="yes">
        <source>it is an OPML file: a list of feeds, not of articles; it lists %n feed(s) such as %1. To subscribe to them, use: clearance-cli sources import-opml FILE</source>
        <translation>
            <numerusform>c’est un fichier OPML&#xa0;: une liste de flux, pas d’articles&#xa0;; il cite %n flux, dont %1. Pour vous y abonner&#xa0;: clearance-cli sources import-opml FICHIER</numerusform>
            <numerusform>c’est un fichier OPML&#xa0;: une liste de flux, pas d’articles&#xa0;; il cite %n flux, dont %1. Pour vous y abonner&#xa0;: clearance-cli sources import-opml FICHIER</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message>
        <source>the file declares the encoding &quot;%1&quot;, which Clearance cannot read</source>
        <translation>le fichier déclare l’encodage «&#xa0;%1&#xa0;», que Clearance ne sait pas lire</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>ce n’est pas du XML bien formé&#xa0;: %1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>it has more than %1 MB of declarations and comments before its first element</source>
        <translation>il contient plus de %1 Mo de déclarations et de commentaires avant son premier élément</translation>
    </message>
    <message>
        <source>the feed&apos;s entities expand to more than %1 characters from %2 bytes of the file; a feed built to exhaust memory is not read</source>
        <translation>les entités du flux se développent en plus de %1 caractères à partir de %2 octets du fichier&#x202f;; un flux conçu pour épuiser la mémoire n’est pas lu</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes; a feed built to take the reader&apos;s time is not read</source>
        <translation>un élément a plus de %1 attributs&#x202f;; un flux conçu pour accaparer le lecteur n’est pas lu</translation>
    </message>
    <message>
        <source>it is not valid UTF-8: byte 0x%1 at offset %2 (line %3, column %4) is not part of a UTF-8 character</source>
        <translation>ce n’est pas de l’UTF-8 valide&#xa0;: l’octet 0x%1 à la position %2 (ligne %3, colonne %4) ne fait partie d’aucun caractère UTF-8</translation>
    </message>
</context>
<context>
    <name>clearance</name>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>A desktop reader for customs and trade news.</source>
        <translation>Un lecteur de l&apos;actualité douanière et commerciale.</translation>
    </message>
    <message>
        <source>The library file to open (default: %1, created with the sample articles on first use).</source>
        <translation>Le fichier de bibliothèque à ouvrir (par défaut&#xa0;: %1, créé avec les articles d&apos;exemple à la première utilisation).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>The language of the interface for this run: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>La langue de l&apos;interface pour cette session&#xa0;: %1 (par défaut&#xa0;: celle choisie dans les Préférences, sinon celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Files to import into the library once the window is open.</source>
        <translation>Fichiers à importer dans la bibliothèque une fois la fenêtre ouverte.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#x202f;; utilisez l&apos;une de celles-ci&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>clearance-cli</name>
    <message>
        <source>annotate: give one file, or - for standard input.</source>
        <translation>annotate&#xa0;: indiquez un fichier, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>Il n&apos;y a pas de bibliothèque à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Run &quot;clearance-cli --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;clearance-cli --help&#xa0;» pour l&apos;aide.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez l&apos;un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (or an option without its value).</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;» (ou option sans sa valeur).</translation>
    </message>
    <message>
        <source>export-pdf: unexpected argument &quot;%1&quot;.</source>
        <translation>export-pdf&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>export-pdf needs --output FILE.</source>
        <translation>export-pdf requiert --output FICHIER.</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use a4 or letter.</source>
        <translation>Format de papier inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez a4 ou letter.</translation>
    </message>
    <message>
        <source>--ids needs article ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--ids attend des identifiants d&apos;articles séparés par des virgules, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>export-pdf: give either --ids or filter options, not both.</source>
        <translation>export-pdf&#xa0;: indiquez soit --ids, soit des options de filtre, pas les deux.</translation>
    </message>
    <message>
        <source>No article matches the filter; nothing was exported.</source>
        <translation>Aucun article ne correspond au filtre&#x202f;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Chosen articles</source>
        <translation>Articles choisis</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Wrote %1: </source>
        <translation>%1 écrit&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s).</source>
        <translation>
            <numerusform>, %n page.</numerusform>
            <numerusform>, %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>facets: unexpected argument &quot;%1&quot;.</source>
        <translation>facets&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>import: give one or more files.</source>
        <translation>import&#xa0;: indiquez un ou plusieurs fichiers.</translation>
    </message>
    <message>
        <source>--limit needs a whole number, not &quot;%1&quot;.</source>
        <translation>--limit attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>list: unexpected argument &quot;%1&quot;.</source>
        <translation>list&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--lang needs one of: %1.</source>
        <translation>--lang attend l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--library needs a path.</source>
        <translation>--library attend un chemin.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>retag takes no argument.</source>
        <translation>retag ne prend aucun argument.</translation>
    </message>
    <message numerus="yes">
        <source>Re-tagged %n article(s)</source>
        <translation>
            <numerusform>%n article réétiqueté</numerusform>
            <numerusform>%n articles réétiquetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n changed.</source>
        <translation>
            <numerusform>&#x202f;; %n modifié.</numerusform>
            <numerusform>&#x202f;; %n modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>show: give one article id.</source>
        <translation>show&#xa0;: indiquez un identifiant d&apos;article.</translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not an article id.</source>
        <translation>show&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;article.</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié le&#xa0;: %1</translation>
    </message>
    <message>
        <source> (date of import; the source gave none)</source>
        <translation> (date d&apos;importation&#x202f;; la source n&apos;en donnait pas)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>taxonomy takes no argument.</source>
        <translation>taxonomy ne prend aucun argument.</translation>
    </message>
    <message>
        <source>; read as %1.</source>
        <translation>; lu comme %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) added</source>
        <translation>
            <numerusform>%1&#xa0;: %n article ajouté</numerusform>
            <numerusform>%1&#xa0;: %n articles ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n déjà dans la bibliothèque</numerusform>
            <numerusform>, %n déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n updated</source>
        <translation>
            <numerusform> (%n mis à jour</numerusform>
            <numerusform> (%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged)</source>
        <translation>
            <numerusform>, %n inchangé)</numerusform>
            <numerusform>, %n inchangés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for having neither title nor text</source>
        <translation>
            <numerusform>, %n ignoré faute de titre et de texte</numerusform>
            <numerusform>, %n ignorés faute de titre et de texte</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Régions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Initiatives: %1</source>
        <translation>Initiatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>Organisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the tags of a kind in show</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: item %2 (“%3”) was not saved: %4.</source>
        <translation>%1&#xa0;: l’élément %2 («&#xa0;%3&#xa0;») n’a pas été enregistré&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Note: the source gave no title; it is the start of the text.</source>
        <translation>Remarque&#xa0;: la source ne donnait pas de titre&#x202f;; c’est le début du texte.</translation>
    </message>
    <message>
        <source>No text in the feed: open the original.</source>
        <translation>Aucun texte dans le flux&#xa0;: ouvrez l’original.</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>Le texte s’arrête ici&#xa0;: la source en donnait plus qu’un article n’en garde.</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; &quot;clearance-cli taxonomy&quot; lists them all.</source>
        <translation>%1 n&apos;a pas de valeur «&#xa0;%2&#xa0;»&#x202f;; «&#xa0;clearance-cli taxonomy&#xa0;» les énumère toutes.</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; did you mean %3?</source>
        <translation>%1 n&apos;a pas de valeur «&#xa0;%2&#xa0;»&#x202f;; vouliez-vous dire %3&#x202f;?</translation>
    </message>
    <message>
        <source>Imports articles, one transaction per file. FILE may be - (standard input) or a pipe, which is read once.</source>
        <translation>Importe des articles, une transaction par fichier. FICHIER peut être - (l&apos;entrée standard) ou un tube, lu une seule fois.</translation>
    </message>
    <message>
        <source>Lists the matching articles.</source>
        <translation>Liste les articles correspondants.</translation>
    </message>
    <message>
        <source>Counts the matching articles by region, initiative, organization and country.</source>
        <translation>Compte les articles correspondants par région, initiative, organisation et pays.</translation>
    </message>
    <message>
        <source>Shows one article.</source>
        <translation>Affiche un article.</translation>
    </message>
    <message>
        <source>Writes a briefing pack of the chosen or matching articles. --output - writes it to standard output; an existing file that is not a PDF is replaced only with --force, and the library never.</source>
        <translation>Écrit un dossier d&apos;information des articles choisis ou correspondants. --output - l&apos;écrit sur la sortie standard&#x202f;; un fichier existant qui n&apos;est pas un PDF n&apos;est remplacé qu&apos;avec --force, et la bibliothèque jamais.</translation>
    </message>
    <message>
        <source>Re-tags every article with the current taxonomy.</source>
        <translation>Réétiquette tous les articles avec la taxonomie actuelle.</translation>
    </message>
    <message>
        <source>Prints the mentions in a text (no library needed).</source>
        <translation>Affiche les mentions d&apos;un texte (sans bibliothèque).</translation>
    </message>
    <message>
        <source>Prints the regions, initiatives, organizations and countries.</source>
        <translation>Affiche les régions, initiatives, organisations et pays.</translation>
    </message>
    <message>
        <source>Usage: clearance-cli [--library PATH] [--lang CODE] %1</source>
        <translation>Utilisation&#xa0;: clearance-cli [--library CHEMIN] [--lang CODE] %1</translation>
    </message>
    <message>
        <source>%1 could not be read: no temporary file could be made (%2).</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: aucun fichier temporaire n&apos;a pu être créé (%2).</translation>
    </message>
    <message>
        <source>%1 gives more than %2 MB; save it to a file and import that.</source>
        <translation>%1 fournit plus de %2&#xa0;Mo&#x202f;; enregistrez-le dans un fichier et importez celui-ci.</translation>
    </message>
    <message>
        <source>Standard output is a terminal; redirect it to a file or a program to receive the PDF.</source>
        <translation>La sortie standard est un terminal&#x202f;; redirigez-la vers un fichier ou un programme pour recevoir le PDF.</translation>
    </message>
    <message>
        <source>%1 is the library or one of its files; choose another file for the PDF. Nothing was written.</source>
        <translation>%1 est la bibliothèque ou l&apos;un de ses fichiers&#x202f;; choisissez un autre fichier pour le PDF. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the path of the file itself. Nothing was written.</source>
        <translation>%1 est un lien symbolique&#x202f;; indiquez le chemin du fichier lui-même. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a file. Nothing was written.</source>
        <translation>%1 est un dossier&#x202f;; indiquez le chemin d&apos;un fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; use --output - to write to standard output. Nothing was written.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#x202f;; utilisez --output - pour écrire sur la sortie standard. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 exists and is not a PDF; add --force to replace it. Nothing was written.</source>
        <translation>%1 existe et n&apos;est pas un PDF&#x202f;; ajoutez --force pour le remplacer. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 cannot be written to.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The PDF could not be written to standard output: %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source> (date of import; the source&apos;s date was in the future)</source>
        <translation> (date d&apos;importation&#x202f;; la date de la source était dans le futur)</translation>
    </message>
    <message>
        <source>sources %1: give one source id.</source>
        <translation>sources %1 : indiquez un identifiant de source.</translation>
    </message>
    <message>
        <source>sources %1: &quot;%2&quot; is not a source id.</source>
        <translation>sources %1 : « %2 » n’est pas un identifiant de source.</translation>
    </message>
    <message>
        <source>sources add: give one address.</source>
        <translation>sources add : indiquez une adresse.</translation>
    </message>
    <message>
        <source>--interval takes a number of minutes, 1 or more.</source>
        <translation>--interval prend un nombre de minutes, 1 ou plus.</translation>
    </message>
    <message>
        <source>--links is for page sources: add --page.</source>
        <translation>--links concerne les sources de type page : ajoutez --page.</translation>
    </message>
    <message>
        <source>sources list: unexpected argument &quot;%1&quot;.</source>
        <translation>sources list : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>sources: unknown action &quot;%1&quot;.</source>
        <translation>sources : action inconnue « %1 ».</translation>
    </message>
    <message>
        <source>--source takes source ids (&quot;clearance-cli sources list&quot;), not &quot;%1&quot;.</source>
        <translation>--source prend des identifiants de source (« clearance-cli sources list »), pas « %1 ».</translation>
    </message>
    <message>
        <source>--source: there is no source %1; &quot;clearance-cli sources list&quot; lists them.</source>
        <translation>--source : il n’y a pas de source %1 ; « clearance-cli sources list » les énumère.</translation>
    </message>
    <message>
        <source>FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --source ID --search TEXT --unread --starred
</source>
        <translation>FILTRE&#xa0;: --region ID --initiative ID --org ID --country CC (répétables&#x202f;; OU au sein d&apos;un type,
         ET entre les types) --source ID --search TEXTE --unread --starred
</translation>
    </message>
    <message>
        <source>fetch: unexpected argument &quot;%1&quot;.</source>
        <translation>fetch : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--source takes a source id, not &quot;%1&quot;.</source>
        <translation>--source prend un identifiant de source, pas « %1 ».</translation>
    </message>
    <message>
        <source>--source and --due-only exclude each other.</source>
        <translation>--source et --due-only s’excluent.</translation>
    </message>
    <message>
        <source>sources import-opml: give one file.</source>
        <translation>sources import-opml : indiquez un fichier.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé : %2</translation>
    </message>
    <message>
        <source>%1: outline %2 (%3) left out: %4</source>
        <translation>%1 : élément %2 (%3) écarté : %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln source(s) added</source>
        <translation>
            <numerusform>%1 : %Ln source ajoutée</numerusform>
            <numerusform>%1 : %Ln sources ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already followed</source>
        <translation>
            <numerusform>, %Ln déjà suivie</numerusform>
            <numerusform>, %Ln déjà suivies</numerusform>
        </translation>
    </message>
    <message>
        <source>sources export-opml: give one file, or - for standard output.</source>
        <translation>sources export-opml : indiquez un fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>%1 is the library; choose another file.</source>
        <translation>%1 est la bibliothèque ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>Impossible d’écrire la liste.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is a web page without a feed; add it with --page to follow its article links.</source>
        <translation>%1 est une page web sans flux ; ajoutez-la avec --page pour suivre ses liens d’articles.</translation>
    </message>
    <message>
        <source>%1 is a web page; its feed is %2.</source>
        <translation>%1 est une page web ; son flux est %2.</translation>
    </message>
    <message>
        <source>sources: give an action (add, list, remove, enable, disable, import-opml, export-opml).</source>
        <translation>sources : indiquez une action (add, list, remove, enable, disable, import-opml, export-opml).</translation>
    </message>
    <message>
        <source>Usage: clearance-cli [--library PATH] [--lang CODE] COMMAND [OPTIONS]

Commands:
  import FILE...                    import articles (one transaction per file; - or a pipe: standard
                                    input or the pipe, read once)
  list   [FILTER] [--limit N] [--format tsv|json]
  facets [FILTER] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output FILE|- [--force] [--ids 1,2,..] [FILTER] [--title TEXT]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    a briefing pack of the chosen or matching articles (- writes it
                                    to standard output; --force replaces a file that is not a PDF)
  retag                             re-tag every article with the current taxonomy
  annotate [FILE|-] [--format json|tsv]   the mentions in a text (no library needed)
  taxonomy [--format tsv|json]      the regions, initiatives, organizations and countries
  sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]]
  sources list [--format tsv|json]
  sources remove|enable|disable ID  the feeds and news pages the library follows
  sources import-opml FILE | export-opml FILE|-   subscriptions from or to other readers
  fetch [--source ID] [--due-only] [--format tsv|json]   fetch the sources now (exit 1 if one failed)

--lang CODE: the language of messages, labels and PDF packs (%2; default: the one chosen in the
window&apos;s Preferences, else the system&apos;s). Ids and column names stay the same in every language.

FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --source ID --search TEXT --unread --starred

COMMAND --help: the usage of that command.

The default library is %1; it is created with the sample articles on first use.
</source>
        <translation>Utilisation&#xa0;: clearance-cli [--library CHEMIN] [--lang CODE] COMMANDE [OPTIONS]

Commandes&#xa0;:
  import FICHIER...                 importer des articles (une transaction par fichier&#x202f;; - ou un tube&#xa0;:
                                    l&apos;entrée standard ou le tube, lus une seule fois)
  list   [FILTRE] [--limit N] [--format tsv|json]
  facets [FILTRE] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output FICHIER|- [--force] [--ids 1,2,..] [FILTRE] [--title TEXTE]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    un dossier d&apos;information des articles choisis ou correspondants
                                    (- l&apos;écrit sur la sortie standard&#x202f;; --force remplace un fichier
                                    qui n&apos;est pas un PDF)
  retag                             réétiqueter tous les articles avec la taxonomie actuelle
  annotate [FICHIER|-] [--format json|tsv]   les mentions d&apos;un texte (sans bibliothèque)
  taxonomy [--format tsv|json]      les régions, initiatives, organisations et pays
  sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]]
  sources list [--format tsv|json]
  sources remove|enable|disable ID  les flux et pages d’actualités que suit la bibliothèque
  sources import-opml FILE | export-opml FILE|-   les abonnements depuis ou vers d’autres lecteurs
  fetch [--source ID] [--due-only] [--format tsv|json]   récupérer les sources maintenant (code 1 si l’une échoue)

--lang CODE&#xa0;: la langue des messages, des libellés et des dossiers PDF (%2&#x202f;; par défaut&#xa0;: celle choisie dans les
Préférences de la fenêtre, sinon celle du système). Les identifiants et les noms de colonnes restent les mêmes dans
toutes les langues.

FILTRE&#xa0;: --region ID --initiative ID --org ID --country CC (répétables&#x202f;; OU au sein d&apos;un type,
         ET entre les types) --source ID --search TEXTE --unread --starred

COMMANDE --help&#xa0;: l&apos;utilisation de cette commande.

La bibliothèque par défaut est %1&#x202f;; elle est créée avec les articles d&apos;exemple à la première utilisation.
</translation>
    </message>
    <message>
        <source>The feeds and news pages the library follows. add prints the new source&apos;s id; a web page&apos;s address adds the feed the page declares (--no-check adds the address as given, unfetched); --page adds a news page without a feed, whose article links are found on it (--links: only links whose path matches PATTERN); --interval overrides the default time between fetches. remove keeps the articles already fetched from the source. import-opml and export-opml read and write the OPML lists feed readers exchange.</source>
        <translation>Les flux et pages d’actualités que suit la bibliothèque. add affiche l’identifiant de la nouvelle source ; l’adresse d’une page web ajoute le flux que la page déclare (--no-check ajoute l’adresse telle quelle, sans la récupérer) ; --page ajoute une page d’actualités sans flux, dont les liens d’articles sont trouvés sur la page (--links : seulement les liens dont le chemin correspond à PATTERN) ; --interval remplace le délai par défaut entre deux récupérations. remove garde les articles déjà récupérés de la source. import-opml et export-opml lisent et écrivent les listes OPML qu’échangent les lecteurs de flux.</translation>
    </message>
    <message>
        <source>Fetches the enabled sources now (--source: that one, even disabled; --due-only: those whose time has come, for cron), politely, and prints per source its status, HTTP status, new, updated and unchanged articles and any error. Exits 1 when a source failed.</source>
        <translation>Récupère maintenant les sources activées (--source : celle-ci, même désactivée ; --due-only : celles dont l’heure est venue, pour cron), poliment, et affiche pour chaque source son état, son statut HTTP, ses articles nouveaux, mis à jour et inchangés et toute erreur. Code de sortie 1 si une source a échoué.</translation>
    </message>
</context>
</TS>
