import type { QuickExitStrings } from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  leave: 'مغادرة هذا الموقع',
  howItWorks: 'كيف يعمل هذا',
  howText:
    'اختر «{leave}» أو اضغط Shift 3 مرات، فتُخفى هذه الصفحة فورًا ويحلّ محلها موقع عادي. زر الرجوع لن يعيدك إلى هنا.',
  limitsText:
    'هذا لا يمحو سجلّ التصفّح: لا يزال من الممكن العثور على هذا الموقع على هذا الجهاز. نافذة التصفّح الخاص، أو جهاز لا يستخدمه أحد غيرك، يترك آثارًا أقل.',
  safetyLink: 'المزيد عن الأمان على الإنترنت',
  twoMore: 'اضغط Shift مرتين أخريين للمغادرة',
  oneMore: 'اضغط Shift مرة أخرى للمغادرة',
  expired: 'انتهت مهلة الاختصار. اضغط Shift 3 مرات للمغادرة.',
  covering: 'جارٍ التحميل',
};
