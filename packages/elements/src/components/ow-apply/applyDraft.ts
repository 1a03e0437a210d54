import type { MaterialsValue } from '../../events/OwMaterialsChangeEvent.js';

/** What `<ow-apply>` keeps between visits: the data typed so far, the materials and the step. */
export interface ApplyDraft {
  formData: Record<string, unknown>;
  materials: MaterialsValue;
  /** Index of the step the applicant was on. */
  step: number;
  /** ISO time of the last save. */
  savedAt: string;
}

/**
 * The storage key of an item's draft: one per item id and spec revision, so a new revision
 * never restores data typed against an older form.
 *
 * @example
 * applyDraftKey('dibao-apply', '2026-03'); // 'onewindow:draft:dibao-apply@2026-03'
 */
export function applyDraftKey(specId: string, revision: string): string {
  return `onewindow:draft:${specId}@${revision}`;
}

/**
 * Reads a draft; null when there is none, it is unreadable, or storage is unavailable
 * (private browsing, storage disabled by the portal).
 *
 * @example
 * const draft = readApplyDraft(localStorage, applyDraftKey('dibao-apply', '2026-03'));
 */
export function readApplyDraft(storage: Storage | undefined, key: string): ApplyDraft | null {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<ApplyDraft>;
    if (!draft || typeof draft !== 'object' || typeof draft.formData !== 'object' || draft.formData === null)
      return null;
    return {
      formData: draft.formData,
      materials: draft.materials && typeof draft.materials === 'object' ? draft.materials : {},
      step: Number.isInteger(draft.step) ? (draft.step as number) : 0,
      savedAt: typeof draft.savedAt === 'string' ? draft.savedAt : '',
    };
  } catch {
    return null;
  }
}

/**
 * Writes a draft; returns false when storage refused it (quota, disabled).
 *
 * @example
 * writeApplyDraft(localStorage, key, { formData, materials, step: 1, savedAt: new Date().toISOString() });
 */
export function writeApplyDraft(storage: Storage | undefined, key: string, draft: ApplyDraft): boolean {
  try {
    storage?.setItem(key, JSON.stringify(draft));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/**
 * Removes a draft (after submission, or when the applicant starts again).
 *
 * @example
 * removeApplyDraft(localStorage, key);
 */
export function removeApplyDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
}
