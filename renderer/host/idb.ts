// A small promise wrapper over the plain IndexedDB API: one database, three key-value stores.

export type StoreName = 'files' | 'recent' | 'recovery';

const DB_NAME = 'convergence-studio';
const DB_VERSION = 1;
const STORES: StoreName[] = ['files', 'recent', 'recovery'];

let opening: Promise<IDBDatabase> | null = null;

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB is unavailable'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
  }
  return opening;
}

async function withStore<T>(name: StoreName, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  const transaction = db.transaction(name, mode);
  const result = promisify(run(transaction.objectStore(name)));
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

export const idb = {
  get<T>(name: StoreName, key: string): Promise<T | undefined> {
    return withStore(name, 'readonly', (store) => store.get(key) as IDBRequest<T | undefined>);
  },
  put<T>(name: StoreName, key: string, value: T): Promise<void> {
    return withStore(name, 'readwrite', (store) => store.put(value, key)).then(() => undefined);
  },
  delete(name: StoreName, key: string): Promise<void> {
    return withStore(name, 'readwrite', (store) => store.delete(key)).then(() => undefined);
  },
  all<T>(name: StoreName): Promise<T[]> {
    return withStore(name, 'readonly', (store) => store.getAll() as IDBRequest<T[]>);
  },
  clear(name: StoreName): Promise<void> {
    return withStore(name, 'readwrite', (store) => store.clear()).then(() => undefined);
  },
};
