import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InviteRequest } from '../../utils/api/actions';
import type { InviteAnswer, ShareAnswer } from '../../utils/messages';
import { sendToBackground } from '../../utils/send';
import { diagnose, type Diagnostics } from '../../utils/panel/diagnostics';
import { panelView, type PanelView } from '../../utils/panel/view';
import { tabStateItem } from '../../utils/storage';
import { pinnedTabId, useActiveTabId } from './useActiveTabId';
import { usePanelPort } from './usePanelPort';
import { useConversationMemory, useReportMemory } from './useReportMemory';
import { useStoredValue } from './useStoredValue';

const tabItem = (key: string) => tabStateItem(Number(key));

export interface PanelData {
  readonly view: PanelView;
  readonly refresh: () => void;
  readonly openSettings: () => void;
  /** Undefined until the panel knows which tab it follows. */
  readonly lookup?: (query: string) => void;
  /** "Why no report?" for the followed tab; undefined for a tab the worker has no state for. */
  readonly diagnostics?: Diagnostics;
  /** "It is the right candidate": the flagged report counts as the followed tab's candidate's. */
  readonly confirmIdentity?: (responseId: string) => void;
  /** A profile whose lookups found no report: what the invite form starts from, and how it sends. */
  readonly invite?: {
    readonly prefill: { readonly email?: string };
    readonly stamp?: { readonly value: string; readonly source: string };
    readonly send: (request: InviteRequest) => Promise<InviteAnswer>;
  };
  /** The invite this panel sent for the followed tab's candidate (status, link): panel memory only. */
  readonly sentInvite?: { readonly responseId: string; readonly status: string; readonly link?: string };
  readonly share?: (responseId: string, hours: number) => Promise<ShareAnswer>;
}

/** Everything the panel renders, read straight from session storage for the followed tab. */
export function usePanel(): PanelData {
  const tabId = useActiveTabId();
  // Pinned (?tabId=) means opened as a page, not as this window's side panel.
  usePanelPort(pinnedTabId(location.search) === undefined);
  const state = useStoredValue(tabId == null ? undefined : String(tabId), tabItem);
  const result = state?.result;
  const memory = useReportMemory();
  const cacheKey = result?.kind === 'report' ? result.cacheKey : undefined;
  const entry = useStoredValue(cacheKey, memory.item, memory);
  // A long report's whole conversation: at once when this panel has it in memory already, else read
  // once the first part is on screen (useEffect runs after the paint), so the read and its parse of
  // megabytes never delay that first frame.
  const conversations = useConversationMemory();
  const long = entry?.conversationTotal !== undefined ? cacheKey : undefined;
  const [painted, setPainted] = useState<string | undefined>(undefined);
  useEffect(() => setPainted(long), [long]);
  const conversationKey = long !== undefined && (painted === long || conversations.peek(long) !== undefined) ? long : undefined;
  const conversation = useStoredValue(conversationKey, conversations.item, conversations);
  const view: PanelView = useMemo(() => (tabId === null ? { kind: 'empty' } : panelView(state, entry, conversation)), [tabId, state, entry, conversation]);

  const refresh = useCallback(() => {
    if (typeof tabId === 'number') settle(() => sendToBackground({ type: 'tab:refresh', tabId }));
  }, [tabId]);

  // The report this tab points at was evicted from the cache: ask once for it again.
  // Keyed by the navigation, not by the state object: each of the worker's writes for a navigation
  // is a new object, and an effect that changes with it makes Preact ask for an animation frame
  // while the report is still being read; the report's own frame then waits for the next vsync.
  const asked = useRef<string | undefined>(undefined);
  const missing = view.kind === 'loading' ? view.missingReport : undefined;
  const navId = state?.navId;
  useEffect(() => {
    if (!missing || navId === undefined || asked.current === `${navId}|${missing}`) return;
    asked.current = `${navId}|${missing}`;
    refresh();
  }, [missing, navId, refresh]);

  const openSettings = useCallback(() => settle(() => browser.runtime.openOptionsPage()), []);
  const lookup = useCallback(
    (query: string) => {
      if (typeof tabId === 'number') settle(() => sendToBackground({ type: 'lookup:manual', tabId, query }));
    },
    [tabId],
  );
  const confirmIdentity = useCallback(
    (responseId: string) => {
      if (typeof tabId === 'number') settle(() => sendToBackground({ type: 'tab:confirm-identity', tabId, responseId }));
    },
    [tabId],
  );
  const diagnostics = useMemo(() => (tabId === null ? undefined : diagnose(state)), [tabId, state]);
  const followed = typeof tabId === 'number';

  const [sent, setSent] = useState<{ navId: string; responseId: string; status: string; link?: string } | undefined>();
  const noReport = followed && state?.phase === 'ready' && !state.manual && state.result?.kind === 'error' && state.result.error.kind === 'not-found';
  const stampLookup = state?.lookups.find((one) => one.by === 'custom_field_id');
  const email = state?.emails?.[0];
  const name = state?.name;
  const invite = useMemo(() => {
    if (!noReport || typeof tabId !== 'number' || !navId) return undefined;
    const send = (request: InviteRequest) => {
      const { customFieldId: _stamped, ...invite } = request; // the worker stamps the profile's own id
      return sendToBackground({ type: 'invite:send', tabId, invite }).then((answer) => {
        if (answer.ok) setSent({ navId, ...answer.invite });
        return answer;
      });
    };
    return {
      prefill: { ...(name ? { name } : {}), ...(email ? { email } : {}) },
      ...(stampLookup ? { stamp: { value: stampLookup.value, source: stampLookup.source } } : {}),
      send,
    };
  }, [noReport, tabId, navId, name, email, stampLookup]);
  const share = useCallback((responseId: string, hours: number) => sendToBackground({ type: 'report:share', responseId, hours }), []);
  return {
    view,
    refresh,
    openSettings,
    lookup: followed ? lookup : undefined,
    diagnostics,
    confirmIdentity: followed ? confirmIdentity : undefined,
    invite,
    sentInvite: sent && sent.navId === navId ? sent : undefined,
    share,
  };
}

/** Fire and forget: a background that is restarting must not break the panel. */
function settle(run: () => Promise<unknown>): void {
  try {
    void run().catch(() => undefined);
  } catch {
    // The API is missing in this context (e.g. a browser without an options page).
  }
}
