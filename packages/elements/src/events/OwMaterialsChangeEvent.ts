/** A file handed to the host's `upload` hook and what the host returned for it. */
export interface UploadedFile {
  /** The host's id for the stored file. */
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  /** MIME type. */
  type: string;
  /** Where the host serves it (optional). */
  url?: string;
}

/** An electronic licence found by the host's `eLicenseProvider` (免证办). */
export interface ELicenseRecord {
  licenseNo: string;
  name: string;
}

/**
 * How one material is supplied: uploaded, 容缺 (`tolerated`, follows after acceptance),
 * 告知承诺 (`committed`, a signed commitment replaces it), fetched as an electronic licence
 * (`eLicense`), or still `missing`.
 */
export type MaterialStatus = 'uploaded' | 'tolerated' | 'committed' | 'eLicense' | 'missing';

/** One material's entry in the materials value. */
export interface MaterialEntry {
  status: MaterialStatus;
  files?: UploadedFile[];
  license?: ELicenseRecord;
}

/** The value of `<ow-materials>`: one entry per material id. */
export type MaterialsValue = Record<string, MaterialEntry>;

/** Detail of `ow-materials-change`. */
export interface OwMaterialsChangeDetail {
  materials: MaterialsValue;
}

/**
 * Fired by `<ow-materials>` whenever a material's status or files change.
 *
 * @example
 * el.addEventListener('ow-materials-change', (e) => console.log(e.detail.materials));
 */
export class OwMaterialsChangeEvent extends CustomEvent<OwMaterialsChangeDetail> {
  constructor(detail: OwMaterialsChangeDetail) {
    super('ow-materials-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ow-materials-change': OwMaterialsChangeEvent;
  }
}
