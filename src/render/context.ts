// What every scene of the map is handed at start: the bus, the player's motion preference, the test probe.
import type { MapBus } from './bus';
import type { ProbeState } from './debug';

export interface MapContext {
  bus: MapBus;
  /** False when the player asked the system for reduced motion: no pulsing, no fades, no glides. */
  motion: boolean;
  probe: ProbeState;
}
