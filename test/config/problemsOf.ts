import { ConfigError, parseConfig } from '../../src/config.js';

/** The problems `parseConfig` lists for `env`; fails the test when the configuration is accepted. */
export function problemsOf(
  env: Record<string, string | undefined>,
  purpose: 'bot' | 'deploy' = 'bot',
): string[] {
  try {
    parseConfig(env, purpose);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}
