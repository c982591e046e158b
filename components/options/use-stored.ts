import { useEffect, useState } from 'preact/hooks';
import type { StorageItem } from '../../utils/storage';

/** A storage item's value, kept current when anything else changes it. `undefined` until loaded. */
export function useStored<T>(item: StorageItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((current) => live && setValue(current));
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
