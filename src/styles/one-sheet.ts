import { unsafeCSS, type CSSResult } from 'lit';

/**
 * An element's styles as one CSSResult, so that each shadow root adopts a single constructed
 * sheet: with four to six sheets, every instance pays for each in style work. (A module of its
 * own: the template minifier leaves alone any module that names unsafeCSS.)
 */
export const oneSheet = (...parts: string[]): CSSResult => unsafeCSS(parts.join('\n'));
