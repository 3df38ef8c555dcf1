/** The accelerators the estimator knows, with dense peak, memory and default price (when we have one). */
import { ACCELERATORS, PRICES } from '../constants/timeline.ts';
import type { GpuId, GpuInfo } from '../types.ts';

export const GPU_IDS = ['a100', 'h100-sxm', 'h100-pcie', 'h200', 'b200', 'l40s', 'l4', 't4', 'tpu-v5e', 'tpu-v5p'] as const;

const LABELS: Readonly<Record<GpuId, string>> = {
  a100: 'NVIDIA A100 80GB',
  'h100-sxm': 'NVIDIA H100 SXM',
  'h100-pcie': 'NVIDIA H100 PCIe',
  h200: 'NVIDIA H200',
  b200: 'NVIDIA B200',
  l40s: 'NVIDIA L40S',
  l4: 'NVIDIA L4',
  t4: 'NVIDIA T4',
  'tpu-v5e': 'Google TPU v5e',
  'tpu-v5p': 'Google TPU v5p',
};

/** Default prices exist only where the fact sheet has a price row; the others ask for the reader's own. */
const PRICE: Readonly<Partial<Record<GpuId, (typeof PRICES)[keyof typeof PRICES]>>> = {
  a100: PRICES.a100,
  'h100-sxm': PRICES.h100,
  l4: PRICES.l4t4,
  t4: PRICES.l4t4,
};

function info(id: GpuId): GpuInfo {
  const price = PRICE[id];
  const hw = ACCELERATORS[id];
  return {
    id,
    label: LABELS[id],
    peakTflops: hw.peak.value,
    memoryGb: hw.memory.value,
    price: price ? { low: price.low, likely: price.likely, high: price.high } : null,
    source: hw.peak.source,
    priceSource: price ? price.source : null,
  };
}

/** Every accelerator by id. */
export const GPUS: Readonly<Record<GpuId, GpuInfo>> = Object.fromEntries(GPU_IDS.map((id) => [id, info(id)])) as Record<GpuId, GpuInfo>;
