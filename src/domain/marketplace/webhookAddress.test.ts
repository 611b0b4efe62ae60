import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNonPublicAddress } from './webhookAddress.js';

test('loopback, private, link-local and metadata addresses are not public', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
    assert.equal(isNonPublicAddress(address), true, address);
  }
});

test('public addresses are allowed, including neighbours of the private ranges', () => {
  for (const address of ['8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '100.63.255.255', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
    assert.equal(isNonPublicAddress(address), false, address);
  }
});

test('anything that is not an IP address is refused', () => {
  assert.equal(isNonPublicAddress('example.com'), true);
});
