import { defineContentScript } from 'wxt/utils/define-content-script';
import { ATS_EXCLUDE_MATCHES, ATS_MATCHES } from '../utils/ats/matches';
import { startDetector } from '../utils/content/detector';
import { oneCopyPerPage } from '../utils/content/script-started';

export default defineContentScript({
  matches: ATS_MATCHES,
  excludeMatches: ATS_EXCLUDE_MATCHES,
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage "wxt:content-script-started" with our extension id to
  // every ATS page, telling its scripts we are there and how to address our own events.
  noScriptStartedPostMessage: true,
  main(ctx) {
    oneCopyPerPage(ctx);
    startDetector(ctx);
  },
});
