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
ui-save-invalid =
    { $count ->
        [zero] لم يُحفظ: لا توجد حقول بقيم غير صالحة
        [one] لم يُحفظ: حقل واحد قيمته غير صالحة
        [two] لم يُحفظ: حقلان قيمتاهما غير صالحة
        [few] لم يُحفظ: { $count } حقول قيمها غير صالحة
        [many] لم يُحفظ: { $count } حقلًا قيمها غير صالحة
       *[other] لم يُحفظ: { $count } حقل قيمها غير صالحة
    }
ui-leave-invalid-title = تعذّر حفظ تغيير
ui-leave-invalid-body =
    { $count ->
        [one] قيمة { $fields } غير صالحة ولم تُحفظ. أما بقية التغييرات فقد حُفظت. هل تريد تجاهل هذا التغيير والمغادرة، أم البقاء لتصحيحه؟
       *[other] قيم { $fields } غير صالحة ولم تُحفظ. أما بقية التغييرات فقد حُفظت. هل تريد تجاهل هذه التغييرات والمغادرة، أم البقاء لتصحيحها؟
    }
ui-leave-invalid-discard = تجاهل التغيير والمغادرة
ui-leave-invalid-stay = البقاء للتصحيح
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


## حقول النموذج

ui-select-none = — اختر —
ui-language-en = الإنكليزية
ui-language-ar = العربية
ui-translation-status-label = حالة الترجمة ({ $language })
ui-translation-missing = غير متوفرة
ui-translation-draft = مسودة
ui-translation-final = نهائية
ui-citations-label = المصادر:
# يُعرض المصدر باسم الصك ثم المادة (في سطر واحد)، مثلاً: "اتفاقية الجريمة المنظمة،" + "المادة 18(15)(ب)".
ui-citation-instrument = { $instrument }،
ui-citation-article = المادة { $article }
ui-states-chosen = الدول المختارة
ui-states-remove = إزالة { $state }
ui-reference-empty = لا يوجد ما يُختار بعد: أضف العناصر في خطوة «{ $step }».

## المجموعات المتكررة

# عنوان عنصر في مجموعة، مثلاً: "الجريمة 2".
ui-item-title = { $label } { $number }
ui-item-fallback = العنصر { $number }
ui-group-empty = لم يُضف شيء بعد.
ui-item-add = إضافة: { $label }
ui-item-remove = إزالة
ui-item-remove-named = إزالة { $item }
ui-item-move-up = نقل { $item } إلى الأعلى
ui-item-move-down = نقل { $item } إلى الأسفل
ui-item-remove-title = إزالة { $item }؟
ui-item-remove-body = سيُحذف كل ما أُدخل فيه، ولن تشير إليه بعد ذلك أجزاء الطلب الأخرى التي تحيل إليه.

## اكتمال الطلب والملاحظات

ui-checks-title = اكتمال الطلب
ui-completeness = { $done } من أصل { $total }
ui-findings-none = لا توجد ملاحظات.
ui-findings-count =
    { $count ->
        [zero] لا توجد ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $count } ملاحظات
        [many] { $count } ملاحظة
       *[other] { $count } ملاحظة
    }
ui-findings-this-step = هذه الخطوة فقط
ui-findings-none-here = لا توجد ملاحظات في هذه الخطوة.
ui-severity-blocking = مانعة
ui-severity-warning = تحذير
ui-severity-advice = اقتراح
ui-finding-jump = الانتقال إلى الحقل (خطوة «{ $step }»)
ui-step-incomplete =
    { $count ->
        [zero] لا توجد بنود أساسية ناقصة في هذه الخطوة.
        [one] ما زال في هذه الخطوة بند أساسي واحد ناقص.
        [two] ما زال في هذه الخطوة بندان أساسيان ناقصان.
        [few] ما زالت في هذه الخطوة { $count } بنود أساسية ناقصة.
        [many] ما زال في هذه الخطوة { $count } بنداً أساسياً ناقصاً.
       *[other] ما زال في هذه الخطوة { $count } بند أساسي ناقص.
    }
ui-step-incomplete-review = عرض البنود الناقصة
ui-step-incomplete-continue = المتابعة رغم ذلك
ui-step-blocking =
    { $count ->
        [zero] لا توجد ملاحظات مانعة في هذه الخطوة
        [one] ملاحظة مانعة واحدة في هذه الخطوة
        [two] ملاحظتان مانعتان في هذه الخطوة
        [few] { $count } ملاحظات مانعة في هذه الخطوة
        [many] { $count } ملاحظة مانعة في هذه الخطوة
       *[other] { $count } ملاحظة مانعة في هذه الخطوة
    }

## أخطاء صادرة عن الواجهة نفسها (أخطاء المحرك هي error-<code> في errors.ftl)

ui-error-unexpected = حدث خطأ غير متوقع: { $reason }
ui-error-unknown = حدث خطأ (الرمز { $code }).

## Cases (a case holds the facts, offences and persons that its requests share)

ui-row-case = القضية: { $title }
ui-row-case-requests =
    { $count ->
        [zero] لا توجد طلبات في هذه القضية
        [one] طلب واحد في هذه القضية
        [two] طلبان في هذه القضية
        [few] { $count } طلبات في هذه القضية
        [many] { $count } طلبًا في هذه القضية
       *[other] { $count } طلب في هذه القضية
    }
ui-new-request-in-case = طلب جديد في هذه القضية
ui-new-request-in-case-label = طلب جديد في القضية «{ $title }»
ui-new-mla-in-case = طلب المساعدة القانونية المتبادلة
ui-new-extradition-in-case = طلب تسليم المطلوبين
ui-case-section = القضية
ui-case-title-label = عنوان القضية
ui-case-title-help = تُدخَل الوقائع والجرائم والأشخاص مرة واحدة للقضية، وتشترك فيها جميع طلباتها.
ui-shared-badge = مشترك بين جميع الطلبات في هذه القضية
ui-case-requests-title =
    { $count ->
        [0] الطلبات الأخرى في هذه القضية
        [one] الطلب الآخر في هذه القضية
        [two] الطلبان الآخران في هذه القضية
       *[other] الطلبات الأخرى في هذه القضية ({ $count })
    }
ui-case-requests-none = هذا هو الطلب الوحيد في هذه القضية حتى الآن.
