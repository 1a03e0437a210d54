import { error, type Rule } from './Rule.js';

/**
 * The decision stage counts towards the time limit: 特别程序 (`counted: false`, 行政许可法 第四十五条) are
 * procedures such as 听证 or 公示 that pause the clock, never the decision itself (第四十二条: 作出行政许可决定
 * 的期限). A decision stage marked `counted: false` would let a case sit in its decision forever on time.
 * Codes: `semantic/decision-stage-uncounted`.
 *
 * @example
 * decisionStageCounted(spec, (finding) => findings.push(finding));
 */
export const decisionStageCounted: Rule = (spec, report) => {
  (spec.flow?.stages ?? []).forEach((stage, index) => {
    if (stage.decision === true && stage.counted === false)
      report(error('semantic/decision-stage-uncounted', `/flow/stages/${index}/counted`, { id: stage.id }));
  });
};
