import type { PrismaClient } from './generated/prisma/client';
import { translatingOutages } from './unavailable';

export type TokenScope = 'read' | 'write' | 'admin';

export interface TokenRecord {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  topologies: string[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const PUBLIC_FIELDS = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  topologies: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
} as const;

/** API token rows; no logic (src/app/auth.ts decides who may do what). The secret itself is never stored. */
export class TokenRepository {
  constructor(private readonly prisma: PrismaClient) {}

  create(row: Omit<TokenRecord, 'createdAt' | 'revokedAt' | 'lastUsedAt'> & { secretHash: string }): Promise<TokenRecord> {
    return translatingOutages(() => this.prisma.apiToken.create({ data: row, select: PUBLIC_FIELDS }));
  }

  list(): Promise<TokenRecord[]> {
    return translatingOutages(() => this.prisma.apiToken.findMany({ orderBy: { createdAt: 'asc' }, select: PUBLIC_FIELDS }));
  }

  findBySecretHash(secretHash: string): Promise<TokenRecord | null> {
    return translatingOutages(() => this.prisma.apiToken.findUnique({ where: { secretHash }, select: PUBLIC_FIELDS }));
  }

  /** Revokes by id or by the displayed prefix; returns how many tokens it revoked. */
  async revoke(idOrPrefix: string, at: Date): Promise<number> {
    return translatingOutages(async () => {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrPrefix);
      const where = isUuid ? { id: idOrPrefix } : { prefix: idOrPrefix };
      const result = await this.prisma.apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: at } });
      return result.count;
    });
  }

  /** Every token ever created, revoked and expired ones included. */
  count(): Promise<number> {
    return translatingOutages(() => this.prisma.apiToken.count());
  }

  touch(id: string, at: Date): Promise<void> {
    return translatingOutages(async () => {
      await this.prisma.apiToken.update({ where: { id }, data: { lastUsedAt: at } });
    });
  }
}
