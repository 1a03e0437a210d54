import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { JsonSchema } from '../../form/types.js';
import './ow-form.js';
import type { OwForm } from './ow-form.js';

/** A form of `n` text and select fields, mounted in a padded wrapper. */
async function mountLarge(n: number): Promise<{ form: OwForm; wrapper: HTMLDivElement }> {
  document.documentElement.lang = 'zh-CN';
  const properties: Record<string, JsonSchema> = {};
  for (let i = 0; i < n; i++)
    properties[`f${i}`] =
      i % 2 === 0
        ? { type: 'string', title: `字段 ${i}` }
        : { type: 'string', title: `区县 ${i}`, enum: ['西湖区', '滨江区'] };
  const wrapper = document.createElement('div');
  wrapper.style.padding = '24px';
  wrapper.style.background = '#fff';
  const form = document.createElement('ow-form');
  form.schema = { type: 'object', properties };
  form.formData = {};
  wrapper.append(form);
  document.body.replaceChildren(wrapper);
  await form.updateComplete;
  return { form, wrapper };
}

/**
 * The RGB of one pixel of an element's screenshot (PNG, base64) at CSS coordinates inside the
 * element: Vitest's runner may show the page scaled, so the image can be smaller than the element.
 */
async function pixel(png: string, element: Element, x: number, y: number): Promise<[number, number, number]> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const scale = image.width / element.getBoundingClientRect().width;
  const [r, g, b] = context.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data;
  return [r!, g!, b!];
}

describe('<ow-form> with many fields', () => {
  test('fields off screen skip layout until scrolled to, and stay reachable by keyboard', async () => {
    const { form } = await mountLarge(300);
    const fields = form.shadowRoot!.querySelectorAll<HTMLElement>('.field');
    expect(fields).toHaveLength(300);
    const last = fields[fields.length - 1]!;
    // The browser decides what is near the viewport at its next rendering update.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // Far below the viewport: the field's content is skipped (content-visibility: auto on the field).
    const shown = (field: Element) =>
      field.lastElementChild!.checkVisibility({ contentVisibilityAuto: true });
    expect(shown(last)).toBe(false);
    expect(shown(fields[0]!)).toBe(true);

    const input = form.shadowRoot!.querySelector<HTMLInputElement>('[name="/f298"]')!;
    input.focus();
    await userEvent.keyboard('滨江');
    expect((form.formData as Record<string, unknown>).f298).toBe('滨江');
    await expect.poll(() => shown(input.closest('.field')!)).toBe(true);
  });

  test('a portal turns the containment off with --ow-field-content-visibility', async () => {
    const { form } = await mountLarge(300);
    form.style.setProperty('--ow-field-content-visibility', 'visible');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const fields = form.shadowRoot!.querySelectorAll<HTMLElement>('.field');
    const last = fields[fields.length - 1]!;
    expect(getComputedStyle(last).contentVisibility).toBe('visible');
    expect(last.lastElementChild!.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
  });

  test('the focus ring of a control at the edge of its field is not clipped by the field', async () => {
    const { form, wrapper } = await mountLarge(2);
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    input.focus();
    await userEvent.keyboard('a'); // keyboard focus: :focus-visible
    const shot = await page.screenshot({ element: wrapper, save: false });
    const box = wrapper.getBoundingClientRect();
    const control = input.getBoundingClientRect();
    // Left of the control, inside its 3 px ring, outside the field's own box.
    expect(input.closest('.field')!.getBoundingClientRect().left).toBe(control.left);
    const [r, g, b] = await pixel(
      shot,
      wrapper,
      control.left - box.left - 2,
      control.top - box.top + control.height / 2,
    );
    expect(r + g + b).toBeLessThan(3 * 245);
    expect(b).toBeGreaterThan(r);
  });
});
