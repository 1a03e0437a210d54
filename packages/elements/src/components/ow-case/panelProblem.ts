import type { CaseEventType, EngineError } from '@onewindow/engine';
import type { Lang } from '../../i18n/lang.js';

/** An engine refusal as the workbench shows it: its words, and the form control it is about. */
export interface PanelProblem {
  /** What to tell the clerk. */
  message: string;
  /**
   * The `name` of the panel control the refusal concerns (marked `aria-invalid` and described by the
   * message); absent when the refusal is about the case rather than what was typed (shown as the refusal).
   */
  input?: string;
}

/** What the panel knows that the engine's words lack: the labels on the screen. */
export interface PanelProblemContext {
  /** The item's most days per extension (EXTEND's `days` input). */
  extensionDays?: number;
  /** For one item of a 一次性告知 checked on its own: its checklist key and label. */
  item?: { key: string; label: string };
}

const messages = {
  'zh-CN': {
    reasonRequired: '请填写理由。',
    denyReason: '作出不予决定时须写明理由。',
    noteRequired: '请填写说明。',
    correctionEmpty: '请至少勾选一项需要补正的内容。',
    correctionReason: (label: string) => `请填写“${label}”的补正原因。`,
    commitmentRequired: '请确认申请人已签署容缺承诺书。',
    extensionDays: (most: number | undefined) =>
      most === undefined ? '请填写延长天数。' : `请填写延长天数：1 至 ${most} 个工作日。`,
    methodRequired: '请选择送达方式。',
    decisionRequired: '请选择决定。',
    approverRequired: '请填写批准延长的负责人。',
    supplyRequired: '请勾选补交的材料。',
  },
  en: {
    reasonRequired: 'Please give a reason.',
    denyReason: 'A denial needs a reason.',
    noteRequired: 'Please write a note.',
    correctionEmpty: 'Tick at least one item to correct.',
    correctionReason: (label: string) => `Give a reason for “${label}”.`,
    commitmentRequired: 'Confirm that the applicant signed the tolerance commitment.',
    extensionDays: (most: number | undefined) =>
      most === undefined ? 'Give the number of days.' : `Give the number of days: 1 to ${most}.`,
    methodRequired: 'Choose a delivery method.',
    decisionRequired: 'Choose a decision.',
    approverRequired: 'Name the head who approved the extension.',
    supplyRequired: 'Tick the materials supplied.',
  },
} satisfies Record<Lang, unknown>;

type Messages = (typeof messages)[Lang];

/**
 * `event/invalid` names the malformed field only in its text (`事件格式不正确：approvedBy (负责人)`); the
 * panel controls whose emptiness reaches the engine as a malformed field, per event.
 */
const MALFORMED_FIELD: Partial<Record<CaseEventType, { field: string; message: keyof Messages }>> = {
  DECIDE: { field: 'approved', message: 'decisionRequired' },
  EXTEND: { field: 'approvedBy', message: 'approverRequired' },
  SUPPLY: { field: 'materials', message: 'supplyRequired' },
};

/**
 * Where an engine refusal of a panel's event belongs, and how to say it there. The engine decides
 * whether the data will do (`applyEvent`, `checkEvent`); this only words its verdict for the form on
 * the screen: the engine's messages name event types and JSON pointers (`REJECT 须说明理由`), which a
 * clerk should not have to read. Refusals that are not about a control keep the engine's own
 * (localized) message.
 *
 * @example
 * panelProblem(engineError('reason/required', { type: 'REJECT' }), 'REJECT', 'zh-CN')
 * // { input: 'reason', message: '请填写理由。' }
 */
export function panelProblem(
  error: EngineError,
  type: CaseEventType,
  lang: Lang,
  context: PanelProblemContext = {},
): PanelProblem {
  const m = messages[lang];
  const engineWords = lang === 'en' ? error.messageEn : error.message;
  switch (error.code) {
    case 'reason/required':
      if (context.item) {
        return { input: `reason:${context.item.key}`, message: m.correctionReason(context.item.label) };
      }
      if (type === 'CLOSE_FOLLOW_UP') return { input: 'note', message: m.noteRequired };
      return { input: 'reason', message: type === 'DECIDE' ? m.denyReason : m.reasonRequired };
    case 'correction/empty':
      return { input: 'item', message: m.correctionEmpty };
    case 'correction/unknown-target':
    case 'correction/duplicate':
      return { input: 'item', message: engineWords };
    case 'tolerance/commitment-required':
      return { input: 'commitmentSigned', message: m.commitmentRequired };
    case 'extension/days':
      return { input: 'days', message: m.extensionDays(context.extensionDays) };
    case 'deliver/method':
      // The panel offers only the item's methods: the engine refuses the empty choice.
      return { input: 'method', message: m.methodRequired };
    case 'suspension/kind':
    case 'suspension/not-declared':
      return { input: 'kind', message: engineWords };
    case 'materials/not-owed':
      return type === 'SUPPLY' ? { input: 'materials', message: engineWords } : { message: engineWords };
    case 'event/invalid': {
      const malformed = MALFORMED_FIELD[type];
      if (malformed && error.messageEn.includes(`: ${malformed.field}`)) {
        return { input: malformed.field, message: m[malformed.message] as string };
      }
      return { message: engineWords };
    }
    default:
      return { message: engineWords };
  }
}
