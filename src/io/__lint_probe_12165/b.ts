import { a } from './a';
export const b = (): number => (a === undefined ? 0 : 1);
