// The ids of what a turn deals — its crises, the calls made in them, its choices — made once per scenario and kept.
// Games deal the same few hundred again and again. An id made before is at once a key of the records that use it
// (answers, the log); a new string must first be hashed and found among the engine's interned strings, at each first
// use, and that costs more than the rules that read it.
import type { ActorId } from './types';

export class Names {
  private readonly crises: string[][] = [];
  private readonly choices: string[][] = [];
  /** calls.get(crisis).get(callee): the call the crisis makes on the callee. */
  private readonly calls = new Map<string, Map<ActorId, string>>();
  /** crossCalls.get(crisis).get(callee).get(caller): the second call, on a callee tied to both sides. */
  private readonly crossCalls = new Map<string, Map<ActorId, Map<ActorId, string>>>();

  /** The k-th crisis dealt on a turn (from 1). */
  crisis(turn: number, k: number): string {
    const row = (this.crises[turn] ??= []);
    return (row[k] ??= `${turn}.c${k}`);
  }

  /** The k-th choice dealt on a turn (from 1). */
  choice(turn: number, k: number): string {
    const row = (this.choices[turn] ??= []);
    return (row[k] ??= `${turn}.e${k}`);
  }

  /** The call made in `crisis` on `callee`. */
  call(crisis: string, callee: ActorId): string {
    let made = this.calls.get(crisis);
    if (!made) this.calls.set(crisis, (made = new Map()));
    let id = made.get(callee);
    if (id === undefined) made.set(callee, (id = `${crisis}:${callee}`));
    return id;
  }

  /** The call `caller` makes in `crisis` on a `callee` tied to both sides (the other side's is `call`). */
  crossCall(crisis: string, callee: ActorId, caller: ActorId): string {
    let made = this.crossCalls.get(crisis);
    if (!made) this.crossCalls.set(crisis, (made = new Map()));
    let byCaller = made.get(callee);
    if (!byCaller) made.set(callee, (byCaller = new Map()));
    let id = byCaller.get(caller);
    if (id === undefined) byCaller.set(caller, (id = `${crisis}:${callee}:${caller}`));
    return id;
  }
}
