# مخطط الاستمارة: أنواع المسودات وخطوات المعالج وتسميات الحقول ونصوص المساعدة.

draft-kind-mla = طلب المساعدة القانونية المتبادلة
draft-kind-extradition = طلب تسليم المطلوبين
draft-kind-provisional-arrest = طلب القبض المؤقت
draft-untitled = مسودة بلا عنوان
# عنوان نسخة المسودة.
draft-copy-title = نسخة من { $title }

step-parties = الأطراف

field-requesting-state = الدولة الطالبة
field-requesting-state-help = الدولة (أو المحكمة الجنائية الدولية) التي تقدّم الطلب. اكتب الاسم بأي لغة، أو رمز ISO.
field-requesting-authority = السلطة الطالبة
field-requesting-authority-help = السلطة التي تُصدر الطلب، مثل السلطة المركزية أو المدعي العام المسؤول عن القضية.
field-requested-state = الدولة متلقية الطلب
field-requested-state-help = الدولة التي يوجَّه إليها الطلب.
field-case-reference = الرقم المرجعي للقضية
field-case-reference-help = رقم الملف أو القضية لديكم، ويُشار إليه في جميع المراسلات.
field-title = العنوان
field-title-help = اسم مختصر لهذه المسودة يظهر في قائمة المسودات، وليس جزءاً من الطلب.
