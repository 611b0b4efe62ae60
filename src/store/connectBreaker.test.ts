import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConnectBreaker } from './connectBreaker.js';
import { databaseUnavailableReason } from './errors.js';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

function breakerAt(pauseMs = 1_000) {
  const clock = { ms: 0 };
  return { clock, breaker: new ConnectBreaker(pauseMs, () => clock.ms) };
}

test('after a refused connect, connects fail at once with a 503 reason until the pause ends', async () => {
  const { clock, breaker } = breakerAt();
  let attempts = 0;
  const down = async () => {
    attempts++;
    throw refused();
  };
  await assert.rejects(breaker.connect(down), /ECONNREFUSED/);
  for (let i = 0; i < 5; i++) {
    clock.ms += 100;
    const error = await breaker.connect(down).catch((e: unknown) => e);
    assert.equal(databaseUnavailableReason(error), 'the database cannot be reached');
    assert.match((error as Error).message, /could not be reached a moment ago \(connect ECONNREFUSED/);
  }
  assert.equal(attempts, 1, 'no connection tried during the pause');
  assert.equal(breaker.refused, 5);
  clock.ms = 1_000;
  await assert.rejects(breaker.connect(down), /ECONNREFUSED/);
  assert.equal(attempts, 2, 'one connect tried once the pause is over');
});

test('one probe at a time: while it is out the others fail at once; once it connects, all go through', async () => {
  const { clock, breaker } = breakerAt();
  await assert.rejects(breaker.connect(async () => Promise.reject(refused())));
  clock.ms = 1_500;
  let letProbeOpen!: () => void;
  const probe = breaker.connect(() => new Promise<string>((resolve) => (letProbeOpen = () => resolve('probe'))));
  let tried = 0;
  const other = () => {
    tried++;
    return Promise.resolve('other');
  };
  await assert.rejects(breaker.connect(other), (e: Error & { code?: string }) => e.code === 'LH_DATABASE_AWAY');
  assert.equal(tried, 0);
  letProbeOpen();
  assert.equal(await probe, 'probe');
  assert.equal(await breaker.connect(other), 'other');
  assert.equal(tried, 1);
  assert.equal(breaker.refused, 0);
});

test('a busy pool or a query error is not the database being away: nothing is held back', async () => {
  const { breaker } = breakerAt();
  const busy = new Error('timeout exceeded when trying to connect');
  await assert.rejects(breaker.connect(() => Promise.reject(busy)), busy);
  const tooMany = Object.assign(new Error('sorry, too many clients already'), { code: '53300' });
  await assert.rejects(breaker.connect(() => Promise.reject(tooMany)), tooMany);
  assert.equal(await breaker.connect(() => Promise.resolve('open')), 'open');
});

test('a connect that times out (a database that does not answer) holds the next ones back too', async () => {
  const { breaker } = breakerAt();
  await assert.rejects(breaker.connect(() => Promise.reject(new Error('Connection terminated due to connection timeout'))));
  let tried = false;
  await assert.rejects(breaker.connect(async () => (tried = true)), (e: Error & { code?: string }) => e.code === 'LH_DATABASE_AWAY');
  assert.equal(tried, false);
});
