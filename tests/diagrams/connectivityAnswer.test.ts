/**
 * The connectivity answer drawn (CLI `netmodel connectivity -o svg`, REST `?format=svg`): every allowed connection of
 * examples/shop-policies.yaml is an edge labeled with its set, "No Connections" pairs are not drawn, and a CNI that does
 * not enforce policies says so in the picture.
 */
import { describe, expect, test } from '@jest/globals';
import { answerOrThrow, adhocSubject } from '../../src/app/questions';
import { answerDiagram } from '../../src/diagrams';
import { answerConnectivity } from '../../src/questions/connectivity';
import { example, parseSvg } from './svg';

describe('connectivity answer as a picture', () => {
  const subject = example('shop-policies');
  const answer = answerOrThrow(answerConnectivity(subject.snapshot(), { level: 'pod' }));
  const allowed = answer.connections.filter((c) => c.allowed !== 'No Connections');

  test('the example has both allowed and refused pod pairs (so the picture has something to leave out)', () => {
    expect(allowed.length).toBeGreaterThan(0);
    expect(allowed.length).toBeLessThan(answer.connections.length);
  });

  test('DOT: one edge per allowed connection, labeled with its set', async () => {
    const dot = await answerDiagram('connectivity', answer, 'dot');
    expect(dot.match(/ -> /g)?.length).toBe(allowed.length);
    for (const c of allowed.filter((x) => x.allowed !== 'All Connections')) expect(dot).toContain(c.allowed);
    expect(dot).not.toContain('No Connections');
  });

  test('SVG: well-formed, every pod of an allowed connection drawn', async () => {
    const svg = parseSvg(await answerDiagram('connectivity', answer, 'svg'));
    for (const c of allowed) {
      for (const end of [c.from, c.to]) expect(svg.text).toContain(end.slice(end.indexOf('/') + 1));
    }
  });

  test('a flannel cluster is drawn as not enforced', async () => {
    const flannel = adhocSubject({ ...subject.topology, cni: { ...subject.topology.cni, plugin: 'flannel', overlay: 'vxlan' } });
    const unenforced = answerOrThrow(answerConnectivity(flannel.snapshot(), {}));
    expect(unenforced.enforced).toBe(false);
    expect(await answerDiagram('connectivity', unenforced, 'dot')).toContain('NOT ENFORCED');
  });
});
