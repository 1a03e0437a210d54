/* Generated from service-item.schema.json by scripts/gen-types.mjs (json-schema-to-typescript). Do not edit: run `npm run gen`. */

/**
 * 指向本 JSON Schema，编辑器据此补全和检查。
 * Points at this JSON Schema so editors complete and check the file.
 */
export type SchemaURL = string;
/**
 * 本规范格式的版本号，目前为 1。
 * Version of this spec format; currently 1.
 */
export type SpecVersion = 1;
/**
 * 在事项目录中唯一的短标识，小写字母、数字和连字符。
 * Slug unique within a catalog: lower-case letters, digits and hyphens.
 */
export type ItemId = string;
/**
 * 事项规范的修订号（如 2026-03）。办件始终按其开始时的修订版本办理。
 * Revision of this spec (e.g. 2026-03). A case stays on the revision it started with.
 */
export type Revision = string;
/**
 * 事项基本编码（不超过 10 位）。
 * Basic item code (at most 10 characters).
 */
export type BasicCode = string;
/**
 * 事项实施编码（不超过 24 位）。
 * Implementation code (at most 24 characters).
 */
export type ImplementationCode = string;
/**
 * 业务办理项编码（实施编码加办理项序号）。
 * Handling-item code (implementation code plus a sequence).
 */
export type HandlingItemCode = string;
/**
 * 事项的规范名称，同一编码在目录中只能有一个名称。
 * Official item name; one code has one name across a catalog.
 */
export type ItemName = LocalizedText;
/**
 * 窗口和列表中使用的简称（可选）。
 * Short name for lists and window screens (optional).
 */
export type ShortName = LocalizedText;
/**
 * 01 行政许可 … 05 行政给付 … 07 行政确认 … 20 公共服务。
 * GB/T 39046 item type code: 01 licence … 05 benefit … 07 confirmation … 20 public service.
 */
export type ItemType = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '20';
/**
 * 1 国家级，2 省级，3 市级，4 县级，5 镇（乡、街道）级，6 村（社区）级。
 * Level exercising the item: 1 national … 4 county, 5 town/sub-district, 6 village/community.
 */
export type ExerciseLevel = '1' | '2' | '3' | '4' | '5' | '6';
/**
 * 1 法定本级行使，2 上级下放，3 上级授权，4 同级授权，5 上级委托，6 同级委托。
 * Where the power comes from: 1 statutory at this level, 2 delegated down, 3 authorised by superior, 4 authorised by peer, 5 entrusted by superior, 6 entrusted by peer.
 */
export type SourceOfAuthority = '1' | '2' | '3' | '4' | '5' | '6';
/**
 * 事项所属的业务主管部门（如 民政局）。
 * Responsible department (e.g. civil affairs bureau).
 */
export type Department = LocalizedText;
/**
 * 实施主体的全称。
 * Full name of the implementing body.
 */
export type Name = LocalizedText;
/**
 * 18 位统一社会信用代码。
 * 18-character unified social credit code.
 */
export type CreditCode = string;
/**
 * 1 法定机关，2 授权组织，3 受委托组织。
 * 1 statutory authority, 2 authorised organisation, 3 entrusted organisation.
 */
export type Nature = '1' | '2' | '3';
/**
 * 受委托实施时，委托的部门。
 * When entrusted, the department that entrusted it.
 */
export type EntrustingDepartment = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export type LocalizedText =
  | string
  | {
      'zh-CN': string;
      en?: string;
    };
/**
 * 共同办理的机构。
 * Bodies that handle the item jointly.
 */
export type JointBodies = LocalizedText[];
/**
 * 1 自然人，2 企业法人，3 事业法人，4 社会组织法人，5 非法人企业，6 行政机关，9 其他组织。
 * Who may apply: 1 natural person, 2 enterprise, 3 public institution, 4 social organisation, 5 unincorporated enterprise, 6 government body, 9 other.
 *
 * @minItems 1
 */
export type Audience = [
  '1' | '2' | '3' | '4' | '5' | '6' | '9',
  ...('1' | '2' | '3' | '4' | '5' | '6' | '9')[]
];
/**
 * 设定该事项的法律、法规、规章及条款。
 * Laws, regulations and rules (with clauses) that establish the item.
 *
 * @minItems 1
 */
export type Bases = [LegalBasis, ...LegalBasis[]];
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText1 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText2 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText3 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText4 = LocalizedText;
/**
 * 申请人须满足的条件，每条一项。
 * Conditions an applicant must meet, one per entry.
 *
 * @minItems 1
 */
export type Conditions = [LocalizedText, ...LocalizedText[]];
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText5 = LocalizedText;
/**
 * 办理中需要的中介服务（如 测绘、评估）。
 * Intermediary services required (e.g. surveying, valuation).
 */
export type IntermediaryServices = LocalizedText[];
/**
 * instant 即办件（即时办结）；promised 承诺件（承诺办结）；escalated 上报件（上报办理）。
 * instant: decided at the window the same day; promised: decided within the promised limit; escalated: preliminary review here, decision at the superior level.
 */
export type HandlingMode = 'instant' | 'promised' | 'escalated';
/**
 * 法律法规规定的办结时限；null 表示无法定时限（不是 0）。
 * Limit set by law; null when the law sets none (not 0).
 */
export type LegalLimit = number | null;
/**
 * 本机关承诺的办结时限（工作日）；即办件为 0。
 * Limit this body promises (working days); 0 for instant items.
 */
export type PromisedLimit = number;
/**
 * workingDays 工作日（行政许可法 第八十二条）；naturalDays 自然日（如 居住证 15 日、身份证 60 日）。
 * workingDays (Administrative Licensing Law art. 82) or naturalDays (e.g. residence permit: 15 days).
 */
export type Unit = 'workingDays' | 'naturalDays';
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText6 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText7 = LocalizedText;
/**
 * 经本机关负责人批准可延长的期限（行政许可法 第四十二条：二十日内不能作出决定的，经负责人批准可延长十日）。
 * How long the limit may be extended with the head of the body's approval (art. 42: 10 more days).
 */
export type ExtensionRule = Extension;
/**
 * 网上或邮寄申请须在此期限内受理、一次性告知补正或不予受理，逾期自收到申请之日起即为受理（行政许可法 第三十二条）；工作日，默认 5。
 * Working days to accept, request correction once or reject an application received online or by post; after that it counts as accepted from receipt (art. 32). Default 5.
 */
export type AcceptanceLimit = number;
/**
 * 一次性告知后申请人补正的期限；逾期未补正的视为撤回申请。默认 30 个自然日。
 * The period the applicant has to correct after a correction request; after it the application counts as withdrawn. Default 30 natural days.
 */
export type CorrectionPeriod = Period;
/**
 * true 表示不收费。
 * true when the item is free.
 */
export type FreeOfCharge = boolean;
/**
 * 收费时列出每个收费项目。
 * Each fee item when charged.
 *
 * @minItems 1
 */
export type FeeItems = [FeeItem, ...FeeItem[]];
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText8 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText9 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText10 = LocalizedText;
/**
 * 是否允许减免。
 * Whether it can be reduced or waived.
 */
export type Reducible = boolean;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText11 = LocalizedText;
/**
 * 是否支持网上支付。
 * Whether fees can be paid online.
 */
export type OnlinePayment = boolean;
/**
 * 是否可在网上申请。
 * Can be applied for online.
 */
export type Online = boolean;
/**
 * 1 信息公开，2 在线预审，3 在线受理，4 全程网办。
 * 1 information, 2 online pre-check, 3 online acceptance, 4 fully online.
 */
export type OnlineDepth = 1 | 2 | 3 | 4;
/**
 * 网上办理的入口地址。
 * Where to apply online.
 */
export type OnlineURL = string;
/**
 * 是否可在综合窗口申请。
 * Can be applied for at the front desk.
 */
export type Window = boolean;
/**
 * 是否可邮寄申请材料、邮寄送达。
 * Materials may be posted and results sent by post.
 */
export type ByPost = boolean;
/**
 * 村（社区）代办员可代为申请。
 * A village or community agent may apply on the applicant's behalf.
 */
export type Proxy = boolean;
/**
 * 是否支持预约办理。
 * Appointments are available.
 */
export type Appointment = boolean;
/**
 * none 不通办；county 全县通办；city 全市通办；province 全省通办；nation 跨省通办。
 * Where else it may be applied for: none, county, city, province, nation.
 */
export type ApplyAnywhereScope = 'none' | 'county' | 'city' | 'province' | 'nation';
/**
 * 申请人最多需要到现场的次数；“最多跑一次”即不超过 1。
 * How many times the applicant must come in at most; 最多跑一次 means at most 1.
 */
export type MaximumVisits = number;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText12 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText13 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText14 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText15 = LocalizedText;
/**
 * 在本事项中唯一，一次性告知据此引用。
 * Unique within the item; correction notices refer to it.
 */
export type Id = string;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText16 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText17 = LocalizedText;
/**
 * paper 纸质，electronic 电子。
 * paper and/or electronic.
 *
 * @minItems 1
 */
export type Form = ['paper' | 'electronic', ...('paper' | 'electronic')[]];
/**
 * 需提交或核验的原件份数。
 * Number of originals.
 */
export type Originals = number;
/**
 * 需提交的复印件份数。
 * Number of copies.
 */
export type Copies = number;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText18 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText19 = LocalizedText;
/**
 * applicant 申请人自备；government 政府部门核发；intermediary 中介机构出具；other 其他。
 * applicant: applicant's own; government: issued by a government body; intermediary; other.
 */
export type Source = 'applicant' | 'government' | 'intermediary' | 'other';
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText20 = LocalizedText;
/**
 * true 必要；false 非必要；或 { "when": 条件 } 在条件成立时必要。
 * true, false, or { "when": condition } — required when the condition holds.
 */
export type Required =
  | boolean
  | {
      when: JsonLogic;
    };
/**
 * 以数据表达的条件（jsonlogic.com），只能引用表单字段。
 * A condition written as data (jsonlogic.com); may reference form fields only.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "JsonLogic".
 */
export type JsonLogic =
  | {
      [k: string]: unknown;
    }
  | boolean;
/**
 * 可容缺受理：受理后在期限内补交。
 * May follow after acceptance, within a deadline (容缺受理).
 */
export type Tolerable = boolean;
/**
 * 容缺材料须在受理后多少个工作日内补交；不超过承诺时限。
 * Working days after acceptance to supply a tolerated material; at most the promised limit.
 */
export type ToleranceDays = number;
/**
 * 可用申请人签署的告知承诺书替代。
 * A signed commitment may replace it (告知承诺制).
 */
export type Commitment = boolean;
/**
 * 可从电子证照库调取的证照名称（免证办）。
 * Name of the electronic licence a provider can fetch (免证办).
 */
export type ELicense = string;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText21 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText22 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText23 = LocalizedText;
/**
 * 空白表格下载。
 * Blank form to download.
 */
export type Template = Link;
/**
 * 填写示例。
 * Filled-in example.
 */
export type Sample = Link;
/**
 * 上传允许的 MIME 类型。
 * MIME types accepted for upload.
 *
 * @minItems 1
 */
export type Accept = [string, ...string[]];
/**
 * 单个文件大小上限（MB）。
 * Largest file accepted (MB).
 */
export type MaxSizeMB = number;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText24 = LocalizedText;
/**
 * 申请人需提交的全部材料；条件材料用 JSON Logic 表达。
 * Every document the applicant supplies; conditional ones use JSON Logic.
 */
export type Materials = Material[];
/**
 * 表单分为若干步，每个顶层字段恰好出现在一步中。
 * The form in steps; every top-level field appears in exactly one step.
 *
 * @minItems 1
 */
export type Steps = [FormStep, ...FormStep[]];
/**
 * 步骤标识（可选，须唯一）。
 * Step id (optional, unique).
 */
export type Id1 = string;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText25 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText26 = LocalizedText;
/**
 * 本步骤包含的顶层字段名。
 * Top-level field names in this step.
 *
 * @minItems 1
 */
export type Fields = [string, ...string[]];
/**
 * 在本事项中唯一。
 * Unique within the item.
 */
export type Id2 = string;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText27 = LocalizedText;
/**
 * reviewer 审核人员；approver 审批人员。
 * reviewer or approver.
 */
export type Role = 'reviewer' | 'approver';
/**
 * 本环节时限（工作日）。
 * Working days for this stage.
 */
export type Days = number;
/**
 * false 表示特别程序，不计入办理时限（如 公示）。
 * false for a special procedure not counted in the limit (e.g. public notice).
 */
export type Counted = boolean;
/**
 * 在本环节作出准予或不予的决定。
 * The decision (approved or denied) is taken in this stage.
 */
export type Decision = boolean;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText28 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText29 = LocalizedText;
/**
 * 受理后的环节，按顺序；即办件为空。
 * Stages after acceptance, in order; empty for instant items.
 */
export type Stages = Stage[];
/**
 * 上报件：本级初审后上报的上级部门与时限。
 * Escalated items: the superior level the case is reported to.
 */
export type EscalationSettings = Escalation;
/**
 * 特别程序种类。
 * Kind of procedure.
 */
export type Kind = SuspensionKind;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText30 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText31 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText32 = LocalizedText;
/**
 * 最长期限的单位；默认 naturalDays（如 公示 7 天）。
 * Unit of the maximum; default naturalDays (e.g. 7 days of public notice).
 */
export type Unit1 = 'workingDays' | 'naturalDays';
/**
 * 特别程序的最长期限（天）；超过时发出提醒。
 * Longest the procedure should take, in days; a warning is given past it.
 */
export type Maximum = number;
/**
 * 默认 false：特别程序所需时间不计入办理时限（第四十五条）。
 * Default false: the time is not counted in the limit (art. 45).
 */
export type Counted1 = boolean;
/**
 * 本事项可能启动的特别程序；挂起（SUSPEND）只能启动这里声明的种类（行政许可法 第四十五条）。
 * The special procedures this item may run; a SUSPEND may only name a kind declared here (art. 45).
 */
export type SpecialProcedures = SpecialProcedure[];
/**
 * 受理人不得作出决定；承诺件、上报件默认 true，即办件默认 false。
 * The clerk who accepted may not decide; default true for promised and escalated items, false for instant ones.
 */
export type SeparateAcceptanceAndDecision = boolean;
/**
 * 容缺材料可在决定之后补交（先办后补）；即办件有容缺材料时必须声明，否则无法当场办结。
 * Tolerated materials may follow after the decision; an instant item with tolerable materials must say so, or it cannot be decided on the spot.
 */
export type DecideBeforeToleratedMaterialsArrive = boolean;
/**
 * 以数据表达的条件（jsonlogic.com），只能引用表单字段。
 * A condition written as data (jsonlogic.com); may reference form fields only.
 */
export type JsonLogic1 = JsonLogic;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText33 = LocalizedText;
/**
 * 审批结果名称、类型、样本与送达方式。
 * Result documents: name, kind, sample and delivery.
 *
 * @minItems 1
 */
export type Outputs = [Output, ...Output[]];
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText34 = LocalizedText;
/**
 * certificate 证照；approval 批文；notice 通知书；other 其他。
 * certificate, approval, notice or other.
 */
export type Kind1 = 'certificate' | 'approval' | 'notice' | 'other';
/**
 * 是否同步生成电子证照。
 * Whether an electronic licence is issued too.
 */
export type ELicense1 = boolean;
/**
 * 结果样本。
 * A sample of the result.
 */
export type Sample1 = Link;
/**
 * window 窗口领取；post 邮寄；electronic 电子送达。
 * window pick-up, post, electronic.
 *
 * @minItems 1
 */
export type Delivery = [string, ...string[]];
/**
 * 作出决定后送达的时限（工作日）。
 * Working days to deliver after the decision.
 */
export type DeliveryDays = number;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText35 = LocalizedText;
/**
 * 咨询电话或地址。
 * Telephone or address for enquiries.
 */
export type Enquiries = string;
/**
 * 监督投诉电话（如 12345）。
 * Complaint line (e.g. 12345).
 */
export type Complaints = string;
/**
 * 相关网站。
 * Related website.
 */
export type Website = string;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText36 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText37 = LocalizedText;
/**
 * 申请人依法享有的权利和应履行的义务。
 * The applicant's rights and duties.
 */
export type RightsAndObligations = LocalizedText[];
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText38 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText39 = LocalizedText;
/**
 * 常见问题及解答。
 * Frequently asked questions.
 */
export type FAQ = Faq[];
/**
 * 检索用标签（如 就近办、全城通办）。
 * Search tags.
 */
export type Tags = string[];
/**
 * 文件地址（相对或绝对）。
 * File address (relative or absolute).
 */
export type Address = string;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText40 = LocalizedText;
/**
 * 上级部门的行使层级代码。
 * Level code of the superior.
 */
export type Level = '1' | '2' | '3' | '4' | '5';
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText41 = LocalizedText;
/**
 * 上级对应事项的实施编码。
 * Implementation code of the superior's item.
 */
export type ItemCode = string;
/**
 * 本级初审并上报的时限（工作日）。
 * Working days for the preliminary review and report.
 */
export type PreliminaryDays = number;
/**
 * 上级部门作出决定的时限（工作日）。
 * Working days for the superior's decision.
 */
export type SuperiorDays = number;
/**
 * hearing 听证；inspection 检验；testing 检测；quarantine 检疫；appraisal 鉴定；expertReview 专家评审；survey 勘测；publicNotice 公示；other 其他。延长审批不是特别程序，见 timeLimit.extension。
 * Kinds of special procedure that stop the clock. An extension is not one: see timeLimit.extension.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "SuspensionKind".
 */
export type SuspensionKind =
  | 'hearing'
  | 'inspection'
  | 'testing'
  | 'quarantine'
  | 'appraisal'
  | 'expertReview'
  | 'survey'
  | 'publicNotice'
  | 'other';
/**
 * 天数。
 * Number of days.
 */
export type Days1 = number;
/**
 * workingDays 工作日；naturalDays 自然日。
 * workingDays or naturalDays.
 */
export type Unit2 = 'workingDays' | 'naturalDays';
/**
 * 每次最多延长的天数（单位同办理时限）。
 * Most days one extension adds (in the time limit's unit).
 */
export type Days2 = number;
/**
 * 可延长的次数，默认 1。
 * How many extensions are allowed; default 1.
 */
export type Times = number;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText42 = LocalizedText;
/**
 * 中文字符串，或 { "zh-CN": …, "en": … }。
 * A Chinese string, or { "zh-CN": …, "en": … }.
 */
export type LocalizedText43 = LocalizedText;

/**
 * 一个政务服务事项的完整声明：办事指南、申请材料、表单与审批流程。字段名对应 GB/T 39046-2020《政务服务平台基础数据规范》表4。
 * One government service item: its guide, materials, form and approval flow. Field names follow GB/T 39046-2020 table 4.
 */
export interface ServiceItemSpec {
  $schema?: SchemaURL;
  specVersion: SpecVersion;
  id: ItemId;
  revision: Revision;
  code: ItemCodes;
  name: ItemName;
  shortName?: ShortName;
  itemType: ItemType;
  level: ExerciseLevel;
  authoritySource?: SourceOfAuthority;
  department: Department;
  implementingBody: ImplementingBody;
  audience: Audience;
  basis: Bases;
  conditions: Conditions;
  quantityLimit?: LocalizedText5;
  intermediaryServices?: IntermediaryServices;
  mode: HandlingMode;
  timeLimit: TimeLimit;
  fees: Fees;
  channels: Channels;
  maxVisits: MaximumVisits;
  maxVisitsNote?: LocalizedText12;
  venue?: VenueAndHours;
  materials: Materials;
  form: ApplicationForm;
  flow: Flow;
  outputs: Outputs;
  contact: Contact;
  remedies?: Remedies;
  rightsAndObligations?: RightsAndObligations;
  faq?: FAQ;
  tags?: Tags;
}
/**
 * 国家统一的事项编码：基本编码、实施编码、业务办理项编码。
 * National item codes: basic, implementation and handling-item code.
 */
export interface ItemCodes {
  basic: BasicCode;
  implementation: ImplementationCode;
  handlingItem?: HandlingItemCode;
}
/**
 * 实施该事项的机关或组织。
 * The body that implements the item.
 */
export interface ImplementingBody {
  name: Name;
  creditCode?: CreditCode;
  nature?: Nature;
  entrustedBy?: EntrustingDepartment;
  jointBodies?: JointBodies;
}
/**
 * 法律法规名称、文号和条款。
 * Title, document number and clause.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "LegalBasis".
 */
export interface LegalBasis {
  title: LocalizedText1;
  docNo?: LocalizedText2;
  clause?: LocalizedText3;
  text?: LocalizedText4;
}
/**
 * 法定办结时限与承诺办结时限，及其计算单位；延长审批、受理时限和补正期限。
 * Legal and promised time limits with their unit; extension, the acceptance limit and the correction period.
 */
export interface TimeLimit {
  legal: LegalLimit;
  promised: PromisedLimit;
  unit: Unit;
  legalNote?: LocalizedText6;
  promisedNote?: LocalizedText7;
  extension?: ExtensionRule;
  acceptanceDays?: AcceptanceLimit;
  correction?: CorrectionPeriod;
}
/**
 * 是否收费及收费项目。
 * Whether the item is charged, and what.
 */
export interface Fees {
  free: FreeOfCharge;
  items?: FeeItems;
  payOnline?: OnlinePayment;
}
/**
 * 收费项目名称、标准、依据和是否允许减免。
 * Fee name, amount, basis and whether it can be reduced.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "FeeItem".
 */
export interface FeeItem {
  name: LocalizedText8;
  standard: LocalizedText9;
  basis: LocalizedText10;
  reducible?: Reducible;
  reductionNote?: LocalizedText11;
}
/**
 * 窗口办理、网上办理、邮寄申请、帮办代办与通办范围。
 * Window, online, post, proxy (帮办代办) and where else it may be applied for.
 */
export interface Channels {
  online: Online;
  onlineDepth?: OnlineDepth;
  onlineUrl?: OnlineURL;
  window: Window;
  post?: ByPost;
  proxy?: Proxy;
  appointment?: Appointment;
  anywhere?: ApplyAnywhereScope;
}
/**
 * 窗口的办理地点、办公时间和交通指引。
 * Where and when the window is open.
 */
export interface VenueAndHours {
  address: LocalizedText13;
  hours?: LocalizedText14;
  transport?: LocalizedText15;
}
/**
 * 一种申请材料及其全部要素。
 * One document the applicant supplies, with every element.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Material".
 */
export interface Material {
  id: Id;
  name: LocalizedText16;
  issuer?: LocalizedText17;
  form: Form;
  originals?: Originals;
  copies?: Copies;
  paperSpec?: LocalizedText18;
  signature?: LocalizedText19;
  source: Source;
  sourceNote?: LocalizedText20;
  required: Required;
  tolerable?: Tolerable;
  toleranceDays?: ToleranceDays;
  commitment?: Commitment;
  eLicense?: ELicense;
  acceptanceStandard?: LocalizedText21;
  basis?: LocalizedText22;
  instructions?: LocalizedText23;
  template?: Template;
  sample?: Sample;
  accept?: Accept;
  maxSizeMB?: MaxSizeMB;
  note?: LocalizedText24;
}
/**
 * JSON Schema 表单、RJSF uiSchema 和分步。
 * JSON Schema form, RJSF uiSchema and steps.
 */
export interface ApplicationForm {
  schema: FormSchema;
  uiSchema?: UISchema;
  steps: Steps;
}
/**
 * 申请表的 JSON Schema（draft-07），顶层为 object。
 * The application form as JSON Schema (draft-07) with an object at the top.
 */
export interface FormSchema {
  type: 'object';
  properties: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * react-jsonschema-form 的 uiSchema（ui:widget、ui:order 等）。
 * react-jsonschema-form uiSchema (ui:widget, ui:order …).
 */
export interface UISchema {
  [k: string]: unknown;
}
/**
 * 一步的标题与顶层字段。
 * A step: its title and top-level fields.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "FormStep".
 */
export interface FormStep {
  id?: Id1;
  title: LocalizedText25;
  description?: LocalizedText26;
  fields: Fields;
}
/**
 * 受理后的后台环节、特别程序和上报设置。
 * Back-office stages after acceptance, special procedures and escalation.
 */
export interface Flow {
  stages: Stages;
  escalation?: EscalationSettings;
  specialProcedures?: SpecialProcedures;
  separateAcceptance?: SeparateAcceptanceAndDecision;
  supplyAfterDecision?: DecideBeforeToleratedMaterialsArrive;
  automaticDecision?: AutomaticDecision;
}
/**
 * 受理后的一个后台环节。
 * A back-office stage after acceptance.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Stage".
 */
export interface Stage {
  id: Id2;
  name: LocalizedText27;
  role: Role;
  days: Days;
  counted?: Counted;
  decision?: Decision;
  standard?: LocalizedText28;
  result?: LocalizedText29;
}
/**
 * 听证、检验、检测、检疫、鉴定、专家评审、勘测、公示等。
 * Hearing, inspection, testing, quarantine, appraisal, expert review, survey, public notice …
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "SpecialProcedure".
 */
export interface SpecialProcedure {
  kind: Kind;
  name: LocalizedText30;
  limit?: LocalizedText31;
  basis?: LocalizedText32;
  unit?: Unit1;
  maximum?: Maximum;
  counted?: Counted1;
}
/**
 * 全程网办、系统自动受理和决定（秒批）：when 为对表单数据的判断规则；规则成立且所需材料齐全时，由系统（system）受理并准予，规则结果写入办理记录；不成立时转人工办理。
 * The system accepts and approves automatically when `when` holds over the form data and every required material is in; otherwise a person handles the case.
 */
export interface AutomaticDecision {
  when: JsonLogic1;
  basis?: LocalizedText33;
}
/**
 * 审批结果名称、类型、样本与送达方式。
 * A result document.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Output".
 */
export interface Output {
  name: LocalizedText34;
  kind: Kind1;
  eLicense?: ELicense1;
  sample?: Sample1;
  delivery: Delivery;
  deliveryDays?: DeliveryDays;
  validity?: LocalizedText35;
}
/**
 * 咨询电话与监督投诉电话。
 * Enquiry and complaint telephone numbers.
 */
export interface Contact {
  consult: Enquiries;
  complaint: Complaints;
  website?: Website;
}
/**
 * 不予受理、不予许可等决定告知的救济途径：复议机关与管辖法院（行政复议法 第二十条：六十日内；行政诉讼法 第四十六条：六个月内）。
 * Where an applicant may seek reconsideration (within 60 days) or sue (within 6 months) against a refusal.
 */
export interface Remedies {
  reconsideration?: LocalizedText36;
  litigation?: LocalizedText37;
}
/**
 * 一问一答。
 * A question and its answer.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Faq".
 */
export interface Faq {
  q: LocalizedText38;
  a: LocalizedText39;
}
/**
 * 文件链接。
 * A link to a file.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Link".
 */
export interface Link {
  href: Address;
  title?: LocalizedText40;
}
/**
 * 上报的上级层级、部门与时限。
 * The superior level, department and limits.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Escalation".
 */
export interface Escalation {
  level: Level;
  department: LocalizedText41;
  itemCode?: ItemCode;
  preliminaryDays: PreliminaryDays;
  superiorDays: SuperiorDays;
}
/**
 * 天数及其单位。
 * A number of days and their unit.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Period".
 */
export interface Period {
  days: Days1;
  unit: Unit2;
}
/**
 * 可延长的期限、次数与批准人。
 * How long, how often and by whose approval the limit may be extended.
 *
 * This interface was referenced by `ServiceItemSpec`'s JSON-Schema
 * via the `definition` "Extension".
 */
export interface Extension {
  days: Days2;
  times?: Times;
  approval?: LocalizedText42;
  basis?: LocalizedText43;
}
