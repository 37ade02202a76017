import { useCycle } from '../cycle-context';

/** Placeholder until the section is built. */
export function SessionsPage() {
  const { cycle } = useCycle();
  return <p>{cycle.name}</p>;
}
