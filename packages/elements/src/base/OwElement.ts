import { css, LitElement, type PropertyDeclarations } from 'lit';
import { type Lang, normalizeLang } from '../i18n/lang.js';

/**
 * The base of every `ow-` element: language (`lang`, zh-CN by default), the 适老化 `elder`
 * mode (large text, high contrast) and the shared design tokens as CSS custom properties.
 *
 * Elements read `this.language` (normalised) rather than `lang`, and dispatch their events
 * with {@link OwElement.emit} so every event bubbles and crosses shadow roots.
 */
export class OwElement extends LitElement {
  // Typed as the general declarations so subclasses can declare their own properties.
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    elder: { type: Boolean, reflect: true },
  };

  /** Shared tokens; each element adds its own styles after these. */
  static baseStyles = css`
    :host {
      --ow-font-size: 14px;
      --ow-line-height: 1.6;
      --ow-color-text: #1f2329;
      --ow-color-muted: #5c6570;
      --ow-color-primary: #0b57d0;
      --ow-color-on-primary: #ffffff;
      --ow-color-danger: #b3261e;
      --ow-color-warning: #8a5a00;
      --ow-color-success: #1e6b2e;
      --ow-color-border: #c4c9d0;
      --ow-color-surface: #ffffff;
      --ow-color-surface-muted: #f4f6f8;
      --ow-radius: 4px;
      --ow-space: 8px;
      --ow-focus-ring: 0 0 0 3px rgba(11, 87, 208, 0.35);
      display: block;
      box-sizing: border-box;
      font-size: var(--ow-font-size);
      line-height: var(--ow-line-height);
      color: var(--ow-color-text);
      font-family: var(--ow-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    }
    :host([hidden]) {
      display: none;
    }
    /* 适老化: larger text and stronger contrast. */
    :host([elder]) {
      --ow-font-size: 20px;
      --ow-line-height: 1.8;
      --ow-color-text: #000000;
      --ow-color-muted: #1f2329;
      --ow-color-border: #5c6570;
      --ow-color-primary: #003fa3;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
  `;

  /** BCP 47 language of the element's text: `zh-CN` (default) or `en`. */
  declare lang: string;
  /** 适老化 mode: larger text and higher contrast. */
  declare elder: boolean;

  constructor() {
    super();
    this.elder = false;
  }

  /** The element's language, normalised to a supported one (falls back to zh-CN). */
  protected get language(): Lang {
    return normalizeLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** Dispatches an event that bubbles and crosses shadow roots; returns false if it was cancelled. */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }
}
