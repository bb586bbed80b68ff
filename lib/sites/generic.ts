import { defineAdapter } from './adapter';

/**
 * Any other page the owner enabled, and the fallback on a known platform whose markup changed:
 * schema.org/test-id review hooks, then the nearest paragraph before the box, then the whole page
 * when it is one review or article (Readability, loaded by the content script).
 */
export default defineAdapter({ id: 'generic', name: 'Any site' });
