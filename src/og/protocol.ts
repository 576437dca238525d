/**
 * Messages between the render pool (render.ts) and its worker threads (worker.ts). Kept apart so
 * a worker loads only what it renders with, not the pool. Plain Node 22 TypeScript: it runs in
 * the workers (erasable syntax only; the type import is erased, so card.ts is not loaded).
 */
import type { OgCard } from './card.ts';

/** workerData.role of a pool worker: worker.ts only listens for jobs when it is set. */
export const WORKER_ROLE = 'zone-briefs-og';

export interface Job {
  id: number;
  card: OgCard;
}

export type Reply = { id: number; png: Uint8Array } | { id: number; error: string };
