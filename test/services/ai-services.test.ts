import { TerraformVariable } from 'cdktf';
import { AiServices, AiServicesProps } from '../../lib';
import { findAt, infosOf, onlyResource, resourceAt, resourcesOf, synth, warningsOf } from '../helpers';

const WORKSPACE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log';
const base: AiServicesProps = { name: 'ais-sales', location: 'swedencentral', resourceGroupName: 'rg-sales', diagnostics: { logAnalyticsWorkspaceId: WORKSPACE } };
const chat = { name: 'chat', model: { name: 'gpt-4o', version: '2024-11-20' }, sku: 'GlobalStandard', capacity: 10 } as const;
const servicesWith = (props: Partial<AiServicesProps>) => () => synth((s) => { new AiServices(s, 'Models', { ...base, ...props }); });

describe('AiServices', () => {
  test('an Entra-ID-only, private account with a system identity, a derived subdomain, diagnostics and destroy protection', () => {
    const { json, stack } = servicesWith({})();
    expect(onlyResource(json, 'azurerm_ai_services')).toMatchObject({
      name: 'ais-sales', sku_name: 'S0', local_authentication_enabled: false, public_network_access: 'Disabled',
      network_acls: { default_action: 'Deny', bypass: 'AzureServices' }, identity: { type: 'SystemAssigned' },
      custom_subdomain_name: expect.stringMatching(/^ais-sales-[0-9a-f]{6}$/), lifecycle: { prevent_destroy: true },
    });
    expect(onlyResource(json, 'azurerm_monitor_diagnostic_setting')).toMatchObject({ log_analytics_workspace_id: WORKSPACE, enabled_log: [{ category_group: 'allLogs' }] });
    expect(warningsOf(stack)).toEqual([]);
    expect(infosOf(stack)).toEqual([expect.stringContaining('the service is private and has no `privateEndpoint`')]);
  });

  test('local authentication and public access are explicit opt-ins that warn', () => {
    const { json, stack } = servicesWith({ localAuthenticationEnabled: true, publicNetworkAccess: 'Enabled' })();
    expect(onlyResource(json, 'azurerm_ai_services')).toMatchObject({ local_authentication_enabled: true, public_network_access: 'Enabled', network_acls: { default_action: 'Allow' } });
    expect(warningsOf(stack)).toEqual([
      expect.stringContaining('publicNetworkAccess is "Enabled"'),
      expect.stringContaining('localAuthenticationEnabled is true: API keys reach the account without Entra ID'),
    ]);
  });

  /** The AzAPI RAI policies (content filters) of a stack, as [Terraform name, block]. */
  const raiPolicies = (json: ReturnType<typeof synth>['json']) => resourcesOf(json, 'azapi_resource').filter(([, r]) => String(r.type) === 'Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01');

  test('every deployment references a content filter: the strict preset unless it names another', () => {
    const { json } = servicesWith({
      deployments: [chat, { ...chat, name: 'chat-lenient', contentFilter: 'lenient' }],
      contentFilters: [{ name: 'lenient', prompt: { Hate: { threshold: 'Medium' } } }],
    })();
    const deployments = resourcesOf(json, 'azurerm_cognitive_deployment').map(([, d]) => d);
    expect(deployments.map((d) => d.rai_policy_name).sort()).toEqual(['lenient', 'strict']);
    const policies = raiPolicies(json).map(([name, p]) => [name, p.name]);
    for (const deployment of deployments) {
      const policy = policies.find(([, name]) => name === deployment.rai_policy_name)!;
      expect(deployment.depends_on).toContain(`azapi_resource.${policy[0]}`);
    }
  });

  test('the strict preset acts from the lowest severity and blocks, in every category, on prompts and completions, with every shield on', () => {
    const { json } = servicesWith({ deployments: [chat] })();
    const policy = resourceAt(json, 'azapi_resource', 'Models/ContentFilter-strict');
    expect(policy.body.properties.basePolicyName).toBe('Microsoft.DefaultV2');
    // Names as the API spells them (ListRaiContentFilters.json, 2024-10-01 and 2025-06-01
    // examples): "Selfharm", not "SelfHarm"; shields carry no severity (isMultiLevelFilter false).
    const harm = (source: string) => ['Hate', 'Sexual', 'Violence', 'Selfharm'].map((name) => ({ name, enabled: true, blocking: true, source, severityThreshold: 'Low' }));
    expect(policy.body.properties.contentFilters).toEqual([
      ...harm('Prompt'),
      ...harm('Completion'),
      { name: 'Jailbreak', enabled: true, blocking: true, source: 'Prompt' },
      { name: 'Indirect Attack', enabled: true, blocking: true, source: 'Prompt' },
      { name: 'Protected Material Text', enabled: true, blocking: true, source: 'Completion' },
      { name: 'Protected Material Code', enabled: true, blocking: true, source: 'Completion' },
    ]);
    expect(policy.body.properties.customBlocklists).toBeUndefined();
  });

  test('a filter without blocklists moves from the azurerm resource earlier versions created, so upgrading keeps it', () => {
    const { json } = servicesWith({ deployments: [chat], contentFilters: [{ name: 'branded', blocklists: [{ name: 'competitors', terms: ['contoso'] }] }] })();
    const [strict] = findAt(json, 'azapi_resource', 'Models/ContentFilter-strict');
    const [branded] = findAt(json, 'azapi_resource', 'Models/ContentFilter-branded');
    expect(json.moved).toEqual([
      { from: `azurerm_cognitive_account_rai_policy.${strict}`, to: `azapi_resource.${strict}` },
    ]);
    expect(branded).not.toBe(strict);
    expect(resourcesOf(json, 'azurerm_cognitive_account_rai_policy')).toEqual([]);
  });

  test('a filter weaker than the strict preset warns, naming what it weakens', () => {
    const { stack } = servicesWith({ contentFilters: [{ name: 'lenient', completion: { Violence: { threshold: 'High', blocking: false } }, jailbreak: false }] })();
    expect(warningsOf(stack)).toEqual(['[weak-content-filter] AiServices "test/Models": content filter "lenient" is weaker than the strict preset: Violence in completions is only annotated, not blocked; Violence in completions is acted on from High severity only; jailbreak attempts are not blocked.']);
  });

  test('a filter with blocklists is created through AzAPI, with its items, and attaches them to prompts and completions', () => {
    const { json } = servicesWith({
      deployments: [{ ...chat, contentFilter: 'branded' }],
      contentFilters: [{ name: 'branded', blocklists: [{ name: 'competitors', terms: ['contoso'], patterns: ['fabrikam\\w*'] }, { name: 'internal', terms: ['project-x'], appliesTo: 'Completion' }] }],
    })();
    expect(resourcesOf(json, 'azurerm_cognitive_account_rai_policy')).toEqual([]);
    const azapi = resourcesOf(json, 'azapi_resource');
    const policy = azapi.find(([, r]) => String(r.type).startsWith('Microsoft.CognitiveServices/accounts/raiPolicies@'))!;
    expect(policy[1]).toMatchObject({ name: 'branded', parent_id: expect.stringContaining('azurerm_ai_services.') });
    expect(policy[1].body.properties.customBlocklists).toEqual([
      { blocklistName: 'competitors', blocking: true, source: 'Prompt' },
      { blocklistName: 'competitors', blocking: true, source: 'Completion' },
      { blocklistName: 'internal', blocking: true, source: 'Completion' },
    ]);
    const filters = policy[1].body.properties.contentFilters as Array<Record<string, unknown>>;
    expect(filters.filter((f) => f.name === 'Hate')).toEqual([
      { name: 'Hate', enabled: true, blocking: true, source: 'Prompt', severityThreshold: 'Low' },
      { name: 'Hate', enabled: true, blocking: true, source: 'Completion', severityThreshold: 'Low' },
    ]);
    expect(filters.find((f) => f.name === 'Jailbreak')).toEqual({ name: 'Jailbreak', enabled: true, blocking: true, source: 'Prompt' });
    const items = azapi.filter(([, r]) => String(r.type).includes('/raiBlocklistItems@')).map(([, r]) => r.body.properties);
    expect(items).toEqual(expect.arrayContaining([{ pattern: 'contoso', isRegex: false }, { pattern: 'fabrikam\\w*', isRegex: true }, { pattern: 'project-x', isRegex: false }]));
    expect(items).toHaveLength(3);
    expect(policy[1].depends_on).toHaveLength(3);
    expect(resourcesOf(json, 'azurerm_cognitive_deployment')[0][1].depends_on).toEqual([`azapi_resource.${policy[0]}`]);
  });

  test('deployments are created one at a time and keep their version until it is retired', () => {
    const { json } = servicesWith({ deployments: [chat, { ...chat, name: 'second' }] })();
    const [first] = resourcesOf(json, 'azurerm_cognitive_deployment').filter(([, d]) => d.name === 'chat');
    const second = resourcesOf(json, 'azurerm_cognitive_deployment').find(([, d]) => d.name === 'second')![1];
    expect(second.depends_on).toContain(`azurerm_cognitive_deployment.${first[0]}`);
    expect(second).toMatchObject({ version_upgrade_option: 'OnceCurrentVersionExpired', sku: { name: 'GlobalStandard', capacity: 10 }, model: { format: 'OpenAI', name: 'gpt-4o' } });
  });

  test.each([
    [{ name: 'ais_sales' }, 'AI Services account name "ais_sales" must use letters, digits and hyphens'],
    [{ customSubdomainName: 'Sales' }, 'AI Services custom subdomain "Sales" must use lowercase letters, digits and hyphens'],
    [{ deployments: [chat, chat] }, 'deployment "chat": the name is used by two deployments'],
    [{ deployments: [{ ...chat, capacity: 0 }] }, 'deployment "chat": capacity 0 must be a positive whole number of thousand tokens per minute.'],
    [{ deployments: [{ ...chat, capacity: 1.5 }] }, 'deployment "chat": capacity 1.5 must be a positive whole number'],
    [{ deployments: [{ ...chat, sku: 'GlobalProvisionedManaged', capacity: 12 }] }, 'deployment "chat": capacity 12 does not fit GlobalProvisionedManaged, which takes at least 15 provisioned throughput units in steps of 5; use 15.'],
    [{ deployments: [{ ...chat, sku: 'GlobalProvisionedManaged', capacity: 17 }] }, 'capacity 17 does not fit GlobalProvisionedManaged, which takes at least 15 provisioned throughput units in steps of 5; use 20.'],
    [{ deployments: [{ ...chat, sku: 'Premium' }] }, 'deployments[0].sku is the string "Premium", which is not one of "Standard", "GlobalStandard"'],
    [{ deployments: [{ ...chat, name: 'chat bot' }] }, 'deployment "chat bot": the name must be 1-64 letters'],
    [{ deployments: [{ ...chat, contentFilter: 'missing' }] }, 'deployment "chat": contentFilter "missing" is not one of the account\'s content filters (strict); add it to contentFilters or use one of those.'],
    [{ contentFilters: [{ name: 'strict' }] }, 'content filter "strict": the name is used by two filters; rename one.'],
    [{ contentFilters: [{ name: 'Microsoft.Custom' }] }, 'content filter "Microsoft.Custom": names starting with "Microsoft." belong to Microsoft\'s built-in policies'],
    [{ contentFilters: [{ name: 'x', prompt: { Profanity: {} } }] }, '"Profanity" in contentFilters[0].prompt is not a known prop, so its value would be ignored; the known props are Hate, Sexual, Violence, SelfHarm.'],
    [{ contentFilters: [{ name: 'x', prompt: { Hate: { threshold: 'Off' } } }] }, 'contentFilters[0].prompt.Hate.threshold is the string "Off", which is not one of "Low", "Medium", "High".'],
    [{ contentFilters: [{ name: 'x', blocklists: [{ name: 'empty' }] }] }, 'content filter "x": blocklist "empty": it has no terms or patterns, so it blocks nothing; add some or remove the list.'],
    [{ contentFilters: [{ name: 'x', blocklists: [{ name: 'bad', patterns: ['(unclosed'] }] }] }, 'content filter "x": blocklist "bad": pattern "(unclosed" is not a valid regular expression.'],
    [{ contentFilters: [{ name: 'x', blocklists: [{ name: 'l', terms: ['a'] }] }, { name: 'y', blocklists: [{ name: 'l', terms: ['b'] }] }] }, 'content filter "y": blocklist "l": the name is used twice in the account; rename one.'],
    [{ contentFilters: [{ name: 'x', blocklists: [{ name: 'bad name', terms: ['a'] }] }] }, 'content filter "x": blocklist "bad name": the name must be 1-64 letters'],
    [{ diagnostics: {} }, 'diagnostics has no logAnalyticsWorkspaceId; pass one (for example `hub.logAnalyticsWorkspaceId`), or `{ enabled: false }` to go without logs.'],
    [{ diagnostics: undefined }, 'diagnostics has no logAnalyticsWorkspaceId; pass one (for example `hub.logAnalyticsWorkspaceId`), or `{ enabled: false }` to go without logs.'],
    [{ diagnostics: { logAnalyticsWorkspaceId: 'log-sales' } }, 'diagnostics.logAnalyticsWorkspaceId "log-sales" is not a resource id of type Microsoft.OperationalInsights/workspaces'],
  ])('fails on %j', (props, message) => {
    const build = servicesWith(props as unknown as Partial<AiServicesProps>);
    expect(build).toThrow(/^AiServices "test\/Models": /);
    expect(build).toThrow(message);
  });

  test('fails when names that become addresses or subdomains are Terraform expressions', () => {
    expect(() => synth((s) => {
      const name = new TerraformVariable(s, 'name', { type: 'string' }).stringValue;
      new AiServices(s, 'Models', { ...base, name, deployments: [{ ...chat, name }], contentFilters: [{ name }] });
    })).toThrow(/deployments\[0\]\.name is a Terraform token, but it must be a plain string known at synth time[\s\S]*contentFilters\[0\]\.name is a Terraform token/);
    expect(() => synth((s) => {
      const name = new TerraformVariable(s, 'name', { type: 'string' }).stringValue;
      new AiServices(s, 'Models', { ...base, name });
    })).toThrow('no custom subdomain can be derived from it; pass `customSubdomainName`');
  });

  test('a lock covers the account, created after everything else of the construct', () => {
    const { json } = servicesWith({ lock: { level: 'CanNotDelete' }, deployments: [chat] })();
    const lock = onlyResource(json, 'azurerm_management_lock');
    expect(lock).toMatchObject({ lock_level: 'CanNotDelete', scope: expect.stringContaining('azurerm_ai_services.') });
    expect(lock.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^azurerm_cognitive_deployment\./), expect.stringMatching(/^azurerm_ai_services\./)]));
  });

  test('diagnostics can be turned off explicitly, with a warning; so can destroy protection', () => {
    const { json, stack } = servicesWith({ diagnostics: { enabled: false }, preventDestroy: false })();
    expect(resourcesOf(json, 'azurerm_monitor_diagnostic_setting')).toEqual([]);
    expect(onlyResource(json, 'azurerm_ai_services').lifecycle).toBeUndefined();
    expect(warningsOf(stack)).toEqual([expect.stringContaining('preventDestroy is false'), expect.stringContaining('diagnostics are disabled')]);
  });
});
