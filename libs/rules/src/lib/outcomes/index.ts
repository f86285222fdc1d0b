export * from './applicant-kind.js';
export * from './outcome.js';
export * from './outcome-group.js';
export * from './outcome-definitions.js';
export * from './reply-content.js';
export * from './reply-error-code.js';
export * from './validate-reply-content.js';
export * from './template-2019-rows.js';
