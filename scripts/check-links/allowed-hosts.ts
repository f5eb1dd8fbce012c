/**
 * The only other hosts the built site may link to, and only from `<a href>`
 * (a reader's click) — never from `src`, `srcset`, `<link>`, `<script>` or a
 * form, which would make every reader's browser contact them. Each entry is a
 * licence or reference the site must cite; add one here with its reason.
 */
import { REPOSITORY_HOST } from '../../src/lib/site/repository.ts';

export const ALLOWED_LINK_HOSTS: Readonly<Record<string, string>> = {
  [REPOSITORY_HOST]:
    'the project’s repository (source code, and where to report a correction): package.json repository.url',
  'www.nationalarchives.gov.uk': 'the Open Government Licence v3.0 the letter text is reused under',
  'www.ofsted.gov.uk': 'where the original letters were published',
  'reports.ofsted.gov.uk': 'the original letters (source PDF addresses)',
  'files.ofsted.gov.uk': 'the original letters (source PDF addresses)',
  'www.gov.uk': 'the statutory guidance and framework the inspections applied',
  'www.legislation.gov.uk': 'the Education and Inspections Act 2006, section 138',
};
