/**
 * A change-feed event as it leaves LicenseHub (feed API, webhooks, SIEM
 * stream): a CloudEvents 1.0 structured-mode JSON object. `revision` is a
 * CloudEvents extension attribute: the feed position a reader resumes after.
 */
export interface CloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  revision: string;
  data: Record<string, unknown>;
}

export interface StoredEvent {
  revision: string;
  id: string;
  type: string;
  source: string;
  subject: string;
  time: Date;
  data: unknown;
}

export function toCloudEvent(row: StoredEvent): CloudEvent {
  return {
    specversion: '1.0',
    id: row.id,
    source: row.source,
    type: row.type,
    subject: row.subject,
    time: row.time.toISOString(),
    datacontenttype: 'application/json',
    revision: String(row.revision),
    data: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>,
  };
}
