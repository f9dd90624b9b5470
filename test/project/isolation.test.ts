import { AiHub, AiProject, Principal } from '../../lib';
import { conditionAllows } from '../condition-evaluator';
import { pinnedRoleId, refTo, resourcesOf, roleGuidOf, synth } from '../helpers';

const BLOB_ACTIONS = ['read', 'write', 'delete', 'add/action', 'move/action'].map((a) => `Microsoft.Storage/storageAccounts/blobServices/containers/blobs/${a}`);
const ALPHA_MEMBERS = Principal.group('11111111-1111-1111-1111-111111111111', 'alpha-team');
const ALPHA_READERS = Principal.group('22222222-2222-2222-2222-222222222222', 'alpha-readers');
const BETA_MEMBERS = Principal.group('33333333-3333-3333-3333-333333333333', 'beta-team');
const ALPHA_ID = 'aaaaaaaa-0000-0000-0000-00000000000a';
const BETA_ID = 'bbbbbbbb-0000-0000-0000-00000000000b';

describe('project storage isolation', () => {
  const { json } = synth((s) => {
    const hub = new AiHub(s, 'Hub', { baseName: 'sales-dev', location: 'swedencentral' });
    const alpha = hub.addProject('Alpha', { dataContainers: ['datasets'] });
    const beta = new AiProject(s, 'Beta', { hub });
    alpha.grantDeveloper(ALPHA_MEMBERS);
    alpha.grantReader(ALPHA_READERS);
    beta.grantDeveloper(BETA_MEMBERS);
  });
  const storage = refTo(json, 'azurerm_storage_account', 'Hub/StorageAccount', 'id');
  const alphaProjectId = refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'project_id');
  const betaProjectId = refTo(json, 'azurerm_ai_foundry_project', 'Beta/Project', 'project_id');
  const hubIdentity = refTo(json, 'azurerm_user_assigned_identity', 'Hub/Identity', 'principal_id');
  const assignments = resourcesOf(json, 'azurerm_role_assignment').map(([, a]) => a);
  /** The condition with each project's id reference replaced by a concrete workspace id. */
  const concrete = (condition: string) => condition.split(alphaProjectId).join(ALPHA_ID).split(betaProjectId).join(BETA_ID);
  const storageGrantsOf = (principalId: string) => assignments.filter((a) => a.principal_id === principalId && a.scope === storage);

  test('no role assignment on the hub storage to a project identity or project member lacks a condition', () => {
    const projectSide = assignments.filter((a) => a.scope === storage && a.principal_id !== hubIdentity);
    expect(projectSide).toHaveLength(5); // two project identities, two developer groups, one reader group
    for (const a of projectSide) {
      expect(a.condition_version).toBe('2.0');
      expect(a.condition).toEqual(expect.any(String));
    }
  });

  const projectBlobRole = refTo(json, 'azurerm_role_definition', 'Hub/ProjectBlobDataRole', 'role_definition_resource_id');

  test('each project identity gets the hub\'s project blob role, limited to its own project_id', () => {
    for (const [path, own, other] of [['Alpha/Project', alphaProjectId, betaProjectId], ['Beta/Project', betaProjectId, alphaProjectId]]) {
      const [grant] = storageGrantsOf(refTo(json, 'azurerm_ai_foundry_project', path, 'identity[0].principal_id'));
      expect(grant.role_definition_id).toBe(projectBlobRole);
      expect(grant.condition).toContain(`StringStartsWithIgnoreCase '${own}'`);
      expect(grant.condition).not.toContain(other);
    }
  });

  test('a developer of project A can use every blob action in A\'s containers and none in B\'s', () => {
    const grants = storageGrantsOf(ALPHA_MEMBERS.principalId);
    expect(grants.map((g) => g.role_definition_id)).toEqual([projectBlobRole]);
    const condition = concrete(grants[0].condition);
    for (const action of BLOB_ACTIONS) {
      for (const suffix of ['azureml', 'azureml-blobstore', 'datasets']) { // the blob containers; -code is a file share (below)
        expect([action, suffix, conditionAllows(condition, action, `${ALPHA_ID}-${suffix}`)]).toEqual([action, suffix, true]);
        expect([action, suffix, conditionAllows(condition, action, `${BETA_ID}-${suffix}`)]).toEqual([action, suffix, false]);
      }
    }
  });

  test('a principal granted on project A has no other storage or broader role that would reach B\'s blobs', () => {
    const all = assignments.filter((a) => a.principal_id === ALPHA_MEMBERS.principalId);
    const alphaProject = refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'id');
    const alphaShare = `${storage}/fileServices/default/fileshares/${alphaProjectId}-code`;
    expect(all.map((a) => a.scope).sort()).toEqual([alphaProject, storage, alphaShare].sort());
    expect(all.find((a) => a.scope === alphaProject)!.condition).toBeUndefined();
    expect(roleGuidOf(all.find((a) => a.scope === alphaProject)!)).toBe(pinnedRoleId('Azure AI Developer'));
  });

  test('file access (no ABAC on Azure Files) is scoped to the project\'s own share, never the account', () => {
    const fileRoles = [pinnedRoleId('Storage File Data Privileged Contributor'), pinnedRoleId('Storage File Data Privileged Reader')];
    const projectSide = assignments.filter((a) => fileRoles.includes(roleGuidOf(a)) && a.principal_id !== hubIdentity);
    expect(projectSide.map((a) => `${a.principal_id} ${a.scope}`).sort()).toEqual([
      `${ALPHA_MEMBERS.principalId} ${storage}/fileServices/default/fileshares/${alphaProjectId}-code`,
      `${ALPHA_READERS.principalId} ${storage}/fileServices/default/fileshares/${alphaProjectId}-code`,
      `${BETA_MEMBERS.principalId} ${storage}/fileServices/default/fileshares/${betaProjectId}-code`,
      `${refTo(json, 'azurerm_ai_foundry_project', 'Alpha/Project', 'identity[0].principal_id')} ${storage}/fileServices/default/fileshares/${alphaProjectId}-code`,
      `${refTo(json, 'azurerm_ai_foundry_project', 'Beta/Project', 'identity[0].principal_id')} ${storage}/fileServices/default/fileshares/${betaProjectId}-code`,
    ].sort());
    expect(roleGuidOf(projectSide.find((a) => a.principal_id === ALPHA_READERS.principalId)!)).toBe(pinnedRoleId('Storage File Data Privileged Reader'));
  });

  test('a reader of project A can read A\'s blobs only, and write nowhere', () => {
    const grants = storageGrantsOf(ALPHA_READERS.principalId);
    expect(grants.map(roleGuidOf)).toEqual([pinnedRoleId('Storage Blob Data Reader')]);
    const condition = concrete(grants[0].condition);
    expect(conditionAllows(condition, BLOB_ACTIONS[0], `${ALPHA_ID}-azureml-blobstore`)).toBe(true);
    expect(conditionAllows(condition, BLOB_ACTIONS[0], `${BETA_ID}-azureml-blobstore`)).toBe(false);
    const projectGrant = assignments.find((a) => a.principal_id === ALPHA_READERS.principalId && a.scope !== storage && !String(a.scope).includes('/fileshares/'))!;
    expect(roleGuidOf(projectGrant)).toBe(pinnedRoleId('Reader'));
  });

  test('project B\'s developers are limited to B', () => {
    const condition = concrete(storageGrantsOf(BETA_MEMBERS.principalId)[0].condition);
    expect(conditionAllows(condition, BLOB_ACTIONS[1], `${BETA_ID}-azureml`)).toBe(true);
    expect(conditionAllows(condition, BLOB_ACTIONS[1], `${ALPHA_ID}-azureml`)).toBe(false);
  });

  test('data containers carry the project prefix, so the same condition covers them', () => {
    const [[, container]] = resourcesOf(json, 'azurerm_storage_container');
    expect(container.name).toBe(`${alphaProjectId}-datasets`);
    expect(container.storage_account_id).toBe(storage);
    expect(container.container_access_type).toBe('private');
    expect(container.lifecycle).toEqual({ prevent_destroy: true });
  });
});
