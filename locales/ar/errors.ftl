# رسائل الأخطاء: رسالة واحدة لكل رمز خطأ، بالمعرّف "error-<code>".
# يجب أن تتطابق المعرّفات والمتغيرات في جميع اللغات.

error-draft-not-found = لم يُعثر على مسودة بالمعرّف { $id }.
error-db-newer-than-app = أُنشئت قاعدة بيانات المسودات بإصدار أحدث من MLA Desk (مخطط قاعدة البيانات { $found }، وهذا الإصدار يدعم حتى { $supported }). يرجى تحديث MLA Desk لفتحها. لم يُجرَ أي تغيير على قاعدة البيانات.
error-db-open-failed = تعذّر فتح قاعدة بيانات المسودات { $path }: { $reason }
error-db-failed = أبلغت قاعدة بيانات المسودات عن خطأ: { $reason }
error-io-failed = تعذّرت القراءة أو الكتابة في { $path }: { $reason }
error-import-too-large = حجم الملف أكبر من أن يُستورد (الحد الأقصى { $max_bytes } بايت).
error-import-json-syntax = الملف ليس بصيغة JSON صحيحة: السطر { $line }، العمود { $column }: { $reason }
error-import-format-unsupported = هذا الملف ليس مسودة من MLA Desk بصيغة مدعومة (الصيغة الواردة «{ $found }»، والصيغة المتوقعة «mla-desk/1»).
error-import-invalid-field = في الملف قيمة غير صالحة في الحقل { $path }: { $reason }
error-unknown-field = حقل غير معروف: { $path }
error-invalid-field-value = قيمة الحقل { $path } غير صالحة: { $reason }
error-unknown-language = لغة غير معروفة: { $language }
error-unknown-state = رمز دولة غير معروف: { $code }
error-unknown-kind = نوع طلب غير معروف: { $kind }
