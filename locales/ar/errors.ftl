# رسائل الأخطاء: رسالة واحدة لكل رمز خطأ، بالمعرّف "error-<code>".
# يجب أن تتطابق المعرّفات والمتغيرات في جميع اللغات.
#
# العرض: الرسالة كاملة هي t("error-<code>", args). حيث يكون للخطأ سبب، يكون $reason رمزًا ثابتًا
# (وليس نصًا) وتشير الرسالة إلى إحدى رسائل reason-* أدناه، التي تختار النص بحسبه وترى المتغيرات
# نفسها. أما $detail (لأخطاء قاعدة البيانات والملفات فقط) فهو النص الفني للنظام، ويُعرض بعد الجملة.

error-draft-not-found = لم يُعثر على مسودة بالمعرّف { $id }.
error-case-not-found = لم يُعثر على قضية بالمعرّف { $id }.
error-db-newer-than-app = أُنشئت قاعدة بيانات المسودات بإصدار أحدث من MLA Desk (مخطط قاعدة البيانات { $found }، وهذا الإصدار يدعم حتى { $supported }). يرجى تحديث MLA Desk لفتحها. لم يُجرَ أي تغيير على قاعدة البيانات.
error-db-open-failed = تعذّر فتح قاعدة بيانات المسودات { $path }: { reason-db }. التفاصيل الفنية: { $detail }
error-db-failed = أبلغت قاعدة بيانات المسودات عن خطأ: { reason-db }. التفاصيل الفنية: { $detail }
error-io-failed = تعذّرت القراءة من { $path } أو الكتابة فيه: { reason-io }. التفاصيل الفنية: { $detail }
error-import-too-large = حجم الملف أكبر من أن يُستورد (الحد الأقصى { $max_bytes } بايت).
error-import-json-syntax = الملف ليس بصيغة JSON صحيحة: السطر { $line }، العمود { $column }: { reason-json-syntax }. لم يُستورد أي شيء.
error-import-duplicate-key = يتضمن الملف المفتاح { $path } أكثر من مرة (السطر { $line }، العمود { $column }). يُرفض الملف الذي يتكرر فيه مفتاح، لأن إحدى القيم قد تُخفي قيمة أخرى. لم يُستورد أي شيء.
error-import-format-unsupported = هذا الملف ليس مسودة من MLA Desk بصيغة مدعومة (الصيغة الواردة «{ $found }»، والصيغة المتوقعة «mla-desk/1»).
error-import-invalid-field = في الملف قيمة غير صالحة في الحقل { $path }: { reason-field }. لم يُستورد أي شيء.
error-unknown-field = حقل غير معروف: { $path }
error-invalid-field-value = قيمة الحقل { $path } غير صالحة: { reason-field }.
error-unknown-language = لغة غير معروفة: { $language }
error-unknown-state = رمز دولة غير معروف: { $code }
error-unknown-kind = نوع طلب غير معروف: { $kind }

## الأسباب. ليست رموز أخطاء: تشير إليها الرسائل أعلاه، وتختار النص بحسب $reason.

# سبب عدم صلاحية قيمة حقل (invalid-field-value و import-invalid-field).
reason-field =
    { $reason ->
        [missing] هذا الحقل مطلوب
        [expected-text] يجب أن تكون القيمة نصًا، لكنها { reason-json-type }
        [expected-object] يجب أن تكون القيمة مجموعة حقول (كائن JSON)، لكنها { reason-json-type }
        [text-too-long] يتجاوز طول النص الحد الأقصى المسموح به ({ $max } حرف)
        [line-break] لا يُسمح بفواصل الأسطر في هذا الحقل
        [control-character] يتضمن النص حرف تحكم غير مرئي ({ $character })
        [unknown-state] «{ $value }» ليس رمز دولة مدرجة في القائمة
        [unknown-kind] «{ $value }» ليس نوع طلب معروفًا
        [not-a-uuid] «{ $value }» ليس معرّفًا صالحًا (UUID)
        [not-a-date-time] «{ $value }» ليس تاريخًا ووقتًا بصيغة RFC 3339
        [expected-boolean] يجب أن تكون القيمة نعم أو لا، لكنها { reason-json-type }
        [expected-number] يجب أن تكون القيمة رقمًا، لكنها { reason-json-type }
        [expected-list] يجب أن تكون القيمة قائمة، لكنها { reason-json-type }
        [not-a-date] «{ $value }» ليس تاريخًا صالحًا بالصيغة سنة-شهر-يوم
        [number-out-of-range] الرقم أكبر من الحد المسموح به ({ $max })
        [unknown-option] «{ $value }» ليس من الخيارات المتاحة لهذا الحقل
        [duplicate-value] «{ $value }» مكرر في القائمة
        [unknown-reference] العنصر المرتبط «{ $value }» غير موجود (ربما حُذف)
        [unknown-language] «{ $value }» ليست من لغات MLA Desk
        [unknown-status] «{ $value }» ليست حالة ترجمة معروفة (ناقصة أو مسودة أو نهائية)
        [too-many-items] تتجاوز القائمة الحد الأقصى المسموح به ({ $max } عنصر)
        [bidi-control] يتضمن النص حرف تحكم غير مرئي في اتجاه الكتابة ({ $character })، وقد يجعل النص يُعرض بترتيب مضلِّل
        [date-in-future] «{ $value }» تاريخ في المستقبل
        [created-after-updated] تاريخ الإنشاء لاحق لتاريخ آخر تعديل
       *[other] هذه القيمة غير مسموح بها هنا
    }
# نوع قيمة JSON، في عبارة «لكنها …».
reason-json-type =
    { $found_type ->
        [null] قيمة فارغة
        [boolean] قيمة منطقية (صح أو خطأ)
        [number] رقم
        [text] نص
        [array] قائمة
        [object] مجموعة حقول
       *[other] من نوع آخر
    }
# سبب عدم صحة صيغة JSON في الملف (import-json-syntax).
reason-json-syntax =
    { $reason ->
        [unexpected-end] ينتهي الملف قبل أوانه، إذ ينقصه شيء في آخره
        [invalid-utf8] الملف ليس نصًا بترميز UTF-8
        [nesting-too-deep] البيانات متداخلة بعمق يتجاوز الحد المسموح به
        [missing-comma] تنقص هنا فاصلة أو قوس إغلاق
        [missing-colon] تنقص النقطتان (:) بعد المفتاح
        [expected-value] كان يُنتظر هنا قيمة (يجب أن يكون النص بين علامتي تنصيص مزدوجتين)
        [key-not-text] يجب أن يكون المفتاح نصًا بين علامتي تنصيص مزدوجتين
        [invalid-string] تتضمن قيمة نصية تسلسل هروب غير صالح أو حرف تحكم
        [invalid-number] رقم غير صالح أو خارج النطاق المسموح به
        [trailing-comma] توجد فاصلة قبل قوس الإغلاق مباشرة
        [trailing-characters] يوجد نص إضافي بعد نهاية البيانات
       *[invalid-syntax] الصيغة غير صحيحة
    }
# سبب تعذّر عملية على ملف (io-failed).
reason-io =
    { $reason ->
        [not-found] الملف أو المجلد غير موجود
        [permission-denied] لا توجد صلاحية للوصول
        [already-exists] الملف موجود من قبل
        [is-a-directory] هذا مجلد وليس ملفًا
        [not-a-directory] هو أو جزء من مساره ملف وليس مجلدًا
        [storage-full] القرص ممتلئ
        [read-only] وحدة التخزين للقراءة فقط ولا تقبل الكتابة
        [no-home-dir] لا يوجد مجلد رئيسي للمستخدم لحفظ مجلد البيانات فيه
       *[other] أبلغ النظام عن خطأ
    }
# سبب تعذّر عملية على قاعدة البيانات (db-open-failed و db-failed).
reason-db =
    { $reason ->
        [busy] قاعدة البيانات قيد الاستخدام من برنامج آخر (نافذة أخرى من MLA Desk أو الأمر mla)؛ يرجى المحاولة بعد قليل
        [disk-full] القرص ممتلئ
        [read-only] قاعدة البيانات للقراءة فقط ولا تقبل الكتابة
        [permission-denied] لا توجد صلاحية للوصول
        [cannot-open] لا يمكن فتح الملف
        [not-a-database] الملف ليس قاعدة بيانات من MLA Desk
        [corrupt] ملف قاعدة البيانات تالف
        [corrupt-draft] إحدى المسودات المحفوظة تالفة ولا يمكن قراءتها
        [wal-unavailable] وحدة التخزين لا تدعم نمط السجل الذي تستخدمه قاعدة البيانات
        [io-error] أبلغ القرص عن خطأ في القراءة أو الكتابة
       *[other] حدث خطأ غير متوقع في قاعدة البيانات
    }
