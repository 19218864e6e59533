import type { EvaluationCriterion } from '@cunshe/db/schema';

/** One criterion of a rubric with its weight and sub-items, weights in basis points. */
export interface RubricCriterion {
  criterion: EvaluationCriterion;
  weightBp: number;
  items: { title: string; weightBp: number }[];
}

/**
 * The rubric a new period starts with: the five goods weighted equally, each with the sub-items the
 * organization department usually checks. The county adjusts it before the period opens.
 */
export const defaultRubric: readonly RubricCriterion[] = [
  {
    criterion: 'leadership',
    weightBp: 2000,
    items: [
      { title: '班子团结、分工明确', weightBp: 5000 },
      { title: '书记带头作用', weightBp: 5000 },
    ],
  },
  {
    criterion: 'cadres',
    weightBp: 2000,
    items: [
      { title: '党员教育管理', weightBp: 5000 },
      { title: '后备力量培养', weightBp: 5000 },
    ],
  },
  {
    criterion: 'mechanism',
    weightBp: 2000,
    items: [
      { title: '三会一课、主题党日', weightBp: 5000 },
      { title: '村务公开、四议两公开', weightBp: 5000 },
    ],
  },
  {
    criterion: 'performance',
    weightBp: 2000,
    items: [
      { title: '集体经济发展', weightBp: 5000 },
      { title: '为民服务办结', weightBp: 5000 },
    ],
  },
  {
    criterion: 'feedback',
    weightBp: 2000,
    items: [
      { title: '群众满意度测评', weightBp: 5000 },
      { title: '信访与矛盾化解', weightBp: 5000 },
    ],
  },
];
