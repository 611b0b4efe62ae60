/** The global fetch, recording each request's path, so tests can tell cached answers from server round trips. */
export function countingFetch(): { fetch: typeof fetch; paths: string[] } {
  const paths: string[] = [];
  const counted: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    paths.push(new URL(url).pathname);
    return fetch(input, init);
  };
  return { fetch: counted, paths };
}
