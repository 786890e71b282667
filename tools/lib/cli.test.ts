import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseToolArgs, type CliIo } from './cli.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The project's command-line tools, as `node tools/<file>` runs them. */
const tools = ['bench.ts', 'content-check.ts', 'content-review.ts', 'generate-catalogue.ts', 'search-eval.ts', 'serve.ts'];

function run(tool: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'tools', tool), ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(tools)('node tools/%s', (tool) => {
  it('prints its usage for --help and exits 0', () => {
    const { status, stdout, stderr } = run(tool, '--help');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: /);
  });
  it('refuses an unknown option in one line and exits 2, without a stack trace', () => {
    const { status, stderr } = run(tool, '--no-such-option');
    expect(status).toBe(2);
    expect(stderr).toContain("'--no-such-option'");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });
});

describe('parseToolArgs', () => {
  const io = () => {
    const lines: { out: string[]; err: string[]; code?: number } = { out: [], err: [] };
    const cli: CliIo = {
      out: (line) => lines.out.push(line),
      err: (line) => lines.err.push(line),
      exit: (code) => {
        lines.code = code;
        throw new Error('exit');
      },
    };
    return { lines, cli };
  };
  const spec = { command: 'tool', usage: '  --n N   a number', options: { n: { type: 'string' as const } } };

  it('returns the values of known options', () => {
    expect(parseToolArgs(spec, ['--n', '5']).values.n).toBe('5');
  });
  it('exits 2 with the option named when a value is missing', () => {
    const { lines, cli } = io();
    expect(() => parseToolArgs(spec, ['--n'], cli)).toThrow('exit');
    expect(lines.code).toBe(2);
    expect(lines.err[0]).toMatch(/^tool: .*--n/);
  });
  it('exits 0 after the usage for -h', () => {
    const { lines, cli } = io();
    expect(() => parseToolArgs(spec, ['-h'], cli)).toThrow('exit');
    expect(lines).toMatchObject({ code: 0, out: ['Usage: tool\n  --n N   a number'] });
  });
});
