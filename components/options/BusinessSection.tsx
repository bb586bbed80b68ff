import { BUSINESS_KINDS, MAX_TEXT_LENGTH, type BusinessKind, type BusinessProfile, type Settings } from '@/lib/settings/schema';
import { TextSetting } from './TextSetting';
import type { UpdateSettings } from './types';

export interface BusinessSectionProps {
  settings: Settings;
  onChange: UpdateSettings;
}

const tooLong = (v: string) => (v.length > MAX_TEXT_LENGTH ? `Keep this under ${MAX_TEXT_LENGTH} characters (it is ${v.length}).` : undefined);

/** Loose on purpose: it catches typos like a missing @, not every address the standard allows. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().\-/]{5,}$/;

const CONTACT: Record<BusinessProfile['contact']['kind'], { label: string; field: string; hint: string; type: 'email' | 'tel' | 'text'; check: (v: string) => string | undefined }> = {
  email: {
    label: 'Email',
    field: 'Email address for replies',
    hint: 'The suggested reply asks the customer to write to this address.',
    type: 'email',
    check: (v) => tooLong(v) ?? (v.trim() && !EMAIL.test(v.trim()) ? 'That does not look like an email address (name@example.com).' : undefined),
  },
  phone: {
    label: 'Phone',
    field: 'Phone number for replies',
    hint: 'The suggested reply asks the customer to call this number.',
    type: 'tel',
    check: (v) => tooLong(v) ?? (v.trim() && !PHONE.test(v.trim()) ? 'Use digits, spaces, + ( ) and - only.' : undefined),
  },
  message: {
    label: '“Message us”',
    field: '',
    hint: 'The suggested reply asks the customer to send you a private message on the same site.',
    type: 'text',
    check: tooLong,
  },
};

const LENGTHS: Array<{ value: BusinessProfile['replyLength']; label: string; hint: string }> = [
  { value: 'short', label: 'Short', hint: 'Two or three sentences.' },
  { value: 'standard', label: 'Standard', hint: 'Thanks, apology, action and contact.' },
  { value: 'warm', label: 'Warm', hint: 'A little more personal, still within each site’s limit.' },
];

const KIND_LABEL: Record<BusinessKind, string> = {
  hotel: 'Hotel, B&B or holiday let',
  restaurant: 'Restaurant, café or bar',
  shop: 'Shop or online store',
  trades: 'Trades and home services',
  healthcare: 'Health or care practice',
  app: 'App or software',
  other: 'Something else',
};

export function BusinessSection({ settings, onChange }: BusinessSectionProps) {
  const b = settings.business;
  const setBusiness = (patch: Partial<BusinessProfile>) => onChange((s) => ({ ...s, business: { ...s.business, ...patch } }));
  const contact = CONTACT[b.contact.kind];
  return (
    <section aria-labelledby="business-title" className="card">
      <h2 id="business-title">Your business</h2>
      <p className="intro">
        The suggested reply signs off with these details and offers the private contact you choose. Leave the email or phone number
        blank and the suggestion leaves a gap for you to fill.
      </p>
      <div className="grid">
        <TextSetting label="Business name" value={b.name} validate={tooLong} testId="business-name" autoComplete="organization" onCommit={(name) => setBusiness({ name })} />
        <TextSetting label="Signed by (name)" value={b.signerName} validate={tooLong} testId="business-signer-name" autoComplete="name" onCommit={(signerName) => setBusiness({ signerName })} />
        <TextSetting label="Their role" value={b.signerRole} validate={tooLong} testId="business-signer-role" placeholder="Owner" autoComplete="organization-title" onCommit={(signerRole) => setBusiness({ signerRole })} />
      </div>
      <div className="field">
        <label htmlFor="business-kind">Kind of business</label>
        <select
          id="business-kind"
          data-testid="business-kind"
          value={b.kind ?? ''}
          onChange={(e) => {
            const kind = e.target.value as BusinessKind | '';
            onChange((s) => {
              const business = { ...s.business };
              if (kind) business.kind = kind;
              else delete business.kind;
              return { ...s, business };
            });
          }}
        >
          <option value="">Not set</option>
          {BUSINESS_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
        <p className="hint">Suggested replies use words that fit it: a hotel welcomes a guest back, an app thanks its users.</p>
      </div>
      <fieldset>
        <legend>How customers can reach you privately</legend>
        <div className="radios">
          {(Object.keys(CONTACT) as Array<keyof typeof CONTACT>).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="contact-kind"
                value={kind}
                data-testid="contact-kind"
                data-kind={kind}
                checked={b.contact.kind === kind}
                onChange={() => onChange((s) => ({ ...s, business: { ...s.business, contact: { kind, value: kind === s.business.contact.kind ? s.business.contact.value : '' } } }))}
              />
              {CONTACT[kind].label}
            </label>
          ))}
        </div>
        {b.contact.kind === 'message' ? (
          <p className="hint" data-testid="contact-message-hint">
            {contact.hint}
          </p>
        ) : (
          <TextSetting
            key={b.contact.kind}
            label={contact.field}
            value={b.contact.value}
            type={contact.type}
            hint={contact.hint}
            validate={contact.check}
            testId="contact-value"
            autoComplete={b.contact.kind === 'email' ? 'email' : 'tel'}
            onCommit={(value) => onChange((s) => ({ ...s, business: { ...s.business, contact: { ...s.business.contact, value } } }))}
          />
        )}
      </fieldset>
      <fieldset>
        <legend>Preferred reply length</legend>
        <div className="radios">
          {LENGTHS.map((l) => (
            <label key={l.value}>
              <input type="radio" name="reply-length" value={l.value} data-testid="reply-length" data-length={l.value} checked={b.replyLength === l.value} onChange={() => setBusiness({ replyLength: l.value })} />
              {l.label} <span className="hint">{l.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
