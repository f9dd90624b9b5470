/**
 * Jest `setupFiles` entry: turns off cdktf's per-token stack traces before cdktf loads.
 *
 * The library turns them off itself when it is loaded (lib/core/token-traces.ts), but cdktf creates
 * two tokens while its own modules load (`FOR_EXPRESSION_KEY` and `FOR_EXPRESSION_VALUE` in
 * tfExpression.js), before the library can step in. Jest gives every test file a fresh module
 * registry and a fresh source-map-support cache, so in every test file those two traces are the
 * first to be formatted, and source-map-support decodes the inline source map of each cdktf file
 * on the stack to do it: about 30 ms per test file, most of a second per run.
 *
 * Capturing no trace is safe: cdktf keeps a trace only as the token's `creationStack`, which appears
 * in nothing but the error message for a token that cannot be resolved. No synthesized output and
 * no assertion depends on it.
 *
 * What this installs returns `[]`, not the library's placeholder text, so that
 * test/core/token-traces.test.ts still proves the library switches the traces off on its own. With
 * CDKTF_AZURE_AI_HUB_TOKEN_TRACES=1 (the library's switch to keep the traces while debugging an
 * unresolved token) this file does nothing either. cdktf calls the function through the module's
 * exports object (`(0, stack_trace_1.captureStackTrace)()`), so replacing the export reaches every
 * caller in the test file's registry; if a cdktf upgrade moves or freezes it, this fails loudly.
 */

export {};

const STACK_TRACE_MODULE = 'cdktf/lib/tokens/private/stack-trace';

if (process.env.CDKTF_AZURE_AI_HUB_TOKEN_TRACES !== '1') {
  const stackTrace = require(STACK_TRACE_MODULE) as { captureStackTrace: (below?: unknown) => string[] };
  const noTrace = (): string[] => [];
  stackTrace.captureStackTrace = noTrace;
  if (stackTrace.captureStackTrace !== noTrace) throw new Error(`test/jest-setup.ts: could not replace captureStackTrace in ${STACK_TRACE_MODULE}`);
}
