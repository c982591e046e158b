import { connect } from 'node:net';

// A minimal client for Firefox's remote debugging protocol (the devtools server started with
// --start-debugger-server). WebDriver BiDi cannot reach moz-extension:// documents; this can.
// Packets are `length:JSON`. A reply comes from the actor that was asked; packets carrying a `type`
// are events (e.g. evaluationResult). One TCP chunk can hold several packets, or part of one.

export async function connectRdp(port, { host = '127.0.0.1', timeoutMs = 10_000 } = {}) {
  const socket = connect({ port, host });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.on('error', () => undefined); // surfaced as timeouts on pending requests
  let buffer = Buffer.alloc(0);
  const pending = new Map(); // actor -> [{ resolve, reject, timer }]
  const listeners = new Set();
  // evaluationResult events by resultID: one can arrive in the same chunk as the reply naming its id,
  // i.e. before the caller has seen that id and started listening.
  const results = new Map();
  const resultWaiters = new Map();
  let greeted;
  const greeting = new Promise((resolve) => (greeted = resolve));

  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString('ascii'));
      if (buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 1 + length);
      dispatch(packet);
    }
  });

  function dispatch(packet) {
    if (packet.from === 'root' && packet.applicationType) return greeted(packet);
    if (packet.type === 'evaluationResult') {
      const waiter = resultWaiters.get(packet.resultID);
      if (waiter) waiter(packet);
      else results.set(packet.resultID, packet);
      return;
    }
    const queue = pending.get(packet.from);
    if (packet.type !== undefined || !queue?.length) {
      for (const listener of listeners) listener(packet);
      return;
    }
    const waiter = queue.shift();
    clearTimeout(waiter.timer);
    if (packet.error) waiter.reject(new Error(`${packet.error}: ${packet.message ?? ''}`));
    else waiter.resolve(packet);
  }

  function request(to, type, body = {}, { timeout = timeoutMs } = {}) {
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      waiter.timer = setTimeout(() => {
        const queue = pending.get(to) ?? [];
        queue.splice(queue.indexOf(waiter), 1);
        reject(new Error(`RDP ${type} to ${to}: no reply in ${timeout} ms`));
      }, timeout);
      if (!pending.has(to)) pending.set(to, []);
      pending.get(to).push(waiter);
      const json = Buffer.from(JSON.stringify({ to, type, ...body }), 'utf8');
      socket.write(`${json.length}:`);
      socket.write(json);
    });
  }

  /** Waits for the first event matching `predicate`. */
  function nextEvent(predicate, { timeout = timeoutMs } = {}) {
    return new Promise((resolve, reject) => {
      const listener = (packet) => {
        if (!predicate(packet)) return;
        listeners.delete(listener);
        clearTimeout(timer);
        resolve(packet);
      };
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`RDP: no matching event in ${timeout} ms`));
      }, timeout);
      listeners.add(listener);
    });
  }

  await Promise.race([greeting, new Promise((_, reject) => setTimeout(() => reject(new Error('RDP: no greeting from the devtools server')), timeoutMs))]);

  /**
   * Evaluates `text` in a console actor and returns its value: the text's (awaited) result is
   * JSON-serialised inside Firefox, so only plain data comes back. Throws the page's exception.
   */
  async function evaluate(consoleActor, text, { timeout = timeoutMs } = {}) {
    // A rejection is caught inside: the server reports a rejected top-level await without its reason.
    const wrapped = `(async () => { try { return JSON.stringify({ value: await (${text}) }); } catch (error) { return JSON.stringify({ error: String(error?.message ?? error) }); } })()`;
    const started = await request(consoleActor, 'evaluateJSAsync', { text: wrapped, mapped: { await: true } }, { timeout });
    const result = await evaluationResult(started.resultID, timeout);
    if (result.exceptionMessage || result.hasException) {
      throw new Error(`evaluation failed: ${await text_(result.exceptionMessage ?? result.exception)}`);
    }
    const json = await text_(result.result);
    if (typeof json !== 'string') throw new Error(`evaluation returned no JSON: ${JSON.stringify({ ...result, input: undefined }).slice(0, 800)}`);
    const parsed = JSON.parse(json);
    if ('error' in parsed) throw new Error(`evaluation failed: ${parsed.error}`);
    return parsed.value;
  }

  function evaluationResult(id, timeout) {
    const early = results.get(id);
    results.delete(id);
    if (early) return Promise.resolve(early);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        resultWaiters.delete(id);
        reject(new Error(`RDP: no evaluation result in ${timeout} ms`));
      }, timeout);
      resultWaiters.set(id, (packet) => {
        clearTimeout(timer);
        resultWaiters.delete(id);
        resolve(packet);
      });
    });
  }

  async function text_(grip) {
    if (grip && typeof grip === 'object' && grip.type === 'longString') {
      const { substring } = await request(grip.actor, 'substring', { start: 0, end: grip.length });
      return substring;
    }
    if (grip && typeof grip === 'object' && grip.type === 'undefined') return undefined;
    return grip;
  }

  return {
    request,
    evaluate,
    nextEvent,
    /** Calls `listener` with every event packet; returns a function that stops it. */
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const queue of pending.values()) for (const waiter of queue) clearTimeout(waiter.timer);
      socket.destroy();
    },
  };
}
