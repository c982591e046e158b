import { browser } from 'wxt/browser';
import { ERROR_KEYS } from '../utils/api/errors';
import { t } from '../utils/i18n';
import { diagnosticsText, draftRule, type Diagnostics, type LookupOutcome } from '../utils/panel/diagnostics';
import { draftHash } from '../utils/rule-draft';
import { CopyButton } from './CopyButton';

function outcomeText(outcome: LookupOutcome): string {
  switch (outcome) {
    case 'found':
      return t('whyOutcomeFound');
    case 'not-found':
      return t('whyOutcomeNotFound');
    case 'not-tried':
      return t('whyOutcomeNotTried');
    case 'waiting':
      return t('whyOutcomeWaiting');
    default:
      return t((ERROR_KEYS[outcome] ?? ERROR_KEYS.server)[0]);
  }
}

function version(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Settings, "Your own ATS rules", with the form filled from this page (the address carries the draft). */
function openRuleDraft(diagnostics: Diagnostics): void {
  const url = `${browser.runtime.getURL('/options.html')}${draftHash(draftRule(diagnostics))}`;
  try {
    void Promise.resolve(browser.tabs.create({ url })).catch(() => undefined);
  } catch {
    // No tabs API in this context (a test page): nothing to open.
  }
}

/**
 * "Why no report?": which adapter read the page (or which could have, and the addresses they read),
 * the ids, each lookup with its result, the email finding; a rule made from this page; and a copy for
 * support. A native disclosure: Enter and Space open it, and it is announced as one.
 */
export function WhyNoReport({ diagnostics }: { readonly diagnostics: Diagnostics }) {
  const { adapter, hostAdapters, shape, lookups, email } = diagnostics;
  return (
    <details class="card why" data-testid="why-no-report">
      <summary>{t('whyTitle')}</summary>
      <div class="why-body">
        {adapter ? <p>{t('whyRecognised', adapter.name)}</p> : <p>{t('whyNotRecognised')}</p>}
        {!adapter && (
          <>
            <h2>{t('whyHostAdapters')}</h2>
            {hostAdapters.length === 0 && <p class="muted">{t('whyNoHostAdapter')}</p>}
            <ul class="why-list">
              {hostAdapters.map((known) => (
                <li key={known.id}>
                  <strong>{known.name}</strong>
                  {known.shapes.length > 0 ? (
                    <ul>
                      {known.shapes.map((urlShape) => (
                        <li key={urlShape}>
                          <code>{urlShape}</code>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span class="muted"> · {t('whyNoShapes')}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>{t('whyAddress')}</h2>
        <p>
          <code class="why-shape">{shape.shape}</code>
        </p>
        <h2>{t('whyIds')}</h2>
        {shape.groups.length === 0 ? (
          <p class="muted">{t('whyNoIds')}</p>
        ) : (
          <ul class="why-list">
            {shape.groups.map((group) => (
              <li key={group.name}>
                <code>{`{${group.name}}`}</code> <span class="value">{group.value}</span>
              </li>
            ))}
          </ul>
        )}
        <h2>{t('whyLookups')}</h2>
        {lookups.length === 0 ? (
          <p class="muted">{t('whyNoLookups')}</p>
        ) : (
          <ul class="why-list">
            {lookups.map((row) => (
              <li key={`${row.by}=${row.value}`} data-outcome={row.outcome}>
                <code>{row.by}</code> <span class="value">{row.value}</span>
                <span class="muted"> · {t('fromSource', row.source)}</span> — <strong>{outcomeText(row.outcome)}</strong>
              </li>
            ))}
          </ul>
        )}
        <p>{email.found ? t('whyEmailFound', email.addresses.join(', '), email.fromText, email.fromLink) : t('whyEmailMissing')}</p>
        <div class="action-row">
          <button type="button" class="btn btn-primary" onClick={() => openRuleDraft(diagnostics)}>
            {t('whyMakeRule')}
          </button>
          <CopyButton text={() => diagnosticsText(diagnostics, version())} label={t('whyCopy')} />
        </div>
      </div>
    </details>
  );
}
