/**
 * The site's Astro configuration with one fault injected, for the test that a render error names the content file:
 * the page layout throws while rendering the page at RENDER_FAULT_PATH, as a template bug or a value no template
 * expected would.
 */
import { mergeConfig } from 'astro/config';
import siteConfig from '../../astro.config.ts';

const faultPath = process.env.RENDER_FAULT_PATH;

export default mergeConfig(siteConfig, {
  vite: {
    plugins: [
      {
        name: 'render-fault',
        transform(code: string, id: string) {
          if (!faultPath || !id.endsWith('/src/layouts/Base.astro')) return undefined;
          // After Astro compiled the layout: its frontmatter line that reads the page's path, with a throw after it.
          const line = 'const pathname = Astro.url.pathname;';
          if (!code.includes(line)) throw new Error(`render-fault: ${line} is no longer in ${id}; point the fault elsewhere`);
          return code.replace(line, `${line} if (pathname === ${JSON.stringify(faultPath)}) throw new Error('injected render fault');`);
        },
      },
    ],
  },
});
