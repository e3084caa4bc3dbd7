// The regular-expression engine the validators are compiled with (ajv's `code.regExp` option).
//
// The request schemas' three hot patterns (the Id, TotalMinutes and AttDate definitions, six or so
// tests per record) are answered by plain loops over the string's UTF-16 code units, which cost a
// third of what the RegExp does; every other pattern gets `new RegExp(pattern, flags)`, as with
// ajv's default engine. A known pattern is matched by its exact source text, so a schema that
// changes one gets the RegExp again, never a stale matcher; test/generated/pattern-engine.test.ts
// holds each matcher to the RegExp it stands for, and test/generated/generated-validators.test.ts
// holds the generated validators to a fresh ajv compile of the schemas.
//
// Each matcher is equivalent with or without the `u` flag: the three patterns are ASCII literals,
// digit classes, groups and counted repeats, which match the same strings read as code points or as
// code units (a surrogate is never a digit or a dash).
//
// The function's source is copied into the generated validators (ajv's standalone code calls it by
// its `code`), so it must not refer to anything outside itself.

/**
 * @param {string} pattern
 * @param {string} flags
 * @returns {{ test(text: string): boolean }}
 */
export function patternEngine(pattern, flags) {
  const digits = (text, from, to) => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    return true;
  };
  const number = (text, from, to) => {
    let value = 0;
    for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
    return value;
  };
  // The days of each month but February, by its number (0 for none).
  const monthDays = [0, 31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const matchers = {
    // Id: 1 to 10 decimal digits.
    '^[0-9]{1,10}$': (text) => text.length >= 1 && text.length <= 10 && digits(text, 0, text.length),
    // TotalMinutes: decimal digits, leading zeros allowed, worth 0 to 1440.
    '^0*(?:[0-9]{1,3}|1[0-3][0-9]{2}|14[0-3][0-9]|1440)$': (text) => {
      if (text.length === 0 || !digits(text, 0, text.length)) return false;
      let first = 0;
      while (first < text.length - 1 && text.charCodeAt(first) === 48) first++;
      return text.length - first <= 3 || (text.length - first === 4 && number(text, first, text.length) <= 1440);
    },
    // AttDate: YYYY-MM-DD that exists in the Gregorian calendar (February 29 in leap years only).
    '^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$': (text) => {
      if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
      if (!digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) return false;
      const year = number(text, 0, 4);
      const month = number(text, 5, 7);
      const day = number(text, 8, 10);
      // Every arithmetic operation runs for every date, February or not, leap year or not: V8's
      // optimised code then never meets one it has no type feedback for (which throws that code
      // away: a lint run used to lose it at its first date in February). Months 00 and 13 to 99 have
      // no days.
      const leap = year % 4 === 0;
      const century = year % 100 === 0;
      const fourCenturies = year % 400 === 0;
      const february = leap && (!century || fourCenturies) ? 29 : 28;
      return day >= 1 && day <= (month === 2 ? february : (monthDays[month] ?? 0));
    },
  };
  const matcher = Object.prototype.hasOwnProperty.call(matchers, pattern) ? matchers[pattern] : undefined;
  if (matcher === undefined) return new RegExp(pattern, flags);
  // ajv keys its pattern constants by toString(), as it does a RegExp's.
  return { test: matcher, toString: () => `/${pattern}/${flags}` };
}

