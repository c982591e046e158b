import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { bullhorn } from './bullhorn';
import { comeet } from './comeet';
import { greenhouse } from './greenhouse';
import { jazzhr } from './jazzhr';
import { jobadder } from './jobadder';
import { keka } from './keka';
import { lever } from './lever';
import { manatal } from './manatal';
import { pinpoint } from './pinpoint';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { taleo } from './taleo';
import { teamtailor } from './teamtailor';
import type { AtsAdapter } from './types';
import { workable } from './workable';
import { zohoRecruit } from './zoho-recruit';

/** Every shipped adapter. A test checks this list against the files in this folder. */
export const adapters: readonly AtsAdapter[] = [
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  bamboohr,
  recruitee,
  teamtailor,
  jazzhr,
  zohoRecruit,
  manatal,
  bullhorn,
  jobadder,
  pinpoint,
  comeet,
  keka,
  taleo,
];

export function adapterById(id: string): AtsAdapter | undefined {
  return adapters.find((adapter) => adapter.id === id);
}
