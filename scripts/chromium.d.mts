import type { Browser } from 'puppeteer-core';

export declare const chromiumPath: string | undefined;
export declare const CHROMIUM_ARGS: string[];
export declare function launchChromium(extraArgs?: string[]): Promise<Browser>;
