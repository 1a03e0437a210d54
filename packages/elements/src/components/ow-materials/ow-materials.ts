import { localize, type Material, type ServiceItemSpec } from '@onewindow/spec';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { OwElement } from '../../base/OwElement.js';
import { safeHref } from '../../base/safeHref.js';
import {
  type ELicenseRecord,
  type MaterialEntry,
  type MaterialStatus,
  type MaterialsValue,
  OwMaterialsChangeEvent,
  type UploadedFile,
} from '../../events/OwMaterialsChangeEvent.js';
import type { Lang } from '../../i18n/lang.js';
import { terms } from '../../i18n/terms.js';
import { missingMaterials, neededMaterials } from './neededMaterials.js';
import { owMaterialsStyles } from './ow-materials.styles.js';

/** The host's upload hook: stores the file and returns what to keep in the application. */
export type UploadHook = (file: File, material: Material) => Promise<UploadedFile>;

/** What an e-licence provider is told besides the material: the item and the form data so far. */
export interface ELicenseContext {
  spec: ServiceItemSpec;
  formData: unknown;
}

/** The host's e-licence hook (免证办): the licence for this applicant, or null when there is none. */
export type ELicenseProvider = (
  material: Material,
  context: ELicenseContext,
) => Promise<ELicenseRecord | null>;

/** Status labels shown for a material, also used by `<ow-apply>`'s review page. */
export const materialStatusLabels = {
  'zh-CN': {
    uploaded: '已上传',
    tolerated: '后补（容缺受理）',
    committed: '承诺替代（告知承诺）',
    eLicense: '已通过电子证照获取',
    missing: '未提交',
  },
  en: {
    uploaded: 'Uploaded',
    tolerated: 'To follow (accepted without it)',
    committed: 'Replaced by a signed commitment',
    eLicense: 'Fetched from the e-licence library',
    missing: 'Not supplied',
  },
} satisfies Record<Lang, Record<MaterialStatus, string>>;

const messages = {
  'zh-CN': {
    heading: '申请材料',
    none: '根据您填写的信息，本事项无需提交申请材料。',
    required: '必要',
    tolerable: '可容缺',
    commitment: '可告知承诺',
    eLicense: '免证办',
    how: '提交方式',
    upload: '上传材料',
    tolerate: (days?: number) => (days ? `后补（受理后 ${days} 个工作日内补交）` : '后补（受理后补交）'),
    commit: '承诺替代（签署告知承诺书）',
    chooseFile: (name: string) => `选择文件：${name}`,
    accepts: (types: string) => `支持 ${types} 格式`,
    maxSize: (mb: number) => `单个文件不超过 ${mb} MB`,
    wrongType: (file: string, types: string) => `“${file}”的格式不支持，请上传 ${types} 格式的文件。`,
    tooLarge: (file: string, mb: number) => `“${file}”超过 ${mb} MB 的大小限制，请压缩后重新上传。`,
    emptyFile: (file: string) => `“${file}”是空文件，请重新选择。`,
    uploadFailed: (file: string) => `“${file}”上传失败，请重试。`,
    noUploadHook: '本页面未配置文件上传服务，请联系网站管理员或到窗口提交纸质材料。',
    uploading: '正在上传…',
    fetchingLicense: '正在从电子证照库获取…',
    licenseFound: (no: string) => `证照编号 ${no}`,
    licenseNotFound: '未在电子证照库中找到该证照，请上传材料。',
    remove: (file: string) => `删除 ${file}`,
    files: (n: number) => `${n} 个文件`,
    template: '下载空白表格',
    sample: '查看示例样表',
    missingSummary: '以下必要材料尚未提交：',
  },
  en: {
    heading: 'Materials',
    none: 'From what you entered, no materials are needed.',
    required: 'Required',
    tolerable: 'May follow',
    commitment: 'Commitment allowed',
    eLicense: 'E-licence',
    how: 'How you supply it',
    upload: 'Upload',
    tolerate: (days?: number) =>
      days ? `Supply later (within ${days} working days of acceptance)` : 'Supply later (after acceptance)',
    commit: 'Replace it with a signed commitment',
    chooseFile: (name: string) => `Choose a file: ${name}`,
    accepts: (types: string) => `Accepted: ${types}`,
    maxSize: (mb: number) => `Up to ${mb} MB per file`,
    wrongType: (file: string, types: string) => `“${file}” is not accepted; please upload ${types}.`,
    tooLarge: (file: string, mb: number) => `“${file}” is larger than ${mb} MB; please make it smaller.`,
    emptyFile: (file: string) => `“${file}” is empty; please choose another file.`,
    uploadFailed: (file: string) => `“${file}” could not be uploaded; please try again.`,
    noUploadHook: 'This page has no upload service; please contact the site or hand in paper copies.',
    uploading: 'Uploading…',
    fetchingLicense: 'Fetching from the e-licence library…',
    licenseFound: (no: string) => `Licence number ${no}`,
    licenseNotFound: 'No e-licence was found; please upload the material.',
    remove: (file: string) => `Remove ${file}`,
    files: (n: number) => `${n} file${n === 1 ? '' : 's'}`,
    template: 'Blank form',
    sample: 'Sample',
    missingSummary: 'These required materials are still missing:',
  },
} satisfies Record<Lang, unknown>;

const typeNames: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/zip': 'ZIP',
  'application/ofd': 'OFD',
};

/** A readable list of MIME types: JPG、PNG、PDF. */
function typeList(accept: readonly string[], lang: Lang): string {
  const names = accept.map((t) => typeNames[t] ?? t.replace(/^.*\//, '').toUpperCase());
  return [...new Set(names)].join(terms[lang].punct.list);
}

/** Whether a file's MIME type is in an accept list (exact types and `image/*` wildcards). */
function accepts(accept: readonly string[] | undefined, type: string): boolean {
  if (!accept?.length) return true;
  return accept.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : a === type));
}

/**
 * @summary 申请材料: the materials this application needs (recomputed from the form data),
 * one upload slot each, with 容缺 (后补), 告知承诺 (承诺替代) and 免证办 (electronic licence).
 *
 * Files go to the host's `upload` hook; nothing is read into the data. The value, `materials`,
 * holds each needed material's status and the uploaded files' records.
 *
 * @event ow-materials-change - {@link OwMaterialsChangeEvent} with `{ materials }` whenever a status or file changes.
 *
 * @csspart material - The fieldset of one material.
 * @csspart file-input - Each `<input type=file>`.
 * @csspart status - Each material's status line.
 * @csspart error - Error messages.
 * @csspart summary - The list of missing materials shown by `checkValidity()`.
 *
 * @cssprop --ow-color-danger - Errors and invalid materials.
 * @cssprop --ow-color-success - Supplied materials.
 * @cssprop --ow-font-size - Base font size (larger in `elder` mode).
 */
export class OwMaterials extends OwElement {
  static override properties = {
    spec: { attribute: false },
    formData: { attribute: false },
    materials: { attribute: false },
    upload: { attribute: false },
    eLicenseProvider: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    busy: { attribute: false, state: true },
    errors: { attribute: false, state: true },
    showMissing: { attribute: false, state: true },
  };

  static override styles = [OwElement.baseStyles, owMaterialsStyles];

  /** The item spec. */
  declare spec: ServiceItemSpec | undefined;
  /** The form data so far; decides which conditional materials are needed. */
  declare formData: unknown;
  /** The value: `{ [materialId]: { status, files?, license? } }` for every material needed now. */
  declare materials: MaterialsValue;
  /** Stores a file and returns its record (`{ id, name, size, type, url? }`). */
  declare upload: UploadHook | undefined;
  /** Fetches an electronic licence for a 免证 material; `null` when the applicant has none. */
  declare eLicenseProvider: ELicenseProvider | undefined;
  /** Read-only. */
  declare disabled: boolean;
  declare protected busy: Record<string, 'uploading' | 'fetching'>;
  declare protected errors: Record<string, string[]>;
  declare protected showMissing: boolean;

  /** Materials asked of the e-licence provider already, so a re-render does not ask again. */
  private asked = new Set<string>();
  /** Materials whose licence the provider did not find. */
  private notFound = new Set<string>();

  constructor() {
    super();
    this.materials = {};
    this.disabled = false;
    this.busy = {};
    this.errors = {};
    this.showMissing = false;
  }

  /**
   * The materials this application needs for the current form data (`requiredMaterials`).
   *
   * @example
   * el.neededMaterials().map((m) => m.id); // ['applicationForm', 'idCard', …]
   */
  neededMaterials(): Material[] {
    return this.spec ? neededMaterials(this.spec, this.formData) : [];
  }

  /**
   * The needed materials not supplied yet (status `missing`).
   *
   * @example
   * el.missingMaterials().map((m) => m.name);
   */
  missingMaterials(): Material[] {
    return this.spec ? missingMaterials(this.spec, this.formData, this.materials) : [];
  }

  /**
   * True when every needed material is uploaded, tolerated, committed or fetched as an
   * e-licence. Otherwise lists the missing ones in the element and returns false.
   *
   * @example
   * if (!materials.checkValidity()) console.log(materials.missingMaterials());
   */
  checkValidity(): boolean {
    const missing = this.missingMaterials();
    this.showMissing = missing.length > 0;
    return missing.length === 0;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('spec') || changed.has('formData') || changed.has('materials')) this.syncToNeeded();
    // Before rendering, so the 正在获取 status shows in this very update.
    if (changed.has('spec') || changed.has('formData') || changed.has('eLicenseProvider'))
      this.askForLicences();
  }

  /** Keeps exactly one entry per needed material, so the value follows the form data. */
  private syncToNeeded(): void {
    const needed = this.neededMaterials();
    const next: MaterialsValue = {};
    let changed = Object.keys(this.materials).length !== needed.length;
    for (const material of needed) {
      const entry = this.materials[material.id];
      if (!entry) changed = true;
      next[material.id] = entry ?? { status: 'missing' };
    }
    if (changed) {
      this.materials = next;
      this.fireChange();
    }
    if (this.showMissing && this.missingMaterials().length === 0) this.showMissing = false;
  }

  private askForLicences(): void {
    const provider = this.eLicenseProvider;
    const spec = this.spec;
    if (!provider || !spec || this.disabled) return;
    for (const material of this.neededMaterials()) {
      if (!material.eLicense || this.asked.has(material.id)) continue;
      if (this.materials[material.id]?.status !== 'missing') continue;
      this.asked.add(material.id);
      this.busy = { ...this.busy, [material.id]: 'fetching' };
      provider(material, { spec, formData: this.formData })
        .then((license) => {
          if (license) {
            this.notFound.delete(material.id);
            this.setEntry(material.id, { status: 'eLicense', license });
          } else {
            this.notFound.add(material.id);
          }
        })
        .catch(() => {
          this.notFound.add(material.id);
        })
        .finally(() => {
          const { [material.id]: _done, ...rest } = this.busy;
          this.busy = rest;
        });
    }
  }

  private setEntry(id: string, entry: MaterialEntry): void {
    this.materials = { ...this.materials, [id]: entry };
    this.fireChange();
  }

  private fireChange(): void {
    this.dispatchEvent(new OwMaterialsChangeEvent({ materials: this.materials }));
  }

  private setErrors(id: string, list: string[]): void {
    this.errors = { ...this.errors, [id]: list };
  }

  private choose(material: Material, status: 'uploaded' | 'tolerated' | 'committed'): void {
    const entry = this.materials[material.id] ?? { status: 'missing' };
    if (status === 'uploaded') {
      const files = entry.files ?? [];
      this.setEntry(material.id, files.length ? { status: 'uploaded', files } : { status: 'missing' });
    } else {
      this.setEntry(material.id, entry.files?.length ? { status, files: entry.files } : { status });
    }
  }

  private async onFiles(material: Material, input: HTMLInputElement): Promise<void> {
    const m = messages[this.language];
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    const errors: string[] = [];
    const maxBytes = material.maxSizeMB ? material.maxSizeMB * 1024 * 1024 : Number.POSITIVE_INFINITY;
    const good = chosen.filter((file) => {
      if (!accepts(material.accept, file.type)) {
        errors.push(m.wrongType(file.name, typeList(material.accept ?? [], this.language)));
        return false;
      }
      if (file.size > maxBytes) {
        errors.push(m.tooLarge(file.name, material.maxSizeMB ?? 0));
        return false;
      }
      if (file.size === 0) {
        errors.push(m.emptyFile(file.name));
        return false;
      }
      return true;
    });
    if (good.length && !this.upload) {
      errors.push(m.noUploadHook);
      good.length = 0;
    }
    this.setErrors(material.id, errors);
    if (!good.length || !this.upload) return;
    this.busy = { ...this.busy, [material.id]: 'uploading' };
    const stored: UploadedFile[] = [];
    for (const file of good) {
      try {
        const record = await this.upload(file, material);
        // Keep only the record's plain fields: never the file's bytes.
        stored.push({
          id: record.id,
          name: record.name,
          size: record.size,
          type: record.type,
          ...(record.url ? { url: record.url } : {}),
        });
      } catch {
        errors.push(m.uploadFailed(file.name));
      }
    }
    const { [material.id]: _done, ...rest } = this.busy;
    this.busy = rest;
    this.setErrors(material.id, errors);
    if (stored.length) {
      const files = [...(this.materials[material.id]?.files ?? []), ...stored];
      this.setEntry(material.id, { status: 'uploaded', files });
    }
  }

  private removeFile(material: Material, fileId: string): void {
    const entry = this.materials[material.id];
    if (!entry?.files) return;
    const files = entry.files.filter((f) => f.id !== fileId);
    if (entry.status === 'uploaded') {
      this.setEntry(material.id, files.length ? { status: 'uploaded', files } : { status: 'missing' });
    } else {
      this.setEntry(material.id, { ...entry, files });
    }
  }

  override render() {
    const m = messages[this.language];
    const needed = this.neededMaterials();
    if (!this.spec) return nothing;
    if (needed.length === 0) return html`<p class="empty">${m.none}</p>`;
    const missing = this.showMissing ? this.missingMaterials() : [];
    return html`
      ${
        missing.length
          ? html`<div class="summary" part="summary" role="alert">
            ${m.missingSummary}
            <ul>
              ${missing.map((mat) => html`<li>${localize(mat.name, this.language)}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <ul class="list" aria-label=${m.heading}>
        ${needed.map((material) => html`<li>${this.renderMaterial(material, missing.includes(material))}</li>`)}
      </ul>
    `;
  }

  private renderMaterial(material: Material, invalid: boolean): TemplateResult {
    const m = messages[this.language];
    const lang = this.language;
    const p = terms[lang].punct;
    const id = material.id;
    const name = localize(material.name, lang);
    const entry = this.materials[id] ?? { status: 'missing' as const };
    const busy = this.busy[id];
    const errors = this.errors[id] ?? [];
    const template = safeHref(material.template?.href);
    const sample = safeHref(material.sample?.href);
    const byLicence = entry.status === 'eLicense';
    const allowsChoice = (material.tolerable || material.commitment) && !byLicence;
    const showUpload = !byLicence && (entry.status === 'uploaded' || entry.status === 'missing');
    const hints = [
      material.accept?.length ? m.accepts(typeList(material.accept, lang)) : '',
      material.maxSizeMB ? m.maxSize(material.maxSizeMB) : '',
    ].filter(Boolean);
    const statusText =
      busy === 'uploading'
        ? m.uploading
        : busy === 'fetching'
          ? m.fetchingLicense
          : entry.status === 'eLicense' && entry.license
            ? `${materialStatusLabels[lang].eLicense}${p.paren(`${entry.license.name}${p.comma}${m.licenseFound(entry.license.licenseNo)}`)}`
            : entry.status === 'uploaded'
              ? `${materialStatusLabels[lang].uploaded}${p.paren(m.files(entry.files?.length ?? 0))}`
              : materialStatusLabels[lang][entry.status];
    return html`
      <fieldset
        class="material ${invalid ? 'invalid' : ''}"
        part="material"
        data-material=${id}
        data-status=${entry.status}
        ?disabled=${this.disabled}
        aria-describedby=${`status-${id}`}
      >
        <legend>
          ${name}
          <span class="tags">
            <span class="tag">${m.required}</span>
            ${material.tolerable ? html`<span class="tag">${m.tolerable}</span>` : nothing}
            ${material.commitment ? html`<span class="tag">${m.commitment}</span>` : nothing}
            ${material.eLicense ? html`<span class="tag">${m.eLicense}</span>` : nothing}
          </span>
        </legend>
        <p class="status" part="status" id=${`status-${id}`} data-status=${entry.status} aria-live="polite">
          ${statusText}
        </p>
        ${material.instructions ? html`<p class="hint">${localize(material.instructions, lang)}</p>` : nothing}
        ${
          template || sample
            ? html`<p class="links">
              ${template ? html`<a href=${template} target="_blank" rel="noopener">${m.template}</a>` : nothing}
              ${sample ? html`<a href=${sample} target="_blank" rel="noopener">${m.sample}</a>` : nothing}
            </p>`
            : nothing
        }
        ${
          allowsChoice
            ? html`<fieldset class="choice">
              <legend>${m.how}</legend>
              <label
                ><input
                  type="radio"
                  name=${`how-${id}`}
                  .checked=${entry.status === 'uploaded' || entry.status === 'missing'}
                  @change=${() => this.choose(material, 'uploaded')}
                />${m.upload}</label
              >
              ${
                material.tolerable
                  ? html`<label
                    ><input
                      type="radio"
                      name=${`how-${id}`}
                      .checked=${entry.status === 'tolerated'}
                      @change=${() => this.choose(material, 'tolerated')}
                    />${m.tolerate(material.toleranceDays)}</label
                  >`
                  : nothing
              }
              ${
                material.commitment
                  ? html`<label
                    ><input
                      type="radio"
                      name=${`how-${id}`}
                      .checked=${entry.status === 'committed'}
                      @change=${() => this.choose(material, 'committed')}
                    />${m.commit}</label
                  >`
                  : nothing
              }
            </fieldset>`
            : nothing
        }
        ${
          material.eLicense && !byLicence && this.notFound.has(id)
            ? html`<p class="hint">${m.licenseNotFound}</p>`
            : nothing
        }
        ${
          showUpload
            ? html`<div class="upload">
              <label for=${`file-${id}`}>${m.chooseFile(name)}</label>
              <input
                id=${`file-${id}`}
                part="file-input"
                type="file"
                multiple
                accept=${(material.accept ?? []).join(',')}
                ?disabled=${this.disabled || busy === 'uploading'}
                aria-describedby=${`hint-${id} errors-${id}`}
                aria-invalid=${errors.length || invalid ? 'true' : 'false'}
                @change=${(e: Event) => this.onFiles(material, e.target as HTMLInputElement)}
              />
              <span class="hint" id=${`hint-${id}`}>${hints.join(p.comma)}</span>
            </div>`
            : nothing
        }
        ${
          entry.files?.length && !byLicence
            ? html`<ul class="files">
              ${entry.files.map(
                (file) => html`<li>
                  <span>${file.name}</span>
                  ${
                    this.disabled
                      ? nothing
                      : html`<button type="button" @click=${() => this.removeFile(material, file.id)}>
                        ${m.remove(file.name)}
                      </button>`
                  }
                </li>`,
              )}
            </ul>`
            : nothing
        }
        <div id=${`errors-${id}`} part="error">
          ${errors.map((error) => html`<p class="error" role="alert">${error}</p>`)}
        </div>
      </fieldset>
    `;
  }
}

if (!customElements.get('ow-materials')) customElements.define('ow-materials', OwMaterials);

declare global {
  interface HTMLElementTagNameMap {
    'ow-materials': OwMaterials;
  }
}
