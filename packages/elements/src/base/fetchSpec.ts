import {
  createFormValidator,
  type FormValidator,
  type ServiceItemSpec,
  serviceItemValidationSchema,
} from '@onewindow/spec/form';
import type { Lang } from '../i18n/lang.js';

/** A spec fetched from `spec-src`, with the address relative links in it resolve against. */
export interface FetchedSpec {
  spec: ServiceItemSpec;
  /** The final URL of the spec file (after redirects). */
  baseUrl: string;
}

/** Why a `spec-src` could not be used; `message` is in the requested language. */
export class SpecLoadError extends Error {
  override name = 'SpecLoadError';
}

const texts = {
  'zh-CN': {
    http: (status: number) => `无法获取事项规范（HTTP ${status}）。`,
    network: '无法获取事项规范，请检查网络后重试。',
    json: '事项规范不是有效的 JSON。',
    invalid: (where: string, message: string) => `事项规范不符合格式要求：${where} ${message}`,
  },
  en: {
    http: (status: number) => `Could not fetch the item spec (HTTP ${status}).`,
    network: 'Could not fetch the item spec; check the network and try again.',
    json: 'The item spec is not valid JSON.',
    invalid: (where: string, message: string) => `The item spec is not valid: ${where} ${message}`,
  },
} satisfies Record<Lang, unknown>;

const validators = new Map<Lang, FormValidator>();

/**
 * The CSP-safe schema check for a fetched spec: the spec package's interpreting validator
 * (no code generation, so no `unsafe-eval`) run over the ServiceItem JSON Schema.
 */
function specValidator(lang: Lang): FormValidator {
  let validator = validators.get(lang);
  if (!validator) {
    validator = createFormValidator(serviceItemValidationSchema as object, { lang });
    validators.set(lang, validator);
  }
  return validator;
}

/**
 * Fetches a spec from an address, parses it and checks it against the ServiceItem schema.
 * Throws {@link SpecLoadError} with a readable message (zh-CN or en) on any failure.
 *
 * @example
 * const { spec, baseUrl } = await fetchSpec('/specs/dibao-apply.json', 'zh-CN');
 */
export async function fetchSpec(src: string, lang: Lang, signal?: AbortSignal): Promise<FetchedSpec> {
  const t = texts[lang];
  let response: Response;
  try {
    response = await fetch(src, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SpecLoadError(t.network);
  }
  if (!response.ok) throw new SpecLoadError(t.http(response.status));
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch {
    throw new SpecLoadError(t.json);
  }
  const errors = specValidator(lang).validate(data);
  const first = errors[0];
  if (first) throw new SpecLoadError(t.invalid(first.pointer || '/', first.message));
  return { spec: data as ServiceItemSpec, baseUrl: response.url || new URL(src, document.baseURI).href };
}
