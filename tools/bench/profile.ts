/**
 * Summarises a V8 CPU profile of a build (`node --cpu-prof`): CPU time by package (self time: where the time is
 * spent) and by the project's own functions (inclusive time: what they cost with everything they call).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by where the code lives: a package, the project's `src/` or `tools/`, Node, or V8 (GC, idle). */
  byPackage: [string, number][];
  /** Inclusive time of the project's own functions, `file:line function`. */
  projectFunctions: [string, number][];
}

/** Where a function's code lives. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return `(${functionName.replace(/[()]/g, '') || 'anonymous'})`;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return 'node';
  const own = /\/(src|tools)\/(.*)$/.exec(url);
  if (own) return `${own[1]}/`;
  return url.replace(/^file:\/\//, '').replace(/.*\//, '');
}

function projectFunction(node: ProfileNode): string | undefined {
  const own = /\/((?:src|tools)\/[^?]*)/.exec(node.callFrame.url);
  if (!own || node.callFrame.url.includes('node_modules')) return undefined;
  return `${own[1]}:${node.callFrame.lineNumber + 1} ${node.callFrame.functionName || '(anonymous)'}`;
}

export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id)!;
    const where = packageOf(node.callFrame.url, node.callFrame.functionName);
    self.set(where, (self.get(where) ?? 0) + ms);
    // Each project function on the stack once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = projectFunction(byId.get(at)!);
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: total, byPackage: sorted(self), projectFunctions: sorted(inclusive) };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

export function formatProfile(summary: ProfileSummary): string {
  const line = ([name, ms]: [string, number]) =>
    `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${((100 * ms) / summary.totalMs).toFixed(0).padStart(3)} %  ${name}`;
  return [
    `Main thread: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    'Self time by package:',
    ...summary.byPackage.map(line),
    "The project's own functions, with what they call:",
    ...summary.projectFunctions.map(line),
  ].join('\n');
}
