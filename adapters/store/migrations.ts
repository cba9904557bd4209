/**
 * Versioned schema migrations. Each migration runs once, in order, inside a
 * transaction holding an advisory lock, so several processes starting on one
 * database agree; `schema_migrations` records what has been applied. Never
 * edit a released migration: add the next one.
 */
import type { SqlClient } from './sql.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'store: dedupe, answer keys, follows, settings, alerts, feedback',
    sql: `
      create table slack_event_dedupe (
        key text primary key,
        expires_at timestamptz not null
      );
      create index slack_event_dedupe_expires on slack_event_dedupe (expires_at);

      create table answer_keys (
        key text primary key,
        platform text not null,
        question text not null,
        paragraph_refs jsonb not null default '[]',
        created_at timestamptz not null
      );
      create index answer_keys_created on answer_keys (created_at);

      create table channel_follows (
        id integer generated always as identity primary key,
        platform text not null,
        channel_id text not null,
        target_kind text not null check (target_kind in ('authority', 'region', 'neighbours', 'all')),
        target text not null,
        topics text not null default '',
        enabled boolean not null default true,
        disabled_reason text,
        created_at timestamptz not null,
        unique (platform, channel_id, target_kind, target)
      );

      create table channel_settings (
        platform text not null,
        channel_id text not null,
        default_authority text,
        updated_at timestamptz not null,
        primary key (platform, channel_id)
      );

      create table store_meta (
        key text primary key,
        value text not null
      );

      create table known_reports (
        report_id text primary key,
        first_seen timestamptz not null
      );

      create table alert_outbox (
        id integer generated always as identity primary key,
        platform text not null,
        channel_id text not null,
        report_id text not null,
        follow_ids jsonb not null,
        alert jsonb not null,
        status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null,
        lease_until timestamptz,
        last_error text,
        created_at timestamptz not null,
        sent_at timestamptz,
        unique (platform, channel_id, report_id)
      );
      create index alert_outbox_due on alert_outbox (status, next_attempt_at);

      create table feedback (
        id integer generated always as identity primary key,
        platform text not null,
        question text not null,
        paragraph_refs jsonb not null,
        vote text not null check (vote in ('up', 'down')),
        reason text,
        created_at timestamptz not null
      );
    `,
  },
  {
    version: 2,
    name: 'conversation contexts (24-hour expiry); answer keys keep the context a question was asked in',
    sql: `
      create table conversation_contexts (
        key text primary key,
        context jsonb not null,
        expires_at timestamptz not null
      );
      create index conversation_contexts_expires on conversation_contexts (expires_at);

      alter table answer_keys add column context jsonb;
    `,
  },
  {
    version: 3,
    name: 'update lock: one scheduled update at a time across replicas',
    sql: `
      create table update_locks (
        name text primary key,
        holder text not null,
        acquired_at timestamptz not null,
        expires_at timestamptz not null
      );
    `,
  },
  {
    version: 4,
    name: 'Teams conversation references: where proactive alerts go, and which team a channel belongs to',
    sql: `
      create table teams_conversations (
        channel_id text primary key,
        team_id text,
        reference jsonb not null,
        updated_at timestamptz not null
      );
      create index teams_conversations_team on teams_conversations (team_id);
    `,
  },
];

/** Advisory lock key shared by every process migrating this database. */
const MIGRATION_LOCK = 7_140_011;

/** Apply every migration `db` has not had yet; returns the versions applied. */
export async function migrate(db: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null)',
    );
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name, applied_at) values ($1, $2, now())', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** A migration's statements, one by one (prepared statements take one each). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
