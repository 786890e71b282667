/**
 * A page that fails while it is rendered names the content file it is built from (the rule of issue "content
 * integrity": the build never fails with an error that names no file). A fault is injected into the page layout
 * (tests/support/render-fault.config.ts) for one page built from a Markdown file and one built from a YAML file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { copyFixture, editYaml } from '../support/fixture-content.ts';

const faultConfig = ['--config', 'tests/support/render-fault.config.ts'];

describe('a render error names the content file', () => {
  const fixture = copyFixture();
  afterAll(() => fixture.cleanup());

  it('for a service page (Markdown)', () => {
    const result = buildSite(fixture.dir, 'render-fault-service', undefined, { RENDER_FAULT_PATH: '/fi/services/work-trial/' }, faultConfig);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /services\/fi\/work-trial\.mdx: the page \/fi\/services\/work-trial\/ could not be built from this file: injected render fault/,
    );
  });

  it('for a calendar sign-up form (YAML)', () => {
    editYaml(fixture.dir, 'calendar/spring-intake.yaml', (entry: Record<string, unknown>) => ({ ...entry, signup: 'mailto:team@example.org' }));
    const result = buildSite(fixture.dir, 'render-fault-calendar', undefined, { RENDER_FAULT_PATH: '/en/calendar/spring-intake/signup/' }, faultConfig);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /calendar\/spring-intake\.yaml: the page \/en\/calendar\/spring-intake\/signup\/ could not be built from this file: injected render fault/,
    );
  });
});
