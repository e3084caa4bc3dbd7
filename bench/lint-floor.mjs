// The floor of the lint benchmark (bench/lint.mjs): the least any linter of these files must do, as
// a script a user could write in a minute: read each file (readFileSync), JSON.parse it, and check it
// with the plain-data validators compiled ahead of time from the same schemas (generated/
// plain-validators.js: ajv standalone code, no schema compilation at run time, with the hot patterns
// matched by loops as in ps-attendance itself), then print the errors as JSON. No semantic rule, no duplicate-member or UTF-8 check, no line and column, no config, no
// ignores, no globbing beyond a directory listing. Not a competitor: it shows how much of ajv-cli's
// time any linter must spend anyway, so how close to that floor a target sits.
//   node bench/lint-floor.mjs <dir made by bench/lint.mjs>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBatchDailyTimeRequest, validateDailyTimeRequest, validateMeetingIntervalRequest } from '../generated/plain-validators.js';

const dir = process.argv[2];
const checks = { daily_time: validateDailyTimeRequest, batch_daily_time: validateBatchDailyTimeRequest, meeting_interval: validateMeetingIntervalRequest };
const results = [];
for (const [endpoint, check] of Object.entries(checks)) {
  for (const name of readdirSync(join(dir, endpoint))) {
    const filePath = join(dir, endpoint, name);
    const valid = check(JSON.parse(readFileSync(filePath, 'utf8')));
    results.push({ filePath, errors: valid ? [] : check.errors });
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exitCode = results.some((r) => r.errors.length > 0) ? 1 : 0;
