/**
 * Runs in every test file's sandbox before its tests. `fetch` is Node's own (undici, outside jest's sandbox), so
 * `response.json()` would build objects whose prototypes belong to the outer realm, and node:assert's
 * deepStrictEqual compares prototypes: parse the body inside the sandbox instead, with the sandbox's JSON.
 */
Response.prototype.json = async function json(this: Response): Promise<unknown> {
  return JSON.parse(await this.text()) as unknown;
};
