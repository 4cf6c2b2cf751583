import { html, isServer, noChange, nothing } from 'lit';
import type { ContentLang } from './link-and-lang.js';

export interface CheckboxOptions {
  /** Unique in the shadow root; the label's `for` and the hint's id derive from it. */
  id: string;
  value: string;
  label: string;
  checked: boolean;
  disabled: boolean;
  /** The content language of the label and hint, when it differs from the interface's. */
  lang: ContentLang;
  hint?: string | undefined;
}

/** One NHS.UK checkbox with its label (and hint), as the checklist and the finder draw them. */
export const checkbox = ({ id, value, label, checked, disabled, lang, hint }: CheckboxOptions) =>
  html`<div part="item" class="hc-checkboxes__item">
    <input
      part="checkbox"
      class="hc-checkboxes__input"
      type="checkbox"
      id=${id}
      value=${value}
      .checked=${
        // @lit-labs/ssr writes a `.checked` binding out as checked="false", which ticks the box;
        // nothing is ticked on the server, so it writes nothing.
        isServer ? noChange : checked
      }
      aria-describedby=${hint ? `${id}-hint` : nothing}
      ?disabled=${disabled}
    />
    <label part="label" class="hc-checkboxes__label" for=${id} lang=${lang}>${label}</label>
    ${
      hint
        ? html`<span part="skill-hint" id="${id}-hint" class="hc-checkboxes__hint" lang=${lang}
            >${hint}</span
          >`
        : nothing
    }
  </div>`;
