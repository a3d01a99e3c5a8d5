import type { HelplinesStrings } from '../en/helplines.js';

export const helplines: HelplinesStrings = {
  emergency: 'إذا كنت في خطر داهم، فاتصل برقم الطوارئ المحلي.',
  emergencyNumber: 'إذا كنت في خطر داهم، فاتصل بالرقم {number}.',
  empty:
    'لا توجد خطوط مساعدة مدرجة هنا بعد. إذا كنت بحاجة إلى الدعم الآن، فيمكن لخدمة دعم محلية أو طبيب أو شخص تثق به أن يساعدك في العثور عليه.',
  otherRegion: 'خطوط مساعدة أخرى',
  call: 'اتصل بالرقم {number}',
  sms: 'أرسل رسالة نصية إلى {number}',
  smsKeyword: 'أرسل كلمة {keyword} إلى {number}',
  chat: 'محادثة عبر الإنترنت',
  web: 'الموقع الإلكتروني',
  label: '{link}، {name}',
  hours: 'أوقات العمل',
  languages: 'اللغات',
};
