export * from './fee-method.js';
export * from './fee-error-code.js';
export * from './fee-tiers.js';
export * from './calculate-fee.js';
