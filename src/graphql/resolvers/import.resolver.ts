import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ValidationError } from '../../../workflows/errors';
import { runImport } from '../../import/importer';
import { requireActor, type GraphQLContext } from '../context';
import { IMPORT_MUTATION_MAX_LINES, ImportInput, ImportRowStatus, ImportSummaryType } from '../types/import.type';

/** The historical import for small files (src/import/); larger ones go through `npm run import`. */
@Resolver()
export class ImportResolver {
  @Authorized('admin')
  @Mutation(() => ImportSummaryType, {
    description: `An administrator imports a small file of past applications (at most ${IMPORT_MUTATION_MAX_LINES} lines) through the engine: every event checked by its machine, each application in one transaction, idempotent on its external id. Refused rows are in the summary; nothing of them is written.`,
  })
  async importApplications(@Arg('input') input: ImportInput, @Ctx() ctx: GraphQLContext): Promise<ImportSummaryType> {
    const administrator = requireActor(ctx);
    const lines = input.lines.filter((line) => line.trim() !== '');
    if (lines.length > IMPORT_MUTATION_MAX_LINES) {
      throw ValidationError.single(
        'input.lines',
        'IMPORT_TOO_LARGE',
        `the mutation imports at most ${IMPORT_MUTATION_MAX_LINES} lines; this file has ${lines.length}: use npm run import -- <file> on the server`,
      );
    }
    const summary = await runImport({ em: ctx.em, engine: ctx.engine }, input.lines.join('\n'), { source: input.source ?? 'mutation', administrator });
    return {
      ...summary,
      rows: summary.rows.map((row) => ({
        line: row.line,
        record: row.record,
        externalId: row.externalId,
        status: ImportRowStatus[row.status],
        applicationId: row.applicationId,
        refusal: row.reason
          ? { code: row.reason.code, rule: row.reason.rule, field: row.reason.field, message: row.reason.message, eventIndex: row.reason.event?.index ?? null, eventType: row.reason.event?.type ?? null }
          : null,
      })),
    };
  }
}
