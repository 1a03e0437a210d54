import type { ServiceItemSpec } from '@onewindow/spec';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OwSpecErrorEvent } from '../events/OwSpecErrorEvent.js';
import type { Lang } from '../i18n/lang.js';
import { fetchSpec } from './fetchSpec.js';

/**
 * Loads an element's `spec-src`: fetches and validates it, keeps the loading state and the
 * error message, hands the spec to the host and fires `ow-spec-error` on failure. A newer
 * load (or disconnecting) aborts the older one.
 *
 * @example
 * private loader = new SpecLoader(this, (spec) => { this.spec = spec; });
 * // in willUpdate: if (changed.has('specSrc') && this.specSrc) this.loader.load(this.specSrc, this.language);
 */
export class SpecLoader implements ReactiveController {
  /** True while a fetch is running. */
  loading = false;
  /** The last failure, in the language the load was asked in; '' when none. */
  error = '';
  /** The fetched file's address: relative links in the spec resolve against it. */
  baseUrl: string | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSpec: (spec: ServiceItemSpec) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Fetches `src`; resolves when the spec was handed over or the failure recorded.
   *
   * @example
   * await loader.load('/specs/dibao-apply.json', 'zh-CN');
   */
  async load(src: string, lang: Lang): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const fetched = await fetchSpec(src, lang, abort.signal);
      if (abort.signal.aborted) return;
      this.baseUrl = fetched.baseUrl;
      this.onSpec(fetched.spec);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.host.dispatchEvent(new OwSpecErrorEvent({ src, message: this.error }));
    } finally {
      if (!abort.signal.aborted) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }
}
