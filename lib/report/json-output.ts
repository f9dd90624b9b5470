/**
 * The access report as JSON, for machines. Keys are written in a fixed order and every list is
 * sorted the way the Markdown report is, so the output is stable byte for byte.
 */
import { DataOwners } from './data-ownership';
import { crossProjectReach, StackReport } from './reach';

/** Whose data an access reaches, with projects and hubs by name. */
export type JsonOwners =
  | { kind: 'none' }
  | { kind: 'projects'; projects: string[] }
  | { kind: 'every-project'; hubs: string[] }
  | { kind: 'shared'; hubs: string[]; projects: string[] };

/** One access of a principal. `crossProject` names the other projects' data reached, or is null. */
export interface JsonAccess {
  resource: string;
  access: string;
  owners: JsonOwners;
  crossProject: string | null;
  role: string;
  scope: string;
  assignment: string;
}

/** The JSON document `--json` prints. */
export interface JsonReport {
  /** The number of cross-project findings over all stacks. */
  crossProjectFindings: number;
  stacks: Array<{
    stack: string;
    source: string;
    hubs: Array<{ name: string; declared: boolean }>;
    projects: Array<{ name: string; address: string }>;
    principals: Array<{ key: string; label: string; kind: string; description: string; projects: string[]; access: JsonAccess[] }>;
    findings: Array<{ principal: string; label: string; reached: string; resource: string; access: string; role: string; scope: string; assignment: string }>;
    notes: string[];
  }>;
}

/** Builds the JSON document of several stack reports. */
export function toJsonReport(reports: readonly StackReport[]): JsonReport {
  return {
    crossProjectFindings: reports.reduce((total, report) => total + report.findings.length, 0),
    stacks: reports.map(({ model, principals, findings }) => ({
      stack: model.name,
      source: model.source,
      hubs: model.hubs.map((hub) => ({ name: hub.name, declared: hub.declared })),
      projects: model.projects.map((project) => ({ name: project.name, address: project.address })),
      principals: principals.map(({ principal, reach }) => ({
        key: principal.key,
        label: principal.label,
        kind: principal.kind,
        description: principal.description,
        projects: principal.projects.map((project) => project.name),
        access: reach.map((item) => ({
          resource: item.resource,
          access: item.access,
          owners: jsonOwners(item.owners),
          crossProject: crossProjectReach(principal, item.owners) ?? null,
          role: item.role,
          scope: item.scope,
          assignment: item.assignment,
        })),
      })),
      findings: findings.map(({ principal, reach, reached }) => ({
        principal: principal.key,
        label: principal.label,
        reached,
        resource: reach.resource,
        access: reach.access,
        role: reach.role,
        scope: reach.scope,
        assignment: reach.assignment,
      })),
      notes: [...model.notes],
    })),
  };
}

/** Renders the JSON document, indented, with a final newline. */
export function renderJson(reports: readonly StackReport[]): string {
  return `${JSON.stringify(toJsonReport(reports), null, 2)}\n`;
}

function jsonOwners(owners: DataOwners): JsonOwners {
  const names = (items: ReadonlyArray<{ readonly name: string }>) => items.map((item) => item.name);
  switch (owners.kind) {
    case 'none': return { kind: 'none' };
    case 'projects': return { kind: 'projects', projects: names(owners.projects) };
    case 'every-project': return { kind: 'every-project', hubs: names(owners.hubs) };
    case 'shared': return { kind: 'shared', hubs: names(owners.hubs), projects: names(owners.projects) };
  }
}
