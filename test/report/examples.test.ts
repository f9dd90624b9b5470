import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Testing, TerraformStack } from 'cdktf';
import { AiEnvironment, AiHub, Principal } from '../../lib';
import { main } from '../../lib/report/cli';
import { addExampleStacks, EXAMPLE_STACKS } from '../../examples/app';
import { buildStackReport, StackReport } from '../../lib/report/reach';
import { readStackModel } from '../../lib/report/stack-model';

/** Synthesizes every example stack and builds its access report. */
function exampleReports(): StackReport[] {
  const app = Testing.app();
  addExampleStacks(app);
  return Object.keys(EXAMPLE_STACKS).map((name) => {
    const stack = app.node.findChild(name) as TerraformStack;
    return buildStackReport(readStackModel(JSON.parse(Testing.synth(stack)), `examples/${name}`));
  });
}

describe('access report of the example stacks', () => {
  const reports = exampleReports();

  test('no project principal reaches another project\'s data', () => {
    const findings = reports.flatMap((report) => report.findings.map(({ principal, reach, reached }) =>
      `${report.model.name}: ${principal.label} reaches ${reached}: ${reach.access} on ${reach.resource} (${reach.role}, ${reach.assignment})`));
    expect(findings).toEqual([]);
  });

  test('every assignment is read, and every role is one the report evaluates', () => {
    expect(reports.flatMap((report) => report.model.notes)).toEqual([]);
    const unevaluated = reports.flatMap((report) => report.principals.flatMap(({ reach }) => reach))
      .filter((reach) => reach.role.startsWith('unknown role') || reach.role.startsWith('custom role'));
    expect(unevaluated.map((reach) => `${reach.role} (${reach.assignment})`)).toEqual([]);
  });

  test('the report sees every project of every example as a project', () => {
    expect(Object.fromEntries(reports.map((report) => [report.model.name, report.model.projects.map((project) => project.name)]))).toEqual({
      'basic-hub': ['proj-chatbot', 'proj-forecast'],
      'existing-resources': [],
      'team-project': ['proj-research'],
      'private-hub': ['proj-genomics', 'proj-imaging'],
      'hub-and-spoke': [],
      'rag-hub': ['proj-sales', 'proj-support'],
      'env-sales-dev': ['proj-assistant'],
      'env-sales-test': ['proj-assistant'],
      'env-sales-prod': ['proj-assistant'],
      'env-legal-dev': ['proj-assistant'],
      'env-legal-test': ['proj-assistant'],
      'env-legal-prod': ['proj-assistant'],
    });
  });
});

describe('access report of a library stack with a deliberate cross-project grant', () => {
  /** Runs the command on one synthesized stack, as `--fail-on-cross-project` in CI would. */
  function exitCodeFor(build: (stack: TerraformStack) => void): { code: number; stderr: string } {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'deliberate');
    build(stack);
    const text = Testing.synth(stack);
    let stderr = '';
    const code = main(['deliberate/cdk.tf.json', '--fail-on-cross-project'], { stdout: () => undefined, stderr: (t) => { stderr += t; }, readFile: () => text });
    return { code, stderr };
  }

  test('an unconditioned blob role for one project\'s identity on the hub storage exits 1', () => {
    const { code, stderr } = exitCodeFor((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' });
      const alpha = hub.addProject('Alpha', {});
      hub.addProject('Beta', {});
      new RoleAssignment(s, 'Leak', { scope: hub.storageAccountId, roleDefinitionName: 'Storage Blob Data Reader', principalId: alpha.identity.principalId });
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^access-report: cross-project access in deliberate: proj-alpha identity .* reaches every project of hub-sales-dev: blob containers: read/);
  });

  test('projectPrincipalsManageContainers (Storage Blob Data Contributor for projects) exits 1: container delete reaches every project', () => {
    const { code, stderr } = exitCodeFor((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral', projectPrincipalsManageContainers: true });
      hub.addProject('Alpha', {});
      hub.addProject('Beta', {});
    });
    expect(code).toBe(1);
    expect(stderr).toContain('all blob containers: create, delete (control plane: no ABAC condition limits it)');
  });

  test('a hub-wide developer (AiEnvironment access) reaches every project of its own hub by design: exit 0; the same group on another hub\'s storage exits 1', () => {
    const group = Principal.group('22222222-2222-4222-8222-000000001100', 'sales-developers');
    const environment = (s: TerraformStack) => {
      const env = new AiEnvironment(s, 'Env', {
        department: 'sales', stage: 'test', location: 'swedencentral', costCenter: 'CC-1', budget: { amount: 100, startDate: '2027-01-01', contactEmails: ['finops@contoso.com'] },
        access: { developers: [group] },
      });
      env.addProject('Alpha', {});
      env.addProject('Beta', {});
      return env;
    };
    expect(exitCodeFor((s) => { environment(s); }).code).toBe(0);
    const { code, stderr } = exitCodeFor((s) => {
      environment(s);
      const other = new AiHub(s, 'Other', { baseName: 'legal-test', location: 'swedencentral' });
      other.addProject('Gamma', {});
      new RoleAssignment(s, 'Leak', { scope: other.storageAccountId, roleDefinitionName: 'Storage Blob Data Reader', principalId: group.principalId });
    });
    expect(code).toBe(1);
    expect(stderr).toContain('reaches every project of hub-legal-test');
  });

  test('a role on the hub does not excuse an unconditioned grant made elsewhere: only assignments marked hub-wide are', () => {
    const group = Principal.group('22222222-2222-4222-8222-000000001100', 'g');
    const { code } = exitCodeFor((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' });
      hub.addProject('Alpha', {}).grantDeveloper(group);
      hub.addProject('Beta', {});
      hub.grantReader(group);
      new RoleAssignment(s, 'Leak', { scope: hub.storageAccountId, roleDefinitionName: 'Storage Blob Data Reader', principalId: group.principalId });
    });
    expect(code).toBe(1);
  });

  test('the same stack with the default project blob role exits 0', () => {
    expect(exitCodeFor((s) => {
      const hub = new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' });
      hub.addProject('Alpha', {});
      hub.addProject('Beta', {});
    }).code).toBe(0);
  });
});
