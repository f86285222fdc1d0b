import { type Outcome, OUTCOME_DEFINITIONS } from '@gongkai/rules';

/**
 * The outcome as a letter names it, from the table-三 labels (one source of truth):
 * `不予公开（属于国家秘密）`, `部分公开`, `无法提供（本机关不掌握相关政府信息）`. The numbering
 * （一）/`1.` and the table's counting note are dropped.
 */
export function outcomeLabel(outcome: Outcome): string {
  const definition = OUTCOME_DEFINITIONS[outcome];
  const group = definition.groupLabel
    .replace(/^（[一二三四五六七八九十]+）/, '')
    .replace(/（.*）$/, '');
  if (definition.rowLabel === definition.groupLabel) return group;
  const row = definition.rowLabel.replace(/^\d+[.、，,]\s*/, '');
  return row === '其他' ? group : `${group}（${row}）`;
}
