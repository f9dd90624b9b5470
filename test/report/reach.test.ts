import {
  accessOf, connection, containerCondition, CONTRIBUTOR_BLOB_ACTIONS, findingsOf, grant, HUB, HUB_IDENTITY, hubStack, project, reportOf, ROLE,
  roleId, STORAGE,
} from './fixtures';

const A = project('a');
const B = project('b');
const SBDC_WRITE = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write';

describe('blob data on the hub storage', () => {
  test('a grant conditioned on its own project reaches that project\'s containers; container create/delete still reaches every project', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: { a_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_CONTRIBUTOR, A.identity, containerCondition(CONTRIBUTOR_BLOB_ACTIONS, A.projectId)) },
    }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      'storage account `sthub` (hub hub-main) | all blob containers: create, delete (control plane: no ABAC condition limits it) | every project of hub-main | Storage Blob Data Contributor',
      'storage account `sthub` (hub hub-main) | blob containers: read, write, delete | project proj-a | Storage Blob Data Contributor',
    ]);
    // Storage Blob Data Contributor's containers/delete Action is not limited by the condition.
    expect(findingsOf(report)).toEqual([
      'proj-a identity: every project of hub-main: all blob containers: create, delete (control plane: no ABAC condition limits it) (Storage Blob Data Contributor)',
    ]);
  });

  test('a conditioned data-only role (no container operations) on the own project is no finding', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: { a_read: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, A.identity, containerCondition([`${'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'}/read`], A.projectId)) },
    }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      'storage account `sthub` (hub hub-main) | blob containers: read | project proj-a | Storage Blob Data Reader',
    ]);
    expect(findingsOf(report)).toEqual([]);
  });

  test('an unconditioned Storage Blob Data Contributor on the hub storage reaches every project\'s blobs', () => {
    const report = reportOf(hubStack({ projects: ['a', 'b'], assignments: { a_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_CONTRIBUTOR, A.identity) } }));
    expect(findingsOf(report)).toEqual([
      'proj-a identity: every project of hub-main: all blob containers: create, delete (control plane: no ABAC condition limits it) (Storage Blob Data Contributor)',
      'proj-a identity: every project of hub-main: blob containers: read, write, delete (Storage Blob Data Contributor)',
    ]);
  });

  test('an action the condition leaves out reaches every project\'s containers', () => {
    const withoutWrite = CONTRIBUTOR_BLOB_ACTIONS.filter((action) => action !== SBDC_WRITE);
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: { a_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_CONTRIBUTOR, A.identity, containerCondition(withoutWrite, A.projectId)) },
    }));
    expect(accessOf(report, 'proj-a identity')).toContain(
      'storage account `sthub` (hub hub-main) | blob containers: write (the condition does not list these actions) | every project of hub-main | Storage Blob Data Contributor',
    );
    expect(accessOf(report, 'proj-a identity')).toContain(
      'storage account `sthub` (hub hub-main) | blob containers: read, write, delete | project proj-a | Storage Blob Data Contributor',
    );
  });

  test('Storage Blob Data Owner\'s wildcard has more blob actions than the five a condition lists: those reach every project', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: { a_owner: grant(STORAGE, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', A.identity, containerCondition(CONTRIBUTOR_BLOB_ACTIONS, A.projectId)) },
    }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      'storage account `sthub` (hub hub-main) | all blob containers: create, delete (control plane: no ABAC condition limits it) | every project of hub-main | Storage Blob Data Owner',
      'storage account `sthub` (hub hub-main) | blob containers: delete, tags, change permissions (the condition does not list these actions) | every project of hub-main | Storage Blob Data Owner',
      'storage account `sthub` (hub hub-main) | blob containers: read, write, delete | project proj-a | Storage Blob Data Owner',
    ]);
  });

  test('a condition on another project\'s prefix is a finding; one the report cannot read counts as not limiting', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: {
        a_reads_b: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, A.identity, containerCondition([`${'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'}/read`], B.projectId)),
        b_odd: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, B.identity, "@Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringLike 'x*'"),
      },
    }));
    expect(findingsOf(report)).toEqual([
      'proj-a identity: project proj-b: blob containers: read (Storage Blob Data Reader)',
      'proj-b identity: every project of hub-main: blob containers: read (condition not recognised: treated as not limiting) (Storage Blob Data Reader)',
    ]);
  });

  test('a literal prefix is not a project id: it limits nothing the report can vouch for', () => {
    const report = reportOf(hubStack({
      projects: ['a'],
      assignments: { a_blob: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, A.identity, containerCondition([`${'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'}/read`], 'a')) },
    }));
    expect(findingsOf(report)).toEqual([
      "proj-a identity: every project of hub-main: blob containers: read (condition prefix 'a' is not a project's project_id) (Storage Blob Data Reader)",
    ]);
  });
});

describe('file shares', () => {
  test('a file role at account scope reaches every project\'s share; at the share scope only that project\'s', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: {
        a_files: grant(STORAGE, ROLE.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR, A.identity),
        b_files: grant(`${STORAGE}/fileServices/default/fileshares/${B.projectId}-code`, ROLE.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR, B.identity),
      },
    }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      'storage account `sthub` (hub hub-main) | all file shares: read, write, delete, change permissions | every project of hub-main | Storage File Data Privileged Contributor',
    ]);
    expect(accessOf(report, 'proj-b identity')).toEqual([
      'storage account `sthub` (hub hub-main) | file share `<proj-b id>-code`: read, write, delete, change permissions | project proj-b | Storage File Data Privileged Contributor',
    ]);
    expect(findingsOf(report)).toEqual([
      'proj-a identity: every project of hub-main: all file shares: read, write, delete, change permissions (Storage File Data Privileged Contributor)',
    ]);
    expect(report.principals.find((p) => p.principal.label === 'proj-b identity')!.reach[0].scope)
      .toBe('azurerm_storage_account.storage/fileServices/default/fileshares/<proj-b id>-code');
  });
});

describe('project membership', () => {
  test('a member of two projects reaches both projects\' data without a finding, and a third project\'s is one', () => {
    const team = '${var.team_group_id}';
    const C = project('c');
    const report = reportOf(hubStack({
      projects: ['a', 'b', 'c'],
      assignments: {
        team_dev_a: grant(A.id, ROLE.AZURE_AI_DEVELOPER, team),
        team_reader_b: grant(B.id, ROLE.READER, team),
        team_blob_a: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, team, containerCondition([`${'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'}/read`], A.projectId)),
        team_blob_b: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, team, containerCondition([`${'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'}/read`], B.projectId)),
        team_blob_c: grant(STORAGE, ROLE.STORAGE_BLOB_DATA_READER, team, containerCondition([`${'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'}/read`], C.projectId)),
      },
    }));
    const principal = report.principals.find((p) => p.principal.label === 'var.team_group_id')!.principal;
    expect([principal.kind, principal.description]).toEqual(['project-member', 'member of proj-a, proj-b']);
    expect(accessOf(report, 'var.team_group_id')).toEqual([
      'project `proj-a` | read, build and run (jobs, data, deployments), connection secrets | project proj-a | Azure AI Developer',
      'project `proj-b` | read | project proj-b | Reader',
      'storage account `sthub` (hub hub-main) | blob containers: read | project proj-a | Storage Blob Data Reader',
      'storage account `sthub` (hub hub-main) | blob containers: read | project proj-b | Storage Blob Data Reader',
      'storage account `sthub` (hub hub-main) | blob containers: read | project proj-c | Storage Blob Data Reader',
    ]);
    expect(findingsOf(report)).toEqual(['var.team_group_id: project proj-c: blob containers: read (Storage Blob Data Reader)']);
  });

  test('a role on the resource group reaches every project in it, which is a finding for a project principal', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: { a_dev_rg: grant('${azurerm_resource_group.rg.id}', ROLE.AZURE_AI_DEVELOPER, A.identity) },
    }));
    expect(findingsOf(report)).toEqual([
      'proj-a identity: project proj-b: read, build and run (jobs, data, deployments), connection secrets (Azure AI Developer)',
    ]);
    // The hub, the storage and the key vault are in the group too; Azure AI Developer has no data there.
    expect(accessOf(report, 'proj-a identity')).toContain('hub `hub-main` | read, build and run (jobs, data, deployments), connection secrets | shared by proj-a, proj-b | Azure AI Developer');
  });
});

describe('scopes', () => {
  test('a subscription written with an expression covers the hub storage; a path below the resource group finds the declared account', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      assignments: {
        a_sub: grant('/subscriptions/${data.azurerm_client_config.current.subscription_id}', ROLE.STORAGE_BLOB_DATA_READER, A.identity),
        b_path: grant('${azurerm_resource_group.rg.id}/providers/Microsoft.Storage/storageAccounts/sthub', ROLE.STORAGE_BLOB_DATA_READER, B.identity),
      },
    }));
    expect(findingsOf(report)).toEqual([
      'proj-a identity: every project of hub-main: blob containers: read (Storage Blob Data Reader)',
      'proj-b identity: every project of hub-main: blob containers: read (Storage Blob Data Reader)',
    ]);
    expect(accessOf(report, 'proj-a identity')).toContain('key vault `kv-main` (hub hub-main) | no data access | no project | Storage Blob Data Reader');
  });

  test('a storage account no hub uses holds no project data', () => {
    const other = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stother';
    const report = reportOf(hubStack({ projects: ['a'], assignments: { a_other: grant(other, ROLE.STORAGE_BLOB_DATA_READER, A.identity) } }));
    expect(accessOf(report, 'proj-a identity')).toEqual(['storage account `stother` | all blob containers: read | no project | Storage Blob Data Reader']);
    expect(findingsOf(report)).toEqual([]);
  });

  test('a literal resource group holds only the resources the stack places in it', () => {
    const group = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/RG-MAIN';
    const report = reportOf(hubStack({ projects: ['a'], assignments: { a_rg: grant(group, ROLE.READER, A.identity), a_other_rg: grant(`${group}-x`, ROLE.READER, A.identity) } }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      'hub `hub-main` | read | shared by proj-a | Reader',
      'key vault `kv-main` (hub hub-main) | no data access | no project | Reader',
      'project `proj-a` | read | project proj-a | Reader',
      'resource group `RG-MAIN-x` | no resources of this stack inside | no project | Reader',
      'storage account `sthub` (hub hub-main) | no data access | no project | Reader',
    ]);
  });
});

describe('connected services', () => {
  const searches = {
    azurerm_search_service: { shared: { name: 'srch-shared' }, only_b: { name: 'srch-b' } },
    azapi_resource: {
      hub_conn: connection(HUB, '${azurerm_search_service.shared.id}'),
      b_conn: connection(B.id, '${azurerm_search_service.only_b.id}'),
    },
  };

  test('a hub-shared search is shared (no finding); a project-only search of another project is a finding', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      resources: searches,
      assignments: {
        a_shared: grant('${azurerm_search_service.shared.id}', ROLE.SEARCH_INDEX_DATA_READER, A.identity),
        a_other: grant('${azurerm_search_service.only_b.id}', ROLE.SEARCH_INDEX_DATA_READER, A.identity),
        b_own: grant('${azurerm_search_service.only_b.id}', ROLE.SEARCH_INDEX_DATA_READER, B.identity),
      },
    }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      'AI Search `srch-b` | index read | project proj-b | Search Index Data Reader',
      'AI Search `srch-shared` | index read | shared by proj-a, proj-b | Search Index Data Reader',
    ]);
    expect(findingsOf(report)).toEqual(['proj-a identity: project proj-b: index read (Search Index Data Reader)']);
  });

  test('an index scope limits to that index, and leaves out service-wide keys', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      resources: searches,
      assignments: { b_index: grant('${azurerm_search_service.only_b.id}/indexes/manuals', ROLE.CONTRIBUTOR, B.identity) },
    }));
    expect(accessOf(report, 'proj-b identity')).toEqual([
      'AI Search `srch-b` | index `manuals`: create and delete indexes | project proj-b | Contributor',
    ]);
  });

  test('listing keys on a project-only AI Services account of another project is a finding', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      resources: {
        azurerm_ai_services: { models_b: { name: 'ais-b' } },
        azapi_resource: { b_conn: connection(B.id, '${azurerm_ai_services.models_b.id}') },
      },
      assignments: { a_user: grant('${azurerm_ai_services.models_b.id}', ROLE.COGNITIVE_SERVICES_USER, A.identity) },
    }));
    expect(findingsOf(report)).toEqual(['proj-a identity: project proj-b: all data actions, account keys (Cognitive Services User)']);
  });
});

describe('roles', () => {
  test('a custom role from azurerm_role_definition is evaluated from its permissions', () => {
    const report = reportOf(hubStack({
      projects: ['a', 'b'],
      resources: {
        azurerm_role_definition: {
          blob_data: {
            name: 'AI project blob data (hub-main)',
            scope: '/subscriptions/00000000-0000-0000-0000-000000000000',
            permissions: [{
              actions: ['Microsoft.Storage/storageAccounts/blobServices/containers/read'],
              data_actions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*'],
              not_data_actions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/*',
                'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/deleteBlobVersion/action',
                'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/permanentDelete/action',
                'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/manageOwnership/action',
                'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/modifyPermissions/action',
                'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/immutableStorage/runAsSuperUser/action'],
            }],
          },
        },
      },
      assignments: {
        a_custom: {
          ...grant(STORAGE, ROLE.READER, A.identity, containerCondition(CONTRIBUTOR_BLOB_ACTIONS, A.projectId)),
          role_definition_id: '${azurerm_role_definition.blob_data.role_definition_resource_id}',
        },
      },
    }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      'storage account `sthub` (hub hub-main) | blob containers: read, write, delete | project proj-a | AI project blob data (hub-main) (custom role)',
    ]);
    expect(findingsOf(report)).toEqual([]);
  });

  test('an unknown role is not evaluated; on the hub storage it counts as reaching every project', () => {
    const unknown = '11111111-2222-3333-4444-555555555555';
    const report = reportOf(hubStack({
      projects: ['a'],
      assignments: { a_unknown: grant(STORAGE, unknown, A.identity), hub_unknown: grant('${azurerm_key_vault.vault.id}', unknown, HUB_IDENTITY) },
    }));
    expect(accessOf(report, 'proj-a identity')).toEqual([
      `storage account \`sthub\` (hub hub-main) | not evaluated (unknown role): counted as possibly reaching everything in scope | every project of hub-main | unknown role ${unknown}`,
    ]);
    expect(findingsOf(report)).toEqual([
      `proj-a identity: every project of hub-main: not evaluated (unknown role): counted as possibly reaching everything in scope (unknown role ${unknown})`,
    ]);
  });

  test('Contributor on the hub storage lists its keys: every project\'s data (reported for the hub identity, not a finding)', () => {
    const report = reportOf(hubStack({ projects: ['a'], assignments: { hub_contributor: grant(STORAGE, ROLE.CONTRIBUTOR, HUB_IDENTITY) } }));
    expect(accessOf(report, 'hub-main identity')).toContain(
      'storage account `sthub` (hub hub-main) | account keys (every blob and file, past any condition) | every project of hub-main | Contributor',
    );
    expect(findingsOf(report)).toEqual([]);
  });
});

describe('odd input', () => {
  test('assignments with missing or non-string fields are skipped with a note, not a TypeError', () => {
    const json = hubStack({
      projects: ['a'],
      assignments: {
        numeric_principal: { scope: STORAGE, role_definition_id: roleId(ROLE.READER), principal_id: 42 },
        no_scope: { role_definition_id: roleId(ROLE.READER), principal_id: A.identity },
        not_an_object: 'x' as unknown as Record<string, unknown>,
        by_name: {
          scope: A.id, role_definition_name: 'Reader', principal_id: '00000000-1111-2222-3333-444444444444', principal_type: 'User',
          '//': { metadata: { path: 'fixture/Hub/A/Grant-Reader-alice' } },
        },
      },
    });
    const report = reportOf(json);
    expect(report.model.notes).toEqual([
      'azurerm_role_assignment.no_scope skipped: scope missing or not a string',
      'azurerm_role_assignment.not_an_object skipped: not an object',
      'azurerm_role_assignment.numeric_principal skipped: principal_id missing or not a string',
    ]);
    expect(accessOf(report, '00000000-1111-2222-3333-444444444444 (User)')).toEqual(['project `proj-a` | read | project proj-a | Reader']);
    expect(report.principals.map(({ principal }) => principal.description)).toEqual(['member of proj-a; granted in fixture/Hub/A']);
  });

  test('an empty object, and resources of the wrong shape, give an empty report', () => {
    expect(reportOf({}).principals).toEqual([]);
    expect(reportOf({ resource: { azurerm_ai_foundry_project: [], azurerm_role_assignment: null } }).principals).toEqual([]);
  });

  test('a file that is not a JSON object is rejected', () => {
    expect(() => reportOf([1, 2])).toThrow('the file is not a Terraform JSON object (expected a synthesized cdk.tf.json)');
  });
});
