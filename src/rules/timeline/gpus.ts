/** The accelerators the estimator knows, with dense peak, memory, MFU range and default price. */
import { ACCELERATORS, FP8_SPEEDUP, MFU, PRICES } from '../constants/hardware.ts';
import type { FigureRange } from '../constants/figure.ts';
import type { GpuFamily, GpuId, GpuInfo, SourceId } from '../types.ts';

export const GPU_IDS = [
  'a100',
  'h100-sxm',
  'h100-pcie',
  'h200',
  'b200',
  'b300',
  'l40s',
  'l4',
  't4',
  'mi300x',
  'mi325x',
  'tpu-v4',
  'tpu-v5e',
  'tpu-v5p',
  'tpu-v6e',
] as const;

const LABELS: Readonly<Record<GpuId, string>> = {
  a100: 'NVIDIA A100 80GB',
  'h100-sxm': 'NVIDIA H100 SXM',
  'h100-pcie': 'NVIDIA H100 PCIe',
  h200: 'NVIDIA H200',
  b200: 'NVIDIA B200',
  b300: 'NVIDIA B300',
  l40s: 'NVIDIA L40S',
  l4: 'NVIDIA L4',
  t4: 'NVIDIA T4',
  mi300x: 'AMD Instinct MI300X',
  mi325x: 'AMD Instinct MI325X',
  'tpu-v4': 'Google TPU v4',
  'tpu-v5e': 'Google TPU v5e',
  'tpu-v5p': 'Google TPU v5p',
  'tpu-v6e': 'Google TPU v6e (Trillium)',
};

const FAMILY: Readonly<Record<GpuId, GpuFamily>> = {
  a100: 'ampere',
  'h100-sxm': 'hopper',
  'h100-pcie': 'hopper',
  h200: 'hopper',
  b200: 'blackwell',
  b300: 'blackwell',
  l40s: 'ada',
  l4: 'ada',
  t4: 'turing',
  mi300x: 'cdna3',
  mi325x: 'cdna3',
  'tpu-v4': 'tpu',
  'tpu-v5e': 'tpu',
  'tpu-v5p': 'tpu',
  'tpu-v6e': 'tpu',
};

/** BF16 MFU per family; Blackwell has no published MFU in our table, so it takes Hopper's (an estimate). */
const FAMILY_MFU: Readonly<Record<GpuFamily, FigureRange>> = {
  ampere: MFU.ampereBf16,
  hopper: MFU.hopperBf16,
  blackwell: MFU.hopperBf16,
  ada: MFU.otherBf16,
  turing: MFU.otherBf16,
  cdna3: MFU.otherBf16,
  tpu: MFU.tpuBf16,
};

/** Families with FP8 matrix units (Ampere, Turing and the TPUs listed have none). */
const HAS_FP8: Readonly<Record<GpuFamily, boolean>> = {
  ampere: false,
  hopper: true,
  blackwell: true,
  ada: true,
  turing: false,
  cdna3: true,
  tpu: false,
};

type Price = (typeof PRICES)[keyof typeof PRICES];

const PRICE: Readonly<Record<GpuId, Price>> = {
  a100: PRICES.a100,
  'h100-sxm': PRICES.h100,
  'h100-pcie': PRICES.h100pcie,
  h200: PRICES.h200,
  b200: PRICES.b200,
  b300: PRICES.b300,
  l40s: PRICES.l40s,
  l4: PRICES.l4t4,
  t4: PRICES.l4t4,
  mi300x: PRICES.mi300x,
  mi325x: PRICES.mi325x,
  'tpu-v4': PRICES.tpu,
  'tpu-v5e': PRICES.tpu,
  'tpu-v5p': PRICES.tpu,
  'tpu-v6e': PRICES.tpu,
};

/** The date every default price was read or estimated. */
export const PRICE_READ = '2026-11-25';

function range(f: FigureRange) {
  return { low: f.low, likely: f.likely, high: f.high };
}

function info(id: GpuId): GpuInfo {
  const price = PRICE[id];
  const hw = ACCELERATORS[id];
  const family = FAMILY[id];
  const mfu = FAMILY_MFU[family];
  const fp8 = HAS_FP8[family];
  return {
    id,
    label: LABELS[id],
    family,
    peakTflops: hw.peak.value,
    fp8Tflops: fp8 ? hw.peak.value * FP8_SPEEDUP.value : null,
    memoryGb: hw.memory.value,
    mfu: { bf16: range(mfu), fp8: fp8 ? range(MFU.fp8) : null, source: mfu.source as SourceId },
    price: range(price),
    source: hw.peak.source,
    priceSource: price.source,
    priceRead: PRICE_READ,
  };
}

/** Every accelerator by id. */
export const GPUS: Readonly<Record<GpuId, GpuInfo>> = Object.fromEntries(GPU_IDS.map((id) => [id, info(id)])) as Record<GpuId, GpuInfo>;
