// Generates resolver types from schema.graphql (SDL-first). Run `npm run codegen` after editing the schema;
// tests/api/graphql-codegen.test.ts fails when the committed output is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { enumResolvers } from './src/api/graphql/enums';
import { FINDING_DETAILS_TYPES } from './src/api/graphql/findingDetails';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/api/graphql/generated/types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context#GraphQLContext',
        scalars: { DateTime: 'Date', JSON: 'unknown' },
        mappers: {
          Topology: '../../../engine/model/topology#Topology as TopologyModel',
          Node: '../mappers#NodeParent',
          Pod: '../mappers#PodParent',
          Service: '../mappers#ServiceParent',
          Subnet: '../mappers#SubnetParent',
          EndpointSlice: '../mappers#EndpointSliceParent',
          Endpoint: '../mappers#EndpointParent',
          // Trace parts carry their topology for the relation fields (Hop.pod, StepDetail.serviceObject…).
          Trace: '../mappers#TraceParent',
          TraceBranch: '../mappers#TraceBranchParent',
          Hop: '../mappers#HopParent',
          Step: '../mappers#StepParent',
          StepDetail: '../mappers#StepDetailParent',
          // Diff parts holding traces carry both topologies (a before trace names the baseline's objects, an after one the fork's).
          ScenarioDiff: '../mappers#ScenarioDiffParent',
          ReachabilityDiff: '../mappers#ReachabilityDiffParent',
          CellChange: '../mappers#CellChangeParent',
          PairDiff: '../mappers#PairDiffParent',
          ServicePort: '../../../engine/model/topology#ServicePort as ServicePortModel',
          TopologySummary: '../../../store/topologyRepository#TopologySummary as TopologySummaryModel',
          Scenario: '../../../app/scenarioService#ScenarioView as ScenarioModel',
          Operation: '../mappers#OperationParent',
          DroppedOperation: '../mappers#DroppedOperationParent',
          TraceResult: '../diagramResolvers#TraceResultParent',
          // The answers that can be drawn resolve to the question's own answer, which `diagram` hands to src/diagrams.
          Reachability: '../diagramResolvers#ReachabilityParent',
          ReachabilityMatrix: '../../../engine/trace#ReachabilityMatrix as ReachabilityMatrixModel',
          Capacity: '../../../questions/capacity#CapacityAnswer',
          Connectivity: '../../../questions/connectivity#ConnectivityAnswer',
          // Its findings are paged (ConflictReport.findings resolves a connection over the answer's list).
          ConflictReport: '../../../questions/conflicts#ConflictsAnswer',
          ScenarioDiffResult: '../diagramResolvers#DiffResultParent',
          Job: '../../../app/jobs/jobService#JobView as JobModel',
          WhatIf: '../diagramResolvers#WhatIfParent',
          FreeCidrs: '../../../engine/capacity/freeCidr#FreeCidrAnswer',
          // Answers with a `citations` map, which GraphQL lists as [Citation!]! (resolvers.ts).
          MaxPods: '../../../engine/capacity#MaxPodsAnswer',
          CapacityReport: '../../../engine/capacity#CapacityReport as CapacityReportModel',
          Plan: '../../../engine/capacity#Plan as PlanModel',
          // Sources are a path → source map in the answer, listed as [InferSource!]! (resolvers.ts).
          InferResult: '../../../app/inferService#InferAnswer',
          // A finding's details are a record per code; OverheadFinding.details tags it with its code's type (resolvers.ts).
          OverheadFinding: '../../../engine/overlay/findings#Finding as OverheadFindingModel',
          ...Object.fromEntries(FINDING_DETAILS_TYPES.map((name) => [name, '../mappers#FindingDetailsParent'])),
          // The kube-proxy tables: chains are parsed from the lines on demand (resolvers.ts).
          IptablesTable: '../../../engine/services/kubeproxy#IptablesTable as IptablesTableModel',
          // An enum's resolver type is its engine-valued union generated beside it (codegen leaves it null otherwise).
          ...Object.fromEntries(Object.keys(enumResolvers).map((name) => [name, name])),
        },
        enumsAsTypes: true,
        // Enums carry the engine's strings inside (src/api/graphql/enums.ts): resolvers return and receive those.
        enumValues: enumResolvers,
        // The engine returns readonly data; resolvers must accept it as is.
        immutableTypes: true,
        // Model fields are `T | null`, optional ones may be undefined; both serialize to null.
        maybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
