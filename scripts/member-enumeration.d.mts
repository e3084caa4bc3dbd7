// Types of scripts/member-enumeration.mjs for the tests.
export declare function toEnumeratedMembers(code: string): string;
