/**
 * The result of one exercise check. `message.code` is "checks.<kind>.<outcome>", an i18n key of
 * the `course` namespace; its params carry found/expected numbers and, for a failure that points
 * at one place in the script, `elementIndex` (for the editor to jump to) and `scene` (1-based,
 * 0 before the first heading) for the text.
 */
import type { Message } from '../messages.ts';
import type { CheckKind } from './schema.ts';

export interface CheckResult {
  id: string;
  kind: CheckKind;
  passed: boolean;
  message: Message;
}

export function outcome(kind: CheckKind, what: string, params: Message['params'] = {}): Message {
  return { code: `checks.${kind}.${what}`, params };
}
