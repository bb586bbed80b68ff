import type { Structure } from '@/lib/analysis/types';

export interface ChecklistProps {
  structure: Structure;
}

interface Item {
  id: 'acknowledge' | 'apology' | 'action' | 'followUp';
  label: string;
  present: boolean;
  state: string;
  hint: string;
}

/** The four parts of a good reply (GUIDANCE.md points 2–5), live, each with what is missing. */
export function Checklist({ structure }: ChecklistProps) {
  const items: Item[] = [
    {
      id: 'acknowledge',
      label: 'Thanks and acknowledges',
      present: structure.acknowledge,
      state: structure.acknowledge ? 'done' : 'missing',
      hint: 'Thank them and name their concern in their terms: “Thank you for telling us about the wait.”',
    },
    {
      id: 'apology',
      label:
        structure.apology === 'sincere' ? 'Sincere apology' : structure.apology === 'non-apology' ? 'Non-apology' : 'Apology',
      present: structure.apology === 'sincere',
      state: structure.apology,
      hint:
        structure.apology === 'non-apology'
          ? '“Sorry if you feel…” sounds insincere. Say what you are sorry for: “I’m sorry your coffee was cold.”'
          : 'Say sorry for their experience: “I’m sorry your order arrived late.”',
    },
    {
      id: 'action',
      label: structure.action && !structure.timescale ? 'Action, but no timescale' : 'Action with a timescale',
      present: structure.action,
      state: structure.action ? (structure.timescale ? 'done' : 'no-timescale') : 'missing',
      hint: structure.action
        ? 'Say by when: “…it will reach your card by Friday.”'
        : 'Say what you have done or will do, and by when: “We have refunded the delivery charge; it will reach your card by Friday.”',
    },
    {
      id: 'followUp',
      label: 'Invites a private follow-up',
      present: structure.followUp,
      state: structure.followUp ? 'done' : 'missing',
      hint: 'Offer a direct contact so the conversation continues off the public page.',
    },
  ];
  const complete = items.every((i) => i.present) && structure.timescale;
  return (
    <section aria-labelledby="checklist-title">
      <h2 className="section-title" id="checklist-title">
        Your reply covers {complete ? 'everything' : `${items.filter((i) => i.present).length} of 4`}
      </h2>
      <ul className="checklist">
        {items.map((i) => {
          const ok = i.present && (i.id !== 'action' || structure.timescale);
          return (
            <li
              key={i.id}
              className={`check ${ok ? 'ok' : i.present ? 'partial' : 'missing'}`}
              data-testid={`structure-${i.id}`}
              data-present={String(i.present)}
              data-state={i.state}
            >
              <span className="check-mark" aria-hidden="true">
                {ok ? '✓' : i.present ? '!' : '○'}
              </span>
              <span className="check-body">
                <span className="check-label">
                  {i.label}
                  <span className="visually-hidden">{ok ? ': done' : i.present ? ': partly' : ': missing'}</span>
                </span>
                {!ok && <span className="check-hint">{i.hint}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
