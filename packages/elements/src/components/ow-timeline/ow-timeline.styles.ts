import { css } from 'lit';

export const owTimelineStyles = css`
  h2 {
    font-size: 1.2em;
    margin: 0 0 var(--ow-space);
  }
  .current {
    margin: 0 0 calc(var(--ow-space) * 2);
  }
  .current strong {
    color: var(--ow-color-primary);
  }
  ol.timeline {
    list-style: none;
    margin: 0;
    padding: 0 0 0 calc(var(--ow-space) * 2.5);
    border-left: 2px solid var(--ow-timeline-line, var(--ow-color-border));
  }
  ol.timeline > li {
    position: relative;
    padding: 0 0 calc(var(--ow-space) * 2);
  }
  ol.timeline > li::before {
    content: '';
    position: absolute;
    left: calc(var(--ow-space) * -2.5 - 7px);
    top: 0.35em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--ow-timeline-dot, var(--ow-color-primary));
    border: 2px solid var(--ow-color-surface);
  }
  ol.timeline > li:last-child::before {
    background: var(--ow-color-success);
  }
  .what {
    font-weight: 600;
  }
  .meta {
    color: var(--ow-color-muted);
    font-size: 0.9em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--ow-space);
  }
  ul.details {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }
  .empty {
    color: var(--ow-color-muted);
  }
`;
