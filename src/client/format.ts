/**
 * Fills `{name}` placeholders in a UI string handed over from the page (browser-safe: no dependencies).
 * `{name:genitive}` asks for a grammatical form of the value (Finnish "Vantaan asukkaille"): the caller passes it as
 * `'name:genitive'`, and the plain value stands in when no form is given.
 */
export function format(template: string | undefined, values: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)(?::(\w+))?\}/g, (match, name: string, form: string | undefined) => {
    const key = form ? `${name}:${form}` : name;
    if (key in values) return String(values[key]);
    return name in values ? String(values[name]) : match;
  });
}

/** A UI string by key, with the `.one` variant for a count of 1 when there is one. */
export function translate(strings: Record<string, string>, key: string, values: Record<string, string | number> = {}): string {
  const one = `${key}.one`;
  return format(values['count'] === 1 && one in strings ? strings[one] : strings[key], values);
}
