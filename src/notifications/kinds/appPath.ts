/** Where a person opens an app of their organization (the launch page), or null when the plan maps no app module. */
export const appPath = (tenantId: string, appModule: string | null): string | null =>
  appModule ? `/launch/${encodeURIComponent(tenantId)}/${encodeURIComponent(appModule)}` : null;
