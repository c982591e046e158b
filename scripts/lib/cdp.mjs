// Things Playwright's page API cannot reach, done through the Chrome DevTools Protocol:
// - the in-page launcher lives in a CLOSED shadow root (locators cannot pierce it);
// - the open side panel is a browser target, not a Playwright page;
// - the content script's isolated world is not one of Playwright's execution contexts.

/** The marker on the launcher's host, a span (utils/content/launcher.ts LAUNCHER_MARK). */
const LAUNCHER_MARK = 'data-xobin-ai-interview';

function collect(node, keep, out = []) {
  if (keep(node)) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    collect(child, keep, out);
  }
  return out;
}

function nameMatches(name, matcher) {
  if (!name) return false;
  return typeof matcher === 'string' ? name.includes(matcher) : matcher.test(name);
}

async function withPageSession(page, run) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await run(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function locateLauncher(cdp, name) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const buttons = new Set(
    collect(root, (node) => node.nodeName === 'SPAN' && (node.attributes ?? []).includes(LAUNCHER_MARK))
      .flatMap((host) => collect({ children: host.shadowRoots ?? [] }, (node) => node.nodeName === 'BUTTON'))
      .map((node) => node.backendNodeId),
  );
  if (buttons.size === 0) return null;
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  // The launcher also has a close button ("Hide the AI Interview button…"); we want the opener.
  const button = nodes.find(
    (node) =>
      !node.ignored &&
      node.role?.value === 'button' &&
      buttons.has(node.backendDOMNodeId) &&
      nameMatches(node.name?.value, name) &&
      !/^hide\b/i.test(node.name?.value ?? ''),
  );
  return button ? { name: button.name.value, backendNodeId: button.backendDOMNodeId } : null;
}

/** The launcher's opener button as assistive technology sees it, or null when there is none. */
export function findLauncher(page, { name = 'AI Interview' } = {}) {
  return withPageSession(page, async (cdp) => {
    const found = await locateLauncher(cdp, name);
    return found ? { name: found.name } : null;
  });
}

/**
 * A real, trusted mouse click on the launcher (chrome.sidePanel.open needs a user gesture, which a
 * synthetic DOM click does not give). Waits for the button; returns its accessible name.
 */
export async function clickLauncher(page, { name = 'AI Interview', timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const point = await withPageSession(page, async (cdp) => {
      const found = await locateLauncher(cdp, name);
      if (!found) return null;
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: found.backendNodeId }).catch(() => undefined);
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: found.backendNodeId });
      const [x1, y1, , , x3, y3] = model.border;
      return { name: found.name, x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    }).catch(() => null);
    if (point) {
      await page.mouse.click(point.x, point.y);
      return point.name;
    }
    if (Date.now() >= deadline) throw new Error(`No in-page launcher button named like "${name}" within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// One browser-level CDP session per context; side panel targets are attached non-flattened and
// spoken to through Target.sendMessageToTarget (Playwright's CDPSession has no child sessions).
const browserSessions = new WeakMap();

function browserSession(context) {
  let entry = browserSessions.get(context);
  if (!entry) {
    const browser = context.browser();
    if (!browser) throw new Error('sidePanelEvaluate: this context has no browser (not a Chromium persistent context?)');
    entry = browser.newBrowserCDPSession().then((session) => {
      const pending = new Map();
      let nextId = 0;
      session.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
        const parsed = JSON.parse(message);
        pending.get(`${sessionId}:${parsed.id}`)?.(parsed);
      });
      const call = (sessionId, method, params) =>
        new Promise((resolve, reject) => {
          const id = ++nextId;
          pending.set(`${sessionId}:${id}`, (reply) => {
            pending.delete(`${sessionId}:${id}`);
            resolve(reply);
          });
          session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error) => {
            pending.delete(`${sessionId}:${id}`);
            reject(error);
          });
        });
      return { session, call };
    });
    browserSessions.set(context, entry);
  }
  return entry;
}

/**
 * Runs `fn(arg)` inside the open side panel page and returns its (JSON-serialisable) result.
 * Throws "side panel is not open" when there is no panel; with several, uses the first.
 */
export async function sidePanelEvaluate(context, extensionId, fn, arg) {
  const { session, call } = await browserSession(context);
  const prefix = `chrome-extension://${extensionId}/sidepanel.html`;
  const { targetInfos } = await session.send('Target.getTargets');
  const panel = targetInfos.find((target) => target.type === 'page' && target.url.startsWith(prefix));
  if (!panel) throw new Error('side panel is not open');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
  try {
    const expression = `(${fn.toString()})(${JSON.stringify(arg ?? null)})`;
    const reply = await call(sessionId, 'Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (reply.error) throw new Error(`side panel: ${reply.error.message}`);
    if (reply.result.exceptionDetails) {
      throw new Error(`side panel: ${reply.result.exceptionDetails.exception?.description ?? reply.result.exceptionDetails.text}`);
    }
    return reply.result.result.value;
  } finally {
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

/** What the panel shows: its data-state / data-error-kind markers and its visible text. */
export function panelSnapshot(context, extensionId) {
  return sidePanelEvaluate(context, extensionId, () => {
    const root = document.querySelector('[data-state]');
    return {
      state: root?.getAttribute('data-state') ?? null,
      errorKind: root?.getAttribute('data-error-kind') ?? null,
      text: document.body?.innerText ?? '',
    };
  });
}

export async function sidePanelText(context, extensionId) {
  return (await panelSnapshot(context, extensionId)).text;
}

/**
 * Evaluates `expression` in the extension's content-script world on `page` (awaiting promises).
 * Returns { value } or { error } so callers can assert that something is refused.
 */
export function evaluateInContentScript(page, extensionId, expression, { timeoutMs = 5000 } = {}) {
  return withPageSession(page, async (cdp) => {
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + timeoutMs;
    const isOurs = (ctx) => ctx.auxData?.type === 'isolated' && ctx.auxData?.isDefault === false && (ctx.origin ?? '').includes(extensionId);
    let world = contexts.find(isOurs);
    while (!world && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      world = contexts.find(isOurs);
    }
    if (!world)
      throw new Error(
        `No content-script world of ${extensionId} on ${page.url()} (seen: ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData?.type]))})`,
      );
    const reply = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (reply.exceptionDetails) return { error: reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text };
    return { value: reply.result.value };
  });
}
