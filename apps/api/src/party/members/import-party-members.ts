import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type PartyMemberCategory, partyMembers, partyOrganizations } from '@cunshe/db/schema';
import type { FieldError } from '@cunshe/errors';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq, inArray } from 'drizzle-orm';
import { todayInChina } from '../dates';
import { type PartyScope, villageOfScope } from '../party-scope';
import { idNumberContext } from '../personal-data';
import { createPartyMember } from './create-party-member';
import { checkMemberFields } from './member-fields';
import { readMemberSheet } from './member-sheet';

/** One row of the import report: who (ID number masked), where, and what is wrong with it. */
export interface MemberImportRow {
  line: number;
  name: string;
  idNumberMasked: string | null;
  category: PartyMemberCategory | null;
  organizationName: string | null;
  errors: { field: string; message: string }[];
}

/** The row-by-row report of an import. */
export interface MemberImportReport {
  /** True when members were written: not a dry run, and no row failed or only the good rows were asked for. */
  applied: boolean;
  importedCount: number;
  validCount: number;
  errorCount: number;
  rows: MemberImportRow[];
}

/**
 * Imports party members into a village of the scope from the template (.xlsx). Every row is checked as a
 * member added by hand would be (the category's rules, a valid ID number not yet on the county's books and
 * not twice in the file, a branch and group of the village), and reported with its errors by column. With
 * any failing row nothing is imported, unless `onlyValidRows` asks for the good rows alone; a dry run
 * imports nothing. Each member imported is audited as added, and the import itself once
 * (`party-member.imported`). The report never holds a whole ID number.
 * @throws NotFoundError for a village outside the scope; InputError (`file`) for an unreadable file.
 */
export async function importPartyMembers(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    protector: PersonalDataProtector;
    villageId: string;
    file: { content: Buffer };
    isDryRun: boolean;
    onlyValidRows: boolean;
    today?: string | undefined;
  },
): Promise<MemberImportReport> {
  const { scope, protector } = input;
  const today = input.today ?? todayInChina();
  const village = await villageOfScope(tx, scope, input.villageId);
  const sheet = await readMemberSheet(input.file.content);
  const organizations = await tx
    .select()
    .from(partyOrganizations)
    .where(
      and(eq(partyOrganizations.tenantId, scope.tenantId), eq(partyOrganizations.villageId, village.id)),
    );
  const branches = organizations.filter((o) => o.kind !== 'party-group');
  const mainBranches = branches.filter((o) => o.kind === 'branch' || o.kind === 'general-branch');
  const defaultBranch = mainBranches.length === 1 ? mainBranches[0] : undefined;

  const checked = sheet.map((row) => {
    const errors: FieldError[] = [...row.errors];
    const branch = row.organization ? branches.find((o) => o.name === row.organization) : defaultBranch;
    if (!branch) {
      errors.push({
        path: 'organization',
        message: row.organization
          ? `the village has no branch named “${row.organization}”`
          : 'name the branch: the village has more than one, or none',
      });
    }
    const group = row.group
      ? organizations.find((o) => o.kind === 'party-group' && o.name === row.group)
      : undefined;
    if (row.group && (!group || group.parentId !== branch?.id)) {
      errors.push({ path: 'group', message: `the branch has no party group named “${row.group}”` });
    }
    const fields = checkMemberFields(row.fields, today);
    if (!fields.isValid) {
      for (const error of fields.errors) if (!errors.some((e) => e.path === error.path)) errors.push(error);
    }
    return { row, branch, group, fields: fields.isValid ? fields.value : undefined, errors };
  });

  // ID numbers twice in the file, or already on the county's books.
  const context = idNumberContext(scope.tenantId);
  const hashes = new Map<string, number>();
  for (const entry of checked) {
    if (!entry.fields) continue;
    const hash = protector.hash(entry.fields.idNumber, context);
    if (hashes.has(hash)) {
      entry.errors.push({
        path: 'idNumber',
        message: `the same ID number is on line ${hashes.get(hash)} too`,
      });
    } else hashes.set(hash, entry.row.line);
  }
  const held = hashes.size
    ? await tx
        .select({ hash: partyMembers.idNumberHash })
        .from(partyMembers)
        .where(
          and(
            eq(partyMembers.tenantId, scope.tenantId),
            inArray(partyMembers.idNumberHash, [...hashes.keys()]),
          ),
        )
    : [];
  const heldLines = new Set(held.map((h) => hashes.get(h.hash)));
  for (const entry of checked) {
    if (heldLines.has(entry.row.line) && entry.fields) {
      entry.errors.push({
        path: 'idNumber',
        message: 'a party member with this ID number is already on the county’s books',
      });
    }
  }

  const rows: MemberImportRow[] = checked.map((entry) => ({
    line: entry.row.line,
    name: entry.row.fields.name,
    idNumberMasked: entry.fields?.idNumberMasked ?? null,
    category: entry.row.errors.some((e) => e.path === 'category') ? null : entry.row.fields.category,
    organizationName: entry.branch?.name ?? null,
    errors: entry.errors.map((e) => ({ field: e.path, message: e.message })),
  }));
  const good = checked.filter((entry) => entry.errors.length === 0 && entry.fields && entry.branch);
  const errorCount = checked.length - good.length;
  const report = { validCount: good.length, errorCount, rows };
  if (input.isDryRun || good.length === 0 || (errorCount > 0 && !input.onlyValidRows)) {
    return { applied: false, importedCount: 0, ...report };
  }
  for (const entry of good) {
    await createPartyMember(tx, {
      scope,
      actor: input.actor,
      requestId: input.requestId,
      protector,
      member: {
        ...entry.row.fields,
        organizationId: entry.branch?.id ?? '',
        groupId: entry.group?.id ?? null,
      },
      today,
    });
  }
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-member.imported',
    entity: 'village',
    entityId: village.id,
    after: {
      imported: good.length,
      skippedRows: checked.filter((e) => e.errors.length > 0).map((e) => e.row.line),
    },
    requestId: input.requestId,
  });
  return { applied: true, importedCount: good.length, ...report };
}
