import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, HTTP_STATUS, toAppError, type AppErrorCode } from '../../app/errors';

const TITLES: Record<AppErrorCode | 'INTERNAL', string> = {
  BAD_USER_INPUT: 'Bad user input',
  UNAUTHENTICATED: 'Unauthenticated',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  RATE_LIMITED: 'Too many requests',
  TIMEOUT: 'Timed out',
  CONFLICT: 'Conflict',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  SERVICE_UNAVAILABLE: 'Service unavailable',
  INTERNAL: 'Internal error',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [extension: string]: unknown;
}

function problemType(code: string): string {
  return `urn:k8s-netmodel:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export function problemFromAppError(error: AppError): ProblemBody {
  const { problems, warnings, ...rest } = error.details;
  return {
    type: problemType(error.code),
    title: TITLES[error.code],
    status: HTTP_STATUS[error.code],
    detail: error.message,
    code: error.code,
    ...(problems ? { errors: problems } : {}),
    ...(warnings && warnings.length > 0 ? { warnings } : {}),
    ...rest,
  };
}

/** Fastify's own 4xx errors (bad JSON, body too large, schema validation) mapped onto the same problem shape. */
function problemFromFastifyError(error: FastifyError): ProblemBody | null {
  const status = error.statusCode ?? 500;
  if (status >= 500) return null;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { type: problemType('PAYLOAD_TOO_LARGE'), title: TITLES.PAYLOAD_TOO_LARGE, status: 413, detail: 'request body is larger than the limit', code: 'PAYLOAD_TOO_LARGE' };
  }
  const validation = error.validation?.map((v) => ({
    path: `${error.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.')}`,
    message: v.message ?? 'is invalid',
  }));
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    // RFC 9110 §15.5.16: the body's media type is not one this operation reads (the OpenAPI document lists them).
    return { type: problemType('UNSUPPORTED_MEDIA_TYPE'), title: 'Unsupported media type', status: 415, detail: error.message, code: 'UNSUPPORTED_MEDIA_TYPE', errors: [{ path: 'headers.content-type', message: error.message }] };
  }
  const code = status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT';
  return {
    type: problemType(code),
    title: TITLES[code] ?? 'Bad request',
    status,
    detail: error.message,
    code,
    ...(validation ? { errors: validation } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}

export function errorHandler(raw: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const error = toAppError(raw) as FastifyError | AppError;
  if (error instanceof AppError) {
    if (error.details.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.details.retryAfterSeconds));
    // RFC 6750 §3: a 401 names the scheme to use; a token that was sent and refused is "invalid_token".
    if (error.code === 'UNAUTHENTICATED') reply.header('www-authenticate', request.headers.authorization ? 'Bearer realm="k8s-netmodel", error="invalid_token"' : 'Bearer realm="k8s-netmodel"');
    if (error.code === 'SERVICE_UNAVAILABLE') {
      // RFC 9110 §10.2.3: when to try again. An outage's length is unknown; 5 s is the readiness retry's first steps.
      if (error.details.retryAfterSeconds === undefined) reply.header('retry-after', '5');
      request.log.warn({ err: error.cause ?? error }, error.message);
    }
    return sendProblem(reply, problemFromAppError(error));
  }
  const problem = problemFromFastifyError(error);
  if (problem) return sendProblem(reply, problem);
  // A bug: logged once with its cause, answered without internals.
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, { type: problemType('INTERNAL'), title: TITLES.INTERNAL, status: 500, detail: 'internal error', code: 'INTERNAL' });
}
