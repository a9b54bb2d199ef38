// Know the Signs: the element, its attributes, its events and the JS API.
// Written by the build from the widget's option list: do not edit.

export type KnowTheSignsRegion = 'US' | 'US-AL' | 'US-AK' | 'US-AZ' | 'US-AR' | 'US-CA' | 'US-CO' | 'US-CT' | 'US-DE' | 'US-DC' | 'US-FL' | 'US-GA' | 'US-HI' | 'US-ID' | 'US-IL' | 'US-IN' | 'US-IA' | 'US-KS' | 'US-KY' | 'US-LA' | 'US-ME' | 'US-MD' | 'US-MA' | 'US-MI' | 'US-MN' | 'US-MS' | 'US-MO' | 'US-MT' | 'US-NE' | 'US-NV' | 'US-NH' | 'US-NJ' | 'US-NM' | 'US-NY' | 'US-NC' | 'US-ND' | 'US-OH' | 'US-OK' | 'US-OR' | 'US-PA' | 'US-RI' | 'US-SC' | 'US-SD' | 'US-TN' | 'US-TX' | 'US-UT' | 'US-VT' | 'US-VA' | 'US-WA' | 'US-WV' | 'US-WI' | 'US-WY' | 'US-AS' | 'US-GU' | 'US-MP' | 'US-PR' | 'US-VI';
export type KnowTheSignsLang = 'en' | 'es';
export type KnowTheSignsLayout = 'panel' | 'banner' | 'button';
export type KnowTheSignsTheme = 'auto' | 'light' | 'dark';
export type KnowTheSignsAccent = string;
export type KnowTheSignsQuickExit = 'off' | 'on' | (string & {});
export type KnowTheSignsHeadingLevel = '1' | '2' | '3' | '4' | '5' | '6';
export type KnowTheSignsFallbackReason = 'wasm' | 'script' | 'csp' | 'no-webassembly' | 'panic' | 'error';

/** The element's attributes (for templates and JSX). */
export interface KnowTheSignsAttributes {
  /** Whose reporting lines to show: `US` (the national lines and 911) or a state, DC or territory code. An unknown code shows the national lines and 911. Default: US-CO. */
  'region'?: KnowTheSignsRegion;
  /** The widget's language. Default: the page's <html lang> if supported, else en. */
  'lang'?: KnowTheSignsLang;
  /** panel: inline, full; banner: a hotline bar that expands; button: a floating launcher that opens the panel in a modal dialog. Default: panel. */
  'layout'?: KnowTheSignsLayout;
  /** Light, dark, or auto (follows prefers-color-scheme). Default: auto. */
  'theme'?: KnowTheSignsTheme;
  /** The accent colour; text on it always keeps WCAG AA contrast. Default: the house blue. */
  'accent'?: KnowTheSignsAccent;
  /** A quick exit: on (leaves for a neutral page) or an https:// address to leave to. Default: off. */
  'quick-exit'?: KnowTheSignsQuickExit;
  /** The level of the widget's top heading, to fit the page's outline. Default: 2. */
  'heading-level'?: KnowTheSignsHeadingLevel;
}

/** `KnowTheSigns.mount` and `update`: the attributes by their camel-case keys (the attribute names work too); `null` removes one. */
export interface KnowTheSignsOptions {
  /** Whose reporting lines to show: `US` (the national lines and 911) or a state, DC or territory code. An unknown code shows the national lines and 911. Default: US-CO. */
  region?: KnowTheSignsRegion | null;
  /** The widget's language. Default: the page's <html lang> if supported, else en. */
  lang?: KnowTheSignsLang | null;
  /** panel: inline, full; banner: a hotline bar that expands; button: a floating launcher that opens the panel in a modal dialog. Default: panel. */
  layout?: KnowTheSignsLayout | null;
  /** Light, dark, or auto (follows prefers-color-scheme). Default: auto. */
  theme?: KnowTheSignsTheme | null;
  /** The accent colour; text on it always keeps WCAG AA contrast. Default: the house blue. */
  accent?: KnowTheSignsAccent | null;
  /** A quick exit: on (leaves for a neutral page) or an https:// address to leave to. Default: off. */
  quickExit?: KnowTheSignsQuickExit | null;
  'quick-exit'?: KnowTheSignsQuickExit | null;
  /** The level of the widget's top heading, to fit the page's outline. Default: 2. */
  headingLevel?: KnowTheSignsHeadingLevel | 1 | 2 | 3 | 4 | 5 | 6 | null;
  'heading-level'?: KnowTheSignsHeadingLevel | 1 | 2 | 3 | 4 | 5 | 6 | null;
}

/** The widget is whole: every control of its layout exists and works. */
export type KnowTheSignsReadyEvent = CustomEvent<Record<string, never>>;
/** The widget could not start, or stopped; the static hotline stays. */
export type KnowTheSignsFallbackEvent = CustomEvent<{ reason: KnowTheSignsFallbackReason }>;
/** A reader tapped a way to reach a line (its id, and how). */
export type KnowTheSignsCallEvent = CustomEvent<{ line: string; channel: 'tel' | 'sms' | 'chat' | 'web' }>;
/** The button layout's dialog opened. */
export type KnowTheSignsOpenEvent = CustomEvent<Record<string, never>>;
/** The button layout's dialog closed (or its element was removed while open). */
export type KnowTheSignsCloseEvent = CustomEvent<Record<string, never>>;

/** `<know-the-signs>`: options are its attributes; it renders into an open shadow root. */
export interface KnowTheSignsElement extends HTMLElement {
  addEventListener<K extends keyof KnowTheSignsEventMap>(type: K, listener: (this: KnowTheSignsElement, ev: KnowTheSignsEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: KnowTheSignsElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** What `KnowTheSigns.mount` returns. */
export interface KnowTheSignsHandle {
  readonly element: KnowTheSignsElement;
  update(options: KnowTheSignsOptions): void;
  unmount(): void;
}

/** `window.KnowTheSigns`. */
export interface KnowTheSignsApi {
  /** The widget in `target` (or `target` itself if it is a `<know-the-signs>`); `null` if `target` is not an element. */
  mount(target: Element, options?: KnowTheSignsOptions): KnowTheSignsHandle | null;
}

/** The `kts:*` events, dispatched on the element; they bubble and cross the shadow root. */
export interface KnowTheSignsEventMap {
  'kts:ready': KnowTheSignsReadyEvent;
  'kts:fallback': KnowTheSignsFallbackEvent;
  'kts:call': KnowTheSignsCallEvent;
  'kts:open': KnowTheSignsOpenEvent;
  'kts:close': KnowTheSignsCloseEvent;
}

declare global {
  interface HTMLElementTagNameMap {
    'know-the-signs': KnowTheSignsElement;
  }
  // They bubble, so a listener on the document or any ancestor hears them.
  interface HTMLElementEventMap extends KnowTheSignsEventMap {}
  interface DocumentEventMap extends KnowTheSignsEventMap {}
  interface Window {
    KnowTheSigns: KnowTheSignsApi;
  }
}
