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
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
