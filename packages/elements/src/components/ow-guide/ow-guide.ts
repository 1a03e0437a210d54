import { ROLE_LABELS, type Role } from '@onewindow/engine';
import { localize, type Material, type ServiceItemSpec } from '@onewindow/spec';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { OwElement } from '../../base/OwElement.js';
import { SpecLoader } from '../../base/SpecLoader.js';
import { safeHref } from '../../base/safeHref.js';
import type { Lang } from '../../i18n/lang.js';
import { type Terms, terms } from '../../i18n/terms.js';
import { owGuideStyles } from './ow-guide.styles.js';

const messages = {
  'zh-CN': {
    guide: '办事指南',
    loading: '正在加载办事指南…',
    print: '打印办事指南',
    codes: { basic: '基本编码', implementation: '实施编码', handlingItem: '业务办理项编码' },
    basics: '基本信息',
    itemType: '事项类型',
    department: '主管部门',
    implementingBody: '实施主体',
    entrustedBy: '委托部门',
    creditCode: '统一社会信用代码',
    intermediary: '中介服务',
    jointBodies: '联办机构',
    level: '行使层级',
    audience: '服务对象',
    mode: '办件类型',
    legalLimit: '法定办结时限',
    promisedLimit: '承诺办结时限',
    instantLimit: '即时办结',
    fees: '收费标准',
    free: '不收费',
    visits: '到办事现场次数',
    visitsCount: (n: number) => (n === 0 ? '0 次（零跑动）' : n === 1 ? '1 次（最多跑一次）' : `${n} 次`),
    quantityLimit: '数量限制',
    conditions: '受理条件',
    basis: '设定依据',
    materials: '申请材料',
    materialColumns: [
      '序号',
      '材料名称',
      '材料形式',
      '份数',
      '来源渠道',
      '要求与说明',
      '空白表格 / 示例样表',
    ],
    originals: (n: number) => `原件 ${n} 份`,
    copies: (n: number) => `复印件 ${n} 份`,
    required: '必要',
    optional: '非必要',
    conditional: '特定情形下必要',
    tolerable: (days?: number) => (days ? `可容缺受理（受理后 ${days} 个工作日内补交）` : '可容缺受理'),
    commitment: '可实行告知承诺（签署承诺书替代）',
    eLicense: (name: string) => `免证办：可通过电子证照「${name}」获取，无需提交`,
    template: '空白表格',
    sample: '示例样表',
    noMaterials: '无需提交申请材料。',
    flow: '办理流程',
    submit: '提交申请',
    accept: '受理',
    acceptInstant: '受理并当场办结',
    escalate: (department: string) => `上报${department}`,
    preliminary: '初审',
    conclude: '办结出件',
    deliver: '送达',
    uncounted: '特别程序，不计入办理时限',
    specialProcedures: '特别程序',
    outputs: '办理结果',
    outputColumns: ['结果名称', '结果类型', '送达方式'],
    withELicense: '同步生成电子证照',
    deliveryDays: (n: number) => `作出决定后 ${n} 个工作日内送达`,
    channels: '办理渠道',
    windowChannel: '窗口办理',
    onlineChannel: '网上办理',
    postChannel: '邮寄申请',
    proxyChannel: '帮办代办',
    appointment: '可预约办理',
    anywhere: '通办范围',
    venue: '办理地点',
    hours: '办公时间',
    transport: '交通指引',
    contact: '咨询与监督',
    consult: '咨询电话',
    complaint: '监督投诉电话',
    website: '相关网站',
    rights: '申请人权利和义务',
    faq: '常见问题',
    feeColumns: ['收费项目', '收费标准', '收费依据', '减免'],
    reducible: '可减免',
    notReducible: '不可减免',
    payOnline: '支持网上支付',
  },
  en: {
    guide: 'Service guide',
    loading: 'Loading the service guide…',
    print: 'Print the guide',
    codes: { basic: 'Basic code', implementation: 'Implementation code', handlingItem: 'Handling-item code' },
    basics: 'Overview',
    itemType: 'Item type',
    department: 'Department',
    implementingBody: 'Implementing body',
    entrustedBy: 'Entrusted by',
    creditCode: 'Unified social credit code',
    intermediary: 'Intermediary services',
    jointBodies: 'Joint bodies',
    level: 'Level',
    audience: 'Who may apply',
    mode: 'Handling mode',
    legalLimit: 'Legal time limit',
    promisedLimit: 'Promised time limit',
    instantLimit: 'Decided on the spot',
    fees: 'Fees',
    free: 'Free of charge',
    visits: 'Visits needed',
    visitsCount: (n: number) => (n === 0 ? 'None (fully remote)' : n === 1 ? 'At most one' : `${n} visits`),
    quantityLimit: 'Quantity limit',
    conditions: 'Conditions',
    basis: 'Legal basis',
    materials: 'Materials',
    materialColumns: ['No.', 'Material', 'Form', 'Copies', 'Source', 'Requirements', 'Template / sample'],
    originals: (n: number) => `${n} original${n === 1 ? '' : 's'}`,
    copies: (n: number) => `${n} cop${n === 1 ? 'y' : 'ies'}`,
    required: 'Required',
    optional: 'Optional',
    conditional: 'Required in certain cases',
    tolerable: (days?: number) =>
      days ? `May follow after acceptance (within ${days} working days)` : 'May follow after acceptance',
    commitment: 'A signed commitment may replace it',
    eLicense: (name: string) => `Fetched from the e-licence library (${name}); nothing to hand in`,
    template: 'Blank form',
    sample: 'Sample',
    noMaterials: 'No materials are needed.',
    flow: 'Procedure',
    submit: 'Apply',
    accept: 'Acceptance',
    acceptInstant: 'Accepted and decided on the spot',
    escalate: (department: string) => `Reported to ${department}`,
    preliminary: 'Preliminary review',
    conclude: 'Result issued',
    deliver: 'Delivery',
    uncounted: 'Special procedure, not counted in the limit',
    specialProcedures: 'Special procedures',
    outputs: 'Results',
    outputColumns: ['Result', 'Kind', 'Delivery'],
    withELicense: 'Also issued as an e-licence',
    deliveryDays: (n: number) => `Delivered within ${n} working days of the decision`,
    channels: 'Channels',
    windowChannel: 'At the front desk',
    onlineChannel: 'Online',
    postChannel: 'By post',
    proxyChannel: 'Through an agent',
    appointment: 'Appointments available',
    anywhere: 'Where else',
    venue: 'Address',
    hours: 'Opening hours',
    transport: 'Getting there',
    contact: 'Enquiries and complaints',
    consult: 'Enquiries',
    complaint: 'Complaints',
    website: 'Website',
    rights: 'Rights and duties',
    faq: 'Frequently asked questions',
    feeColumns: ['Fee', 'Amount', 'Basis', 'Reduction'],
    reducible: 'Can be reduced',
    notReducible: 'No reduction',
    payOnline: 'Can be paid online',
  },
} satisfies Record<Lang, unknown>;

type Messages = (typeof messages)[Lang];

/** One box of the flow diagram. */
interface FlowBox {
  name: string;
  meta: string[];
  uncounted?: boolean;
}

/**
 * @summary 办事指南: the complete public guide of one service item, rendered from its spec
 * for the web and for print (A4) from the same data.
 *
 * @event ow-spec-error - {@link OwSpecErrorEvent} when `spec-src` cannot be fetched or is not a valid spec.
 *
 * @slot header-actions - Extra controls beside the print button (hidden when printing).
 *
 * @csspart header - The item name and codes.
 * @csspart section - Every section of the guide.
 * @csspart materials-table - The materials table.
 * @csspart flow - The flow diagram (an ordered list).
 * @csspart stage - Each box of the flow diagram.
 * @csspart print-button - The print button.
 *
 * @cssprop --ow-color-primary - Headings, links and the flow diagram.
 * @cssprop --ow-color-border - Table rules.
 * @cssprop --ow-font-size - Base font size (larger in `elder` mode).
 */
export class OwGuide extends OwElement {
  static override properties = {
    spec: { attribute: false },
    specSrc: { type: String, attribute: 'spec-src', reflect: true },
  };

  static override styles = [OwElement.baseStyles, owGuideStyles];

  /** The item spec to show. Set directly, or let `spec-src` fetch it. */
  declare spec: ServiceItemSpec | undefined;
  /** Address of a spec JSON file to fetch and validate. */
  declare specSrc: string | undefined;

  private readonly loader = new SpecLoader(this, (spec) => {
    this.spec = spec;
  });

  /** Links in a fetched spec resolve against the spec file's address. */
  private get baseUrl(): string | undefined {
    return this.loader.baseUrl;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('specSrc') && this.specSrc) void this.loader.load(this.specSrc, this.language);
  }

  override render() {
    const m = messages[this.language];
    if (this.loader.error) return html`<p class="status error" role="alert">${this.loader.error}</p>`;
    if (!this.spec)
      return this.loader.loading ? html`<p class="status" role="status">${m.loading}</p>` : nothing;
    const spec = this.spec;
    const t = terms[this.language];
    return html`
      <article aria-labelledby="title">
        <header part="header">
          <div class="toolbar">
            <slot name="header-actions"></slot>
            <button type="button" part="print-button" @click=${() => window.print()}>${m.print}</button>
          </div>
          <h2 id="title">${this.text(spec.name)}</h2>
          <p class="codes">
            <span>${m.codes.basic}${t.punct.colon}${spec.code.basic}</span>
            <span>${m.codes.implementation}${t.punct.colon}${spec.code.implementation}</span>
            ${spec.code.handlingItem ? html`<span>${m.codes.handlingItem}${t.punct.colon}${spec.code.handlingItem}</span>` : nothing}
          </p>
          <ul class="badges" aria-label=${m.basics}>
            <li class="badge">${t.mode[spec.mode]}</li>
            ${spec.maxVisits <= 1 ? html`<li class="badge">${m.visitsCount(spec.maxVisits)}</li>` : nothing}
            ${spec.channels.anywhere && spec.channels.anywhere !== 'none' ? html`<li class="badge">${t.anywhere[spec.channels.anywhere]}</li>` : nothing}
            ${spec.channels.proxy ? html`<li class="badge">${m.proxyChannel}</li>` : nothing}
          </ul>
        </header>
        ${this.renderBasics(spec, m, t)} ${this.renderList('conditions', m.conditions, spec.conditions, true)}
        ${this.renderBasis(spec, m, t)} ${this.renderMaterials(spec, m, t)} ${this.renderFlow(spec, m, t)}
        ${this.renderOutputs(spec, m, t)} ${this.renderFees(spec, m)} ${this.renderChannels(spec, m, t)}
        ${this.renderContact(spec, m)}
        ${spec.rightsAndObligations?.length ? this.renderList('rights', m.rights, spec.rightsAndObligations, false) : nothing}
        ${this.renderFaq(spec, m)}
      </article>
    `;
  }

  private text(value: Parameters<typeof localize>[0]): string {
    return localize(value, this.language);
  }

  private section(id: string, title: string, body: TemplateResult, extraClass = ''): TemplateResult {
    return html`<section part="section" class=${extraClass} aria-labelledby=${`h-${id}`}>
      <h3 id=${`h-${id}`}>${title}</h3>
      ${body}
    </section>`;
  }

  private renderBasics(spec: ServiceItemSpec, m: Messages, t: Terms): TemplateResult {
    const body = spec.implementingBody;
    const facts: [string, string][] = [
      [m.itemType, t.itemType[spec.itemType]],
      [m.department, this.text(spec.department)],
      [m.implementingBody, this.text(body.name)],
    ];
    if (body.creditCode) facts.push([m.creditCode, body.creditCode]);
    if (body.entrustedBy) facts.push([m.entrustedBy, this.text(body.entrustedBy)]);
    if (body.jointBodies?.length)
      facts.push([m.jointBodies, body.jointBodies.map((b) => this.text(b)).join(t.punct.list)]);
    facts.push(
      [m.level, t.level[spec.level]],
      [m.audience, spec.audience.map((a) => t.audience[a]).join(t.punct.list)],
      [m.mode, t.mode[spec.mode]],
      [m.legalLimit, this.limitText(spec.timeLimit.legal, spec.timeLimit.legalNote, m, t)],
      [
        m.promisedLimit,
        spec.mode === 'instant' || spec.timeLimit.promised === 0
          ? m.instantLimit
          : this.limitText(spec.timeLimit.promised, spec.timeLimit.promisedNote, m, t),
      ],
      [
        m.fees,
        spec.fees.free ? m.free : (spec.fees.items ?? []).map((f) => this.text(f.name)).join(t.punct.list),
      ],
      [
        m.visits,
        [m.visitsCount(spec.maxVisits), this.text(spec.maxVisitsNote)].filter(Boolean).join(t.punct.semi),
      ],
    );
    if (spec.quantityLimit) facts.push([m.quantityLimit, this.text(spec.quantityLimit)]);
    if (spec.intermediaryServices?.length)
      facts.push([
        m.intermediary,
        spec.intermediaryServices.map((service) => this.text(service)).join(t.punct.list),
      ]);
    return this.section(
      'basics',
      m.basics,
      html`<dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`,
    );
  }

  /** 18个工作日 / 15日（自然日） / 无法定时限, with the note. */
  private limitText(
    days: number | null,
    note: Parameters<typeof localize>[0],
    _m: Messages,
    t: Terms,
  ): string {
    const unit = this.spec?.timeLimit.unit === 'naturalDays' ? t.naturalDays : t.workingDays;
    return [days === null ? t.noLegalLimit : unit(days), this.text(note)].filter(Boolean).join(t.punct.semi);
  }

  private renderList(
    id: string,
    title: string,
    items: readonly Parameters<typeof localize>[0][],
    ordered: boolean,
  ): TemplateResult {
    const lis = items.map((item) => html`<li>${this.text(item)}</li>`);
    return this.section(id, title, ordered ? html`<ol>${lis}</ol>` : html`<ul>${lis}</ul>`);
  }

  private renderBasis(spec: ServiceItemSpec, m: Messages, t: Terms): TemplateResult {
    return this.section(
      'basis',
      m.basis,
      html`<ul>
        ${spec.basis.map(
          (b) =>
            html`<li>
              ${t.punct.title(this.text(b.title))}${b.docNo ? t.punct.paren(this.text(b.docNo)) : nothing}
              ${this.text(b.clause)}${b.text ? html`<div class="muted">${this.text(b.text)}</div>` : nothing}
            </li>`,
        )}
      </ul>`,
    );
  }

  /** The requirement notes of one material: required or not, 容缺, 告知承诺, 免证 and the rest. */
  private materialNotes(material: Material, m: Messages): string[] {
    const notes: string[] = [];
    const required = material.required;
    notes.push(required === true ? m.required : required === false ? m.optional : m.conditional);
    if (material.tolerable) notes.push(m.tolerable(material.toleranceDays));
    if (material.commitment) notes.push(m.commitment);
    if (material.eLicense) notes.push(m.eLicense(material.eLicense));
    for (const extra of [
      material.paperSpec,
      material.signature,
      material.acceptanceStandard,
      material.instructions,
      material.basis,
      material.note,
    ]) {
      const text = this.text(extra);
      if (text) notes.push(text);
    }
    return notes;
  }

  private renderMaterials(spec: ServiceItemSpec, m: Messages, t: Terms): TemplateResult {
    if (spec.materials.length === 0)
      return this.section('materials', m.materials, html`<p>${m.noMaterials}</p>`);
    const [no, name, form, copies, source, requirements, links] = m.materialColumns;
    return this.section(
      'materials',
      m.materials,
      html`<div class="table-wrap">
        <table part="materials-table">
          <thead>
            <tr>
              <th scope="col">${no}</th>
              <th scope="col">${name}</th>
              <th scope="col">${form}</th>
              <th scope="col">${copies}</th>
              <th scope="col">${source}</th>
              <th scope="col">${requirements}</th>
              <th scope="col">${links}</th>
            </tr>
          </thead>
          <tbody>
            ${spec.materials.map((material, index) => {
              const template = safeHref(material.template?.href, this.baseUrl);
              const sample = safeHref(material.sample?.href, this.baseUrl);
              const counts = [
                material.originals ? m.originals(material.originals) : '',
                material.copies ? m.copies(material.copies) : '',
              ].filter(Boolean);
              return html`<tr data-material=${material.id}>
                <td>${index + 1}</td>
                <th scope="row">${this.text(material.name)}</th>
                <td>${material.form.map((f) => t.materialForm[f]).join(t.punct.list)}</td>
                <td>${counts.join(t.punct.comma) || '—'}</td>
                <td>
                  ${t.materialSource[material.source]}${material.issuer ? html`<div class="muted">${this.text(material.issuer)}</div>` : nothing}
                  ${material.sourceNote ? html`<div class="muted">${this.text(material.sourceNote)}</div>` : nothing}
                </td>
                <td>
                  <ul class="notes">
                    ${this.materialNotes(material, m).map((note) => html`<li>${note}</li>`)}
                  </ul>
                </td>
                <td>
                  ${template ? html`<a href=${template} target="_blank" rel="noopener">${this.text(material.template?.title) || m.template}</a>` : nothing}
                  ${template && sample ? html`<br />` : nothing}
                  ${sample ? html`<a href=${sample} target="_blank" rel="noopener">${this.text(material.sample?.title) || m.sample}</a>` : nothing}
                  ${!template && !sample ? '—' : nothing}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`,
      'materials',
    );
  }

  /** The flow as boxes: apply, accept, each back-office stage (or 初审 + 上报), conclude, deliver. */
  private flowBoxes(spec: ServiceItemSpec, m: Messages, t: Terms): FlowBox[] {
    const role = (name: Role) => ROLE_LABELS[name][this.language];
    const boxes: FlowBox[] = [{ name: m.submit, meta: [role('applicant')] }];
    if (spec.mode === 'instant') {
      boxes.push({ name: m.acceptInstant, meta: [role('window')] });
    } else {
      boxes.push({ name: m.accept, meta: [role('window')] });
      for (const stage of spec.flow.stages) {
        const counted = stage.counted !== false;
        boxes.push({
          name: this.text(stage.name),
          meta: [
            role(stage.role),
            t.workingDays(stage.days),
            counted ? '' : m.uncounted,
            this.text(stage.standard),
          ].filter(Boolean),
          uncounted: !counted,
        });
      }
      const escalation = spec.flow.escalation;
      if (spec.mode === 'escalated' && escalation) {
        if (spec.flow.stages.length === 0) {
          boxes.push({ name: m.preliminary, meta: [t.workingDays(escalation.preliminaryDays)] });
        }
        boxes.push({
          name: m.escalate(this.text(escalation.department)),
          meta: [role('superior'), t.workingDays(escalation.superiorDays)],
        });
      }
      boxes.push({ name: m.conclude, meta: [role('window')] });
    }
    const delivery = [...new Set(spec.outputs.flatMap((o) => o.delivery))];
    boxes.push({ name: m.deliver, meta: [delivery.map((d) => t.delivery[d] ?? d).join(' / ')] });
    return boxes;
  }

  private renderFlow(spec: ServiceItemSpec, m: Messages, t: Terms): TemplateResult {
    const procedures = spec.flow.specialProcedures ?? [];
    return this.section(
      'flow',
      m.flow,
      html`<ol class="flow" part="flow">
          ${this.flowBoxes(spec, m, t).map(
            (box) => html`<li part="stage" class=${box.uncounted ? 'uncounted' : ''}>
              <span class="stage-name">${box.name}</span>
              ${box.meta.map((meta) => html`<span class="stage-meta">${meta}</span>`)}
            </li>`,
          )}
        </ol>
        ${
          procedures.length
            ? html`<h4>${m.specialProcedures}</h4>
              <ul>
                ${procedures.map(
                  (p) =>
                    html`<li>
                      ${this.text(p.name)}${t.punct.paren(t.suspensionKind[p.kind] ?? p.kind)}${p.limit ? `${t.punct.colon}${this.text(p.limit)}` : nothing}
                      ${p.basis ? html`<span class="muted">${this.text(p.basis)}</span>` : nothing}
                    </li>`,
                )}
              </ul>`
            : nothing
        }`,
    );
  }

  private renderOutputs(spec: ServiceItemSpec, m: Messages, t: Terms): TemplateResult {
    const [name, kind, delivery] = m.outputColumns;
    return this.section(
      'outputs',
      m.outputs,
      html`<div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${name}</th>
              <th scope="col">${kind}</th>
              <th scope="col">${delivery}</th>
            </tr>
          </thead>
          <tbody>
            ${spec.outputs.map((output) => {
              const sample = safeHref(output.sample?.href, this.baseUrl);
              return html`<tr>
                <th scope="row">
                  ${this.text(output.name)}
                  ${sample ? html`<div><a href=${sample} target="_blank" rel="noopener">${this.text(output.sample?.title) || m.sample}</a></div>` : nothing}
                  ${output.validity ? html`<div class="muted">${this.text(output.validity)}</div>` : nothing}
                </th>
                <td>${t.outputKind[output.kind]}${output.eLicense ? html`<div class="muted">${m.withELicense}</div>` : nothing}</td>
                <td>
                  ${output.delivery.map((d) => t.delivery[d] ?? d).join(t.punct.list)}
                  ${output.deliveryDays ? html`<div class="muted">${m.deliveryDays(output.deliveryDays)}</div>` : nothing}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`,
    );
  }

  private renderFees(spec: ServiceItemSpec, m: Messages): TemplateResult | typeof nothing {
    const items = spec.fees.items;
    if (spec.fees.free || !items?.length) return nothing;
    const [name, standard, basis, reduction] = m.feeColumns;
    return this.section(
      'fees',
      m.fees,
      html`<div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">${name}</th>
                <th scope="col">${standard}</th>
                <th scope="col">${basis}</th>
                <th scope="col">${reduction}</th>
              </tr>
            </thead>
            <tbody>
              ${items.map(
                (fee) => html`<tr>
                  <th scope="row">${this.text(fee.name)}</th>
                  <td>${this.text(fee.standard)}</td>
                  <td>${this.text(fee.basis)}</td>
                  <td>${fee.reducible ? m.reducible : m.notReducible} ${this.text(fee.reductionNote)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${spec.fees.payOnline ? html`<p>${m.payOnline}</p>` : nothing}`,
    );
  }

  private renderChannels(spec: ServiceItemSpec, m: Messages, t: Terms): TemplateResult {
    const c = spec.channels;
    const online = safeHref(c.onlineUrl, this.baseUrl);
    const ways: TemplateResult[] = [];
    if (c.window) ways.push(html`<li>${m.windowChannel}</li>`);
    if (c.online)
      ways.push(
        html`<li>
          ${m.onlineChannel}${c.onlineDepth ? t.punct.paren(t.onlineDepth[c.onlineDepth]) : nothing}
          ${online ? html`<a href=${online} target="_blank" rel="noopener">${online}</a>` : nothing}
        </li>`,
      );
    if (c.post) ways.push(html`<li>${m.postChannel}</li>`);
    if (c.proxy) ways.push(html`<li>${m.proxyChannel}</li>`);
    if (c.appointment) ways.push(html`<li>${m.appointment}</li>`);
    const venue = spec.venue;
    return this.section(
      'channels',
      m.channels,
      html`<ul>${ways}</ul>
        <dl class="facts">
          <dt>${m.anywhere}</dt>
          <dd>${t.anywhere[c.anywhere ?? 'none']}</dd>
          ${venue ? html`<dt>${m.venue}</dt><dd>${this.text(venue.address)}</dd>` : nothing}
          ${venue?.hours ? html`<dt>${m.hours}</dt><dd>${this.text(venue.hours)}</dd>` : nothing}
          ${venue?.transport ? html`<dt>${m.transport}</dt><dd>${this.text(venue.transport)}</dd>` : nothing}
        </dl>`,
    );
  }

  private renderContact(spec: ServiceItemSpec, m: Messages): TemplateResult {
    const website = safeHref(spec.contact.website, this.baseUrl);
    return this.section(
      'contact',
      m.contact,
      html`<dl class="facts">
        <dt>${m.consult}</dt>
        <dd>${spec.contact.consult}</dd>
        <dt>${m.complaint}</dt>
        <dd>${spec.contact.complaint}</dd>
        ${website ? html`<dt>${m.website}</dt><dd><a href=${website} target="_blank" rel="noopener">${website}</a></dd>` : nothing}
      </dl>`,
    );
  }

  private renderFaq(spec: ServiceItemSpec, m: Messages): TemplateResult | typeof nothing {
    if (!spec.faq?.length) return nothing;
    return this.section(
      'faq',
      m.faq,
      html`<dl class="faq">
        ${spec.faq.map((f) => html`<dt>${this.text(f.q)}</dt><dd>${this.text(f.a)}</dd>`)}
      </dl>`,
    );
  }
}

if (!customElements.get('ow-guide')) customElements.define('ow-guide', OwGuide);

declare global {
  interface HTMLElementTagNameMap {
    'ow-guide': OwGuide;
  }
}
