import { expect, test } from 'vitest';
import { ChannelBusyError, ChannelGate, GateClosedError } from '../../src/speed/ChannelGate.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

test('identical requests for one channel share one run and its answer', async () => {
  const gate = new ChannelGate();
  const upstream = deferred<string>();
  let runs = 0;
  const task = () => {
    runs += 1;
    return upstream.promise;
  };
  const answers = Promise.all([
    gate.run('c1', 'fast', task),
    gate.run('c1', 'fast', task),
    gate.run('c1', 'fast', task),
  ]);
  upstream.resolve('Done!');
  expect(await answers).toEqual(['Done!', 'Done!', 'Done!']);
  expect(runs).toBe(1);
  expect(gate.pending).toBe(0);
});

test('a different request waits until the running one has finished, in arrival order', async () => {
  const gate = new ChannelGate();
  const order: string[] = [];
  const first = deferred<void>();
  const fast = gate.run('c1', 'fast', async () => {
    order.push('fast started');
    await first.promise;
    order.push('fast finished');
  });
  const relax = gate.run('c1', 'relax', async () => {
    order.push('relax started');
  });
  await Promise.resolve();
  expect(order).toEqual(['fast started']);
  first.resolve();
  await Promise.all([fast, relax]);
  expect(order).toEqual(['fast started', 'fast finished', 'relax started']);
});

test('a request identical to an earlier one but not the last queued runs again, keeping the order', async () => {
  const gate = new ChannelGate();
  const runs: string[] = [];
  const record = (name: string) => async () => {
    runs.push(name);
  };
  await Promise.all([
    gate.run('c1', 'fast', record('fast')),
    gate.run('c1', 'relax', record('relax')),
    gate.run('c1', 'fast', record('fast')),
  ]);
  expect(runs).toEqual(['fast', 'relax', 'fast']);
});

test('other channels are not held up by a slow one', async () => {
  const gate = new ChannelGate();
  const slow = deferred<void>();
  const blocked = gate.run('c1', 'fast', () => slow.promise);
  await expect(gate.run('c2', 'fast', async () => 'c2 done')).resolves.toBe('c2 done');
  slow.resolve();
  await blocked;
});

test('a failed run does not stop the ones queued behind it', async () => {
  const gate = new ChannelGate();
  const failing = gate.run('c1', 'fast', async () => {
    throw new Error('boom');
  });
  const next = gate.run('c1', 'relax', async () => 'relaxed');
  await expect(failing).rejects.toThrow('boom');
  await expect(next).resolves.toBe('relaxed');
});

test('beyond the queue bound a request is refused instead of queued', async () => {
  const gate = new ChannelGate(20);
  const hold = deferred<void>();
  const queued = [gate.run('c1', 'key-0', () => hold.promise)];
  for (let index = 1; index <= 20; index += 1)
    queued.push(gate.run('c1', `key-${index}`, async () => undefined));
  await expect(gate.run('c1', 'one-too-many', async () => undefined)).rejects.toBeInstanceOf(
    ChannelBusyError,
  );
  // Joining the last queued request costs no room, so it is still accepted.
  queued.push(gate.run('c1', 'key-20', async () => undefined));
  hold.resolve();
  await Promise.all(queued);
  expect(gate.pending).toBe(0);
});

test('closing turns away the requests still waiting and lets the running one finish', async () => {
  const gate = new ChannelGate();
  const running = deferred<string>();
  const started = deferred<void>();
  let queuedRan = false;
  const first = gate.run('c1', 'fast', () => {
    started.resolve();
    return running.promise;
  });
  const queued = gate.run('c1', 'turbo', async () => {
    queuedRan = true;
  });
  await started.promise;
  const closed = gate.close();
  await expect(queued).rejects.toBeInstanceOf(GateClosedError);
  await expect(gate.run('c2', 'fast', async () => 'new')).rejects.toBeInstanceOf(GateClosedError);
  running.resolve('Done!');
  await expect(first).resolves.toBe('Done!');
  await closed;
  expect(queuedRan).toBe(false);
});
