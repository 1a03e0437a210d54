import type { Case, CaseClock, DayUnit, LevelClock, Light, StepTime } from '@onewindow/engine';
import { localize, type ServiceItemSpec } from '@onewindow/spec';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { terms } from '../../i18n/terms.js';

type DayWords = Record<DayUnit, (n: number) => string>;

const messages = {
  'zh-CN': {
    limit: '承诺时限',
    extendedBy: (days: string) => `，延长审批 ${days}`,
    acceptedOn: '受理日期',
    deemed: '（视为受理）',
    deadline: '办结期限',
    includesExtension: (days: string) => `（含延长审批 ${days}）`,
    legalDeadline: '法定期限',
    days: { workingDays: (n) => `${n} 个工作日`, naturalDays: (n) => `${n} 日` } as DayWords,
    usedLeft: (used: number, left: number, days: (n: number) => string) =>
      `已用 ${days(used)}，剩余 ${days(left)}`,
    overdue: (days: string) => `已超期 ${days}`,
    light: { green: '正常（绿灯）', yellow: '临近期限（黄灯预警）', red: '已超期（红灯）' },
    paused: {
      correcting: '暂停计时：补正中',
      suspended: '暂停计时：特别程序',
      uncountedStage: '暂停计时：本环节不计入时限',
    },
    notStarted: '受理后开始计时',
    concluded: (onTime: boolean | null) => (onTime === false ? '已办结（超期）' : '已办结'),
    clock: '时限',
    stage: '当前环节',
    stageDue: (name: string, days: string, due: string) => `${name}（${days}）：${due} 前办结`,
    stageNotCounted: '本环节不计入办结时限',
    stageOverrun: (days: string) => `已超出本环节时限 ${days}`,
    level: { local: '本级时限（初审、上报）', superior: '上级审批时限' },
    levelWaiting: (limit: string) => `${limit}，上报后开始计时`,
    levelDue: {
      local: (limit: string, due: string) => `${limit}，${due} 前上报`,
      superior: (limit: string, due: string) => `${limit}，${due} 前作出决定`,
    },
    levelDone: {
      local: (limit: string, on: string, used: string) => `${limit}，已于 ${on} 上报，用时 ${used}`,
      superior: (limit: string, on: string, used: string) => `${limit}，已于 ${on} 作出决定，用时 ${used}`,
    },
    levelOverrun: (days: string) => `（超出 ${days}）`,
    acceptanceLimit: '受理时限',
    acceptanceDue: (due: string) => `${due} 前须受理、一次性告知补正或不予受理；逾期自收到申请之日起视为受理`,
    acceptanceOver: (due: string) => `已于 ${due} 届满：自收到申请之日起视为受理`,
    correctionPeriod: '补正期限',
    correctionDue: (due: string) => `申请人须在 ${due} 前补正；逾期视为撤回申请`,
    correctionOver: (due: string) => `已于 ${due} 届满：视为撤回申请`,
    procedure: '特别程序',
    procedureRun: (name: string, since: string, used: string) => `${name}：自 ${since} 起已 ${used}`,
    procedureMaximum: (maximum: string, due: string) => `（最长 ${maximum}，至 ${due}）`,
    procedureNoMaximum: '（未规定最长期限）',
    procedureOverrun: (days: string) => `已超过最长期限 ${days}`,
    noDate: '无法计算（工作日历缺少该年数据）',
  },
  en: {
    limit: 'Promised limit',
    extendedBy: (days: string) => `, extended by ${days}`,
    acceptedOn: 'Accepted on',
    deemed: ' (deemed accepted)',
    deadline: 'Deadline',
    includesExtension: (days: string) => ` (includes an extension of ${days})`,
    legalDeadline: 'Legal deadline',
    days: {
      workingDays: (n) => `${n} working day${n === 1 ? '' : 's'}`,
      naturalDays: (n) => `${n} calendar day${n === 1 ? '' : 's'}`,
    } as DayWords,
    usedLeft: (used: number, left: number, days: (n: number) => string) => `${days(used)} used, ${left} left`,
    overdue: (days: string) => `Overdue by ${days}`,
    light: { green: 'On track (green)', yellow: 'Near the deadline (yellow)', red: 'Overdue (red)' },
    paused: {
      correcting: 'Clock paused: correcting',
      suspended: 'Clock paused: special procedure',
      uncountedStage: 'Clock paused: stage not counted',
    },
    notStarted: 'The clock starts at acceptance',
    concluded: (onTime: boolean | null) => (onTime === false ? 'Concluded (late)' : 'Concluded'),
    clock: 'Time limit',
    stage: 'Current stage',
    stageDue: (name: string, days: string, due: string) => `${name} (${days}): due ${due}`,
    stageNotCounted: 'This stage does not count towards the limit',
    stageOverrun: (days: string) => `${days} beyond the stage's limit`,
    level: { local: 'Local limit (review and escalation)', superior: 'Superior level limit' },
    levelWaiting: (limit: string) => `${limit}, starts when escalated`,
    levelDue: {
      local: (limit: string, due: string) => `${limit}, escalate by ${due}`,
      superior: (limit: string, due: string) => `${limit}, decide by ${due}`,
    },
    levelDone: {
      local: (limit: string, on: string, used: string) => `${limit}, escalated on ${on} after ${used}`,
      superior: (limit: string, on: string, used: string) => `${limit}, decided on ${on} after ${used}`,
    },
    levelOverrun: (days: string) => ` (${days} over)`,
    acceptanceLimit: 'Acceptance limit',
    acceptanceDue: (due: string) =>
      `Accept, request correction or reject by ${due}; after that the application counts as accepted from receipt`,
    acceptanceOver: (due: string) => `Ended on ${due}: the application counts as accepted from receipt`,
    correctionPeriod: 'Correction period',
    correctionDue: (due: string) =>
      `The applicant corrects by ${due}; after that the application counts as withdrawn`,
    correctionOver: (due: string) => `Ended on ${due}: the application counts as withdrawn`,
    procedure: 'Special procedure',
    procedureRun: (name: string, since: string, used: string) => `${name}: running since ${since}, ${used}`,
    procedureMaximum: (maximum: string, due: string) => ` (at most ${maximum}, until ${due})`,
    procedureNoMaximum: ' (no maximum declared)',
    procedureOverrun: (days: string) => `${days} past its maximum`,
    noDate: 'cannot be computed (the work calendar lacks that year)',
  },
} satisfies Record<Lang, unknown>;

type Messages = (typeof messages)[Lang];

/** What {@link caseClockFacts} shows. */
export interface CaseClockFactsInput {
  caseData: Case;
  spec: ServiceItemSpec;
  /** The engine's clock; null when it cannot be computed (see `calendarError`). */
  clock: CaseClock | null;
  /** Why a date is missing: the calendar has no holiday data for its year (the engine's message). */
  calendarError?: string;
  lang: Lang;
}

/** A light in words as well as colour (never colour alone). */
function lightBadge(m: Messages, light: Light, part: string): TemplateResult {
  return html`<span class="light" part=${part} data-light=${light}>${m.light[light]}</span>`;
}

/**
 * The clock rows of the workbench's facts list (`<dt>`/`<dd>` pairs), read from the engine's
 * `caseClock`: the promised limit (with any 延长审批), acceptance date, deadline, legal deadline,
 * days used and left with the light, the current stage's own due date and light, each level's
 * clock for 上报件, the 受理 limit or 补正 period before acceptance, and a running 特别程序 against
 * its declared maximum. Days are in the item's unit (工作日 or 自然日).
 *
 * @example
 * html`<dl>${caseClockFacts({ caseData, spec, clock: caseClock(caseData, spec, now), lang: 'zh-CN' })}</dl>`
 */
export function caseClockFacts(input: CaseClockFactsInput): TemplateResult {
  const { caseData, spec, clock, calendarError, lang } = input;
  const m = messages[lang];
  const t = terms[lang];
  const unit: DayUnit = clock?.unit ?? spec.timeLimit.unit;
  const days = (n: number) => m.days[unit](n);
  const limitWords = unit === 'naturalDays' ? t.naturalDays : t.workingDays;
  const date = (value: string | null) => value ?? m.noDate;
  const rows: TemplateResult[] = [
    html`<dt>${m.limit}</dt><dd>${limitWords(spec.timeLimit.promised)}${
      clock?.extendedDays ? m.extendedBy(days(clock.extendedDays)) : ''
    }</dd>`,
  ];
  if (calendarError && !clock) {
    rows.push(
      html`<dt>${m.clock}</dt><dd class="calendar-error" part="calendar-error">${calendarError}</dd>`,
    );
    return html`${rows}`;
  }
  if (!clock?.started) {
    rows.push(html`<dt>${m.clock}</dt><dd>${m.notStarted}</dd>`);
    if (clock?.pending) rows.push(pendingRow(m, clock.pending));
    return html`${rows}`;
  }
  const deemed = caseData.events.some((e) => e.type === 'DEEM_ACCEPT');
  rows.push(html`<dt>${m.acceptedOn}</dt><dd>${clock.acceptedOn}${deemed ? m.deemed : ''}</dd>`);
  rows.push(
    html`<dt>${m.deadline}</dt>${
      clock.deadline
        ? html`<dd>${clock.deadline}${clock.extendedDays ? m.includesExtension(days(clock.extendedDays)) : ''}</dd>`
        : html`<dd class="calendar-error" part="calendar-error">${calendarError}</dd>`
    }`,
  );
  if (clock.legalLimit === null) rows.push(html`<dt>${m.legalDeadline}</dt><dd>${t.noLegalLimit}</dd>`);
  else if (clock.legalDeadline) rows.push(html`<dt>${m.legalDeadline}</dt><dd>${clock.legalDeadline}</dd>`);
  const status = clock.concluded
    ? m.concluded(clock.onTime)
    : clock.left < 0
      ? m.overdue(days(clock.overdueDays || -clock.left))
      : m.usedLeft(clock.used, clock.left, days);
  rows.push(html`<dt>${m.clock}</dt>
    <dd>
      ${clock.light ? html`${lightBadge(m, clock.light, 'light')} ` : nothing}${status}${
        clock.pausedNow ? html`<div class="muted">${m.paused[clock.pausedNow]}</div>` : nothing
      }
    </dd>`);
  if (!clock.concluded) {
    const stage = currentStage(spec, clock);
    if (stage) rows.push(stageRow(m, stage, days, date, lang));
    if (clock.levels.length > 1) rows.push(...clock.levels.map((level) => levelRow(m, level, days, date)));
    if (clock.specialProcedure) rows.push(procedureRow(m, spec, clock.specialProcedure, date, lang));
  }
  return html`${rows}`;
}

/** The step the case is in now, when it is worth its own row: not for instant items, not the superior's step (its level row says it). */
function currentStage(spec: ServiceItemSpec, clock: CaseClock): StepTime | null {
  if (spec.mode === 'instant') return null;
  const step = clock.steps.at(-1);
  if (!step || step.leftOn !== null) return null;
  if (clock.levels.length > 1 && step.level === 'superior') return null;
  return step;
}

function stageRow(
  m: Messages,
  step: StepTime,
  days: (n: number) => string,
  date: (value: string | null) => string,
  lang: Lang,
): TemplateResult {
  return html`<dt>${m.stage}</dt>
    <dd>
      ${m.stageDue(localize(step.name, lang), days(step.days), date(step.due))}
      ${lightBadge(m, step.light, 'stage-light')}${step.overrun > 0 ? html` ${m.stageOverrun(days(step.overrun))}` : nothing}${
        step.counted ? nothing : html`<div class="muted">${m.stageNotCounted}</div>`
      }
    </dd>`;
}

function levelRow(
  m: Messages,
  level: LevelClock,
  days: (n: number) => string,
  date: (value: string | null) => string,
): TemplateResult {
  const limit = days(level.limit);
  let text: string;
  if (level.startedOn === null) text = m.levelWaiting(limit);
  else if (level.endedOn !== null) {
    // A finished level: when it finished and how long it took (its light is over).
    text =
      m.levelDone[level.id](limit, level.endedOn, days(level.used)) +
      (level.overrun > 0 ? m.levelOverrun(days(level.overrun)) : '');
  } else text = m.levelDue[level.id](limit, date(level.due));
  const running = level.startedOn !== null && level.endedOn === null && level.light;
  return html`<dt>${m.level[level.id]}</dt>
    <dd>${text}${running ? html` ${lightBadge(m, level.light!, 'level-light')}` : nothing}</dd>`;
}

function pendingRow(m: Messages, pending: NonNullable<CaseClock['pending']>): TemplateResult {
  const due = pending.due ?? m.noDate;
  const acceptance = pending.kind === 'acceptance';
  const text = acceptance
    ? pending.overdue
      ? m.acceptanceOver(due)
      : m.acceptanceDue(due)
    : pending.overdue
      ? m.correctionOver(due)
      : m.correctionDue(due);
  return html`<dt>${acceptance ? m.acceptanceLimit : m.correctionPeriod}</dt>
    <dd class=${pending.overdue ? 'warning' : ''}>${text}</dd>`;
}

function procedureRow(
  m: Messages,
  spec: ServiceItemSpec,
  procedure: NonNullable<CaseClock['specialProcedure']>,
  date: (value: string | null) => string,
  lang: Lang,
): TemplateResult {
  const declared = (spec.flow.specialProcedures ?? []).find((p) => p.kind === procedure.kind);
  const name = declared
    ? localize(declared.name, lang)
    : (terms[lang].suspensionKind[procedure.kind] ?? procedure.kind);
  // A procedure counts in its own unit (公示 7 天: natural days), not the item's.
  const days = (n: number) => messages[lang].days[procedure.unit](n);
  return html`<dt>${m.procedure}</dt>
    <dd>
      ${m.procedureRun(name, procedure.since, days(procedure.used))}${
        procedure.maximum === null
          ? m.procedureNoMaximum
          : m.procedureMaximum(days(procedure.maximum), date(procedure.due))
      }${procedure.overrun > 0 ? html`<div class="warning">${m.procedureOverrun(days(procedure.overrun))}</div>` : nothing}
    </dd>`;
}
