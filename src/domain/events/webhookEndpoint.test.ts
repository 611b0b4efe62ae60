import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webhookUrlProblem } from './webhookEndpoint.js';

test('webhook endpoint addresses: https on the public internet, unless private networks are allowed', () => {
  const strict = { privateNetworks: false };
  const local = { privateNetworks: true };
  assert.equal(webhookUrlProblem('https://hooks.example.com/licensehub', strict), null);
  assert.match(webhookUrlProblem('http://hooks.example.com/x', strict)!, /https:\/\//);
  assert.match(webhookUrlProblem('https://127.0.0.1/x', strict)!, /public internet/);
  assert.match(webhookUrlProblem('https://[::ffff:10.0.0.1]/x', strict)!, /public internet/);
  assert.match(webhookUrlProblem('https://localhost/x', strict)!, /public internet/);
  assert.match(webhookUrlProblem('https://user:pw@hooks.example.com/', strict)!, /user name/);
  assert.match(webhookUrlProblem('not a url', strict)!, /absolute/);
  assert.equal(webhookUrlProblem('http://127.0.0.1:8080/x', local), null);
  assert.match(webhookUrlProblem('ftp://127.0.0.1/x', local)!, /http:\/\//);
});
