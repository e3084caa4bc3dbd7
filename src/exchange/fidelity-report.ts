import type { BehaviourSource } from './behaviour.js';
import { headerValue } from './exchange.js';
import type { ExchangeView } from './exchange-view.js';
import { modelledBehaviours } from './modelled-behaviours.js';

/**
 * A behaviour's verdict over a whole recording.
 *
 * @example
 * ```ts
 * const verdict: FidelityVerdict = 'not-shown';
 * ```
 */
export type FidelityVerdict = 'confirmed' | 'contradicted' | 'not-shown';

/**
 * One row of the fidelity report: the behaviour, its verdict, the exchanges that confirm it and
 * those that contradict it with what they showed.
 *
 * @example
 * ```ts
 * const row: FidelityRow = { id: 'expires-in-string', source: 'captured', statement: '…', verdict: 'confirmed',
 *   confirmedBy: ['entry 1'], contradictedBy: [] };
 * ```
 */
export interface FidelityRow {
  readonly id: string;
  readonly source: BehaviourSource;
  readonly statement: string;
  readonly verdict: FidelityVerdict;
  readonly confirmedBy: readonly string[];
  readonly contradictedBy: readonly { readonly exchange: string; readonly detail: string }[];
}

/**
 * Whether an exchange can speak for the server: answered by it (not by the proxy) and not steered by
 * a `Prefer` header (a mock's scripted answer; a real server ignores it).
 *
 * @example
 * ```ts
 * views.filter(isEvidence);
 * ```
 */
export function isEvidence(view: ExchangeView): boolean {
  return view.exchange.answeredBy === undefined && view.exchange.response !== undefined && headerValue(view.exchange.request.headers, 'prefer') === undefined;
}

/**
 * The fidelity report: every modelled behaviour, in list order, with its verdict over the exchanges
 * (contradicted when any exchange contradicts it, confirmed when some confirm and none contradict).
 *
 * @example
 * ```ts
 * fidelityReport(exchanges.map(viewExchange)).filter((row) => row.verdict === 'contradicted');
 * ```
 */
export function fidelityReport(views: readonly ExchangeView[]): FidelityRow[] {
  const evidence = views.filter(isEvidence);
  return modelledBehaviours.map((behaviour) => {
    const confirmedBy: string[] = [];
    const contradictedBy: { exchange: string; detail: string }[] = [];
    const memory = new Map<string, unknown>();
    for (const view of evidence) {
      const seen = behaviour.detect(view, memory);
      if (seen?.verdict === 'confirms') confirmedBy.push(view.exchange.label);
      else if (seen?.verdict === 'contradicts') contradictedBy.push({ exchange: view.exchange.label, detail: seen.detail });
    }
    const verdict: FidelityVerdict = contradictedBy.length > 0 ? 'contradicted' : confirmedBy.length > 0 ? 'confirmed' : 'not-shown';
    return { id: behaviour.id, source: behaviour.source, statement: behaviour.statement, verdict, confirmedBy, contradictedBy };
  });
}

/**
 * The list of modelled behaviours as a Markdown table (id, source, statement), as the docs show it.
 *
 * @example
 * ```ts
 * behaviourTable().split('\n')[0]; // '| behaviour | source | what the contract assumes |'
 * ```
 */
export function behaviourTable(): string {
  const rows = modelledBehaviours.map((b) => `| \`${b.id}\` | ${b.source} | ${b.statement.replace(/\|/g, '\\|')} |`);
  return ['| behaviour | source | what the contract assumes |', '|---|---|---|', ...rows].join('\n');
}

const verdictWords: Readonly<Record<FidelityVerdict, string>> = { confirmed: 'confirmed', contradicted: '**contradicted**', 'not-shown': 'not shown' };

/**
 * The fidelity report as Markdown: a summary line and one row per behaviour, with up to three
 * exchanges for each verdict (the JSON form has them all).
 *
 * @example
 * ```ts
 * process.stdout.write(fidelityMarkdown(fidelityReport(views), 'session.har'));
 * ```
 */
export function fidelityMarkdown(rows: readonly FidelityRow[], source: string): string {
  const count = (v: FidelityVerdict): number => rows.filter((r) => r.verdict === v).length;
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const evidence = (row: FidelityRow): string => {
    const list = row.verdict === 'contradicted'
      ? row.contradictedBy.map((c) => `${c.exchange}: ${c.detail}`)
      : row.confirmedBy;
    const shown = list.slice(0, 3).join('; ');
    return list.length > 3 ? `${shown}; and ${list.length - 3} more` : shown;
  };
  const lines = [
    `# Fidelity report: ${source}`,
    '',
    `${rows.length} modelled behaviours: ${count('confirmed')} confirmed, ${count('contradicted')} contradicted, ${count('not-shown')} not shown.`,
    '',
    '| behaviour | source | verdict | evidence | what the contract assumes |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.id}\` | ${r.source} | ${verdictWords[r.verdict]} | ${cell(evidence(r))} | ${cell(r.statement)} |`),
  ];
  return `${lines.join('\n')}\n`;
}
