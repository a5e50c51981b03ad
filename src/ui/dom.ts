// Small helpers for building the panels. Text always goes in as text nodes: nothing here parses HTML.
import { num } from '../i18n/core';

export type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;

export interface Props {
  id?: string;
  class?: string;
  /** Attributes set as written (aria-*, data-*, role, type, for, …); `false` or null leaves one out. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Record<string, Handler>;
}

function fill(node: Element, props: Props, children: Child[]): void {
  if (props.id) node.id = props.id;
  if (props.class) node.setAttribute('class', props.class);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) node.addEventListener(type, handler);
  append(node, children);
}

export function append(node: Element | DocumentFragment, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** An HTML element with props and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | Child = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props instanceof Node || typeof props !== 'object' || props === null) fill(node, {}, [props as Child, ...children]);
  else fill(node, props, children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element; attributes are set as written. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  append(node as unknown as Element, children);
  return node;
}

export function button(label: Child, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const node = h('button', { ...props, attrs: { type: 'button', ...props.attrs } }, label);
  node.addEventListener('click', onClick);
  return node;
}

/** A section with a heading that labels it. */
export function section(id: string, title: string, level: 2 | 3 = 2, props: Props = {}, ...children: Child[]): HTMLElement {
  const heading = h(level === 2 ? 'h2' : 'h3', { id: `${id}-title` }, title);
  return h('section', { ...props, id, attrs: { 'aria-labelledby': `${id}-title`, ...props.attrs } }, heading, ...children);
}

export interface RadioOption<T> {
  value: T;
  label: Child;
  /** A line under the label, tied to the radio by aria-describedby. */
  hint?: Child;
}

export interface RadioGroup<T> {
  node: HTMLFieldSetElement;
  inputs: Map<T, HTMLInputElement>;
  /** Check the radio for `value`, or none. Does not fire the change handler. */
  set(value: T | undefined): void;
}

/** A fieldset of radios: native keyboard behaviour (Tab into the group, arrows to move), a legend for its name. */
export function radioGroup<T extends string | number>(opts: {
  id: string;
  legend: Child;
  options: RadioOption<T>[];
  checked: T | undefined;
  onChange: (value: T) => void;
  describedBy?: string;
  class?: string;
  extra?: Child[];
}): RadioGroup<T> {
  const inputs = new Map<T, HTMLInputElement>();
  const list = h('div', { class: 'radios' });
  for (const option of opts.options) {
    const id = `${opts.id}-${String(option.value)}`;
    const input = h('input', { id, attrs: { type: 'radio', name: opts.id, value: String(option.value), 'aria-describedby': option.hint ? `${id}-hint` : undefined } });
    input.checked = option.value === opts.checked;
    input.addEventListener('change', () => {
      if (input.checked) opts.onChange(option.value);
    });
    inputs.set(option.value, input);
    const label = h('label', { attrs: { for: id } }, option.label);
    const row = h('div', { class: 'radio' }, input, h('div', {}, label, option.hint ? h('div', { id: `${id}-hint`, class: 'hint' }, option.hint) : null));
    list.append(row);
  }
  const node = h('fieldset', { id: opts.id, class: opts.class, attrs: { 'aria-describedby': opts.describedBy } }, h('legend', {}, opts.legend), ...(opts.extra ?? []), list);
  return {
    node,
    inputs,
    set(value) {
      for (const [v, input] of inputs) input.checked = v === value;
    },
  };
}

/** A share as a percentage in the page's language: "45%", "45 %" (Russian spaces it, as Intl does). */
export const pct = (x: number): string => num((Math.round(x * 100) || 0) / 100, { style: 'percent' });

/** A share as a CSS length, for widths: never in the page's language. */
export const cssPct = (x: number): string => `${Math.round(x * 100)}%`;

/** A change with its sign, in the page's language: "+1.0", "−0.5", "±0.0"; "+1,0" in Russian. */
export const signed = (x: number, digits = 1): string => {
  const r = Number(x.toFixed(digits));
  const size = num(Math.abs(r), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return r > 0 ? `+${size}` : r < 0 ? `−${size}` : `±${size}`;
};

/** A box around a table that scrolls sideways on a narrow screen: a region the keyboard can reach and scroll. */
export function tableWrap(label: string, ...children: Child[]): HTMLDivElement {
  return h('div', { class: 'table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': label } }, ...children);
}

/** Text for screen readers only. */
export const srOnly = (text: string): HTMLSpanElement => h('span', { class: 'sr-only' }, text);

/** Keep the keyboard where it was across a redraw: refocus the element with the same id, if it is gone. */
export function keepFocus(redraw: () => void): void {
  const active = document.activeElement;
  const id = active instanceof HTMLElement && active !== document.body ? active.id : '';
  redraw();
  if (!id) return;
  const again = document.getElementById(id);
  if (again && again !== document.activeElement && !again.closest('[hidden]')) again.focus({ preventScroll: true });
}
