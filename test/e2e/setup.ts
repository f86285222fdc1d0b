import { jest } from '@jest/globals';

// Each end-to-end file boots the built api and worker as real processes.
jest.setTimeout(120_000);
