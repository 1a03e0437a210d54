import { css } from 'lit';

export const owGuideStyles = css`
  :host {
    background: var(--ow-color-surface);
  }
  header {
    border-bottom: 2px solid var(--ow-color-primary);
    padding-bottom: var(--ow-space);
    margin-bottom: calc(var(--ow-space) * 2);
  }
  h2 {
    font-size: 1.5em;
    margin: 0 0 4px;
  }
  h3 {
    font-size: 1.15em;
    margin: calc(var(--ow-space) * 3) 0 var(--ow-space);
    padding-left: var(--ow-space);
    border-left: 4px solid var(--ow-color-primary);
  }
  .codes {
    color: var(--ow-color-muted);
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--ow-space) * 2);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ow-space);
    margin: var(--ow-space) 0 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    border: 1px solid var(--ow-color-primary);
    color: var(--ow-color-primary);
    border-radius: 999px;
    padding: 0 0.8em;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 4px calc(var(--ow-space) * 2);
    margin: 0;
  }
  dl.facts dt {
    color: var(--ow-color-muted);
  }
  dl.facts dd {
    margin: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--ow-color-border);
    padding: 4px var(--ow-space);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--ow-color-surface-muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .muted {
    color: var(--ow-color-muted);
  }
  a {
    color: var(--ow-color-primary);
  }
  a:focus-visible,
  button:focus-visible {
    outline: none;
    box-shadow: var(--ow-focus-ring);
  }
  /* The flow diagram: an ordered list drawn as boxes joined by arrows. */
  ol.flow {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: calc(var(--ow-space) * 3);
    padding: 0;
    margin: 0;
    counter-reset: stage;
  }
  ol.flow > li {
    position: relative;
    counter-increment: stage;
    border: 1px solid var(--ow-color-primary);
    border-radius: var(--ow-radius);
    padding: var(--ow-space) calc(var(--ow-space) * 1.5);
    min-width: 8em;
    background: var(--ow-color-surface);
  }
  ol.flow > li::before {
    content: counter(stage) '. ';
    font-weight: 600;
    color: var(--ow-color-primary);
  }
  ol.flow > li:not(:last-child)::after {
    content: '→' / '';
    position: absolute;
    right: calc(var(--ow-space) * -2.5);
    top: 50%;
    transform: translateY(-50%);
    color: var(--ow-color-primary);
    font-weight: 700;
  }
  ol.flow > li.uncounted {
    border-style: dashed;
  }
  .stage-name {
    font-weight: 600;
  }
  .stage-meta {
    display: block;
    color: var(--ow-color-muted);
    font-size: 0.9em;
  }
  dl.faq dt {
    font-weight: 600;
    margin-top: var(--ow-space);
  }
  dl.faq dd {
    margin: 0 0 0 1.5em;
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
  }
  button {
    font: inherit;
    padding: 0.3em 1.2em;
    border-radius: var(--ow-radius);
    border: 1px solid var(--ow-color-primary);
    background: var(--ow-color-surface);
    color: var(--ow-color-primary);
    cursor: pointer;
  }
  .status {
    padding: var(--ow-space);
  }
  .status.error {
    color: var(--ow-color-danger);
  }

  /* A clean A4 page: no buttons, black on white, no breaks inside small blocks. */
  @media print {
    /* !important: a page's own theme (ow-guide { --ow-color-primary: … }) must not colour the paper. */
    :host {
      --ow-color-text: #000 !important;
      --ow-color-muted: #000 !important;
      --ow-color-primary: #000 !important;
      --ow-color-border: #000 !important;
      --ow-color-surface: #fff !important;
      --ow-color-surface-muted: #fff !important;
      font-size: 10.5pt !important;
      color: #000 !important;
      background: #fff !important;
    }
    .toolbar,
    button {
      display: none !important;
    }
    h3 {
      break-after: avoid-page;
      border-left-width: 2px;
    }
    section,
    tr,
    ol.flow > li,
    dl.faq dt,
    dl.faq dd {
      break-inside: avoid-page;
    }
    section.materials {
      break-inside: auto;
    }
    thead {
      display: table-header-group;
    }
    .table-wrap {
      overflow: visible;
    }
    a {
      color: #000;
      text-decoration: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      word-break: break-all;
    }
  }
`;
