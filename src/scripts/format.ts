/** Fills `{name}` placeholders in a UI string handed over from the page (browser-safe: no dependencies). */
export function format(template: string | undefined, values: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
