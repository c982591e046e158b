// Some ATSs render the record inside an iframe (Bullhorn: the top frame is the app's shell). The
// content script runs in the top frame only, which owns the tab's one state; it reads same-origin
// frames itself (contentDocument), so no script runs in frames and the worker still hears from the top
// frame alone. A cross-origin frame's document is null to us: not read, by design.

export interface FrameDocument {
  readonly url: URL;
  readonly doc: Document;
}

/** The loaded documents of `doc`'s same-origin frames (about:blank and srcdoc ones name no record). */
export function sameOriginFrames(doc: Document): FrameDocument[] {
  return [...doc.querySelectorAll<HTMLIFrameElement>('iframe,frame')].flatMap((frame) => {
    const inner = frame.contentDocument; // null for a cross-origin frame
    const url = inner && new URL(inner.location.href);
    return inner && url?.origin === doc.location.origin ? [{ url, doc: inner }] : [];
  });
}
