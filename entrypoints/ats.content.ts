import { defineContentScript } from 'wxt/utils/define-content-script';
import { ATS_MATCHES } from '../utils/ats/matches';
import { startDetector } from '../utils/content/detector';

export default defineContentScript({
  matches: ATS_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startDetector(ctx);
  },
});
