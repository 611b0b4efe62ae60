import { sql, type Kysely } from 'kysely';

/**
 * Every tenant has a default environment from the moment it is created
 * (createTenant), so reading environments never writes. Tenants created
 * before this migration get theirs here (named like the command names them,
 * with a suffix when an admin already took that name).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    insert into environments (id, tenant_id, name, is_default, created_at)
    select gen_random_uuid(), t.id,
      case when exists (select 1 from environments e where e.tenant_id = t.id and lower(e.name) = lower(t.display_name || ' (default)'))
        then t.display_name || ' (default ' || substr(md5(t.id::text), 1, 4) || ')'
        else t.display_name || ' (default)' end,
      true, now()
    from tenants t
    where not exists (select 1 from environments e where e.tenant_id = t.id and e.is_default)
  `.execute(db);
}

export async function down(): Promise<void> {
  // Default environments are kept: apps may be installed in them.
}
