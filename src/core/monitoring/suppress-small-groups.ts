import type { ResultCell, SuppressedCell } from './monitoring-types.js';

type Reason = SuppressedCell['hiddenBecause'];

/**
 * Hides what could identify students in one measure's results for one period. The cells are read
 * as one equation, total x N = sum of (group value x group n), because that is the subtraction a
 * reader can do with the published numbers, whatever the groups are:
 * - a cell whose n is under the threshold is hidden (small_n), and a group whose n is unknown
 *   too (unknown_n), since it may be small; the all-students cell with an unknown n stays, as
 *   districts rarely know it and it is never small in practice;
 * - when the all-students cell is hidden, every group is (complementary), since a lone visible
 *   group would stand in for it;
 * - a hidden group that carries weight in the equation (a number and an n that is not 0) is safe
 *   only when at least one other such group is hidden with it: one unknown can be solved for, two
 *   cannot. So while exactly one is hidden, the smallest visible group that carries weight is
 *   hidden too (complementary); a lone hidden group of any kind gets a partner as well, so a
 *   reader never sees exactly one group missing. When there is no partner left, the all-students
 *   cell is hidden, and so everything.
 * A visible group with no number is not counted as protection, since a later upload may fill it.
 * Hidden cells go out with value and n set to null, so no caller can leak them by accident.
 */
export function suppressSmallGroups(cells: readonly ResultCell[], threshold: number): SuppressedCell[] {
  const reasons: Reason[] = cells.map((cell) => {
    if (cell.n !== null && cell.n < threshold) return 'small_n';
    return cell.subgroup !== null && cell.n === null ? 'unknown_n' : null;
  });
  const isGroup = (index: number) => cells[index]!.subgroup !== null;
  const carriesWeight = (index: number) => isGroup(index) && cells[index]!.value !== null && cells[index]!.n !== 0;
  const hideAll = () => cells.forEach((_, index) => (reasons[index] ??= 'complementary'));

  if (cells.some((_, index) => !isGroup(index) && reasons[index] !== null)) hideAll();
  const indexes = cells.map((_, index) => index);
  // Each pass hides one more cell or everything, so it ends.
  for (;;) {
    const hidden = indexes.filter((index) => isGroup(index) && reasons[index] !== null);
    const hiddenWithWeight = hidden.filter(carriesWeight).length;
    if (hidden.length !== 1 && hiddenWithWeight !== 1) break;
    const visible = cells.map((c, index) => ({ n: c.n ?? 0, index })).filter(({ index }) => isGroup(index) && reasons[index] === null);
    // A lone weightless hidden group (0 students, no number) is best paired with another weightless one.
    const weightless = hiddenWithWeight === 0 ? visible.find(({ index }) => !carriesWeight(index)) : undefined;
    const smallest = weightless ?? visible.filter(({ index }) => carriesWeight(index)).sort((a, b) => a.n - b.n)[0];
    if (!smallest) {
      hideAll();
      break;
    }
    reasons[smallest.index] = 'complementary';
  }

  return cells.map((cell, index) => {
    const hiddenBecause = reasons[index] ?? null;
    if (hiddenBecause === null) return { subgroup: cell.subgroup, value: cell.value, n: cell.n, isHidden: false, hiddenBecause };
    return { subgroup: cell.subgroup, value: null, n: null, isHidden: true, hiddenBecause };
  });
}
