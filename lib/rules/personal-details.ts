import type { RuleContext, RuleMatch, SentenceRule } from './types';

// Character-level signals: these are exactly what regular expressions are for.
// Anchored at a word start and bounded, so a 10,000-letter "word" cannot make them quadratic.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.\p{L}{2,24}/gu;
const PHONE = /(?<![\p{L}\p{N}/.:-])\+?\(?\d[\d\s().-]{6,22}\d(?![\p{L}\p{N}]|[.:-]\d)/gu;
const REFERENCE =
  /\b(?:booking|order|reservation|case|ticket|invoice|confirmation|reference|ref|account|membership|member|policy|claim|tracking|transaction|patient|client|customer|nhs)\s*(?:number|no\.?|num|#|id|code)?\s*(?:is\s+)?[:#(]?\s*((?:[A-Z]{1,4}-?)?\d[\dA-Z-]{3,})/giu;
const CODE = /\(([A-Z]{2,5}-\d{3,}|\d{5,})\)/gu;
const ADDRESS =
  /\b(?:(?:flat|apartment|unit)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Grove|Close|Drive|Dr|Way|Court|Crescent|Place|Terrace|Gardens|Hill|Park|Row|Square|Mews|View|Walk)\b/gu;
const CARD = /\b(?:card|visa|mastercard|amex)\s+ending\s+(?:in\s+)?(\d{4})\b/giu;
const OUR_PHONE = /\b(call|ring|phone|text|whatsapp|reach|contact)\b[^.!?]{0,25}$|\b(our|my)\s+(\w+\s+){0,2}(office|reception|line|desk|number|helpline|hotline|phone|mobile)\b\W{0,3}(is\s+)?(on\s+)?$|\b(tel|phone|office|reception)\s*:\s*$/i;
// The customer's own details: "we called you on …", "your email …", "we emailed jane@…".
const THEIRS = /\b(your|you on|you at|(call|ring|phone|text|called|rang|phoned|texted) (her|him|them) (on|at)|emailed|e-mailed|texted|rang|phoned|called|sent (it|this|them|the \w+) to|went to|registered (to|under)|on file|(we|i) (found|have|see) your)\b[^.!?]{0,30}$|\($/i;
// "call us on …", "my direct line is …", "email me at …": the business's own contact, not the reviewer's
const OURS =
  /\b(call|ring|phone|text|whatsapp|reach|contact|email|e-mail|write to|message|dm)\s+(us|me|our|my|the (team|office|manager))\b[^.!?]{0,25}$|\b(our|my)\s+(direct\s+)?(number|phone|line|email|address|e-mail|mobile|office|inbox)\b[^.!?]{0,15}$|\b(me|us)\s+(directly\s+|personally\s+)?(on|at|via)\s*$/i;

// No one-click fix: removing a phone number, address or reference leaves "we called you on twice", and no
// rewrite of the customer's details is honest; the advice says to leave them out and how to invite contact.
const rule: SentenceRule = {
  id: 'personal-details',
  category: 'policy',
  severity: 'high',
  message: 'This shares the customer\'s personal details in public. Platforms forbid it.',
  guidance: '"Platform violations": personal information about the reviewer (phone numbers, emails, booking or order details) must not appear in a public reply; offer a private contact instead (point 5).',
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    const out: RuleMatch[] = [];
    const text = ctx.text;
    const own = ctx.settings.ownEmails;
    const ownDomains = new Set(own.map((e) => e.split('@')[1]).filter(Boolean));
    for (const m of text.includes('@') ? text.matchAll(EMAIL) : []) {
      const email = m[0].replace(/[.]+$/, '');
      const lower = email.toLowerCase();
      if (own.includes(lower) || ownDomains.has(lower.split('@')[1] ?? '')) continue;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (OURS.test(before) || !THEIRS.test(before)) continue;
      out.push({ start: m.index, end: m.index + email.length, suggestion: SUGGESTION });
    }
    for (const m of text.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 9 || digits.length > 15) continue;
      // dates and times ("2024-05-01", "10.30-11.00") are not phone numbers
      if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(m[0].trim()) || /^\d{1,2}[.:]\d{2}/.test(m[0])) continue;
      // a phone number is the customer's unless it is offered as ours ("call us on …", "our office: …")
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!THEIRS.test(before) && (OURS.test(before) || OUR_PHONE.test(before))) continue;
      const trimmed = m[0].replace(/[\s.)-]+$/, '');
      out.push({ start: m.index, end: m.index + trimmed.length, suggestion: SUGGESTION });
    }
    for (const m of text.matchAll(REFERENCE)) {
      const id = m[1]!;
      const start = m.index + m[0].lastIndexOf(id);
      out.push({ start, end: start + id.length, suggestion: 'Leave the reference out; ask them to send it to you privately.' });
    }
    for (const m of text.matchAll(CODE)) {
      const start = m.index + 1;
      if (!out.some((o) => o.start <= start && o.end > start)) out.push({ start, end: start + m[1]!.length, suggestion: 'Leave the reference out; ask them to send it to you privately.' });
    }
    for (const m of text.matchAll(ADDRESS)) out.push({ start: m.index, end: m.index + m[0].length, suggestion: 'Leave their address out; invite them to contact you privately.' });
    for (const m of text.matchAll(CARD)) out.push({ start: m.index, end: m.index + m[0].length, suggestion: 'Leave card details out; never repeat them in public.' });
    return out;
  },
  examples: {
    flagged: [
      { text: 'We called you on 07700 900123 twice.', flag: '07700 900123' },
      { text: 'Your booking number 48213 shows two nights.', flag: '48213' },
      { text: 'We emailed jane.doe@example.com the receipt.', flag: 'jane.doe@example.com' },
      { text: 'Order #AB-99812 was dispatched on time.', flag: 'AB-99812' },
      { text: 'Case ref: 7730021 is closed.', flag: '7730021' },
      { text: 'The receipt went to your address, tom@mail.com.', flag: 'tom@mail.com' },
      { text: 'The parcel was left at 22 Mill Street as requested.', flag: '22 Mill Street' },
      { text: 'We tried 07700 900777 all day.', flag: '07700 900777' },
    ],
    fine: [
      'Please call us on 0161 555 0199 so we can put this right.',
      { text: 'Please email me at manager@harbourhotel.co.uk.', context: {} },
      'We stayed open until 10.30 on the 24th.',
      'Your refund of £45.50 will reach your card by Friday.',
      'We have 120 rooms and yours should have been ready.',
      'You can reach me directly on +44 20 7946 0958.',
      'Our office line is 0161 496 0000 if you would like to talk.',
      'If anything goes wrong, email reservations@thelindenhouse.com and we will book you by hand.',
    ],
  },
};
const SUGGESTION = 'Leave personal details out; invite them to contact you privately.';
export default rule;
