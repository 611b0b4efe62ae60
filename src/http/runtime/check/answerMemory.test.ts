import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnswerMemory, hashBytes } from './answerMemory.js';

const body = (text: string) => Buffer.from(text);

describe('AnswerMemory', () => {
  test('answers the same key and the same bytes, and nothing else', () => {
    const memory = new AnswerMemory(10);
    memory.useGeneration(1);
    const remembered = memory.rememberAnswer('key-a', body('{"user":"1"}'), body('{"licensed":true}'), 0);
    assert.equal(memory.get('key-a', body('{"user":"1"}')), remembered);
    assert.equal(memory.get('key-b', body('{"user":"1"}')), undefined, 'another runtime key asks for itself');
    assert.equal(memory.get('key-a', body('{"user":"2"}')), undefined);
    assert.equal(memory.get('key-a', body('{"user": "1"}')), undefined, 'bytes, not meaning: different spacing is another question');
    assert.deepEqual(remembered.headers, ['content-type', 'application/json; charset=utf-8', 'content-length', '17']);
  });

  test('a new index generation forgets every answer', () => {
    const memory = new AnswerMemory(10);
    memory.useGeneration(1);
    memory.rememberAnswer('key', body('a'), body('1'), 0);
    memory.useGeneration(1);
    assert.ok(memory.get('key', body('a')));
    memory.useGeneration(2);
    assert.equal(memory.get('key', body('a')), undefined);
    assert.equal(memory.size, 0);
  });

  test('requests whose hashes collide are told apart by their bytes', () => {
    // Find two different one-byte-different bodies that land in the same slot by brute force on a tiny space.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair && i < 2_000_000; i++) {
      const text = `{"user":"${i.toString(36)}"}`;
      const hash = hashBytes(body(text));
      const other = seen.get(hash);
      if (other !== undefined) pair = [other, text];
      else seen.set(hash, text);
    }
    assert.ok(pair, 'a 32-bit collision exists among two million bodies');
    const memory = new AnswerMemory(10);
    memory.useGeneration(1);
    const first = memory.rememberAnswer('key', body(pair[0]), body('first'), 0);
    const second = memory.rememberAnswer('key', body(pair[1]), body('second'), 0);
    assert.equal(memory.get('key', body(pair[0])), first);
    assert.equal(memory.get('key', body(pair[1])), second);
  });

  test('keeps its own copy of the request bytes and stays within its capacity', () => {
    const memory = new AnswerMemory(2);
    memory.useGeneration(1);
    const request = body('{"user":"1"}');
    memory.rememberAnswer('key', request, body('x'), 0);
    request.fill(0);
    assert.ok(memory.get('key', body('{"user":"1"}')), 'a later reuse of the read buffer changes nothing');
    memory.rememberAnswer('key', body('b'), body('y'), 0);
    memory.rememberAnswer('key', body('c'), body('z'), 0);
    assert.ok(memory.size <= 2);
    assert.ok(memory.get('key', body('c')));
  });
});
