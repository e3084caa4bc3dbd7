#!/usr/bin/env node
// The `ps-attendance` bin: a thin wrapper around the compiled CLI, bundled (dist/cli/main.cjs and the
// chunk it loads for the commands other than lint, dist/cli/commands.cjs; built from dist/src/cli/main.js).
// CommonJS, as the bundles are: Node.js loads them with require(), without its ES module loader
// (see scripts/build.mjs).
// A module of ours or a dependency that is not there (no build yet, a build cut short, an install
// that lost files): one line that names it, and exit 2, never a stack trace.
'use strict';
const path = require('node:path');
const missing = (error) => {
  // MODULE_NOT_FOUND from require(), ERR_MODULE_NOT_FOUND from import() (tinyglobby, for globs).
  if (error?.code !== 'MODULE_NOT_FOUND' && error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  // require() names a relative module as written ('./commands.cjs'): name the file it looked for.
  let what = error.message.split('\n')[0];
  const relative = /^Cannot find module '(\.{1,2}\/[^']+)'/.exec(what)?.[1];
  const from = error.requireStack?.[0];
  if (relative !== undefined && typeof from === 'string') what = `Cannot find module '${path.resolve(path.dirname(from), relative)}'`;
  process.stderr.write(`ps-attendance: the compiled CLI is missing a module (${what}): run \`npm run build\` in the package directory, or reinstall the package.\n`);
  process.exit(2);
};
let runCli;
try {
  ({ runCli } = require('../dist/cli/main.cjs'));
} catch (error) {
  missing(error);
}
// A reader that stops early (`ps-attendance lint … | head`) closes the pipe: stop quietly, as cat does.
// Any other failure to write (`> /dev/full`) is one line and exit 2, never a stack trace. The
// commands await their writes and report these themselves; this catches what is left.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    // The command drops the rest of its output and still sets its exit code.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    if (stream === process.stdout) {
      try {
        const reason = { ENOSPC: 'no space left on the device', EIO: 'input/output error', EDQUOT: 'disk quota exceeded' }[error.code] ?? error.code ?? error.message;
        process.stderr.write(`ps-attendance: cannot write to standard output (${reason}): the output is incomplete.\n`);
      } catch {
        // Nowhere left to say it.
      }
    }
    process.exit(2);
  });
}
runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  // split, serve, verify and proxy load dist/cli/commands.cjs when they start.
  missing,
);
