/**
 * The REST schemas of jobs (src/app/jobs): hand-written because a job wraps the answers of other operations, which it
 * names by their generated schemas (generated/answerSchemas.json) instead of repeating them.
 */
import { JOB_KINDS } from '../../app/jobs/kinds';
import { JOB_STATES } from '../../app/jobs/jobService';

const nullableTime = { type: ['string', 'null'], format: 'date-time' } as const;

export const JobProblemSchema = {
  $id: 'JobProblem',
  type: 'object',
  description: 'Why a job failed: the error the synchronous question would have answered (its code, message and field problems), or JOB_FAILED when every attempt crashed or was lost.',
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    problems: { type: 'array', items: { $ref: 'FieldProblem#' } },
  },
  required: ['code', 'message'],
  additionalProperties: false,
} as const;

export const JobSchema = {
  $id: 'Job',
  type: 'object',
  description: 'A heavy question asked as a job (docs/API.md "Jobs"). `result` is the answer the synchronous operation of the same kind serves.',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: JOB_KINDS },
    topology: { type: 'string' },
    state: { type: 'string', enum: JOB_STATES },
    attempts: { type: 'integer', description: 'times it was started; above 1 when the replica running it died or stopped and another took it over' },
    createdAt: { type: 'string', format: 'date-time' },
    startedAt: nullableTime,
    finishedAt: nullableTime,
    topologyVersion: { type: ['integer', 'null'], description: 'the topology version the answer was computed on (current when the job ran)' },
    result: {
      description: 'when succeeded: whatIf → WhatIfAnswer, scenarioDiff → ScenarioDiffAnswer, reachabilityMatrix → ReachabilityMatrix, connectivity → Connectivity',
      anyOf: [{ type: 'null' }, { $ref: 'WhatIfAnswer#' }, { $ref: 'ScenarioDiffAnswer#' }, { $ref: 'ReachabilityMatrix#' }, { $ref: 'Connectivity#' }],
    },
    problem: { anyOf: [{ type: 'null' }, { $ref: 'JobProblem#' }] },
  },
  required: ['id', 'kind', 'topology', 'state', 'attempts', 'createdAt', 'startedAt', 'finishedAt', 'topologyVersion', 'result', 'problem'],
  additionalProperties: false,
} as const;
