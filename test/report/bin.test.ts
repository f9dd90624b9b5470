import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { containerCondition, grant, hubStack, project, ROLE, STORAGE } from './fixtures';

/**
 * The command as users run it (`npm run access-report`, which is ts-node on lib/report/cli.ts),
 * in a child process: the entry point runs `main` and sets the exit code.
 */
const ROOT = resolve(__dirname, '../..');
const TS_NODE = require.resolve('ts-node/dist/bin.js');

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TS_NODE, '--transpile-only', join(ROOT, 'lib/report/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line entry (ts-node lib/report/cli.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'access-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reports a file and exits 1 on a cross-project finding with --fail-on-cross-project; 2 with one line on a missing file', () => {
    const a = project('a');
    const file = join(dir, 'cdk.tf.json');
    writeFileSync(file, JSON.stringify(hubStack({
      projects: ['a', 'b'],
      assignments: {
        a_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, a.identity),
        b_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, project('b').identity,
          containerCondition(['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'], project('b').projectId)),
      },
    })));

    const failing = runCli([file, '--fail-on-cross-project']);
    expect(failing.status).toBe(1);
    expect(failing.stdout.split('\n')[0]).toBe('# Access report: fixture');
    expect(failing.stderr).toMatch(/^access-report: cross-project access in fixture: proj-a identity \(project identity of proj-a\) reaches every project of hub-main: blob containers: read,/);

    const missing = runCli([join(dir, 'missing.json')]);
    expect({ status: missing.status, stdout: missing.stdout, stderr: missing.stderr })
      .toEqual({ status: 2, stdout: '', stderr: `access-report: cannot read ${join(dir, 'missing.json')}: no such file\n` });
  }, 60_000);
});
