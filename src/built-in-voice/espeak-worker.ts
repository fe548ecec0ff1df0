// The built-in voice runs here, off the main thread: eSpeak NG compiled to JavaScript (GPL-3.0).
// It is loaded only when first needed, and its files are cached by the service worker after that.
import { createSynthesizer, type EspeakModule, type Synthesized } from './synthesize';

/** Messages the page sends. */
export type WorkerRequest =
  | { readonly type: 'init'; readonly scriptUrl: string; readonly dataUrl: string }
  | { readonly type: 'synthesize'; readonly id: string; readonly text: string; readonly rate: number };

/** Messages the worker sends back. */
export type WorkerResponse =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | ({ readonly type: 'audio'; readonly id: string } & Synthesized)
  | { readonly type: 'synth-failed'; readonly id: string; readonly message: string };

// Typed by hand: the WebWorker and DOM libraries cannot both be loaded in one TypeScript project.
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

let synthesize: ((text: string, rate: number) => Synthesized) | null = null;
const queue: Extract<WorkerRequest, { type: 'synthesize' }>[] = [];

const post = (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

function drain(): void {
  while (synthesize && queue.length > 0) {
    const request = queue.shift()!;
    try {
      const result = synthesize(request.text, request.rate);
      post({ type: 'audio', id: request.id, ...result }, [result.wav]);
    } catch (error) {
      post({ type: 'synth-failed', id: request.id, message: String(error) });
    }
  }
}

scope.addEventListener('message', async (event) => {
  const message = event.data;
  if (message.type === 'synthesize') {
    queue.push(message);
    drain();
    return;
  }
  try {
    const [module, data] = await Promise.all([
      import(/* @vite-ignore */ message.scriptUrl) as Promise<{ default: (options: object) => Promise<EspeakModule> }>,
      fetch(message.dataUrl).then((response) => {
        if (!response.ok) throw new Error(`The voice data could not be loaded (${response.status}).`);
        return response.arrayBuffer();
      }),
    ]);
    // Hand eSpeak the data we fetched, so it does not look for the file itself.
    const instance = await module.default({ getPreloadedPackage: () => data, locateFile: (path: string) => path });
    synthesize = createSynthesizer(instance);
    post({ type: 'ready' });
    drain();
  } catch (error) {
    post({ type: 'failed', message: String(error) });
  }
});
