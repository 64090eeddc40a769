/**
 * The part of PouchDB 9's API the team sync uses. DefinitelyTyped's @types/pouchdb-core declares a
 * global `interface Blob {}` that breaks Node's Buffer types elsewhere in the project, so the few
 * signatures used here are declared by hand.
 */
declare module 'pouchdb-browser' {
  type Doc<T> = T & { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] };
  interface Changes<T> {
    results: Array<{ id: string; seq: string | number; doc?: Doc<T>; deleted?: boolean }>;
    last_seq: string | number;
  }
  interface SyncInfo {
    direction: 'push' | 'pull';
    change: { docs_written: number; docs: unknown[] };
  }
  interface SyncHandle extends Promise<unknown> {
    on(event: 'change', listener: (info: SyncInfo) => void): SyncHandle;
    on(event: 'paused', listener: (error?: unknown) => void): SyncHandle;
    on(event: 'active' | 'complete', listener: () => void): SyncHandle;
    on(event: 'denied' | 'error', listener: (error: unknown) => void): SyncHandle;
    cancel(): void;
  }
  class PouchDB<T extends object = object> {
    constructor(
      name: string,
      options?: {
        auto_compaction?: boolean;
        skip_setup?: boolean;
        fetch?: (url: string, options?: RequestInit) => Promise<Response>;
      },
    );
    static fetch(url: string, options?: RequestInit): Promise<Response>;
    get(id: string, options?: { rev?: string }): Promise<Doc<T>>;
    allDocs(options: {
      keys: string[];
      include_docs: true;
    }): Promise<{ rows: Array<{ key: string; doc?: Doc<T> | null; value?: { rev: string; deleted?: boolean } }> }>;
    put(doc: Doc<T>): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: Array<Doc<T>>): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: string }>>;
    changes(options: {
      since: string | number;
      include_docs: true;
      conflicts: true;
      limit: number;
    }): Promise<Changes<T>>;
    info(): Promise<{ doc_count: number; update_seq: string | number }>;
    sync(remote: PouchDB<T>, options?: { live?: boolean; retry?: boolean; batch_size?: number }): SyncHandle;
    destroy(): Promise<void>;
    close(): Promise<void>;
  }
  export default PouchDB;
}
