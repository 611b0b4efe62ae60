import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../config.js';

test('SMTP settings: unset means in-app only; a URL and From are checked with a message that says what to write', () => {
  assert.equal(loadConfig({}).smtp, null);
  assert.deepEqual(loadConfig({ LICENSEHUB_SMTP_URL: 'smtp://u:p@mail.example.com:587', LICENSEHUB_PUBLIC_URL: 'https://hub.example.com' }).smtp, {
    url: 'smtp://u:p@mail.example.com:587',
    from: 'LicenseHub <licensehub@hub.example.com>',
  });
  assert.equal(loadConfig({ LICENSEHUB_SMTP_URL: 'smtps://mail.example.com', LICENSEHUB_SMTP_FROM: 'Licenses <licenses@example.com>' }).smtp?.from, 'Licenses <licenses@example.com>');
  assert.throws(() => loadConfig({ LICENSEHUB_SMTP_URL: 'http://mail.example.com' }), /must start with smtp:\/\/ or smtps:\/\//);
  assert.throws(() => loadConfig({ LICENSEHUB_SMTP_URL: 'mail.example.com' }), /must be a URL such as smtp:\/\//);
  assert.throws(() => loadConfig({ LICENSEHUB_SMTP_URL: 'smtp://mail.example.com', LICENSEHUB_SMTP_FROM: 'nobody' }), /LICENSEHUB_SMTP_FROM must be an address/);
  assert.throws(() => loadConfig({ LICENSEHUB_SMTP_FROM: 'a@b.example' }), /LICENSEHUB_SMTP_URL is not/);
  assert.equal(loadConfig({ LICENSEHUB_NOTIFICATION_EMAIL_INTERVAL_SECONDS: '0' }).notificationEmailIntervalSeconds, 0);
  assert.throws(() => loadConfig({ LICENSEHUB_NOTIFICATION_EMAIL_INTERVAL_SECONDS: '-1' }), /LICENSEHUB_NOTIFICATION_EMAIL_INTERVAL_SECONDS/);
});
