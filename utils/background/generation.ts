// Everything the worker asks the API on behalf of the current key, base URL and stored report data.
// A key or base-URL change and "Clear all report data" end it (abortAllRequests): whatever waits
// never goes out, and no answer still on its way is stored or remembered. One controller for all of
// it, replaced at each end, so a caller that captured the old signal sees it aborted.
let current = new AbortController();

export function generation(): AbortSignal {
  return current.signal;
}

export function endGeneration(): void {
  current.abort();
  current = new AbortController();
}
