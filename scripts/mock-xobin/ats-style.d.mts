export const STYLE_PATH: string;
/** [host suffix, shown name, colour, link colour?] */
export function brandFor(host: string): readonly [string, string, string, string?];
export function styleFor(host: string): string;
export function withStyle(html: string): string;
