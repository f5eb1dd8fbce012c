/**
 * `npm run ingest`: seeds/ → content/. The command itself is scripts/ingest/cli/main.ts,
 * the thin shell around the pure pipeline in scripts/ingest/.
 *
 *   npm run ingest                              rewrite content/ from seeds/
 *   npm run ingest -- --json                    print {"documents", "errors"} as JSON, write nothing
 *   npm run ingest -- --in DIR --json           the same for another folder (content/ untouched)
 *   npm run ingest -- --in DIR --out DIR        write somewhere else (benchmarks)
 *   npm run ingest -- --retire                  allow this run to retire ids (refused otherwise, listing them)
 *   npm run ingest -- --discard-unpublished     drop ids issued since the registry was last committed, then ingest
 *   npm run ingest -- --in DIR --replace-content  rewrite content/ from a folder other than seeds/
 *   npm run ingest -- --overrides FILE          theme overrides other than content/theme-overrides.yaml
 *   npm run ingest -- --corrections DIR         corrections by hand other than <--in>/corrections/ (docs/corrections.md)
 *
 * docs/permanent-ids.md explains the id rules and these flags.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// V8 keeps the compiled code of the modules below between runs,
// checked against each file's text: later runs skip parsing and compiling them. A folder that cannot
// be written just means no cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache(join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile'));
await import('./ingest/cli/main.ts');
