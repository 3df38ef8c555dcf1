import { GPUS, type Timeline } from '../../rules/index.ts';

/** One-line hardware description: "8 × NVIDIA H100 SXM". */
export function hardwareText(t: Timeline): string {
  return `${t.inputs.gpuCount} × ${GPUS[t.inputs.gpuType].label}`;
}
