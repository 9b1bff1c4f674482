/** The mode rules as a member reads them: refusals, the limit note, and the modes line of `/speed status`. */
import { describe, expect, test } from 'vitest';
import {
  decideModeRequest,
  limitNote,
  type Member,
  type ModeRules,
  modesLine,
  refusalReply,
} from '../../src/discord/modeAccess.js';
import { MESSAGE_LIMIT } from '../../src/discord/replies.js';
import { inEveryLanguage, rendered } from '../support/rendered.js';

const TURBO_ROLE = '900000000000000001';
const FAST_ROLE = '900000000000000002';
const OTHER_ROLE = '900000000000000003';
const MEMBER: Member = { admin: false, roleIds: [] };
const RULES: ModeRules = {
  roles: { turbo: [TURBO_ROLE], fast: [FAST_ROLE, OTHER_ROLE] },
  maxMinutes: { turbo: 60 },
};

describe('refusals', () => {
  test('a role required names every role that would do, and what stays open', () => {
    const refusal = refusalReply({ kind: 'roleRequired', mode: 'fast', roles: [FAST_ROLE, OTHER_ROLE] });
    expect(rendered(refusal)).toBe(
      `Only members with <@&${FAST_ROLE}> or <@&${OTHER_ROLE}> (or admins) may switch to **Fast**. Nothing was sent to Midjourney; \`/speed relax\` is open to everyone.`,
    );
    expect(refusal.ephemeral).toBe(true);
  });

  test('a length over the limit says the limit and how to stay within it', () => {
    const decision = decideModeRequest('turbo', 90, MEMBER, {
      ...RULES,
      roles: { turbo: [], fast: [] },
    });
    expect(decision.kind).toBe('tooLong');
    if (decision.kind !== 'tooLong') return;
    expect(rendered(refusalReply(decision))).toBe(
      '**Turbo** is limited to 1 h at a time here: ask for `minutes` up to 60, or leave it out to get 60. Nothing was sent to Midjourney.',
    );
  });

  test('the limit note of a switch made timed by the limit', () => {
    expect(rendered(limitNote('turbo', 45))).toBe('(Turbo is limited to 45 min at a time here.)');
  });

  test('a refusal naming many roles fits a Discord message in every language', () => {
    const roles = Array.from(
      { length: 50 },
      (_, index) => `9100000000000000${String(index).padStart(2, '0')}`,
    );
    for (const [locale, text] of inEveryLanguage(
      refusalReply({ kind: 'roleRequired', mode: 'turbo', roles }),
    ))
      expect(text.length, locale).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });
});

describe('the modes line of /speed status', () => {
  test('a member without the roles: the open modes, then the others with the roles they need', () => {
    expect(rendered(modesLine(MEMBER, RULES))).toBe(
      `Modes you may use: **Relax**. Not for you: Fast (needs <@&${FAST_ROLE}> or <@&${OTHER_ROLE}>) and Turbo (needs <@&${TURBO_ROLE}>).`,
    );
  });

  test('a member with a role: the mode with its limit', () => {
    expect(rendered(modesLine({ admin: false, roleIds: [TURBO_ROLE] }, RULES))).toBe(
      `Modes you may use: **Turbo** (up to 1 h) and **Relax**. Not for you: Fast (needs <@&${FAST_ROLE}> or <@&${OTHER_ROLE}>).`,
    );
  });

  test('an admin may use every mode, limits shown', () => {
    expect(rendered(modesLine({ admin: true, roleIds: [] }, RULES))).toBe(
      'Modes you may use: **Fast**, **Turbo** (up to 1 h), and **Relax**.',
    );
  });
});
