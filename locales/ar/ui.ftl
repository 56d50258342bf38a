# واجهة التطبيق (يملكها فريق الواجهة). تسميات الحقول وعناوين الخطوات في schema.ftl،
# ورسائل الأخطاء (error-<code>) في errors.ftl.

ui-app-name = MLA Desk
# اسم اللغة بلغتها، يظهر في قائمة اللغات.
ui-language-name = العربية
ui-language-label = اللغة
ui-loading = جارٍ التحميل…

## الشاشة الرئيسية

ui-home-title = مسودات الطلبات
ui-home-subtitle = طلبات المساعدة القانونية المتبادلة وطلبات تسليم المطلوبين المحفوظة على هذا الحاسوب
ui-new-mla = طلب جديد للمساعدة القانونية المتبادلة
ui-new-extradition = طلب جديد لتسليم المطلوبين
ui-import-draft = استيراد مسودة…
ui-search-label = البحث في المسودات
ui-sort-label = الترتيب حسب
ui-sort-updated-desc = آخر تعديل، الأحدث أولاً
ui-sort-updated-asc = آخر تعديل، الأقدم أولاً
ui-sort-title = العنوان
ui-drafts-count =
    { $count ->
        [zero] لا توجد مسودات
        [one] مسودة واحدة
        [two] مسودتان
        [few] { $count } مسودات
        [many] { $count } مسودة
       *[other] { $count } مسودة
    }
ui-empty-title = لا توجد مسودات بعد
ui-empty-body = أنشئ طلباً جديداً للمساعدة القانونية المتبادلة أو لتسليم المطلوبين، أو استورد ملف مسودة.
ui-no-results = لا توجد مسودات تطابق «{ $query }».
ui-row-case-reference = مرجع القضية: { $reference }
ui-row-parties = { $requesting } ← { $requested }
ui-row-parties-full = الدولة الطالبة: { $requesting }. الدولة متلقية الطلب: { $requested }.
ui-state-unset = غير محددة
ui-row-last-change = آخر تعديل: { $when }
ui-open = فتح
ui-duplicate = إنشاء نسخة
ui-delete = حذف
ui-delete-title = حذف هذه المسودة؟
ui-delete-body = ستُحذف المسودة «{ $title }» نهائياً، ولا يمكن التراجع عن ذلك.
ui-delete-confirm = حذف المسودة
ui-cancel = إلغاء
ui-dismiss = إغلاق

## المعالج

ui-back-to-drafts = جميع المسودات
ui-steps-label = الخطوات
ui-step-counter = الخطوة { $current } من { $total }
ui-next = التالي
ui-previous = السابق
ui-required = إلزامي
ui-save-saved = تم الحفظ
ui-save-saving = جارٍ الحفظ…
ui-save-dirty = تغييرات غير محفوظة
ui-save-error = لم يُحفظ — جارٍ إعادة المحاولة
ui-picker-hint = اكتب للبحث، ثم اختر بمفاتيح الأسهم ومفتاح الإدخال.
ui-picker-no-results = لا توجد دولة مطابقة.
ui-picker-count =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
ui-state-kind-observer = دولة مراقبة
ui-state-kind-organization = منظمة دولية

## أخطاء صادرة عن الواجهة نفسها (أخطاء المحرك هي error-<code> في errors.ftl)

ui-error-unexpected = حدث خطأ غير متوقع: { $reason }
ui-error-unknown = حدث خطأ (الرمز { $code }).
