import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Saved-shape ATS pages. Each names its real URL in <meta name="fixture-url"> and what detection must
// return in <meta name="fixture-expect"> (JSON; "null" for pages that are not one candidate's profile).
// The unit tests and the end-to-end HTTPS server both read them from here.

export interface Fixture {
  readonly file: string;
  readonly url: string;
  readonly html: string;
  /**
   * `email`: the candidate's address, among those the page yields; `emails`: exactly the addresses it
   * yields; `notEmails`: addresses on the page that are someone else's (top bar, notes) and must not be;
   * `name`: the candidate's name the page yields (none without it).
   */
  readonly expect: {
    ids: { key: string; value: string }[];
    email?: string;
    emails?: string[];
    notEmails?: string[];
    responseIds?: string[];
    name?: string;
  } | null;
}

export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      const url = meta(html, 'fixture-url');
      const expect = meta(html, 'fixture-expect');
      if (!url || expect === undefined) throw new Error(`${file}: needs fixture-url and fixture-expect meta tags`);
      return { file, url, html, expect: JSON.parse(expect) as Fixture['expect'] };
    });
}

function meta(html: string, name: string): string | undefined {
  const tag = new RegExp(`<meta name="${name}" content=(?:"([^"]*)"|'([^']*)')`).exec(html);
  return tag ? (tag[1] ?? tag[2]) : undefined;
}
