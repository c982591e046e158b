// Each shipped adapter's URL shapes, by adapter id. Only the panel imports this: the content script and
// the worker never show them.
import { ashbyShapes } from './ashby';
import { bamboohrShapes } from './bamboohr';
import { bullhornShapes } from './bullhorn';
import { comeetShapes } from './comeet';
import { greenhouseShapes } from './greenhouse';
import { jazzhrShapes } from './jazzhr';
import { jobadderShapes } from './jobadder';
import { kekaShapes } from './keka';
import { leverShapes } from './lever';
import { manatalShapes } from './manatal';
import { pinpointShapes } from './pinpoint';
import { recruiteeShapes } from './recruitee';
import { smartrecruitersShapes } from './smartrecruiters';
import { taleoShapes } from './taleo';
import { teamtailorShapes } from './teamtailor';
import { workableShapes } from './workable';
import { zohoRecruitShapes } from './zoho-recruit';

export const ATS_SHAPES: Readonly<Record<string, readonly string[]>> = {
  ashby: ashbyShapes,
  bamboohr: bamboohrShapes,
  bullhorn: bullhornShapes,
  comeet: comeetShapes,
  greenhouse: greenhouseShapes,
  jazzhr: jazzhrShapes,
  jobadder: jobadderShapes,
  keka: kekaShapes,
  lever: leverShapes,
  manatal: manatalShapes,
  pinpoint: pinpointShapes,
  recruitee: recruiteeShapes,
  smartrecruiters: smartrecruitersShapes,
  taleo: taleoShapes,
  teamtailor: teamtailorShapes,
  workable: workableShapes,
  'zoho-recruit': zohoRecruitShapes,
};
