import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';
import { CopyButton } from '../CopyButton';

interface Props {
  /** The full code, for copying (the display may be a preview or carry highlights). */
  readonly code: string;
  readonly children: ComponentChildren;
}

/** Code written in the interview's code mode: whitespace kept, scrollable, copyable. */
export function CodeBlock({ code, children }: Props) {
  return (
    <div class="code">
      {/* Focusable so keyboard users can scroll long lines sideways. */}
      <pre tabIndex={0}>
        <code>{children}</code>
      </pre>
      <CopyButton text={code} label={t('copyCode')} class="btn btn-small code-copy" />
    </div>
  );
}
