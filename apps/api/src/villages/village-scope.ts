/**
 * The part of a county a caller may see: the whole county, one township, or one village. Every village
 * operation takes it as an argument (nothing reads a global), and RLS fences the county itself.
 */
export interface VillageScope {
  tenantId: string;
  townshipId?: string | undefined;
  villageId?: string | undefined;
}
