import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they were files of src/, with the project's own eslint.config.js, so a change that
// switched the layer rule off, or let a lower layer import a higher one, fails here.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

describe('the import-boundary lint rule', () => {
  it('fails when the speech layer imports the player, a layer above it', async () => {
    const errors = await boundaryErrors(
      'src/speech/example.ts',
      "import { Player } from '../player/player';\nexport const made = Player;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/layer order/);
  });

  it('fails when browser code imports the build-time content compiler', async () => {
    const errors = await boundaryErrors(
      'src/player/example.ts',
      "import { compilePage } from '../content/compile-page';\nexport const made = compilePage;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('fails when a layer imports the composition root', async () => {
    const errors = await boundaryErrors('src/ui/example.ts', "import '../main';\n");
    expect(errors).toHaveLength(1);
  });

  it('passes when the player imports the shared listener list and the speech layer below it', async () => {
    const code =
      "import { Emitter } from '../shared/emitter';\nimport type { SpeechEngine } from '../speech/speech-engine';\nexport const made: [typeof Emitter, SpeechEngine | null] = [Emitter, null];\n";
    expect(await boundaryErrors('src/player/example.ts', code)).toEqual([]);
  });
});
