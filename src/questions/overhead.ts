import type { Topology } from '../engine/model/topology';
import { encapOverhead, type EncapOverheadReport, type TrafficEntry } from '../engine/overlay';
import { rangeProblem, type QuestionResult } from './problems';

export interface OverheadInput {
  packetSize?: number;
  trafficMatrix?: TrafficEntry[];
}

const ENDPOINT_KINDS = ['namespace', 'node', 'service'];

export function answerOverhead(topology: Topology, input: OverheadInput = {}): QuestionResult<EncapOverheadReport> {
  const problems = [rangeProblem('packetSize', input.packetSize, 68, 65535)].filter((p) => p !== null);
  (input.trafficMatrix ?? []).forEach((entry, i) => {
    for (const side of ['from', 'to'] as const) {
      const endpoint = entry[side] as { kind?: string; name?: string } | undefined;
      if (!endpoint || !ENDPOINT_KINDS.includes(String(endpoint.kind)) || typeof endpoint.name !== 'string') {
        problems.push({ path: `trafficMatrix[${i}].${side}`, message: `must be {kind: ${ENDPOINT_KINDS.join('|')}, name}` });
      }
    }
    if (!(typeof entry.bytesPerSecond === 'number' && entry.bytesPerSecond >= 0 && Number.isFinite(entry.bytesPerSecond))) {
      problems.push({ path: `trafficMatrix[${i}].bytesPerSecond`, message: 'must be a non-negative number' });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answer: encapOverhead(topology, { packetSize: input.packetSize, trafficMatrix: input.trafficMatrix }) };
}
