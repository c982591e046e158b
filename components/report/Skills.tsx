import type { CompletedReport } from '../../utils/api/schemas';
import { INVALID } from '../../utils/api/score';
import { t } from '../../utils/i18n';
import { formatScoreText } from '../../utils/panel/markdown';
import { percent } from './Overview';

type SkillScores = CompletedReport['skill_wise_scores'];
type Skill = SkillScores['mustHaves'][number];

function SkillGroup({ title, skills, max }: { title: string; skills: readonly Skill[]; max: number }) {
  return (
    <div class="skill-group">
      <h3>{title}</h3>
      {skills.length === 0 ? (
        <p class="muted">{t('noSkills')}</p>
      ) : (
        <ul class="skill-list">
          {skills.map((skill, index) => (
            <li key={index} class="skill">
              <span class="skill-name">{skill.skill_name}</span>
              <span class="skill-score" data-invalid={skill.score === INVALID || undefined}>
                {formatScoreText(skill.score)}
              </span>
              <span class="bar" style={`--p:${skill.score === INVALID ? 0 : percent(skill.score, max)}%`} aria-hidden="true" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Must-have and nice-to-have skills with their scores. Bars assume 0–100 unless a score says otherwise. */
export function Skills({ skills }: { skills: SkillScores }) {
  const numbers = [...skills.mustHaves, ...skills.niceToHaves].flatMap((s) => (s.score === INVALID ? [] : [s.score]));
  const max = Math.max(100, ...numbers);
  return (
    <section class="card" aria-labelledby="skills-title">
      <h2 id="skills-title">{t('skills')}</h2>
      <SkillGroup title={t('mustHaves')} skills={skills.mustHaves} max={max} />
      <SkillGroup title={t('niceToHaves')} skills={skills.niceToHaves} max={max} />
    </section>
  );
}
