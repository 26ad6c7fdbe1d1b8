<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArticleDocument</name>
    <message>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <source>Initiatives:</source>
        <translation>Iniciativas:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tooltip of an organization: its full name — its kind</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open the original</source>
        <translation>abrir el original</translation>
    </message>
    <message>
        <source>No text in the feed — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>Sin texto en la fuente — %1</translation>
    </message>
    <message>
        <source>No text in the feed.</source>
        <translation>Sin texto en la fuente.</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>El texto se detiene aquí: la fuente daba más de lo que guarda un artículo — %1</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>El texto se detiene aquí: la fuente daba más de lo que guarda un artículo.</translation>
    </message>
</context>
<context>
    <name>ArticleImportWriter</name>
    <message>
        <source>The library %1 could not prepare the import: %2.</source>
        <translation>La biblioteca %1 no pudo preparar la importación: %2.</translation>
    </message>
    <message>
        <source>The new articles could not be indexed: %1.</source>
        <translation>No se pudieron indexar los artículos nuevos: %1.</translation>
    </message>
    <message>
        <source>Item %1 (“%2”) could not be saved: %3.</source>
        <translation>No se pudo guardar el elemento %1 («%2»): %3.</translation>
    </message>
    <message>
        <source>The article “%1” could not be saved: %2.</source>
        <translation>No se pudo guardar el artículo «%1»: %2.</translation>
    </message>
    <message>
        <source>its tags could not be saved: %1</source>
        <translation>no se pudieron guardar sus etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>ArticleQueries</name>
    <message>
        <source>The library %1 could not be read: %2.</source>
        <translation>No se pudo leer la biblioteca %1: %2.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be run: %2.</source>
        <translation>No se pudo realizar la búsqueda «%1»: %2.</translation>
    </message>
    <message>
        <source>The articles could not be listed: %1.</source>
        <translation>No se pudieron listar los artículos: %1.</translation>
    </message>
    <message>
        <source>The articles of the sources could not be read: %1.</source>
        <translation>No se pudieron leer los artículos de las fuentes: %1.</translation>
    </message>
</context>
<context>
    <name>ArticleReaderFactory</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file holds binary data, not articles.</source>
        <translation>El archivo contiene datos binarios, no artículos.</translation>
    </message>
    <message>
        <source>The file is a %1 file, not articles.</source>
        <translation>El archivo es un archivo %1, no artículos.</translation>
    </message>
    <message>
        <source>The page holds no text.</source>
        <translation>La página no contiene texto.</translation>
    </message>
    <message>
        <source>The file is too large for a web page (%1 MB; pages of up to %2 MB are imported).</source>
        <translation>El archivo es demasiado grande para una página web (%1 MB; se importan páginas de hasta %2 MB).</translation>
    </message>
    <message>
        <source>The file has more than %1 MB of comments and declarations before its first element; it is not read as a feed.</source>
        <translation>El archivo tiene más de %1 MB de comentarios y declaraciones antes de su primer elemento; no se lee como fuente.</translation>
    </message>
    <message>
        <source>The address gave plain text, not a feed.</source>
        <translation>La dirección devolvió texto sin formato, no un canal.</translation>
    </message>
    <message>
        <source>The address gave a web page, not a feed (an error page, a sign-in page or the site&apos;s front page?).</source>
        <translation>La dirección devolvió una página web, no un canal (¿una página de error, de inicio de sesión o la portada del sitio?).</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The library %1 is busy in another program; try again.</source>
        <translation>La biblioteca %1 está ocupada por otro programa; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>El disco que contiene %1 está lleno.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The library %1 could not start a transaction: %2.</source>
        <translation>La biblioteca %1 no pudo iniciar una transacción: %2.</translation>
    </message>
    <message>
        <source>The library %1 could not save the change: %2.</source>
        <translation>La biblioteca %1 no pudo guardar el cambio: %2.</translation>
    </message>
    <message>
        <source>A tag could not be saved</source>
        <translation>No se pudo guardar una etiqueta</translation>
    </message>
    <message>
        <source>The article could not be read</source>
        <translation>No se pudo leer el artículo</translation>
    </message>
    <message>
        <source>No article has the id %1.</source>
        <translation>Ningún artículo tiene el identificador %1.</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be read</source>
        <translation>No se pudieron leer las etiquetas del artículo</translation>
    </message>
    <message>
        <source>The article could not be marked</source>
        <translation>No se pudo marcar el artículo</translation>
    </message>
    <message>
        <source>The tag could not be added</source>
        <translation>No se pudo añadir la etiqueta</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a tag in this library.</source>
        <translation>%1 «%2» no es una etiqueta de esta biblioteca.</translation>
    </message>
    <message>
        <source>The tag could not be removed</source>
        <translation>No se pudo quitar la etiqueta</translation>
    </message>
    <message>
        <source>The articles could not be read</source>
        <translation>No se pudieron leer los artículos</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be replaced</source>
        <translation>No se pudieron sustituir las etiquetas del artículo</translation>
    </message>
    <message>
        <source>The library&apos;s tags could not be read</source>
        <translation>No se pudieron leer las etiquetas de la biblioteca</translation>
    </message>
</context>
<context>
    <name>ArticleUpdater</name>
    <message>
        <source>An article could not be read back: %1.</source>
        <translation>No se pudo volver a leer un artículo: %1.</translation>
    </message>
    <message>
        <source>An article could not be updated: %1.</source>
        <translation>No se pudo actualizar un artículo: %1.</translation>
    </message>
    <message>
        <source>A tag could not be saved: %1.</source>
        <translation>No se pudo guardar una etiqueta: %1.</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>The articles matching the filters, in the order of the sorted column</source>
        <translation>Los artículos que coinciden con los filtros, en el orden de la columna ordenada</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleView</name>
    <message>
        <source>%1 (date estimated)</source>
        <comment>the source gave no date: the import date</comment>
        <translation>%1 (fecha estimada)</translation>
    </message>
    <message>
        <source>Date and source</source>
        <translation>Fecha y fuente</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <source>Link to the original article</source>
        <translation>Enlace al artículo original</translation>
    </message>
    <message>
        <source>Mentions of a %1 are highlighted in this colour</source>
        <comment>legend: a kind of organization</comment>
        <translation>Las menciones del tipo «%1» se resaltan en este color</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Panel de lectura</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Seleccione un artículo para leerlo.</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Ningún artículo seleccionado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Legend of the organization highlights</source>
        <translation>Leyenda de los resaltados de organizaciones</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Organization names are highlighted by kind; activate one to filter the list by it</source>
        <translation>Los nombres de organizaciones se resaltan por tipo; active uno para filtrar la lista por él</translation>
    </message>
    <message>
        <source>%1 (date of import; the source&apos;s date was in the future)</source>
        <translation>%1 (fecha de importación; la fecha de la fuente estaba en el futuro)</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportController</name>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exportar a PDF…</translation>
    </message>
    <message>
        <source>Export the selected articles, or the whole list, as a PDF briefing pack</source>
        <translation>Exportar los artículos seleccionados, o toda la lista, como dossier informativo en PDF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln artículo seleccionado</numerusform>
            <numerusform>%Ln artículos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo exportado</numerusform>
            <numerusform>%Ln artículos exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln page(s) to %1.</source>
        <translation>
            <numerusform> en %Ln página a %1.</numerusform>
            <numerusform> en %Ln páginas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportDialog</name>
    <message>
        <source>&amp;Continuous</source>
        <translation>&amp;Continuo</translation>
    </message>
    <message>
        <source>One article per &amp;page</source>
        <translation>Un artículo por &amp;página</translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation>Índice de &amp;contenidos</translation>
    </message>
    <message>
        <source>&amp;Legend of the highlight colours</source>
        <translation>&amp;Leyenda de los colores de resaltado</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>Exports %1 as a briefing pack.</source>
        <translation>Exporta %1 como dossier informativo.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln artículo seleccionado</numerusform>
            <numerusform>los %Ln artículos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln article(s)</source>
        <translation>
            <numerusform>el único artículo</numerusform>
            <numerusform>los %Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the briefing pack a title.</source>
        <translation>Dé un título al dossier informativo.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>briefing-pack</source>
        <translation>dossier-informativo</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetModel</name>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>Buscar un valor</translation>
    </message>
    <message>
        <source>Find a filter value</source>
        <translation>Buscar un valor de filtro</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>Valores de filtro</translation>
    </message>
    <message>
        <source>Regions, initiatives, organizations and countries; check values to filter the articles</source>
        <translation>Regiones, iniciativas, organizaciones y países; marque valores para filtrar los artículos</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Click a view to apply its filter</source>
        <translation>Haga clic en una vista para aplicar su filtro</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>Guardar actual…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>Guardar el filtro actual como vista</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename the selected view</source>
        <translation>Renombrar la vista seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>Eliminar la vista seleccionada</translation>
    </message>
    <message>
        <source>Click to apply the view &quot;%1&quot;</source>
        <translation>Haga clic para aplicar la vista «%1»</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Renombrar vista</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>Nuevo nombre de la vista:</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>¿Eliminar la vista guardada «%1»?</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Uncheck every value and show every source; the search stays</source>
        <translation>Desmarcar todos los valores y mostrar todas las fuentes; la búsqueda se mantiene</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %Ln article(s) added.</source>
        <translation>
            <numerusform>Importación cancelada: se añadió %Ln artículo.</numerusform>
            <numerusform>Importación cancelada: se añadieron %Ln artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln article(s) added.</source>
        <translation>
            <numerusform>Importación terminada: se añadió %Ln artículo.</numerusform>
            <numerusform>Importación terminada: se añadieron %Ln artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed.</source>
        <translation>
            <numerusform>%Ln archivo falló.</numerusform>
            <numerusform>%Ln archivos fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and articles (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;RSS and Atom feeds (*.xml *.rss *.rdf *.atom);;JSON Feed and JSON articles (*.json);;Web pages (*.html *.htm);;Text (*.txt);;All files (*)</source>
        <translation>Fuentes y artículos (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;Fuentes RSS y Atom (*.xml *.rss *.rdf *.atom);;JSON Feed y artículos JSON (*.json);;Páginas web (*.html *.htm);;Texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation>Cancelando: se deshace el archivo que se está leyendo…</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>item %1 (“%2”): %3</source>
        <translation>elemento %1 («%2»): %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported; %n item(s) refused by the library</source>
        <translation>
            <numerusform>Importado; %n elemento rechazado por la biblioteca</numerusform>
            <numerusform>Importado; %n elementos rechazados por la biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::LibraryService</name>
    <message>
        <source>The library is not open yet.</source>
        <translation>La biblioteca aún no está abierta.</translation>
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
        <translation>Panel de lectura</translation>
    </message>
    <message>
        <source>Filters, articles and reading pane</source>
        <translation>Filtros, artículos y panel de lectura</translation>
    </message>
    <message>
        <source>Number of matching articles</source>
        <translation>Número de artículos coincidentes</translation>
    </message>
    <message>
        <source>Clearance — %1</source>
        <translation>Clearance — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import articles from files into this library</source>
        <translation>Importar artículos desde archivos a esta biblioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unread (Page Down First)</source>
        <translation>Siguiente &amp;no leído (primero avanza página)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Artí&amp;culo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Choose the language of the interface</source>
        <translation>Elegir el idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Clearance</source>
        <translation>&amp;Acerca de Clearance</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>Contando artículos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread article below this one.</source>
        <translation>No hay ningún artículo sin leer debajo de este.</translation>
    </message>
    <message>
        <source>About Clearance</source>
        <translation>Acerca de Clearance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;A desktop reader for customs and trade news: filter by region, initiative, organization and country, search, and read with every organization highlighted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;Un lector de noticias de aduanas y comercio: filtre por región, iniciativa, organización y país, busque y lea con todas las organizaciones resaltadas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clearance — %1 (read-only)</source>
        <translation>Clearance — %1 (solo lectura)</translation>
    </message>
    <message>
        <source>This library is read-only: you can read, search and export it, not change it.</source>
        <translation>Esta biblioteca es de solo lectura: puede leerla, buscar en ella y exportarla, pero no modificarla.</translation>
    </message>
    <message>
        <source>Your own taxonomy files are not used. %1</source>
        <translation>Sus propios archivos de taxonomía no se utilizan. %1</translation>
    </message>
</context>
<context>
    <name>Clearance::ReaderActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <source>Mark &amp;All in This List as Read</source>
        <translation>Marcar &amp;todo en esta lista como leído</translation>
    </message>
    <message>
        <source>Mark every article matching the filters as read</source>
        <translation>Marcar como leídos todos los artículos que coinciden con los filtros</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) marked as read.</source>
        <translation>
            <numerusform>%Ln artículo marcado como leído.</numerusform>
            <numerusform>%Ln artículos marcados como leídos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ReadingController</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>Clearance::SearchBar</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Buscar artículos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Full-text search, combined with the facet filters</source>
        <translation>Búsqueda de texto completo, combinada con los filtros</translation>
    </message>
    <message>
        <source>Search the title and text of every article</source>
        <translation>Buscar en el título y el texto de todos los artículos</translation>
    </message>
</context>
<context>
    <name>Clearance::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The window switches language at once. Article texts keep their own language and direction.</source>
        <translation>La ventana cambia de idioma al instante. Los textos de los artículos conservan su propio idioma y dirección.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceDialog</name>
    <message>
        <source>A feed (RSS, Atom, JSON Feed)</source>
        <translation>Un canal (RSS, Atom, JSON Feed)</translation>
    </message>
    <message>
        <source>A news page without a feed</source>
        <translation>Una página de noticias sin canal</translation>
    </message>
    <message>
        <source>Article links:</source>
        <translation>Enlaces de artículos:</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>Taken from the feed when left empty</source>
        <translation>Se toma del canal si se deja vacío</translation>
    </message>
    <message>
        <source>Nested folders are separated by &quot;/&quot;, as in Customs/Africa</source>
        <translation>Las carpetas anidadas se separan con «/», como en Aduanas/África</translation>
    </message>
    <message>
        <source>Guessed from the page when left empty, or a path such as /news/*</source>
        <translation>Se deducen de la página si se deja vacío, o una ruta como /news/*</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Fetch &amp;every:</source>
        <translation>Descargar &amp;cada:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>Clearance::SourcePanel</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Feeds and news pages by folder, with their unread articles; select one to see its articles</source>
        <translation>Canales y páginas de noticias por carpeta, con sus artículos no leídos; seleccione uno para ver sus artículos</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>Follow a feed or a news page</source>
        <translation>Seguir un canal o una página de noticias</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>Editar la fuente seleccionada</translation>
    </message>
    <message>
        <source>No sources yet: add the feeds and news pages you follow.</source>
        <translation>Aún no hay fuentes: añada los canales y páginas de noticias que sigue.</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Eliminar fuente</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Añadir fuente…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Stop following &quot;%1&quot;? The articles already fetched from it stay in the library.</source>
        <translation>¿Dejar de seguir «%1»? Los artículos ya obtenidos se quedan en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceRefresher</name>
    <message>
        <source>%1 asked to be left alone for a while; not fetched.</source>
        <translation>%1 pidió que lo dejaran en paz un tiempo; no se descargó.</translation>
    </message>
    <message>
        <source>%1 is gone (HTTP 410): the source was disabled.</source>
        <translation>%1 ya no existe (HTTP 410): la fuente se desactivó.</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2) until %3.</source>
        <translation>%1 pidió ir más despacio (HTTP %2) hasta %3.</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2).</source>
        <translation>%1 pidió ir más despacio (HTTP %2).</translation>
    </message>
    <message>
        <source>The feed listed no items this time; the articles already fetched are kept.</source>
        <translation>El canal no listó ningún elemento esta vez; se conservan los artículos ya obtenidos.</translation>
    </message>
    <message>
        <source>No link on %1 matches %2.</source>
        <translation>Ningún enlace de %1 coincide con %2.</translation>
    </message>
    <message>
        <source>No list of article links was found on %1; give the pattern of its article links.</source>
        <translation>No se encontró ninguna lista de enlaces a artículos en %1; indique el patrón de sus enlaces a artículos.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceTreeModel</name>
    <message>
        <source>Not fetched yet</source>
        <translation>Aún no descargada</translation>
    </message>
    <message>
        <source>Fetched %1 ago</source>
        <translation>Descargada hace %1</translation>
    </message>
    <message>
        <source>%1; disabled, not fetched</source>
        <translation>%1; desactivada, no se descarga</translation>
    </message>
    <message>
        <source>%1; due now</source>
        <translation>%1; toca descargarla ahora</translation>
    </message>
    <message>
        <source>%1; next in %2</source>
        <translation>%1; la próxima dentro de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln failures in a row)</source>
        <translation>
            <numerusform>%1 (%Ln fallo seguido)</numerusform>
            <numerusform>%1 (%Ln fallos seguidos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::TagCandidateModel</name>
    <message>
        <source>%1 — region</source>
        <comment>add-tag completion</comment>
        <translation>%1 — región</translation>
    </message>
    <message>
        <source>%1 — initiative</source>
        <comment>add-tag completion</comment>
        <translation>%1 — iniciativa</translation>
    </message>
</context>
<context>
    <name>Clearance::TagEditor</name>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag chip tooltip: kind: label</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <comment>tag chip tooltip: kind: label, definition</comment>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>+ Add tag…</source>
        <translation>+ Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Tag this article with a region or an initiative</source>
        <translation>Etiquetar este artículo con una región o una iniciativa</translation>
    </message>
    <message>
        <source>Region or initiative…</source>
        <translation>Región o iniciativa…</translation>
    </message>
    <message>
        <source>Region or initiative to add</source>
        <translation>Región o iniciativa que añadir</translation>
    </message>
    <message>
        <source>Regions and initiatives</source>
        <translation>Regiones e iniciativas</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library %1 is locked by another program.</source>
        <translation>La biblioteca %1 está bloqueada por otro programa.</translation>
    </message>
    <message>
        <source>The library %1 could not be used: %2.</source>
        <translation>No se pudo usar la biblioteca %1: %2.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 es una carpeta, no un archivo de biblioteca.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not use the SQLite library Clearance was built with.</source>
        <translation>El controlador SQLite de Qt no usa la biblioteca SQLite con la que se compiló Clearance.</translation>
    </message>
    <message>
        <source>The library %1 was not upgraded because its backup copy %2 could not be written: %3.</source>
        <translation>La biblioteca %1 no se actualizó porque no se pudo escribir su copia de seguridad %2: %3.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Clearance (schema %2; this version reads up to %3).</source>
        <translation>La biblioteca %1 fue escrita por una versión más reciente de Clearance (esquema %2; esta versión lee hasta el %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a Clearance library, or it is damaged; it was left as it is.</source>
        <translation>El archivo %1 no es una biblioteca de Clearance, o está dañado; se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>The library %1 is read-only; nothing was written.</source>
        <translation>La biblioteca %1 es de solo lectura; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>No hay ninguna biblioteca en %1.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a library yet.</source>
        <translation>El archivo %1 está vacío; todavía no es una biblioteca.</translation>
    </message>
    <message>
        <source>The library %1 was written by an older version of Clearance and is read-only, so it cannot be upgraded.</source>
        <translation>La biblioteca %1 fue escrita por una versión anterior de Clearance y es de solo lectura, así que no se puede actualizar.</translation>
    </message>
    <message>
        <source>The library %1 has recent changes in its -wal file that cannot be read in a read-only folder; open it once where it can be written.</source>
        <translation>La biblioteca %1 tiene cambios recientes en su archivo -wal que no se pueden leer en una carpeta de solo lectura; ábrala una vez donde se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>FetchMessages</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 no es una dirección http o https.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 respondió HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing came for %2 s.</source>
        <translation>%1 dejó de responder: no llegó nada en %2 s.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s to download.</source>
        <translation>La descarga de %1 tardó más de %2 s.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 supera el límite de %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without a valid Location.</source>
        <translation>%1 respondió HTTP %2 (una redirección) sin una cabecera Location válida.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not an http or https address.</source>
        <translation>%1 redirige a %2, que no es una dirección http o https.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop, back to %2.</source>
        <translation>%1 redirige en bucle, de vuelta a %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %Ln time(s).</source>
        <translation>
            <numerusform>%1 redirige más de %Ln vez.</numerusform>
            <numerusform>%1 redirige más de %Ln veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La conexión segura con %1 falló: %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source> or </source>
        <comment>between two values of one kind in a filter</comment>
        <translation> o </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search text in a filter description</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>no leídos</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>destacados</translation>
    </message>
    <message>
        <source>Customs and trade briefing</source>
        <translation>Boletín de aduanas y comercio</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Organismo de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Multilateral initiative</source>
        <translation>Iniciativa multilateral</translation>
    </message>
    <message>
        <source>Regional economic community</source>
        <translation>Comunidad económica regional</translation>
    </message>
    <message>
        <source>National customs administration</source>
        <translation>Administración aduanera nacional</translation>
    </message>
    <message>
        <source>Tax administration</source>
        <translation>Administración tributaria</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Organismo gubernamental</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>Centro de formación</translation>
    </message>
    <message>
        <source>Private-sector association</source>
        <translation>Asociación del sector privado</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Organización no gubernamental</translation>
    </message>
    <message>
        <source>Other organization</source>
        <translation>Otra organización</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of articles.</source>
        <translation>%1 es una carpeta, no un archivo de artículos.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: the import was cancelled.</source>
        <translation>%1 no se importó: se canceló la importación.</translation>
    </message>
</context>
<context>
    <name>JsonFeedReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: %1 (%2)</source>
        <translation>no es JSON bien formado: %1 (%2)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: text after the end (%1)</source>
        <translation>no es JSON bien formado: hay texto después del final (%1)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;,&apos; or &apos;]&apos; expected between items (%1)</source>
        <translation>no es JSON bien formado: se esperaba «,» o «]» entre los elementos (%1)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;%1&apos; closes nothing open (%2)</source>
        <translation>no es JSON bien formado: «%1» no cierra nada abierto (%2)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: the file ends before the data does (%1)</source>
        <translation>no es JSON bien formado: el archivo termina antes que los datos (%1)</translation>
    </message>
    <message>
        <source>it is JSON, but neither a JSON Feed (no &quot;items&quot;) nor an array of articles</source>
        <translation>es JSON, pero no es ni un JSON Feed (sin «items») ni una lista de artículos</translation>
    </message>
</context>
<context>
    <name>LibraryChooser</name>
    <message>
        <source>Clearance libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliotecas de Clearance (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation>No se puede abrir la biblioteca %1.</translation>
    </message>
    <message>
        <source>Choose another library…</source>
        <translation>Elegir otra biblioteca…</translation>
    </message>
    <message>
        <source>Create a new library…</source>
        <translation>Crear una biblioteca nueva…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Choose another library</source>
        <translation>Elegir otra biblioteca</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>Crear una biblioteca nueva</translation>
    </message>
    <message>
        <source>Quit Clearance</source>
        <translation>Salir de Clearance</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Biblioteca nueva</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>it is a feed (its root element is &lt;%1&gt;), not an OPML list of feeds: subscribe to its address instead</source>
        <translation>es una fuente (su elemento raíz es &lt;%1&gt;), no una lista de fuentes OPML: suscríbase a su dirección</translation>
    </message>
    <message>
        <source>it is XML but not an OPML list of feeds (its root element is &lt;%1&gt;)</source>
        <translation>es XML pero no una lista de fuentes OPML (su elemento raíz es &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>no contiene ningún elemento XML</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a valid URL</source>
        <translation>su dirección «%1» no es una URL válida</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a full URL (http://... or https://...)</source>
        <translation>su dirección «%1» no es una URL completa (http://... o https://...)</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not an http or https address</source>
        <translation>su dirección «%1» no es una dirección http o https</translation>
    </message>
    <message>
        <source>the same address is listed above, as &quot;%1&quot;</source>
        <translation>la misma dirección figura más arriba, como «%1»</translation>
    </message>
    <message>
        <source>it includes another OPML file, which is not followed</source>
        <translation>incluye otro archivo OPML, que no se sigue</translation>
    </message>
    <message>
        <source>it is a link without an address</source>
        <translation>es un enlace sin dirección</translation>
    </message>
    <message>
        <source>it has more than %1 outlines; Clearance reads subscription lists of up to that many</source>
        <translation>tiene más de %1 elementos outline; Clearance lee listas de suscripciones de hasta ese número</translation>
    </message>
    <message>
        <source>its outlines are nested more than %1 deep</source>
        <translation>sus elementos outline están anidados en más de %1 niveles</translation>
    </message>
    <message>
        <source>it is a feed without an address (xmlUrl)</source>
        <translation>es una fuente sin dirección (xmlUrl)</translation>
    </message>
    <message>
        <source>it is an OPML file but lists no feed</source>
        <translation>es un archivo OPML, pero no incluye ninguna fuente</translation>
    </message>
    <message>
        <source>it is an OPML file, but none of the feeds it lists can be subscribed to: the first, &quot;%1&quot;, is left out because %2</source>
        <translation>es un archivo OPML, pero no es posible suscribirse a ninguna de las fuentes que incluye: la primera, «%1», se omite porque %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it holds binary data, not an OPML list of feeds</source>
        <translation>contiene datos binarios, no una lista de fuentes OPML</translation>
    </message>
    <message>
        <source>it is not XML, so not an OPML list of feeds</source>
        <translation>no es XML, así que no es una lista de fuentes OPML</translation>
    </message>
    <message>
        <source>it is a web page, not an OPML list of feeds</source>
        <translation>es una página web, no una lista de fuentes OPML</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, more than any list of feeds</source>
        <translation>supera los %1 MB, más que cualquier lista de fuentes</translation>
    </message>
</context>
<context>
    <name>PageLinkPattern</name>
    <message>
        <source>the link pattern is empty</source>
        <translation>el patrón de enlaces está vacío</translation>
    </message>
    <message>
        <source>the link pattern is longer than %1 characters</source>
        <translation>el patrón de enlaces supera los %1 caracteres</translation>
    </message>
    <message>
        <source>the link pattern &quot;%1&quot; is neither a path (starting with &quot;/&quot;) nor an http or https address</source>
        <translation>el patrón de enlaces «%1» no es ni una ruta (que empiece por «/») ni una dirección http o https</translation>
    </message>
</context>
<context>
    <name>PdfContents</name>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>La exportación se canceló; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>No hay artículos que exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>No se puede escribir %1: no se pudo iniciar el PDF.</translation>
    </message>
</context>
<context>
    <name>PdfTitlePage</name>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier informativo</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations are highlighted by kind</source>
        <translation>Las organizaciones se resaltan por tipo</translation>
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
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The saved views could not be read</source>
        <translation>No se pudieron leer las vistas guardadas</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>The view could not be saved</source>
        <translation>No se pudo guardar la vista</translation>
    </message>
    <message>
        <source>A saved view is already called &quot;%1&quot;.</source>
        <translation>Ya hay una vista guardada llamada «%1».</translation>
    </message>
    <message>
        <source>The view could not be renamed</source>
        <translation>No se pudo renombrar la vista</translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation>La vista guardada ya no existe.</translation>
    </message>
    <message>
        <source>The view could not be deleted</source>
        <translation>No se pudo eliminar la vista</translation>
    </message>
</context>
<context>
    <name>SeedTextParser</name>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>El archivo no contiene ningún artículo: se esperaba una línea de título, una línea en blanco y el texto del artículo.</translation>
    </message>
</context>
<context>
    <name>SortedIdCache</name>
    <message>
        <source>The articles could not be sorted: %1.</source>
        <translation>No se pudieron ordenar los artículos: %1.</translation>
    </message>
</context>
<context>
    <name>SourceDiscovery</name>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a web page.</source>
        <translation>%1 no es ni un canal ni una página web.</translation>
    </message>
    <message>
        <source>%1 is a list of feeds (OPML): subscribe to them with clearance-cli sources import-opml FILE.</source>
        <translation>%1 es una lista de canales (OPML): suscríbase con clearance-cli sources import-opml ARCHIVO.</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>A source needs an address.</source>
        <translation>Una fuente necesita una dirección.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https://).</source>
        <translation>«%1» no es una dirección web (debería empezar por https://).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: only http and https sources can be fetched.</source>
        <translation>«%1» no es una dirección web: solo se pueden descargar fuentes http y https.</translation>
    </message>
    <message>
        <source>The sources could not be read</source>
        <translation>No se pudieron leer las fuentes</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation>No hay ninguna fuente %1.</translation>
    </message>
    <message>
        <source>A source&apos;s interval cannot be negative.</source>
        <translation>El intervalo de una fuente no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 is already a source (%2).</source>
        <translation>%1 ya es una fuente (%2).</translation>
    </message>
    <message>
        <source>The source could not be added</source>
        <translation>No se pudo añadir la fuente</translation>
    </message>
    <message>
        <source>%1 is already a source.</source>
        <translation>%1 ya es una fuente.</translation>
    </message>
    <message>
        <source>The source could not be changed</source>
        <translation>No se pudo modificar la fuente</translation>
    </message>
    <message>
        <source>The source could not be removed</source>
        <translation>No se pudo eliminar la fuente</translation>
    </message>
    <message>
        <source>The source&apos;s fetch could not be recorded</source>
        <translation>No se pudo registrar la descarga de la fuente</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source</source>
        <translation>No se pudieron vincular los artículos a su fuente</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source: %1.</source>
        <translation>No se pudieron vincular los artículos a su fuente: %1.</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be read</source>
        <translation>No se pudieron leer los enlaces de la fuente</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded</source>
        <translation>No se pudieron registrar los enlaces de la fuente</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded: %1.</source>
        <translation>No se pudieron registrar los enlaces de la fuente: %1.</translation>
    </message>
    <message>
        <source>The sources could not be added: %1.</source>
        <translation>No se pudieron añadir las fuentes: %1.</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>The taxonomy file %1 could not be read: %2.</source>
        <translation>No se pudo leer el archivo de taxonomía %1: %2.</translation>
    </message>
    <message>
        <source>The taxonomy file %1 is not valid JSON (at byte %2: %3).</source>
        <translation>El archivo de taxonomía %1 no es JSON válido (en el byte %2: %3).</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>El archivo no es texto %1 válido.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is a %1 file, not text.</source>
        <translation>El archivo es un archivo %1, no texto.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>El archivo contiene datos binarios, no texto.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1 at offset %2 is not valid UTF-8); it may use a legacy encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8 and import it again.</source>
        <translation>El archivo no es texto UTF-8 (el byte 0x%1 en la posición %2 no es UTF-8 válido); puede usar una codificación antigua como Windows-1252 o ISO-8859-1: guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file holds control characters, so it is not plain text.</source>
        <translation>El archivo contiene caracteres de control, así que no es texto sin formato.</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>El archivo no contiene ningún artículo: se esperaba una línea de título, una línea en blanco y el texto del artículo.</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>it is XML but not a feed (its root element is &lt;%1&gt;); Clearance reads RSS, RSS 1.0 (RDF), Atom, JSON Feed, JSON article lists, HTML pages and text</source>
        <translation>es XML pero no una fuente (su elemento raíz es &lt;%1&gt;); Clearance lee RSS, RSS 1.0 (RDF), Atom, JSON Feed, listas de artículos JSON, páginas HTML y texto</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>no contiene ningún elemento XML</translation>
    </message>
    <message>
        <source>it is an OPML file: a list of feeds, not of articles, and it lists no feed</source>
        <translation>es un archivo OPML: una lista de fuentes, no de artículos, y no incluye ninguna fuente</translation>
    </message>
    <message numerus="yes">
        <source>it is an OPML file: a list of feeds, not of articles; it lists %n feed(s) such as %1. To subscribe to them, use: clearance-cli sources import-opml FILE</source>
        <translation>
            <numerusform>es un archivo OPML: una lista de fuentes, no de artículos; incluye %n fuente, como %1. Para suscribirse a ella: clearance-cli sources import-opml ARCHIVO</numerusform>
            <numerusform>es un archivo OPML: una lista de fuentes, no de artículos; incluye %n fuentes, como %1. Para suscribirse a ellas: clearance-cli sources import-opml ARCHIVO</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message>
        <source>the file declares the encoding &quot;%1&quot;, which Clearance cannot read</source>
        <translation>el archivo declara la codificación «%1», que Clearance no puede leer</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>no es XML bien formado: %1 (línea %2, columna %3)</translation>
    </message>
    <message>
        <source>it has more than %1 MB of declarations and comments before its first element</source>
        <translation>tiene más de %1 MB de declaraciones y comentarios antes de su primer elemento</translation>
    </message>
    <message>
        <source>the feed&apos;s entities expand to more than %1 characters from %2 bytes of the file; a feed built to exhaust memory is not read</source>
        <translation>las entidades de la fuente se expanden a más de %1 caracteres a partir de %2 bytes del archivo; no se lee una fuente hecha para agotar la memoria</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes; a feed built to take the reader&apos;s time is not read</source>
        <translation>un elemento tiene más de %1 atributos; no se lee una fuente hecha para acaparar el tiempo del lector</translation>
    </message>
    <message>
        <source>it is not valid UTF-8: byte 0x%1 at offset %2 (line %3, column %4) is not part of a UTF-8 character</source>
        <translation>no es UTF-8 válido: el byte 0x%1 en la posición %2 (línea %3, columna %4) no forma parte de ningún carácter UTF-8</translation>
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
        <translation>Un lector de noticias de aduanas y comercio.</translation>
    </message>
    <message>
        <source>The library file to open (default: %1, created with the sample articles on first use).</source>
        <translation>El archivo de biblioteca que se abrirá (por omisión: %1, creado con los artículos de muestra la primera vez).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>The language of the interface for this run: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>El idioma de la interfaz en esta ejecución: %1 (por omisión: el elegido en Preferencias o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Files to import into the library once the window is open.</source>
        <translation>Archivos que importar a la biblioteca una vez abierta la ventana.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ARCHIVO...]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>Idioma desconocido «%1»; use uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>clearance-cli</name>
    <message>
        <source>annotate: give one file, or - for standard input.</source>
        <translation>annotate: indique un archivo, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>No hay ninguna biblioteca en %1.</translation>
    </message>
    <message>
        <source>Run &quot;clearance-cli --help&quot; for usage.</source>
        <translation>Ejecute «clearance-cli --help» para ver el uso.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>Formato desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (or an option without its value).</source>
        <translation>Opción desconocida «%1» (o una opción sin su valor).</translation>
    </message>
    <message>
        <source>export-pdf: unexpected argument &quot;%1&quot;.</source>
        <translation>export-pdf: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>export-pdf needs --output FILE.</source>
        <translation>export-pdf necesita --output ARCHIVO.</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use a4 or letter.</source>
        <translation>Tamaño de papel desconocido «%1»; use a4 o letter.</translation>
    </message>
    <message>
        <source>--ids needs article ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--ids necesita identificadores de artículo separados por comas, no «%1».</translation>
    </message>
    <message>
        <source>export-pdf: give either --ids or filter options, not both.</source>
        <translation>export-pdf: indique --ids u opciones de filtro, no ambos.</translation>
    </message>
    <message>
        <source>No article matches the filter; nothing was exported.</source>
        <translation>Ningún artículo coincide con el filtro; no se exportó nada.</translation>
    </message>
    <message>
        <source>Chosen articles</source>
        <translation>Artículos elegidos</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Wrote %1: </source>
        <translation>Escrito %1: </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s).</source>
        <translation>
            <numerusform>, %n página.</numerusform>
            <numerusform>, %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>facets: unexpected argument &quot;%1&quot;.</source>
        <translation>facets: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>import: give one or more files.</source>
        <translation>import: indique uno o más archivos.</translation>
    </message>
    <message>
        <source>--limit needs a whole number, not &quot;%1&quot;.</source>
        <translation>--limit necesita un número entero, no «%1».</translation>
    </message>
    <message>
        <source>list: unexpected argument &quot;%1&quot;.</source>
        <translation>list: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--lang needs one of: %1.</source>
        <translation>--lang necesita uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>--library needs a path.</source>
        <translation>--library necesita una ruta.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>retag takes no argument.</source>
        <translation>retag no admite argumentos.</translation>
    </message>
    <message numerus="yes">
        <source>Re-tagged %n article(s)</source>
        <translation>
            <numerusform>%n artículo reetiquetado</numerusform>
            <numerusform>%n artículos reetiquetados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n changed.</source>
        <translation>
            <numerusform>; %n cambió.</numerusform>
            <numerusform>; %n cambiaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>show: give one article id.</source>
        <translation>show: indique un identificador de artículo.</translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not an article id.</source>
        <translation>show: «%1» no es un identificador de artículo.</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publicado: %1</translation>
    </message>
    <message>
        <source> (date of import; the source gave none)</source>
        <translation> (fecha de importación; la fuente no indicaba ninguna)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>taxonomy takes no argument.</source>
        <translation>taxonomy no admite argumentos.</translation>
    </message>
    <message>
        <source>; read as %1.</source>
        <translation>; leído como %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) added</source>
        <translation>
            <numerusform>%1: %n artículo añadido</numerusform>
            <numerusform>%1: %n artículos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n ya en la biblioteca</numerusform>
            <numerusform>, %n ya en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n updated</source>
        <translation>
            <numerusform> (%n actualizado</numerusform>
            <numerusform> (%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged)</source>
        <translation>
            <numerusform>, %n sin cambios)</numerusform>
            <numerusform>, %n sin cambios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for having neither title nor text</source>
        <translation>
            <numerusform>, %n omitido por no tener título ni texto</numerusform>
            <numerusform>, %n omitidos por no tener título ni texto</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regiones: %1</translation>
    </message>
    <message>
        <source>Initiatives: %1</source>
        <translation>Iniciativas: %1</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>Organizaciones: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Países: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the tags of a kind in show</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: item %2 (“%3”) was not saved: %4.</source>
        <translation>%1: el elemento %2 («%3») no se guardó: %4.</translation>
    </message>
    <message>
        <source>Note: the source gave no title; it is the start of the text.</source>
        <translation>Nota: la fuente no daba título; es el comienzo del texto.</translation>
    </message>
    <message>
        <source>No text in the feed: open the original.</source>
        <translation>Sin texto en la fuente: abra el original.</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>El texto se detiene aquí: la fuente daba más de lo que guarda un artículo.</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; &quot;clearance-cli taxonomy&quot; lists them all.</source>
        <translation>%1 no tiene el valor «%2»; «clearance-cli taxonomy» los enumera todos.</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; did you mean %3?</source>
        <translation>%1 no tiene el valor «%2»; ¿quería decir %3?</translation>
    </message>
    <message>
        <source>Imports articles, one transaction per file. FILE may be - (standard input) or a pipe, which is read once.</source>
        <translation>Importa artículos, una transacción por archivo. ARCHIVO puede ser - (la entrada estándar) o una tubería, que se lee una sola vez.</translation>
    </message>
    <message>
        <source>Lists the matching articles.</source>
        <translation>Enumera los artículos coincidentes.</translation>
    </message>
    <message>
        <source>Counts the matching articles by region, initiative, organization and country.</source>
        <translation>Cuenta los artículos coincidentes por región, iniciativa, organización y país.</translation>
    </message>
    <message>
        <source>Shows one article.</source>
        <translation>Muestra un artículo.</translation>
    </message>
    <message>
        <source>Writes a briefing pack of the chosen or matching articles. --output - writes it to standard output; an existing file that is not a PDF is replaced only with --force, and the library never.</source>
        <translation>Escribe un dossier informativo de los artículos elegidos o coincidentes. --output - lo escribe en la salida estándar; un archivo existente que no es un PDF solo se reemplaza con --force, y la biblioteca nunca.</translation>
    </message>
    <message>
        <source>Re-tags every article with the current taxonomy.</source>
        <translation>Vuelve a etiquetar todos los artículos con la taxonomía actual.</translation>
    </message>
    <message>
        <source>Prints the mentions in a text (no library needed).</source>
        <translation>Muestra las menciones de un texto (sin biblioteca).</translation>
    </message>
    <message>
        <source>Prints the regions, initiatives, organizations and countries.</source>
        <translation>Muestra las regiones, iniciativas, organizaciones y países.</translation>
    </message>
    <message>
        <source>Usage: clearance-cli [--library PATH] [--lang CODE] %1</source>
        <translation>Uso: clearance-cli [--library RUTA] [--lang CÓDIGO] %1</translation>
    </message>
    <message>
        <source>%1 could not be read: no temporary file could be made (%2).</source>
        <translation>No se pudo leer %1: no se pudo crear ningún archivo temporal (%2).</translation>
    </message>
    <message>
        <source>%1 gives more than %2 MB; save it to a file and import that.</source>
        <translation>%1 proporciona más de %2 MB; guárdelo en un archivo e importe ese archivo.</translation>
    </message>
    <message>
        <source>Standard output is a terminal; redirect it to a file or a program to receive the PDF.</source>
        <translation>La salida estándar es un terminal; rediríjala a un archivo o a un programa para recibir el PDF.</translation>
    </message>
    <message>
        <source>%1 is the library or one of its files; choose another file for the PDF. Nothing was written.</source>
        <translation>%1 es la biblioteca o uno de sus archivos; elija otro archivo para el PDF. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the path of the file itself. Nothing was written.</source>
        <translation>%1 es un enlace simbólico; indique la ruta del propio archivo. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a file. Nothing was written.</source>
        <translation>%1 es una carpeta; indique la ruta de un archivo. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; use --output - to write to standard output. Nothing was written.</source>
        <translation>%1 no es un archivo normal; use --output - para escribir en la salida estándar. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 exists and is not a PDF; add --force to replace it. Nothing was written.</source>
        <translation>%1 existe y no es un PDF; añada --force para reemplazarlo. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 cannot be written to.</source>
        <translation>No se puede escribir %1: no se puede escribir en la carpeta %2.</translation>
    </message>
    <message>
        <source>The PDF could not be written to standard output: %1.</source>
        <translation>No se pudo escribir el PDF en la salida estándar: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source> (date of import; the source&apos;s date was in the future)</source>
        <translation> (fecha de importación; la fecha de la fuente estaba en el futuro)</translation>
    </message>
    <message>
        <source>sources %1: give one source id.</source>
        <translation>sources %1: indique un identificador de fuente.</translation>
    </message>
    <message>
        <source>sources %1: &quot;%2&quot; is not a source id.</source>
        <translation>sources %1: «%2» no es un identificador de fuente.</translation>
    </message>
    <message>
        <source>sources add: give one address.</source>
        <translation>sources add: indique una dirección.</translation>
    </message>
    <message>
        <source>--interval takes a number of minutes, 1 or more.</source>
        <translation>--interval admite un número de minutos, 1 o más.</translation>
    </message>
    <message>
        <source>--links is for page sources: add --page.</source>
        <translation>--links es para fuentes de página: añada --page.</translation>
    </message>
    <message>
        <source>sources list: unexpected argument &quot;%1&quot;.</source>
        <translation>sources list: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>sources: unknown action &quot;%1&quot;.</source>
        <translation>sources: acción desconocida «%1».</translation>
    </message>
    <message>
        <source>--source takes source ids (&quot;clearance-cli sources list&quot;), not &quot;%1&quot;.</source>
        <translation>--source admite identificadores de fuente («clearance-cli sources list»), no «%1».</translation>
    </message>
    <message>
        <source>--source: there is no source %1; &quot;clearance-cli sources list&quot; lists them.</source>
        <translation>--source: no hay ninguna fuente %1; «clearance-cli sources list» las enumera.</translation>
    </message>
    <message>
        <source>FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --source ID --search TEXT --unread --starred
</source>
        <translation>FILTRO: --region ID --initiative ID --org ID --country CC (repetibles; O dentro de un tipo,
        Y entre tipos) --source ID --search TEXTO --unread --starred
</translation>
    </message>
    <message>
        <source>fetch: unexpected argument &quot;%1&quot;.</source>
        <translation>fetch: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--source takes a source id, not &quot;%1&quot;.</source>
        <translation>--source admite un identificador de fuente, no «%1».</translation>
    </message>
    <message>
        <source>--source and --due-only exclude each other.</source>
        <translation>--source y --due-only se excluyen.</translation>
    </message>
    <message>
        <source>sources import-opml: give one file.</source>
        <translation>sources import-opml: indique un archivo.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>%1: outline %2 (%3) left out: %4</source>
        <translation>%1: elemento %2 (%3) omitido: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln source(s) added</source>
        <translation>
            <numerusform>%1: %Ln fuente añadida</numerusform>
            <numerusform>%1: %Ln fuentes añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already followed</source>
        <translation>
            <numerusform>, %Ln ya seguida</numerusform>
            <numerusform>, %Ln ya seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>sources export-opml: give one file, or - for standard output.</source>
        <translation>sources export-opml: indique un archivo, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>%1 is the library; choose another file.</source>
        <translation>%1 es la biblioteca; elija otro archivo.</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>No se pudo escribir la lista.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a web page without a feed; add it with --page to follow its article links.</source>
        <translation>%1 es una página web sin canal; añádala con --page para seguir sus enlaces a artículos.</translation>
    </message>
    <message>
        <source>%1 is a web page; its feed is %2.</source>
        <translation>%1 es una página web; su canal es %2.</translation>
    </message>
    <message>
        <source>sources: give an action (add, list, remove, enable, disable, import-opml, export-opml).</source>
        <translation>sources: indique una acción (add, list, remove, enable, disable, import-opml, export-opml).</translation>
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
        <translation>Uso: clearance-cli [--library RUTA] [--lang CÓDIGO] COMANDO [OPCIONES]

Comandos:
  import ARCHIVO...                 importar artículos (una transacción por archivo; - o una tubería:
                                    la entrada estándar o la tubería, leídas una vez)
  list   [FILTRO] [--limit N] [--format tsv|json]
  facets [FILTRO] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output ARCHIVO|- [--force] [--ids 1,2,..] [FILTRO] [--title TEXTO]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    un dossier informativo de los artículos elegidos o coincidentes
                                    (- lo escribe en la salida estándar; --force reemplaza un archivo
                                    que no es un PDF)
  retag                             volver a etiquetar todos los artículos con la taxonomía actual
  annotate [ARCHIVO|-] [--format json|tsv]   las menciones de un texto (sin biblioteca)
  taxonomy [--format tsv|json]      las regiones, iniciativas, organizaciones y países
  sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]]
  sources list [--format tsv|json]
  sources remove|enable|disable ID  los canales y páginas de noticias que sigue la biblioteca
  sources import-opml FILE | export-opml FILE|-   las suscripciones desde o hacia otros lectores
  fetch [--source ID] [--due-only] [--format tsv|json]   descargar las fuentes ahora (código 1 si alguna falla)

--lang CÓDIGO: el idioma de los mensajes, las etiquetas y los dossieres PDF (%2; por omisión: el elegido en las
Preferencias de la ventana o, si no, el del sistema). Los identificadores y los nombres de columna no cambian con
el idioma.

FILTRO: --region ID --initiative ID --org ID --country CC (repetibles; O dentro de un tipo,
        Y entre tipos) --source ID --search TEXTO --unread --starred

COMANDO --help: el uso de ese comando.

La biblioteca predeterminada es %1; se crea con los artículos de muestra la primera vez.
</translation>
    </message>
    <message>
        <source>The feeds and news pages the library follows. add prints the new source&apos;s id; a web page&apos;s address adds the feed the page declares (--no-check adds the address as given, unfetched); --page adds a news page without a feed, whose article links are found on it (--links: only links whose path matches PATTERN); --interval overrides the default time between fetches. remove keeps the articles already fetched from the source. import-opml and export-opml read and write the OPML lists feed readers exchange.</source>
        <translation>Los canales y páginas de noticias que sigue la biblioteca. add muestra el identificador de la nueva fuente; la dirección de una página web añade el canal que la página declara (--no-check añade la dirección tal cual, sin descargarla); --page añade una página de noticias sin canal, cuyos enlaces a artículos se buscan en ella (--links: solo los enlaces cuya ruta coincide con PATTERN); --interval sustituye el tiempo predeterminado entre descargas. remove conserva los artículos ya obtenidos de la fuente. import-opml y export-opml leen y escriben las listas OPML que intercambian los lectores de canales.</translation>
    </message>
    <message>
        <source>Fetches the enabled sources now (--source: that one, even disabled; --due-only: those whose time has come, for cron), politely, and prints per source its status, HTTP status, new, updated and unchanged articles and any error. Exits 1 when a source failed.</source>
        <translation>Descarga ahora las fuentes activadas (--source: esa, aunque esté desactivada; --due-only: aquellas a las que les toca, para cron), con cortesía, y muestra por fuente su estado, su estado HTTP, los artículos nuevos, actualizados y sin cambios y cualquier error. Sale con 1 si alguna fuente falló.</translation>
    </message>
</context>
</TS>
