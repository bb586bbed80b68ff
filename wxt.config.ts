import { defineConfig } from 'wxt';
import { TEST_MATCHES } from './lib/sites/hosts';

/**
 * CALM_REPLY_TEST=1 makes the test build (DESIGN.md): the release extension plus the content
 * script on 127.0.0.1 and the page → panel test hook, written to .output/test/<browser>.
 */
const testBuild = process.env.CALM_REPLY_TEST === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: testBuild ? '.output/test' : '.output',
  vite: () => ({
    define: { __CALM_REPLY_TEST__: JSON.stringify(testBuild) },
    build: { chunkSizeWarningLimit: 1200 },
  }),
  manifest: ({ browser }) => ({
    name: 'Calm Reply',
    description:
      'Answer angry reviews calmly. Flags defensive, excuse-led and emotional wording as you type and suggests a structured reply. Everything stays in your browser.',
    // The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox): no popup.
    action: { default_title: 'Calm Reply' },
    // Keyboard: Alt+Shift+C opens the panel (Chrome: the action opens the side panel via
    // openPanelOnActionClick; Firefox: the sidebar's own command).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open Calm Reply' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open Calm Reply' } },
    permissions: [
      'storage',
      // A daily alarm drops kept edits and ignored flags older than 7 days (lib/settings/reply-store.ts).
      'alarms',
      // Registers the content script on sites the owner adds by address (lib/settings/site-access.ts).
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Sites: asked for one at a time, only when the owner adds that site on the options page.
    // Notifications: asked for inside the owner's first "Remind me" click; without them a
    // follow-up that falls due shows as a count on the toolbar button instead.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*', 'notifications'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'], optional_permissions: ['notifications'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'calm-reply@calmreply.app',
              // 140 is the first Firefox (and ESR) that knows data_collection_permissions.
              strict_min_version: '140.0',
              // Firefox asks add-ons to declare what they collect; Calm Reply collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!testBuild) return;
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...new Set([...(cs.matches ?? []), ...TEST_MATCHES])];
      }
      // Lets tests (ours and outside ones) read 127.0.0.1 tabs' URLs to find the tab id for ?tabId=N.
      if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_MATCHES];
      else manifest.permissions = [...(manifest.permissions ?? []), ...TEST_MATCHES];
      // Chromium's test build holds the notifications permission already (no test can answer the
      // browser's prompt), so reminders are read back as notifications there; Firefox's test build
      // keeps it optional and shows the toolbar-count fallback.
      if (manifest.manifest_version === 3) {
        manifest.permissions = [...(manifest.permissions ?? []), 'notifications'];
        manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p) => p !== 'notifications');
      }
    },
  },
});
