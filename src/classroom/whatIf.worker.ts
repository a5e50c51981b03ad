/// <reference lib="webworker" />
// The what-if games in a Web Worker, so the page stays responsive: one chunk of games per task, yielding to the
// worker's message queue in between so that a 'cancel' is heard. Messages in: `WhatIfRequest`; out: `WhatIfMessage`.
import type { Scenario } from '../engine';
import type { Catalog } from '../i18n/catalog/en';
import { useMessages } from '../i18n/core';
import type { Lang } from '../i18n/langs';
import { whatIfSteps, type WhatIfOptions, type WhatIfProgress, type WhatIfResult } from './whatIf';

/** A run carries the page's language and messages, so that a refusal reads as the page does and the worker's code carries no copy of any language. */
export type WhatIfRequest = { type: 'run'; id: number; lang: Lang; messages: Catalog; scenario: Scenario; options: WhatIfOptions } | { type: 'cancel'; id: number };
export type WhatIfMessage =
  | { type: 'progress'; id: number; progress: WhatIfProgress }
  | { type: 'result'; id: number; result: WhatIfResult }
  | { type: 'error'; id: number; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const post = (message: WhatIfMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WhatIfRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  const { id } = request;
  useMessages(request.lang, request.messages);
  let steps: Generator<WhatIfProgress, WhatIfResult, void>;
  try {
    steps = whatIfSteps(request.scenario, request.options);
  } catch (fault) {
    post({ type: 'error', id, message: String(fault) });
    return;
  }
  const step = () => {
    if (cancelled.delete(id)) return;
    try {
      const next = steps.next();
      if (next.done) post({ type: 'result', id, result: next.value });
      else {
        post({ type: 'progress', id, progress: next.value });
        setTimeout(step, 0);
      }
    } catch (fault) {
      post({ type: 'error', id, message: String(fault) });
    }
  };
  step();
};
