/** The points engine: one WebGL2 custom layer for every place, filtered on the GPU. */
export { PointsLayer, type PointsLayerOptions } from './layer';
export { packPoints, mercator, lngLat, type PackedPoints, type PointInput } from './pack';
export { filterUniforms, passes, type FilterUniforms, type PointFilters } from './predicate';
export { PointQuery, type LngLatBounds, type PointCounts, type Screen } from './query';
export { DEFAULT_SIZES, type SymbolSizes } from './symbols';
export { KIND, KIND_LAYER, KIND_NAMES, STATE, type PointKind, type StateFlag } from './layout';
