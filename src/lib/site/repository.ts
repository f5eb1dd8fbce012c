/**
 * The project's public repository: one setting, `repository.url` in
 * package.json, used by the footer, "Report a correction" on /about/ and the
 * link check's allow-list; CITATION.cff's `repository-code` must equal it
 * (tests/cite/citation-cff.test.ts). Change the address there only.
 */
import pkg from '../../../package.json' with { type: 'json' };

/** `https://host/owner/name`, without a trailing slash or `.git`. */
export const REPOSITORY_URL: string = pkg.repository.url.replace(/\.git$/, '').replace(/\/$/, '');

/** Where to report a correction: a new issue (GitHub, GitLab and Codeberg all take `/issues/new`). */
export const NEW_ISSUE_URL = `${REPOSITORY_URL}/issues/new`;

/** The repository's host, for the link check's allow-list. */
export const REPOSITORY_HOST = new URL(REPOSITORY_URL).hostname;
