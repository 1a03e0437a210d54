// Wiring for the embed demo. Same-origin, no inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self'; no unsafe-eval, no unsafe-inline).
(() => {
  const ow = window.OneWindow;
  if (!ow) {
    document.getElementById('bundle-missing').hidden = false;
    return;
  }

  // ---- Page settings: 长辈模式 and language apply to every element. ----
  const elements = () => document.querySelectorAll('ow-apply, ow-guide, ow-case, ow-timeline');
  document.getElementById('elder-mode').addEventListener('change', (event) => {
    for (const el of elements()) el.elder = event.target.checked;
  });
  document.getElementById('page-lang').addEventListener('change', (event) => {
    document.documentElement.lang = event.target.value;
    for (const el of elements()) el.lang = event.target.value;
  });

  // ---- ① ow-apply: upload stub and a simulated e-licence library. ----
  // DEMO ONLY: files stay in this page's memory (a Map of File objects) and are lost on reload.
  // A real portal uploads to its own file service here and returns that service's id and URL.
  const filesInMemory = new Map();
  const upload = async (file, material) => {
    const id = `memory-${filesInMemory.size + 1}`;
    filesInMemory.set(id, { file, materialId: material.id });
    return { id, name: file.name, size: file.size, type: file.type };
  };
  // DEMO ONLY: pretends the e-licence library holds an ID card and household register for
  // anyone whose ID number was typed; a real portal calls its 电子证照 service.
  const eLicenseProvider = async (material, context) => {
    const idNumber = context.formData?.applicant?.idNumber;
    if (!idNumber) return null;
    return { licenseNo: `DEMO-${material.id}-${idNumber.slice(-4)}`, name: material.eLicense };
  };
  const apply = document.getElementById('apply');
  apply.upload = upload;
  apply.eLicenseProvider = eLicenseProvider;
  apply.addEventListener('ow-submit', (event) => {
    document.getElementById('apply-result').hidden = false;
    document.getElementById('apply-result-json').textContent = JSON.stringify(event.detail, null, 2);
  });

  // ---- ③ ow-case in local mode, with the applicant's timeline beside it. ----
  const workbench = document.getElementById('workbench');
  const timeline = document.getElementById('timeline');
  const show = (caseData) => {
    workbench.case = caseData;
    timeline.case = caseData;
  };
  ow.fetchSpec('../specs/senior-allowance.json', 'zh-CN').then(({ spec }) => {
    const applicant = { id: 'demo-applicant', role: 'applicant' };
    const now = new Date().toISOString();
    const formData = {
      applicant: {
        name: '王桂兰',
        idNumber: '11010519491231002X',
        phone: '13812345678',
        address: '青山县城关镇幸福路 8 号',
        byAgent: false,
      },
      payment: { accountType: 'socialSecurityCard', accountNo: '6217000000000000001' },
    };
    let caseData = ow.openCase(spec, { id: 'DEMO-0001', at: now, actor: applicant });
    const submitted = ow.applyEvent(
      caseData,
      {
        type: 'SUBMIT',
        actor: applicant,
        at: now,
        formData,
        materials: ow.neededMaterials(spec, formData).map((m) => m.id),
      },
      { spec },
    );
    if (submitted.ok) caseData = submitted.case;
    workbench.spec = spec;
    timeline.spec = spec;
    show(caseData);
    workbench.addEventListener('ow-case-change', (event) => show(event.detail.case));
    document.getElementById('case-role').addEventListener('change', (event) => {
      workbench.role = event.target.value;
      workbench.actor = event.target.value === 'applicant' ? applicant : undefined;
    });
  });
})();
