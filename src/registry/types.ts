/**
 * The shape of `authorities.json`, the one registry of English local
 * authorities with children's services since 2012 (written by
 * `npm run build-registry`). `src/authorities.ts` is how code reads it.
 */

/** Bumped whenever the file's shape changes; checked on load. */
export const REGISTRY_FORMAT = 1;

/** DfE's closeness band for a statistical neighbour. */
export type Closeness = 'very close' | 'close' | 'somewhat close' | 'not close';

export interface NeighbourRecord {
  name: string;
  closeness: Closeness;
}

export interface AuthorityRecord {
  /** Canonical name, as Ofsted prints it in reports ("Southend-on-Sea", "Bournemouth, Christchurch and Poole"). */
  name: string;
  /** Lower-case, hyphenated form used in report ids ("southend-on-sea"). */
  slug: string;
  /** Ofsted's unique reference number for the authority; null for predecessors whose URN we do not hold. */
  urn: number | null;
  /** DfE's three-digit ("old") LA code, e.g. 351 for Bury. */
  laCode: number;
  /** DfE (ONS) region, e.g. "North West", "Yorkshire and The Humber". */
  region: string;
  /** Name forms that the derivation rules in `authorities.ts` cannot produce ("bcp", "hull"), lower case. */
  forms: string[];
  /** The ten DfE statistical neighbours, closest first; empty for predecessors. */
  neighbours: NeighbourRecord[];
  /** Authorities whose children's services this one took over. */
  predecessors: string[];
  /** Authorities that took over this one's children's services. */
  successors: string[];
  /** ISO date the authority ceased to exist, or null. */
  until: string | null;
}

export interface RegistryFile {
  format: number;
  /** Where the identity data came from (credited in the README). */
  sources: string[];
  authorities: AuthorityRecord[];
}
