import type { Client } from 'pg';

/** One committed write, as the trigger of migration `change_notifications` announces it. */
export interface Change {
  /** Topology, Scenario or ApiToken. */
  readonly table: string;
  readonly name: string;
}

export interface ChangeListener {
  /** A write committed (by any process). */
  onChange(change: Change): void;
  /**
   * The feed connected (true) or lost its connection (false). While it is down, writes may go unheard: the caller must stop
   * trusting what it cached until it is up again (and drop everything then, since notifications are not replayed).
   */
  onState(listening: boolean): void;
}

export interface ChangeFeed {
  readonly listening: boolean;
  close(): Promise<void>;
}

export const CHANNEL = 'netmodel_changes';
const RETRY_MS = { first: 250, max: 5_000 };

/**
 * LISTEN netmodel_changes on one dedicated connection (outside the pool: a pooled connection would lose the LISTEN when
 * returned). Reconnects with backoff after an outage. Notifications of other schemas in the same database are ignored.
 * Postgres delivers a notification to listeners when the writing transaction commits, typically within milliseconds.
 */
export async function listenForChanges(connect: () => Client, listener: ChangeListener): Promise<ChangeFeed> {
  let client: Client | null = null;
  let closed = false;
  let listening = false;
  let retry: NodeJS.Timeout | null = null;
  let delay = RETRY_MS.first;

  const setListening = (value: boolean) => {
    if (listening === value) return;
    listening = value;
    listener.onState(value);
  };

  const lost = () => {
    const dead = client;
    client = null;
    setListening(false);
    dead?.removeAllListeners();
    dead?.on('error', () => undefined);
    void dead?.end().catch(() => undefined);
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void open();
    }, delay);
    retry.unref();
    delay = Math.min(delay * 2, RETRY_MS.max);
  };

  const open = async (): Promise<void> => {
    const c = connect();
    client = c;
    c.on('error', lost);
    c.on('end', () => {
      if (client === c) lost();
    });
    try {
      await c.connect();
      const [{ schema }] = (await c.query<{ schema: string }>('SELECT current_schema() AS schema')).rows as [{ schema: string }];
      c.on('notification', (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        const change = JSON.parse(message.payload) as Change & { schema: string };
        if (change.schema === schema) listener.onChange({ table: change.table, name: change.name });
      });
      await c.query(`LISTEN ${CHANNEL}`);
      if (closed) return void (await c.end().catch(() => undefined));
      delay = RETRY_MS.first;
      setListening(true);
    } catch {
      if (client === c) lost();
    }
  };

  await open();
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      listening = false;
      await c?.end().catch(() => undefined);
    },
  };
}
