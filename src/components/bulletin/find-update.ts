import type { Bulletin, Update } from '../../schemas/bulletin.ts';

/** The update section `id` of a bulletin, or a build error naming the component and the fix. */
export function findUpdate(bulletin: Bulletin, id: string, component: string): Update {
  const update = bulletin.updates.find((u) => u.id === id);
  if (!update) {
    const ids = bulletin.updates.map((u) => u.id).join(', ');
    throw new Error(`<${component} update="${id}">: ${bulletin.id} has no such update section. Use one of: ${ids}.`);
  }
  return update;
}
