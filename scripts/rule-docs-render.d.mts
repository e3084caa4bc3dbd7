// Types of scripts/rule-docs-render.mjs for the TypeScript tests that import it.
import type { Diagnostic, EndpointId, RuleCode } from '../src/index.js';
import type * as Api from '../src/index.js';

/** The parts of the package API the renderer uses. */
export type RuleDocsApi = Pick<
  typeof Api,
  'ruleCodes' | 'ruleCatalogue' | 'endpoints' | 'validate' | 'checkFieldAccess' | 'fullAccessTo' | 'attendanceModes' | 'modeFields' | 'duplicateMemberDiagnostics'
>;
export declare const ruleDocsBanner: string;
export declare function exampleGrants(api: RuleDocsApi): ReturnType<typeof Api.fullAccessTo>;
export declare function runExample(api: RuleDocsApi, code: RuleCode, example: { readonly endpoint: EndpointId; readonly payload: unknown; readonly text?: string | undefined }): readonly Diagnostic[];
export declare function renderRuleDocs(api: RuleDocsApi): string;
