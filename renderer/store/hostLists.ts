import { create } from 'zustand';
import type { HostApi, RecentFile, RecoveryEntry } from '../../models/host/HostApi';

/** Recent files and recovered autosaves as the start page and the File menu show them. */
interface HostListsState {
  recent: RecentFile[];
  recovery: RecoveryEntry[];
  loaded: boolean;
  refresh(host: HostApi): Promise<void>;
}

export const useHostLists = create<HostListsState>()((set) => ({
  recent: [],
  recovery: [],
  loaded: false,
  async refresh(host) {
    const [recent, recovery] = await Promise.all([
      host.listRecent().catch(() => [] as RecentFile[]),
      host.listRecovery().catch(() => [] as RecoveryEntry[]),
    ]);
    set({ recent, recovery, loaded: true });
  },
}));
