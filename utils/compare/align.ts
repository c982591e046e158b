import type { CompletedReport } from '../api/schemas';
import type { Checked } from '../api/score';

// The compare table's rows: each skill once, matched across candidates by name. Pure, so the
// alignment is tested without rendering.

export type SkillScores = CompletedReport['skill_wise_scores'];
export type SkillGroup = 'must' | 'nice';

/** "  Node.js " and "node.JS" are one skill; Unicode compatibility forms too (full-width letters). */
export function skillKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface SkillCell {
  readonly score: Checked;
  /** The candidate's report lists this skill in the other group (a must-have for them, a nice-to-have here). */
  readonly otherGroup: boolean;
}

export interface SkillRow {
  readonly key: string;
  /** As the first candidate that has it spells it. */
  readonly name: string;
  readonly group: SkillGroup;
  /** One per column; undefined where that candidate was not assessed on it (or has no report). */
  readonly cells: ReadonlyArray<SkillCell | undefined>;
  /** One per column: this cell holds the row's highest score. */
  readonly best: readonly boolean[];
}

/**
 * Must-have and nice-to-have rows over all columns, in order of first appearance. A skill that is a
 * must-have for anyone is a must-have row; a candidate who has it as a nice-to-have still shows
 * their score there, marked, rather than "not assessed". A name listed twice by one report counts once.
 */
export function alignSkills(columns: ReadonlyArray<SkillScores | undefined>): { must: SkillRow[]; nice: SkillRow[] } {
  const rows = new Map<string, { name: string; group: SkillGroup }>();
  const lookup = columns.map(() => ({ must: new Map<string, Checked>(), nice: new Map<string, Checked>() }));
  columns.forEach((skills, column) => {
    const lists: Array<[SkillGroup, SkillScores['mustHaves']]> = [
      ['must', skills?.mustHaves ?? []],
      ['nice', skills?.niceToHaves ?? []],
    ];
    for (const [group, list] of lists) {
      for (const skill of list) {
        const key = skillKey(skill.skill_name);
        const seen = lookup[column]![group];
        if (!seen.has(key)) seen.set(key, skill.score);
        const row = rows.get(key);
        if (!row) rows.set(key, { name: skill.skill_name.trim(), group });
        else if (group === 'must') row.group = 'must';
      }
    }
  });
  const must: SkillRow[] = [];
  const nice: SkillRow[] = [];
  for (const [key, { name, group }] of rows) {
    const other: SkillGroup = group === 'must' ? 'nice' : 'must';
    const cells = lookup.map((found): SkillCell | undefined => {
      if (found[group].has(key)) return { score: found[group].get(key)!, otherGroup: false };
      if (found[other].has(key)) return { score: found[other].get(key)!, otherGroup: true };
      return undefined;
    });
    const row = { key, name, group, cells, best: highest(cells.map((cell) => cell?.score)) };
    (group === 'must' ? must : nice).push(row);
  }
  return { must, nice };
}

/**
 * Which values are the row's highest. Nothing is marked when fewer than two candidates have a valid
 * number or when they all tie: "highest" would then say nothing.
 */
export function highest(values: ReadonlyArray<Checked | undefined>): boolean[] {
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length < 2) return values.map(() => false);
  const max = Math.max(...numbers);
  if (numbers.every((value) => value === max)) return values.map(() => false);
  return values.map((value) => value === max);
}

export interface InterviewOf {
  readonly id?: string;
  readonly name?: string;
  /** Whose report this is, for the warning. */
  readonly candidate: string;
}

export interface InterviewGroup {
  readonly id?: string;
  readonly name?: string;
  readonly candidates: string[];
}

const sameText = (a: string, b: string) => skillKey(a) === skillKey(b);

/** Same interview unless an id or a name both reports carry differs. */
function sameInterview(a: InterviewOf | InterviewGroup, b: InterviewOf): boolean {
  if (a.id !== undefined && b.id !== undefined && a.id !== b.id) return false;
  if (a.name && b.name && !sameText(a.name, b.name)) return false;
  return true;
}

/** The interviews the candidates took, grouped; more than one group means the scores may not compare. */
export function interviewGroups(items: readonly InterviewOf[]): InterviewGroup[] {
  const groups: Array<{ id?: string; name?: string; candidates: string[] }> = [];
  for (const item of items) {
    const group = groups.find((existing) => sameInterview(existing, item));
    if (group) {
      group.candidates.push(item.candidate);
      group.id ??= item.id;
      group.name ||= item.name;
    } else {
      groups.push({ id: item.id, name: item.name, candidates: [item.candidate] });
    }
  }
  return groups;
}
