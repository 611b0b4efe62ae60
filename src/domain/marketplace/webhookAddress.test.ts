import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNonPublicAddress } from './webhookAddress.js';

test('loopback, private, link-local and metadata addresses are not public', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
    assert.equal(isNonPublicAddress(address), true, address);
  }
});

test('documentation, benchmarking, multicast, broadcast and other special ranges are not public', () => {
  for (const address of ['192.0.2.1', '198.51.100.1', '203.0.113.1', '198.18.0.1', '224.0.0.1', '255.255.255.255', '2001:db8::1', 'ff02::1', '100::1', 'fec0::1', '2001:10::1']) {
    assert.equal(isNonPublicAddress(address), true, address);
  }
});

test('the finding: every IPv6 form that embeds or translates a private IPv4 address is refused', () => {
  for (const address of [
    '64:ff9b::10.0.0.1', // NAT64 (RFC 6052)
    '64:ff9b::7f00:1', // NAT64 of 127.0.0.1, hex
    '64:ff9b::a9fe:a9fe', // NAT64 of the metadata service
    '64:ff9b:1::8.8.8.8', // local-use NAT64 (RFC 8215)
    '2002:a00:1::1', // 6to4 of 10.0.0.1
    '2002:7f00:1::', // 6to4 of 127.0.0.1
    '2002:a9fe:a9fe::1', // 6to4 of 169.254.169.254
    '::10.0.0.1', // IPv4-compatible
    '::127.0.0.1',
    '::ffff:0:10.0.0.1', // IPv4-translated (SIIT)
    '::ffff:169.254.169.254', // IPv4-mapped
    '2001:470::5efe:10.0.0.1', // ISATAP
    '2001:470::200:5efe:192.168.1.1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
  ]) {
    assert.equal(isNonPublicAddress(address), true, address);
  }
});

test('public addresses are allowed, including neighbours of the private ranges and embeddings of public IPv4', () => {
  for (const address of ['8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '100.63.255.255', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1']) {
    assert.equal(isNonPublicAddress(address), false, address);
  }
});

test('anything that is not an IP address is refused', () => {
  assert.equal(isNonPublicAddress('example.com'), true);
  assert.equal(isNonPublicAddress(''), true);
});
