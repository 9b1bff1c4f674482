import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { DEMO_CAPTCHA_URL } from '../../demo/moderationScenes.js';
import { render } from '../../src/i18n/render.js';
import { msg } from '../../src/i18n/text.js';

// The compiled demo, exactly what `npm run demo` runs once the build is current (the global setup builds).
const DEMO = join(import.meta.dirname, '..', '..', 'dist', 'demo', 'demo.js');
const runDemo = (...args: string[]) =>
  promisify(execFile)(process.execPath, [DEMO, ...args], { timeout: 45_000 });

/** One answer as the demo prints it: who ran what, who can see the answer, and its lines. */
interface PrintedAnswer {
  command: string;
  visibleTo: string;
  text: string;
}

/** The printed conversation, answer by answer (narration and the closing traffic line left out). */
function answersIn(stdout: string): PrintedAnswer[] {
  return stdout
    .split('\n#midjourney  ')
    .slice(1)
    .map((block) => {
      const [command = '', header = '', ...lines] = block.split('\n\n')[0]?.split('\n') ?? [];
      const viewer = /\(only (\w+) can see this\)/.exec(header)?.[1];
      return { command, visibleTo: viewer ?? 'everyone', text: lines.join('\n') };
    });
}

/** Who saw what until the flag was resolved: the same script against either upstream, in any language. */
const FLAGGED_PART = [
  'alice used /speed fast → everyone',
  'bob used /speed turbo → everyone',
  'alice used /speed relax → everyone',
  'bob used /speed fast → bob',
  'bob used /speed reset → bob',
];

const seenBy = (answers: readonly PrintedAnswer[]) =>
  answers.map((answer) => `${answer.command} → ${answer.visibleTo}`);

/** How a run the demo refuses ended, as `execFile` rejects it. */
async function refusedRun(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const outcome = await runDemo(...args).catch((error: unknown) => error);
  if (!(outcome instanceof Error)) throw new Error(`the demo accepted ${args.join(' ')}`);
  return outcome as Error & { code: number; stdout: string; stderr: string };
}

describe('npm run demo', () => {
  test('plays the whole script against useapi.net and prints the conversation', async () => {
    const { stdout } = await runDemo();
    expect(stdout).toContain('#midjourney  alice used /speed fast');
    expect(stdout).toContain('Midjourney flagged the shared account');
    expect(stdout).toContain('[ Reset (admins) ]');
    expect(stdout).toContain('mj-speed-bot (only bob can see this):\n    Only members with Manage Server');
    expect(stdout).toContain('@carol reset the Midjourney account');
    // The live panel: posted for everyone, then a press of its Turbo button, answered to bob alone.
    expect(stdout).toContain(
      '📌 the live panel in #midjourney (pinned), as everyone sees it:\n  ┃ ## 🌙 Relax mode',
    );
    expect(stdout).toContain(
      '#midjourney  bob used [ 🚀 Turbo ] on the panel\n  mj-speed-bot (only bob can see this):',
    );
    expect(stdout).toContain('  ┃ ## 🚀 Turbo mode\n  ┃ Set by @bob');
    expect(stdout).toContain('  ┃ [ ⚡ Fast ] [[ 🚀 Turbo ]] [ 🌙 Relax ]');
    expect(stdout).toContain('useapi.net saw 8 requests');
  }, 60_000);

  test('-- --upstream midjourney-proxy plays the same script; the CAPTCHA link reaches the admin alone', async () => {
    const { stdout } = await runDemo('--upstream', 'midjourney-proxy');
    expect(stdout).toContain('a local midjourney-proxy on 127.0.0.1');
    const answers = answersIn(stdout);
    expect(seenBy(answers)).toEqual([
      ...FLAGGED_PART,
      'carol used /speed status → carol',
      'carol used /speed reset → carol',
      'carol used Solved: reset → everyone',
      'alice used /speed relax → everyone',
      'alice used /speed status → alice',
      'carol used /speed panel → carol',
      'bob used [ 🚀 Turbo ] on the panel → bob',
    ]);
    const [fast, turbo, halted, , , adminStatus, captchaFirst, reset, relax] = answers;
    // The proxy relays no "Done!": the bot says what it read back.
    expect(fast?.text).toContain('midjourney-proxy now reports job mode **Fast**');
    expect(turbo?.text).toContain('midjourney-proxy now reports job mode **Turbo**');
    expect(halted?.text).toContain('Midjourney flagged the shared account: speed changes are halted');
    expect(halted?.text).toContain('because Midjourney asked the account to solve a CAPTCHA');
    expect(halted?.text).toContain('admins find the link in `/speed status` (it is never posted here)');
    expect(halted?.text).toContain('[ Reset (admins) ]');
    expect(adminStatus?.text).toContain(`locked by a CAPTCHA**. Solve it at <${DEMO_CAPTCHA_URL}>`);
    // Asked to reset, carol gets the link again, privately, with the Reset to press once it is solved.
    expect(captchaFirst?.text).toContain(`First solve it at <${DEMO_CAPTCHA_URL}>`);
    expect(captchaFirst?.text).toContain('[ Solved: reset ]');
    // Printed twice in all, both times to carol alone; nowhere public.
    expect(stdout.split(DEMO_CAPTCHA_URL)).toHaveLength(3);
    expect(reset?.text).toContain('@carol reset the Midjourney account at midjourney-proxy');
    expect(reset?.text).toContain('The bot told midjourney-proxy that the CAPTCHA was solved');
    expect(relax?.text).toContain('midjourney-proxy now reports job mode **Relax**');
    expect(stdout).toMatch(/midjourney-proxy saw \d+ requests: .*POST \/mj\/admin\/account-cf\//);
  }, 60_000);

  test('-- --locale ja plays the same script with the members and the server in Japanese', async () => {
    const { stdout } = await runDemo('--locale', 'ja');
    expect(stdout).toContain('the server and everyone in it use Discord in ja');
    const answers = answersIn(stdout);
    expect(seenBy(answers)).toEqual([
      ...FLAGGED_PART,
      'carol used /speed reset → everyone',
      'alice used /speed relax → everyone',
      'alice used /speed status → alice',
      'carol used /speed panel → carol',
      `bob used [ 🚀 ${render(msg('mode.turbo'), 'ja')} ] on the panel → bob`,
    ]);
    // The channel's halt notice carries its Reset button in the server's language (English until ja lands).
    expect(answers[2]?.text).toContain(`[ ${render(msg('halt.resetButton'), 'ja')} ]`);
    // So does the live panel, for everyone.
    const heading = render(msg('panel.heading.mode', { emoji: '🚀', mode: msg('mode.turbo') }), 'ja');
    expect(stdout).toContain(`  ┃ ${heading}`);
  }, 60_000);

  test.each([
    [['--upstream', 'useapi.com'], 'unknown upstream "useapi.com"'],
    [['--locale', 'jp'], 'unknown locale "jp": use one of en-US, zh-CN, zh-TW, ja,'],
  ])('%j gets what is wrong, the usage line with both flags and exit code 2', async (args, problem) => {
    const failed = await refusedRun(...args);
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    expect(failed.stderr).toContain(problem);
    expect(failed.stderr).toContain(
      'usage: npm run demo [-- --upstream useapi|midjourney-proxy] [--locale en-US|zh-CN|',
    );
  });
});
