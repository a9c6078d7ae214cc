/**
 * Checks of JSON columns read back from the database, shared by the topology and the policy row mappers: a value
 * that does not have the shape the model promises is a damaged row, reported with where it was found.
 */
import { PROTOCOLS, type ContainerPort, type Protocol } from '../engine/model/topology';
import type { Prisma } from './generated/prisma/client';

export function corrupt(where: string, what: string, value: unknown): Error {
  return new Error(`stored ${where} has an invalid ${what}: ${JSON.stringify(value)}`);
}

const isProtocol = (v: unknown): v is Protocol => (PROTOCOLS as readonly unknown[]).includes(v);
const isPort = (v: unknown): v is number => Number.isInteger(v);
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function asContainerPorts(value: Prisma.JsonValue, where: string): ContainerPort[] {
  if (!Array.isArray(value)) throw corrupt(where, 'container port list', value);
  return value.map((p) => {
    const o = (typeof p === 'object' && p !== null && !Array.isArray(p) ? p : {}) as Record<string, unknown>;
    const { container, name, containerPort, protocol, hostPort } = o;
    if (typeof container !== 'string' || !isNullableString(name) || !isPort(containerPort) || !isProtocol(protocol) || !(hostPort === null || isPort(hostPort))) {
      throw corrupt(where, 'container port', p);
    }
    return { container, name, containerPort, protocol, hostPort };
  });
}

