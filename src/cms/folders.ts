/** Paths in the CMS configuration, relative to the repository root, where decap-server runs and Decap commits. */
export const CONTENT_FOLDER = 'content';
/** Attachments are uploaded here and published under `/attachments/` (the service schema's attachment paths). */
export const MEDIA_FOLDER = 'public/attachments';
export const PUBLIC_FOLDER = '/attachments';
