/**
 * The access report as Markdown, for people: per stack a summary, a legend, one section per
 * principal with a table of what it reaches, then the cross-project findings. The output depends
 * only on the stack (no dates, no environment), so it can be committed and diffed.
 */
import { ownersText } from './data-ownership';
import { crossProjectReach, Finding, Reach, StackReport } from './reach';
import { Principal } from './principals';

/** The legend printed under each stack's title. */
export const LEGEND = [
  '- **Project principal**: a project\'s identity, or a member of a project (holds a role whose scope is exactly that project). A principal may be a member of several projects; the data of all of them is its own.',
  '- **Hub member**: holds a role whose scope is exactly a hub (hub-wide access, as `AiEnvironment` grants its groups). Its hub-wide assignments (description "AI hub-wide access: ...") reach that hub\'s projects on purpose: reported, not a finding.',
  '- **Project data**: the blob containers of the hub storage named `<project_id>-...`, the file share `<project_id>-code`, the services connected to that project only, and the project itself. The hub key vault holds the connection secrets of every project.',
  '- **Every project of a hub**: access not limited to one project: no ABAC container condition (or one that leaves an action out), container create/delete (control plane, which no condition limits), file data or account keys at account scope. It also reaches projects that other stacks add to the hub.',
  '- **Shared by**: a service connected at the hub, or the hub\'s registry and monitoring, used by all of its projects. Reported, but not a finding: sharing through the hub is a documented choice that the library warns about.',
  '- **Cross-project finding**: a project principal of one project reaches another project\'s data, or every project\'s. Hub and service identities are not project principals: their access is reported, never a finding.',
  '- **Unknown roles** are not evaluated; on a hub\'s storage or a shared service they count as reaching every project.',
].join('\n');

/** Renders the reports of several stacks, one after the other. */
export function renderMarkdown(reports: readonly StackReport[]): string {
  return reports.map(renderStack).join('\n');
}

function renderStack(report: StackReport): string {
  const { model } = report;
  const lines: string[] = [];
  lines.push(`# Access report: ${model.name}`, '');
  lines.push(`Source: \`${model.source}\`. ${summary(report)}`, '');
  lines.push(report.findings.length === 0
    ? '**No cross-project access.**'
    : `**${report.findings.length} cross-project finding${report.findings.length === 1 ? '' : 's'}**: see "Cross-project findings" below.`, '');
  lines.push('## How to read this report', '', LEGEND, '');
  lines.push('## Principals', '');
  if (report.principals.length === 0) lines.push('The stack assigns no roles.', '');
  for (const { principal, reach } of report.principals) {
    lines.push(`### ${principal.label}`, '');
    lines.push(`${capitalize(principal.description)}. Principal id: \`${principal.key}\``, '');
    lines.push('| Resource | Access | Whose data | Role | Scope |', '|---|---|---|---|---|');
    for (const item of reach) lines.push(row(principal, item));
    lines.push('');
  }
  lines.push('## Cross-project findings', '');
  if (report.findings.length === 0) lines.push('None: no project principal reaches another project\'s data.', '');
  for (const finding of report.findings) lines.push(findingLine(finding));
  if (report.findings.length > 0) lines.push('');
  if (model.notes.length > 0) {
    lines.push('## Notes', '', ...model.notes.map((note) => `- ${note}`), '');
  }
  return lines.join('\n');
}

/** "1 hub (hub-a), 2 projects (proj-a, proj-b), 12 role assignments, 5 principals." */
function summary(report: StackReport): string {
  const { model } = report;
  const counted = (count: number, noun: string, names?: readonly string[]) =>
    `${count} ${noun}${count === 1 ? '' : 's'}${names && names.length > 0 ? ` (${names.join(', ')})` : ''}`;
  return [
    counted(model.hubs.length, 'hub', model.hubs.map((hub) => hub.declared ? hub.name : `${hub.name}, existing`)),
    counted(model.projects.length, 'project', model.projects.map((project) => project.name)),
    counted(model.assignments.length, 'role assignment'),
    counted(report.principals.length, 'principal'),
  ].join(', ') + '.';
}

function row(principal: Principal, item: Reach): string {
  const crossProject = crossProjectReach(principal, item.owners) !== undefined;
  const owners = ownersText(item.owners) + (crossProject ? ' **(cross-project)**' : '');
  return `| ${[item.resource, item.access, owners, item.role, `\`${item.scope}\``].map(cell).join(' | ')} |`;
}

function findingLine({ principal, reach, reached }: Finding): string {
  return `- **${principal.label}** (${principal.description}) reaches ${reached}: ${reach.access}, on ${reach.resource}, `
    + `through ${reach.role} at \`${reach.scope}\` (\`${reach.assignment}\`).`;
}

/** A table cell: no line breaks, and `|` escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
