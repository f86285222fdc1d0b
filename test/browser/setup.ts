import { jest } from '@jest/globals';

// Each browser file boots the built api, worker and portal, and drives Chromium through them.
jest.setTimeout(150_000);
