// Data for the figure-history and timeline views (SPEC §9), in spans; front ends add ranges.
export { figureHistory, agreementOf, figuresWithKey } from './figureHistory';
export type { FigureAgreement, FigureHistoryData, FigureHistoryMentionData, FigureHistoryValueData, SpanLocation } from './figureHistory';
export { conflictPairs } from './figureConflicts';
export type { PlacedFigure } from './figureConflicts';
export { timelineDates, assembleTimeline } from './timeline';
export type { TimelineDateFact, TimelineSourceArticle, TimelineSourceDate, TimelineEntityCount, TimelineData } from './timeline';
