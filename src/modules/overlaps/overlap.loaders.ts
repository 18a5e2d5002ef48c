import DataLoader from "dataloader";
import { oneByKey } from "../../platform/graphql/loaders.js";
import type { Overlap } from "./overlap.entity.js";
import type { OverlapService } from "./overlap.service.js";

export function createOverlapLoaders(overlaps: OverlapService) {
  return {
    overlapById: oneByKey((ids: readonly string[]) => overlaps.byIdsIn(overlaps.manager, ids), (o) => o.id),
    /** Live overlaps of each power (an overlap belongs to both of its powers). */
    liveOverlapsByPower: new DataLoader<string, Overlap[]>(async (ids) => {
      const rows = await overlaps.liveInvolving(ids);
      return ids.map((id) => rows.filter((o) => o.powerIds.includes(id)));
    }),
  };
}
