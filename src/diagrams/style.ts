/** Colors and fonts shared by every diagram, so a path, a map and a diff read alike. */
export const FONT = 'Helvetica,Arial,sans-serif';

export const COLORS = {
  ok: '#2e7d32',
  okFill: '#e8f5e9',
  bad: '#c62828',
  badFill: '#fdecea',
  changed: '#ef6c00',
  tunnel: '#d9822b',
  tunnelFill: '#fff3e0',
  dnsFill: '#f3e5f5',
  natFill: '#e3f2fd',
  podFill: '#eef6fc',
  hostFill: '#fffbe6',
  routerFill: '#f2f2f2',
  outsideFill: '#ffffff',
  muted: '#757575',
  line: '#424242',
} as const;

export const BASE_GRAPH = { fontname: FONT, fontsize: 12, labelloc: 't', labeljust: 'l', pad: 0.3 } as const;
export const BASE_NODE = { fontname: FONT, fontsize: 10, shape: 'box', style: 'rounded,filled', fillcolor: 'white', color: COLORS.line } as const;
export const BASE_EDGE = { fontname: FONT, fontsize: 9, color: COLORS.line } as const;
