/** Walking a decision tree: pure, shared by the decision walk and its tests. */
import type { DecisionAnswer, DecisionNode, DecisionQuestion, DecisionTree } from './content/schema.js';

export interface WalkStep {
  question: string;
  answer: string;
}

export interface Walk {
  /** The choices that were followed, in order. */
  steps: WalkStep[];
  answered: { question: DecisionQuestion; answer: DecisionAnswer }[];
  /** The question to answer next, or the outcome reached. */
  current: DecisionNode | undefined;
}

/** Follows `choices` (question id → answer id) from the start until a question has no choice or an outcome is reached. */
export function walkTree(tree: DecisionTree, choices: Readonly<Record<string, string>>): Walk {
  const nodes = new Map(tree.nodes.map((node) => [node.id, node]));
  const walk: Walk = { steps: [], answered: [], current: nodes.get(tree.start) };
  const seen = new Set<string>();
  while (walk.current?.kind === 'question' && !seen.has(walk.current.id)) {
    const question: DecisionQuestion = walk.current;
    seen.add(question.id);
    const answer = question.answers.find((candidate) => candidate.id === choices[question.id]);
    if (!answer) break;
    walk.steps.push({ question: question.id, answer: answer.id });
    walk.answered.push({ question, answer });
    walk.current = nodes.get(answer.next);
  }
  return walk;
}
