/** The project root. */
export const root: string;
/** Runs `tsc -p tsconfig.build.json` if dist/ is missing or older than any source. */
export function buildIfStale(): void;
