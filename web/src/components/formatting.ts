const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

export const formatDate = (iso: string) => dateOnly.format(new Date(iso));

/** "1 user", "3 users". */
export const countOf = (count: number, singular: string, plural = `${singular}s`) => `${count.toLocaleString()} ${count === 1 ? singular : plural}`;
