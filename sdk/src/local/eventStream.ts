/**
 * A Server-Sent Events reader over fetch (Node has no EventSource): parses the
 * `event`, `id` and `data` fields and comments of the WHATWG event-stream
 * format from a streamed response body.
 */
export interface StreamEvent {
  event: string;
  id: string | undefined;
  data: string;
}

export class EventStreamParser {
  private buffer = '';
  private event = '';
  private id: string | undefined;
  private data: string[] = [];

  constructor(
    private readonly onEvent: (event: StreamEvent) => void,
    private readonly onComment: (text: string) => void = () => undefined,
  ) {}

  push(text: string): void {
    this.buffer += text;
    let start = 0;
    for (;;) {
      const newline = this.buffer.indexOf('\n', start);
      if (newline === -1) break;
      let line = this.buffer.slice(start, newline);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      start = newline + 1;
      this.line(line);
    }
    this.buffer = this.buffer.slice(start);
  }

  private line(line: string): void {
    if (line === '') {
      if (this.data.length) this.onEvent({ event: this.event || 'message', id: this.id, data: this.data.join('\n') });
      this.event = '';
      this.id = undefined;
      this.data = [];
      return;
    }
    if (line.startsWith(':')) {
      this.onComment(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id' && !value.includes('\u0000')) this.id = value;
  }
}
