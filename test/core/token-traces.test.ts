import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Lazy } from 'cdktf';
import '../../lib';

/** The creation stack cdktf recorded on a token (a private field: what an unresolved-token error prints). */
const creationStackOf = (token: object) => (token as { creationStack: string[] }).creationStack;

describe('cdktf token stack traces', () => {
  test('are not captured once the library is loaded: a token records only how to turn them on', () => {
    expect(creationStackOf(Lazy.anyValue({ produce: () => 1 }) as object)).toEqual([
      '(stack trace not captured; set CDKTF_AZURE_AI_HUB_TOKEN_TRACES=1 to capture it)',
    ]);
  });

  test('are captured again with CDKTF_AZURE_AI_HUB_TOKEN_TRACES=1', () => {
    const script = `require('ts-node/register/transpile-only'); require(${JSON.stringify(join(__dirname, '../../lib/core/token-traces'))});
      const { Lazy } = require('cdktf'); console.log(JSON.stringify(Lazy.anyValue({ produce: () => 1 }).creationStack.length > 1));`;
    const out = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, CDKTF_AZURE_AI_HUB_TOKEN_TRACES: '1' }, encoding: 'utf8' });
    expect(out.trim()).toBe('true');
  });
});
