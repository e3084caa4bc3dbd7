// Types of scripts/pattern-engine.mjs for the tests.
export declare function patternEngine(pattern: string, flags: string): { test(text: string): boolean };
