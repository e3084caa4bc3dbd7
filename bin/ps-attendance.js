#!/usr/bin/env node
// The `ps-attendance` bin: a thin wrapper around the compiled CLI, bundled (dist/cli/main.js and the
// chunk it loads for the commands other than lint, dist/cli/commands.js; built from dist/src/cli/main.js).
// A module of ours or a dependency that is not there (no build yet, a build cut short, an install
// that lost files): one line that names it, and exit 2, never a stack trace.
const missing = (error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(`ps-attendance: the compiled CLI is missing a module (${error.message.split('\n')[0]}): run \`npm run build\` in the package directory, or reinstall the package.\n`);
  process.exit(2);
};
let runCli;
try {
  ({ runCli } = await import('../dist/cli/main.js'));
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
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
} catch (error) {
  // split, serve, verify and proxy load dist/cli/commands.js when they start.
  missing(error);
}
