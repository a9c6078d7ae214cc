/** EndpointSlice inference at import: the engine's implementation (src/engine/services/inferEndpointSlices.ts). */
export { inferEndpointSlices, MAX_ENDPOINTS_PER_SLICE, ZONE_LABEL, type InferredSlices } from '../engine/services/inferEndpointSlices';
