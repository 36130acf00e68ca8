// Resolves netlify.toml (and the _redirects / _headers files of the publish folder) with Netlify's own
// parser, @netlify/config, offline, and prints what Netlify would use as JSON on stdout: the build settings,
// every header rule with the regular expression Netlify matches request paths with, and every redirect, as
// one line of JSON.
// Usage: node resolve-config.mjs <folder holding netlify.toml> [context] [branch] (its publish folder's
// _redirects and _headers are read too; context: production (default), deploy-preview, branch-deploy …)
import { resolveConfig } from '@netlify/config';
import { parseAllHeaders } from '@netlify/headers-parser';
import path from 'node:path';

const [root, context = 'production', branch = 'main'] = process.argv.slice(2);
if (!root) {
  console.error('usage: node resolve-config.mjs <folder holding netlify.toml>');
  process.exit(2);
}
const repositoryRoot = path.resolve(root);
const result = await resolveConfig({
  repositoryRoot,
  cwd: repositoryRoot,
  config: path.join(repositoryRoot, 'netlify.toml'),
  offline: true,
  context,
  branch,
  mode: 'cli',
  buffer: true,
});
const { config } = result;
// resolveConfig keeps header rules minimal; the full parse adds the RegExp Netlify matches paths with.
const matched = await parseAllHeaders({ configHeaders: config.headers ?? [], minimal: false });
if (matched.errors.length > 0) {
  console.error(matched.errors.map((e) => e.message).join('\n'));
  process.exit(1);
}
const out = {
  build: {
    command: config.build.command ?? null,
    publish: config.build.publish ?? null,
    environment: config.build.environment ?? {},
  },
  headers: matched.headers.map((h) => ({
    for: h.for,
    pattern: h.forRegExp.source,
    flags: h.forRegExp.flags,
    values: h.values,
  })),
  redirects: (config.redirects ?? []).map((r) => ({
    from: r.from ?? r.origin,
    to: r.to ?? r.destination,
    status: r.status ?? null,
    force: r.force ?? false,
  })),
  redirectsPath: result.redirectsPath ?? null,
  headersPath: result.headersPath ?? null,
};
// One line, so that a warning on stderr can never land inside it.
process.stdout.write(JSON.stringify(out) + '\n');
