import { adapters } from './index';

/** Content-script match patterns: the union of every adapter's hosts. */
export const ATS_MATCHES: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];
