// Some suites run the compiled bot as a real child process (to kill it abruptly, to run two of them), so
// dist/ must match the sources under test.
import { buildIfStale } from '../scripts/buildIfStale.mjs';

export default function setup(): void {
  buildIfStale();
}
