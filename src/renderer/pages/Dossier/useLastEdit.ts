import { useCallback, useState } from 'react';

export interface LastEdit {
  /** Undoes the change (itself a recorded change). */
  undo: () => Promise<unknown>;
}

export interface DossierEdits {
  last: LastEdit | undefined;
  /** Shown after a save or an undo. */
  notice: 'saved' | 'undone' | undefined;
  error: unknown;
  busy: boolean;
  /** Runs a change; on success it becomes the one "Undo" reverses. */
  run: (
    change: () => Promise<unknown>,
    undo: (() => Promise<unknown>) | undefined,
  ) => Promise<boolean>;
  undoLast: () => Promise<void>;
  clearError: () => void;
}

/** The dossier's changes: one at a time, errors kept for display, the last one undoable. */
export function useLastEdit(): DossierEdits {
  const [last, setLast] = useState<LastEdit | undefined>(undefined);
  const [notice, setNotice] = useState<DossierEdits['notice']>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const run = useCallback<DossierEdits['run']>(async (change, undo) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await change();
      setLast(undo ? { undo } : undefined);
      setNotice('saved');
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const undoLast = useCallback(async () => {
    if (!last) return;
    setBusy(true);
    setError(undefined);
    try {
      await last.undo();
      setLast(undefined);
      setNotice('undone');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }, [last]);

  return {
    last,
    notice,
    error,
    busy,
    run,
    undoLast,
    clearError: useCallback(() => setError(undefined), []),
  };
}
