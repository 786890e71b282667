import type { AstroIntegration } from 'astro';

/**
 * Tells pages whether to carry the CSP <meta> backstop: in builds yes; on the dev server no, because it injects
 * inline styles for hot reloading. Decided from Astro's command, not the environment, so test runners that set
 * NODE_ENV or MODE cannot change what a build produces.
 */
export function cspMeta(): AstroIntegration {
  return {
    name: 'spouse-program:csp-meta',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __CSP_META__: JSON.stringify(command === 'build') } } });
      },
    },
  };
}
