import { AnnotationMetadataEntryType, Aspects, Testing, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { acknowledge, Acknowledgement, WARNINGS, warn } from '../../lib/core/warnings';

// Like warningsOf/infosOf in test/helpers.ts, kept local so that this unit test loads only
// lib/core/warnings.ts (test/helpers.ts loads the whole library).
const annotationsOf = (root: IConstruct, type: AnnotationMetadataEntryType) =>
  root.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === type).map((m) => String(m.data)));
const warningsOf = (root: IConstruct) => annotationsOf(root, AnnotationMetadataEntryType.WARN);
const infosOf = (root: IConstruct) => annotationsOf(root, AnnotationMetadataEntryType.INFO);

const PUBLIC = 'publicNetworkAccess is "Enabled"; use "Disabled" with private endpoints.';
const OUTBOUND = 'managedNetworkIsolationMode is "AllowInternetOutbound"; use "AllowOnlyApprovedOutbound".';

/** A stack "test" with a construct "Hub" in it, in a fresh app. */
function fixture(): { stack: TerraformStack; hub: Construct } {
  const stack = new TerraformStack(Testing.app(), 'test');
  return { stack, hub: new Construct(stack, 'Hub') };
}

/** The annotations of a stack after one synth. */
function annotations(stack: TerraformStack): { warnings: string[]; infos: string[] } {
  Testing.synth(stack);
  return { warnings: warningsOf(stack), infos: infosOf(stack) };
}

describe('WARNINGS', () => {
  test('ids are kebab-case and summaries are one line', () => {
    for (const [id, summary] of Object.entries(WARNINGS)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(summary).not.toMatch(/\n/);
      expect(summary.length).toBeGreaterThan(0);
    }
    expect(Object.keys(WARNINGS)).toEqual(expect.arrayContaining(['public-network-access', 'broad-outbound-rule', 'unused-acknowledgement']));
  });
});

describe('warn', () => {
  test('emits a warning with the id prefix at synth time, not before', () => {
    const { stack, hub } = fixture();
    warn(hub, 'AiHub', 'public-network-access', PUBLIC);
    expect(warningsOf(stack)).toEqual([]);
    expect(annotations(stack)).toEqual({ warnings: [`[public-network-access] AiHub "test/Hub": ${PUBLIC}`], infos: [] });
  });

  test('registers one aspect per stack however many warnings it emits', () => {
    const { stack, hub } = fixture();
    const before = Aspects.of(stack).all.length;
    warn(hub, 'AiHub', 'public-network-access', PUBLIC);
    warn(hub, 'AiHub', 'open-outbound', OUTBOUND);
    acknowledge(hub, { id: 'open-outbound', reason: 'Sandbox.' });
    expect(Aspects.of(stack).all.length).toBe(before + 1);
  });

  test('fails outside a stack', () => {
    const app = Testing.app();
    expect(() => warn(new Construct(app, 'Loose'), 'AiHub', 'public-network-access', PUBLIC)).toThrow(
      'AiHub "Loose": is not inside a TerraformStack, so its warning "public-network-access" cannot be resolved; create it inside a stack.',
    );
  });

  test('fails on an id that is not in WARNINGS', () => {
    const { hub } = fixture();
    expect(() => warn(hub, 'AiHub', 'made-up' as never, PUBLIC)).toThrow('warning id "made-up" is not in WARNINGS');
  });
});

describe('acknowledge', () => {
  test('turns a warning into an info with the reason when made on the construct itself', () => {
    const { stack, hub } = fixture();
    warn(hub, 'AiHub', 'public-network-access', PUBLIC);
    acknowledge(hub, { id: 'public-network-access', reason: 'Development hub without customer data.' });
    expect(annotations(stack)).toEqual({
      warnings: [],
      infos: [`[public-network-access] acknowledged: Development hub without customer data. (AiHub "test/Hub": ${PUBLIC})`],
    });
  });

  test('counts when made on an ancestor (the stack)', () => {
    const { stack, hub } = fixture();
    warn(new Construct(hub, 'Storage'), 'AiHub', 'public-network-access', PUBLIC);
    acknowledge(stack, { id: 'public-network-access', reason: 'Whole dev stack is public.' });
    expect(annotations(stack)).toEqual({
      warnings: [],
      infos: [`[public-network-access] acknowledged: Whole dev stack is public. (AiHub "test/Hub/Storage": ${PUBLIC})`],
    });
  });

  test('counts when made before the warning is emitted too', () => {
    const { stack, hub } = fixture();
    acknowledge(stack, { id: 'public-network-access', reason: 'Dev.' });
    warn(hub, 'AiHub', 'public-network-access', PUBLIC);
    expect(annotations(stack).warnings).toEqual([]);
  });

  test('the nearest acknowledgement wins, and the shadowed one is not reported as unused', () => {
    const { stack, hub } = fixture();
    acknowledge(stack, { id: 'public-network-access', reason: 'Stack-wide reason.' });
    warn(new Construct(hub, 'Storage'), 'AiHub', 'public-network-access', PUBLIC);
    acknowledge(hub, { id: 'public-network-access', reason: 'Hub reason.' });
    expect(annotations(stack)).toEqual({
      warnings: [],
      infos: [`[public-network-access] acknowledged: Hub reason. (AiHub "test/Hub/Storage": ${PUBLIC})`],
    });
  });

  test('acknowledges only the warning with its id', () => {
    const { stack, hub } = fixture();
    warn(hub, 'AiHub', 'public-network-access', PUBLIC);
    warn(hub, 'AiHub', 'open-outbound', OUTBOUND);
    acknowledge(hub, { id: 'open-outbound', reason: 'Compute needs PyPI.' });
    expect(annotations(stack)).toEqual({
      warnings: [`[public-network-access] AiHub "test/Hub": ${PUBLIC}`],
      infos: [`[open-outbound] acknowledged: Compute needs PyPI. (AiHub "test/Hub": ${OUTBOUND})`],
    });
  });

  test('with appliesTo, covers only the warning about that one thing: one added later warns again', () => {
    const { stack, hub } = fixture();
    acknowledge(hub, { id: 'broad-outbound-rule', reason: 'the team mirrors PyPI through it', appliesTo: 'allow-pypi' });
    warn(hub, 'AiHub', 'broad-outbound-rule', 'outbound rule "allow-pypi" is broad.', 'allow-pypi');
    warn(hub, 'AiHub', 'broad-outbound-rule', 'outbound rule "allow-blob" is broad.', 'allow-blob');
    const { warnings, infos } = annotations(stack);
    expect(infos).toEqual(['[broad-outbound-rule] acknowledged: the team mirrors PyPI through it (AiHub "test/Hub": outbound rule "allow-pypi" is broad.)']);
    expect(warnings).toEqual(['[broad-outbound-rule] AiHub "test/Hub": outbound rule "allow-blob" is broad.']);
  });

  test('an appliesTo that names nothing the construct warns about is reported as unused', () => {
    const { stack, hub } = fixture();
    acknowledge(hub, { id: 'broad-outbound-rule', reason: 'old rule', appliesTo: 'allow-removed' });
    warn(hub, 'AiHub', 'broad-outbound-rule', 'outbound rule "allow-blob" is broad.', 'allow-blob');
    expect(annotations(stack).warnings).toEqual([
      '[broad-outbound-rule] AiHub "test/Hub": outbound rule "allow-blob" is broad.',
      expect.stringMatching(/^\[unused-acknowledgement\] Construct "test\/Hub": the acknowledgement of "broad-outbound-rule" for "allow-removed" \(old rule\)/),
    ]);
  });

  test('fails on an appliesTo that is not a non-empty string', () => {
    const { hub } = fixture();
    expect(() => acknowledge(hub, { id: 'broad-outbound-rule', reason: 'x', appliesTo: 42 as unknown as string })).toThrow('has appliesTo 42; give the name of the rule');
  });

  test('does not reach a sibling or another stack', () => {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    const b = new TerraformStack(app, 'b');
    warn(new Construct(a, 'Hub'), 'AiHub', 'public-network-access', PUBLIC);
    acknowledge(new Construct(a, 'Other'), { id: 'public-network-access', reason: 'Other.' });
    acknowledge(b, { id: 'public-network-access', reason: 'Stack b.' });
    Testing.synth(a);
    Testing.synth(b);
    expect(warningsOf(a)).toEqual([
      `[public-network-access] AiHub "a/Hub": ${PUBLIC}`,
      expect.stringMatching(/^\[unused-acknowledgement\] Construct "a\/Other": /),
    ]);
    expect(warningsOf(b)).toEqual([expect.stringMatching(/^\[unused-acknowledgement\] TerraformStack "b": /)]);
  });

  test('synthesizing several times gives one annotation per warning and per unused acknowledgement', () => {
    const { stack, hub } = fixture();
    warn(hub, 'AiHub', 'public-network-access', PUBLIC);
    warn(hub, 'AiHub', 'open-outbound', OUTBOUND);
    acknowledge(hub, { id: 'open-outbound', reason: 'Sandbox.' });
    acknowledge(stack, { id: 'no-diagnostics', reason: 'Stale.' });
    Testing.synth(stack);
    Testing.synthHcl(stack);
    Testing.synth(stack);
    expect(warningsOf(stack)).toHaveLength(2);
    expect(infosOf(stack)).toHaveLength(1);
  });

  test('reports an acknowledgement that matches no warning, once, on its construct', () => {
    const { stack, hub } = fixture();
    acknowledge(hub, { id: 'open-outbound', reason: 'Compute needs PyPI.' });
    expect(annotations(stack)).toEqual({
      warnings: [
        '[unused-acknowledgement] Construct "test/Hub": the acknowledgement of "open-outbound" (Compute needs PyPI.) matches no warning on this construct or below it; ' +
          'remove it, so that a warning it would hide later is not acknowledged unseen.',
      ],
      infos: [],
    });
  });

  test('gives the same annotations in the same order for the same input', () => {
    const build = () => {
      const { stack, hub } = fixture();
      const storage = new Construct(hub, 'Storage');
      warn(hub, 'AiHub', 'open-outbound', OUTBOUND);
      warn(storage, 'AiHub', 'public-network-access', PUBLIC);
      warn(hub, 'AiHub', 'public-network-access', PUBLIC);
      acknowledge(hub, { id: 'no-diagnostics', reason: 'Stale.' }, { id: 'open-outbound', reason: 'Sandbox.' });
      return annotations(stack);
    };
    const first = build();
    expect(build()).toEqual(first);
    expect(first.warnings).toEqual([
      `[public-network-access] AiHub "test/Hub": ${PUBLIC}`,
      expect.stringMatching(/^\[unused-acknowledgement\] Construct "test\/Hub": the acknowledgement of "no-diagnostics"/),
      `[public-network-access] AiHub "test/Hub/Storage": ${PUBLIC}`,
    ]);
  });

  describe('fails at once, naming the construct, and records nothing', () => {
    const attempt = (...entries: unknown[]) => {
      const { stack, hub } = fixture();
      warn(hub, 'AiHub', 'public-network-access', PUBLIC);
      let message = '';
      try {
        acknowledge(hub, ...(entries as Acknowledgement[]));
      } catch (error) {
        message = (error as Error).message;
      }
      return { message, warnings: annotations(stack).warnings };
    };

    test('on an unknown id, listing the valid ids', () => {
      const { message, warnings } = attempt({ id: 'public-access', reason: 'Dev.' }, { id: 'public-network-access', reason: 'Dev.' });
      expect(message).toBe(
        'Construct "test/Hub": acknowledgement 1 names the unknown warning id "public-access"; use one of "public-network-access", "open-outbound", ' +
          '"low-business-impact", "no-destroy-protection", "no-diagnostics", "public-dependency", "local-authentication", "api-key-connection", ' +
          '"weak-content-filter", "broad-outbound-rule", "shared-search", "unreachable-private-hub", "container-management".',
      );
      // The valid second entry was not recorded either.
      expect(warnings).toEqual([`[public-network-access] AiHub "test/Hub": ${PUBLIC}`]);
    });

    test('on unused-acknowledgement, which cannot be acknowledged', () => {
      expect(attempt({ id: 'unused-acknowledgement', reason: 'Noise.' }).message).toBe(
        'Construct "test/Hub": the acknowledgement names "unused-acknowledgement", which cannot be acknowledged; remove the stale acknowledgement it reports instead.',
      );
    });

    test.each([
      ['an empty reason', '', '""'],
      ['a whitespace reason', '  \t', '"  \\t"'],
      ['a missing reason', undefined, 'undefined'],
      ['a non-string reason', 42, '42'],
    ])('on %s', (_, reason, shown) => {
      expect(attempt({ id: 'public-network-access', reason }).message).toBe(
        `Construct "test/Hub": the acknowledgement of "public-network-access" has the reason ${shown}; ` +
          'give a non-empty string saying why the opt-out is deliberate: it is what a reviewer reads.',
      );
    });

    test.each([
      ['a string', 'public-network-access', '"public-network-access"'],
      ['null', null, 'null'],
      ['an array', ['public-network-access', 'Dev.'], 'an array'],
    ])('on an entry that is %s', (_, entry, shown) => {
      expect(attempt(entry).message).toBe(
        `Construct "test/Hub": the acknowledgement is ${shown}, not an object; write { id: 'public-network-access', reason: 'why the opt-out is deliberate' }.`,
      );
    });

    test('on the same id twice on one construct, listing every problem', () => {
      const { message } = attempt({ id: 'public-network-access', reason: 'A.' }, { id: 'public-network-access', reason: 'B.' }, { id: 'nope', reason: ' ' });
      expect(message).toBe(
        'Construct "test/Hub": 3 problems:\n' +
          '  - acknowledgement 2 acknowledges "public-network-access" a second time on this construct; acknowledge each warning once per construct.\n' +
          `  - acknowledgement 3 names the unknown warning id "nope"; use one of ${Object.keys(WARNINGS).filter((id) => id !== 'unused-acknowledgement').map((id) => `"${id}"`).join(', ')}.\n` +
          '  - acknowledgement 3 of "nope" has the reason " "; give a non-empty string saying why the opt-out is deliberate: it is what a reviewer reads.',
      );
    });

    test('on the app, above the stacks', () => {
      const app = Testing.app();
      expect(() => acknowledge(app, { id: 'public-network-access', reason: 'Dev.' })).toThrow(
        '"": acknowledgements must be made on a stack or a construct inside one',
      );
    });
  });
});
