import type { SpeedMode } from '../speedModes.js';
import type { AccountInfo, JobResult, ResetResult, UseapiOutcome } from '../useapi/outcomes.js';

/** The useapi.net calls the speed rules need; `UseapiClient` provides them. */
export interface SpeedUpstream {
  setSpeed(verb: SpeedMode, channel: string): Promise<UseapiOutcome<JobResult>>;
  resetAccount(channel: string): Promise<UseapiOutcome<ResetResult>>;
  getAccount(channel: string): Promise<UseapiOutcome<AccountInfo>>;
  /** `POST /jobs/info`, for fast hours; without it the fast time is always unknown. */
  info?(channel: string): Promise<UseapiOutcome<JobResult>>;
}
