export * from './compute-due-date.js';
export * from './compute-statutory-clock.js';
export * from './invalid-clock-input.error.js';
export * from './statutory-clock.js';
export * from './statutory-clock-input.js';
export * from './statutory-limits.js';
