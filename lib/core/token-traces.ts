/**
 * cdktf records a complete JavaScript stack trace (no depth limit) for every token it creates:
 * each attribute reference, `depends_on` entry, output reference object and `Fn` call. The trace
 * is shown only when a token cannot be resolved, yet capturing it is most of the time a large
 * stack takes to construct, and far more under `ts-node` (which `cdktf synth` runs the app with),
 * where every frame is mapped through source maps: for a hub with 1000 projects, seconds.
 *
 * So the library turns the capture off for the copy of cdktf it uses (cdktf 0.21.0 is final, so
 * the patched function, `captureStackTrace` in `cdktf/lib/tokens/private/stack-trace`, cannot
 * change under it). An unresolvable token's error then names no creation stack; set the
 * environment variable `CDKTF_AZURE_AI_HUB_TOKEN_TRACES=1` to keep the traces while debugging one.
 */
const stackTraceModule = require('cdktf/lib/tokens/private/stack-trace') as { captureStackTrace: (below?: unknown) => string[] };

/** What a token records as its creation stack while traces are off. */
const NO_TRACE: string[] = ['(stack trace not captured; set CDKTF_AZURE_AI_HUB_TOKEN_TRACES=1 to capture it)'];

if (process.env.CDKTF_AZURE_AI_HUB_TOKEN_TRACES !== '1') {
  stackTraceModule.captureStackTrace = () => NO_TRACE;
}
