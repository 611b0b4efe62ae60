/** The columns the import accepts, in the order the template lists them. */
export const IMPORT_COLUMNS = [
  { header: 'User principal name', required: true, describe: (domain: string) => `The name they sign in with, ending in @${domain}.` },
  { header: 'Display name', required: true, describe: () => 'Their full name, as people see it.' },
  { header: 'Usage location', required: false, describe: () => 'Two-letter country code such as US, DE or JP.' },
  { header: 'Enabled', required: false, describe: () => 'true or false: whether they may sign in (true when empty).' },
];

/** Saves an empty CSV with the import's header row. */
export function downloadImportTemplate() {
  const csv = `${IMPORT_COLUMNS.map((column) => column.header).join(',')}\r\n`;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'licensehub-users-template.csv';
  link.click();
  URL.revokeObjectURL(url);
}
