#!/usr/bin/env node
// The `ps-attendance` bin: a thin wrapper around the compiled CLI (dist/src/cli/main.js).
let runCli;
try {
  ({ runCli } = await import('../dist/src/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(`ps-attendance: the compiled CLI is missing (${error.message.split('\n')[0]}): run \`npm run build\` in the package directory.\n`);
  process.exit(2);
}
// A reader that stops early (`ps-attendance lint … | head`) closes the pipe: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
