/**
 * First run: the options page opens in a welcome state that asks for the business details; the
 * panel reminds, once, an owner whose replies would still be signed "The team".
 */
import type { Settings } from './schema';

/** `local:` key: how the welcome ended, 'done' or 'skipped'. */
export const WELCOME_KEY = 'welcome';
/** `local:` key: true once the panel has shown its one reminder about the signature. */
export const SIGNATURE_REMINDED_KEY = 'signatureReminded';

/** Replies sign off "The team" when neither a business name nor a signer is set. */
export function signsAsTheTeam(settings: Settings): boolean {
  return !settings.business.name.trim() && !settings.business.signerName.trim();
}

export function needsSignatureReminder(settings: Settings, reminded: boolean): boolean {
  return !reminded && signsAsTheTeam(settings);
}
