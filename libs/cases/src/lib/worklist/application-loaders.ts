import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Agency, User } from '@gongkai/data';
import { ApplicationStatus, PER_APPLICATION_FIXED_TIERS, perApplicationTier } from '@gongkai/rules';
import type { AgencySummaryType } from '../graphql/agency-summary.type.js';
import { mayBeAssignee } from '../use-cases/assign-application.use-case.js';
import type { ApplicationWithAgency } from '../use-cases/get-application.query.js';
import { type EventRecord, loadTimelines } from './timeline-records.js';
import { loadProcessingRecords, type ProcessingRecords } from './processing-records.js';
import type {
  MonthlyFilingsType,
  PossibleRepeatType,
  UserSummaryType,
} from './possible-repeat.type.js';

/** Descriptions at least this similar (pg_trgm `similarity`, 0–1) count as a possible repeat. */
export const REPEAT_SIMILARITY_THRESHOLD = 0.3;
/** How many possible repeats are shown, newest first. */
export const REPEAT_LIMIT = 5;

/** The applications free of charge each month under the per-application method (the first tier). */
const FREE_PER_MONTH = PER_APPLICATION_FIXED_TIERS[0]?.to ?? 0;

export interface Loaders {
  agency: DataLoader<string, AgencySummaryType | null>;
  user: DataLoader<string, UserSummaryType | null>;
  possibleRepeats: DataLoader<string, PossibleRepeatType[]>;
  monthlyFilings: DataLoader<string, MonthlyFilingsType | null>;
  timeline: DataLoader<string, EventRecord[]>;
  /** By agency id: who may be given its applications, by name. */
  assigneeCandidates: DataLoader<string, UserSummaryType[]>;
  /** The application's processing records (clock, consultations, fee, reviews…), as rows. */
  processingRecords: DataLoader<string, ProcessingRecords | null>;
}

/**
 * Per-request DataLoaders for the lookups an Application's fields make (agency, assignee,
 * possible repeats, monthly volume, timeline): a page of 50 applications costs one query per field, not
 * one per row. Keyed by the GraphQL context object, so each request gets fresh caches and they
 * are garbage-collected with it.
 */
@Injectable()
export class ApplicationLoaders {
  private readonly perRequest = new WeakMap<object, Loaders>();

  constructor(private readonly em: EntityManager) {}

  for(context: object): Loaders {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }

  /**
   * Seeds this request's loaders with an application read with its agency, processing records
   * and timeline (`GetApplicationQuery`), so its fields do not read them again.
   */
  prime(context: object, read: ApplicationWithAgency): void {
    const loaders = this.for(context);
    const { application, agency, timeline } = read;
    loaders.processingRecords.prime(application.id, application);
    loaders.timeline.prime(application.id, timeline);
    loaders.agency.prime(agency.id, { id: agency.id, code: agency.code, name: agency.name });
  }

  private create(): Loaders {
    return {
      agency: new DataLoader(async (ids) => {
        const rows = await this.em.fork().find(Agency, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((a) => [a.id, { id: a.id, code: a.code, name: a.name }]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      user: new DataLoader(async (ids) => {
        const rows = await this.em.fork().find(User, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((u) => [u.id, { id: u.id, displayName: u.displayName }]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      assigneeCandidates: new DataLoader((agencyIds) => this.assigneeCandidates(agencyIds)),
      possibleRepeats: new DataLoader((ids) => this.possibleRepeats(ids)),
      monthlyFilings: new DataLoader((ids) => this.monthlyFilings(ids)),
      processingRecords: new DataLoader(async (ids) => {
        const byId = await loadProcessingRecords(this.em.fork(), ids);
        return ids.map((id) => byId.get(id) ?? null);
      }),
      timeline: new DataLoader(async (ids) => {
        const byId = await loadTimelines(this.em.fork(), ids);
        return ids.map((id) => byId.get(id) ?? []);
      }),
    };
  }

  /**
   * The staff an application of each agency may be given (`mayBeAssignee`): its officers and the
   * supervisors of it or of an agency above it, active, by name. One query for the agencies and
   * one for the staff of all their ancestors, however many agencies are asked for.
   */
  private async assigneeCandidates(agencyIds: readonly string[]): Promise<UserSummaryType[][]> {
    const em = this.em.fork();
    const agencies = await em.find(Agency, { id: { $in: [...agencyIds] } });
    // `path` is the chain of ids from the root: `/root/child/`.
    const chain = new Set(agencies.flatMap((a) => a.path.split('/').filter(Boolean)));
    const staff = await em.find(
      User,
      { agency: { $in: [...chain] }, disabledAt: null },
      { populate: ['agency'], orderBy: { displayName: 'asc', id: 'asc' } },
    );
    const byId = new Map(agencies.map((a) => [a.id, a]));
    return agencyIds.map((id) => {
      const agency = byId.get(id);
      if (!agency) return [];
      return staff
        .filter((user) => mayBeAssignee(user, agency))
        .map((user) => ({ id: user.id, displayName: user.displayName }));
    });
  }

  /**
   * Earlier applications to the same agency by the same applicant — a person matched on the ID
   * number's keyed hash (never the number itself), an organisation on its credit code — whose
   * description is similar; newest first. An applicant with neither matches nothing (`=` on
   * null).
   */
  private async possibleRepeats(ids: readonly string[]): Promise<PossibleRepeatType[][]> {
    const rows = await this.em.fork().execute<
      {
        for_id: string;
        id: string;
        tracking_number: string;
        arrived_on: string;
        received_on: string | null;
        status: ApplicationStatus;
        description: string;
        similarity: number;
      }[]
    >(
      `select x.id as for_id, r.id, r.tracking_number, r.arrived_on::text, r.received_on::text,
              r.status, r.description, r.similarity
       from application x
       cross join lateral (
         select e.*, similarity(e.description, x.description)::float8 as similarity
         from application e
         where e.agency_id = x.agency_id
           and coalesce(e.id_number_hash, e.credit_code) = coalesce(x.id_number_hash, x.credit_code)
           and e.id <> x.id and e.created_at < x.created_at
           and similarity(e.description, x.description) >= ?
         order by e.created_at desc, e.id desc
         limit ?
       ) r
       where x.id in (${ids.map(() => '?').join(', ')})
       order by r.created_at desc, r.id desc`,
      [REPEAT_SIMILARITY_THRESHOLD, REPEAT_LIMIT, ...ids],
    );
    const byId = new Map<string, PossibleRepeatType[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      byId.get(row.for_id)?.push({
        id: row.id,
        trackingNumber: row.tracking_number,
        arrivedOn: row.arrived_on,
        receivedOn: row.received_on,
        status: row.status,
        description: row.description,
        similarity: Math.round(row.similarity * 100) / 100,
      });
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  /**
   * The applicant's filings with this agency in the natural month the application arrived in
   * (the per-application fee counts per applicant per natural month, regulation.md §4).
   */
  private async monthlyFilings(ids: readonly string[]): Promise<(MonthlyFilingsType | null)[]> {
    const rows = await this.em
      .fork()
      .execute<{ for_id: string; month: string; count: string; ordinal: string }[]>(
        `select x.id as for_id, to_char(x.arrived_on, 'YYYY-MM') as month,
              count(e.id) as count,
              count(e.id) filter (
                where (e.arrived_on, e.created_at, e.id) <= (x.arrived_on, x.created_at, x.id)
              ) as ordinal
       from application x
       join application e
         on e.agency_id = x.agency_id
        and coalesce(e.id_number_hash, e.credit_code) = coalesce(x.id_number_hash, x.credit_code)
        and e.arrived_on >= date_trunc('month', x.arrived_on)::date
        and e.arrived_on < (date_trunc('month', x.arrived_on) + interval '1 month')::date
       where x.id in (${ids.map(() => '?').join(', ')})
       group by x.id, x.arrived_on`,
        [...ids],
      );
    const byId = new Map(
      rows.map((row) => {
        const ordinal = Number(row.ordinal);
        return [
          row.for_id,
          {
            month: row.month,
            count: Number(row.count),
            ordinal,
            freePerMonth: FREE_PER_MONTH,
            feeMayApply: perApplicationTier(ordinal).unitFen > 0,
          },
        ];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }
}
