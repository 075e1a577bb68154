/**
 * The literature lane's size, known before its code is loaded (the lane
 * itself is fetched on first use): the timeline makes room for it at once.
 */
import type { Dataset } from '../data/schema';
import { worksOf, WORK_ROWS, type WorkRow } from './works';

export const LANE_HEADER = 20;
export const SUB_ROW = 9;
export const SUB_ROWS = 2;
export const BADGE = 13;
/** Height of one kind's row: two sub-rows of dots and one of count badges. */
export const KIND_ROW = SUB_ROWS * SUB_ROW + BADGE + 4;
export const DOT = 8;

/** The rows the lane draws for a dataset: the four kinds, and "other" only when some work has no kind. */
export function laneRows(dataset: Dataset): WorkRow[] {
  const dated = worksOf(dataset).dated;
  return WORK_ROWS.filter((row) => row !== 'unknown' || dated.some((w) => w.row === 'unknown'));
}

export const literatureHeight = (rows: number) => LANE_HEADER + rows * KIND_ROW;

/** The id of a work panel's title (focused when the panel opens). */
export const WORK_HEADING_ID = 'work-panel-title';
