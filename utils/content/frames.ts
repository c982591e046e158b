// Some ATSs render the record inside an iframe (Bullhorn: the top frame is the app's shell). The
// content script runs in the top frame only, which owns the tab's one state; it reads same-origin
// frames itself (contentDocument), so no script runs in frames and the worker still hears from the top
// frame alone. A cross-origin frame's document is null to us: not read, by design.

/** Frames below `doc` at most this deep (a frameset inside a frame, as in classic Bullhorn). */
const MAX_DEPTH = 3;

export interface FrameDocument {
  readonly url: URL;
  readonly doc: Document;
}

/** The loaded documents of `doc`'s same-origin frames (iframes and framesets), nested ones too. */
export function sameOriginFrames(doc: Document, depth = 1): FrameDocument[] {
  if (depth > MAX_DEPTH) return [];
  const found: FrameDocument[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      continue;
    }
    // about:blank and srcdoc frames share the origin but name no record.
    const href = inner?.location?.href ?? '';
    if (!inner || !/^https?:/.test(href)) continue;
    const url = new URL(href);
    if (url.origin !== doc.location.origin) continue;
    found.push({ url, doc: inner }, ...sameOriginFrames(inner, depth + 1));
  }
  return found;
}
