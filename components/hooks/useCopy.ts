import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { copyText } from '../../utils/panel/clipboard';
import { useAnnounce } from '../Announcer';

/** Copy with feedback: `copied` stays true for a moment so the button can say so. */
export function useCopy(): { copied: boolean; copy: (text: string) => Promise<void> } {
  const [copied, setCopied] = useState(false);
  const announce = useAnnounce();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string) => {
      const ok = await copyText(text);
      announce(ok ? t('copied') : t('copyFailed'));
      if (!ok) return;
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 2000);
    },
    [announce],
  );
  return { copied, copy };
}
