/// <reference lib="webworker" />
// The games a page plays out of sight, in a Web Worker so that it stays responsive: the class report's replays (one
// worker of its pool, classReportPool.ts; messages `ClassReportRequest` in, `ClassReportMessage` out, classReport.ts)
// and the what-if games (`WhatIfRequest` in, `WhatIfMessage` out, whatIf.ts). One worker for both, so the page ships
// the engine and the computer's players once for its workers, not once for each.
// The page hands the worker its language and messages with the work, so that what it says reads as the page does and
// the worker's code carries no copy of any language.
import { useMessages } from '../i18n/core';
import { reportServer, type ClassReportRequest } from './classReport';
import { whatIfSteps, type WhatIfMessage, type WhatIfProgress, type WhatIfRequest, type WhatIfResult } from './whatIf';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// ---- the class report
const serve = reportServer(
  (message) => scope.postMessage(message),
  (step) => setTimeout(step, 0),
);
function report(request: ClassReportRequest): void {
  if (request.type === 'scenarios') useMessages(request.lang, request.messages);
  serve(request);
}

// ---- the what-if: one chunk of games per task, yielding to the message queue in between so that a 'cancel' is heard
const cancelled = new Set<number>();
const post = (message: WhatIfMessage) => scope.postMessage(message);
function whatIf(request: WhatIfRequest): void {
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
}

scope.onmessage = (event: MessageEvent<ClassReportRequest | WhatIfRequest>) => {
  const request = event.data;
  if (request.type === 'run' || request.type === 'cancel') whatIf(request);
  else report(request);
};
