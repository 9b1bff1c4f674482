// `npm start` and `npm run deploy`: build only if a source changed, then run the compiled entry point in
// this same process (signals reach the bot directly).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, root } from './buildIfStale.mjs';

buildIfStale();
const entry = process.argv[2] === 'deploy' ? 'deploy.js' : 'index.js';
await import(pathToFileURL(join(root, 'dist', 'src', entry)).href);
