import { type Case, isBadRating, SCORE_LABELS } from '@onewindow/engine';
import { html, nothing, type PropertyValues } from 'lit';
import { OwElement } from '../../base/OwElement.js';
import { type OwEvaluateDetail, OwEvaluateEvent } from '../../events/OwEvaluateEvent.js';
import type { Lang } from '../../i18n/lang.js';
import { owEvaluationStyles } from './ow-evaluation.styles.js';

/** A 好差评 score: 1 非常满意 … 5 非常不满意. */
export type EvaluationScore = OwEvaluateDetail['score'];

/** Scores in the national order (GB/T 39046 A.8); 4 and 5 are bad ratings. */
export const evaluationScores: readonly EvaluationScore[] = [1, 2, 3, 4, 5];

const messages = {
  'zh-CN': {
    legend: '请对本次办事服务进行评价（好差评）',
    comment: '评价意见',
    commentRequired: '评价意见（必填）',
    commentHint: '选择“不满意”或“非常不满意”时，请说明原因，我们将跟进整改。',
    chooseScore: '请选择评价等级。',
    needComment: '选择“不满意”或“非常不满意”时，请填写评价意见。',
    submit: '提交评价',
    thanks: (label: string) => `感谢您的评价：${label}。`,
  },
  en: {
    legend: 'Please rate this service',
    comment: 'Comment',
    commentRequired: 'Comment (required)',
    commentHint: 'If you are dissatisfied, please tell us why so that we can follow up.',
    chooseScore: 'Please choose a rating.',
    needComment: 'Please tell us why you are dissatisfied.',
    submit: 'Submit rating',
    thanks: (label: string) => `Thank you for your rating: ${label}.`,
  },
} satisfies Record<Lang, unknown>;

/**
 * @summary 好差评: the applicant rates the service on five levels (非常满意 … 非常不满意);
 * a bad rating (4, 5) needs a comment.
 *
 * @event ow-evaluate - {@link OwEvaluateEvent} with `{ score, comment }` when a valid rating is submitted.
 *
 * @csspart form - The form around everything.
 * @csspart fieldset - The fieldset holding the five radio buttons.
 * @csspart option - Each radio button's label.
 * @csspart comment - The comment textarea.
 * @csspart error - Validation messages.
 * @csspart submit - The submit button.
 * @csspart thanks - The message shown after submission.
 *
 * @cssprop --ow-color-primary - Button and radio colour.
 * @cssprop --ow-color-danger - Error colour.
 * @cssprop --ow-font-size - Base font size (larger in `elder` mode).
 */
export class OwEvaluation extends OwElement {
  static override properties = {
    score: { type: Number, reflect: true },
    comment: { type: String },
    disabled: { type: Boolean, reflect: true },
    submitted: { type: Boolean, reflect: true },
    case: { attribute: false },
    error: { attribute: false, state: true },
  };

  static override styles = [OwElement.baseStyles, owEvaluationStyles];

  /** The chosen score (1 … 5), or undefined before a choice. */
  declare score: EvaluationScore | undefined;
  /** The comment text. */
  declare comment: string;
  /** Disables the form (set by the element itself after submission). */
  declare disabled: boolean;
  /** True once a rating was submitted; the form is then read-only. */
  declare submitted: boolean;
  /** Optional: the case being rated; when it already holds an evaluation, that one is shown, read-only. */
  declare case: Case | undefined;
  declare protected error: string;

  constructor() {
    super();
    this.comment = '';
    this.disabled = false;
    this.submitted = false;
    this.error = '';
  }

  private get msg() {
    return messages[this.language];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const earlier = changed.has('case') ? this.case?.snapshot.context.evaluation : undefined;
    if (earlier) {
      this.score = earlier.score;
      this.comment = earlier.comment ?? '';
      this.submitted = true;
    }
    if (changed.has('submitted') && this.submitted) this.disabled = true;
  }

  override render() {
    const m = this.msg;
    const locked = this.disabled || this.submitted;
    const commentNeeded = this.score !== undefined && isBadRating(this.score);
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        <fieldset part="fieldset" ?disabled=${locked} aria-describedby=${this.error && !commentNeeded ? 'error' : nothing}>
          <legend>${m.legend}</legend>
          <div class="options">
            ${evaluationScores.map(
              (score) => html`
                <label class="option" part="option">
                  <input
                    type="radio"
                    name="score"
                    .value=${String(score)}
                    .checked=${this.score === score}
                    @change=${() => this.choose(score)}
                  />
                  ${SCORE_LABELS[score][this.language]}
                </label>
              `,
            )}
          </div>
        </fieldset>
        <div class="comment">
          <label for="comment">${commentNeeded ? m.commentRequired : m.comment}</label>
          <p class="hint" id="hint">${m.commentHint}</p>
          <textarea
            id="comment"
            part="comment"
            maxlength="500"
            .value=${this.comment}
            ?disabled=${locked}
            ?required=${commentNeeded}
            aria-invalid=${this.error && commentNeeded ? 'true' : 'false'}
            aria-describedby=${this.error && commentNeeded ? 'hint error' : 'hint'}
            @input=${(e: Event) => {
              this.comment = (e.target as HTMLTextAreaElement).value;
              if (this.error && this.comment.trim()) this.error = '';
            }}
          ></textarea>
        </div>
        ${this.error ? html`<p class="error" id="error" part="error" role="alert">${this.error}</p>` : nothing}
        ${
          this.submitted && this.score !== undefined
            ? html`<p class="thanks" part="thanks" role="status">${m.thanks(SCORE_LABELS[this.score][this.language])}</p>`
            : html`<button type="submit" part="submit" ?disabled=${locked}>${m.submit}</button>`
        }
      </form>
    `;
  }

  private choose(score: EvaluationScore): void {
    this.score = score;
    if (!isBadRating(score)) this.error = '';
  }

  /**
   * Checks the rating: a score is chosen, and a bad rating carries a comment.
   * Shows the message and returns false when it is not valid.
   *
   * @example
   * if (evaluation.checkValidity()) evaluation.submit();
   */
  checkValidity(): boolean {
    this.error = this.validationMessage();
    return this.error === '';
  }

  /**
   * Submits the rating as a person pressing 提交评价 would: validates, fires `ow-evaluate`,
   * then locks the form. Returns false when the rating is not valid.
   *
   * @example
   * evaluation.score = 2;
   * evaluation.submit(); // fires ow-evaluate { score: 2, comment: '' }
   */
  submit(): boolean {
    if (this.submitted || !this.checkValidity() || this.score === undefined) return false;
    this.dispatchEvent(new OwEvaluateEvent({ score: this.score, comment: this.comment.trim() }));
    this.submitted = true;
    return true;
  }

  private validationMessage(): string {
    if (this.score === undefined) return this.msg.chooseScore;
    if (isBadRating(this.score) && !this.comment.trim()) return this.msg.needComment;
    return '';
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.submit()) {
      await this.updateComplete;
      const target =
        this.score === undefined
          ? this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]')
          : this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
      target?.focus();
    }
  }
}

if (!customElements.get('ow-evaluation')) customElements.define('ow-evaluation', OwEvaluation);

declare global {
  interface HTMLElementTagNameMap {
    'ow-evaluation': OwEvaluation;
  }
}
