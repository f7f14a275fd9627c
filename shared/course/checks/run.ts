/**
 * Runs an exercise's checks on a script. Pure: the same script, checks and paper give the same
 * results, so the app, the CLI and a mentor's copy all agree on what passed.
 */
import type { Paper } from '../../screenplay/layout/profiles.ts';
import { printProfile } from '../../screenplay/layout/print-profile.ts';
import type { Screenplay } from '../../screenplay/model.ts';
import { checkCharacters } from './characters.ts';
import { checkContext, type CheckContext } from './context.ts';
import { checkDialogueShare, checkPages, checkScenes } from './counts.ts';
import { checkFadeInOut, checkIntAndExt, checkTimeOfDay, checkTitlePage } from './format.ts';
import { checkMaxActionLines, checkMaxSpeechLines } from './lengths.ts';
import type { CheckResult } from './result.ts';
import type { Check } from './schema.ts';

export type { CheckResult } from './result.ts';
export * from './schema.ts';

function runOne(check: Check, ctx: CheckContext): CheckResult {
  switch (check.kind) {
    case 'pages':
      return checkPages(check, ctx);
    case 'scenes':
      return checkScenes(check, ctx);
    case 'title_page':
      return checkTitlePage(check, ctx);
    case 'int_and_ext':
      return checkIntAndExt(check, ctx);
    case 'characters':
      return checkCharacters(check, ctx);
    case 'fade_in_out':
      return checkFadeInOut(check, ctx);
    case 'time_of_day':
      return checkTimeOfDay(check, ctx);
    case 'max_action_lines':
      return checkMaxActionLines(check, ctx);
    case 'max_speech_lines':
      return checkMaxSpeechLines(check, ctx);
    case 'dialogue_share':
      return checkDialogueShare(check, ctx);
  }
}

export function runChecks(screenplay: Screenplay, checks: readonly Check[], paper: Paper): CheckResult[] {
  const ctx = checkContext(screenplay, printProfile(paper, screenplay.layout));
  return checks.map((c) => runOne(c, ctx));
}

/** True when every check passed (an exercise without checks passes: nothing was asked). */
export function allPassed(results: readonly CheckResult[]): boolean {
  return results.every((r) => r.passed);
}
