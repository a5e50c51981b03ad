/// <reference lib="webworker" />
// One worker of the class report's pool (classReportPool.ts), so the page stays responsive while the games are
// replayed. Messages in: `ClassReportRequest`; out: `ClassReportMessage` (both in classReport.ts).
import { reportService, type ClassReportRequest } from './classReport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const serve = reportService();

scope.onmessage = (event: MessageEvent<ClassReportRequest>) => {
  const answer = serve(event.data);
  if (answer) scope.postMessage(answer);
};
