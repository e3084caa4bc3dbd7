// Types of scripts/entries.mjs for the tests.
export declare const peerEntries: readonly { readonly name: string; readonly peer: string; readonly module: string; readonly loadsPeer: boolean }[];
