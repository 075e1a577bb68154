import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { searchCode } from '../src/state/searchSlice';

// Search's matcher is a chunk the page fetches when idle (searchSlice.ts): here it is loaded before any
// test, so a store starts with it, as a page does a moment after its first render.
await searchCode.load();

afterEach(() => cleanup());

// jsdom has <dialog> but not its methods: a minimal stand-in that opens and closes it by its attribute
// and fires "close" as a browser does (Chromium's real one is tested end to end).
const dialog = HTMLDialogElement.prototype as HTMLDialogElement & { showModal: () => void; close: () => void };
if (typeof dialog.showModal !== 'function') {
  dialog.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}
if (typeof dialog.close !== 'function') {
  dialog.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
