import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asSentence, problemMessage, problemOf } from './problemMessage.js';

test('a detail becomes a sentence: a capital on a plain first word, a full stop when it has none', () => {
  assert.equal(asSentence('must not be empty'), 'Must not be empty.');
  assert.equal(asSentence('offerKey: is already used by another of your offers'), 'offerKey: is already used by another of your offers.', 'a field path keeps its case');
  assert.equal(asSentence('Offer nope was not found'), 'Offer nope was not found.');
  assert.equal(asSentence('Retry in a few seconds.'), 'Retry in a few seconds.');
  assert.equal(asSentence('Missing: "Partner program approval"'), 'Missing: "Partner program approval".');
  assert.equal(asSentence('Is the offer "fieldops"?'), 'Is the offer "fieldops"?');
});

test('a refused token says what to do', () => {
  const problem = problemOf({ title: 'Unauthorized', status: 401, detail: 'The API token is invalid, expired or revoked' }, new Response(null, { status: 401 }));
  assert.equal(problemMessage(problem, 'https://lh.example'), 'https://lh.example refused the API token: The API token is invalid, expired or revoked. Run "licensehub login" with a valid token.');
});

test('a problem keeps its extensions and only well-formed field errors; a body that is none becomes a generic problem', () => {
  const response = new Response(null, { status: 422, statusText: 'Unprocessable Entity' });
  const problem = problemOf({ detail: 'The package has 1 problem', problems: [{ code: 'x' }], errors: [{ field: 'file', message: 'is required' }, { field: 3 }] }, response);
  assert.deepEqual(problem, {
    detail: 'The package has 1 problem',
    problems: [{ code: 'x' }],
    errors: [{ field: 'file', message: 'is required' }],
    type: 'about:blank',
    title: 'Unprocessable Entity',
    status: 422,
  });
  assert.equal(problemOf('<h1>Bad gateway</h1>', new Response(null, { status: 502, statusText: 'Bad Gateway' })).detail, 'The server answered HTTP 502 Bad Gateway without saying why');
});
