/// <reference lib="webworker" />
// One worker of the class report's pool (classReportPool.ts), so the page stays responsive while the games are
// replayed. Messages in: `ClassReportRequest`; out: `ClassReportMessage` (both in classReport.ts).
// A worker has its own copy of the game's messages: it switches to the page's language (sent with the scenarios)
// before it answers anything, so that its reasons read as the page does. Requests are served in the order they came.
import { setLang } from '../i18n';
import { reportService, type ClassReportRequest } from './classReport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const serve = reportService();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<ClassReportRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    if (request.type === 'scenarios') {
      try {
        await setLang(request.lang);
      } catch (fault) {
        scope.postMessage({ type: 'error', message: String(fault) });
        return;
      }
    }
    const answer = serve(request);
    if (answer) scope.postMessage(answer);
  });
};
