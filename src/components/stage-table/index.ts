import { defineElement } from '../../core/define.js';
import { HavenStageTable } from './haven-stage-table.js';

defineElement('haven-stage-table', HavenStageTable);

export { HavenStageTable };
export type { HavenStageSelectDetail } from './haven-stage-table.js';
export type { StageInput, StageTableInput } from './stage-content.js';
