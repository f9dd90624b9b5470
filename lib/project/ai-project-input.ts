import { bool, Check, constructWith, list, optional, required, shape, str, Field } from '../core/input';
import { DIAGNOSTICS, LOCK, TAGS } from '../core/standard-props-checks';

/** The runtime checks of the props `hub.addProject` takes. */
export const AI_PROJECT_OPTION_FIELDS: Readonly<Record<string, Field>> = {
  name: optional(str()),
  friendlyName: optional(str()),
  description: optional(str({ nonEmpty: false })),
  highBusinessImpact: optional(bool()),
  dataContainers: optional(list(str({ literalBecause: 'each entry names a container resource, whose construct id is a Terraform address' }))),
  preventDestroy: optional(bool()),
  lock: optional(LOCK),
  tags: optional(TAGS),
  diagnostics: optional(DIAGNOSTICS),
};

/** A hub: one this stack creates (`AiHub`), or one deployed elsewhere (`AiHub.fromHubId`). */
export const HUB: Check = constructWith('a hub', { node: 'object', resourceId: 'string', location: 'string', storageAccountId: 'string', projectDefaults: 'object' },
  'pass an AiHub, or AiHub.fromHubId(scope, id, hubResourceId) for a hub deployed elsewhere');

/** The runtime check of `AiProjectProps`. */
export const AI_PROJECT_PROPS: Check = shape({ ...AI_PROJECT_OPTION_FIELDS, hub: required(HUB) }, 'an object of AiProjectProps');

/** The runtime check of the options of `hub.addProject`. */
export const AI_PROJECT_OPTIONS: Check = shape(AI_PROJECT_OPTION_FIELDS, 'an object of AiProjectOptions');
