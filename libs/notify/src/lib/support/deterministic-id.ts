// `deterministicUuid` lives in @gongkai/platform (identity derives its reset ids with it too).
export { deterministicUuid } from '@gongkai/platform';
