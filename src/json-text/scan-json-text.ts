import { escapePointerToken } from '../pointer.js';
import type { DuplicateMember } from './find-duplicate-members.js';

/**
 * What {@link scanJsonText} found: the duplicate member names, and whether the nesting went deeper
 * than the limit (the scan stops there).
 *
 * @example
 * ```ts
 * const { duplicates, tooDeep }: JsonTextScan = scanJsonText('{"a":1,"a":2}');
 * ```
 */
export interface JsonTextScan {
  readonly duplicates: DuplicateMember[];
  readonly tooDeep: boolean;
}

/** Beyond this many members an object's names go into a Set; below, a short array is faster. */
const smallObject = 12;

/**
 * One pass over a JSON text that finds duplicate member names and checks the nesting depth, with an
 * explicit stack (no recursion: any depth is safe) and native searches to skip string contents.
 * Linear in the text; allocates nothing per object beyond the names it keeps. Pure, no Node API.
 * On text that is not JSON it still returns and never throws. Most callers want
 * {@link findDuplicateMembers}; parsers that also bound depth call this.
 *
 * @param text - The JSON text.
 * @param maxDepth - Stop and report `tooDeep` when objects and arrays nest deeper than this.
 * @param limit - Keep at most this many duplicates (the depth is still checked to the end).
 * @example
 * ```ts
 * scanJsonText('{"a":[{"b":1,"b":2}]}'); // { duplicates: [{ pointer: '/a/0/b', … }], tooDeep: false }
 * scanJsonText('[[[1]]]', 2); // { duplicates: [], tooDeep: true }
 * ```
 */
export function scanJsonText(text: string, maxDepth = Infinity, limit = Infinity): JsonTextScan {
  const duplicates: DuplicateMember[] = [];
  // Per nesting level (index = depth - 1), reused from one container to the next at that level.
  const isObject: boolean[] = [];
  const expectKey: boolean[] = [];
  const keys: string[] = [];
  const indexes: number[] = [];
  const names: string[][] = [];
  const offsets: number[][] = [];
  const sets: (Map<string, number> | undefined)[] = [];
  const pointers: (string | undefined)[] = [];
  let depth = 0;
  const length = text.length;
  let backslash = -1; // the first backslash after the current string's start (length: none left)
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      let end = text.indexOf('"', i + 1);
      if (backslash < start) backslash = indexOrEnd(text, '\\', start + 1);
      const escaped = backslash < (end === -1 ? length : end);
      // Only a string with a backslash can have an escaped quote: count the backslashes before it.
      while (escaped && end !== -1) {
        let slashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 92; k--) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end === -1 ? length : end + 1;
      const level = depth - 1;
      if (level >= 0 && isObject[level] === true && expectKey[level] === true) {
        expectKey[level] = false;
        const name = escaped ? unescape(text.slice(start, i)) : text.slice(start + 1, i - 1);
        keys[level] = name;
        const first = remember(level, name, start, names, offsets, sets);
        if (first !== -1 && duplicates.length < limit) {
          duplicates.push({ pointer: `${pointerAt(level, pointers, isObject, keys, indexes)}/${escapePointerToken(name)}`, name, offset: start, length: i - start, firstOffset: first });
          // Done, unless the depth still needs checking.
          if (duplicates.length >= limit && maxDepth === Infinity) break;
        }
      }
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth >= maxDepth) return { duplicates, tooDeep: true };
      const object = c === 123;
      isObject[depth] = object;
      expectKey[depth] = object;
      indexes[depth] = 0;
      pointers[depth] = undefined;
      if (object) {
        const list = names[depth];
        if (list === undefined) {
          names[depth] = [];
          offsets[depth] = [];
        } else {
          list.length = 0;
          (offsets[depth] as number[]).length = 0;
        }
        sets[depth] = undefined;
      }
      depth++;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 44 /* , */ && depth > 0) {
      if (isObject[depth - 1] === true) expectKey[depth - 1] = true;
      else indexes[depth - 1] = (indexes[depth - 1] ?? 0) + 1;
    }
    i++;
  }
  return { duplicates, tooDeep: false };
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

/** Records `name` in the object at `level`; returns the offset of an earlier occurrence, or -1. */
function remember(level: number, name: string, start: number, names: string[][], offsets: number[][], sets: (Map<string, number> | undefined)[]): number {
  const set = sets[level];
  if (set !== undefined) {
    const first = set.get(name);
    if (first !== undefined) return first;
    set.set(name, start);
    return -1;
  }
  const list = names[level] as string[];
  const at = list.indexOf(name);
  if (at !== -1) return (offsets[level] as number[])[at] ?? start;
  list.push(name);
  (offsets[level] as number[]).push(start);
  if (list.length > smallObject) sets[level] = new Map(list.map((n, k) => [n, (offsets[level] as number[])[k] ?? 0]));
  return -1;
}

/** The pointer of the container at `level`, filling in the memo of every level above that lacks one. */
function pointerAt(level: number, pointers: (string | undefined)[], isObject: boolean[], keys: string[], indexes: number[]): string {
  let known = level;
  while (known > 0 && pointers[known] === undefined) known--;
  let pointer = known === 0 ? '' : (pointers[known] as string);
  pointers[0] = '';
  for (let l = known + 1; l <= level; l++) {
    const token = isObject[l - 1] === true ? (keys[l - 1] ?? '') : String(indexes[l - 1] ?? 0);
    pointer = `${pointer}/${escapePointerToken(token)}`;
    pointers[l] = pointer;
  }
  return pointer;
}

function unescape(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted; // Not JSON text: compare the raw spelling.
  }
}
