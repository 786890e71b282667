/** Site-wide settings that are not content. */
export const siteConfig = {
  /** Where the content lives in git; each service page links to its file's history there. */
  repository: {
    url: process.env.REPOSITORY_URL ?? 'https://github.com/City-of-Helsinki/spouse-program-site',
    branch: process.env.REPOSITORY_BRANCH ?? 'main',
  },
};

/** The change history of a content file (GitHub's commit list for one path). */
export function historyUrl(contentPath: string): string {
  const { url, branch } = siteConfig.repository;
  return `${url.replace(/\/$/, '')}/commits/${branch}/${contentPath}`;
}
