import type { ContentHandlers, PageHandlers, ReportResult } from '../messages';
import type { AutoOpen } from './auto-open';
import { readCache } from './cache';
import { confirmIdentity, lookupManually, onDetected, refreshTab } from './detection';
import { listScore, moreListScores, openListCandidate, type ListDeps } from './list-scores';
import { inviteFromTab, shareFromPanel } from './invite';
import { clearReportData, removeApiKey } from './privacy';
import { getReport, type ResolveDeps } from './resolver';
import type { RuleHosts } from './rule-hosts';
import { rulesForUrl } from './rules';
import { getSettings, hasBaseUrlAccess, publishPolicyView, readConfig, saveSettings, testConnection } from './settings';
import { openPanel } from './side-panel';

export interface HandlerDeps {
  readonly deps: ResolveDeps;
  readonly listDeps: ListDeps;
  /** Whether list pages get score chips: the setting in force, kept in memory by the caller. */
  readonly listScoresOn: () => Promise<boolean>;
  readonly autoOpen: AutoOpen;
  readonly ruleHosts: RuleHosts;
}

/** The answer to each content script message; the table's type checks every answer against utils/messages. */
export function contentHandlers({ deps, listDeps, listScoresOn, autoOpen, ruleHosts }: HandlerDeps): ContentHandlers {
  return {
    'panel:open': (message, { tabId }) => {
      if (message.auto && !autoOpen.claim(tabId)) return Promise.resolve({ opened: false });
      // No await before this call: it needs the click's user gesture.
      return openPanel(tabId).then((opened) => ({ opened }));
    },
    'page:detected': (message, { tabId, url }) => {
      // Answered at once: the lookup runs on, and the page needs only the auto-open decision.
      void onDetected(tabId, url, message.detection, deps).catch(() => undefined);
      return Promise.all([
        message.detection ? autoOpen.decide(tabId) : { autoOpen: false },
        listScoresOn(),
        message.detection ? undefined : ruleHosts.rulesHere(url),
      ]).then(([decision, listScores, rules]) => ({ ...decision, listScores, ...(rules?.length ? { rules } : {}) }));
    },
    'rules:get': (_message, { url }) => rulesForUrl(url),
    'list:score': (message, { tabId }) => Promise.all(message.items.map((item) => listScore(tabId, { ...item, load: message.load }, listDeps))),
    'list:open': (message, { tabId, url }) => {
      // No await before this call either: the chip's click is the user gesture.
      const opened = openPanel(tabId);
      void openListCandidate(tabId, url, message, deps).catch(() => undefined);
      return opened.then((done) => ({ opened: done }));
    },
    'list:more': (message, { tabId }) => moreListScores(tabId, message.load),
  };
}

/** The answer to each extension page message, checked the same way. */
export function pageHandlers(deps: ResolveDeps): PageHandlers {
  return {
    'tab:refresh': (message) => refreshTab(message.tabId, deps),
    'tab:confirm-identity': (message) => confirmIdentity(message.tabId, message.responseId),
    'lookup:manual': (message) => lookupManually(message.tabId, message.query, deps),
    'report:get': (message) => reportById(message.responseId, message.force === true, deps),
    'settings:get': () => getSettings(),
    'settings:save': (message) => saveSettings(message),
    'settings:test': (message) => testConnection(message),
    'privacy:clear-data': () => clearReportData(),
    'privacy:remove-key': () => removeApiKey(),
    'policy:get': () => publishPolicyView(),
    'invite:send': (message) => inviteFromTab(message.tabId, message.invite, deps),
    'report:share': (message) => shareFromPanel(message.responseId, message.hours, deps),
  };
}

async function reportById(responseId: string, force: boolean, deps: ResolveDeps): Promise<ReportResult> {
  const config = await readConfig();
  if (!config.apiKey) return { ok: false, error: { kind: 'no-key' } };
  if (!(await hasBaseUrlAccess(config.baseUrl))) return { ok: false, error: { kind: 'no-permission', origin: new URL(config.baseUrl).origin } };
  // The open-in-tab page: the recruiter opened it, and its Refresh goes past the cache.
  const outcome = await getReport({ by: 'response_id', value: responseId }, config, deps, { force, byRecruiter: true });
  if (!outcome.ok) return outcome;
  const entry = await readCache(outcome.cacheKey);
  return entry ? { ok: true, report: entry.report } : { ok: false, error: { kind: 'not-found' } };
}
