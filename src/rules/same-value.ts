import { attendancePath, cleanString, normalizeId, type CheckContext } from './check-context.js';

/**
 * Reports every meeting_interval record whose `field` differs from the first record's (the first
 * record whose value the schema did not flag); ids compare as numbers. The rules using it declare
 * `endpoints: ['meeting_interval']`, so the runner calls it for meeting_interval payloads only.
 */
export function checkSameValue(context: CheckContext, field: 'studentid' | 'att_date', code: 'mixed-student' | 'mixed-date', noun: string): void {
  let reference: { index: number; value: string; key: string } | undefined;
  for (const view of context.views) {
    const value = cleanString(context, view, field);
    if (value === undefined) continue;
    const key = field === 'studentid' ? normalizeId(value) : value;
    if (reference === undefined) {
      reference = { index: view.index, value, key };
      continue;
    }
    if (key === reference.key) continue;
    context.report({
      code,
      severity: 'error',
      path: attendancePath(view.index, field),
      message: `A meeting_interval payload is for one ${noun}: record ${reference.index} has ${field} "${reference.value}" but this record has "${value}". Send it in its own payload.`,
      recordIndex: view.index,
    });
  }
}
