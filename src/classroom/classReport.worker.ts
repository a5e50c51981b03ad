/// <reference lib="webworker" />
// One worker of the class report's pool (classReportPool.ts), so the page stays responsive while the games are
// replayed. Messages in: `ClassReportRequest`; out: `ClassReportMessage` (both in classReport.ts).
// The page hands the worker its language and its messages with the scenarios, before anything else, so that its
// reasons read as the page does and the worker's code carries no copy of any language.
import { useMessages } from '../i18n/core';
import { reportService, type ClassReportRequest } from './classReport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const serve = reportService();

scope.onmessage = (event: MessageEvent<ClassReportRequest>) => {
  const request = event.data;
  if (request.type === 'scenarios') useMessages(request.lang, request.messages);
  const answer = serve(request);
  if (answer) scope.postMessage(answer);
};
