// The scope rule lives in libs/data so identity (user administration) applies the same one.
export { assertMayActFor, mayActFor } from '@gongkai/data';
