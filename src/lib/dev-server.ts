/**
 * Whether this code runs on the dev server (`npm run dev`, `npm run cms`) rather than in a built site. The dev server
 * renders pages and endpoints on request but runs none of the build's later steps, so Pagefind's index and what
 * src/build/search-data.ts writes from it (the text search ids and the result cards) do not exist there.
 * The one place that tells dev from build for the catalogue: Vite replaces the value in pages and in browser code,
 * so this module is for Astro and the browser only, not for tools run with plain Node.
 */
export const onDevServer: boolean = import.meta.env.DEV;
