/** The project root. */
export const root: string;
/** What the check watches: folders and files relative to the root. */
export const SOURCES: readonly string[];
/** Runs `tsc -p tsconfig.build.json` if dist/ is missing or older than any source. */
export function buildIfStale(): void;
