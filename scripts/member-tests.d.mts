// Types of scripts/member-tests.mjs for the tests.
export declare function toMemberComparisons(code: string): string;
