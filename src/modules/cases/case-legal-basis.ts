import type { EntityManager } from "typeorm";
import type { FieldProblem } from "../../platform/graphql/errors.js";
import { isUuid } from "../../platform/graphql/validation.js";
import type { EnforcementCase } from "./case.entity.js";

/**
 * Whether a case's decision cites an article its power rests on (依据). A penalty decided on the
 * jurisdiction article (APL Art. 22) or any other article outside the power's legal basis is
 * refused unless the lead states why (`articleReason`), which is then kept with the decision. A case
 * with no power on record (a lead designated by a joint meeting without one) has nothing to check
 * against, so it too needs the reason.
 */
export async function decisionArticleProblems(
  em: EntityManager,
  c: EnforcementCase,
  articleId: string | undefined,
  articleReason: string | undefined,
): Promise<FieldProblem[]> {
  if (!articleId) return [];
  const found: { label: string }[] = isUuid(articleId)
    ? await em.query(`SELECT i.title || ' 第' || a.number || '条' AS label FROM legal_article a JOIN legal_instrument i ON i.id = a.instrument_id WHERE a.id = $1`, [articleId])
    : [];
  if (found.length === 0) return [{ path: "articleId", message: `no article has id ${articleId}` }];
  if (articleReason?.trim()) return [];
  const basis: { id: string; label: string }[] = c.powerId
    ? await em.query(
        `SELECT a.id, i.title || ' 第' || a.number || '条' AS label FROM power p JOIN legal_article a ON a.id = ANY(p.article_ids) JOIN legal_instrument i ON i.id = a.instrument_id
         WHERE p.id = $1 ORDER BY i.title, a.position`,
        [c.powerId],
      )
    : [];
  if (basis.some((a) => a.id === articleId)) return [];
  const allowed = basis.length ? `本案职权的依据为：${basis.map((a) => a.label).join("、")}` : "本案未登记所用职权";
  return [{ path: "articleId", message: `${found[0].label}不是本案所用职权的依据（${allowed}）；如确需援引，请在 articleReason 中说明理由` }];
}
