import { useEffect, useState } from 'preact/hooks';
import { addToCompare, compareIds, MAX_COMPARE, openComparePage, removeFromCompare } from '../../utils/compare/compare-set';
import { t } from '../../utils/i18n';
import { useAnnounce } from '../Announcer';
import { useStoredValue } from '../hooks/useStoredValue';

const compareSet = () => compareIds;

/** "Add to compare" (or "Remove from compare") for this report, and "Compare (N)" once the set has someone. */
export function CompareActions({ responseId }: { responseId: string }) {
  const ids = useStoredValue('compare', compareSet) ?? [];
  const [note, setShown] = useState('');
  const announce = useAnnounce();
  // Shown under the buttons, and said through the panel's one live region.
  const setNote = (text: string) => {
    setShown(text);
    announce(text);
  };
  const inSet = ids.includes(responseId);
  // The panel follows the tab: a note about the last candidate must not stay under the next one.
  useEffect(() => setShown(''), [responseId]);
  const toggle = () => {
    if (inSet) {
      void removeFromCompare(responseId).then(() => setNote(t('compareRemovedHere')));
      return;
    }
    void addToCompare(responseId).then(({ outcome, count }) =>
      setNote(outcome === 'full' ? t('compareFull', MAX_COMPARE) : outcome === 'added' ? t('compareAddedHere', count, MAX_COMPARE) : t('compareAlready')),
    );
  };
  return (
    <>
      <button type="button" class="btn" onClick={toggle}>
        {inSet ? t('compareRemoveHere') : t('compareAdd')}
      </button>
      {ids.length > 0 && (
        <button type="button" class="btn" onClick={openComparePage}>
          {t('compareOpen', ids.length)}
        </button>
      )}
      {note && <span class="compare-note">{note}</span>}
    </>
  );
}
