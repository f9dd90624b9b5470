import { CliIo, main, USAGE } from '../../lib/report/cli';
import { LEGEND } from '../../lib/report/markdown';
import { connection, containerCondition, grant, HUB, hubStack, project, ROLE, STORAGE } from './fixtures';

const A = project('a');
const B = project('b');

/**
 * proj-a reads its own containers; proj-b reads every container (no condition): the one finding;
 * a group is a member of proj-b and reads the search the hub shares.
 */
const SMALL = hubStack({
  projects: ['a', 'b'],
  resources: {
    azurerm_search_service: { shared: { name: 'srch-shared' } },
    azapi_resource: { hub_conn: connection(HUB, '${azurerm_search_service.shared.id}') },
  },
  assignments: {
    a_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, A.identity, containerCondition(['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'], A.projectId)),
    b_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, B.identity),
    team_dev: grant(B.id, ROLE.AZURE_AI_DEVELOPER, '${var.team_b}'),
    team_search: grant('${azurerm_search_service.shared.id}', ROLE.SEARCH_INDEX_DATA_READER, '${var.team_b}'),
  },
});

/** The same stack without the finding. */
const CLEAN = hubStack({
  projects: ['a'],
  assignments: { a_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, A.identity, containerCondition(['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'], A.projectId)) },
});

/** Runs the command on in-memory files; returns the exit code and what it printed. */
function run(argv: string[], files: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readFile: (path) => {
      if (path === 'dir') throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return files[path];
    },
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

const FILES = {
  'stacks/small/cdk.tf.json': JSON.stringify(SMALL),
  'stacks/clean/cdk.tf.json': JSON.stringify(CLEAN),
};

describe('markdown', () => {
  test('of a small stack, read line by line', () => {
    const { code, stdout, stderr } = run(['stacks/small/cdk.tf.json'], FILES);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe([
      '# Access report: fixture',
      '',
      'Source: `stacks/small/cdk.tf.json`. 1 hub (hub-main), 2 projects (proj-a, proj-b), 4 role assignments, 3 principals.',
      '',
      '**1 cross-project finding**: see "Cross-project findings" below.',
      '',
      '## How to read this report',
      '',
      LEGEND,
      '',
      '## Principals',
      '',
      '### proj-a identity',
      '',
      'Project identity of proj-a. Principal id: `${azurerm_ai_foundry_project.a.identity[0].principal_id}`',
      '',
      '| Resource | Access | Whose data | Role | Scope |',
      '|---|---|---|---|---|',
      '| storage account `sthub` (hub hub-main) | blob containers: read | project proj-a | Storage Blob Data Reader | `azurerm_storage_account.storage` |',
      '',
      '### proj-b identity',
      '',
      'Project identity of proj-b. Principal id: `${azurerm_ai_foundry_project.b.identity[0].principal_id}`',
      '',
      '| Resource | Access | Whose data | Role | Scope |',
      '|---|---|---|---|---|',
      '| storage account `sthub` (hub hub-main) | blob containers: read | every project of hub-main **(cross-project)** | Storage Blob Data Reader | `azurerm_storage_account.storage` |',
      '',
      '### var.team_b',
      '',
      'Member of proj-b. Principal id: `${var.team_b}`',
      '',
      '| Resource | Access | Whose data | Role | Scope |',
      '|---|---|---|---|---|',
      '| AI Search `srch-shared` | index read | shared by proj-a, proj-b | Search Index Data Reader | `azurerm_search_service.shared` |',
      '| project `proj-b` | read, build and run (jobs, data, deployments), connection secrets | project proj-b | Azure AI Developer | `azurerm_ai_foundry_project.b` |',
      '',
      '## Cross-project findings',
      '',
      '- **proj-b identity** (project identity of proj-b) reaches every project of hub-main: blob containers: read, on storage account `sthub` (hub hub-main), '
        + 'through Storage Blob Data Reader at `azurerm_storage_account.storage` (`azurerm_role_assignment.b_blob`).',
      '',
    ].join('\n'));
  });

  test('the legend says that hub sharing is reported but not a finding', () => {
    expect(LEGEND).toContain('**Shared by**: a service connected at the hub');
    expect(LEGEND).toContain('Reported, but not a finding');
  });

  test('is the same byte for byte whatever the key order of the input, and runs twice the same', () => {
    const reversed = JSON.parse(JSON.stringify(SMALL), (_key, value) => value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).reverse()) : value);
    const first = run(['stacks/small/cdk.tf.json'], FILES).stdout;
    expect(run(['stacks/small/cdk.tf.json'], FILES).stdout).toBe(first);
    expect(run(['stacks/small/cdk.tf.json'], { 'stacks/small/cdk.tf.json': JSON.stringify(reversed) }).stdout).toBe(first);
  });

  test('of two files: one report after the other; a clean stack says so', () => {
    const { stdout } = run(['stacks/clean/cdk.tf.json', 'stacks/small/cdk.tf.json'], FILES);
    expect(stdout.match(/^# Access report: .*$/gm)).toEqual(['# Access report: fixture', '# Access report: fixture']);
    expect(stdout).toContain('**No cross-project access.**');
    expect(stdout).toContain('None: no project principal reaches another project\'s data.');
  });
});

describe('--json', () => {
  test('prints the same model, with keys in a fixed order', () => {
    const { code, stdout } = run(['--json', 'stacks/small/cdk.tf.json'], FILES);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['crossProjectFindings', 'stacks']);
    expect(json.crossProjectFindings).toBe(1);
    const [stack] = json.stacks;
    expect(Object.keys(stack)).toEqual(['stack', 'source', 'hubs', 'projects', 'principals', 'findings', 'notes']);
    expect(stack.hubs).toEqual([{ name: 'hub-main', declared: true }]);
    expect(stack.projects).toEqual([{ name: 'proj-a', address: 'azurerm_ai_foundry_project.a' }, { name: 'proj-b', address: 'azurerm_ai_foundry_project.b' }]);
    expect(stack.principals.map((p: { label: string; kind: string; projects: string[] }) => [p.label, p.kind, p.projects])).toEqual([
      ['proj-a identity', 'project-identity', ['proj-a']],
      ['proj-b identity', 'project-identity', ['proj-b']],
      ['var.team_b', 'project-member', ['proj-b']],
    ]);
    expect(stack.principals[1].access).toEqual([{
      resource: 'storage account `sthub` (hub hub-main)',
      access: 'blob containers: read',
      owners: { kind: 'every-project', hubs: ['hub-main'] },
      crossProject: 'every project of hub-main',
      role: 'Storage Blob Data Reader',
      scope: 'azurerm_storage_account.storage',
      assignment: 'azurerm_role_assignment.b_blob',
    }]);
    expect(stack.principals[2].access[0].owners).toEqual({ kind: 'shared', hubs: ['hub-main'], projects: ['proj-a', 'proj-b'] });
    expect(stack.findings).toEqual([{
      principal: '${azurerm_ai_foundry_project.b.identity[0].principal_id}',
      label: 'proj-b identity',
      reached: 'every project of hub-main',
      resource: 'storage account `sthub` (hub hub-main)',
      access: 'blob containers: read',
      role: 'Storage Blob Data Reader',
      scope: 'azurerm_storage_account.storage',
      assignment: 'azurerm_role_assignment.b_blob',
    }]);
    expect(stdout.endsWith('}\n')).toBe(true);
  });
});

describe('exit codes', () => {
  test('--fail-on-cross-project: 1 when a project principal reaches another project\'s data, with the findings on stderr', () => {
    const { code, stdout, stderr } = run(['stacks/small/cdk.tf.json', '--fail-on-cross-project'], FILES);
    expect(code).toBe(1);
    expect(stdout).toContain('# Access report: fixture');
    expect(stderr).toBe('access-report: cross-project access in fixture: proj-b identity (project identity of proj-b) reaches every project of hub-main: '
      + 'blob containers: read, on storage account `sthub` (hub hub-main), through Storage Blob Data Reader at azurerm_storage_account.storage\n');
  });

  test('0 without findings, and 0 with findings when the flag is not given', () => {
    expect(run(['--fail-on-cross-project', 'stacks/clean/cdk.tf.json'], FILES).code).toBe(0);
    expect(run(['stacks/small/cdk.tf.json'], FILES).code).toBe(0);
  });

  test.each([
    [['--jsn', 'stacks/small/cdk.tf.json'], `access-report: unknown option --jsn. ${USAGE}\n`],
    [[], `access-report: no stack file given. ${USAGE}\n`],
    [['missing.json'], 'access-report: cannot read missing.json: no such file\n'],
    [['dir'], 'access-report: cannot read dir: it is a directory\n'],
    [['list.json'], 'access-report: list.json: the file is not a Terraform JSON object (expected a synthesized cdk.tf.json)\n'],
  ])('2 with a one-line message for %j', (argv, message) => {
    const { code, stdout, stderr } = run(argv, { 'broken.json': 'this is not json', 'list.json': '[]' });
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
  });

  test('2 for a file that is not JSON, with the parser\'s message on the same line', () => {
    const { code, stdout, stderr } = run(['broken.json'], { 'broken.json': 'this is not json' });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^access-report: broken\.json is not valid JSON: [^\n]+\n$/);
  });

  test('--help prints the usage and exits 0; `--` ends the options', () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
    expect(run(['--', '--json'], { '--json': JSON.stringify(CLEAN) }).stdout).toContain('Source: `--json`');
  });
});
