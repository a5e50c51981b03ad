// Where a scenario keeps the prose a player reads, field by field. One list of the fields, used to hash a
// scenario by what it plays (its English), to check which languages a file carries, and to gather its text for
// translators. Paths name items by id, so they survive reordering: "events.ev-1.choices.press.label".
import type { ScenarioDef, SourceRef, Text } from './types';

export interface ProseVisitor {
  text(text: Text, path: string): Text;
  quote(ref: SourceRef, path: string): SourceRef;
}

/** A copy of `def` with each prose field and quotation passed through `visit`; everything else kept as it is. */
export function mapProse<T extends ScenarioDef>(def: T, visit: ProseVisitor): T {
  const text = (value: Text, path: string) => visit.text(value, path);
  const optional = (value: Text | undefined, path: string) => (value === undefined ? undefined : text(value, path));
  const refs = (list: SourceRef[] | undefined, path: string) => list?.map((ref, i) => visit.quote(ref, `${path}.sources.${i}`));
  // An optional field stays absent rather than becoming `undefined`, so a copy hashes as its original.
  const keep = <O extends object>(o: O, extra: { [K in keyof O]?: O[K] }): O => {
    const out: O = { ...o, ...extra };
    for (const key of Object.keys(extra) as (keyof O)[]) if (extra[key] === undefined) delete out[key];
    return out;
  };
  return keep<ScenarioDef>(def, {
    title: text(def.title, 'title'),
    summary: text(def.summary, 'summary'),
    documents: def.documents.map((d) => ({
      ...d,
      title: text(d.title, `documents.${d.file}.title`),
      ...(d.parts ? { parts: d.parts.map((p) => ({ ...p, title: text(p.title, `documents.${d.file}.parts.${p.id}.title`) })) } : {}),
    })),
    actors: def.actors.map((a) => {
      const path = `actors.${a.id}`;
      return keep(a, {
        name: text(a.name, `${path}.name`),
        description: optional(a.description, `${path}.description`),
        persona: keep(a.persona, { motto: optional(a.persona.motto, `${path}.motto`) }),
        sources: refs(a.sources, path),
      });
    }),
    ties: def.ties.map((t, i) => keep(t, { sources: refs(t.sources, `ties.${i}`) })),
    theatres: def.theatres.map((th) => keep(th, { name: text(th.name, `theatres.${th.id}.name`), sources: refs(th.sources, `theatres.${th.id}`) })),
    events: def.events.map((e) => {
      const path = `events.${e.id}`;
      return keep(e, {
        title: text(e.title, `${path}.title`),
        text: text(e.text, `${path}.text`),
        choices: e.choices?.map((c) => keep(c, { label: text(c.label, `${path}.choices.${c.id}.label`), text: optional(c.text, `${path}.choices.${c.id}.text`) })),
        sources: refs(e.sources, path),
      });
    }),
    history: def.history.map((h) => keep(h, { happened: text(h.happened, `history.${h.turn}.happened`), sources: refs(h.sources, `history.${h.turn}`) })),
    objectives: def.objectives.map((o, i) => text(o, `objectives.${i}`)),
    questions: def.questions.map((q, i) => text(q, `questions.${i}`)),
    sources: refs(def.sources, 'scenario'),
  }) as T;
}

/** The English of a text. */
export function english(text: Text): string {
  return typeof text === 'string' ? text : text.en;
}

/** `def` as the rules see it: every text in English, no translations. Two files that differ only in translation play alike. */
export function englishOnly<T extends ScenarioDef>(def: T): T {
  return mapProse(def, {
    text: english,
    quote: ({ translation: _translation, ...ref }) => ref,
  });
}
