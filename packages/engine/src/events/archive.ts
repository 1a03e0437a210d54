import type { ArchiveEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 归档. */
export const archive: EventDefinition<ArchiveEvent> = {
  roles: ['window', 'system'],
  label: { 'zh-CN': '归档', en: 'Archive' },
};
