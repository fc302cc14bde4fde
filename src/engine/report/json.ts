/** The JSON report: the ScanResult itself, with stable key order. */
import type { ScanResult } from '../findings.js';

export function renderJson(result: ScanResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
