import { dependable, ITerraformDependable } from './cdktf';

/**
 * Each resource's `depends_on` token, made once and shared: cdktf makes a new token (capturing a
 * stack trace) for every entry of every `dependsOn` list, and a hub's projects all wait for the
 * same few resources. A token made once also compares equal across synths (JSON, then HCL).
 */
const TOKENS = new WeakMap<ITerraformDependable, string>();

/** The shared `depends_on` token of a resource. */
export function dependableOnce(resource: ITerraformDependable): string {
  let token = TOKENS.get(resource);
  if (token === undefined) {
    token = dependable(resource);
    TOKENS.set(resource, token);
  }
  return token;
}
