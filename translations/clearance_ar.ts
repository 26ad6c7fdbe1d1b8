<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticleDocument</name>
    <message>
        <source>Regions:</source>
        <translation>المناطق:</translation>
    </message>
    <message>
        <source>Initiatives:</source>
        <translation>المبادرات:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tooltip of an organization: its full name — its kind</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>open the original</source>
        <translation>افتح الأصل</translation>
    </message>
    <message>
        <source>No text in the feed — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>لا نص في الخلاصة — %1</translation>
    </message>
    <message>
        <source>No text in the feed.</source>
        <translation>لا نص في الخلاصة.</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps — %1</source>
        <comment>%1 is the link: open the original</comment>
        <translation>ينتهي النص هنا: أعطى المصدر أكثر مما يحفظه المقال — %1</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>ينتهي النص هنا: أعطى المصدر أكثر مما يحفظه المقال.</translation>
    </message>
</context>
<context>
    <name>ArticleImportWriter</name>
    <message>
        <source>The library %1 could not prepare the import: %2.</source>
        <translation>تعذّر على المكتبة %1 التحضير للاستيراد: %2.</translation>
    </message>
    <message>
        <source>The new articles could not be indexed: %1.</source>
        <translation>تعذّرت فهرسة المقالات الجديدة: %1.</translation>
    </message>
    <message>
        <source>Item %1 (“%2”) could not be saved: %3.</source>
        <translation>تعذّر حفظ العنصر %1 («%2»): %3.</translation>
    </message>
    <message>
        <source>The article “%1” could not be saved: %2.</source>
        <translation>تعذّر حفظ المقال «%1»: %2.</translation>
    </message>
    <message>
        <source>its tags could not be saved: %1</source>
        <translation>تعذّر حفظ وسومه: %1</translation>
    </message>
</context>
<context>
    <name>ArticleQueries</name>
    <message>
        <source>The library %1 could not be read: %2.</source>
        <translation>تعذّرت قراءة المكتبة %1: %2.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be run: %2.</source>
        <translation>تعذّر تنفيذ البحث «%1»: %2.</translation>
    </message>
    <message>
        <source>The articles could not be listed: %1.</source>
        <translation>تعذّر سرد المقالات: %1.</translation>
    </message>
    <message>
        <source>The articles of the sources could not be read: %1.</source>
        <translation>تعذّرت قراءة مقالات المصادر: %1.</translation>
    </message>
</context>
<context>
    <name>ArticleReaderFactory</name>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file holds binary data, not articles.</source>
        <translation>يحتوي الملف على بيانات ثنائية، لا على مقالات.</translation>
    </message>
    <message>
        <source>The file is a %1 file, not articles.</source>
        <translation>الملف من نوع %1، وليس مقالات.</translation>
    </message>
    <message>
        <source>The page holds no text.</source>
        <translation>لا تحتوي الصفحة على أي نص.</translation>
    </message>
    <message>
        <source>The file is too large for a web page (%1 MB; pages of up to %2 MB are imported).</source>
        <translation>الملف أكبر من أن يكون صفحة ويب (%1 ميغابايت؛ تُستورد الصفحات التي لا تتجاوز %2 ميغابايت).</translation>
    </message>
    <message>
        <source>The file has more than %1 MB of comments and declarations before its first element; it is not read as a feed.</source>
        <translation>يحتوي الملف على أكثر من %1 ميغابايت من التعليقات والتصريحات قبل عنصره الأول؛ لا يُقرأ كموجز.</translation>
    </message>
    <message>
        <source>The address gave plain text, not a feed.</source>
        <translation>أعاد العنوان نصًا عاديًا، لا خلاصة.</translation>
    </message>
    <message>
        <source>The address gave a web page, not a feed (an error page, a sign-in page or the site&apos;s front page?).</source>
        <translation>أعاد العنوان صفحة ويب، لا خلاصة (صفحة خطأ أو صفحة تسجيل دخول أو الصفحة الرئيسية للموقع؟).</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The library %1 is busy in another program; try again.</source>
        <translation>المكتبة %1 مشغولة ببرنامج آخر؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>القرص الذي يحوي %1 ممتلئ.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The library %1 could not start a transaction: %2.</source>
        <translation>تعذّر على المكتبة %1 بدء معاملة: %2.</translation>
    </message>
    <message>
        <source>The library %1 could not save the change: %2.</source>
        <translation>تعذّر على المكتبة %1 حفظ التغيير: %2.</translation>
    </message>
    <message>
        <source>A tag could not be saved</source>
        <translation>تعذّر حفظ وسم</translation>
    </message>
    <message>
        <source>The article could not be read</source>
        <translation>تعذّرت قراءة المقال</translation>
    </message>
    <message>
        <source>No article has the id %1.</source>
        <translation>لا يوجد مقال بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be read</source>
        <translation>تعذّرت قراءة وسوم المقال</translation>
    </message>
    <message>
        <source>The article could not be marked</source>
        <translation>تعذّر وضع علامة على المقال</translation>
    </message>
    <message>
        <source>The tag could not be added</source>
        <translation>تعذّرت إضافة الوسم</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a tag in this library.</source>
        <translation>%1 «%2» ليس وسمًا في هذه المكتبة.</translation>
    </message>
    <message>
        <source>The tag could not be removed</source>
        <translation>تعذّرت إزالة الوسم</translation>
    </message>
    <message>
        <source>The articles could not be read</source>
        <translation>تعذّرت قراءة المقالات</translation>
    </message>
    <message>
        <source>The article&apos;s tags could not be replaced</source>
        <translation>تعذّر استبدال وسوم المقال</translation>
    </message>
    <message>
        <source>The library&apos;s tags could not be read</source>
        <translation>تعذّرت قراءة وسوم المكتبة</translation>
    </message>
</context>
<context>
    <name>ArticleUpdater</name>
    <message>
        <source>An article could not be read back: %1.</source>
        <translation>تعذّرت إعادة قراءة مقال: %1.</translation>
    </message>
    <message>
        <source>An article could not be updated: %1.</source>
        <translation>تعذّر تحديث مقال: %1.</translation>
    </message>
    <message>
        <source>A tag could not be saved: %1.</source>
        <translation>تعذّر حفظ وسم: %1.</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>The articles matching the filters, in the order of the sorted column</source>
        <translation>المقالات المطابقة للمرشّحات، بترتيب العمود المفرز</translation>
    </message>
</context>
<context>
    <name>Clearance::ArticleView</name>
    <message>
        <source>%1 (date estimated)</source>
        <comment>the source gave no date: the import date</comment>
        <translation>%1 (تاريخ تقديري)</translation>
    </message>
    <message>
        <source>Date and source</source>
        <translation>التاريخ والمصدر</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>فتح %1 في المتصفح</translation>
    </message>
    <message>
        <source>Link to the original article</source>
        <translation>رابط المقال الأصلي</translation>
    </message>
    <message>
        <source>Mentions of a %1 are highlighted in this colour</source>
        <comment>legend: a kind of organization</comment>
        <translation>تُبرَز إشارات فئة «%1» بهذا اللون</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>لون %1</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>جزء القراءة</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>اختر مقالًا لقراءته.</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>لم يُختر أي مقال</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Legend of the organization highlights</source>
        <translation>مفتاح ألوان إبراز المنظمات</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Organization names are highlighted by kind; activate one to filter the list by it</source>
        <translation>تُبرَز أسماء المنظمات حسب فئتها؛ فعّل أحدها لتصفية القائمة به</translation>
    </message>
    <message>
        <source>%1 (date of import; the source&apos;s date was in the future)</source>
        <translation>%1 (تاريخ الاستيراد؛ كان تاريخ المصدر في المستقبل)</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportController</name>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>تصدير &amp;إلى PDF…</translation>
    </message>
    <message>
        <source>Export the selected articles, or the whole list, as a PDF briefing pack</source>
        <translation>تصدير المقالات المحددة، أو القائمة كلها، في ملف إحاطة بصيغة PDF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>لم يُحدَّد أي مقال</numerusform>
            <numerusform>مقال واحد محدد</numerusform>
            <numerusform>مقالان محددان</numerusform>
            <numerusform>%Ln مقالات محددة</numerusform>
            <numerusform>%Ln مقالًا محددًا</numerusform>
            <numerusform>%Ln مقال محدد</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>جارٍ التصدير إلى %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>تصدير إلى PDF</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s)</source>
        <translation>
            <numerusform>لم يُصدَّر أي مقال</numerusform>
            <numerusform>صُدِّر مقال واحد</numerusform>
            <numerusform>صُدِّر مقالان</numerusform>
            <numerusform>صُدِّرت %Ln مقالات</numerusform>
            <numerusform>صُدِّر %Ln مقالًا</numerusform>
            <numerusform>صُدِّر %Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %Ln page(s) to %1.</source>
        <translation>
            <numerusform> في صفحة واحدة إلى %1.</numerusform>
            <numerusform> في صفحة واحدة إلى %1.</numerusform>
            <numerusform> في صفحتين إلى %1.</numerusform>
            <numerusform> في %Ln صفحات إلى %1.</numerusform>
            <numerusform> في %Ln صفحة إلى %1.</numerusform>
            <numerusform> في %Ln صفحة إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>إظهار المجلد</translation>
    </message>
</context>
<context>
    <name>Clearance::ExportDialog</name>
    <message>
        <source>&amp;Continuous</source>
        <translation>&amp;دون فواصل</translation>
    </message>
    <message>
        <source>One article per &amp;page</source>
        <translation>مقا&amp;ل في كل صفحة</translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation>جد&amp;ول المحتويات</translation>
    </message>
    <message>
        <source>&amp;Legend of the highlight colours</source>
        <translation>مفتاح ألوان الإبرا&amp;ز</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>تصدير إلى PDF</translation>
    </message>
    <message>
        <source>Exports %1 as a briefing pack.</source>
        <translation>يصدّر %1 في ملف إحاطة.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (رسالة)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعرا&amp;ض…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوا&amp;ن:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>الور&amp;ق:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>صدّ&amp;ر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected article(s)</source>
        <translation>
            <numerusform>المقالات المحددة (%Ln)</numerusform>
            <numerusform>المقال المحدد</numerusform>
            <numerusform>المقالين المحددين</numerusform>
            <numerusform>المقالات %Ln المحددة</numerusform>
            <numerusform>المقالات الـ%Ln المحددة</numerusform>
            <numerusform>المقالات الـ%Ln المحددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln article(s)</source>
        <translation>
            <numerusform>كل المقالات (%Ln)</numerusform>
            <numerusform>المقال الوحيد</numerusform>
            <numerusform>المقالين كليهما</numerusform>
            <numerusform>المقالات %Ln كلها</numerusform>
            <numerusform>المقالات الـ%Ln كلها</numerusform>
            <numerusform>المقالات الـ%Ln كلها</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the briefing pack a title.</source>
        <translation>أعطِ ملف الإحاطة عنوانًا.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>briefing-pack</source>
        <translation>ملف-إحاطة</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetModel</name>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
</context>
<context>
    <name>Clearance::FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>المرشّحات</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح المرشّحات</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>ابحث عن قيمة</translation>
    </message>
    <message>
        <source>Find a filter value</source>
        <translation>البحث عن قيمة في المرشّحات</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>قيم المرشّحات</translation>
    </message>
    <message>
        <source>Regions, initiatives, organizations and countries; check values to filter the articles</source>
        <translation>المناطق والمبادرات والمنظمات والبلدان؛ حدّد القيم لتصفية المقالات</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>العروض المحفوظة</translation>
    </message>
    <message>
        <source>Click a view to apply its filter</source>
        <translation>انقر عرضًا لتطبيق مرشّحه</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>حفظ الحالي…</translation>
    </message>
    <message>
        <source>Save the current filter as a view</source>
        <translation>حفظ المرشّح الحالي عرضًا</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename the selected view</source>
        <translation>إعادة تسمية العرض المحدد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected view</source>
        <translation>حذف العرض المحدد</translation>
    </message>
    <message>
        <source>Click to apply the view &quot;%1&quot;</source>
        <translation>انقر لتطبيق العرض «%1»</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>اسم العرض:</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>إعادة تسمية العرض</translation>
    </message>
    <message>
        <source>New name of the view:</source>
        <translation>الاسم الجديد للعرض:</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف العرض</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>أتريد حذف العرض المحفوظ «%1»؟</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>العروض المحفوظة</translation>
    </message>
    <message>
        <source>Uncheck every value and show every source; the search stays</source>
        <translation>إلغاء تحديد كل القيم وعرض كل المصادر؛ يبقى البحث</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>جارٍ استيراد %1 (%2 من %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %Ln article(s) added.</source>
        <translation>
            <numerusform>أُلغي الاستيراد: لم يُضَف أي مقال.</numerusform>
            <numerusform>أُلغي الاستيراد: أُضيف مقال واحد.</numerusform>
            <numerusform>أُلغي الاستيراد: أُضيف مقالان.</numerusform>
            <numerusform>أُلغي الاستيراد: أُضيفت %Ln مقالات.</numerusform>
            <numerusform>أُلغي الاستيراد: أُضيف %Ln مقالًا.</numerusform>
            <numerusform>أُلغي الاستيراد: أُضيف %Ln مقال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln article(s) added.</source>
        <translation>
            <numerusform>انتهى الاستيراد: لم يُضَف أي مقال.</numerusform>
            <numerusform>انتهى الاستيراد: أُضيف مقال واحد.</numerusform>
            <numerusform>انتهى الاستيراد: أُضيف مقالان.</numerusform>
            <numerusform>انتهى الاستيراد: أُضيفت %Ln مقالات.</numerusform>
            <numerusform>انتهى الاستيراد: أُضيف %Ln مقالًا.</numerusform>
            <numerusform>انتهى الاستيراد: أُضيف %Ln مقال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) failed.</source>
        <translation>
            <numerusform>لم يفشل أي ملف.</numerusform>
            <numerusform>فشل ملف واحد.</numerusform>
            <numerusform>فشل ملفان.</numerusform>
            <numerusform>فشلت %Ln ملفات.</numerusform>
            <numerusform>فشل %Ln ملفًا.</numerusform>
            <numerusform>فشل %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and articles (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;RSS and Atom feeds (*.xml *.rss *.rdf *.atom);;JSON Feed and JSON articles (*.json);;Web pages (*.html *.htm);;Text (*.txt);;All files (*)</source>
        <translation>الخلاصات والمقالات (*.xml *.rss *.rdf *.atom *.json *.html *.htm *.txt);;خلاصات RSS وAtom (*.xml *.rss *.rdf *.atom);;JSON Feed ومقالات JSON (*.json);;صفحات الويب (*.html *.htm);;نص (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation>جارٍ الإلغاء: يُتراجَع عن الملف قيد القراءة…</translation>
    </message>
</context>
<context>
    <name>Clearance::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>قُرئ بصيغة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متجاهَلة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>الملفات المستوردة</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورَد</translation>
    </message>
    <message>
        <source>item %1 (“%2”): %3</source>
        <translation>العنصر %1 («%2»): %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported; %n item(s) refused by the library</source>
        <translation>
            <numerusform>استُورد؛ لم ترفض المكتبة أي عنصر</numerusform>
            <numerusform>استُورد؛ رفضت المكتبة عنصرًا واحدًا</numerusform>
            <numerusform>استُورد؛ رفضت المكتبة عنصرين</numerusform>
            <numerusform>استُورد؛ رفضت المكتبة %n عناصر</numerusform>
            <numerusform>استُورد؛ رفضت المكتبة %n عنصرًا</numerusform>
            <numerusform>استُورد؛ رفضت المكتبة %n عنصر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::LibraryService</name>
    <message>
        <source>The library is not open yet.</source>
        <translation>المكتبة غير مفتوحة بعد.</translation>
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
        <translation>جزء القراءة</translation>
    </message>
    <message>
        <source>Filters, articles and reading pane</source>
        <translation>المرشّحات والمقالات وجزء القراءة</translation>
    </message>
    <message>
        <source>Number of matching articles</source>
        <translation>عدد المقالات المطابقة</translation>
    </message>
    <message>
        <source>Clearance — %1</source>
        <translation>Clearance — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;الملف</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import articles from files into this library</source>
        <translation>استيراد مقالات من ملفات إلى هذه المكتبة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنها&amp;ء</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقا&amp;ل</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>المقا&amp;ل التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;المقال السابق</translation>
    </message>
    <message>
        <source>Next &amp;Unread (Page Down First)</source>
        <translation>غير المقرو&amp;ء التالي (بعد التمرير صفحةً)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;البحث…</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>تفضيلا&amp;ت…</translation>
    </message>
    <message>
        <source>Choose the language of the interface</source>
        <translation>اختيار لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>&amp;About Clearance</source>
        <translation>عن &amp;Clearance</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>جارٍ عدّ المقالات…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread article below this one.</source>
        <translation>لا يوجد مقال غير مقروء بعد هذا المقال.</translation>
    </message>
    <message>
        <source>About Clearance</source>
        <translation>عن Clearance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;A desktop reader for customs and trade news: filter by region, initiative, organization and country, search, and read with every organization highlighted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clearance %1&lt;/h3&gt;&lt;p&gt;قارئ لأخبار الجمارك والتجارة: صفِّ حسب المنطقة والمبادرة والمنظمة والبلد، وابحث، واقرأ مع إبراز كل منظمة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clearance — %1 (read-only)</source>
        <translation>Clearance — %1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>This library is read-only: you can read, search and export it, not change it.</source>
        <translation>هذه المكتبة للقراءة فقط: يمكنك قراءتها والبحث فيها وتصديرها، لا تعديلها.</translation>
    </message>
    <message>
        <source>Your own taxonomy files are not used. %1</source>
        <translation>ملفات التصنيف الخاصة بك غير مستخدمة. %1</translation>
    </message>
</context>
<context>
    <name>Clearance::ReaderActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>وضع علامة مقرو&amp;ء</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>&amp;وضع علامة غير مقروء</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;إضافة نجمة</translation>
    </message>
    <message>
        <source>Mark &amp;All in This List as Read</source>
        <translation>وضع علامة مقروء على كل ما في هذه &amp;القائمة</translation>
    </message>
    <message>
        <source>Mark every article matching the filters as read</source>
        <translation>وضع علامة مقروء على كل المقالات المطابقة للمرشّحات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) marked as read.</source>
        <translation>
            <numerusform>لم توضع علامة مقروء على أي مقال.</numerusform>
            <numerusform>وُضعت علامة مقروء على مقال واحد.</numerusform>
            <numerusform>وُضعت علامة مقروء على مقالين.</numerusform>
            <numerusform>وُضعت علامة مقروء على %Ln مقالات.</numerusform>
            <numerusform>وُضعت علامة مقروء على %Ln مقالًا.</numerusform>
            <numerusform>وُضعت علامة مقروء على %Ln مقال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::ReadingController</name>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>Clearance::SearchBar</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>البحث في المقالات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>Full-text search, combined with the facet filters</source>
        <translation>بحث في النص الكامل، مع تطبيق المرشّحات</translation>
    </message>
    <message>
        <source>Search the title and text of every article</source>
        <translation>البحث في عنوان كل مقال ونصه</translation>
    </message>
</context>
<context>
    <name>Clearance::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The window switches language at once. Article texts keep their own language and direction.</source>
        <translation>تتغير لغة النافذة فورًا. تحتفظ نصوص المقالات بلغتها واتجاهها.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceDialog</name>
    <message>
        <source>A feed (RSS, Atom, JSON Feed)</source>
        <translation>خلاصة (RSS أو Atom أو JSON Feed)</translation>
    </message>
    <message>
        <source>A news page without a feed</source>
        <translation>صفحة أخبار بلا خلاصة</translation>
    </message>
    <message>
        <source>Article links:</source>
        <translation>روابط المقالات:</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>تعديل المصدر</translation>
    </message>
    <message>
        <source>Taken from the feed when left empty</source>
        <translation>يؤخذ من الخلاصة إن تُرك فارغًا</translation>
    </message>
    <message>
        <source>Nested folders are separated by &quot;/&quot;, as in Customs/Africa</source>
        <translation>تُفصل المجلدات المتداخلة بـ «/»، مثل جمارك/أفريقيا</translation>
    </message>
    <message>
        <source>Guessed from the page when left empty, or a path such as /news/*</source>
        <translation>تُستنتج من الصفحة إن تُرك فارغًا، أو مسار مثل ‎/news/*</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>الم&amp;جلد:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Fetch &amp;every:</source>
        <translation>الجلب &amp;كل:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>Clearance::SourcePanel</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Feeds and news pages by folder, with their unread articles; select one to see its articles</source>
        <translation>الخلاصات وصفحات الأخبار حسب المجلد، مع مقالاتها غير المقروءة؛ اختر واحدًا لعرض مقالاته</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Follow a feed or a news page</source>
        <translation>متابعة خلاصة أو صفحة أخبار</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected source</source>
        <translation>تعديل المصدر المحدد</translation>
    </message>
    <message>
        <source>No sources yet: add the feeds and news pages you follow.</source>
        <translation>لا مصادر بعد: أضف الخلاصات وصفحات الأخبار التي تتابعها.</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>تعديل المصدر</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Stop following &quot;%1&quot;? The articles already fetched from it stay in the library.</source>
        <translation>إيقاف متابعة «%1»؟ تبقى المقالات التي جُلبت منه في المكتبة.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceRefresher</name>
    <message>
        <source>%1 asked to be left alone for a while; not fetched.</source>
        <translation>طلب %1 تركه بعض الوقت؛ لم يُجلب.</translation>
    </message>
    <message>
        <source>%1 is gone (HTTP 410): the source was disabled.</source>
        <translation>%1 لم يعد موجودًا (HTTP 410): عُطّل المصدر.</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2) until %3.</source>
        <translation>طلب %1 الإبطاء (HTTP %2) حتى %3.</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP %2).</source>
        <translation>طلب %1 الإبطاء (HTTP %2).</translation>
    </message>
    <message>
        <source>The feed listed no items this time; the articles already fetched are kept.</source>
        <translation>لم تسرد الخلاصة أي عنصر هذه المرة؛ احتُفظ بالمقالات التي جُلبت.</translation>
    </message>
    <message>
        <source>No link on %1 matches %2.</source>
        <translation>لا رابط في %1 يطابق %2.</translation>
    </message>
    <message>
        <source>No list of article links was found on %1; give the pattern of its article links.</source>
        <translation>لم يُعثر على قائمة روابط مقالات في %1؛ أعطِ نمط روابط مقالاتها.</translation>
    </message>
</context>
<context>
    <name>Clearance::SourceTreeModel</name>
    <message>
        <source>Not fetched yet</source>
        <translation>لم يُجلب بعد</translation>
    </message>
    <message>
        <source>Fetched %1 ago</source>
        <translation>جُلب قبل %1</translation>
    </message>
    <message>
        <source>%1; disabled, not fetched</source>
        <translation>%1؛ معطّل، لا يُجلب</translation>
    </message>
    <message>
        <source>%1; due now</source>
        <translation>%1؛ حان موعد الجلب</translation>
    </message>
    <message>
        <source>%1; next in %2</source>
        <translation>%1؛ الجلب التالي بعد %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>أقل من ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>أقل من يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln failures in a row)</source>
        <translation>
            <numerusform>%1 (بلا إخفاق)</numerusform>
            <numerusform>%1 (إخفاق واحد)</numerusform>
            <numerusform>%1 (إخفاقان متتاليان)</numerusform>
            <numerusform>%1 (%Ln إخفاقات متتالية)</numerusform>
            <numerusform>%1 (%Ln إخفاقًا متتاليًا)</numerusform>
            <numerusform>%1 (%Ln إخفاق متتالٍ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clearance::TagCandidateModel</name>
    <message>
        <source>%1 — region</source>
        <comment>add-tag completion</comment>
        <translation>%1 — منطقة</translation>
    </message>
    <message>
        <source>%1 — initiative</source>
        <comment>add-tag completion</comment>
        <translation>%1 — مبادرة</translation>
    </message>
</context>
<context>
    <name>Clearance::TagEditor</name>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>مبادرة</translation>
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
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>+ Add tag…</source>
        <translation>+ إضافة وسم…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Tag this article with a region or an initiative</source>
        <translation>وسم هذا المقال بمنطقة أو مبادرة</translation>
    </message>
    <message>
        <source>Region or initiative…</source>
        <translation>منطقة أو مبادرة…</translation>
    </message>
    <message>
        <source>Region or initiative to add</source>
        <translation>المنطقة أو المبادرة المراد إضافتها</translation>
    </message>
    <message>
        <source>Regions and initiatives</source>
        <translation>المناطق والمبادرات</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library %1 is locked by another program.</source>
        <translation>المكتبة %1 مقفلة من برنامج آخر.</translation>
    </message>
    <message>
        <source>The library %1 could not be used: %2.</source>
        <translation>تعذّر استخدام المكتبة %1: %2.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>برنامج تشغيل SQLite في Qt غير مثبّت (الحزمة libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 مجلد، وليس ملف مكتبة.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not use the SQLite library Clearance was built with.</source>
        <translation>برنامج تشغيل SQLite في Qt لا يستخدم مكتبة SQLite التي بُني بها Clearance.</translation>
    </message>
    <message>
        <source>The library %1 was not upgraded because its backup copy %2 could not be written: %3.</source>
        <translation>لم تُرقَّ المكتبة %1 لأن نسختها الاحتياطية %2 تعذّرت كتابتها: %3.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Clearance (schema %2; this version reads up to %3).</source>
        <translation>كُتبت المكتبة %1 بإصدار أحدث من Clearance (المخطط %2؛ هذا الإصدار يقرأ حتى المخطط %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a Clearance library, or it is damaged; it was left as it is.</source>
        <translation>الملف %1 ليس مكتبة Clearance، أو أنه تالف؛ وقد تُرك كما هو.</translation>
    </message>
    <message>
        <source>The library %1 is read-only; nothing was written.</source>
        <translation>المكتبة %1 للقراءة فقط؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>لا توجد مكتبة في %1.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a library yet.</source>
        <translation>الملف %1 فارغ؛ وليس مكتبة بعد.</translation>
    </message>
    <message>
        <source>The library %1 was written by an older version of Clearance and is read-only, so it cannot be upgraded.</source>
        <translation>كُتبت المكتبة %1 بإصدار أقدم من Clearance وهي للقراءة فقط، لذا لا يمكن ترقيتها.</translation>
    </message>
    <message>
        <source>The library %1 has recent changes in its -wal file that cannot be read in a read-only folder; open it once where it can be written.</source>
        <translation>في المكتبة %1 تغييرات حديثة في ملف ‎-wal الخاص بها لا يمكن قراءتها في مجلد للقراءة فقط؛ افتحها مرة واحدة حيث يمكن الكتابة فيها.</translation>
    </message>
</context>
<context>
    <name>FetchMessages</name>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ليس عنوان http أو https.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>أجاب %1 بالرمز HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>أجاب %1 بالرمز HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing came for %2 s.</source>
        <translation>توقف %1 عن الاستجابة: لم يصل شيء خلال %2 ث.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s to download.</source>
        <translation>استغرق تنزيل %1 أكثر من %2 ث.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 أكبر من الحد المسموح به وهو %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without a valid Location.</source>
        <translation>أجاب %1 بالرمز HTTP %2 (إعادة توجيه) دون ترويسة Location صالحة.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not an http or https address.</source>
        <translation>يعيد %1 التوجيه إلى %2، وهو ليس عنوان http أو https.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop, back to %2.</source>
        <translation>يعيد %1 التوجيه في حلقة، عائدًا إلى %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %Ln time(s).</source>
        <translation>
            <numerusform>يعيد %1 التوجيه أكثر من %Ln مرة.</numerusform>
            <numerusform>يعيد %1 التوجيه أكثر من مرة واحدة.</numerusform>
            <numerusform>يعيد %1 التوجيه أكثر من مرتين.</numerusform>
            <numerusform>يعيد %1 التوجيه أكثر من %Ln مرات.</numerusform>
            <numerusform>يعيد %1 التوجيه أكثر من %Ln مرة.</numerusform>
            <numerusform>يعيد %1 التوجيه أكثر من %Ln مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>فشل الاتصال الآمن بـ %1: %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>تعذّر جلب %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source> or </source>
        <comment>between two values of one kind in a filter</comment>
        <translation> أو </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search text in a filter description</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>مميّزة بنجمة</translation>
    </message>
    <message>
        <source>Customs and trade briefing</source>
        <translation>موجز الجمارك والتجارة</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>وكالة تابعة للأمم المتحدة</translation>
    </message>
    <message>
        <source>Multilateral initiative</source>
        <translation>مبادرة متعددة الأطراف</translation>
    </message>
    <message>
        <source>Regional economic community</source>
        <translation>جماعة اقتصادية إقليمية</translation>
    </message>
    <message>
        <source>National customs administration</source>
        <translation>إدارة جمارك وطنية</translation>
    </message>
    <message>
        <source>Tax administration</source>
        <translation>إدارة ضريبية</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>Training academy</source>
        <translation>أكاديمية تدريب</translation>
    </message>
    <message>
        <source>Private-sector association</source>
        <translation>جمعية من القطاع الخاص</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Other organization</source>
        <translation>منظمة أخرى</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of articles.</source>
        <translation>%1 مجلد، وليس ملف مقالات.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>لم يُستورد %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: the import was cancelled.</source>
        <translation>لم يُستورد %1: أُلغي الاستيراد.</translation>
    </message>
</context>
<context>
    <name>JsonFeedReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: %1 (%2)</source>
        <translation>ليس JSON سليم البنية: %1 (%2)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: text after the end (%1)</source>
        <translation>ليس JSON سليم البنية: يوجد نص بعد النهاية (%1)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;,&apos; or &apos;]&apos; expected between items (%1)</source>
        <translation>ليس JSON سليم البنية: كان المتوقع ‎&apos;,&apos;‎ أو ‎&apos;]&apos;‎ بين العناصر (%1)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: &apos;%1&apos; closes nothing open (%2)</source>
        <translation>ليس JSON سليم البنية: ‎&apos;%1&apos;‎ لا يُغلق شيئًا مفتوحًا (%2)</translation>
    </message>
    <message>
        <source>it is not well-formed JSON: the file ends before the data does (%1)</source>
        <translation>ليس JSON سليم البنية: ينتهي الملف قبل انتهاء البيانات (%1)</translation>
    </message>
    <message>
        <source>it is JSON, but neither a JSON Feed (no &quot;items&quot;) nor an array of articles</source>
        <translation>إنه JSON، لكنه ليس JSON Feed (لا يحتوي على &quot;items&quot;) ولا مصفوفة مقالات</translation>
    </message>
</context>
<context>
    <name>LibraryChooser</name>
    <message>
        <source>Clearance libraries (*.sqlite *.db);;All files (*)</source>
        <translation>مكتبات Clearance (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation>لا يمكن فتح المكتبة %1.</translation>
    </message>
    <message>
        <source>Choose another library…</source>
        <translation>اختيار مكتبة أخرى…</translation>
    </message>
    <message>
        <source>Create a new library…</source>
        <translation>إنشاء مكتبة جديدة…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Choose another library</source>
        <translation>اختيار مكتبة أخرى</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>إنشاء مكتبة جديدة</translation>
    </message>
    <message>
        <source>Quit Clearance</source>
        <translation>إنهاء Clearance</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>مكتبة جديدة</translation>
    </message>
</context>
<context>
    <name>OpmlReader</name>
    <message>
        <source>it is a feed (its root element is &lt;%1&gt;), not an OPML list of feeds: subscribe to its address instead</source>
        <translation>إنه خلاصة (عنصره الجذر &lt;%1&gt;) لا قائمة خلاصات OPML: اشترك في عنوانه بدلًا من ذلك</translation>
    </message>
    <message>
        <source>it is XML but not an OPML list of feeds (its root element is &lt;%1&gt;)</source>
        <translation>إنه XML لكنه ليس قائمة خلاصات OPML (عنصره الجذر &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>لا يحتوي على أي عنصر XML</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a valid URL</source>
        <translation>عنوانه «%1» ليس عنوان URL صالحًا</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not a full URL (http://... or https://...)</source>
        <translation>عنوانه «%1» ليس عنوان URL كاملًا (http://... أو https://...)</translation>
    </message>
    <message>
        <source>its address &quot;%1&quot; is not an http or https address</source>
        <translation>عنوانه «%1» ليس عنوان http أو https</translation>
    </message>
    <message>
        <source>the same address is listed above, as &quot;%1&quot;</source>
        <translation>العنوان نفسه مذكور أعلاه باسم «%1»</translation>
    </message>
    <message>
        <source>it includes another OPML file, which is not followed</source>
        <translation>يُدرج ملف OPML آخر، ولا يُتابَع</translation>
    </message>
    <message>
        <source>it is a link without an address</source>
        <translation>إنه رابط بلا عنوان</translation>
    </message>
    <message>
        <source>it has more than %1 outlines; Clearance reads subscription lists of up to that many</source>
        <translation>فيه أكثر من %1 عنصر outline؛ يقرأ Clearance قوائم الاشتراكات حتى هذا العدد</translation>
    </message>
    <message>
        <source>its outlines are nested more than %1 deep</source>
        <translation>عناصر outline فيه متداخلة بأكثر من %1 مستوى</translation>
    </message>
    <message>
        <source>it is a feed without an address (xmlUrl)</source>
        <translation>إنه خلاصة بلا عنوان (xmlUrl)</translation>
    </message>
    <message>
        <source>it is an OPML file but lists no feed</source>
        <translation>إنه ملف OPML لكنه لا يذكر أي خلاصة</translation>
    </message>
    <message>
        <source>it is an OPML file, but none of the feeds it lists can be subscribed to: the first, &quot;%1&quot;, is left out because %2</source>
        <translation>إنه ملف OPML، لكن لا يمكن الاشتراك في أي من الخلاصات التي يذكرها: الأولى، «%1»، مستبعدة لأن %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>it holds binary data, not an OPML list of feeds</source>
        <translation>يحتوي على بيانات ثنائية، لا على قائمة خلاصات OPML</translation>
    </message>
    <message>
        <source>it is not XML, so not an OPML list of feeds</source>
        <translation>ليس XML، فليس قائمة خلاصات OPML</translation>
    </message>
    <message>
        <source>it is a web page, not an OPML list of feeds</source>
        <translation>إنه صفحة ويب، لا قائمة خلاصات OPML</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, more than any list of feeds</source>
        <translation>حجمه أكبر من %1 ميغابايت، أكثر من أي قائمة خلاصات</translation>
    </message>
</context>
<context>
    <name>PageLinkPattern</name>
    <message>
        <source>the link pattern is empty</source>
        <translation>نمط الروابط فارغ</translation>
    </message>
    <message>
        <source>the link pattern is longer than %1 characters</source>
        <translation>نمط الروابط أطول من %1 حرف</translation>
    </message>
    <message>
        <source>the link pattern &quot;%1&quot; is neither a path (starting with &quot;/&quot;) nor an http or https address</source>
        <translation>نمط الروابط «%1» ليس مسارًا (يبدأ بـ «/») ولا عنوان http أو https</translation>
    </message>
</context>
<context>
    <name>PdfContents</name>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>لا توجد مقالات للتصدير.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذّر كتابة %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>تتعذّر كتابة %1: تعذّر بدء ملف PDF.</translation>
    </message>
</context>
<context>
    <name>PdfTitlePage</name>
    <message>
        <source>Briefing pack</source>
        <translation>ملف إحاطة</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>المرشّح</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations are highlighted by kind</source>
        <translation>تُبرَز المنظمات حسب فئتها</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
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
        <translation>تعذّرت قراءة العروض المحفوظة</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>يحتاج العرض المحفوظ إلى اسم.</translation>
    </message>
    <message>
        <source>The view could not be saved</source>
        <translation>تعذّر حفظ العرض</translation>
    </message>
    <message>
        <source>A saved view is already called &quot;%1&quot;.</source>
        <translation>يوجد عرض محفوظ باسم «%1» بالفعل.</translation>
    </message>
    <message>
        <source>The view could not be renamed</source>
        <translation>تعذّرت إعادة تسمية العرض</translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation>العرض المحفوظ لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The view could not be deleted</source>
        <translation>تعذّر حذف العرض</translation>
    </message>
</context>
<context>
    <name>SeedTextParser</name>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>لا يحتوي الملف على أي مقال: كان المتوقع سطر عنوان ثم سطرًا فارغًا ثم نص المقال.</translation>
    </message>
</context>
<context>
    <name>SortedIdCache</name>
    <message>
        <source>The articles could not be sorted: %1.</source>
        <translation>تعذّر فرز المقالات: %1.</translation>
    </message>
</context>
<context>
    <name>SourceDiscovery</name>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>أجاب %1 بـ HTTP %2.</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a web page.</source>
        <translation>%1 ليس خلاصة ولا صفحة ويب.</translation>
    </message>
    <message>
        <source>%1 is a list of feeds (OPML): subscribe to them with clearance-cli sources import-opml FILE.</source>
        <translation>%1 قائمة خلاصات (OPML): اشترك فيها بـ clearance-cli sources import-opml FILE.</translation>
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
        <translation>يحتاج المصدر إلى عنوان.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https://).</source>
        <translation>«%1» ليس عنوان ويب (يجب أن يبدأ بـ https://).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: only http and https sources can be fetched.</source>
        <translation>«%1» ليس عنوان ويب: لا يمكن جلب إلا المصادر عبر http وhttps.</translation>
    </message>
    <message>
        <source>The sources could not be read</source>
        <translation>تعذّرت قراءة المصادر</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <translation>لا يوجد مصدر %1.</translation>
    </message>
    <message>
        <source>A source&apos;s interval cannot be negative.</source>
        <translation>لا يمكن أن تكون الفترة الزمنية للمصدر سالبة.</translation>
    </message>
    <message>
        <source>%1 is already a source (%2).</source>
        <translation>%1 مصدر موجود بالفعل (%2).</translation>
    </message>
    <message>
        <source>The source could not be added</source>
        <translation>تعذّرت إضافة المصدر</translation>
    </message>
    <message>
        <source>%1 is already a source.</source>
        <translation>%1 مصدر موجود بالفعل.</translation>
    </message>
    <message>
        <source>The source could not be changed</source>
        <translation>تعذّر تغيير المصدر</translation>
    </message>
    <message>
        <source>The source could not be removed</source>
        <translation>تعذّرت إزالة المصدر</translation>
    </message>
    <message>
        <source>The source&apos;s fetch could not be recorded</source>
        <translation>تعذّر تسجيل جلب المصدر</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source</source>
        <translation>تعذّر ربط المقالات بمصدرها</translation>
    </message>
    <message>
        <source>The articles could not be linked to their source: %1.</source>
        <translation>تعذّر ربط المقالات بمصدرها: %1.</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be read</source>
        <translation>تعذّرت قراءة روابط المصدر</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded</source>
        <translation>تعذّر تسجيل روابط المصدر</translation>
    </message>
    <message>
        <source>The source&apos;s links could not be recorded: %1.</source>
        <translation>تعذّر تسجيل روابط المصدر: %1.</translation>
    </message>
    <message>
        <source>The sources could not be added: %1.</source>
        <translation>تعذّرت إضافة المصادر: %1.</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>The taxonomy file %1 could not be read: %2.</source>
        <translation>تعذّرت قراءة ملف التصنيف %1: %2.</translation>
    </message>
    <message>
        <source>The taxonomy file %1 is not valid JSON (at byte %2: %3).</source>
        <translation>ملف التصنيف %1 ليس JSON صالحًا (عند البايت %2: %3).</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>الملف ليس نصًا صالحًا بترميز %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file is a %1 file, not text.</source>
        <translation>الملف من نوع %1، وليس نصًا.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>يحتوي الملف على بيانات ثنائية، وليس نصًا.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1 at offset %2 is not valid UTF-8); it may use a legacy encoding such as Windows-1252 or ISO-8859-1: save it as UTF-8 and import it again.</source>
        <translation>الملف ليس نصًا بترميز UTF-8 (البايت 0x%1 عند الموضع %2 ليس UTF-8 صالحًا)؛ ربما يستخدم ترميزًا قديمًا مثل Windows-1252 أو ISO-8859-1: احفظه بترميز UTF-8 ثم استورده مجددًا.</translation>
    </message>
    <message>
        <source>The file holds control characters, so it is not plain text.</source>
        <translation>يحتوي الملف على محارف تحكم، لذا فهو ليس نصًا عاديًا.</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>The file holds no article: expected a title line, a blank line and the article&apos;s text.</source>
        <translation>لا يحتوي الملف على أي مقال: كان المتوقع سطر عنوان ثم سطرًا فارغًا ثم نص المقال.</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>it is XML but not a feed (its root element is &lt;%1&gt;); Clearance reads RSS, RSS 1.0 (RDF), Atom, JSON Feed, JSON article lists, HTML pages and text</source>
        <translation>إنه XML لكنه ليس خلاصة (عنصره الجذر &lt;%1&gt;)؛ يقرأ Clearance صيغ RSS وRSS 1.0 (RDF) وAtom وJSON Feed وقوائم مقالات JSON وصفحات HTML والنصوص</translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation>لا يحتوي على أي عنصر XML</translation>
    </message>
    <message>
        <source>it is an OPML file: a list of feeds, not of articles, and it lists no feed</source>
        <translation>إنه ملف OPML: قائمة خلاصات لا مقالات، ولا يذكر أي خلاصة</translation>
    </message>
    <message numerus="yes">
        <source>it is an OPML file: a list of feeds, not of articles; it lists %n feed(s) such as %1. To subscribe to them, use: clearance-cli sources import-opml FILE</source>
        <translation>
            <numerusform>إنه ملف OPML: قائمة خلاصات لا مقالات؛ لا يذكر أي خلاصة. للاشتراك في خلاصاته استخدم: clearance-cli sources import-opml الملف</numerusform>
            <numerusform>إنه ملف OPML: قائمة خلاصات لا مقالات؛ يذكر خلاصة واحدة هي %1. للاشتراك فيها استخدم: clearance-cli sources import-opml الملف</numerusform>
            <numerusform>إنه ملف OPML: قائمة خلاصات لا مقالات؛ يذكر خلاصتين مثل %1. للاشتراك فيهما استخدم: clearance-cli sources import-opml الملف</numerusform>
            <numerusform>إنه ملف OPML: قائمة خلاصات لا مقالات؛ يذكر %n خلاصات مثل %1. للاشتراك فيها استخدم: clearance-cli sources import-opml الملف</numerusform>
            <numerusform>إنه ملف OPML: قائمة خلاصات لا مقالات؛ يذكر %n خلاصة مثل %1. للاشتراك فيها استخدم: clearance-cli sources import-opml الملف</numerusform>
            <numerusform>إنه ملف OPML: قائمة خلاصات لا مقالات؛ يذكر %n خلاصة مثل %1. للاشتراك فيها استخدم: clearance-cli sources import-opml الملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlInput</name>
    <message>
        <source>the file declares the encoding &quot;%1&quot;, which Clearance cannot read</source>
        <translation>يعلن الملف الترميز &quot;%1&quot; الذي لا يستطيع Clearance قراءته</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>it is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>ليس XML سليم البنية: %1 (السطر %2، العمود %3)</translation>
    </message>
    <message>
        <source>it has more than %1 MB of declarations and comments before its first element</source>
        <translation>يحتوي على أكثر من %1 ميغابايت من التصريحات والتعليقات قبل عنصره الأول</translation>
    </message>
    <message>
        <source>the feed&apos;s entities expand to more than %1 characters from %2 bytes of the file; a feed built to exhaust memory is not read</source>
        <translation>تتوسع كيانات الموجز إلى أكثر من %1 حرف انطلاقًا من %2 بايت من الملف؛ لا يُقرأ موجز مصمم لاستنزاف الذاكرة</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes; a feed built to take the reader&apos;s time is not read</source>
        <translation>يحتوي عنصر على أكثر من %1 سمة؛ لا يُقرأ موجز مصمم لاستهلاك وقت القارئ</translation>
    </message>
    <message>
        <source>it is not valid UTF-8: byte 0x%1 at offset %2 (line %3, column %4) is not part of a UTF-8 character</source>
        <translation>ليس ترميز UTF-8 صالحًا: البايت 0x%1 عند الموضع %2 (السطر %3، العمود %4) ليس جزءًا من حرف UTF-8</translation>
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
        <translation>قارئ لأخبار الجمارك والتجارة.</translation>
    </message>
    <message>
        <source>The library file to open (default: %1, created with the sample articles on first use).</source>
        <translation>ملف المكتبة المراد فتحه (الافتراضي: %1، ويُنشأ مع المقالات النموذجية عند أول استخدام).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>The language of the interface for this run: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>لغة الواجهة في هذا التشغيل: %1 (الافتراضي: اللغة المختارة في التفضيلات، وإلا فلغة النظام).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Files to import into the library once the window is open.</source>
        <translation>ملفات تُستورد إلى المكتبة بعد فتح النافذة.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ملف...]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>لغة غير معروفة «%1»؛ استخدم إحدى هذه: %2.</translation>
    </message>
</context>
<context>
    <name>clearance-cli</name>
    <message>
        <source>annotate: give one file, or - for standard input.</source>
        <translation>annotate: حدّد ملفًا واحدًا، أو - للإدخال القياسي.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>لا توجد مكتبة في %1.</translation>
    </message>
    <message>
        <source>Run &quot;clearance-cli --help&quot; for usage.</source>
        <translation>شغّل «clearance-cli --help» لمعرفة طريقة الاستخدام.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>صيغة غير معروفة «%1»؛ استخدم إحدى هذه: %2.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (or an option without its value).</source>
        <translation>خيار غير معروف «%1» (أو خيار بلا قيمته).</translation>
    </message>
    <message>
        <source>export-pdf: unexpected argument &quot;%1&quot;.</source>
        <translation>export-pdf: وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>export-pdf needs --output FILE.</source>
        <translation>يحتاج export-pdf إلى ‎--output FILE.</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use a4 or letter.</source>
        <translation>مقاس ورق غير معروف «%1»؛ استخدم a4 أو letter.</translation>
    </message>
    <message>
        <source>--ids needs article ids separated by commas, not &quot;%1&quot;.</source>
        <translation>يحتاج ‎--ids إلى معرّفات مقالات مفصولة بفواصل، وليس «%1».</translation>
    </message>
    <message>
        <source>export-pdf: give either --ids or filter options, not both.</source>
        <translation>export-pdf: حدّد ‎--ids أو خيارات التصفية، لا كليهما.</translation>
    </message>
    <message>
        <source>No article matches the filter; nothing was exported.</source>
        <translation>لا يطابق أي مقال المرشّح؛ لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <source>Chosen articles</source>
        <translation>المقالات المختارة</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Wrote %1: </source>
        <translation>كُتب %1: </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s).</source>
        <translation>
            <numerusform>، بلا صفحات.</numerusform>
            <numerusform>، صفحة واحدة.</numerusform>
            <numerusform>، صفحتان.</numerusform>
            <numerusform>، %n صفحات.</numerusform>
            <numerusform>، %n صفحة.</numerusform>
            <numerusform>، %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>facets: unexpected argument &quot;%1&quot;.</source>
        <translation>facets: وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>import: give one or more files.</source>
        <translation>import: حدّد ملفًا واحدًا أو أكثر.</translation>
    </message>
    <message>
        <source>--limit needs a whole number, not &quot;%1&quot;.</source>
        <translation>يحتاج ‎--limit إلى عدد صحيح، وليس «%1».</translation>
    </message>
    <message>
        <source>list: unexpected argument &quot;%1&quot;.</source>
        <translation>list: وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>--lang needs one of: %1.</source>
        <translation>يحتاج ‎--lang إلى إحدى هذه القيم: %1.</translation>
    </message>
    <message>
        <source>--library needs a path.</source>
        <translation>يحتاج ‎--library إلى مسار.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف «%1».</translation>
    </message>
    <message>
        <source>retag takes no argument.</source>
        <translation>لا يأخذ retag أي وسيط.</translation>
    </message>
    <message numerus="yes">
        <source>Re-tagged %n article(s)</source>
        <translation>
            <numerusform>لم يُعَد وسم أي مقال</numerusform>
            <numerusform>أُعيد وسم مقال واحد</numerusform>
            <numerusform>أُعيد وسم مقالين</numerusform>
            <numerusform>أُعيد وسم %n مقالات</numerusform>
            <numerusform>أُعيد وسم %n مقالًا</numerusform>
            <numerusform>أُعيد وسم %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n changed.</source>
        <translation>
            <numerusform>؛ لم يتغير شيء.</numerusform>
            <numerusform>؛ تغيّر واحد.</numerusform>
            <numerusform>؛ تغيّر اثنان.</numerusform>
            <numerusform>؛ تغيّرت %n.</numerusform>
            <numerusform>؛ تغيّر %n.</numerusform>
            <numerusform>؛ تغيّر %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>show: give one article id.</source>
        <translation>show: حدّد معرّف مقال واحدًا.</translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not an article id.</source>
        <translation>show: «%1» ليس معرّف مقال.</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>تاريخ النشر: %1</translation>
    </message>
    <message>
        <source> (date of import; the source gave none)</source>
        <translation> (تاريخ الاستيراد؛ لم يذكر المصدر تاريخًا)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>الرابط: %1</translation>
    </message>
    <message>
        <source>taxonomy takes no argument.</source>
        <translation>لا يأخذ taxonomy أي وسيط.</translation>
    </message>
    <message>
        <source>; read as %1.</source>
        <translation>؛ قُرئ بصيغة %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s) added</source>
        <translation>
            <numerusform>%1: لم يُضف أي مقال</numerusform>
            <numerusform>%1: أُضيف مقال واحد</numerusform>
            <numerusform>%1: أُضيف مقالان</numerusform>
            <numerusform>%1: أُضيفت %n مقالات</numerusform>
            <numerusform>%1: أُضيف %n مقالًا</numerusform>
            <numerusform>%1: أُضيف %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>، لا شيء منها في المكتبة سلفًا</numerusform>
            <numerusform>، واحد في المكتبة سلفًا</numerusform>
            <numerusform>، اثنان في المكتبة سلفًا</numerusform>
            <numerusform>، %n في المكتبة سلفًا</numerusform>
            <numerusform>، %n في المكتبة سلفًا</numerusform>
            <numerusform>، %n في المكتبة سلفًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n updated</source>
        <translation>
            <numerusform> (لم يُحدَّث أي منها</numerusform>
            <numerusform> (حُدِّث واحد</numerusform>
            <numerusform> (حُدِّث اثنان</numerusform>
            <numerusform> (حُدِّثت %n</numerusform>
            <numerusform> (حُدِّث %n</numerusform>
            <numerusform> (حُدِّث %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged)</source>
        <translation>
            <numerusform>، ولا شيء دون تغيير)</numerusform>
            <numerusform>، وواحد دون تغيير)</numerusform>
            <numerusform>، واثنان دون تغيير)</numerusform>
            <numerusform>، و%n دون تغيير)</numerusform>
            <numerusform>، و%n دون تغيير)</numerusform>
            <numerusform>، و%n دون تغيير)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for having neither title nor text</source>
        <translation>
            <numerusform>، ولم يُتجاهَل أي عنصر</numerusform>
            <numerusform>، وتُجوهل عنصر واحد لخلوّه من العنوان والنص</numerusform>
            <numerusform>، وتُجوهل عنصران لخلوّهما من العنوان والنص</numerusform>
            <numerusform>، وتُجوهلت %n عناصر لخلوّها من العنوان والنص</numerusform>
            <numerusform>، وتُجوهل %n عنصرًا لخلوّها من العنوان والنص</numerusform>
            <numerusform>، وتُجوهل %n عنصر لخلوّها من العنوان والنص</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>المناطق: %1</translation>
    </message>
    <message>
        <source>Initiatives: %1</source>
        <translation>المبادرات: %1</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>المنظمات: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>البلدان: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the tags of a kind in show</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: item %2 (“%3”) was not saved: %4.</source>
        <translation>%1: لم يُحفظ العنصر %2 («%3»): %4.</translation>
    </message>
    <message>
        <source>Note: the source gave no title; it is the start of the text.</source>
        <translation>ملاحظة: لم يعطِ المصدر عنوانًا؛ هذا بداية النص.</translation>
    </message>
    <message>
        <source>No text in the feed: open the original.</source>
        <translation>لا نص في الخلاصة: افتح الأصل.</translation>
    </message>
    <message>
        <source>The text stops here: the source gave more than an article keeps.</source>
        <translation>ينتهي النص هنا: أعطى المصدر أكثر مما يحفظه المقال.</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; &quot;clearance-cli taxonomy&quot; lists them all.</source>
        <translation>لا توجد القيمة «%2» للخيار %1؛ يسردها الأمر «clearance-cli taxonomy» كلها.</translation>
    </message>
    <message>
        <source>%1 has no value &quot;%2&quot;; did you mean %3?</source>
        <translation>لا توجد القيمة «%2» للخيار %1؛ هل تقصد %3؟</translation>
    </message>
    <message>
        <source>Imports articles, one transaction per file. FILE may be - (standard input) or a pipe, which is read once.</source>
        <translation>يستورد مقالات، بمعاملة واحدة لكل ملف. يمكن أن يكون FILE العلامة - (الدخل القياسي) أو أنبوبًا، ويُقرأ مرة واحدة.</translation>
    </message>
    <message>
        <source>Lists the matching articles.</source>
        <translation>يسرد المقالات المطابقة.</translation>
    </message>
    <message>
        <source>Counts the matching articles by region, initiative, organization and country.</source>
        <translation>يعدّ المقالات المطابقة حسب المنطقة والمبادرة والمنظمة والبلد.</translation>
    </message>
    <message>
        <source>Shows one article.</source>
        <translation>يعرض مقالًا واحدًا.</translation>
    </message>
    <message>
        <source>Writes a briefing pack of the chosen or matching articles. --output - writes it to standard output; an existing file that is not a PDF is replaced only with --force, and the library never.</source>
        <translation>يكتب ملف إحاطة بالمقالات المختارة أو المطابقة. يكتبه --output - إلى الخرج القياسي؛ ولا يُستبدل ملف موجود ليس PDF إلا مع --force، ولا تُستبدل المكتبة أبدًا.</translation>
    </message>
    <message>
        <source>Re-tags every article with the current taxonomy.</source>
        <translation>يعيد وسم كل المقالات بالتصنيف الحالي.</translation>
    </message>
    <message>
        <source>Prints the mentions in a text (no library needed).</source>
        <translation>يطبع الإشارات في نص ما (دون مكتبة).</translation>
    </message>
    <message>
        <source>Prints the regions, initiatives, organizations and countries.</source>
        <translation>يطبع المناطق والمبادرات والمنظمات والبلدان.</translation>
    </message>
    <message>
        <source>Usage: clearance-cli [--library PATH] [--lang CODE] %1</source>
        <translation>الاستخدام: clearance-cli [--library PATH] [--lang CODE] %1</translation>
    </message>
    <message>
        <source>%1 could not be read: no temporary file could be made (%2).</source>
        <translation>تعذّرت قراءة %1: تعذّر إنشاء ملف مؤقت (%2).</translation>
    </message>
    <message>
        <source>%1 gives more than %2 MB; save it to a file and import that.</source>
        <translation>يعطي %1 أكثر من %2 ميغابايت؛ احفظه في ملف واستورد ذلك الملف.</translation>
    </message>
    <message>
        <source>Standard output is a terminal; redirect it to a file or a program to receive the PDF.</source>
        <translation>الخرج القياسي طرفية؛ أعد توجيهه إلى ملف أو برنامج لاستلام ملف PDF.</translation>
    </message>
    <message>
        <source>%1 is the library or one of its files; choose another file for the PDF. Nothing was written.</source>
        <translation>%1 هو المكتبة أو أحد ملفاتها؛ اختر ملفًا آخر لملف PDF. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the path of the file itself. Nothing was written.</source>
        <translation>%1 رابط رمزي؛ أعطِ مسار الملف نفسه. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a file. Nothing was written.</source>
        <translation>%1 مجلد؛ أعطِ مسار ملف. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; use --output - to write to standard output. Nothing was written.</source>
        <translation>%1 ليس ملفًا عاديًا؛ استخدم --output - للكتابة إلى الخرج القياسي. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>%1 exists and is not a PDF; add --force to replace it. Nothing was written.</source>
        <translation>%1 موجود وليس ملف PDF؛ أضف --force لاستبداله. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 cannot be written to.</source>
        <translation>تتعذّر كتابة %1: لا يمكن الكتابة في المجلد %2.</translation>
    </message>
    <message>
        <source>The PDF could not be written to standard output: %1.</source>
        <translation>تعذّرت كتابة ملف PDF إلى الخرج القياسي: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذّر كتابة %1: %2.</translation>
    </message>
    <message>
        <source> (date of import; the source&apos;s date was in the future)</source>
        <translation> (تاريخ الاستيراد؛ كان تاريخ المصدر في المستقبل)</translation>
    </message>
    <message>
        <source>sources %1: give one source id.</source>
        <translation>sources %1: أعطِ معرّف مصدر واحدًا.</translation>
    </message>
    <message>
        <source>sources %1: &quot;%2&quot; is not a source id.</source>
        <translation>sources %1: «%2» ليس معرّف مصدر.</translation>
    </message>
    <message>
        <source>sources add: give one address.</source>
        <translation>sources add: أعطِ عنوانًا واحدًا.</translation>
    </message>
    <message>
        <source>--interval takes a number of minutes, 1 or more.</source>
        <translation>يأخذ ‎--interval عددًا من الدقائق، 1 أو أكثر.</translation>
    </message>
    <message>
        <source>--links is for page sources: add --page.</source>
        <translation>‎--links خاص بمصادر الصفحات: أضف ‎--page.</translation>
    </message>
    <message>
        <source>sources list: unexpected argument &quot;%1&quot;.</source>
        <translation>sources list: وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>sources: unknown action &quot;%1&quot;.</source>
        <translation>sources: إجراء غير معروف «%1».</translation>
    </message>
    <message>
        <source>--source takes source ids (&quot;clearance-cli sources list&quot;), not &quot;%1&quot;.</source>
        <translation>يأخذ ‎--source معرّفات مصادر (‎«clearance-cli sources list»)، لا «%1».</translation>
    </message>
    <message>
        <source>--source: there is no source %1; &quot;clearance-cli sources list&quot; lists them.</source>
        <translation>‎--source: لا يوجد مصدر %1؛ يسردها ‎«clearance-cli sources list».</translation>
    </message>
    <message>
        <source>FILTER: --region ID --initiative ID --org ID --country CC (each repeatable; OR within a kind,
        AND across kinds) --source ID --search TEXT --unread --starred
</source>
        <translation>FILTER: --region ID --initiative ID --org ID --country CC (كل منها قابل للتكرار؛ «أو» داخل الفئة،
        و«و» بين الفئات) --source ID --search TEXT --unread --starred
</translation>
    </message>
    <message>
        <source>fetch: unexpected argument &quot;%1&quot;.</source>
        <translation>fetch: وسيط غير متوقع «%1».</translation>
    </message>
    <message>
        <source>--source takes a source id, not &quot;%1&quot;.</source>
        <translation>يأخذ ‎--source معرّف مصدر، لا «%1».</translation>
    </message>
    <message>
        <source>--source and --due-only exclude each other.</source>
        <translation>‎--source و‎--due-only لا يجتمعان.</translation>
    </message>
    <message>
        <source>sources import-opml: give one file.</source>
        <translation>sources import-opml: أعطِ ملفًا واحدًا.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>لم يُستورد %1: %2</translation>
    </message>
    <message>
        <source>%1: outline %2 (%3) left out: %4</source>
        <translation>%1: العنصر %2 (%3) أُسقط: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln source(s) added</source>
        <translation>
            <numerusform>%1: لم يُضف أي مصدر</numerusform>
            <numerusform>%1: أُضيف مصدر واحد</numerusform>
            <numerusform>%1: أُضيف مصدران</numerusform>
            <numerusform>%1: أُضيفت %Ln مصادر</numerusform>
            <numerusform>%1: أُضيف %Ln مصدرًا</numerusform>
            <numerusform>%1: أُضيف %Ln مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already followed</source>
        <translation>
            <numerusform>، ولا مصدر متابع مسبقًا</numerusform>
            <numerusform>، ومصدر واحد متابع مسبقًا</numerusform>
            <numerusform>، ومصدران متابعان مسبقًا</numerusform>
            <numerusform>، و%Ln مصادر متابعة مسبقًا</numerusform>
            <numerusform>، و%Ln مصدرًا متابعًا مسبقًا</numerusform>
            <numerusform>، و%Ln مصدر متابع مسبقًا</numerusform>
        </translation>
    </message>
    <message>
        <source>sources export-opml: give one file, or - for standard output.</source>
        <translation>sources export-opml: أعطِ ملفًا، أو - للإخراج القياسي.</translation>
    </message>
    <message>
        <source>%1 is the library; choose another file.</source>
        <translation>%1 هو المكتبة؛ اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The list could not be written.</source>
        <translation>تعذّرت كتابة القائمة.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>تعذّرت كتابة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a web page without a feed; add it with --page to follow its article links.</source>
        <translation>%1 صفحة ويب بلا خلاصة؛ أضفها بـ ‎--page لمتابعة روابط مقالاتها.</translation>
    </message>
    <message>
        <source>%1 is a web page; its feed is %2.</source>
        <translation>%1 صفحة ويب؛ خلاصتها %2.</translation>
    </message>
    <message>
        <source>sources: give an action (add, list, remove, enable, disable, import-opml, export-opml).</source>
        <translation>sources: أعطِ إجراءً (add أو list أو remove أو enable أو disable أو import-opml أو export-opml).</translation>
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
        <translation>الاستخدام: clearance-cli [--library PATH] [--lang CODE] COMMAND [OPTIONS]

الأوامر:
  import FILE...                    استيراد مقالات (معاملة واحدة لكل ملف؛ - أو أنبوب: الدخل القياسي
                                    أو الأنبوب، ويُقرأ مرة واحدة)
  list   [FILTER] [--limit N] [--format tsv|json]
  facets [FILTER] [--format tsv|json]
  show ID [--format text|json]
  export-pdf --output FILE|- [--force] [--ids 1,2,..] [FILTER] [--title TEXT]
             [--paper a4|letter] [--no-contents] [--page-per-article] [--no-legend]
                                    ملف إحاطة بالمقالات المختارة أو المطابقة (- يكتبه إلى الخرج
                                    القياسي؛ --force يستبدل ملفًا ليس PDF)
  retag                             إعادة وسم كل المقالات بالتصنيف الحالي
  annotate [FILE|-] [--format json|tsv]   الإشارات في نص ما (دون مكتبة)
  taxonomy [--format tsv|json]      المناطق والمبادرات والمنظمات والبلدان
  sources add URL [--title T] [--folder F] [--interval MINUTES] [--page [--links PATTERN]]
  sources list [--format tsv|json]
  sources remove|enable|disable ID  الخلاصات وصفحات الأخبار التي تتابعها المكتبة
  sources import-opml FILE | export-opml FILE|-   الاشتراكات من قارئات أخرى أو إليها
  fetch [--source ID] [--due-only] [--format tsv|json]   جلب المصادر الآن (رمز الخروج 1 إن أخفق أحدها)

--lang CODE: لغة الرسائل والتسميات وملفات PDF (%2؛ الافتراضي: اللغة المختارة في تفضيلات النافذة،
وإلا فلغة النظام). تبقى المعرّفات وأسماء الأعمدة كما هي في كل اللغات.

FILTER: --region ID --initiative ID --org ID --country CC (كل منها قابل للتكرار؛ «أو» داخل الفئة،
        و«و» بين الفئات) --source ID --search TEXT --unread --starred

COMMAND --help: طريقة استخدام ذلك الأمر.

المكتبة الافتراضية هي %1؛ وتُنشأ مع المقالات النموذجية عند أول استخدام.
</translation>
    </message>
    <message>
        <source>The feeds and news pages the library follows. add prints the new source&apos;s id; a web page&apos;s address adds the feed the page declares (--no-check adds the address as given, unfetched); --page adds a news page without a feed, whose article links are found on it (--links: only links whose path matches PATTERN); --interval overrides the default time between fetches. remove keeps the articles already fetched from the source. import-opml and export-opml read and write the OPML lists feed readers exchange.</source>
        <translation>الخلاصات وصفحات الأخبار التي تتابعها المكتبة. يطبع add معرّف المصدر الجديد؛ وعنوان صفحة ويب يضيف الخلاصة التي تعلنها الصفحة (يضيف ‎--no-check العنوان كما هو دون جلبه)؛ ويضيف ‎--page صفحة أخبار بلا خلاصة تُستخرج روابط مقالاتها منها (‎--links: الروابط التي يطابق مسارها PATTERN فقط)؛ ويستبدل ‎--interval المدة الافتراضية بين عمليات الجلب. يحتفظ remove بالمقالات التي جُلبت من المصدر. يقرأ import-opml وexport-opml قوائم OPML التي تتبادلها قارئات الخلاصات ويكتبانها.</translation>
    </message>
    <message>
        <source>Fetches the enabled sources now (--source: that one, even disabled; --due-only: those whose time has come, for cron), politely, and prints per source its status, HTTP status, new, updated and unchanged articles and any error. Exits 1 when a source failed.</source>
        <translation>يجلب المصادر المفعّلة الآن (‎--source: ذلك المصدر ولو كان معطّلًا؛ ‎--due-only: المصادر التي حان موعدها، لـ cron) بتأدّب، ويطبع لكل مصدر حالته ورمز HTTP والمقالات الجديدة والمحدّثة وغير المتغيّرة وأي خطأ. رمز الخروج 1 إن أخفق مصدر.</translation>
    </message>
</context>
</TS>
