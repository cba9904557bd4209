/**
 * HTML built from tagged templates: every interpolated value is escaped
 * unless it is already {@link Html} (made by this module), so report text and
 * user input can never become markup. There is no other way to write a page.
 */

/** A piece of markup known to be safe: made by {@link html} or {@link raw}. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` escaped for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A value that may be put in a template: markup, text, a number, a list of them, or nothing. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** html`<p>${text}</p>`: the literal parts are markup, every value is escaped (unless it is Html). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup this program wrote itself (an SVG built from numbers, say), never user or report text. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Parts joined by `separator` (text, escaped). */
export function join(parts: readonly Part[], separator: Part = ''): Html {
  return new Html(parts.map(render).join(render(separator)));
}
