import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
