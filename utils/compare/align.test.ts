import { describe, expect, it } from 'vitest';
import { INVALID } from '../api/score';
import { alignSkills, highest, interviewGroups, skillKey, type SkillScores } from './align';

const skills = (must: Array<[string, number | typeof INVALID]>, nice: Array<[string, number | typeof INVALID]> = []): SkillScores => ({
  mustHaves: must.map(([skill_name, score]) => ({ skill_name, score })),
  niceToHaves: nice.map(([skill_name, score]) => ({ skill_name, score })),
});

describe('alignSkills', () => {
  it('puts each skill on one row, matched by name regardless of case and spacing, in order of first appearance', () => {
    const { must, nice } = alignSkills([
      skills(
        [
          ['Go', 85],
          ['SQL', 88],
          ['System design', 76],
        ],
        [['Kubernetes', 60]],
      ),
      skills(
        [
          ['  sql ', 80],
          ['Statistics', 58],
          ['system   Design', 70],
        ],
        [['Python', 74]],
      ),
    ]);
    expect(must.map((row) => [row.name, row.cells.map((cell) => cell?.score)])).toEqual([
      ['Go', [85, undefined]],
      ['SQL', [88, 80]],
      ['System design', [76, 70]],
      ['Statistics', [undefined, 58]],
    ]);
    expect(nice.map((row) => [row.name, row.cells.map((cell) => cell?.score)])).toEqual([
      ['Kubernetes', [60, undefined]],
      ['Python', [undefined, 74]],
    ]);
  });

  it('makes a skill that is a must-have for anyone a must-have row, and marks a score from the other group', () => {
    const { must, nice } = alignSkills([skills([], [['Docker', 50]]), skills([['docker', 90]])]);
    expect(nice).toEqual([]);
    expect(must).toHaveLength(1);
    expect(must[0]!.cells).toEqual([
      { score: 50, otherGroup: true },
      { score: 90, otherGroup: false },
    ]);
  });

  it('tolerates missing skills, a column without a report, invalid scores and a name listed twice', () => {
    const { must } = alignSkills([
      undefined,
      skills([
        ['Go', INVALID],
        ['go', 99],
      ]),
      { mustHaves: [], niceToHaves: [] },
    ]);
    expect(must).toHaveLength(1);
    expect(must[0]!.cells).toEqual([undefined, { score: INVALID, otherGroup: false }, undefined]);
    expect(must[0]!.best).toEqual([false, false, false]);
  });

  it('marks the highest score of each row', () => {
    const { must } = alignSkills([skills([['SQL', 88]]), skills([['SQL', 80]]), skills([['SQL', 88]])]);
    expect(must[0]!.best).toEqual([true, false, true]);
  });
});

describe('highest', () => {
  it('marks nothing for a single number or a full tie, and ignores invalid and missing values', () => {
    expect(highest([5, undefined])).toEqual([false, false]);
    expect(highest([7, 7])).toEqual([false, false]);
    expect(highest([INVALID, 3, 9, undefined])).toEqual([false, false, true, false]);
  });
});

describe('skillKey', () => {
  it('folds case, outer and inner whitespace and compatibility forms', () => {
    expect(skillKey('  Node.js\t ')).toBe(skillKey('node.JS'));
    expect(skillKey('Ｓｙｓｔｅｍ  design')).toBe('system design');
    expect(skillKey('Go')).not.toBe(skillKey('Golang'));
  });
});

describe('interviewGroups', () => {
  it('is one group when ids and names agree (or one side does not say)', () => {
    const groups = interviewGroups([
      { id: '31877', name: 'Backend Engineer', candidate: 'Jordan' },
      { id: '31877', name: 'backend engineer ', candidate: 'Riley' },
      { name: 'Backend Engineer', candidate: 'Alex' },
    ]);
    expect(groups).toEqual([{ id: '31877', name: 'Backend Engineer', candidates: ['Jordan', 'Riley', 'Alex'] }]);
  });

  it('splits on a different interview id, or on a different name under the same id', () => {
    expect(
      interviewGroups([
        { id: '1', name: 'Screen', candidate: 'A' },
        { id: '2', name: 'Screen', candidate: 'B' },
      ]),
    ).toHaveLength(2);
    const groups = interviewGroups([
      { id: '31877', name: 'Backend Engineer – AI Interview', candidate: 'Jordan' },
      { id: '31877', name: 'Backend Engineer – Final AI Interview', candidate: 'Jamie' },
      { id: '31877', name: 'Backend Engineer – AI Interview', candidate: 'Riley' },
    ]);
    expect(groups.map((group) => [group.name, group.candidates])).toEqual([
      ['Backend Engineer – AI Interview', ['Jordan', 'Riley']],
      ['Backend Engineer – Final AI Interview', ['Jamie']],
    ]);
  });
});
