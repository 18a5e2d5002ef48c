import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql";

const AgencyNames = graphql(`
  query ConsoleAgencyNames {
    agencies { id code name shortName kind }
  }
`);

const RegionNames = graphql(`
  query ConsoleRegionNames {
    regions { code name level }
  }
`);

const MatterNames = graphql(`
  query ConsoleMatterNames {
    matters { code name }
  }
`);

/**
 * The county's agencies, places and matters by id and code, for screens that get ids from the API (an
 * agenda item's agencyIds, a gap's region codes) and must show names. Both lists are small (tens
 * of rows) and cached by the client for the session.
 */
export function useAgencyNames() {
  const [{ data }] = useQuery({ query: AgencyNames, requestPolicy: "cache-first" });
  return useMemo(() => {
    const agencies = data?.agencies ?? [];
    const byId = new Map(agencies.map((a) => [a.id, a]));
    return { agencies, byId, shortName: (id: string) => byId.get(id)?.shortName ?? "未知部门" };
  }, [data]);
}

export function useRegionNames() {
  const [{ data }] = useQuery({ query: RegionNames, requestPolicy: "cache-first" });
  return useMemo(() => {
    const regions = data?.regions ?? [];
    const byCode = new Map(regions.map((r) => [r.code, r]));
    return { regions, name: (code: string | null | undefined) => (code ? (byCode.get(code)?.name ?? code) : "—") };
  }, [data]);
}

/** Matters by code (a routing rule names its matter by code), as their Chinese names. */
export function useMatterNames() {
  const [{ data }] = useQuery({ query: MatterNames, requestPolicy: "cache-first" });
  return useMemo(() => {
    const byCode = new Map((data?.matters ?? []).map((m) => [m.code, m.name]));
    return { name: (code: string) => byCode.get(code) ?? code };
  }, [data]);
}
