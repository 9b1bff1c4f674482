import { expect, test } from 'vitest';
import type { DoctorReport } from '../../src/tools/doctor/report.js';
import { secretsOf, withoutSecrets } from '../../src/tools/doctor/secrets.js';

test('the doctor scrubs a short token and Redis password a service quoted back, and keeps the words around them', () => {
  const secrets = secretsOf({ MJ_PROXY_TOKEN: 'admin', STORE_URL: 'redis://:123456@redis:6379' });
  const report: DoctorReport = {
    ok: false,
    checks: [
      {
        id: 'upstream',
        title: 'Upstream',
        status: 'fail',
        summary: 'midjourney-proxy refused the token admin',
        fix: 'ask the admins for the token',
        details: ['WRONGPASS redis://:123456@redis:6379'],
      },
    ],
  };
  const [check] = withoutSecrets(report, secrets).checks;
  expect(check).toMatchObject({
    summary: 'midjourney-proxy refused the token [redacted]',
    fix: 'ask the admins for the token',
    details: ['WRONGPASS redis://:[redacted]@redis:6379'],
  });
});
