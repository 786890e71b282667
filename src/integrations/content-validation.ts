import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../build/content-check.ts';
import { resolveAttachmentsDir } from '../build/content-files.ts';

/**
 * Runs the same checks as `npm run content:check` before Astro builds, so a build fails with
 * `path: field: message` for every problem instead of stopping at the first one.
 */
export function contentValidation(contentDir: string): AstroIntegration {
  return {
    name: 'spouse-program:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'sync') return;
        const started = performance.now();
        const { problems, warnings } = checkContent(contentDir, process.cwd(), { attachmentsDir: resolveAttachmentsDir() });
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (problems.length > 0) {
          const lines = problems.map(formatProblem).join('\n');
          throw new Error(`Invalid content (${problems.length} problem(s)):\n${lines}`);
        }
        logger.info(`Content validated in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
