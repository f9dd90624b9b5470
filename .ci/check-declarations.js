#!/usr/bin/env node
// The published declarations (dist/*.d.ts) must expose no member whose name starts with "_":
// anyone implementing a public interface would have to implement it. Builds the declarations
// into a temporary folder (as `npm run build` would) and lists every such member.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'declarations-'));
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', join(root, 'tsconfig.build.json'), '--emitDeclarationOnly', '--outDir', out], { stdio: 'inherit' });
  const files = [];
  const walk = (dir) => readdirSync(dir).forEach((e) => { const p = join(dir, e); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.d.ts')) files.push(p); });
  walk(out);
  const found = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')
    .map((line, i) => [line, i + 1])
    .filter(([line]) => /^\s+(?:(?:public|protected|static|readonly|abstract|get|set)\s+)*_\w*\s*[(:<?]/.test(line))
    .map(([line, n]) => `${relative(out, file)}:${n}: ${line.trim()}`));
  if (files.length === 0) throw new Error('no declarations were emitted');
  if (found.length > 0) {
    console.error(`Public declarations expose members whose names start with "_":\n  ${found.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`declarations: ${files.length} files, no member starting with "_"`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
