import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TokenRecord, TokenRepository, TokenScope } from '../store/tokenRepository';
import { AppError } from './errors';

/** Who is asking. `topologies` empty = every topology. The anonymous principal exists only while auth is off. */
export interface Principal {
  readonly kind: 'anonymous' | 'token';
  readonly tokenId: string | null;
  readonly name: string;
  readonly scope: TokenScope;
  readonly topologies: readonly string[];
}

export const ANONYMOUS: Principal = { kind: 'anonymous', tokenId: null, name: 'anonymous', scope: 'admin', topologies: [] };
/** The CLI works on the database directly: whoever can run it there is the administrator. */
export const LOCAL_ADMIN: Principal = { kind: 'anonymous', tokenId: null, name: 'local', scope: 'admin', topologies: [] };

const RANK: Record<TokenScope, number> = { read: 1, write: 2, admin: 3 };
const TOKEN_PREFIX = 'nmt_';

export function hashSecret(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function canSee(principal: Principal, topology: string): boolean {
  return principal.topologies.length === 0 || principal.topologies.includes(topology);
}

export function requireScope(principal: Principal, scope: TokenScope): void {
  if (RANK[principal.scope] < RANK[scope]) {
    throw new AppError('FORBIDDEN', `this token has scope ${principal.scope}; the operation needs ${scope}`);
  }
}

/** "30d", "12h", "90m" → milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!match) {
    throw new AppError('BAD_USER_INPUT', `"${text}" is not a duration like 90m, 12h, 30d or 2w`, {
      problems: [{ path: '--expires', message: `"${text}" is not a duration like 90m, 12h, 30d or 2w` }],
    });
  }
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'm' | 'h' | 'd' | 'w'];
  return Number(match[1]) * unit;
}

export interface AuthOptions {
  /** NETMODEL_AUTH=required: every request needs a token even before any exists. */
  readonly required: boolean;
  readonly now?: () => Date;
}

/**
 * Tokens: created by an administrator, shown once, stored as a SHA-256 hash, sent as `Authorization: Bearer …`.
 * Auth is on when NETMODEL_AUTH=required or as soon as any token has been created — revoked and expired ones included
 * (checked at most every few seconds, so a token created by the CLI while the server runs takes effect without a restart).
 */
export class AuthService {
  private activeCount: { value: number; at: number } | null = null;
  private readonly now: () => Date;

  constructor(
    private readonly tokens: TokenRepository,
    private readonly options: AuthOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async enabled(): Promise<boolean> {
    if (this.options.required) return true;
    const nowMs = this.now().getTime();
    if (!this.activeCount || nowMs - this.activeCount.at > 5_000) {
      // Every token ever created counts: revoking the last one must not silently reopen the server.
      this.activeCount = { value: await this.tokens.count(), at: nowMs };
    }
    return this.activeCount.value > 0;
  }

  /** Forget the cached token count (after tokens changed behind this process's back, e.g. a test emptying the tables). */
  invalidate(): void {
    this.activeCount = null;
  }

  async create(input: { name: string; scope: TokenScope; topologies?: string[]; expiresInMs?: number }): Promise<{ token: string; record: TokenRecord }> {
    if (!['read', 'write', 'admin'].includes(input.scope)) {
      throw new AppError('BAD_USER_INPUT', `scope must be read, write or admin, got "${input.scope}"`, { problems: [{ path: '--scope', message: 'read | write | admin' }] });
    }
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record = await this.tokens.create({
      id: randomUUID(),
      name: input.name,
      secretHash: hashSecret(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 8),
      scope: input.scope,
      topologies: input.topologies ?? [],
      expiresAt: input.expiresInMs === undefined ? null : new Date(this.now().getTime() + input.expiresInMs),
    });
    this.activeCount = null;
    return { token, record };
  }

  list(): Promise<TokenRecord[]> {
    return this.tokens.list();
  }

  async revoke(idOrPrefix: string): Promise<number> {
    const count = await this.tokens.revoke(idOrPrefix, this.now());
    this.activeCount = null;
    return count;
  }

  /** The principal for an Authorization header value (undefined = none sent). */
  async authenticate(header: string | undefined): Promise<Principal> {
    if (!(await this.enabled())) return ANONYMOUS;
    if (!header) throw new AppError('UNAUTHENTICATED', 'this server requires a token: send Authorization: Bearer <token>');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new AppError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
    // Looked up by the hash of a 256-bit random secret: an index probe's timing reveals nothing usable about the secret.
    const record = await this.tokens.findBySecretHash(hashSecret(match[1]!));
    if (!record) throw new AppError('UNAUTHENTICATED', 'unknown token');
    const now = this.now();
    if (record.revokedAt) throw new AppError('UNAUTHENTICATED', `token ${record.prefix}… was revoked`);
    if (record.expiresAt && record.expiresAt <= now) throw new AppError('UNAUTHENTICATED', `token ${record.prefix}… expired at ${record.expiresAt.toISOString()}`);
    if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > 60_000) {
      await this.tokens.touch(record.id, now);
    }
    return { kind: 'token', tokenId: record.id, name: record.name, scope: record.scope, topologies: record.topologies };
  }
}
