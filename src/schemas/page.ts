import { z } from 'astro/zod';
import { publicationStatus, singleLineText, translatable } from './common.ts';

/** Front matter of a program page `content/pages/<locale>/<slug>.mdx`. */
export const pageSchema = z.strictObject({
  title: translatable(singleLineText.max(90, { error: 'must be at most 90 characters' })),
  description: translatable(singleLineText.max(160, { error: 'must be at most 160 characters' })),
  /** Position in the program navigation; pages without it are not listed there. */
  navOrder: z.number().int().min(0).optional(),
  status: publicationStatus.default('published'),
});
