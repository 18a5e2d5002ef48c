import DataLoader from "dataloader";
import type { Overlap } from "./overlap.entity.js";
import type { OverlapService } from "./overlap.service.js";

export function createOverlapLoaders(overlaps: OverlapService) {
  return {
    /** Live overlaps of each power (an overlap belongs to both of its powers). */
    liveOverlapsByPower: new DataLoader<string, Overlap[]>(async (ids) => {
      const rows = await overlaps.liveOfPowers(ids);
      return ids.map((id) => rows.filter((o) => o.powerIds.includes(id)));
    }),
  };
}
