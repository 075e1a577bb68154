import { useEffect, useRef, useState } from 'react';
import { t, type MessageKey } from '../i18n/messages';
import { useStore } from '../state/store';
import '../i18n/messagesLater';

/** How long the "copied" confirmation stays visible. */
const CONFIRMATION_MS = 4000;

export type CopyKind = 'citation' | 'link';

export const COPIED: Record<CopyKind, MessageKey> = { citation: 'detailsCitationCopied', link: 'detailsLinkCopied' };
export const COPY_FAILED: Record<CopyKind, MessageKey> = { citation: 'detailsCopyFailedCitation', link: 'detailsCopyFailedLink' };
export const COPY_FIELD: Record<CopyKind, MessageKey> = { citation: 'detailsCitationField', link: 'detailsLinkField' };

/**
 * Copying a citation or a link to the clipboard, announced; never failing
 * silently: when the clipboard is unavailable the text is shown, selected,
 * for copying by hand. `resetKey` forgets both when it changes.
 */
export function useCopy(resetKey: string) {
  const announce = useStore((state) => state.announce);
  const [copied, setCopied] = useState<CopyKind | null>(null);
  const [fallback, setFallback] = useState<{ kind: CopyKind; text: string } | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setCopied(null);
    setFallback(null);
  }, [resetKey]);

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(null), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  useEffect(() => {
    const field = fallbackRef.current;
    if (!fallback || !field) return;
    field.focus();
    field.select();
  }, [fallback]);

  async function copy(kind: CopyKind, text: string) {
    try {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard || typeof clipboard.writeText !== 'function') throw new Error('clipboard unavailable');
      await clipboard.writeText(text);
      setFallback(null);
      setCopied(kind);
      announce(t(COPIED[kind]));
    } catch {
      setCopied(null);
      setFallback({ kind, text });
      announce(t(COPY_FAILED[kind]));
    }
  }

  return { copied, fallback, fallbackRef, copy };
}
