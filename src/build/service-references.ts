/**
 * References to services from other files (`related` in a service, `service` in a calendar entry) point at a page
 * that is built. A draft or an archived service (the status its editor chose) has no page: a reference to it is
 * refused. A service left out because it was not reviewed in time (src/lib/review.ts) is left out by the date alone,
 * which must never break a build: that, and each reference to it, is a warning naming the file and what to do, and
 * the site drops the link (src/astro/site-data.ts, the service page's related list).
 */
import { effectiveStatus, reviewDates } from '../lib/review.ts';
import type { CheckedService, Problem } from './content-check.ts';

export interface ServiceReference {
  file: string;
  field: string;
  slug: string;
}

/** Where a service stands for the references to it. */
type Standing = { kind: 'built' } | { kind: 'chosen'; status: 'draft' | 'archived' } | { kind: 'unreviewed'; reviewed: string; since: string };

function standings(services: readonly CheckedService[], today: string): Map<string, Standing> {
  const bySlug = new Map<string, Standing>();
  for (const service of services) {
    const { status, reviewed } = service.data;
    if (status === 'draft' || status === 'archived') bySlug.set(service.slug, { kind: 'chosen', status });
    else if (effectiveStatus(status, reviewed, today) === 'archived')
      bySlug.set(service.slug, { kind: 'unreviewed', reviewed, since: reviewDates(reviewed).archive });
    else bySlug.set(service.slug, { kind: 'built' });
  }
  return bySlug;
}

/** The references each service makes with `related`, and the refusals of a list that names itself or a slug twice. */
export function relatedReferences(services: readonly CheckedService[], problems: Problem[]): ServiceReference[] {
  const slugs = new Set(services.map((s) => s.slug));
  const references: ServiceReference[] = [];
  for (const service of services) {
    const seen = new Set<string>();
    (service.data.related ?? []).forEach((related, index) => {
      const field = `related[${index}]`;
      if (!slugs.has(related)) problems.push({ file: service.file, field, message: `no service with the slug "${related}"` });
      else if (related === service.slug) problems.push({ file: service.file, field, message: 'a service cannot be related to itself' });
      else if (seen.has(related)) problems.push({ file: service.file, field, message: `"${related}" is already in the list; remove this one` });
      else references.push({ file: service.file, field, slug: related });
      seen.add(related);
    });
  }
  return references;
}

/**
 * Refuses references to drafts and archived services; warns about services left out by the review rule, and about
 * each reference or body link to one. `today` is the build's date.
 */
export function checkServiceReferences(
  services: readonly CheckedService[],
  references: readonly ServiceReference[],
  bodies: readonly { file: string; body?: string }[],
  today: string,
  problems: Problem[],
  warnings: Problem[],
): void {
  const bySlug = standings(services, today);
  for (const service of services) {
    const standing = bySlug.get(service.slug)!;
    if (standing.kind !== 'unreviewed') continue;
    warnings.push({
      file: service.file,
      field: 'reviewed',
      message: `not reviewed since ${standing.reviewed}, so the site leaves it out (since ${standing.since}); check the service and set \`reviewed\` to the date you did, or set \`status: archived\``,
    });
  }
  linksInBodies(
    bodies,
    [...bySlug].filter(([, standing]) => standing.kind === 'unreviewed').map(([slug]) => slug),
    warnings,
  );
  for (const reference of references) {
    const standing = bySlug.get(reference.slug);
    if (!standing || standing.kind === 'built') continue;
    if (standing.kind === 'chosen') {
      problems.push({
        file: reference.file,
        field: reference.field,
        message: `the service "${reference.slug}" is ${standing.status === 'draft' ? 'a draft' : 'archived'} and has no page; remove it or publish that service`,
      });
    } else {
      warnings.push({
        file: reference.file,
        field: reference.field,
        message: `the service "${reference.slug}" is left out of the site (not reviewed since ${standing.reviewed}), so this link is not shown; have it reviewed, or remove it`,
      });
    }
  }
}

/** A link in a body to a service the review rule leaves out leads nowhere until that service is reviewed: a warning. */
function linksInBodies(bodies: readonly { file: string; body?: string }[], unreviewed: readonly string[], warnings: Problem[]): void {
  if (unreviewed.length === 0) return;
  const link = new RegExp(`/services/(${unreviewed.join('|')})(?=[/)#?\\s>]|$)`, 'gm');
  for (const { file, body = '' } of bodies) {
    for (const match of body.matchAll(link)) {
      const line = body.slice(0, match.index).split('\n').length;
      warnings.push({
        file,
        field: `body line ${line}`,
        message: `links to the service "${match[1]}", which is left out of the site (not reviewed in time), so the link leads nowhere until it is reviewed; have it reviewed, or remove the link`,
      });
    }
  }
}
