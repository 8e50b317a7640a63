// Keeps the tour's main window and its presenter view on the same stop, through a
// BroadcastChannel: same origin, no server, works offline.
import { isRemoteAction, type RemoteAction } from "../tour/tour";

const CHANNEL = "corridor-atlas-tour";

export type TourMessage =
  | { type: "stop"; index: number }
  | { type: "go"; index: number }
  | { type: "action"; action: RemoteAction }
  | { type: "hello" };

const isTourMessage = (m: TourMessage | undefined): m is TourMessage =>
  !!m && (m.type === "hello"
    || ((m.type === "stop" || m.type === "go") && Number.isInteger(m.index))
    || (m.type === "action" && isRemoteAction(m.action)));

/** Listens and sends; returns a function that closes the channel. Does nothing where unsupported. */
export function makeTourChannel(onMessage: (message: TourMessage) => void): { send(message: TourMessage): void; close(): void } {
  if (typeof BroadcastChannel === "undefined") return { send: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TourMessage>) => {
    if (isTourMessage(event.data)) onMessage(event.data);
  };
  return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}
