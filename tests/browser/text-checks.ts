// What the language tests read off a page: text cut off by its box, the share of a screen's letters in a script, and
// words a broken message would leave (a placeholder not filled, an object printed).
import type { Page } from 'playwright-core';

/** Every element whose text does not fit: cut off by its box, spilling out of a button, or pushing the page sideways. */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const scrollsSideways = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const selector = 'button, label, select, summary, a, legend, h1, h2, h3, h4, th, td, dt, dd, p, li, .tab, [role="tab"]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility() || el.closest('canvas, [hidden], .visually-hidden, .sr-only')) continue;
      const box = el.getBoundingClientRect();
      // Nothing to read, or hidden from the eye on purpose for a screen reader (1×1 px).
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(el);
      // A text clamped to a few lines on purpose (the phone's action bar: the whole of it is also read to a screen
      // reader as the button's description) is not cut off by accident.
      if (style.getPropertyValue('-webkit-line-clamp') !== 'none' && style.getPropertyValue('-webkit-line-clamp') !== '') continue;
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const control = el.matches('button, select, summary, [role="tab"]');
      if ((hides || control) && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)}: ${el.scrollWidth}px of text in ${el.clientWidth}px`);
      if ((hides || control) && el.scrollHeight > el.clientHeight + 2 && style.overflowY !== 'auto' && style.overflowY !== 'scroll') out.push(`${name(el)}: ${el.scrollHeight}px tall in ${el.clientHeight}px`);
      if (box.right > innerWidth + 1 && !scrollsSideways(el)) out.push(`${name(el)}: ends at ${Math.round(box.right)}px, past the window's ${innerWidth}px`);
    }
    if (document.documentElement.scrollWidth > innerWidth + 1) {
      // Name the innermost elements that stick out, so the message says what to mend.
      const past = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 1 && b.right > innerWidth + 1 && !scrollsSideways(el) && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > innerWidth + 1);
      });
      out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window: ${past.slice(0, 4).map(name).join(', ')}`);
    }
    return out;
  });
}

/**
 * Of the letters shown in `selector`, the share in Latin words (near 0 for Russian or Chinese). Text marked as in
 * another language is left out — a quotation shown in its document's English, the language switch's own names —
 * and so is the world seed, which is a code ("world-0001").
 */
export function latinShare(page: Page, selector: string): Promise<{ latin: number; letters: number; sample: string }> {
  return page.evaluate((sel) => {
    const pageLang = document.documentElement.lang;
    const parts: string[] = [];
    for (const root of document.querySelectorAll<HTMLElement>(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !el.checkVisibility()) continue;
        const marked = el.closest('[lang]')?.getAttribute('lang');
        if (marked && marked !== pageLang) continue;
        parts.push(node.textContent ?? '');
      }
    }
    const text = parts.join(' ').replace(/\bworld-\d+\b/g, '');
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const latinWords = text.match(/\b[A-Za-z]{3,}\b/g) ?? [];
    const latin = latinWords.join('').length;
    return { latin: letters === 0 ? 1 : latin / letters, letters, sample: latinWords.slice(0, 12).join(' ') };
  }, selector);
}

/** Words no finished message contains: an object printed, a placeholder left unfilled, a key shown for lack of a message. */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = document.body.innerText;
    const out: string[] = [];
    for (const pattern of [/\[object Object\]/, /\{[a-zA-Z]+\}/, /\bundefined\b/, /\bNaN\b/, /\b(common|shell|play|report|class|model|files)\.[a-z]+\.[a-zA-Z.]+/]) {
      const m = pattern.exec(text);
      if (m) out.push(`“${text.slice(Math.max(0, m.index - 30), m.index + 40)}”`);
    }
    return out;
  });
}
