/**
 * Wording of a service page's key facts that depends on the service: terms joined as a list inside running text,
 * and the labels that differ for benefits (category financial-support), which nobody "takes part in" and whose
 * "free" means that applying costs nothing.
 */

import type { UiStringKey } from '../schemas/ui-strings.ts';

/** Terms as one comma-separated list: the first as written, the others with a lower-case initial ("Yritykset ja
 * työnantajat, asukkaat"). `keepCase` for names that keep their capital (English language names). */
export function termList(names: readonly string[], keepCase = false): string {
  return names.map((name, i) => (i === 0 || keepCase ? name : name.charAt(0).toLocaleLowerCase() + name.slice(1))).join(', ');
}

/** Whether the service is a benefit or subsidy that one applies for. */
export const isBenefit = (categories: readonly string[]): boolean => categories.includes('financial-support');

/** UI string keys for the "how to take part" heading and the cost, by the service's categories and cost. */
export function factKeys(categories: readonly string[], cost: 'free' | 'paid' | 'other'): { howToJoin: UiStringKey; cost: UiStringKey } {
  const benefit = isBenefit(categories);
  return {
    howToJoin: benefit ? 'service.howToApply' : 'service.howToJoin',
    cost: benefit && cost === 'free' ? 'service.applyingFree' : (`cost.${cost}` as const),
  };
}
