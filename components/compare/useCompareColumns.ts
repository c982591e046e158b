import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../utils/api/errors';
import type { CompletedReport, PendingReport } from '../../utils/api/schemas';
import { sendToBackground } from '../../utils/send';

export type ColumnState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: ApiError }
  | { readonly kind: 'pending'; readonly report: PendingReport }
  | { readonly kind: 'report'; readonly report: CompletedReport };

/**
 * Each compared candidate's report, asked of the worker one by one (its cache first, else the API),
 * each column loading and failing on its own: one missing report must not blank the others.
 */
export function useCompareColumns(ids: readonly string[]): { columns: Record<string, ColumnState>; retry: (id: string) => void } {
  const [columns, setColumns] = useState<Record<string, ColumnState>>({});
  const [attempts, setAttempts] = useState<Record<string, number>>({});
  // Which attempt of each id was asked for, so a re-render does not ask again.
  const asked = useRef(new Map<string, number>());
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);

  useEffect(() => {
    for (const id of ids) {
      const attempt = attempts[id] ?? 0;
      if (asked.current.get(id) === attempt) continue;
      asked.current.set(id, attempt);
      const settle = (state: ColumnState) => {
        if (live.current && asked.current.get(id) === attempt) setColumns((previous) => ({ ...previous, [id]: state }));
      };
      settle({ kind: 'loading' });
      sendToBackground({ type: 'report:get', responseId: id, force: attempt > 0 }).then(
        (answer) => {
          if (!answer) settle({ kind: 'error', error: { kind: 'offline' } });
          else if (!answer.ok) settle({ kind: 'error', error: answer.error });
          else if (answer.report.status === 'pending') settle({ kind: 'pending', report: answer.report });
          else settle({ kind: 'report', report: answer.report });
        },
        () => settle({ kind: 'error', error: { kind: 'offline' } }),
      );
    }
    // A removed candidate asked again later (added back) is fetched afresh.
    for (const id of [...asked.current.keys()]) if (!ids.includes(id)) asked.current.delete(id);
  }, [ids.join(','), attempts]);

  const retry = useCallback((id: string) => setAttempts((previous) => ({ ...previous, [id]: (previous[id] ?? 0) + 1 })), []);
  return { columns, retry };
}
