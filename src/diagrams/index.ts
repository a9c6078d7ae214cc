/** src/diagrams: pictures of answers (DOT and SVG), shared by the CLI, REST, GraphQL and the /ui page. See README.md. */
export { renderSvg, renderAs, DiagramRenderError, DiagramFormatError, MAX_DRAWN, DIAGRAM_FORMATS, CONTENT_TYPES, type DiagramFormat } from './render';
export { pathDiagram, decidingStep, stepId, type PathDiagramInput } from './pathDiagram';
export { topologyMap, MapOptionError, MAP_GROUP_BY, DEFAULT_MAX_NODES, type MapGroupBy, type TopologyMapOptions } from './topologyMap';
export { matrixDiagram } from './matrixDiagram';
export { diffDiagram } from './diffDiagram';
export { capacityPlot } from './capacityPlot';
export { connectivityGraph, type Connection, type ConnectivityInput } from './connectivityGraph';
export { answerDiagram, DIAGRAM_TITLES, type AnswerKind, ANSWER_KINDS } from './answerDiagram';
