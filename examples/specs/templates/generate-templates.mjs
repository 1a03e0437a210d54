#!/usr/bin/env node
// Regenerates the blank application forms (空白表格) in examples/specs/templates/ from each spec's own
// form schema and steps, so the paper form and the online form never drift apart.
// Run after changing a spec's form: node examples/specs/templates/generate-templates.mjs
// The shared print style is the hand-kept form-template.css next to this file (linked, not generated).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const templatesDir = dirname(fileURLToPath(import.meta.url));
const specsDir = dirname(templatesDir);

const esc = (t) =>
  String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const zh = (t) => (typeof t === 'string' ? t : t['zh-CN']);

function choices(s) {
  const list = s.oneOf ?? s.items?.oneOf;
  return list ? list.map((o) => `□${esc(o.title)}`).join('　') : undefined;
}
function cell(s) {
  if (s.type === 'boolean') return '□是　□否';
  const c = choices(s);
  if (c) return c;
  if (s.format === 'date') return '　　　　年　　月　　日';
  return '';
}
function rows(schema, ui = {}) {
  const order = ui['ui:order'] ?? Object.keys(schema.properties);
  return order
    .map((key) => {
      const s = schema.properties[key];
      return `<tr><th scope="row">${esc(s.title ?? key)}</th><td>${cell(s)}</td></tr>`;
    })
    .join('\n');
}
function arrayTable(s, ui = {}) {
  const item = s.items;
  const order = ui.items?.['ui:order'] ?? Object.keys(item.properties);
  const head = order.map((k) => `<th scope="col">${esc(item.properties[k].title ?? k)}</th>`).join('');
  const blank = `<tr>${order.map(() => '<td></td>').join('')}</tr>`;
  return `<table class="grid"><thead><tr>${head}</tr></thead><tbody>${blank.repeat(4)}</tbody></table>`;
}
function section(key, s, ui = {}) {
  const title = `<h3>${esc(s.title ?? key)}</h3>${s.description ? `<p class="note">${esc(s.description)}</p>` : ''}`;
  if (s.type === 'object') return `${title}<table class="fields"><tbody>${rows(s, ui)}</tbody></table>`;
  if (s.type === 'array' && s.items?.type === 'object') return `${title}${arrayTable(s, ui)}`;
  return `<table class="fields"><tbody><tr><th scope="row">${esc(s.title ?? key)}</th><td>${cell(s)}</td></tr></tbody></table>`;
}

function writeTemplates(spec, outDir) {
  let written = 0;
  for (const m of spec.materials) {
    if (!m.template) continue;
    const props = spec.form.schema.properties;
    const ui = spec.form.uiSchema ?? {};
    const body = spec.form.steps
      .map(
        (st) =>
          `<section><h2>${esc(zh(st.title))}</h2>\n${st.fields.map((f) => section(f, props[f], ui[f])).join('\n')}</section>`,
      )
      .join('\n');
    const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(zh(m.name))}（空白表格）</title>
<link rel="stylesheet" href="../form-template.css">
</head>
<body>
<header>
<p class="office">${esc(zh(spec.implementingBody.name))}</p>
<h1>${esc(zh(m.name))}</h1>
<p class="meta">事项名称：${esc(zh(spec.name))}　实施编码：${esc(spec.code.implementation)}　修订版本：${esc(spec.revision)}</p>
</header>
<main>
${body}
</main>
<footer>
${m.instructions ? `<p><strong>填报须知：</strong>${esc(zh(m.instructions))}</p>` : ''}
${m.signature ? `<p><strong>签章要求：</strong>${esc(zh(m.signature))}</p>` : ''}
<p class="sign">申请人（签名）：　　　　　　　　　　　　　　　　　年　　月　　日</p>
<p class="note">本表依据本事项规范（${esc(spec.id)}.json）生成，与网上申请表单字段一致。咨询电话：${esc(spec.contact.consult)}　监督投诉：${esc(spec.contact.complaint)}</p>
</footer>
</body>
</html>
`;
    const file = `${outDir}/${m.template.href}`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    written++;
  }
  return written;
}

let count = 0;
for (const name of readdirSync(specsDir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const spec = JSON.parse(readFileSync(join(specsDir, name), 'utf8'));
  count += writeTemplates(spec, specsDir);
}
console.log(`wrote ${count} blank forms`);
