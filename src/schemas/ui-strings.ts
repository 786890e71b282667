import { z } from 'astro/zod';
import reference from '../i18n/strings/en.json' with { type: 'json' };

/** English is the reference: every locale's strings file must have exactly its keys. */
export type UiStringKey = keyof typeof reference;
export const uiStringKeys = Object.keys(reference) as UiStringKey[];

/** `{name}` placeholders a translation must keep; `{name:genitive}` (a form of the same value) counts as `{name}`. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]!))].sort();
}

export const uiStringsSchema = z
  .strictObject(
    Object.fromEntries(uiStringKeys.map((key) => [key, z.string({ error: 'missing translation' }).trim().min(1)])) as Record<UiStringKey, z.ZodString>,
  )
  .superRefine((strings, ctx) => {
    for (const key of uiStringKeys) {
      const expected = placeholders(reference[key]);
      const actual = placeholders(strings[key] ?? '');
      if (expected.join() !== actual.join()) {
        ctx.addIssue({ code: 'custom', path: [key], message: `expected placeholders {${expected.join('}, {')}}` });
      }
    }
  });
