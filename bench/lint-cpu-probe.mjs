// Loaded with `node --import` by bench/lint.mjs: reports the process's CPU time (user + system, all
// threads) on exit, a cold-start figure that other load on the machine barely disturbs.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-probe-us ${user + system}\n`);
});
