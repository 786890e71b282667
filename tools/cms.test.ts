import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cmsCommands, cmsMode, gitModeProblem } from './cms.ts';
import { projectRoot } from './serve.ts';

describe('npm run cms', () => {
  it('starts decap-server on the repository in git mode (the editorial workflow) and the dev server, both on loopback only', () => {
    const [proxy, site] = cmsCommands({}, 'main');
    expect(proxy!.env).toEqual({ MODE: 'git', PORT: '8081', BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: projectRoot });
    expect(existsSync(proxy!.args[0]!)).toBe(true);
    expect(site!.args.slice(1)).toEqual(['dev', '--host', '127.0.0.1', '--port', '4321']);
    expect(site!.env).toEqual({ DECAP_PROXY_PORT: '8081', DECAP_BRANCH: 'main' });
  });
  it('publishes to the branch checked out, and keeps a file mode for developers', () => {
    expect(cmsCommands({}, 'content-edits')[1]!.env['DECAP_BRANCH']).toBe('content-edits');
    const [proxy, site] = cmsCommands({ CMS_MODE: 'fs' });
    expect(proxy!.env['MODE']).toBe('fs');
    expect(site!.env).toEqual({ DECAP_PROXY_PORT: '8081' });
    expect(() => cmsMode({ CMS_MODE: 'github' })).toThrow('CMS_MODE must be git or fs');
  });
  it('moves both ports together', () => {
    const [proxy, site] = cmsCommands({ DECAP_PROXY_PORT: '9100', PORT: '5000' });
    expect(proxy!.env['PORT']).toBe('9100');
    expect(site!.env['DECAP_PROXY_PORT']).toBe('9100');
    expect(site!.args).toContain('5000');
  });
  it('refuses git mode on a work tree with uncommitted changes, which decap-server would commit into a draft', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cms-git-'));
    try {
      expect(gitModeProblem(dir)).toMatch(/not a git repository/);
      const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
      git('init', '--quiet', '--initial-branch=main');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '--quiet', '--allow-empty', '-m', 'start');
      expect(gitModeProblem(dir)).toBeUndefined();
      writeFileSync(path.join(dir, 'notes.txt'), 'work in progress');
      expect(gitModeProblem(dir)).toMatch(/uncommitted changes[^]*notes\.txt[^]*CMS_MODE=fs/);
      rmSync(path.join(dir, 'notes.txt'));
      // A branch "cms" would make every save fail (Decap's drafts are branches cms/<collection>/<slug>).
      git('checkout', '--quiet', '-b', 'cms');
      const problem = gitModeProblem(dir) ?? '';
      expect(problem).toMatch(/branch named "cms" exists \(it is checked out\)[^]*git branch -m cms cms-content/);
      expect(problem).toMatch(/Nimeä haara uudelleen[^]*git branch -m cms cms-content/);
      git('checkout', '--quiet', 'main');
      expect(gitModeProblem(dir)).toMatch(/branch named "cms" exists\. [^]*git branch -d cms/);
      git('branch', '-m', 'cms', 'cms-content');
      expect(gitModeProblem(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
