import { readdir } from 'node:fs/promises';
import type { Command } from './Command.js';

// Compiled, this file sits in dist/src/discord and the commands in dist/commands; from source, the same.
const COMMANDS_DIR = new URL('../../commands/', import.meta.url);
const MODULE_FILE = /^(?!.*\.d\.ts$).+\.(js|ts)$/;

function isCommand(value: unknown): value is Command {
  const candidate = value as Partial<Command> | undefined;
  return typeof candidate?.data?.name === 'string' && typeof candidate.execute === 'function';
}

/**
 * Every command in `commands/`, by name: the single list that both the bot and `npm run deploy` use.
 */
export async function loadCommands(): Promise<Map<string, Command>> {
  const files = (await readdir(COMMANDS_DIR)).filter((file) => MODULE_FILE.test(file)).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const module = (await import(new URL(file, COMMANDS_DIR).href)) as { default?: unknown };
    if (!isCommand(module.default)) throw new Error(`commands/${file} does not export a default Command`);
    commands.set(module.default.data.name, module.default);
  }
  return commands;
}
