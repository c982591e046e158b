// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the flat config is plain JS; its rules object is all this test needs.
import { unsafeHtmlRules } from '../eslint.config.js';

describe('shipped-code lint rules', () => {
  it('reject every way of turning a string into HTML or code', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.tsx'],
          languageOptions: {
            parser: (await import('typescript-eslint')).parser,
            parserOptions: { ecmaFeatures: { jsx: true } },
          },
          rules: unsafeHtmlRules,
        },
      ],
      ignore: false,
    });
    const [result] = await eslint.lintFiles(['tests/lint-fixtures/unsafe.tsx']);
    const lines = new Set(result!.messages.map((message) => message.line));
    // One finding per unsafe line (3..12): innerHTML, outerHTML, insertAdjacentHTML, document.write,
    // eval, new Function, string setTimeout, parseFromString, dangerouslySetInnerHTML.
    expect([...lines].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
