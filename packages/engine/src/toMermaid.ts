import type { ServiceItemSpec } from '@onewindow/spec';
import { EVENT_LABELS } from './eventLabels.js';
import { flowModel, STATE_LABELS } from './flowModel.js';
import { mermaidLabel, mermaidNodeId } from './mermaidText.js';
import { outcomeLabels } from './outcomeLabels.js';
import { text } from './text.js';
import type { CaseEventType } from './types.js';

/** Options for {@link toMermaid}. */
export interface ToMermaidOptions {
  lang?: 'zh-CN' | 'en';
  /** Also draw transitions that keep the state (SUSPEND, SUPPLY, EVALUATE …) as notes. Default true. */
  notes?: boolean;
}

/**
 * The flow of a spec as a Mermaid `stateDiagram-v2`: the steps after 受理 inside an `accepted` composite
 * state, end states marked with `[*]`, edges labelled with the event and its Chinese name. Spec text (stage
 * names and ids) enters only through {@link mermaidLabel} and {@link mermaidNodeId}, so it cannot add lines,
 * edges, directives or HTML to the diagram.
 *
 * @example
 * toMermaid(spec).split('\n')[0] // 'stateDiagram-v2'
 */
export function toMermaid(spec: ServiceItemSpec, options: ToMermaidOptions = {}): string {
  const lang = options.lang ?? 'zh-CN';
  const model = flowModel(spec);
  const label = (type: CaseEventType, extra = '') =>
    mermaidLabel(`${type} ${EVENT_LABELS[type][lang]}${extra}`);
  const lines = ['stateDiagram-v2'];
  const stepStates = model.steps.map((s) => s.state).filter((s) => s.startsWith('accepted.'));
  const name = (id: string) => {
    const step = model.states[id]?.step;
    // the denial in the item's own words (不予许可 / 不予给付 …)
    const fixed = id === 'denied' ? outcomeLabels(spec).denied[lang] : STATE_LABELS[id]?.[lang];
    const shown = mermaidLabel(step ? text(step.name, lang) : (fixed ?? id));
    // A name made only of special characters would leave an empty label: show the id instead.
    return shown === '' ? mermaidNodeId(id) : shown;
  };
  for (const id of model.order) {
    if (!id.startsWith('accepted.')) lines.push(`  state "${name(id)}" as ${mermaidNodeId(id)}`);
  }
  if (stepStates.length > 0) {
    lines.push(`  state "${mermaidLabel(STATE_LABELS.accepted![lang])}" as accepted {`);
    for (const id of stepStates) lines.push(`    state "${name(id)}" as ${mermaidNodeId(id)}`);
    lines.push(`    [*] --> ${mermaidNodeId(stepStates[0]!)}`);
    for (const id of stepStates) {
      for (const [type, t] of Object.entries(model.states[id]!.on) as [
        CaseEventType,
        { target?: string },
      ][]) {
        if (t.target?.startsWith('accepted.'))
          lines.push(`    ${mermaidNodeId(id)} --> ${mermaidNodeId(t.target)}: ${label(type)}`);
      }
    }
    lines.push('  }');
  }
  lines.push('  [*] --> draft');
  const shared = new Set<string>();
  const notes: string[] = [];
  for (const id of model.order) {
    const state = model.states[id]!;
    const inside = id.startsWith('accepted.');
    for (const [type, t] of Object.entries(state.on) as [
      CaseEventType,
      { target?: string; deniedTarget?: string },
    ][]) {
      if (!t.target) {
        if (type === 'NOTIFY') continue;
        if (options.notes !== false && !(inside && shared.has(`note:${type}`))) {
          notes.push(`${inside ? 'accepted' : mermaidNodeId(id)}: ${type}`);
          if (inside) shared.add(`note:${type}`);
        }
        continue;
      }
      if (inside && t.target.startsWith('accepted.')) continue;
      // An edge every step has (WITHDRAW, TERMINATE) is drawn once from the composite state.
      const fromAll = inside && stepStates.every((s) => model.states[s]!.on[type]?.target === t.target);
      const from = fromAll ? 'accepted' : mermaidNodeId(id);
      const key = `${from}|${type}|${t.target}`;
      if (shared.has(key)) continue;
      shared.add(key);
      if (t.deniedTarget) {
        lines.push(
          `  ${from} --> ${mermaidNodeId(t.target)}: ${label(type, ` ${mermaidLabel(outcomeLabels(spec).approved[lang])}`)}`,
        );
        lines.push(
          `  ${from} --> ${mermaidNodeId(t.deniedTarget)}: ${label(type, ` ${mermaidLabel(outcomeLabels(spec).denied[lang])}`)}`,
        );
      } else {
        lines.push(`  ${from} --> ${mermaidNodeId(t.target)}: ${label(type)}`);
      }
    }
  }
  for (const id of model.order) if (model.states[id]!.end) lines.push(`  ${mermaidNodeId(id)} --> [*]`);
  if (notes.length > 0) {
    const byState = new Map<string, string[]>();
    for (const n of notes) {
      const [state, type] = n.split(': ') as [string, CaseEventType];
      byState.set(state, [...(byState.get(state) ?? []), label(type)]);
    }
    for (const [state, types] of byState) {
      lines.push(`  note right of ${state}`);
      lines.push(`    ${lang === 'en' ? 'Without a state change' : '不改变状态'}: ${types.join(', ')}`);
      lines.push('  end note');
    }
  }
  return lines.join('\n');
}
